// Tokenizer for news text as people write it. One pass over the UTF-8 text,
// no allocation per token: tokens are offsets into the caller's text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace annotator {

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner hyphens/apostrophes/periods: U.S., China's, well-known
  kNumber,       // 2,000  1.5  70  1990s  (digits with separators)
  kPunct,        // . , ; : ! ? ( ) [ ] and dashes
  kQuote,        // a quotation mark or a single quote that is not an apostrophe
  kSymbol,       // $ € £ ¥ % & # @ + and other symbols, emoji
  kUrl,          // https://example.com/a?b=c  www.example.com
  kEmail,        // name@example.com
  kOther,        // CJK ideographs (one per token) and anything else
};

// Facts about a token that later stages ask for often, computed once.
enum TokenFlags : uint16_t {
  kSpaceBefore = 1 << 0,      // whitespace between this token and the previous one
  kNewlineBefore = 1 << 1,    // a line break between this token and the previous one
  kParagraphStart = 1 << 2,   // a blank line (or start of text) before this token
  kCapitalized = 1 << 3,      // first letter upper case
  kAllCaps = 1 << 4,          // every letter upper case (and at least one letter)
  kHasDigit = 1 << 5,
  kHasLetter = 1 << 6,
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
  uint16_t flags = 0;
  bool Has(TokenFlags flag) const { return (flags & flag) != 0; }
};

// The kCapitalized/kAllCaps/kHasDigit/kHasLetter flags of one token's text;
// shared by the tokenizer and by the recognizer's trainer, which reads
// pre-tokenized corpora.
uint16_t WordShapeFlags(std::string_view token_text);

// Splits valid UTF-8 `text` into tokens, appending to `tokens` after clearing
// it (so a caller can reuse one vector across documents).
void Tokenize(std::string_view text, std::vector<Token>* tokens);

}  // namespace annotator
