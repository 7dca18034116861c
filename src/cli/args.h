// Reading a native tool's command line: flags with a value ("--model FILE",
// "--repeat 20"), switches ("--documents"), and the tool's own arguments
// (paths) in between.
#pragma once

#include <cstdlib>
#include <cstring>
#include <string>

namespace annotator {

// Walks argv[first, argc). At each argument a tool tries the flags it knows;
// one that matches takes the argument (and its value); when none does, the
// tool Take()s it as one of its own. A flag with no value after it matches
// nothing, so it is taken as an argument of the tool's (usually a path that
// then cannot be read, and the tool prints its usage).
class ArgWalker {
 public:
  ArgWalker(int argc, char** argv, int first = 1) : argc_(argc), argv_(argv), at_(first) {}

  bool Done() const { return at_ >= argc_; }

  // The current argument; moves past it.
  const char* Take() { return argv_[at_++]; }

  // When the current argument is `flag`: sets `*on` and moves past it.
  bool Switch(const char* flag, bool* on) {
    if (std::strcmp(argv_[at_], flag) != 0) return false;
    *on = true;
    ++at_;
    return true;
  }

  // When the current argument is `flag` and a value follows: sets `*value`
  // (a number as std::atoi or std::atof reads it) and moves past both.
  bool Value(const char* flag, std::string* value) {
    return Read(flag, [&](const char* v) { *value = v; });
  }
  bool Value(const char* flag, int* value) {
    return Read(flag, [&](const char* v) { *value = std::atoi(v); });
  }
  bool Value(const char* flag, float* value) {
    return Read(flag, [&](const char* v) { *value = static_cast<float>(std::atof(v)); });
  }

 private:
  template <typename Set>
  bool Read(const char* flag, Set set) {
    if (at_ + 1 >= argc_ || std::strcmp(argv_[at_], flag) != 0) return false;
    set(argv_[at_ + 1]);
    at_ += 2;
    return true;
  }

  int argc_;
  char** argv_;
  int at_;
};

}  // namespace annotator
