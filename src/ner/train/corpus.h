// The recognizer's training and dev articles: CoNLL-2003 (or WNUT-17) read
// into Documents as the runtime would see them, with gold BILOU tags, and
// the copies the trainer adds (capitals, lower case, title-case headlines).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "document.h"

namespace annotator {
namespace ner {

struct GoldEntity {
  int begin, end, type;  // token range; type as ner::TagType
  bool operator<(const GoldEntity& o) const { return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type); }
  bool operator==(const GoldEntity& o) const { return begin == o.begin && end == o.end && type == o.type; }
};

// One CoNLL article as the runtime would see it: tokens joined by spaces,
// sentences by newlines. `doc.text` views `text`: after the document is
// copied or moved (a vector growing), Rebind() points it back.
struct CorpusDocument {
  std::string name;  // stand-off documents only (GUM_news_asylum)
  std::string text;
  Document doc;
  std::vector<uint8_t> gold;  // BILOU tag per token
  std::vector<GoldEntity> entities;
  // Per token, 1 where the gold tag is not known (a GUM proper noun without
  // a type): trained as whatever the tagger says there. Empty: all known.
  std::vector<uint8_t> unknown;
  void Rebind() { doc.text = text; }
};

// How a corpus sentence becomes text: words joined by spaces (as the
// evaluation lays CoNLL out), or spaced as people write ("Germany's",
// "(D-Mo.)", "said: \"We"), so the tagger also learns from the punctuation
// of real articles.
enum class Layout { kSpaced, kNatural };

// Parses CoNLL-2003 (word POS chunk NE; -DOCSTART- between articles) or
// WNUT-17 (word<TAB>label; no document marks: every `wnut_doc_size`
// sentences make a pseudo-document; 0 for CoNLL). `iob1` selects CoNLL-2003's
// IOB1 (I- starts an entity unless it continues one of the same type) versus
// IOB2. Lines without a space or tab are skipped.
std::vector<CorpusDocument> ParseConll(std::string_view contents, bool iob1, int wnut_doc_size,
                                       Layout layout = Layout::kSpaced);

// What re-reading a corpus with the runtime's tokenizer did to its entities.
struct RetokenizeCounts {
  int unaligned = 0;  // not on token edges: widened or dropped
  int split = 0;      // cut in two by a sentence boundary (kept)
  int cut = 0;        // cut short before a token no name may hold
};

// Re-reads `d` as the runtime does: our tokenizer and segmenter on the
// laid-out text, gold entities moved onto those tokens by character offsets.
// An entity whose edges fall inside one of our tokens cannot be found at run
// time; it is widened to the tokens it touches, or dropped when it has no
// token of its own (both counted in `unaligned`). An entity our segmenter
// cuts in two is counted in `split` and kept: its per-sentence tags are then
// not well-formed BILOU, which the decoder cannot produce. When `cut_names`,
// an entity holding a token no name may hold is cut short before it, or
// dropped when that is its first token (counted in `cut`); otherwise names
// are kept whole, as for dev, which is scored as CoNLL wrote it.
void RetokenizeAsRuntime(CorpusDocument* d, bool cut_names, RetokenizeCounts* counts);

// A gold entity as a byte span of a document's text.
struct ByteEntity {
  uint32_t begin, end;
  int type;  // as ner::TagType
};

// Puts `spans` (in text order) on the tokens of `d` (already tokenized and
// segmented) as RetokenizeAsRuntime does, and fills its gold tags.
void PlaceEntities(const std::vector<ByteEntity>& spans, bool cut_names, CorpusDocument* d, RetokenizeCounts* counts);

// Documents written as text with stand-off names (build-scripts/gum-train.mjs:
// "-DOCTEXT- NAME BYTES NAMES UNTYPED", the text, then "BEGIN END TYPE" per
// name and "BEGIN END -" per proper noun without a type), read by the
// runtime's tokenizer and segmenter. A proper noun without a type is no name
// here, or, when `untyped_unknown`, its tokens' tags are unknown (`unknown`).
// Empty when malformed.
std::vector<CorpusDocument> ParseStandOff(std::string_view contents, bool cut_names, bool untyped_unknown,
                                          RetokenizeCounts* counts);

// A copy of `source` in capitals (headlines) or lower case (social media):
// same tokens and offsets, only the ASCII letters change case.
CorpusDocument CaseCopy(const CorpusDocument& source, bool upper);

// A copy of `source` whose first sentence of 4 to 25 words with lower-case
// words, among the first ner::kHeadlineZone, is in title case ("The European
// Commission Said on Thursday It Disagreed…"), as headlines on the web often
// are; CoNLL's own headlines are in capitals. Same tokens and offsets.
CorpusDocument TitleCaseCopy(const CorpusDocument& source);

// Sentences of `source` that name a person by more than one word, each as a
// document of its own with the person's given names left out ("Vladimir
// Putin said on Monday" → "Putin said on Monday"): news names a person in
// full once and by surname after, so a short text (a headline, a post, a
// quoted line) often holds the surname alone, with nothing before it to say
// who that is. Names ending in a lower-case particle ("Bill de Blasio") are
// left whole.
std::vector<CorpusDocument> SurnameSentences(const CorpusDocument& source);

}  // namespace ner
}  // namespace annotator
