#include "utf8.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace annotator {
namespace {

constexpr uint32_t kCheckpointStride = 64;

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Most news text is ASCII: skip 8 bytes at a time while no high bit is set.
size_t SkipAscii(const unsigned char* data, size_t pos, size_t size) {
  while (pos + 8 <= size) {
    uint64_t word;
    std::memcpy(&word, data + pos, 8);
    if (word & 0x8080808080808080ull) break;
    pos += 8;
  }
  while (pos < size && data[pos] < 0x80) ++pos;
  return pos;
}

// Length of the well-formed sequence at `pos`, or 0 when it is malformed
// (bounds per Unicode Table 3-7: no overlongs, no surrogates, <= U+10FFFF).
int WellFormedLength(const unsigned char* data, size_t pos, size_t size) {
  const unsigned char lead = data[pos];
  unsigned char low = 0x80, high = 0xBF;
  int length;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > size) return 0;
  if (data[pos + 1] < low || data[pos + 1] > high) return 0;
  for (int i = 2; i < length; ++i) {
    if (!IsContinuation(data[pos + i])) return 0;
  }
  return length;
}

uint32_t UnitsOfLeadByte(unsigned char byte, OffsetUnit unit) {
  if (IsContinuation(byte)) return 0;
  // Only code points above U+FFFF (4-byte sequences) take two UTF-16 units.
  if (unit == OffsetUnit::kUtf16 && byte >= 0xF0) return 2;
  return 1;
}

// The units of the code points whose lead bytes lie in [begin, end).
uint32_t UnitsBetween(const unsigned char* data, size_t begin, size_t end, OffsetUnit unit) {
  uint32_t units = 0;
  size_t i = begin;
  for (; i + 8 <= end; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    if (!(word & 0x8080808080808080ull)) {
      units += 8;  // eight ASCII characters
      continue;
    }
    for (size_t k = i; k < i + 8; ++k) units += UnitsOfLeadByte(data[k], unit);
  }
  for (; i < end; ++i) units += UnitsOfLeadByte(data[i], unit);
  return units;
}

}  // namespace

Status ValidateUtf8(std::string_view text) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t pos = 0;
  while (true) {
    pos = SkipAscii(data, pos, size);
    if (pos >= size) return Status::Ok();
    const int length = WellFormedLength(data, pos, size);
    if (length == 0) {
      return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(pos));
    }
    pos += length;
  }
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  const unsigned char lead = data[*pos];
  if (lead < 0x80) {
    ++*pos;
    return lead;
  }
  const int length = Utf8SequenceLength(lead);
  if (*pos + length > size || IsContinuation(lead)) {
    ++*pos;  // Defensive: never read past the end, even on bad input.
    return 0xFFFD;
  }
  char32_t code_point = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    code_point = (code_point << 6) | (data[*pos + i] & 0x3F);
  }
  *pos += length;
  return code_point;
}

OffsetConverter::OffsetConverter(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::kUtf8) return;  // identity: no table needed
  // checkpoints_[i] counts the units of every code point whose lead byte lies
  // before byte i * 64 (a sequence straddling the boundary counts on the left).
  checkpoints_.reserve(text.size() / kCheckpointStride + 1);
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t converted = 0;
  for (size_t block = 0; block <= text.size(); block += kCheckpointStride) {
    checkpoints_.push_back(converted);
    const size_t block_end = std::min(text.size(), block + kCheckpointStride);
    converted += UnitsBetween(data, block, block_end, unit_);
  }
}

uint32_t OffsetConverter::Convert(uint32_t byte_offset) const {
  if (unit_ == OffsetUnit::kUtf8) return byte_offset;
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  const uint32_t checkpoint = byte_offset / kCheckpointStride;
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  uint32_t converted = checkpoints_[checkpoint];
  return converted + UnitsBetween(data, checkpoint * kCheckpointStride, byte_offset, unit_);
}

namespace {

bool ReadHex4(std::string_view text, size_t* pos, uint32_t* out) {
  if (*pos + 4 > text.size()) return false;
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    const char h = text[(*pos)++];
    v <<= 4;
    if (h >= '0' && h <= '9')
      v |= h - '0';
    else if (h >= 'a' && h <= 'f')
      v |= h - 'a' + 10;
    else if (h >= 'A' && h <= 'F')
      v |= h - 'A' + 10;
    else
      return false;
  }
  *out = v;
  return true;
}

}  // namespace

bool ReadJsonUnicodeEscape(std::string_view text, size_t* pos, uint32_t* code) {
  if (!ReadHex4(text, pos, code)) return false;
  if (*code >= 0xD800 && *code < 0xDC00 && text.substr(*pos, 2) == "\\u") {
    size_t after = *pos + 2;
    uint32_t low = 0;
    if (ReadHex4(text, &after, &low) && low >= 0xDC00 && low < 0xE000) {
      *code = 0x10000 + ((*code - 0xD800) << 10) + (low - 0xDC00);
      *pos = after;
      return true;
    }
  }
  if (*code >= 0xD800 && *code < 0xE000) *code = 0xFFFD;
  return true;
}

}  // namespace annotator
