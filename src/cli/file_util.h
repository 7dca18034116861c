// Small helpers shared by the native command-line tools.
#pragma once

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace annotator {

// Reads a whole file; false when it cannot be opened or is a directory.
inline bool ReadWholeFile(const std::string& path, std::string* contents) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0 || S_ISDIR(info.st_mode)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

// The lines of `contents`, without their line breaks (a "\r" before the
// "\n" goes too); views into `contents`. A final line break ends the last
// line rather than starting an empty one.
inline std::vector<std::string_view> SplitLines(std::string_view contents) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < contents.size();) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

}  // namespace annotator
