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

TEST_CASE("the last words of a person named in three words or more are that person wherever tagged otherwise") {
  Tagged d("Marine Le Pen spoke on Monday. Le Pen said her party had no choice. Le Monde agreed.");
  d.tags[d.Index("Marine")] = MakeTag(kPer, kBegin);
  d.tags[d.Index("Le")] = MakeTag(kPer, kInside);
  d.tags[d.Index("Pen")] = MakeTag(kPer, kLast);
  d.tags[d.Index("Le", 1)] = MakeTag(kOrg, kBegin);
  d.tags[d.Index("Pen", 1)] = MakeTag(kOrg, kLast);
  d.tags[d.Index("Le", 2)] = MakeTag(kOrg, kBegin);
  d.tags[d.Index("Monde")] = MakeTag(kOrg, kLast);
  d.Run();
  CHECK(d.TypeAt("Le", 1) == kPer);
  CHECK(d.TypeAt("Pen", 1) == kPer);
  CHECK(d.TypeAt("Monde", 0) == kOrg);

  // Not from a person the capitals of a headline ran into another name.
  Tagged headline("Chelsea Sign Kepa Arrizabalaga From Athletic Bilbao\nKepa joined from Athletic Bilbao on Monday.");
  headline.tags[headline.Index("Kepa")] = MakeTag(kPer, kBegin);
  for (const char* word : {"Arrizabalaga", "From", "Athletic"})
    headline.tags[headline.Index(word)] = MakeTag(kPer, kInside);
  headline.tags[headline.Index("Bilbao")] = MakeTag(kPer, kLast);
  headline.tags[headline.Index("Athletic", 1)] = MakeTag(kOrg, kBegin);
  headline.tags[headline.Index("Bilbao", 1)] = MakeTag(kOrg, kLast);
  headline.Run();
  CHECK(headline.TypeAt("Bilbao", 1) == kOrg);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
