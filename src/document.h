// The analysis of one text. Every span is a half-open range of UTF-8 byte
// offsets into the original text; conversion to UTF-16 or code points happens
// once, when the result is written out (see result_json.h).
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "person_gender.h"
#include "tokenizer.h"

namespace annotator {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
};

inline bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Names first (from the recognizer), then numeric and temporal types (rules).
enum class EntityType : uint8_t {
  kPerson,
  kOrg,
  kLocation,
  kMisc,
  kDate,
  kTime,
  kMoney,
  kPercent,
  kCardinal,
  kOrdinal,
  kQuantity,
};
constexpr int kNumEntityTypes = 11;

// "PERSON", "ORG", ... as written in the JSON result.
const char* EntityTypeName(EntityType type);
bool IsNameType(EntityType type);  // PERSON, ORG, LOCATION, MISC

struct Mention {
  Span span;  // on token boundaries, but a name's end before a sentence's period ("on X.")
  EntityType type = EntityType::kMisc;
  int32_t entity = -1;  // index into Document::entities, -1 when unclustered
  bool boilerplate = false;
};

struct Entity {
  EntityType type = EntityType::kMisc;
  Span name;                      // the fullest proper form among its mentions
  std::vector<int32_t> mentions;  // indices into Document::mentions
  float salience = 0.0f;
  Gender gender = Gender::kUnknown;  // of a person, from honorifics and first names
};

enum class QuoteKind : uint8_t { kDirect, kMixed, kIndirect, kScare };
const char* QuoteKindName(QuoteKind kind);

// What a speaker's words are: a name ("Sarah Kovner", also one the
// recognizer missed), a personal pronoun ("she"), or a description
// ("officials", "the company").
enum class SpeakerKind : uint8_t { kName, kPronoun, kDescription };
const char* SpeakerKindName(SpeakerKind kind);

struct Quote {
  Span span;     // the whole quotation, marks included (for direct quotes)
  Span content;  // the words quoted, marks excluded
  QuoteKind kind = QuoteKind::kDirect;
  Span speaker;  // empty when unknown
  SpeakerKind speaker_kind = SpeakerKind::kName;
  int32_t speaker_entity = -1;  // index into Document::entities
  Span cue;                     // empty when unknown
  bool boilerplate = false;
};

struct BoilerplateBlock {
  Span span;
  const char* kind = "";  // "advert", "see-also", "share", "disclaimer", ...
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Span> sentences;
  std::vector<Span> paragraphs;
  std::vector<Mention> mentions;  // sorted by begin offset
  std::vector<Entity> entities;
  std::vector<Quote> quotes;  // sorted by begin offset
  std::vector<BoilerplateBlock> boilerplate;
  // The story's headline; empty when none was found. Four other parts ask
  // "is this a headline?", each of a different unit and for a different
  // use, so their tests stay apart:
  //  - page/title_features.h (HasHeadlineShape, CouldBeHeadline; used by
  //    boilerplate.h's FindTitleAndBoilerplate): which line of a pasted page
  //    is this `title`. Inputs of the trained page model.
  //  - segmenter.cc (ReadsOn): whether a single line break ends a paragraph.
  //    A line that does not read on into the next stands alone, a headline
  //    among others; it runs before any title is known.
  //  - ner/features.h (kHeadlineSentence, kTitleCaseSentence): whether a
  //    sentence's capitals say anything about names (mostly capitals, or title
  //    case among the first sentences). Features the recognizer was trained
  //    with, on CoNLL text, which has no title.
  //  - attribution/context.h (InHeadline): whether a paragraph is a title or a
  //    subheading, so nobody's speech: this `title`, or a short one-sentence
  //    paragraph that does not end as prose.
  // Title case itself is judged by one list of small words (title_words.h).
  Span title;
  // The text reads as a language other than English (language.h), so no
  // names were looked for: the recognizer knows English names only.
  bool other_language = false;

  std::string_view Text(Span span) const { return text.substr(span.begin, span.end - span.begin); }
  void Clear();
};

// The text of `token` (tokens lie within the text).
inline std::string_view TokenText(const Document& doc, const Token& token) {
  return std::string_view(doc.text.data() + token.begin, token.end - token.begin);
}

// Whether `text` is one of `options`.
inline bool IsOneOf(std::string_view text, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), text) != options.end();
}

// A word with letters that starts in lower case: a-z or any non-ASCII
// letter, not "’s" or a digit. Lines that start so read on from the line
// above (segmenter, page lines).
bool StartsLowerCase(const Document& doc, const Token& token);

}  // namespace annotator
