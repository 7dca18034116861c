#include "json_writer.h"

#include <cmath>
#include <cstdio>

namespace annotator {

void JsonWriter::Key(std::string_view name) {
  String(name);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  Separate();
  out_->push_back('"');
  size_t run_start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_->append(value.data() + run_start, i - run_start);
    run_start = i + 1;
    switch (c) {
      case '"': out_->append("\\\""); break;
      case '\\': out_->append("\\\\"); break;
      case '\n': out_->append("\\n"); break;
      case '\r': out_->append("\\r"); break;
      case '\t': out_->append("\\t"); break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out_->append(escaped, sizeof escaped);
      }
    }
  }
  out_->append(value.data() + run_start, value.size() - run_start);
  out_->push_back('"');
}

void JsonWriter::Uint(uint64_t value) {
  Separate();
  AppendDigits(value);
}

void JsonWriter::Int(int64_t value) {
  Separate();
  if (value < 0) out_->push_back('-');
  // Negate in unsigned arithmetic so INT64_MIN does not overflow.
  AppendDigits(value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value));
}

void JsonWriter::AppendDigits(uint64_t value) {
  // Right to left into a buffer, then one append.
  char digits[20];
  char* const end = digits + sizeof digits;
  char* first = end;
  do {
    *--first = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  out_->append(first, static_cast<size_t>(end - first));
}

void JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();
  Separate();
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%.6g", value);
  out_->append(buffer, static_cast<size_t>(n));
}

}  // namespace annotator
