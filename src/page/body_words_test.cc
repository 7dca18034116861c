#include "page/body_words.h"

#include <doctest/doctest.h>

#include <string>

#include "page/lines_for_test.h"

namespace annotator {
namespace {

using Page = LinesForTest;

TEST_CASE("body words: fingerprints ignore the case of ASCII letters, and only of letters") {
  CHECK(WordFingerprint("Hiking") == WordFingerprint("HIKING"));
  CHECK(WordFingerprint("Boulder Flat Irons, eleven") == WordFingerprint("boulder flat irons, ELEVEN"));
  CHECK(WordFingerprint("hiking") != WordFingerprint("hikers"));
  // The neighbours of A-Z in ASCII keep their case: @ [ ` {.
  CHECK(WordFingerprint("a@b[") != WordFingerprint("a`b{"));
  CHECK(WordFingerprint("Ärger") != WordFingerprint("ärger"));  // UTF-8 bytes are not folded
  CHECK(WordFingerprint("") != 0);
}

TEST_CASE("body words: the body's opening words, and a line's overlap with them") {
  const Page page(
      "Home\nFlos Showroom\nThe showroom in Milan shows three light installations by the designer this week.\n"
      "Visitors can try every lamp.\nShare\n");
  const Document& doc = page.doc;
  const std::vector<PageLine>& lines = page.lines;
  REQUIRE(lines.size() == 5);
  WordSet set;
  CollectBodyWords(doc, lines, BodyRun{2, 4}, &set);
  CHECK(set.Contains(WordFingerprint("milan")));
  CHECK(set.Contains(WordFingerprint("lamp")));
  CHECK_FALSE(set.Contains(WordFingerprint("home")));
  const Overlap overlap = OverlapWithBody(doc, lines[1], set);  // "Flos Showroom": "Flos" is short
  CHECK(overlap.words == 2);
  CHECK(overlap.matched == 1);
  CHECK(OverlapWithBody(doc, lines[0], set).matched == 0);
}

TEST_CASE("body words: at most kBodyWords are kept, from the body's start") {
  std::string text;
  for (size_t i = 0; i < kBodyWords + 50; ++i) text += "word" + std::to_string(i) + " ";
  text += "\n";
  const Page page(text);
  WordSet set;
  CollectBodyWords(page.doc, page.lines, BodyRun{0, page.lines.size()}, &set);
  CHECK(set.Contains(WordFingerprint("word0")));
  CHECK(set.Contains(WordFingerprint("word" + std::to_string(kBodyWords - 1))));
  CHECK_FALSE(set.Contains(WordFingerprint("word" + std::to_string(kBodyWords + 10))));
}

}  // namespace
}  // namespace annotator
