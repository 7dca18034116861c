#include "ner/tags.h"

namespace annotator {
namespace ner {

const char* TagName(int tag) {
  static const char* const kNames[kNumTags + 1] = {"O",     "B-PER",  "I-PER",  "L-PER",  "U-PER",  "B-ORG",
                                                   "I-ORG", "L-ORG",  "U-ORG",  "B-LOC",  "I-LOC",  "L-LOC",
                                                   "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC", "START"};
  return tag >= 0 && tag <= kNumTags ? kNames[tag] : "?";
}

bool IsValidTransition(int prev, int cur) {
  // Inside an open entity (after B or I) only I or L of the same type may come.
  bool prev_open =
      prev != kStartTag && prev != kOutsideTag && (TagPosition(prev) == kBegin || TagPosition(prev) == kInside);
  bool cur_continues = cur != kOutsideTag && (TagPosition(cur) == kInside || TagPosition(cur) == kLast);
  if (prev_open) return cur_continues && TagType(cur) == TagType(prev);
  return !cur_continues;
}

bool IsValidLastTag(int tag) { return tag == kOutsideTag || TagPosition(tag) == kLast || TagPosition(tag) == kUnit; }

void AppendMentions(const Token* tokens, const uint8_t* tags, int n, std::vector<Mention>* mentions) {
  ForEachTaggedRun(tags, n, [&](int first, int end, int type) {
    Mention mention;
    mention.span = Span{tokens[first].begin, tokens[end - 1].end};
    mention.type = static_cast<EntityType>(type);
    mentions->push_back(mention);
  });
}

bool CanBeInName(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  const std::string_view text = doc.Text(Span{t.begin, t.end});
  const Token* before = i > 0 ? &doc.tokens[i - 1] : nullptr;
  const Token* after = i + 1 < doc.tokens.size() ? &doc.tokens[i + 1] : nullptr;
  auto capitalised_word = [](const Token* w) { return w && w->kind == TokenKind::kWord && w->Has(kCapitalized); };
  switch (t.kind) {
    case TokenKind::kWord:
    case TokenKind::kNumber:
    case TokenKind::kOther:
      return true;
    case TokenKind::kSymbol:
      // "AT&T", "Google+", and a currency's country ("C$", "US$").
      return text == "&" || text == "+" || (text == "$" && !t.Has(kSpaceBefore) && capitalised_word(before));
    case TokenKind::kQuote:
      // Only the plural possessive between two words of a name, which the
      // tokenizer reads as a quotation mark when it stands apart ("the
      // Toronto Bond Traders ' Association").
      return (text == "'" || text == "\xE2\x80\x99") && capitalised_word(after) && capitalised_word(before) &&
             doc.Text(Span{before->begin, before->end}).back() == 's';
    case TokenKind::kPunct:
      break;
    default:  // URLs, e-mail addresses
      return false;
  }
  if (text == "-" || text == "/" || text == "\xE2\x80\x93") return true;  // "San Francisco – Oakland Bay Bridge"
  if (text != "." || t.Has(kSpaceBefore) || !capitalised_word(before)) return false;
  if (after == nullptr || after->Has(kSpaceBefore)) return true;
  const std::string_view next = doc.Text(Span{after->begin, after->end});
  return after->kind != TokenKind::kQuote && next != ")" && next != "]" && next != "}";
}

}  // namespace ner
}  // namespace annotator
