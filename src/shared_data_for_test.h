// For tests only: data from ../shared, which a clone of the repository alone
// does not have. A test that needs it asks SharedData first: when the data
// is there it runs; when it is not, the test says it is skipped (in doctest's
// output) and passes, unless ANNOTATOR_REQUIRE_SHARED is set (build-scripts/
// test sets it whenever ../shared exists), when a missing file fails it.
#pragma once

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace annotator {

// The path of `relative` under ../shared when it exists, else "".
inline std::string SharedData(const std::string& relative) {
  const std::string path = std::string(SHARED_DIR) + "/" + relative;
  struct stat info;
  if (stat(path.c_str(), &info) == 0) return path;
  if (std::getenv("ANNOTATOR_REQUIRE_SHARED") != nullptr) {
    FAIL("missing " << path << " (ANNOTATOR_REQUIRE_SHARED is set)");
  }
  MESSAGE("skipped: needs ../shared/" << relative);
  return "";
}

// The text of `relative` under ../shared, or "" when it is not there (as
// SharedData says).
inline std::string SharedText(const std::string& relative) {
  const std::string path = SharedData(relative);
  if (path.empty()) return "";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace annotator
