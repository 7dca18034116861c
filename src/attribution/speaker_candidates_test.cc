#include "attribution/speaker_candidates.h"

#include <doctest/doctest.h>

#include <string>

#include "annotator.h"

namespace annotator {
namespace attribution {
namespace {

// A text as attribution receives it.
struct Prepared {
  explicit Prepared(std::string text_in) : text(std::move(text_in)) { REQUIRE(PrepareForAttribution(text, &doc).ok()); }
  std::string text;
  Document doc;
};

// Whether the words `words` of `a` can be a speaker.
bool Plausible(const Prepared& a, std::string_view words) {
  Document doc = a.doc;
  Context ctx(&doc);
  const size_t at = doc.text.find(words);
  REQUIRE(at != std::string_view::npos);
  return IsPlausibleSpeaker(ctx, Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())});
}

TEST_CASE("speaker candidates: names, pronouns and descriptions can speak; fragments cannot") {
  Prepared a(
      "Amid the protests, Angela Merkel and senior officials met. She and the company agreed. "
      "Months passed and the limits held. His mayoral bid and Democrats and Analyts waited. China's coast guard "
      "and the militia left.\n");
  for (std::string_view yes : {"Angela Merkel", "senior officials", "She", "the company", "Democrats", "Analyts",
                               "China's coast guard", "the militia"}) {
    CHECK_MESSAGE(Plausible(a, yes), yes);
  }
  for (std::string_view no : {"Amid", "Months", "the limits", "His mayoral"}) CHECK_MESSAGE(!Plausible(a, no), no);
}

TEST_CASE("speaker candidates: the subject before a verb, past adverbs and a parenthesis") {
  Prepared a("Officials met. Rep. Jim Jordan (R-Ohio) has also said that the deal was bad.\n");
  Document doc = a.doc;
  Context ctx(&doc);
  const uint32_t said = ctx.FirstTokenAt(static_cast<uint32_t>(doc.text.find("said")));
  const uint32_t sb = ctx.SentenceBegin(said);
  const uint32_t end = SubjectEnd(ctx, said, sb);
  REQUIRE(end > sb);
  CHECK(doc.Text(SubjectEndingAt(ctx, end - 1, sb)).find("Jordan") != std::string_view::npos);
}

TEST_CASE("speaker candidates: a name inside the subject is taken whole, whatever its words") {
  // "State" is also a verb of speech.
  Prepared a("Officials met. A State Department spokesperson said the talks would go on.\n");
  Document doc = a.doc;
  Context ctx(&doc);
  const uint32_t said = ctx.FirstTokenAt(static_cast<uint32_t>(doc.text.find("said")));
  const uint32_t sb = ctx.SentenceBegin(said);
  CHECK(doc.Text(SubjectEndingAt(ctx, said - 1, sb)) == "A State Department spokesperson");
}

TEST_CASE("speaker candidates: the day of speaking is not part of the subject") {
  Prepared a(
      "Shares rose. Nvidia on Wednesday reported that revenue rose 62%. "
      "Sean Spicer on Thursday evening said the party was not in a crisis. USA Today noted that the bill "
      "would pass.\n");
  Document doc = a.doc;
  Context ctx(&doc);
  // Not a name's last word: "USA Today".
  for (const auto& [verb, subject] : {std::pair<std::string_view, std::string_view>{"reported", "Nvidia"},
                                      {"said", "Sean Spicer"},
                                      {"noted", "USA Today"}}) {
    const uint32_t t = ctx.FirstTokenAt(static_cast<uint32_t>(doc.text.find(verb)));
    const uint32_t sb = ctx.SentenceBegin(t);
    const uint32_t end = SubjectEnd(ctx, t, sb);
    REQUIRE(end > sb);
    CHECK(doc.Text(SubjectEndingAt(ctx, end - 1, sb)) == subject);
  }
}

TEST_CASE("speaker candidates: after an inverted cue, the words that describe a name belong to the speaker") {
  Prepared a(
      "“We are wrong,” said 9/11 widow Terry Strada. “We lost,” said one Democratic source. "
      "“We won,” said Sen. Ted Cruz on Monday.\n");
  Document doc = a.doc;
  Context ctx(&doc);
  auto after = [&](size_t at) {
    const uint32_t t = ctx.FirstTokenAt(static_cast<uint32_t>(at)) + 1;
    return std::string(doc.Text(SubjectStartingAt(ctx, t, ctx.SentenceEnd(t))));
  };
  const size_t first = doc.text.find("said");
  CHECK(after(first) == "9/11 widow Terry Strada");
  const size_t second = doc.text.find("said", first + 1);
  CHECK(after(second) == "one Democratic source");
  CHECK(after(doc.text.find("said", second + 1)) == "Sen. Ted Cruz");
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
