// Small helpers shared by the native command-line tools.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace annotator {

// Reads a whole file; false when it cannot be opened.
inline bool ReadWholeFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

}  // namespace annotator
