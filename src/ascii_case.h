// ASCII case folding for matching words against lower-case lists: only the
// letters A-Z fold, so UTF-8 bytes pass through and lengths never change.
#pragma once

#include <cstddef>
#include <string_view>

namespace annotator {

// Whether a byte or a code point is an ASCII capital or lower-case letter (a
// negative char, a UTF-8 byte, converts to a large value: no letter).
constexpr bool IsUpperAscii(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLowerAscii(char32_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// ASCII letters lower-cased; every other byte (UTF-8 included) unchanged.
inline char LowerAscii(char c) { return IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c; }

// `text` equals lower-case `lower` once its ASCII letters are lower-cased.
inline bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (LowerAscii(text[i]) != lower[i]) return false;
  }
  return true;
}

// `a` equals `b` once both have their ASCII letters lower-cased.
inline bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

}  // namespace annotator
