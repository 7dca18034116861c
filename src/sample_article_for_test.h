// For tests only: the real pasted article in ../shared/samples, which the
// tests of several stages check against. Without ../shared it is "" and the
// test says it is skipped (see shared_data_for_test.h).
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "shared_data_for_test.h"

namespace annotator {

inline std::string ReadSampleArticle() {
  const std::string path = SharedData("samples/000_044b7d87bb8897ac.txt");
  if (path.empty()) return "";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace annotator
