#include "json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace annotator {

JsonWriter::JsonWriter(std::string* out) : out_(out) {
  // Write after what the string already holds, into its spare capacity.
  const size_t used = out->size();
  out->resize(std::max(out->capacity(), used + 64));
  cursor_ = out->data() + used;
  limit_ = out->data() + out->size();
}

void JsonWriter::Grow(size_t size) {
  const size_t used = static_cast<size_t>(cursor_ - out_->data());
  out_->resize(std::max(2 * out_->size(), used + size));
  cursor_ = out_->data() + used;
  limit_ = out_->data() + out_->size();
}

void JsonWriter::Finish() { out_->resize(static_cast<size_t>(cursor_ - out_->data())); }

void JsonWriter::Key(std::string_view name) {
  Separate();
  Reserve(name.size() + 3);
  *cursor_++ = '"';
  std::memcpy(cursor_, name.data(), name.size());
  cursor_ += name.size();
  *cursor_++ = '"';
  *cursor_++ = ':';
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  Separate();
  // Runs of bytes that need no escaping are copied whole; an escape takes at
  // most 6 bytes, the closing quote 1.
  Reserve(value.size() + 8);
  *cursor_++ = '"';
  const char* data = value.data();
  size_t run_start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    std::memcpy(cursor_, data + run_start, i - run_start);
    cursor_ += i - run_start;
    run_start = i + 1;
    // What is left of `value` may need escaping too: keep room for all of it.
    Reserve(value.size() - i + 8);
    *cursor_++ = '\\';
    switch (c) {
      case '"':
        *cursor_++ = '"';
        break;
      case '\\':
        *cursor_++ = '\\';
        break;
      case '\n':
        *cursor_++ = 'n';
        break;
      case '\r':
        *cursor_++ = 'r';
        break;
      case '\t':
        *cursor_++ = 't';
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        const char escaped[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        std::memcpy(cursor_, escaped, sizeof escaped);
        cursor_ += sizeof escaped;
      }
    }
  }
  std::memcpy(cursor_, data + run_start, value.size() - run_start);
  cursor_ += value.size() - run_start;
  *cursor_++ = '"';
}

void JsonWriter::Uint(uint64_t value) {
  Separate();
  AppendDigits(value);
}

void JsonWriter::Int(int64_t value) {
  Separate();
  if (value < 0) Put('-');
  // Negate in unsigned arithmetic so INT64_MIN does not overflow.
  AppendDigits(value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value));
}

void JsonWriter::AppendDigits(uint64_t value) {
  // Right to left into a buffer, then one copy.
  char digits[20];
  char* const end = digits + sizeof digits;
  char* first = end;
  do {
    *--first = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  Raw(std::string_view(first, static_cast<size_t>(end - first)));
}

void JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();
  Separate();
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%.6g", value);
  Raw(std::string_view(buffer, static_cast<size_t>(n)));
}

}  // namespace annotator
