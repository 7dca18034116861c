#include "ner/tags.h"

namespace annotator {
namespace ner {

const char* TagName(int tag) {
  static const char* const kNames[kNumTags + 1] = {
      "O",     "B-PER", "I-PER", "L-PER", "U-PER",  "B-ORG", "I-ORG", "L-ORG", "U-ORG",
      "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC", "START"};
  return tag >= 0 && tag <= kNumTags ? kNames[tag] : "?";
}

bool IsValidTransition(int prev, int cur) {
  // Inside an open entity (after B or I) only I or L of the same type may come.
  bool prev_open = prev != kStartTag && prev != kOutsideTag &&
                   (TagPosition(prev) == kBegin || TagPosition(prev) == kInside);
  bool cur_continues = cur != kOutsideTag &&
                       (TagPosition(cur) == kInside || TagPosition(cur) == kLast);
  if (prev_open) return cur_continues && TagType(cur) == TagType(prev);
  return !cur_continues;
}

bool IsValidLastTag(int tag) {
  return tag == kOutsideTag || TagPosition(tag) == kLast || TagPosition(tag) == kUnit;
}

void AppendMentions(const Token* tokens, const uint8_t* tags, int n,
                    std::vector<Mention>* mentions) {
  int begin = -1;
  for (int i = 0; i < n; ++i) {
    int tag = tags[i];
    if (tag == kOutsideTag) {
      begin = -1;
      continue;
    }
    Position position = TagPosition(tag);
    if (position == kBegin || position == kUnit) begin = i;
    if ((position == kLast || position == kUnit) && begin >= 0) {
      Mention mention;
      mention.span = Span{tokens[begin].begin, tokens[i].end};
      mention.type = static_cast<EntityType>(TagType(tag));
      mentions->push_back(mention);
      begin = -1;
    }
  }
}

}  // namespace ner
}  // namespace annotator
