// Tokenizer for news text as people write it. One pass over the UTF-8 text,
// no allocation per token: tokens are offsets into the caller's text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace annotator {

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens/apostrophes/periods: U.S., China's, well-known
  kNumber,  // 2,000  1.5  70  1990s  (digits with separators)
  kPunct,   // . , ; : ! ? ( ) [ ] and dashes
  kQuote,   // a quotation mark or a single quote that is not an apostrophe
  kSymbol,  // $ € £ ¥ % & # @ + and other symbols, emoji
  kUrl,     // https://example.com/a?b=c  www.example.com
  kEmail,   // name@example.com
  kOther,   // CJK ideographs (one per token) and anything else
};

// Facts about a token that later stages ask for often, computed once.
enum TokenFlags : uint16_t {
  kSpaceBefore = 1 << 0,     // whitespace between this token and the previous one
  kNewlineBefore = 1 << 1,   // a line break between this token and the previous one
  kParagraphStart = 1 << 2,  // a blank line (or start of text) before this token
  kCapitalized = 1 << 3,     // first letter upper case
  kAllCaps = 1 << 4,         // every letter upper case (and at least one letter)
  kHasDigit = 1 << 5,
  kHasLetter = 1 << 6,
  kNonLatinLetter = 1 << 7,  // a letter of another script than Latin (Cyrillic, Greek, Arabic, CJK, ...)
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

// Whether `word` is the letters of a currency written before its amount
// with no symbol: "N" (naira), "R" (rand), "P" (pesos), "KSh", "Ksh" and
// "Sh" (shillings), "RM" (ringgit), "Rp" (rupiah).
// The tokenizer splits them from a glued amount ("N2.5 million" -> "N"
// "2.5" "million"); the money rules read them as a symbol.
bool IsCurrencyLetters(std::string_view word);

// Whether `word` is a Mongolian name written with the initial of the
// father's name joined to the given name: "S.Amarbat", "Kh.Bolormaa" (an
// initial of one capital or a romanised digraph, a period, a capitalised
// word of three ASCII letters or more). The tokenizer keeps such a word
// whole; the recognizer makes it a person's name.
bool IsJoinedInitialName(std::string_view word);

// Splits valid UTF-8 `text` into tokens, appending to `tokens` after clearing
// it (so a caller can reuse one vector across documents).
//
// Conventions (Penn/CoNLL-like, chosen so later rules stay simple):
//  - "$1.5bn" -> "$" "1.5" "bn": a number never swallows a unit or a scale
//    word, so money and quantity rules see the amount as one kNumber; only the
//    ordinal suffixes st/nd/rd/th and the decade "s" stay ("2nd", "1990s").
//  - "70%" -> "70" "%";  "2,000" "1.5" "9/11" "10:30" are one kNumber each.
//  - "China's" -> "China" "'s";  "don't" -> "do" "n't" (also 're 've 'll 'd 'm);
//    a plural possessive "students'" -> "students" "'" where the "'" is a
//    kWord, unless an opening single quote is pending in the paragraph (then
//    it is a closing kQuote). Clitics and possessive marks are kWord tokens.
//  - "U.S." "J.K." "e.g." "Mr." "Jan." and a capital initial before a capital
//    ("George W. Bush") keep their period; any other final period is a kPunct.
//  - Apostrophes that are not quotes stay in or form word tokens: "O'Brien",
//    "the ’90s" (one kNumber "’90s"), "rock ’n’ roll" ("’n’"), "’em".
//  - Hyphenated words and number-word compounds are one kWord: "Beijing-based",
//    "10-year-old", "COVID-19"; number ranges split: "2015-2016" -> 3 tokens.
//  - "AT&T", "S&P": one kWord. URLs (scheme, www., or a bare domain with a
//    common top-level domain such as breitbart.com) and e-mails: one token.
//  - Em/en dashes, "--", "...", "…" are single kPunct tokens.
//  - CJK ideographs are one kOther token each; kana and Hangul runs are words.
//  - Emoji clusters (ZWJ sequences, skin tones, flags, keycaps, variation
//    selectors) are one kSymbol; combining marks stay with their base.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

// Abbreviations that keep their final period. `word` is without the period
// and matched case-sensitively ("Mr", "Jan", "etc"). Titles precede names and
// never end a sentence; the others can, before a clear sentence starter.
// Regions are the abbreviated states and provinces of datelines and
// addresses ("Fresno, Calif.", "JASPER, Alta.").
enum class AbbreviationKind : uint8_t { kNone, kTitle, kMonth, kRegion, kOther };
AbbreviationKind LookupAbbreviation(std::string_view word);

}  // namespace annotator
