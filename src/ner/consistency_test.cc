#include "ner/consistency.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document.h"
#include "ner/tags.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace ner {
namespace {

constexpr int kPer = 0, kOrg = 1, kLoc = 2;

// A document's facts, with tags written by hand for some of its tokens.
struct Tagged {
  std::string text;
  Document doc;
  FeatureExtractor extractor{nullptr};
  std::vector<uint8_t> tags;
  explicit Tagged(std::string t) : text(std::move(t)) {
    doc.text = text;
    Tokenize(text, &doc.tokens);
    Segment(&doc);
    extractor.BeginDocument(doc);
    tags.assign(doc.tokens.size(), kOutsideTag);
  }
  int Index(const std::string& word, int nth = 0) const {
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.Text(Span{doc.tokens[i].begin, doc.tokens[i].end}) == word && nth-- == 0) return static_cast<int>(i);
    }
    FAIL("no token " << word);
    return -1;
  }
  void Tag(const std::string& word, int nth, int type) { tags[Index(word, nth)] = MakeTag(type, kUnit); }
  int TypeAt(const std::string& word, int nth) const {
    const uint8_t tag = tags[Index(word, nth)];
    return tag == kOutsideTag ? -1 : TagType(tag);
  }
  void Run() { MakeConsistent(extractor.facts(), extractor.sentences(), tags.data()); }
};

TEST_CASE("a clear majority of the body retypes the rest; a split vote changes nothing") {
  Tagged d("We met in Coron. Then Coron again. Later Coron once more. Divers love Coron.");
  d.Tag("Coron", 0, kLoc);
  d.Tag("Coron", 1, kLoc);
  d.Tag("Coron", 2, kLoc);
  d.Tag("Coron", 3, kOrg);
  d.Run();
  for (int k = 0; k < 4; ++k) CHECK(d.TypeAt("Coron", k) == kLoc);

  Tagged split("Washington won. Washington lost. Then we met.");
  split.Tag("Washington", 0, kLoc);
  split.Tag("Washington", 1, kPer);
  split.Run();
  CHECK(split.TypeAt("Washington", 0) == kLoc);
  CHECK(split.TypeAt("Washington", 1) == kPer);
}

TEST_CASE("untagged capitalised occurrences take the document's type, but not inside other names") {
  Tagged d("We met Marlena at noon. Later we saw Marlena again. Marlena left. The Marlena Trust paid.");
  d.Tag("Marlena", 0, kPer);
  d.Run();
  CHECK(d.TypeAt("Marlena", 1) == kPer);
  CHECK(d.TypeAt("Marlena", 2) == -1);  // first in its sentence: case says nothing
  CHECK(d.TypeAt("Marlena", 3) == -1);  // part of "The Marlena Trust"
}

TEST_CASE("a person's surname or family name left untagged alone is that person, first in a sentence too") {
  Tagged d("President Xi Jinping spoke on Monday. Xi said China would go on. Analysts called Jinping firm.");
  d.tags[d.Index("Xi")] = MakeTag(kPer, kBegin);
  d.tags[d.Index("Jinping")] = MakeTag(kPer, kLast);
  d.Run();
  CHECK(d.TypeAt("Xi", 1) == kPer);  // the family name first, as the name is written
  CHECK(d.TypeAt("Jinping", 1) == kPer);

  // Not a word the document also writes in lower case, nor one beside
  // another capitalised word (a longer name of something else).
  Tagged may("Theresa May spoke. May we go on? We may. Trump Tower shone. Donald Trump left.");
  may.tags[may.Index("Theresa")] = MakeTag(kPer, kBegin);
  may.tags[may.Index("May")] = MakeTag(kPer, kLast);
  may.tags[may.Index("Donald")] = MakeTag(kPer, kBegin);
  may.tags[may.Index("Trump", 1)] = MakeTag(kPer, kLast);
  may.Run();
  CHECK(may.TypeAt("May", 1) == -1);
  CHECK(may.TypeAt("Trump", 0) == -1);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
