#include "page/page_lines.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "ascii_case.h"
#include "segmenter.h"
#include "utf8.h"

namespace annotator {
namespace {

// How many tokens of a line are read for its counts (PageLine), and after a
// name for the trade that makes it an author's biography.
constexpr uint32_t kDescribedTokens = 32;
constexpr uint32_t kBioTokens = 24;
constexpr uint32_t kDatedTokens = 24;  // longer lines are not checked for dates

// Characters, counted from the bytes that start one, ideographs, kana and
// Hangul twice (they carry about two letters' worth each), in one branch-free pass over the bytes (the compiler
// vectorises it): a wide character's lead byte is E3-ED (U+3000-U+DFFF), or
// E1 84-87 (Hangul jamo), E2 BA-BF (CJK radicals), EF A4-AB (compatibility
// ideographs), F0 A0-BF (the supplementary ideographs).
uint32_t Width(std::string_view text) {
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  if (n == 0) return 0;
  uint32_t width = (bytes[n - 1] & 0xC0) != 0x80;  // the last byte starts no wide character
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint8_t b = bytes[i], next = bytes[i + 1];
    const bool wide = (uint8_t(b - 0xE3) <= 0xED - 0xE3) | ((b == 0xE1) & (uint8_t(next - 0x84) <= 3)) |
                      ((b == 0xE2) & (next >= 0xBA)) | ((b == 0xEF) & (uint8_t(next - 0xA4) <= 7)) |
                      ((b == 0xF0) & (next >= 0xA0));
    width += ((b & 0xC0) != 0x80) + wide;
  }
  return width;
}

bool IsStop(std::string_view text) {
  if (text.size() == 1) return text[0] == '.' || text[0] == '!' || text[0] == '?';
  return IsOneOf(text, {"…", "...", "。", "！", "？", "‼", "?!", "!?"}) || (text[0] == '.' && text[1] == '.');
}

bool IsClosing(const Document& doc, const Token& token) {
  if (token.kind == TokenKind::kQuote) return true;
  if (token.kind != TokenKind::kPunct) return false;
  const std::string_view text = TokenText(doc, token);
  return text == ")" || text == "]" || IsOneOf(text, {"」", "』", "）"});
}

bool IsBullet(std::string_view text) {
  return IsOneOf(text, {"•", "●", "▪", "■", "◦", "‣", "▸", "►", "◆", "○", "□", "✓", "✔", "➢", "→", "*", "·", "-"});
}

// Marks that separate the entries of a link list or a breadcrumb on one line.
bool IsSeparator(std::string_view text) {
  if (text.size() == 1) return text[0] == '|' || text[0] == '/' || text[0] == '>';
  return IsOneOf(text, {"·", "•", "»", "›", "//", "::", "◆", "▪", "▸", "→"});
}

// Words of dates and times: months, weekdays, time zones, "am", "ago",
// "Updated". Looked up by first letter (a string_view compares its size
// first), as this runs for every word of the page.
bool IsDateWord(std::string_view word) {
  if (word.size() < 2 || word.size() > 9) return false;
  switch (word[0]) {
    case 'a':
      return IsOneOf(word, {"am", "ago", "a.m."});
    case 'p':
      return IsOneOf(word, {"pm", "p.m."});
    case 'A':
      return IsOneOf(word, {"April", "August", "AM", "A.M.", "APRIL", "AUGUST"});
    case 'B':
      return word == "BST";
    case 'C':
      return word == "CET";
    case 'D':
      return IsOneOf(word, {"December", "DECEMBER"});
    case 'E':
      return IsOneOf(word, {"ET", "EST", "EDT"});
    case 'F':
      return IsOneOf(word, {"February", "Friday", "FEBRUARY"});
    case 'G':
      return word == "GMT";
    case 'I':
      return word == "IST";
    case 'J':
      return IsOneOf(word, {"January", "June", "July", "JANUARY", "JUNE", "JULY"});
    case 'M':
      return IsOneOf(word, {"March", "May", "Monday", "MARCH", "MAY"});
    case 'N':
      return IsOneOf(word, {"November", "NOVEMBER"});
    case 'O':
      return IsOneOf(word, {"October", "OCTOBER"});
    case 'P':
      return IsOneOf(word, {"PM", "P.M.", "PST", "PDT", "Published", "PUBLISHED"});
    case 'S':
      return IsOneOf(word, {"September", "Saturday", "Sunday", "SEPTEMBER"});
    case 'T':
      return IsOneOf(word, {"Tuesday", "Thursday"});
    case 'U':
      return IsOneOf(word, {"UTC", "Updated", "UPDATED"});
    case 'W':
      return word == "Wednesday";
    default:
      break;
  }
  return false;
}

// An abbreviated month with its period ("Nov.").
bool IsMonthAbbreviation(std::string_view word) {
  return word.size() >= 3 && word.size() <= 5 && word.back() == '.' && IsUpperAscii(word[0]) &&
         LookupAbbreviation(word.substr(0, word.size() - 1)) == AbbreviationKind::kMonth;
}

// A year (1900-2099) or a clock time (10:30).
bool IsDateNumber(std::string_view number) {
  if (number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20")) return true;
  return number.find(':') != number.npos;
}

bool IsRoleWord(std::string_view word) {
  if (word.size() < 4 || word.size() > 13 || word[0] < 'a' || word[0] > 'w') return false;
  return IsOneOf(word,
                 {"reporter",    "correspondent", "writer",       "editor",     "journalist", "columnist", "author",
                  "contributor", "producer",      "photographer", "critic",     "analyst",    "freelance", "freelancer",
                  "blogger",     "novelist",      "professor",    "researcher", "host",       "anchor"});
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
  for (const uint32_t end = std::min<uint32_t>(line.end_token, t + kBioTokens); t < end; ++t) {
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
  // A long paragraph is told by its length: its shares of capitals, function
  // words and numbers are read from its first kDescribedTokens tokens, so
  // that describing a page costs little next to reading its prose.
  const uint32_t described = std::min<uint32_t>(line->end_token, line->first_token + kDescribedTokens);
  // Dates matter on short lines ("Updated 9:41 AM ET, Nov. 19"), not in prose.
  const bool dated = line->end_token - line->first_token <= kDatedTokens;
  for (uint32_t t = line->first_token; t < described; ++t) {
    const Token& token = tokens[t];
    const std::string_view text = TokenText(doc, token);
    if (t < last_significant && (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol)) {
      for (char c : text) skeleton = (skeleton ^ static_cast<unsigned char>(c)) * 16777619u;
      skeleton = (skeleton ^ ' ') * 16777619u;
      ++marks;
    }
    // Table cells: innerText puts a tab between them.
    const uint32_t gap_begin = t > line->first_token ? tokens[t - 1].end : token.begin;
    if (token.begin > gap_begin && !(token.begin == gap_begin + 1 && doc.text[gap_begin] == ' ')) {
      ++line->wide_gaps;
      for (uint32_t k = gap_begin; k < token.begin; ++k) {
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
        if (dated) line->has_date = line->has_date || IsDateWord(text) || IsMonthAbbreviation(text);
        break;
      case TokenKind::kOther:
        ++line->words;
        break;
      case TokenKind::kNumber:
        ++line->numbers;
        if (dated) line->has_date = line->has_date || IsDateNumber(text);
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
        line->inner_stops +=
            t < last_significant && IsStop(text) && t + 1 < line->end_token && tokens[t + 1].Has(kSpaceBefore);
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
  line->ends_ellipsis =
      IsOneOf(last_text, {"…", "..."}) || (last_text.size() > 1 && last_text[0] == '.' && last_text[1] == '.');
  line->truncated = line->ends_ellipsis && last_significant > line->first_token &&
                    IsOneOf(TokenText(doc, tokens[last_significant - 1]), {"[", "("}) &&
                    last_significant + 1 < line->end_token;
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

// A hash of a line's bytes, eight at a time (lines can be long paragraphs).
uint64_t Fingerprint(std::string_view text) {
  uint64_t hash = 0x9E3779B97F4A7C15ull ^ text.size();
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9ull;
    hash ^= hash >> 31;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, text.data() + i, text.size() - i);
  hash = (hash ^ tail) * 0x94D049BB133111EBull;
  hash ^= hash >> 29;
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
    long_joined +=
        Width(doc.text.substr(doc.tokens[start].begin, doc.tokens[t - 1].end - doc.tokens[start].begin)) >= 45;
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
