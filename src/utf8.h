// UTF-8 helpers and the one place where byte offsets become the caller's unit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace annotator {

// Ok when `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF);
// otherwise an InvalidArgument naming the byte offset of the first bad sequence.
Status ValidateUtf8(std::string_view text);

// Decodes the code point at `*pos` of valid UTF-8 and advances `*pos`.
char32_t DecodeUtf8(std::string_view text, size_t* pos);

// Appends code point `c` (<= U+10FFFF, not a surrogate) as UTF-8.
void AppendUtf8(char32_t c, std::string* out);

// Reads a JSON \u escape whose four hex digits start at text[*pos] (just
// after the "\u") as one code point: a high surrogate followed by the escape
// of a low one is joined, a lone surrogate becomes U+FFFD (the escape after
// it is then left to be read on its own). Advances *pos past what it read;
// false when the digits are short or not hex.
bool ReadJsonUnicodeEscape(std::string_view text, size_t* pos, uint32_t* code);

// Length in bytes of the UTF-8 sequence starting with lead byte `lead`.
inline int Utf8SequenceLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

enum class OffsetUnit : uint8_t { kUtf16, kCodePoint, kUtf8 };

// Converts UTF-8 byte offsets of one text to another unit. Built once per
// text in one pass (a table every 64 bytes); each lookup then decodes at most
// 63 bytes, so converting all offsets of a document stays linear.
class OffsetConverter {
 public:
  OffsetConverter(std::string_view text, OffsetUnit unit);
  uint32_t Convert(uint32_t byte_offset) const;

 private:
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<uint32_t> checkpoints_;  // converted offset at every 64th byte
};

}  // namespace annotator
