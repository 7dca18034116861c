#include "page/page_lines.h"

#include <algorithm>
#include <initializer_list>

#include "segmenter.h"
#include "utf8.h"

namespace annotator {
namespace {

std::string_view TokenText(const Document& doc, const Token& token) {
  return doc.text.substr(token.begin, token.end - token.begin);
}

bool IsOneOf(std::string_view text, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), text) != options.end();
}

// Ideographs, kana and Hangul carry about two letters' worth each.
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

uint32_t Width(std::string_view text) {
  uint32_t width = 0;
  size_t pos = 0;
  while (pos < text.size()) width += IsWide(DecodeUtf8(text, &pos)) ? 2 : 1;
  return width;
}

bool IsStop(std::string_view text) {
  return IsOneOf(text, {".", "!", "?", "…", "...", "。", "！", "？", "‼", "?!", "!?"}) ||
         (text.size() >= 2 && text[0] == '.' && text[1] == '.');
}

bool IsClosing(const Document& doc, const Token& token) {
  return token.kind == TokenKind::kQuote ||
         (token.kind == TokenKind::kPunct && IsOneOf(TokenText(doc, token), {")", "]", "」", "』", "）"}));
}

bool IsBullet(std::string_view text) {
  return IsOneOf(text, {"•", "●", "▪", "■", "◦", "‣", "▸", "►", "◆", "○", "□", "✓", "✔", "➢", "→", "*", "·", "-"});
}

// Marks that separate the entries of a link list or a breadcrumb on one line.
bool IsSeparator(std::string_view text) {
  return IsOneOf(text, {"|", "·", "•", "»", "›", "/", "//", "::", "|", "◆", "▪", "▸", ">", "→"});
}

bool IsDateWord(std::string_view word) {
  if (IsOneOf(word, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                     "Friday", "Saturday", "Sunday", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
                     "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "ago", "am", "pm",
                     "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M.", "ET", "EST", "EDT", "GMT", "UTC", "BST", "PST",
                     "PDT", "CET", "IST", "Updated", "Published", "UPDATED", "PUBLISHED"})) {
    return true;
  }
  return word.size() >= 3 && word.back() == '.' &&
         LookupAbbreviation(word.substr(0, word.size() - 1)) == AbbreviationKind::kMonth;
}

// A year (1900-2099) or a clock time (10:30).
bool IsDateNumber(std::string_view number) {
  if (number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20")) return true;
  return number.find(':') != number.npos;
}

bool StartsLowerCase(const Document& doc, const Token& token) {
  if (token.kind != TokenKind::kWord || !token.Has(kHasLetter) || token.Has(kCapitalized)) return false;
  const unsigned char first = static_cast<unsigned char>(doc.text[token.begin]);
  return first >= 0x80 || (first >= 'a' && first <= 'z');
}

bool IsRoleWord(std::string_view word) {
  return IsOneOf(word, {"reporter", "correspondent", "writer", "editor", "journalist", "columnist", "author",
                        "contributor", "producer", "photographer", "critic", "analyst", "freelance", "freelancer",
                        "blogger", "novelist", "professor", "researcher", "host", "anchor"});
}

// "Jane Doe is a correspondent …", "John Roe writes about …": up to four
// capitalised words, a verb of what they are or do, and a trade.
bool LooksLikeBio(const Document& doc, const PageLine& line) {
  const std::vector<Token>& tokens = doc.tokens;
  uint32_t t = line.first_token;
  int name_words = 0;
  while (t < line.end_token && name_words < 4 && tokens[t].kind == TokenKind::kWord && tokens[t].Has(kCapitalized)) {
    ++t;
    ++name_words;
  }
  if (name_words == 0 || t >= line.end_token) return false;
  if (!IsOneOf(TokenText(doc, tokens[t]), {"is", "was", "writes", "covers", "reports", "has", "joined"})) return false;
  for (; t < line.end_token; ++t) {
    if (tokens[t].kind == TokenKind::kWord && IsRoleWord(TokenText(doc, tokens[t]))) return true;
  }
  return false;
}

// Counts the line's tokens into `line` and sets the flags about its start and end.
void DescribeTokens(const Document& doc, PageLine* line) {
  const std::vector<Token>& tokens = doc.tokens;
  bool has_caps_word = false, all_caps = true;
  uint32_t skeleton = 2166136261u;  // FNV-1a over the marks, in order
  int marks = 0;
  size_t last_significant = line->end_token - 1;
  while (last_significant > line->first_token && IsClosing(doc, tokens[last_significant])) --last_significant;
  for (uint32_t t = line->first_token; t < line->end_token; ++t) {
    const Token& token = tokens[t];
    const std::string_view text = TokenText(doc, token);
    if (t < last_significant && (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol)) {
      for (char c : text) skeleton = (skeleton ^ static_cast<unsigned char>(c)) * 16777619u;
      skeleton = (skeleton ^ ' ') * 16777619u;
      ++marks;
    }
    // Table cells: innerText puts a tab between them.
    if (t > line->first_token && token.Has(kSpaceBefore)) {
      for (uint32_t k = doc.tokens[t - 1].end; k < token.begin; ++k) {
        if (doc.text[k] != '\t') continue;
        skeleton = (skeleton ^ '\t') * 16777619u;
        ++marks;
      }
    }
    switch (token.kind) {
      case TokenKind::kWord:
        if (!token.Has(kHasLetter)) break;
        ++line->words;
        line->capitalized += token.Has(kCapitalized);
        line->short_lower += text.size() <= 3 && StartsLowerCase(doc, token);
        has_caps_word = has_caps_word || text.size() >= 4 || line->words >= 2;
        all_caps = all_caps && token.Has(kAllCaps);
        line->has_date = line->has_date || IsDateWord(text);
        break;
      case TokenKind::kOther:
        ++line->words;
        break;
      case TokenKind::kNumber:
        ++line->numbers;
        line->has_date = line->has_date || IsDateNumber(text);
        break;
      case TokenKind::kUrl:
      case TokenKind::kEmail:
        ++line->links;
        break;
      case TokenKind::kSymbol:
        if (text == "@" && t + 1 < line->end_token && !tokens[t + 1].Has(kSpaceBefore)) ++line->links;
        line->separators += t > line->first_token && IsSeparator(text);
        break;
      case TokenKind::kPunct:
        line->commas += text == ",";
        line->inner_stops += t < last_significant && IsStop(text) && t + 1 < line->end_token &&
                             tokens[t + 1].Has(kSpaceBefore);
        line->separators += t > line->first_token && t + 1 < line->end_token && IsSeparator(text);
        break;
      case TokenKind::kQuote:
        break;
    }
  }
  line->all_caps = has_caps_word && all_caps;
  line->skeleton = marks > 0 ? skeleton | 1 : 0;
  const Token& first = tokens[line->first_token];
  const Token& last = tokens[last_significant];
  const std::string_view last_text = TokenText(doc, last);
  line->ends_stop = (last.kind == TokenKind::kPunct && IsStop(last_text)) ||
                    (last.kind == TokenKind::kWord && last_text.size() >= 2 && last_text.back() == '.');
  line->ends_colon = last_text == ":";
  line->ends_open = IsOneOf(TokenText(doc, tokens[line->end_token - 1]), {",", ";", "-", "–", "—", "("});
  line->starts_lower = StartsLowerCase(doc, first);
  line->starts_digit = first.kind == TokenKind::kNumber;
  line->starts_bullet = IsBullet(TokenText(doc, first)) && line->end_token - line->first_token > 1;
  line->numbered = first.kind == TokenKind::kNumber && first.end - first.begin <= 3 &&
                   line->first_token + 2 < line->end_token &&
                   IsOneOf(TokenText(doc, tokens[line->first_token + 1]), {".", ")"});
  line->starts_quote = first.kind == TokenKind::kQuote;
  line->signature = IsOneOf(TokenText(doc, first), {"—", "–", "-", "―"}) && line->first_token + 1 < line->end_token &&
                    tokens[line->first_token + 1].Has(kCapitalized);
  line->parenthetical = TokenText(doc, first) == "(" && TokenText(doc, tokens[line->end_token - 1]) == ")";
  line->rule = line->words == 0 && line->numbers == 0;
  line->bio = LooksLikeBio(doc, *line);
  // "By Jane Doe", "BY JANE DOE AND JOHN ROE": a short line, "by" and a name.
  const std::string_view first_text = TokenText(doc, first);
  line->byline = IsOneOf(first_text, {"By", "by", "BY"}) && line->first_token + 1 < line->end_token &&
                 tokens[line->first_token + 1].Has(kCapitalized) && line->words <= 12 &&
                 !(line->ends_stop && line->words > 6);
}

uint64_t Fingerprint(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash | 1;  // never 0, the empty slot
}

// How many lines share each line's text: an open-addressing table of
// fingerprints, twice the number of lines, so counting stays linear.
void CountRepeats(const Document& doc, std::vector<PageLine>* lines) {
  size_t capacity = 16;
  while (capacity < lines->size() * 2) capacity *= 2;
  std::vector<uint64_t> keys(capacity, 0);
  std::vector<uint16_t> counts(capacity, 0);
  std::vector<uint32_t> slot_of(lines->size());
  for (size_t i = 0; i < lines->size(); ++i) {
    const uint64_t key = Fingerprint(doc.Text((*lines)[i].span));
    size_t slot = key & (capacity - 1);
    while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (capacity - 1);
    keys[slot] = key;
    if (counts[slot] < 0xFFFF) ++counts[slot];
    slot_of[i] = static_cast<uint32_t>(slot);
  }
  for (size_t i = 0; i < lines->size(); ++i) (*lines)[i].repeats = counts[slot_of[i]];
}

// Whether the text's paragraphs are hard-wrapped prose: the segmenter says
// so, and the lines it joined are long, as a wrap column makes them (a web
// page's joined lines are menu entries and labels).
bool KeepParagraphs(const Document& doc) {
  if (!IsHardWrapped(doc)) return false;
  size_t joined = 0, long_joined = 0;
  for (size_t t = 1; t < doc.tokens.size(); ++t) {
    const Token& token = doc.tokens[t];
    if (!token.Has(kNewlineBefore) || token.Has(kParagraphStart)) continue;
    // The line that ends before `token` is a joined one: measure it.
    size_t start = t - 1;
    while (start > 0 && !doc.tokens[start].Has(kNewlineBefore)) --start;
    ++joined;
    long_joined += Width(doc.text.substr(doc.tokens[start].begin, doc.tokens[t - 1].end - doc.tokens[start].begin)) >= 45;
  }
  return long_joined * 10 >= joined * 7;
}

}  // namespace

void FindPageLines(const Document& doc, std::vector<PageLine>* lines) {
  lines->clear();
  lines->reserve(doc.paragraphs.size());
  // A web page's lines are its blocks even where the segmenter joins two
  // into one paragraph ("A headline" + "by Jane Doe"); hard-wrapped prose
  // keeps its paragraphs.
  const bool split_lines = !KeepParagraphs(doc);
  const uint32_t num_tokens = static_cast<uint32_t>(doc.tokens.size());
  auto add = [&](uint32_t first, uint32_t end) {
    PageLine line;
    line.first_token = first;
    line.end_token = end;
    line.span = {doc.tokens[first].begin, doc.tokens[end - 1].end};
    line.width = Width(doc.Text(line.span));
    line.blank_before = doc.tokens[first].Has(kParagraphStart);
    DescribeTokens(doc, &line);
    line.phrase = MatchPhrase(doc.Text(line.span));
    lines->push_back(line);
  };
  uint32_t t = 0;
  for (const Span& paragraph : doc.paragraphs) {
    while (t < num_tokens && doc.tokens[t].begin < paragraph.begin) ++t;
    uint32_t start = t;
    while (t < num_tokens && doc.tokens[t].begin < paragraph.end) {
      if (split_lines && t > start && doc.tokens[t].Has(kNewlineBefore)) {
        add(start, t);
        start = t;
      }
      ++t;
    }
    if (t > start) add(start, t);
  }
  CountRepeats(doc, lines);
}

}  // namespace annotator
