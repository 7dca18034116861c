#include "segmenter.h"

#include <algorithm>
#include <iterator>

#include "ascii_case.h"

namespace annotator {
namespace {

// How lines become paragraphs. Text pasted from a web page puts each
// paragraph, headline and bullet on one line, so by default every non-empty
// line is a paragraph. A single line break is only a wrap inside a paragraph
// when the text reads on across it: the line does not end a sentence (or a
// heading with ':') and the next line starts in lower case, or the line ends
// with a comma, semicolon, dash or open bracket. When that happens for at
// least a third of the single line breaks (and four or more), the whole text is
// hard-wrapped prose: then only blank lines and bullet lines start paragraphs.
constexpr int kMinWrapsForHardWrapped = 4;

bool IsTerminator(const Document& doc, const Token& token) {
  if (token.kind != TokenKind::kPunct) return false;
  const std::string_view text = TokenText(doc, token);
  if (text.size() >= 2 && text[0] == '.' && text[1] == '.') return true;  // "..."
  return IsOneOf(text, {".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "。", "！", "？", "｡"});
}

// A word that kept its period: U.S., Mr., J.K., etc., W.
bool IsAbbreviationWord(const Document& doc, const Token& token) {
  return token.kind == TokenKind::kWord && token.end - token.begin >= 2 && doc.text[token.end - 1] == '.';
}

bool IsClosingMark(const Document& doc, const Token& token) {
  if (token.kind == TokenKind::kQuote) return true;
  return token.kind == TokenKind::kPunct && IsOneOf(TokenText(doc, token), {")", "]", "}", "」", "』", "）"});
}

bool IsBulletMark(const Document& doc, const Token& token) {
  return IsOneOf(TokenText(doc, token), {"•", "●", "▪", "■", "◦", "‣", "⁃", "▸", "►", "◆", "◇",
                                         "○", "□", "✓", "✔", "➢", "→", "-", "–", "—", "*", "·"});
}

// "• text", "- text", "1. text", "2) text".
bool IsBulletLine(const Document& doc, size_t first, size_t last) {
  const Token& head = doc.tokens[first];
  if (IsBulletMark(doc, head)) return true;
  if (first == last || head.kind != TokenKind::kNumber || head.end - head.begin > 3) return false;
  const Token& next = doc.tokens[first + 1];
  return !next.Has(kSpaceBefore) && IsOneOf(TokenText(doc, next), {".", ")"});
}

// Whether the line that ends with token `last` ends a sentence or a heading.
bool EndsWithTerminalPunctuation(const Document& doc, size_t first, size_t last) {
  size_t i = last;
  while (i > first && IsClosingMark(doc, doc.tokens[i])) --i;
  const Token& token = doc.tokens[i];
  return IsTerminator(doc, token) || IsAbbreviationWord(doc, token) || TokenText(doc, token) == ":";
}

bool EndsWithContinuation(const Document& doc, const Token& last) {
  return IsOneOf(TokenText(doc, last), {",", ";", "-", "–", "—", "(", "["});
}

struct Line {
  size_t first;  // token indices, inclusive
  size_t last;
};

std::vector<Line> FindLines(const Document& doc) {
  std::vector<Line> lines;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (i == 0 || doc.tokens[i].Has(kNewlineBefore)) lines.push_back({i, i});
    lines.back().last = i;
  }
  return lines;
}

// Whether the single line break between `above` and `below` reads on.
bool ReadsOn(const Document& doc, const Line& above, const Line& below) {
  if (EndsWithContinuation(doc, doc.tokens[above.last])) return true;
  return !EndsWithTerminalPunctuation(doc, above.first, above.last) && StartsLowerCase(doc, doc.tokens[below.first]);
}

bool LinesAreHardWrapped(const Document& doc, const std::vector<Line>& lines) {
  int single_breaks = 0, wraps = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (doc.tokens[lines[i].first].Has(kParagraphStart)) continue;
    ++single_breaks;
    wraps += ReadsOn(doc, lines[i - 1], lines[i]);
  }
  return wraps >= kMinWrapsForHardWrapped && wraps * 3 >= single_breaks;
}

void FindParagraphs(const Document& doc, const std::vector<Line>& lines,
                    std::vector<std::pair<size_t, size_t>>* paragraphs) {
  const bool hard_wrapped = LinesAreHardWrapped(doc, lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    bool joins = false;
    if (i > 0 && !doc.tokens[line.first].Has(kParagraphStart) && !IsBulletLine(doc, line.first, line.last)) {
      joins = hard_wrapped || ReadsOn(doc, lines[i - 1], line);
    }
    if (joins) {
      paragraphs->back().second = line.last;
    } else {
      paragraphs->emplace_back(line.first, line.last);
    }
  }
}

// Capitalised words that begin sentences far more often than they continue
// a name; after an abbreviation ("the U.S. His remarks") they mark a new
// sentence. Sorted for binary search.
constexpr std::string_view kSentenceStarters[] = {
    "A",      "According", "After", "Also",  "Although", "An",     "And",   "Another",   "As",   "At",
    "Before", "Both",      "But",   "By",    "Despite",  "During", "Each",  "Earlier",   "Even", "Every",
    "For",    "From",      "He",    "Her",   "Here",     "His",    "How",   "However",   "I",    "If",
    "In",     "Instead",   "It",    "Its",   "Last",     "Later",  "Many",  "Meanwhile", "Most", "My",
    "No",     "Not",       "Now",   "On",    "One",      "Our",    "She",   "Since",     "So",   "Some",
    "Still",  "That",      "The",   "Their", "Then",     "There",  "These", "They",      "This", "Those",
    "Thus",   "To",        "Today", "We",    "What",     "When",   "Where", "While",     "Who",  "Why",
    "With",   "Yesterday", "Yet",   "You",
};

constexpr bool IsSorted(const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* it = begin; it + 1 < end; ++it) {
    if (!(*it < *(it + 1))) return false;
  }
  return true;
}
static_assert(IsSorted(std::begin(kSentenceStarters), std::end(kSentenceStarters)),
              "kSentenceStarters must stay sorted for binary search");

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(std::begin(kSentenceStarters), std::end(kSentenceStarters), word);
}

// Decides whether the sentence ends after `terminator` (its closing marks
// already skipped), given the token `next` that follows them.
bool EndsSentence(const Document& doc, size_t sentence_begin, size_t terminator, size_t closing_marks,
                  const Token& next) {
  const Token& end_token = doc.tokens[terminator];
  if (IsAbbreviationWord(doc, end_token)) {
    const std::string_view word = TokenText(doc, end_token);
    if (LookupAbbreviation(word.substr(0, word.size() - 1)) == AbbreviationKind::kTitle) return false;
    // "…the U.S.” He said" – a closing quote confirms the end.
    if (closing_marks > 0 && next.Has(kCapitalized)) return true;
    // "He posted on X. Police said …": the platform X after a lower-case
    // word, no initial of a name (which follows a given name or opens one).
    if (word == "X." && terminator > sentence_begin && next.Has(kCapitalized) &&
        StartsLowerCase(doc, doc.tokens[terminator - 1])) {
      return true;
    }
    return next.kind == TokenKind::kWord && IsSentenceStarter(TokenText(doc, next));
  }
  // "Roe v. Wade": the "v." of a court case between two names.
  if (terminator >= sentence_begin + 2 && closing_marks == 0 && TokenText(doc, end_token) == "." &&
      TokenText(doc, doc.tokens[terminator - 1]) == "v" && !end_token.Has(kSpaceBefore) &&
      doc.tokens[terminator - 2].kind == TokenKind::kWord && next.Has(kCapitalized) &&
      !IsSentenceStarter(TokenText(doc, next))) {
    return false;
  }
  // "1." opening a numbered line is a list marker, not a sentence.
  if (terminator == sentence_begin + 1 && TokenText(doc, end_token) == "." &&
      doc.tokens[sentence_begin].end - doc.tokens[sentence_begin].begin <= 3 &&
      (doc.tokens[sentence_begin].kind == TokenKind::kNumber ||
       doc.tokens[sentence_begin].end - doc.tokens[sentence_begin].begin == 1)) {
    return false;
  }
  // "the Dow Jones Industrial Average .DJI fell": a dot set off before
  // capitals glued to it opens a wire story's index code.
  if (closing_marks == 0 && TokenText(doc, end_token) == "." && end_token.Has(kSpaceBefore) &&
      !next.Has(kSpaceBefore) && next.kind == TokenKind::kWord && next.Has(kAllCaps)) {
    return false;
  }
  // “Wait!” she said.  "Yes?", he asked.
  if (StartsLowerCase(doc, next)) return false;
  return !IsOneOf(TokenText(doc, next), {",", ";", ":", ")", "]"});
}

// Whether the whitespace before token `i` holds a tab.
bool TabBefore(const Document& doc, size_t i) {
  const std::string_view gap = doc.text.substr(doc.tokens[i - 1].end, doc.tokens[i].begin - doc.tokens[i - 1].end);
  return gap.find('\t') != std::string_view::npos;
}

void FindSentences(Document* doc, size_t first, size_t last) {
  const std::vector<Token>& tokens = doc->tokens;
  size_t begin = first;
  size_t i = first;
  while (i <= last) {
    // A tab parts the cells of a table ("CB<tab>Denzel Ward<tab>74"): no
    // sentence, so no name, runs across it.
    if (i > begin && tokens[i].Has(kSpaceBefore) && TabBefore(*doc, i)) {
      doc->sentences.push_back({tokens[begin].begin, tokens[i - 1].end});
      begin = i;
    }
    if (!IsTerminator(*doc, tokens[i]) && !IsAbbreviationWord(*doc, tokens[i])) {
      ++i;
      continue;
    }
    size_t j = i + 1;  // absorb "?!", closing quotes and brackets: win.” | (sic).
    size_t closing_marks = 0;
    while (j <= last && !tokens[j].Has(kSpaceBefore) &&
           (IsTerminator(*doc, tokens[j]) || IsClosingMark(*doc, tokens[j]))) {
      closing_marks += IsClosingMark(*doc, tokens[j]);
      ++j;
    }
    // A quotation mark or bracket set off by a space still closes when only
    // such marks follow to the end of the paragraph: `…authorities . "`
    // opens nothing.
    size_t rest = j;
    while (rest <= last && (IsTerminator(*doc, tokens[rest]) || IsClosingMark(*doc, tokens[rest]))) ++rest;
    if (rest > last) break;
    if (EndsSentence(*doc, begin, i, closing_marks, tokens[j])) {
      doc->sentences.push_back({tokens[begin].begin, tokens[j - 1].end});
      begin = j;
    }
    i = j;
  }
  doc->sentences.push_back({tokens[begin].begin, tokens[last].end});
}

}  // namespace

void JoinSentencesCutInAbbreviations(Document* doc) {
  std::vector<Span>& sentences = doc->sentences;
  const std::string_view text = doc->text;
  auto is_capital = [](char c) { return IsUpperAscii(c); };
  // "…-S." + "D.…": a capital after a hyphen, the period, and straight on a
  // capital and its period.
  auto cut_inside = [&](uint32_t end, uint32_t next) {
    return next == end && end >= 3 && end + 1 < text.size() && text[end - 1] == '.' && is_capital(text[end - 2]) &&
           text[end - 3] == '-' && is_capital(text[end]) && text[end + 1] == '.';
  };
  // "PM2.5 readings": letters, digits, the period and straight on digits (a
  // code's decimal point).
  auto cut_decimal = [&](uint32_t end, uint32_t next) {
    if (next != end || end < 3 || end >= text.size() || text[end - 1] != '.' || !IsAsciiDigit(text[end])) return false;
    uint32_t digits = end - 1;
    while (digits > 0 && IsAsciiDigit(text[digits - 1])) --digits;
    return digits < end - 1 && digits > 0 && (IsUpperAscii(text[digits - 1]) || IsLowerAscii(text[digits - 1]));
  };
  size_t kept = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const uint32_t end = kept > 0 ? sentences[kept - 1].end : 0;
    if (kept > 0 && (cut_inside(end, sentences[s].begin) || cut_decimal(end, sentences[s].begin))) {
      sentences[kept - 1].end = sentences[s].end;
    } else {
      sentences[kept++] = sentences[s];
    }
  }
  sentences.resize(kept);
}

bool IsHardWrapped(const Document& doc) { return LinesAreHardWrapped(doc, FindLines(doc)); }

void Segment(Document* doc) {
  doc->paragraphs.clear();
  doc->sentences.clear();
  if (doc->tokens.empty()) return;
  std::vector<std::pair<size_t, size_t>> paragraphs;
  FindParagraphs(*doc, FindLines(*doc), &paragraphs);
  for (const auto& [first, last] : paragraphs) {
    doc->paragraphs.push_back({doc->tokens[first].begin, doc->tokens[last].end});
    FindSentences(doc, first, last);
  }
}

}  // namespace annotator
