// ASCII case folding for matching words against lower-case lists: only the
// letters A-Z fold, so UTF-8 bytes pass through and lengths never change.
#pragma once

#include <cstddef>
#include <string_view>

namespace annotator {

inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

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

}  // namespace annotator
