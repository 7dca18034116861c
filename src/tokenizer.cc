#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

#include "ascii_case.h"
#include "utf8.h"

namespace annotator {

bool IsCurrencyLetters(std::string_view word) {
  for (std::string_view letters : {"N",  "R",   "P",  "KSh", "Ksh", "Sh", "Shs", "TSh", "USh", "RM",  "Rp", "Rs",
                                   "Tk", "VND", "Dh", "SR",  "QR",  "K",  "MK",  "ZK",  "Br",  "Rwf", "Frw"}) {
    if (word == letters) return true;
  }
  return false;
}

namespace {

// ---------------------------------------------------------------------------
// Character classes. ASCII comes from a 128-entry table; everything else from
// a small sorted range table (about 200 entries, < 2 KB) searched in binary.
// Gaps in the table are scripts we do not list one by one: they count as
// caseless letters, which is the right default for the letters of most
// writing systems.
enum CharClass : uint8_t {
  kCcLetter,  // caseless letter (Arabic, Hebrew, Indic, kana, Hangul, ...)
  kCcUpper,
  kCcLower,
  kCcAltEvenUpper,  // case alternates: even code points upper (Latin Extended)
  kCcAltOddUpper,   // case alternates: odd code points upper
  kCcDigit,         // ASCII 0-9 only: other digits count as letters
  kCcMark,          // combining marks, variation selectors, tags: extend a cluster
  kCcZwj,           // U+200D, joins emoji into one cluster
  kCcFormat,        // invisible: soft hyphen, bidi marks, BOM
  kCcSpace,
  kCcNewline,
  kCcPunct,
  kCcHyphen,       // '-' U+2010 U+2011: joins words
  kCcDash,         // en, em and figure dashes, horizontal bar
  kCcQuote,        // double quotes, guillemets, CJK corner brackets, ‚ „ `
  kCcSingleQuote,  // ' ‘ ’ ‛: a quotation mark or an apostrophe
  kCcCurrency,
  kCcSymbol,         // symbols and emoji
  kCcRegional,       // regional indicators: two make a flag
  kCcEmojiModifier,  // skin tones U+1F3FB..U+1F3FF
  kCcIdeograph,      // CJK ideographs: one token each
  kCcOther,          // private use, unassigned
};

struct ClassRange {
  char32_t first;
  char32_t last;
  CharClass cls;
};

constexpr ClassRange kClassRanges[] = {
    {0x80, 0x84, kCcFormat},
    {0x85, 0x85, kCcNewline},
    {0x86, 0x9F, kCcFormat},
    {0xA0, 0xA0, kCcSpace},
    {0xA1, 0xA1, kCcPunct},
    {0xA2, 0xA5, kCcCurrency},
    {0xA6, 0xA9, kCcSymbol},
    {0xAA, 0xAA, kCcLower},
    {0xAB, 0xAB, kCcQuote},
    {0xAC, 0xAC, kCcSymbol},
    {0xAD, 0xAD, kCcFormat},
    {0xAE, 0xB4, kCcSymbol},
    {0xB5, 0xB5, kCcLower},
    {0xB6, 0xB7, kCcPunct},
    {0xB8, 0xB9, kCcSymbol},
    {0xBA, 0xBA, kCcLower},
    {0xBB, 0xBB, kCcQuote},
    {0xBC, 0xBE, kCcSymbol},
    {0xBF, 0xBF, kCcPunct},
    {0xC0, 0xD6, kCcUpper},
    {0xD7, 0xD7, kCcSymbol},
    {0xD8, 0xDE, kCcUpper},
    {0xDF, 0xF6, kCcLower},
    {0xF7, 0xF7, kCcSymbol},
    {0xF8, 0xFF, kCcLower},
    {0x100, 0x137, kCcAltEvenUpper},
    {0x138, 0x138, kCcLower},
    {0x139, 0x148, kCcAltOddUpper},
    {0x149, 0x149, kCcLower},
    {0x14A, 0x177, kCcAltEvenUpper},
    {0x178, 0x178, kCcUpper},
    {0x179, 0x17E, kCcAltOddUpper},
    {0x17F, 0x17F, kCcLower},
    {0x1CD, 0x1DC, kCcAltOddUpper},
    {0x1DD, 0x1DD, kCcLower},
    {0x1DE, 0x1EF, kCcAltEvenUpper},
    {0x1F8, 0x24F, kCcAltEvenUpper},
    {0x250, 0x2AF, kCcLower},
    {0x300, 0x36F, kCcMark},
    {0x386, 0x386, kCcUpper},
    {0x387, 0x387, kCcPunct},
    {0x388, 0x38F, kCcUpper},
    {0x390, 0x390, kCcLower},
    {0x391, 0x3AB, kCcUpper},
    {0x3AC, 0x3CE, kCcLower},
    {0x400, 0x42F, kCcUpper},
    {0x430, 0x45F, kCcLower},
    {0x460, 0x481, kCcAltEvenUpper},
    {0x482, 0x482, kCcSymbol},
    {0x483, 0x489, kCcMark},
    {0x48A, 0x4BF, kCcAltEvenUpper},
    {0x4C0, 0x4C0, kCcUpper},
    {0x4C1, 0x4CE, kCcAltOddUpper},
    {0x4CF, 0x4CF, kCcLower},
    {0x4D0, 0x52F, kCcAltEvenUpper},
    {0x531, 0x556, kCcUpper},
    {0x561, 0x587, kCcLower},
    {0x589, 0x58A, kCcPunct},
    {0x591, 0x5BD, kCcMark},
    {0x5BE, 0x5BE, kCcPunct},
    {0x5BF, 0x5C7, kCcMark},
    {0x600, 0x605, kCcFormat},
    {0x606, 0x60F, kCcPunct},
    {0x610, 0x61A, kCcMark},
    {0x61B, 0x61F, kCcPunct},
    {0x64B, 0x65F, kCcMark},
    {0x66A, 0x66D, kCcPunct},
    {0x670, 0x670, kCcMark},
    {0x6D4, 0x6D4, kCcPunct},
    {0x6D6, 0x6ED, kCcMark},
    {0x900, 0x903, kCcMark},
    {0x93A, 0x94F, kCcMark},
    {0x951, 0x957, kCcMark},
    {0x962, 0x963, kCcMark},
    {0x964, 0x965, kCcPunct},
    {0x1AB0, 0x1AFF, kCcMark},
    {0x1DC0, 0x1DFF, kCcMark},
    {0x1E00, 0x1E95, kCcAltEvenUpper},
    {0x1E96, 0x1E9D, kCcLower},
    {0x1E9E, 0x1E9E, kCcUpper},
    {0x1E9F, 0x1E9F, kCcLower},
    {0x1EA0, 0x1EFF, kCcAltEvenUpper},
    {0x2000, 0x200B, kCcSpace},
    {0x200C, 0x200C, kCcFormat},
    {0x200D, 0x200D, kCcZwj},
    {0x200E, 0x200F, kCcFormat},
    {0x2010, 0x2011, kCcHyphen},
    {0x2012, 0x2015, kCcDash},
    {0x2016, 0x2017, kCcPunct},
    {0x2018, 0x2019, kCcSingleQuote},
    {0x201A, 0x201A, kCcQuote},
    {0x201B, 0x201B, kCcSingleQuote},
    {0x201C, 0x201F, kCcQuote},
    {0x2020, 0x2027, kCcPunct},
    {0x2028, 0x2029, kCcNewline},
    {0x202A, 0x202E, kCcFormat},
    {0x202F, 0x202F, kCcSpace},
    {0x2030, 0x2034, kCcSymbol},
    {0x2035, 0x2038, kCcPunct},
    {0x2039, 0x203A, kCcQuote},
    {0x203B, 0x2043, kCcPunct},
    {0x2044, 0x2044, kCcSymbol},
    {0x2045, 0x205E, kCcPunct},
    {0x205F, 0x205F, kCcSpace},
    {0x2060, 0x206F, kCcFormat},
    {0x2070, 0x209F, kCcSymbol},
    {0x20A0, 0x20CF, kCcCurrency},
    {0x20D0, 0x20FF, kCcMark},
    {0x2100, 0x2BFF, kCcSymbol},
    {0x2C00, 0x2C2F, kCcUpper},
    {0x2C30, 0x2C5F, kCcLower},
    {0x2CE5, 0x2CEA, kCcSymbol},
    {0x2CEF, 0x2CF1, kCcMark},
    {0x2CF9, 0x2CFF, kCcPunct},
    {0x2DE0, 0x2DFF, kCcMark},
    {0x2E00, 0x2E7F, kCcPunct},
    {0x2E80, 0x2FDF, kCcIdeograph},
    {0x2FF0, 0x2FFF, kCcSymbol},
    {0x3000, 0x3000, kCcSpace},
    {0x3001, 0x3003, kCcPunct},
    {0x3004, 0x3004, kCcSymbol},
    {0x3005, 0x3007, kCcIdeograph},
    {0x3008, 0x300B, kCcPunct},
    {0x300C, 0x300F, kCcQuote},
    {0x3010, 0x301C, kCcPunct},
    {0x301D, 0x301F, kCcQuote},
    {0x3020, 0x3029, kCcSymbol},
    {0x302A, 0x302F, kCcMark},
    {0x3030, 0x303F, kCcPunct},
    {0x3099, 0x309A, kCcMark},
    {0x30A0, 0x30A0, kCcPunct},
    {0x30FB, 0x30FB, kCcPunct},
    {0x31C0, 0x31EF, kCcSymbol},
    {0x3200, 0x33FF, kCcSymbol},
    {0x3400, 0x4DBF, kCcIdeograph},
    {0x4DC0, 0x4DFF, kCcSymbol},
    {0x4E00, 0x9FFF, kCcIdeograph},
    {0xA640, 0xA66D, kCcAltEvenUpper},
    {0xA66F, 0xA67D, kCcMark},
    {0xA680, 0xA69B, kCcAltEvenUpper},
    {0xA722, 0xA76F, kCcAltEvenUpper},
    {0xD800, 0xF8FF, kCcOther},
    {0xF900, 0xFAFF, kCcIdeograph},
    {0xFB00, 0xFB06, kCcLower},
    {0xFD3E, 0xFD3F, kCcPunct},
    {0xFE00, 0xFE0F, kCcMark},
    {0xFE10, 0xFE19, kCcPunct},
    {0xFE20, 0xFE2F, kCcMark},
    {0xFE30, 0xFE68, kCcPunct},
    {0xFE69, 0xFE69, kCcCurrency},
    {0xFE6A, 0xFE6B, kCcPunct},
    {0xFEFF, 0xFEFF, kCcFormat},
    {0xFF01, 0xFF03, kCcPunct},
    {0xFF04, 0xFF04, kCcCurrency},
    {0xFF05, 0xFF0F, kCcPunct},
    {0xFF1A, 0xFF20, kCcPunct},
    {0xFF21, 0xFF3A, kCcUpper},
    {0xFF3B, 0xFF40, kCcPunct},
    {0xFF41, 0xFF5A, kCcLower},
    {0xFF5B, 0xFF65, kCcPunct},
    {0xFFE0, 0xFFE6, kCcCurrency},
    {0xFFE7, 0xFFFF, kCcSymbol},
    {0x1D400, 0x1D7FF, kCcLetter},
    {0x1F000, 0x1F1E5, kCcSymbol},
    {0x1F1E6, 0x1F1FF, kCcRegional},
    {0x1F200, 0x1F3FA, kCcSymbol},
    {0x1F3FB, 0x1F3FF, kCcEmojiModifier},
    {0x1F400, 0x1FBFF, kCcSymbol},
    {0x1FC00, 0x1FFFF, kCcOther},
    {0x20000, 0x3FFFF, kCcIdeograph},
    {0x40000, 0xDFFFF, kCcOther},
    {0xE0000, 0xE0FFF, kCcMark},
    {0xE1000, 0x10FFFF, kCcOther},
};

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = kCcSpace;  // controls separate tokens
  table['\n'] = kCcNewline;
  table['\r'] = kCcNewline;
  table['\f'] = kCcNewline;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kCcUpper;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kCcLower;
  for (int c = '0'; c <= '9'; ++c) table[c] = kCcDigit;
  for (char c : "!(),./:;?[]{}") table[static_cast<unsigned char>(c)] = kCcPunct;
  for (char c : "#%&*+<=>@\\^_|~") table[static_cast<unsigned char>(c)] = kCcSymbol;
  table['"'] = kCcQuote;
  table['`'] = kCcQuote;
  table['\''] = kCcSingleQuote;
  table['-'] = kCcHyphen;
  table['$'] = kCcCurrency;
  table[0] = kCcSpace;  // the loops above also wrote the string terminator
  return table;
}
constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiClasses();

CharClass ClassifyNonAscii(char32_t c) {
  const ClassRange* end = kClassRanges + sizeof(kClassRanges) / sizeof(kClassRanges[0]);
  const ClassRange* it =
      std::upper_bound(kClassRanges, end, c, [](char32_t value, const ClassRange& r) { return value < r.first; });
  if (it == kClassRanges) return kCcLetter;
  --it;
  if (c > it->last) return kCcLetter;
  if (it->cls == kCcAltEvenUpper) return (c % 2 == 0) ? kCcUpper : kCcLower;
  if (it->cls == kCcAltOddUpper) return (c % 2 == 1) ? kCcUpper : kCcLower;
  return it->cls;
}

constexpr bool IsLetterClass(CharClass c) { return c <= kCcLower; }
bool IsWordClass(CharClass c) {  // continues a word
  return c <= kCcDigit || c == kCcMark || c == kCcZwj || c == kCcFormat;
}
bool IsExtender(CharClass c) { return c == kCcMark || c == kCcEmojiModifier || c == kCcFormat; }

struct Char {
  char32_t code = 0;
  uint8_t length = 0;  // 0 past the end of the text
  CharClass cls = kCcSpace;
};

bool IsAsciiAlpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
bool StartsWithIgnoreCase(std::string_view text, size_t pos, std::string_view lower) {
  return pos + lower.size() <= text.size() && EqualsLower(text.substr(pos, lower.size()), lower);
}

bool IsUrlTopLevelDomain(std::string_view label) {
  // Common endings only: two-letter words such as "in", "it", "me" would
  // turn a missing space after a period into a false URL.
  static constexpr std::string_view kDomains[] = {"au",  "biz",  "ca",  "cn",   "co",  "com", "de", "edu",
                                                  "eu",  "fr",   "gov", "info", "int", "io",  "jp", "mil",
                                                  "net", "news", "org", "ru",   "tv",  "uk"};
  return std::binary_search(std::begin(kDomains), std::end(kDomains), label);
}

}  // namespace

bool IsJoinedInitialName(std::string_view word) {
  const size_t period = word.find('.');
  if (period == std::string_view::npos || period == 0) return false;
  // The initial: one capital letter of any script, or a Cyrillic letter
  // romanised with two Latin letters ("Kh", "Ts").
  static constexpr std::string_view kDigraphs[] = {"Kh", "Ts", "Ch", "Sh", "Zh", "Ya", "Yu", "Ye", "Yo"};
  const std::string_view initial = word.substr(0, period);
  size_t next = 0;
  const char32_t code = DecodeUtf8(initial, &next);
  const bool capital =
      next == initial.size() && (code < 0x80 ? (code >= 'A' && code <= 'Z') : ClassifyNonAscii(code) == kCcUpper);
  if (!capital && std::find(std::begin(kDigraphs), std::end(kDigraphs), initial) == std::end(kDigraphs)) {
    return false;
  }
  // The given name: a capital and two lower-case letters or more.
  const std::string_view name = word.substr(period + 1);
  return name.size() >= 3 && name[0] >= 'A' && name[0] <= 'Z' &&
         std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

namespace {

// The one-pass scanner. Each Scan* function starts at the first byte of a
// token and returns the end of it; none allocates.
class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>* tokens)
      : text_(text), data_(reinterpret_cast<const unsigned char*>(text.data())), size_(text.size()), tokens_(tokens) {}

  void Run();

 private:
  Char At(size_t pos) const {
    Char c;
    if (pos >= size_) return c;
    const unsigned char byte = data_[pos];
    if (byte < 0x80) {
      c.code = byte;
      c.length = 1;
      c.cls = kAsciiClasses[byte];
      return c;
    }
    size_t next = pos;
    c.code = DecodeUtf8(text_, &next);
    c.length = static_cast<uint8_t>(next - pos);
    c.cls = ClassifyNonAscii(c.code);
    return c;
  }
  unsigned char Byte(size_t pos) const { return pos < size_ ? data_[pos] : 0; }
  // The class of the code point that ends just before `pos`.
  CharClass ClassBefore(size_t pos) const {
    if (pos == 0) return kCcSpace;
    size_t start = pos - 1;
    while (start > 0 && (data_[start] & 0xC0) == 0x80) --start;
    return At(start).cls;
  }

  size_t SkipSpace(size_t pos, uint16_t* flags);
  size_t ScanToken(size_t pos, TokenKind* kind);
  size_t ScanWord(size_t pos, TokenKind* kind);
  size_t ScanCurrencyLetters(size_t begin) const;
  bool IsCapitalsWithCommaLetter(size_t begin, size_t comma) const;
  size_t ScanWordRun(size_t pos) const;
  size_t ScanAfterPeriod(size_t word_begin, size_t period, TokenKind* kind) const;
  size_t ScanNumber(size_t pos, TokenKind* kind);
  size_t ScanSingleQuote(size_t pos, TokenKind* kind);
  size_t ScanCluster(size_t pos) const;
  size_t ScanExtenders(size_t pos) const;
  size_t ScanUrl(size_t pos) const;
  size_t ScanDomainTail(size_t pos) const;
  bool AfterCapitalisedWord(size_t begin) const;
  size_t ScanEmail(size_t pos) const;
  size_t ScanCliticAfterApostrophe(size_t apostrophe) const;

  std::string_view text_;
  const unsigned char* data_;
  size_t size_;
  std::vector<Token>* tokens_;
  bool single_quote_open_ = false;  // an opening ‘ or ' awaits its close
};

void Scanner::Run() {
  uint16_t flags = kParagraphStart;
  size_t pos = 0;
  while (true) {
    pos = SkipSpace(pos, &flags);
    if (pos >= size_) break;
    if (flags & kParagraphStart) single_quote_open_ = false;
    TokenKind kind = TokenKind::kOther;
    const size_t end = ScanToken(pos, &kind);
    Token token;
    token.begin = static_cast<uint32_t>(pos);
    token.end = static_cast<uint32_t>(end);
    token.kind = kind;
    token.flags = flags;
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kUrl ||
        kind == TokenKind::kEmail || kind == TokenKind::kOther) {
      token.flags |= WordShapeFlags(text_.substr(pos, end - pos));
    }
    tokens_->push_back(token);
    flags = 0;
    pos = end;
  }
}

size_t Scanner::SkipSpace(size_t pos, uint16_t* flags) {
  int newlines = 0;
  while (pos < size_) {
    const unsigned char byte = data_[pos];
    if (byte == ' ') {  // the common case first
      *flags |= kSpaceBefore;
      ++pos;
      continue;
    }
    const Char c = At(pos);
    if (c.cls == kCcSpace) {
      *flags |= kSpaceBefore;
    } else if (c.cls == kCcNewline) {
      *flags |= kSpaceBefore;
      // "\r\n" is one break; U+2029 and form feed end a paragraph by themselves.
      if (!(byte == '\r' && Byte(pos + 1) == '\n')) newlines += (c.code == 0x2029 || byte == '\f') ? 2 : 1;
    } else if (c.cls != kCcFormat) {
      break;  // invisible format characters between tokens are skipped silently
    }
    pos += c.length;
  }
  if (newlines >= 1) *flags |= kNewlineBefore;
  if (newlines >= 2) *flags |= kParagraphStart;
  return pos;
}

size_t Scanner::ScanToken(size_t pos, TokenKind* kind) {
  const Char c = At(pos);
  switch (c.cls) {
    case kCcUpper:
    case kCcLower:
    case kCcLetter:
      if (c.code < 0x80) {
        const unsigned char lower = c.code | 0x20;
        if ((lower == 'h' &&
             (StartsWithIgnoreCase(text_, pos, "http://") || StartsWithIgnoreCase(text_, pos, "https://"))) ||
            (lower == 'w' && StartsWithIgnoreCase(text_, pos, "www."))) {
          *kind = TokenKind::kUrl;
          return ScanUrl(pos);
        }
      }
      return ScanWord(pos, kind);
    case kCcDigit:
      return ScanNumber(pos, kind);
    case kCcSingleQuote:
      return ScanSingleQuote(pos, kind);
    case kCcQuote:
      *kind = TokenKind::kQuote;
      return pos + c.length;
    case kCcPunct:
      *kind = TokenKind::kPunct;
      if (c.code == '.') {  // "..." is one ellipsis
        size_t end = pos + 1;
        while (Byte(end) == '.') ++end;
        return end;
      }
      return pos + c.length;
    case kCcHyphen:
    case kCcDash: {
      *kind = TokenKind::kPunct;
      // "--" and "——" (a doubled dash, as in Chinese) are one dash.
      size_t end = pos + c.length;
      while (end < size_ && At(end).code == c.code) end += c.length;
      return end;
    }
    case kCcCurrency:
    case kCcSymbol:
    case kCcEmojiModifier:
      *kind = TokenKind::kSymbol;
      return ScanCluster(pos);
    case kCcRegional: {
      *kind = TokenKind::kSymbol;
      size_t end = pos + c.length;
      if (At(end).cls == kCcRegional) end += 4;  // a flag is a pair
      return ScanExtenders(end);
    }
    case kCcIdeograph:
    default:
      *kind = TokenKind::kOther;
      return ScanCluster(pos);
  }
}

// Letters, digits and marks: the body of a word, without joiners.
size_t Scanner::ScanWordRun(size_t pos) const {
  while (pos < size_) {
    const unsigned char byte = data_[pos];
    if (byte < 0x80) {
      const CharClass cls = kAsciiClasses[byte];
      if (cls > kCcDigit) break;
      ++pos;
      continue;
    }
    const Char c = At(pos);
    if (!IsWordClass(c.cls)) break;
    pos += c.length;
  }
  return pos;
}

// An apostrophe at `apostrophe` followed by a clitic that Penn splits off:
// 's 're 've 'll 'd 'm. Returns the end of the clitic, or 0.
size_t Scanner::ScanCliticAfterApostrophe(size_t apostrophe) const {
  const size_t begin = apostrophe + At(apostrophe).length;
  size_t end = begin;
  while (end < size_ && IsAsciiAlpha(data_[end]) && end - begin < 3) ++end;
  if (end < size_ && IsWordClass(At(end).cls)) return 0;
  const std::string_view suffix = text_.substr(begin, end - begin);
  for (std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"}) {
    if (EqualsLower(suffix, clitic)) return end;
  }
  return 0;
}

// "N2.5 million" (naira), "R1,200" (rand), "KSh3.2bn" (Kenyan shillings):
// a currency's letters glued to an amount are a token of their own, as "$"
// is, when what follows can only be a sum: thousands grouped, a decimal (or
// a decimal comma) or a scale word ("N95 masks", "the N1 highway" and "G7"
// stay one word).
// Letters that begin no other word before digits take any amount: "Dh12"
// (dirhams), "Rs45", "KSh500", "Shs186m" (Ugandan shillings), "Tk1,200"
// (taka); "SR1.2 billion" (riyals), "K45 million" (kina, kwacha), "MK3.5
// billion" and "Br4bn" (birr) need the sum's form ("SR99" may be a state
// route, "K2" a mountain, "MK3" a car's model). Returns the end of the
// letters, or 0.
size_t Scanner::ScanCurrencyLetters(size_t begin) const {
  size_t letters = 0;
  while (letters < 3 && IsAsciiAlpha(Byte(begin + letters))) ++letters;
  const std::string_view code = text_.substr(begin, letters);
  if (!IsAsciiDigit(Byte(begin + letters)) || !IsCurrencyLetters(code)) return 0;
  for (std::string_view only_money : {"Dh", "KSh", "Ksh", "Shs", "TSh", "USh", "Rs", "Rp", "Tk", "VND"}) {
    if (code == only_money) return begin + letters;
  }
  size_t pos = begin + letters;
  while (IsAsciiDigit(Byte(pos))) ++pos;
  const unsigned char sep = Byte(pos);
  if (sep == ',' && IsAsciiDigit(Byte(pos + 1)) && IsAsciiDigit(Byte(pos + 2)) && IsAsciiDigit(Byte(pos + 3))) {
    return begin + letters;
  }
  if (sep == '.' && IsAsciiDigit(Byte(pos + 1))) return begin + letters;
  // "R45,5 million": a decimal comma, as South Africa writes it.
  if (sep == ',' && IsAsciiDigit(Byte(pos + 1))) {
    size_t decimals = pos + 1;
    while (IsAsciiDigit(Byte(decimals))) ++decimals;
    if (decimals - pos <= 3) return begin + letters;
  }
  if (sep == ' ') ++pos;
  for (std::string_view scale : {"million", "billion", "trillion", "bn", "m"}) {
    if (text_.compare(pos, scale.size(), scale) == 0 && !IsAsciiAlpha(Byte(pos + scale.size()))) {
      return begin + letters;
    }
  }
  return 0;
}

// Capitals, a comma and one more capital ending the word: "RTS,S". Not
// the words "I" and "A" after a missing space ("US,I think").
bool Scanner::IsCapitalsWithCommaLetter(size_t begin, size_t comma) const {
  const unsigned char letter = Byte(comma + 1);
  if (comma - begin < 2 || !IsUpperAscii(letter) || letter == 'I' || letter == 'A' || IsWordClass(At(comma + 2).cls)) {
    return false;
  }
  for (size_t i = begin; i < comma; ++i) {
    if (!IsUpperAscii(data_[i])) return false;
  }
  return true;
}

size_t Scanner::ScanWord(size_t begin, TokenKind* kind) {
  *kind = TokenKind::kWord;
  if (const size_t letters_end = ScanCurrencyLetters(begin)) {
    *kind = TokenKind::kSymbol;  // as "$" is: no name's capital
    return letters_end;
  }
  // "n't" after "do", "ca", "wo" (Penn splits "don't" into "do" "n't").
  if ((data_[begin] | 0x20) == 'n' && At(begin + 1).cls == kCcSingleQuote) {
    const size_t t = begin + 1 + At(begin + 1).length;
    if ((Byte(t) | 0x20) == 't' && !IsWordClass(At(t + 1).cls)) return t + 1;
  }
  size_t pos = begin;
  bool email_probed = false;
  while (true) {
    pos = ScanWordRun(pos);
    // An e-mail address is only possible when the word stops at a character
    // of its local part; checking here keeps plain words free of the probe.
    // Its answer depends only on `begin`, so one probe per word is enough
    // ("a-b-c-…" would otherwise probe at every hyphen).
    const unsigned char stop = Byte(pos);
    if (!email_probed && IsAsciiAlnum(data_[begin]) &&
        (stop == '@' || stop == '.' || stop == '_' || stop == '+' || stop == '%' || stop == '-')) {
      email_probed = true;
      const size_t email_end = ScanEmail(begin);
      if (email_end) {
        *kind = TokenKind::kEmail;
        return email_end;
      }
    }
    const Char next = At(pos);
    if (next.cls == kCcHyphen) {
      if (!IsWordClass(At(pos + next.length).cls)) return pos;
      pos += next.length;  // Beijing-based, self-reliance, COVID-19
    } else if (next.cls == kCcSingleQuote && next.code != 0x2018) {
      const Char after = At(pos + next.length);
      if (!IsLetterClass(after.cls)) return pos;       // edge apostrophe: its own token
      if (ScanCliticAfterApostrophe(pos)) return pos;  // China's -> China 's
      if ((after.code | 0x20) == 't' && pos - begin >= 2 && (data_[pos - 1] | 0x20) == 'n' &&
          !IsWordClass(At(pos + next.length + 1).cls)) {
        return pos - 1;  // don't, can't, won't, isn't
      }
      pos += next.length;  // O'Brien, rock'n'roll
    } else if (next.code == '.') {
      return ScanAfterPeriod(begin, pos, kind);
    } else if (next.code == '&' && IsAsciiAlpha(data_[begin]) && data_[begin] <= 'Z' && pos - begin <= 3 &&
               Byte(pos + 1) >= 'A' && Byte(pos + 1) <= 'Z') {
      pos += 1;  // AT&T, S&P, R&D
    } else if (next.code == ',' && IsCapitalsWithCommaLetter(begin, pos)) {
      return pos + 2;  // RTS,S (a malaria vaccine), not "RTS" and "S"
    } else {
      return pos;
    }
  }
}

// A word ends at a period at `period`: keep the period for initials and
// known abbreviations, read on for a bare domain, else stop before it.
size_t Scanner::ScanAfterPeriod(size_t begin, size_t period, TokenKind* kind) const {
  const Char first = At(begin);
  const bool single_letter = first.length == period - begin && IsLetterClass(first.cls);
  if (single_letter) {
    // Initials and dotted abbreviations: U.S. U.K. J.K. e.g. a.m.
    size_t pos = period + 1;
    bool chain = false;
    while (true) {
      const Char letter = At(pos);
      if (!IsLetterClass(letter.cls) || Byte(pos + letter.length) != '.') break;
      pos += letter.length + 1;
      chain = true;
    }
    if (chain) return pos;
    if (first.cls == kCcUpper) {
      const size_t end = ScanWordRun(period + 1);
      if (IsJoinedInitialName(text_.substr(begin, end - begin))) return end;
    }
    // A capital initial before a capitalised word: "George W. Bush".
    if (first.cls == kCcUpper && Byte(period + 1) == ' ' && At(period + 2).cls == kCcUpper) {
      return period + 1;
    }
    return period;
  }
  const std::string_view word = text_.substr(begin, period - begin);
  if (const size_t end = ScanWordRun(period + 1); IsJoinedInitialName(text_.substr(begin, end - begin))) return end;
  const AbbreviationKind abbreviation = LookupAbbreviation(word);
  if (abbreviation != AbbreviationKind::kNone) {
    // "No." is the numero sign, "Rs." the rupee's, only before a number:
    // "No. 10", "Rs. 312 billion", and the rupee's glued to it: "Rs.58,000".
    if ((word == "No" || word == "Nos" || word == "Rs") &&
        !(Byte(period + 1) == ' ' && IsAsciiDigit(Byte(period + 2))) &&
        !(word == "Rs" && IsAsciiDigit(Byte(period + 1)))) {
      return period;
    }
    // "Ma." is Maria's abbreviation where it opens a name ("said Ma.
    // Lourdes dela Cruz"); after a capitalised word it is the family name
    // Ma ending a sentence ("said Jack Ma. Alibaba shares fell").
    if (word == "Ma" && AfterCapitalisedWord(begin)) return period;
    return period + 1;
  }
  const size_t domain_end = ScanDomainTail(period);
  if (domain_end) {
    *kind = TokenKind::kUrl;
    return domain_end;
  }
  return period;
}

// Whether a capitalised word and one space come right before `begin`.
bool Scanner::AfterCapitalisedWord(size_t begin) const {
  if (begin < 2 || Byte(begin - 1) != ' ') return false;
  size_t word = begin - 1;
  while (word > 0 && IsAsciiAlpha(Byte(word - 1))) --word;
  return word < begin - 1 && Byte(word) >= 'A' && Byte(word) <= 'Z';
}

// ".com", ".co.uk/path" after a word: lower-case labels ending with a common
// top-level domain. Returns the end of the URL, or 0.
size_t Scanner::ScanDomainTail(size_t period) const {
  // A domain name is at most 253 bytes; stopping there keeps a long run of
  // "ab.ab.ab…" from being rescanned to its end at every word.
  const size_t limit = period + 253;
  size_t pos = period;
  size_t end = 0;
  while (Byte(pos) == '.' && pos < limit) {
    const size_t label_begin = pos + 1;
    size_t label_end = label_begin;
    while ((Byte(label_end) >= 'a' && Byte(label_end) <= 'z') || IsAsciiDigit(Byte(label_end)) ||
           Byte(label_end) == '-') {
      ++label_end;
    }
    if (label_end == label_begin || IsWordClass(At(label_end).cls)) break;
    if (IsUrlTopLevelDomain(text_.substr(label_begin, label_end - label_begin))) end = label_end;
    pos = label_end;
  }
  if (end == 0) return 0;
  if (Byte(end) == '/') return ScanUrl(end);
  return end;
}

// From a URL's first byte to the first space, quote or non-ASCII character;
// trailing sentence punctuation and an unbalanced ")" are not part of it.
size_t Scanner::ScanUrl(size_t pos) const {
  const size_t begin = pos;
  int open_parens = 0;
  while (pos < size_) {
    const unsigned char byte = data_[pos];
    if (byte >= 0x80 || byte <= ' ' || byte == '"' || byte == '<' || byte == '>' || byte == '`') break;
    if (byte == '(') ++open_parens;
    if (byte == ')') --open_parens;
    ++pos;
  }
  while (pos > begin) {
    const unsigned char last = data_[pos - 1];
    if (last == ')' && open_parens < 0) {
      ++open_parens;
    } else if (!std::strchr(".,;:!?'", last) || last == 0) {
      break;
    }
    --pos;
  }
  return pos;
}

// name@example.com. Returns the end of the address, or 0. The scans stop at
// the lengths RFC 5321 allows (64-byte local part, 255-byte domain), so a
// long run of "ab.ab.ab…" costs a bounded probe, not one to its end.
size_t Scanner::ScanEmail(size_t pos) const {
  constexpr size_t kMaxLocalPart = 64, kMaxDomain = 255;
  const size_t local_limit = std::min(size_, pos + kMaxLocalPart + 1);
  size_t at = pos;
  while (at < local_limit && (IsAsciiAlnum(data_[at]) || std::strchr("._%+-", data_[at])) && data_[at]) ++at;
  if (Byte(at) != '@' || at == pos) return 0;
  const size_t domain_limit = std::min(size_, at + 1 + kMaxDomain);
  size_t end = at + 1;
  while (end < domain_limit && (IsAsciiAlnum(data_[end]) || data_[end] == '-' || data_[end] == '.')) ++end;
  while (end > at + 1 && (data_[end - 1] == '.' || data_[end - 1] == '-')) --end;
  // The domain needs a dot with a label on each side: "me@ex.com".
  const size_t dot = text_.substr(at + 1, end - at - 1).rfind('.');
  if (dot == std::string_view::npos || dot == 0) return 0;
  return end;
}

size_t Scanner::ScanNumber(size_t pos, TokenKind* kind) {
  *kind = TokenKind::kNumber;
  const size_t begin = pos;
  while (IsAsciiDigit(Byte(pos))) ++pos;
  while (true) {
    const unsigned char sep = Byte(pos);
    if (sep == ',' && IsAsciiDigit(Byte(pos + 1)) && IsAsciiDigit(Byte(pos + 2)) && IsAsciiDigit(Byte(pos + 3)) &&
        !IsAsciiDigit(Byte(pos + 4))) {
      pos += 4;  // 2,000 (but "1,2" and "1,23456" are lists, not thousands)
    } else if ((sep == '.' || sep == '/' || sep == ':' || sep == '-') && IsAsciiDigit(Byte(pos + 1))) {
      pos += 1;  // 1.5  9/11  10:30  1996-08-30  6-3 (as CoNLL and Penn keep them)
      while (IsAsciiDigit(Byte(pos))) ++pos;
    } else {
      break;
    }
  }
  const Char next = At(pos);
  if (next.cls == kCcMark) {  // keycap emoji: 1️⃣
    *kind = TokenKind::kSymbol;
    return ScanCluster(begin);
  }
  if (next.cls == kCcLower || next.cls == kCcUpper) {
    size_t suffix_end = pos;
    while (IsAsciiAlpha(Byte(suffix_end))) ++suffix_end;
    const std::string_view suffix = text_.substr(pos, suffix_end - pos);
    if (!IsWordClass(At(suffix_end).cls) && At(suffix_end).cls != kCcHyphen &&
        (EqualsLower(suffix, "st") || EqualsLower(suffix, "nd") || EqualsLower(suffix, "rd") ||
         EqualsLower(suffix, "th") || suffix == "s")) {
      return suffix_end;  // 2nd, 1990s
    }
    if (suffix_end != pos && At(suffix_end).cls == kCcHyphen) {
      // "1990s-era", "3rd-party": a compound word.
      *kind = TokenKind::kWord;
      return ScanWord(pos, kind);
    }
    return pos;  // 1.5bn -> 1.5 bn; 10am -> 10 am
  }
  if (next.cls == kCcHyphen) {
    const Char after = At(pos + next.length);
    if (IsLetterClass(after.cls)) {  // 10-year-old
      *kind = TokenKind::kWord;
      size_t end = ScanWord(pos + next.length, kind);
      *kind = TokenKind::kWord;
      return end;
    }
  }
  return pos;
}

// ' ‘ ’ ‛ at `pos`: an apostrophe that belongs to a word, or a quote mark.
size_t Scanner::ScanSingleQuote(size_t pos, TokenKind* kind) {
  const Char mark = At(pos);
  const size_t after = pos + mark.length;
  const CharClass before = ClassBefore(pos);
  const bool attached_left = IsWordClass(before);
  if (attached_left && mark.code != 0x2018) {
    // The word scanner stopped here: a clitic, a plural possessive or a
    // closing quote.
    const size_t clitic_end = ScanCliticAfterApostrophe(pos);
    if (clitic_end) {
      *kind = TokenKind::kWord;
      return clitic_end;
    }
    const unsigned char last = Byte(pos - 1);
    if ((last | 0x20) == 's' && !single_quote_open_ && !IsLetterClass(At(after).cls)) {
      *kind = TokenKind::kWord;  // students' union
      return after;
    }
    *kind = TokenKind::kQuote;
    single_quote_open_ = false;
    return after;
  }
  // "Germany 's", "we 're": a clitic that pre-tokenized text (CoNLL, Penn)
  // set apart from its word is still a clitic, not a quotation mark.
  if (mark.code != 0x2018 && pos >= 2 && Byte(pos - 1) == ' ' && IsWordClass(ClassBefore(pos - 1))) {
    const size_t clitic_end = ScanCliticAfterApostrophe(pos);
    if (clitic_end && At(clitic_end).cls != kCcSingleQuote) {
      *kind = TokenKind::kWord;
      return clitic_end;
    }
  }
  // Not attached on the left: an elision or an opening quote.
  if (IsAsciiDigit(Byte(after)) && IsAsciiDigit(Byte(after + 1)) && !IsAsciiDigit(Byte(after + 2))) {
    size_t end = after + 2;
    if (Byte(end) == 's') ++end;  // the ’90s
    if (!IsWordClass(At(end).cls)) {
      *kind = TokenKind::kNumber;
      return end;
    }
  }
  if (IsAsciiAlpha(Byte(after))) {
    size_t end = after;
    while (IsAsciiAlpha(Byte(end))) ++end;
    const std::string_view word = text_.substr(after, end - after);
    if (!IsWordClass(At(end).cls)) {
      for (std::string_view elision : {"em", "n", "tis", "twas", "til", "cause", "bout"}) {
        if (!EqualsLower(word, elision)) continue;
        *kind = TokenKind::kWord;
        const Char closing = At(end);
        if (word.size() == 1 && closing.cls == kCcSingleQuote) end += closing.length;  // ’n’
        return end;
      }
    }
  }
  *kind = TokenKind::kQuote;
  if (IsWordClass(At(after).cls)) single_quote_open_ = true;
  return after;
}

// One code point and whatever extends it: combining marks, variation
// selectors, skin tones, emoji tags, and ZWJ + the next pictograph.
size_t Scanner::ScanCluster(size_t pos) const { return ScanExtenders(pos + std::max<uint8_t>(At(pos).length, 1)); }

size_t Scanner::ScanExtenders(size_t pos) const {
  while (pos < size_) {
    const Char c = At(pos);
    if (IsExtender(c.cls)) {
      pos += c.length;
    } else if (c.cls == kCcZwj) {
      pos += c.length;
      const Char joined = At(pos);
      if (joined.cls == kCcSymbol || joined.cls == kCcRegional) pos += joined.length;
    } else {
      break;
    }
  }
  return pos;
}

struct Abbreviation {
  std::string_view word;
  AbbreviationKind kind;
};

// Sorted by word (byte order) for binary search.
constexpr Abbreviation kAbbreviations[] = {
    {"Adm", AbbreviationKind::kTitle},   {"Apr", AbbreviationKind::kMonth},    {"Ariz", AbbreviationKind::kRegion},
    {"Asst", AbbreviationKind::kTitle},  {"Atty", AbbreviationKind::kTitle},   {"Aug", AbbreviationKind::kMonth},
    {"Ave", AbbreviationKind::kOther},   {"Blvd", AbbreviationKind::kOther},   {"Brig", AbbreviationKind::kTitle},
    {"Bros", AbbreviationKind::kOther},  {"Calif", AbbreviationKind::kRegion}, {"Capt", AbbreviationKind::kTitle},
    {"Cllr", AbbreviationKind::kTitle},  {"Cmdr", AbbreviationKind::kTitle},   {"Co", AbbreviationKind::kOther},
    {"Col", AbbreviationKind::kTitle},   {"Colo", AbbreviationKind::kRegion},  {"Conn", AbbreviationKind::kRegion},
    {"Const", AbbreviationKind::kTitle}, {"Corp", AbbreviationKind::kOther},   {"Cos", AbbreviationKind::kOther},
    {"Coun", AbbreviationKind::kTitle},  {"Cpl", AbbreviationKind::kTitle},    {"Dec", AbbreviationKind::kMonth},
    {"Del", AbbreviationKind::kRegion},  {"Dept", AbbreviationKind::kOther},   {"Det", AbbreviationKind::kTitle},
    {"Dr", AbbreviationKind::kTitle},    {"Engr", AbbreviationKind::kTitle},   {"Feb", AbbreviationKind::kMonth},
    {"Fla", AbbreviationKind::kRegion},  {"Fr", AbbreviationKind::kTitle},     {"Ft", AbbreviationKind::kOther},
    {"Ga", AbbreviationKind::kRegion},   {"Gen", AbbreviationKind::kTitle},    {"Gov", AbbreviationKind::kTitle},
    {"Hon", AbbreviationKind::kTitle},   {"Ill", AbbreviationKind::kRegion},   {"Inc", AbbreviationKind::kOther},
    {"Ind", AbbreviationKind::kRegion},  {"Insp", AbbreviationKind::kTitle},   {"Jan", AbbreviationKind::kMonth},
    {"Jr", AbbreviationKind::kOther},    {"Jul", AbbreviationKind::kMonth},    {"Jun", AbbreviationKind::kMonth},
    {"Kan", AbbreviationKind::kRegion},  {"Ky", AbbreviationKind::kRegion},    {"La", AbbreviationKind::kRegion},
    {"Lt", AbbreviationKind::kTitle},    {"Ltd", AbbreviationKind::kOther},    {"Ma", AbbreviationKind::kOther},
    {"Maj", AbbreviationKind::kTitle},   {"Mar", AbbreviationKind::kMonth},    {"Mass", AbbreviationKind::kRegion},
    {"Md", AbbreviationKind::kRegion},   {"Messrs", AbbreviationKind::kTitle}, {"Mich", AbbreviationKind::kRegion},
    {"Minn", AbbreviationKind::kRegion}, {"Miss", AbbreviationKind::kRegion},  {"Mlle", AbbreviationKind::kTitle},
    {"Mme", AbbreviationKind::kTitle},   {"Mo", AbbreviationKind::kRegion},    {"Mont", AbbreviationKind::kRegion},
    {"Mr", AbbreviationKind::kTitle},    {"Mrs", AbbreviationKind::kTitle},    {"Ms", AbbreviationKind::kTitle},
    {"Mt", AbbreviationKind::kOther},    {"Neb", AbbreviationKind::kRegion},   {"Nev", AbbreviationKind::kRegion},
    {"No", AbbreviationKind::kOther},    {"Nos", AbbreviationKind::kOther},    {"Nov", AbbreviationKind::kMonth},
    {"Oct", AbbreviationKind::kMonth},   {"Okla", AbbreviationKind::kRegion},  {"Ore", AbbreviationKind::kRegion},
    {"Pa", AbbreviationKind::kRegion},   {"Pres", AbbreviationKind::kTitle},   {"Prof", AbbreviationKind::kTitle},
    {"Rep", AbbreviationKind::kTitle},   {"Rev", AbbreviationKind::kTitle},    {"Rs", AbbreviationKind::kOther},
    {"Sen", AbbreviationKind::kTitle},   {"Sep", AbbreviationKind::kMonth},    {"Sept", AbbreviationKind::kMonth},
    {"Sgt", AbbreviationKind::kTitle},   {"Smt", AbbreviationKind::kTitle},    {"Sr", AbbreviationKind::kOther},
    {"St", AbbreviationKind::kOther},    {"Supt", AbbreviationKind::kTitle},   {"Tenn", AbbreviationKind::kRegion},
    {"Tex", AbbreviationKind::kRegion},  {"Univ", AbbreviationKind::kOther},   {"Va", AbbreviationKind::kRegion},
    {"Vt", AbbreviationKind::kRegion},   {"Wash", AbbreviationKind::kRegion},  {"Wis", AbbreviationKind::kRegion},
    {"Wyo", AbbreviationKind::kRegion},  {"approx", AbbreviationKind::kOther}, {"est", AbbreviationKind::kOther},
    {"etc", AbbreviationKind::kOther},   {"vs", AbbreviationKind::kOther},
};

constexpr bool AbbreviationsAreSorted() {
  for (size_t i = 1; i < std::size(kAbbreviations); ++i) {
    if (!(kAbbreviations[i - 1].word < kAbbreviations[i].word)) return false;
  }
  return true;
}
static_assert(AbbreviationsAreSorted(), "kAbbreviations must stay sorted for binary search");

}  // namespace

AbbreviationKind LookupAbbreviation(std::string_view word) {
  const auto end = std::end(kAbbreviations);
  const auto it = std::lower_bound(std::begin(kAbbreviations), end, word,
                                   [](const Abbreviation& a, std::string_view w) { return a.word < w; });
  return (it != end && it->word == word) ? it->kind : AbbreviationKind::kNone;
}

namespace {

// What a character class tells WordShapeFlags.
enum ShapeBits : uint8_t { kShapeDigit = 1, kShapeLetter = 2, kShapeUpper = 4, kShapeLower = 8, kShapeNonLatin = 16 };

constexpr uint8_t ShapeBitsOf(CharClass cls) {
  if (cls == kCcDigit) return kShapeDigit;
  if (!IsLetterClass(cls) && cls != kCcIdeograph) return 0;
  return kShapeLetter | (cls == kCcUpper ? kShapeUpper : 0) | (cls == kCcLower ? kShapeLower : 0);
}

// Whether the letter `c` (not ASCII) is of another script than Latin: Latin
// is Latin-1 and Latin Extended (with IPA and the Vietnamese letters of
// Latin Extended Additional), and the fullwidth Latin letters. Letter-like
// symbols (U+2100..) count as Latin.
constexpr bool IsNonLatinLetter(char32_t c) {
  if (c < 0x370) return false;
  if (c >= 0x1D00 && c <= 0x1EFF) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if ((c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xAB30 && c <= 0xAB6F)) return false;
  if ((c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFF21 && c <= 0xFF5A)) return false;
  return true;
}

constexpr std::array<uint8_t, 128> MakeAsciiShapeBits() {
  std::array<uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = ShapeBitsOf(kAsciiClasses[c]);
  return table;
}
// Every token's bytes go through here: a table saves classifying each.
constexpr std::array<uint8_t, 128> kAsciiShapeBits = MakeAsciiShapeBits();

}  // namespace

uint16_t WordShapeFlags(std::string_view token_text) {
  uint8_t seen = 0;
  bool capitalized = false;
  size_t pos = 0;
  while (pos < token_text.size()) {
    const unsigned char byte = static_cast<unsigned char>(token_text[pos]);
    uint8_t bits;
    if (byte < 0x80) {
      bits = kAsciiShapeBits[byte];
      ++pos;
    } else {
      const char32_t c = DecodeUtf8(token_text, &pos);
      bits = ShapeBitsOf(ClassifyNonAscii(c));
      if ((bits & kShapeLetter) && IsNonLatinLetter(c)) bits |= kShapeNonLatin;
    }
    if (!(seen & kShapeLetter) && (bits & kShapeLetter)) capitalized = bits & kShapeUpper;
    seen |= bits;
  }
  uint16_t flags = 0;
  if (seen & kShapeDigit) flags |= kHasDigit;
  if (seen & kShapeLetter) flags |= kHasLetter;
  if (capitalized) flags |= kCapitalized;
  if ((seen & kShapeUpper) && !(seen & kShapeLower)) flags |= kAllCaps;
  if (seen & kShapeNonLatin) flags |= kNonLatinLetter;
  return flags;
}

void Tokenize(std::string_view text, std::vector<Token>* tokens) {
  tokens->clear();
  tokens->reserve(text.size() / 5 + 16);  // news runs about 5.3 bytes per token
  Scanner(text, tokens).Run();
}

}  // namespace annotator
