// For tests and fuzzers only: checks a result JSON against its text with an
// independent recount of the offsets. Every span must lie inside the text,
// slice it to exactly its "text" field in the unit asked for, and the lists
// must be ordered with valid indices. Returns "" when all holds, else what
// broke first.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace annotator {
namespace testing {

// The text's characters, each with its UTF-8 bytes and its length in `unit`.
class UnitText {
 public:
  UnitText(std::string_view utf8, OffsetUnit unit) {
    for (size_t i = 0; i < utf8.size();) {
      const unsigned char lead = static_cast<unsigned char>(utf8[i]);
      const size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      const uint32_t units = unit == OffsetUnit::kUtf8        ? static_cast<uint32_t>(bytes)
                             : unit == OffsetUnit::kCodePoint ? 1
                                                              : (bytes == 4 ? 2 : 1);
      for (uint32_t u = 0; u < units; ++u) {
        // Offsets inside a character map to its first byte; only the
        // boundaries are valid span ends.
        byte_at_.push_back(static_cast<uint32_t>(i));
        boundary_.push_back(u == 0);
      }
      i += bytes;
    }
    byte_at_.push_back(static_cast<uint32_t>(utf8.size()));
    boundary_.push_back(true);
    text_ = utf8;
  }
  size_t size() const { return byte_at_.size() - 1; }
  // The UTF-8 of units [start, end); false when either end is outside the
  // text or splits a character.
  bool Slice(uint64_t start, uint64_t end, std::string* out) const {
    if (start > end || end > size() || !boundary_[start] || !boundary_[end]) return false;
    *out = std::string(text_.substr(byte_at_[start], byte_at_[end] - byte_at_[start]));
    return true;
  }

 private:
  std::string_view text_;
  std::vector<uint32_t> byte_at_;  // per unit: the first byte of its character
  std::vector<bool> boundary_;
};

inline std::string CheckSpan(const nlohmann::json& span, const UnitText& text, const std::string& what,
                             bool has_text = true) {
  if (!span.is_object() || !span["start"].is_number_unsigned() || !span["end"].is_number_unsigned()) {
    return what + ": not a span";
  }
  std::string slice;
  if (!text.Slice(span["start"].get<uint64_t>(), span["end"].get<uint64_t>(), &slice)) {
    return what + ": offsets outside the text or inside a character";
  }
  if (has_text && (!span["text"].is_string() || span["text"].get<std::string>() != slice)) {
    return what + ": text is not the slice of its offsets";
  }
  return "";
}

inline std::string CheckResult(const nlohmann::json& result, std::string_view utf8, OffsetUnit unit) {
  const UnitText text(utf8, unit);
  std::string error;
  auto span_ok = [&](const nlohmann::json& span, const std::string& what, bool has_text = true) {
    if (error.empty()) error = CheckSpan(span, text, what, has_text);
    return error.empty();
  };
  const auto& mentions = result["mentions"];
  const auto& entities = result["entities"];
  const auto& quotes = result["quotes"];
  if (!mentions.is_array() || !entities.is_array() || !quotes.is_array()) return "missing lists";
  auto entity_ok = [&](const nlohmann::json& id) {
    return id.is_null() || (id.is_number_unsigned() && id.get<uint64_t>() < entities.size());
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    if (!span_ok(m, "mention " + std::to_string(i))) return error;
    if (i > 0 && m["start"] < mentions[i - 1]["start"]) return "mentions out of order";
    if (!entity_ok(m["entity"])) return "mention entity out of range";
  }
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e]["id"] != e) return "entity id not its index";
    for (const auto& m : entities[e]["mentions"]) {
      if (!m.is_number_unsigned() || m.get<uint64_t>() >= mentions.size()) return "entity mention out of range";
      if (mentions[m.get<size_t>()]["entity"] != e) return "entity and mention disagree";
    }
  }
  for (size_t i = 0; i < quotes.size(); ++i) {
    const auto& q = quotes[i];
    const std::string what = "quote " + std::to_string(i);
    if (!span_ok(q, what) || !span_ok(q["content"], what + " content", false)) return error;
    if (q["content"]["start"] < q["start"] || q["content"]["end"] > q["end"]) return what + ": content outside it";
    if (i > 0 && q["start"] < quotes[i - 1]["start"]) return "quotes out of order";
    if (!q["speaker"].is_null() && (!span_ok(q["speaker"], what + " speaker") || !entity_ok(q["speaker"]["entity"]))) {
      return error.empty() ? what + ": speaker entity out of range" : error;
    }
    if (!q["cue"].is_null() && !span_ok(q["cue"], what + " cue")) return error;
  }
  for (const char* list : {"sentences", "paragraphs", "boilerplate"}) {
    const auto& spans = result[list];
    if (!spans.is_array()) return std::string("missing ") + list;
    for (size_t i = 0; i < spans.size(); ++i) {
      if (!span_ok(spans[i], std::string(list) + " " + std::to_string(i), false)) return error;
      if (i > 0 && spans[i]["start"] < spans[i - 1]["start"]) return std::string(list) + " out of order";
    }
  }
  if (!result["title"].is_null() && !span_ok(result["title"], "title")) return error;
  return "";
}

}  // namespace testing
}  // namespace annotator
