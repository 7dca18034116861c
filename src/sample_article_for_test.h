// For tests only: the real pasted article in ../shared/samples, which the
// tests of several stages check against.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace annotator {

inline std::string ReadSampleArticle() {
  std::ifstream in(SHARED_DIR "/samples/000_044b7d87bb8897ac.txt", std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "the sample article is missing from ../shared/samples");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace annotator
