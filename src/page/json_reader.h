// A small JSON reader for the trainer's input (one object per line): values
// in a tree, strings as UTF-8. Not used when annotating.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "status.h"

namespace annotator {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> items;                            // kArray
  std::vector<std::pair<std::string, JsonValue>> members;  // kObject, in order

  // The member called `key`, or nullptr.
  const JsonValue* Find(std::string_view key) const;
  // The member's string, or "" when it is missing or not a string.
  std::string_view StringOf(std::string_view key) const;
};

// Parses one JSON value that makes up the whole of `text` (space around it allowed).
Status ParseJson(std::string_view text, JsonValue* value);

}  // namespace annotator
