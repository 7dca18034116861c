// The JSON Lines framing of batch annotation: one {"id","text",...} object
// per input line, one {"id",...fields,...result} or {"id","error"} object per
// output line. Reads only what it needs (the id, the text) and copies every
// other member byte for byte, so ids of any JSON type (64-bit integers
// included) and the caller's metadata come back exactly as they were sent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace annotator {

struct JsonlRecord {
  // The raw JSON of the "id" member ("null" when there is none).
  std::string_view id = "null";
  // The "text" member, unescaped to UTF-8; a lone surrogate escape ("\ud800")
  // becomes U+FFFD, as the JS API does with a lone surrogate.
  std::string text;
  // Every other member, raw (`"key":value` as written, space trimmed), in
  // input order, for the output line.
  std::vector<std::string_view> passthrough;
  // Members not passed through because a result field has their name (a
  // "title" of the caller's beside the result's "title" would make two
  // keys): one bit per name (ResultKeyNames).
  uint32_t shadowed_keys = 0;
};

// The names of the result fields in `mask` (JsonlRecord::shadowed_keys), in
// the result's order: {"title", "quotes"}.
std::vector<std::string_view> ResultKeysIn(uint32_t mask);

// The same names quoted and joined, for a message: "\"title\", \"quotes\"".
std::string ResultKeyNames(uint32_t mask);

// Parses one line (views into `line`, which must outlive `record`). Errors,
// each naming what is wrong: not valid UTF-8; not JSON (with the byte where
// it stops being JSON); not an object; a member given twice; no "text", or a
// "text" that is not a string. On an error the id is kept when it was read.
Status ParseJsonlRecord(std::string_view line, JsonlRecord* record);

// Appends {"id":…,<passthrough>,<the members of result_json>} and a line break.
// `result_json` is one JSON object (ResultJson's output).
void AppendResultLine(const JsonlRecord& record, std::string_view result_json, std::string* out);

// Appends {"id":…,"error":"<message>"} and a line break.
void AppendErrorLine(std::string_view id_json, std::string_view message, std::string* out);

}  // namespace annotator
