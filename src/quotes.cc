#include "quotes.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii_case.h"
#include "utf8.h"

// One pass over the characters of each paragraph with a small stack of open
// marks. Each mark is classified from its two neighbouring characters (the
// way CommonMark decides emphasis delimiters): an opening mark follows
// whitespace, an opening bracket or a dash and precedes a non-space; a
// closing mark follows a non-space and precedes whitespace or punctuation.
// Decisions about unbalanced marks:
//  * A quotation left open at the end of its paragraph continues only when
//    the next paragraph starts with an opening mark of the same family (the
//    convention for quotations running over several paragraphs); otherwise
//    it yields NO quote (we never guess where it should have ended), so an
//    unbalanced mark costs at most the quotation it opened.
//    A chain of reopened paragraphs that never closes yields no quote either.
//  * Quotations closed inside an unclosed one are still reported.
//  * A second opening mark of a family that is already open abandons the
//    earlier one (news style nests “…‘…’…”, never “…“…”…”).
// Apostrophes: ’ and ' inside a word (Xi’s, don't), before an elision (’90s,
// ’em, ’n’) and ’ before a word never open; after a plural "s" followed by a
// lower-case word (the students’ union) ’ closes a single quotation only if
// no better closing mark comes before the paragraph ends. The decision is
// made here from the characters, not from the tokens' kQuote kind, so that
// the two stages can evolve separately; the paragraphs come from doc.
// ASCII and LaTeX-style text (the NYT archive among others) writes a double
// quotation mark as two apostrophes '' (both opening and closing) and an
// opening one as two backticks ``: each pair is read as one double mark, so
// that ''It's over,'' pairs its outer marks rather than the inner ' of It's.

namespace annotator {
namespace {

// Marks that close each other. Curly doubles („ “ ” ‟) close each other in
// every European convention (“…” „…“ „…” ”…”), likewise the curly singles.
enum class Family : uint8_t {
  kNone,
  kDoubleCurly,
  kSingleCurly,
  kDoubleStraight,
  kSingleStraight,
  kGuillemet,        // « »
  kSingleGuillemet,  // ‹ ›
  kCorner,           // 「 」
  kWhiteCorner,      // 『 』
};

// Two-character marks, given code points beyond Unicode so that they never
// collide with a real character.
constexpr char32_t kTwoApostrophes = 0x110000;  // '' : a straight double
constexpr char32_t kTwoBackticks = 0x110001;    // `` : an opening double

enum class Role : uint8_t { kIgnore, kOpen, kClose, kTentativeClose, kToggle };

// What a neighbouring character says about the mark next to it.
enum class CharClass : uint8_t { kSpace, kOpenPunct, kClosePunct, kNeutral, kWord };

Family FamilyOf(char32_t c) {
  switch (c) {
    case U'“':
    case U'”':
    case U'„':
    case U'‟':
      return Family::kDoubleCurly;
    case U'‘':
    case U'’':
    case U'‚':
    case U'‛':
      return Family::kSingleCurly;
    case U'"':
    case kTwoApostrophes:
    case kTwoBackticks:
      return Family::kDoubleStraight;
    case U'\'':
      return Family::kSingleStraight;
    case U'«':
    case U'»':
      return Family::kGuillemet;
    case U'‹':
    case U'›':
      return Family::kSingleGuillemet;
    case U'「':
    case U'」':
      return Family::kCorner;
    case U'『':
    case U'』':
      return Family::kWhiteCorner;
    default:
      return Family::kNone;
  }
}

bool IsSpace(char32_t c) {
  return c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

CharClass ClassOf(char32_t c) {
  if (IsSpace(c)) return CharClass::kSpace;
  if (FamilyOf(c) != Family::kNone) return CharClass::kNeutral;
  switch (c) {
    case U'(':
    case U'[':
    case U'{':
    case U'¿':
    case U'¡':
    case U'（':
      return CharClass::kOpenPunct;
    case U'.':
    case U',':
    case U';':
    case U':':
    case U'!':
    case U'?':
    case U')':
    case U']':
    case U'}':
    case U'…':
    case U'。':
    case U'、':
    case U'，':
    case U'！':
    case U'？':
    case U'：':
    case U'；':
    case U'）':
      return CharClass::kClosePunct;
    case U'-':
    case U'/':
    case U'\\':
    case U'*':
    case U'_':
    case U'~':
    case U'<':
    case U'>':
      return CharClass::kNeutral;
    default:
      break;
  }
  if (c >= 0x2010 && c <= 0x2015) return CharClass::kNeutral;  // dashes
  return CharClass::kWord;
}

bool IsLower(char32_t c) { return IsLowerAscii(c) || (c >= 0xDF && c <= 0xFF); }

// The code point that ends just before byte `pos` (0 at the start of text).
char32_t DecodeBefore(std::string_view text, size_t pos, size_t* begin) {
  if (pos == 0) {
    *begin = 0;
    return U' ';
  }
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  *begin = start;
  size_t cursor = start;
  return DecodeUtf8(text, &cursor);
}

char32_t DecodeAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return U' ';
  return DecodeUtf8(text, &pos);
}

// A mark and what its neighbours allow it to be.
struct Mark {
  uint32_t begin = 0;
  uint32_t end = 0;
  char32_t c = 0;
  Family family = Family::kNone;
  Role role = Role::kIgnore;
  bool closing_only = false;  // a kToggle mark that cannot open anything
};

// True when the text after a single mark at `after` is an elision that starts
// with an apostrophe: ’90s, ’em, ’n’, ’til, ’tis, ’twas.
bool StartsElision(std::string_view text, size_t after) {
  const std::string_view rest = text.substr(after, 6);
  auto ends_word = [&](size_t length) {
    return length >= rest.size() || ClassOf(DecodeAt(rest, length)) != CharClass::kWord ||
           FamilyOf(DecodeAt(rest, length)) != Family::kNone;
  };
  if (rest.size() >= 2 && IsAsciiDigit(rest[0]) && IsAsciiDigit(rest[1])) {
    return rest.size() == 2 || !IsAsciiDigit(static_cast<unsigned char>(rest[2]));
  }
  static constexpr std::string_view kElisions[] = {"em", "n", "til", "tis", "twas"};
  for (std::string_view elision : kElisions) {
    if (rest.substr(0, elision.size()) == elision && ends_word(elision.size())) return true;
  }
  return false;
}

// The second mark of ’n’ (rock ’n’ roll) closes nothing.
bool EndsRockNRoll(std::string_view text, size_t n_begin) {
  size_t before = 0;
  const char32_t c = DecodeBefore(text, n_begin, &before);
  return FamilyOf(c) == Family::kSingleCurly || FamilyOf(c) == Family::kSingleStraight;
}

Mark Classify(std::string_view text, uint32_t begin, uint32_t end, char32_t c) {
  Mark mark{begin, end, c, FamilyOf(c), Role::kIgnore};
  size_t prev_begin = 0;
  const char32_t prev = DecodeBefore(text, begin, &prev_begin);
  const char32_t next = DecodeAt(text, end);
  const CharClass before = ClassOf(prev);
  const CharClass after = ClassOf(next);
  const bool can_open =
      (before == CharClass::kSpace || before == CharClass::kOpenPunct || before == CharClass::kNeutral) &&
      after != CharClass::kSpace;
  const bool can_close =
      before != CharClass::kSpace && before != CharClass::kOpenPunct &&
      (after == CharClass::kSpace || after == CharClass::kClosePunct || after == CharClass::kNeutral);
  const bool in_word = before == CharClass::kWord && after == CharClass::kWord;
  const bool single = mark.family == Family::kSingleCurly || mark.family == Family::kSingleStraight;
  if (single) {
    if (in_word) return mark;  // Xi’s, don't, O’Brien
    if (can_open && StartsElision(text, end)) return mark;
    if ((prev == U'n' || prev == U'N') && EndsRockNRoll(text, prev_begin)) return mark;
  }
  switch (c) {
    case U'„':
    case U'‚':
    case U'‟':
    case U'‛':
    case U'「':
    case U'『':
      mark.role = Role::kOpen;
      break;
    case kTwoBackticks:
      if (!in_word) mark.role = Role::kOpen;
      break;
    case U'」':
    case U'』':
      mark.role = Role::kClose;
      break;
    case U'“':
    case U'‘':
      // Closing in German („…“ ‚…‘); a stray one inside a word is noise.
      if (can_close && !can_open) {
        mark.role = Role::kClose;
      } else if (!in_word) {
        mark.role = Role::kOpen;
      }
      break;
    case U'”':
      mark.role = can_open && !can_close ? Role::kOpen : Role::kClose;  // Swedish ”…”
      break;
    case U'’':
    case U'\'':
      // ’ never opens: leading ’ is an elision (’em, ’til) in English text.
      if (can_close) {
        const bool plural_possessive =
            (prev == U's' || prev == U'S') && IsSpace(next) && IsLower(DecodeAt(text, end + 1));
        mark.role = plural_possessive ? Role::kTentativeClose : Role::kClose;
      } else if (c == U'\'' && can_open) {
        mark.role = Role::kOpen;
      }
      break;
    default:
      // Straight doubles and guillemets (« » in French, » « in German)
      // alternate; `5" screen` or a stray closer cannot open, though. Glued
      // on both sides (`id="1"` in markup) a mark is left alone.
      if (!in_word) mark.role = Role::kToggle;
      mark.closing_only = can_close && !can_open;
      break;
  }
  return mark;
}

// Fast test on the lead byte: every mark above is ", ', ``, or starts with
// 0xC2 (« »), 0xE2 (‘ ’ “ ” „ ‹ ›) or 0xE3 (「 」 『 』).
bool MayStartMark(unsigned char byte) {
  return byte == '"' || byte == '\'' || byte == '`' || byte == 0xC2 || byte == 0xE2 || byte == 0xE3;
}

// The mark at `*pos`, advancing past it: '' and `` are one mark each.
char32_t DecodeMark(std::string_view text, size_t* pos) {
  const char first = text[*pos];
  // ''' closing a single inside a double ('no''') is ' then ''.
  const bool closes_single_then_double =
      first == '\'' && text.substr(*pos, 3) == "'''" && ClassOf(DecodeAt(text, *pos + 3)) != CharClass::kWord;
  if (!closes_single_then_double && (first == '\'' || first == '`') && *pos + 1 < text.size() &&
      text[*pos + 1] == first) {
    *pos += 2;
    return first == '\'' ? kTwoApostrophes : kTwoBackticks;
  }
  return DecodeUtf8(text, pos);
}

// The next mark at or after `*pos` before `limit`, advancing `*pos` past it.
bool NextMark(std::string_view text, size_t limit, size_t* pos, Mark* mark) {
  while (*pos < limit) {
    const unsigned char byte = static_cast<unsigned char>(text[*pos]);
    if (!MayStartMark(byte)) {
      *pos += byte < 0x80 ? 1 : Utf8SequenceLength(byte);
      continue;
    }
    const size_t begin = *pos;
    const char32_t c = DecodeMark(text, pos);
    if (FamilyOf(c) == Family::kNone) continue;
    *mark = Classify(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(*pos), c);
    return true;
  }
  return false;
}

struct OpenMark {
  uint32_t begin = 0;  // of the opening mark
  uint32_t end = 0;
  Family family = Family::kNone;
  char32_t c = 0;
  Span tentative_close;  // a plural possessive that may have closed it
};

struct Closed {
  uint32_t open_begin, open_end, close_begin, close_end;
};

class QuoteMatcher {
 public:
  explicit QuoteMatcher(std::string_view text) : text_(text) {}

  // Feeds every mark of paragraph [begin, end); `skip` is the offset of a
  // mark already consumed as the reopening of a continued quotation.
  void Paragraph(Span paragraph, uint32_t skip) {
    size_t pos = paragraph.begin;
    Mark mark;
    while (NextMark(text_, paragraph.end, &pos, &mark)) {
      if (mark.begin == skip) continue;
      Feed(mark);
    }
  }

  // At the end of a paragraph: keeps the outermost open quotation when
  // `next` starts by reopening it, returns the offset of that reopening mark
  // (or UINT32_MAX) and forgets everything else.
  uint32_t EndParagraph(const Span* next) {
    ResolveTentatives();
    if (stack_.empty()) return UINT32_MAX;
    stack_.resize(1);
    if (next != nullptr) {
      size_t pos = next->begin;
      while (pos < next->end && IsSpace(DecodeAt(text_, pos))) {
        DecodeUtf8(text_, &pos);
      }
      Mark mark;
      size_t cursor = pos;
      if (NextMark(text_, next->end, &cursor, &mark) && mark.begin == pos && mark.family == stack_[0].family &&
          (mark.role == Role::kOpen || (mark.role == Role::kToggle && !mark.closing_only))) {
        return mark.begin;
      }
    }
    stack_.clear();
    return UINT32_MAX;
  }

  std::vector<Closed>& closed() { return closed_; }

 private:
  static constexpr size_t kMaxDepth = 16;

  int FindOpen(Family family) const {
    for (int i = static_cast<int>(stack_.size()) - 1; i >= 0; --i) {
      if (stack_[i].family == family) return i;
    }
    return -1;
  }

  void CloseAt(int index, Span close) {
    closed_.push_back({stack_[index].begin, stack_[index].end, close.begin, close.end});
    stack_.resize(index);
  }

  // Edited copy mixes straight and curly doubles ("work-related” and
  // “no evidence" in Politico): a curly closer closes a straight opening,
  // and a straight mark that can only close closes a curly opening.
  int FindOpenForMixedDouble(const Mark& mark) const {
    if (mark.family == Family::kDoubleCurly && mark.role == Role::kClose) {
      return FindOpen(Family::kDoubleStraight);
    }
    if (mark.family == Family::kDoubleStraight && mark.closing_only) {
      return FindOpen(Family::kDoubleCurly);
    }
    return -1;
  }

  void Feed(const Mark& mark) {
    int open = FindOpen(mark.family);
    if (open < 0) {
      open = FindOpenForMixedDouble(mark);
      if (open >= 0) {
        CloseAt(open, {mark.begin, mark.end});
        return;
      }
    }
    switch (mark.role) {
      case Role::kIgnore:
        return;
      case Role::kClose:
        if (open >= 0) CloseAt(open, {mark.begin, mark.end});
        return;
      case Role::kTentativeClose:
        if (open >= 0 && stack_[open].tentative_close.empty()) {
          stack_[open].tentative_close = {mark.begin, mark.end};
        }
        return;
      case Role::kToggle:
        // Straight quotes alternate; so do guillemets once one is open,
        // except a repeat of the opening character before a non-space.
        if (open >= 0) {
          const bool repeat_opener =
              mark.family != Family::kDoubleStraight && stack_[open].c == mark.c && !mark.closing_only;
          if (!repeat_opener) {
            CloseAt(open, {mark.begin, mark.end});
            return;
          }
        }
        if (!mark.closing_only) Open(mark, open);
        return;
      case Role::kOpen:
        Open(mark, open);
        return;
    }
  }

  void Open(const Mark& mark, int same_family) {
    if (same_family >= 0) {
      // A new opening of an open family: the old one ended at its tentative
      // close if it had one, else it was unbalanced.
      if (!stack_[same_family].tentative_close.empty()) {
        CloseAt(same_family, stack_[same_family].tentative_close);
      } else {
        stack_.resize(same_family);
      }
    }
    if (stack_.size() >= kMaxDepth) return;
    stack_.push_back({mark.begin, mark.end, mark.family, mark.c, {}});
  }

  void ResolveTentatives() {
    for (size_t i = 0; i < stack_.size(); ++i) {
      if (!stack_[i].tentative_close.empty()) {
        CloseAt(static_cast<int>(i), stack_[i].tentative_close);
        return;
      }
    }
  }

  std::string_view text_;
  std::vector<OpenMark> stack_;
  std::vector<Closed> closed_;
};

// Blank-line paragraphs, for callers that did not segment the text.
std::vector<Span> BlankLineParagraphs(std::string_view text) {
  std::vector<Span> paragraphs;
  size_t line = 0;
  size_t start = std::string_view::npos;
  size_t last_nonblank_end = 0;
  while (line < text.size()) {
    size_t line_end = text.find('\n', line);
    if (line_end == std::string_view::npos) line_end = text.size();
    const bool blank = text.substr(line, line_end - line).find_first_not_of(" \t\r\f\v") == std::string_view::npos;
    if (blank) {
      if (start != std::string_view::npos) {
        paragraphs.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(last_nonblank_end)});
        start = std::string_view::npos;
      }
    } else {
      if (start == std::string_view::npos) start = line;
      last_nonblank_end = line_end;
    }
    line = line_end + 1;
  }
  if (start != std::string_view::npos) {
    paragraphs.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(last_nonblank_end)});
  }
  return paragraphs;
}

Span TrimSpaces(std::string_view text, Span span) {
  while (span.begin < span.end && IsSpace(DecodeAt(text, span.begin))) {
    size_t pos = span.begin;
    DecodeUtf8(text, &pos);
    span.begin = static_cast<uint32_t>(pos);
  }
  while (span.end > span.begin) {
    size_t before = 0;
    if (!IsSpace(DecodeBefore(text, span.end, &before))) break;
    span.end = static_cast<uint32_t>(before);
  }
  return span;
}

}  // namespace

void FindQuotations(Document* doc) {
  doc->quotes.clear();
  const std::string_view text = doc->text;
  std::vector<Span> fallback;
  if (doc->paragraphs.empty()) fallback = BlankLineParagraphs(text);
  const std::vector<Span>& paragraphs = doc->paragraphs.empty() ? fallback : doc->paragraphs;

  QuoteMatcher matcher(text);
  uint32_t skip = UINT32_MAX;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    matcher.Paragraph(paragraphs[i], skip);
    skip = matcher.EndParagraph(i + 1 < paragraphs.size() ? &paragraphs[i + 1] : nullptr);
  }

  // Keep the outermost of nested quotations: after sorting by begin (longest
  // first), a quotation that starts before the end of a kept one is inside it.
  std::vector<Closed>& closed = matcher.closed();
  std::sort(closed.begin(), closed.end(), [](const Closed& a, const Closed& b) {
    return a.open_begin != b.open_begin ? a.open_begin < b.open_begin : a.close_end > b.close_end;
  });
  uint32_t kept_end = 0;
  for (const Closed& c : closed) {
    if (c.open_begin < kept_end) continue;
    const Span content = TrimSpaces(text, {c.open_end, c.close_begin});
    if (content.empty()) continue;
    Quote quote;
    quote.span = {c.open_begin, c.close_end};
    quote.content = content;
    quote.kind = QuoteKind::kDirect;
    doc->quotes.push_back(quote);
    kept_end = c.close_end;
  }
}

}  // namespace annotator
