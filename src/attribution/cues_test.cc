#include "attribution/cues.h"

#include <doctest/doctest.h>

#include "annotator.h"

namespace annotator {
namespace attribution {
namespace {

// The cues of `text`, as "cue:source" joined by " | ", found in the document
// as attribution receives it.
std::string CuesOf(const std::string& text) {
  Document doc;
  REQUIRE(PrepareForAttribution(text, &doc).ok());
  Context ctx(&doc);
  std::string out;
  for (const Cue& cue : FindCues(ctx)) {
    if (!out.empty()) out += " | ";
    out += std::string(doc.Text(cue.cue)) + ":" + std::string(doc.Text(cue.source));
  }
  return out;
}

TEST_CASE("cues: a verb with its subject, inverted, and according to") {
  const auto cues = CuesOf(
      "Officials met in Paris. The minister said the talks had failed. “It is over,” said Anna Berg. "
      "According to the World Health Organization, cases are falling.\n");
  CHECK(cues == "said:The minister | said:Anna Berg | According to:the World Health Organization");
}

TEST_CASE("cues: a cue word used as a noun or inside a name is no cue") {
  const auto cues = CuesOf(
      "Officials met in Paris. The European push to regulate banks follows similar actions. Trump's comments "
      "came later. The United States citizenship program will expire. His report was late.\n");
  CHECK(cues == "");
}

TEST_CASE("cues: a plural noun after a name's past tense is no cue") {
  // "calls" had taken "Albanese on Thursday rejected" for its subject, and
  // the participle after the comma took it too.
  const auto cues = CuesOf(
      "Officials met. Albanese on Thursday rejected calls from the opposition to drop the target, saying "
      "Australians had voted for action.\n");
  CHECK(cues == "saying:Albanese");
}

TEST_CASE("cues: \"pointed out that\" is a cue of its own; \"pointed out the flaws\" is none") {
  const auto cues = CuesOf(
      "Officials met. He acknowledged that residents were frustrated but pointed out that the council faced a "
      "budget gap. She pointed out the flaws in the plan.\n");
  CHECK(cues == "acknowledged:He | pointed out:He");
}

TEST_CASE("cues: call for and call on are demands; a verb without a speaker is no cue") {
  const auto cues = CuesOf(
      "Officials met in Paris. Angela Merkel called for closer ties with Europe. The government is calling on "
      "banks to lend more. Months later said the plan would fail.\n");
  CHECK(cues == "called for:Angela Merkel | calling on:The government");
}

TEST_CASE("cues: the speaker before a modifier, never the object of a preposition") {
  const auto cues = CuesOf(
      "Officials met in Paris. Experts on North Korea and nuclear weapons said the test mattered. "
      "A spokesman for the company said it would appeal. Her submission to the court noted the delay.\n");
  CHECK(cues == "said:Experts on North Korea and nuclear weapons | said:A spokesman for the company");
}

TEST_CASE("cues: `as X put it` credits its subject; `put it` alone is no cue") {
  CHECK(CuesOf("Officials met in Paris. The rule is a “lawful source of income,” as a Homeland Security memo "
               "put it. As Mr. Rosenthal, a tax lawyer, recently put it, “Did he evade taxes?” "
               "She put it on the table.\n") == "put it:a Homeland Security memo | put it:Rosenthal");
}

TEST_CASE("cues: a cue inside reported speech is found too") {
  CHECK(CuesOf("Officials said the minister told reporters the plan was dead.\n") ==
        "said:Officials | told:the minister");
}

TEST_CASE("cues: an adverb before the verb, a participle that does not invert, a participle's subject") {
  CHECK(CuesOf("Officials met. Hillary Clinton boldly suggested that Donald Trump hides his taxes.\n") ==
        "suggested:Hillary Clinton");
  CHECK(CuesOf("Officials met. The company angrily denied that it had paid.\n") == "denied:The company");
  CHECK(CuesOf("Officials met. A New York judge has rejected the request, saying the courts have no business in "
               "it.\n") == "saying:A New York judge");
  CHECK(CuesOf("Officials met. The ad shows footage of Hillary Clinton asking, “Why not?”\n") ==
        "asking:Hillary Clinton");
  // A title of two words before the name that opens the sentence.
  CHECK(CuesOf("Officials met. Prime Minister Narendra Modi congratulated the team on X, calling the win a "
               "historic moment.\n") == "calling:Prime Minister Narendra Modi");
  // An honorific without a period ("Sir", "Dame").
  CHECK(CuesOf("Officials met. Sir Keir Starmer defended the cut, telling the conference that tough decisions were "
               "needed.\n") == "telling:Sir Keir Starmer");
  // An abbreviated title with its period; not a word that opens a clause.
  CHECK(CuesOf("Officials met. Sen. Rand Paul voted against the measure, calling it a gimmick.\n") ==
        "calling:Sen. Rand Paul");
  CHECK(CuesOf("Officials met. When Mr. Cruz arrived, Mr. Trump left the room, saying it was late.\n") ==
        "saying:Mr. Trump");
  CHECK(CuesOf("Officials met. Unlike Sen. Rand Paul, Sen. Ted Cruz voted for it, calling it a first step.\n") ==
        "calling:Sen. Ted Cruz");
}

TEST_CASE("cues: a speaker described with a number after of") {
  CHECK(CuesOf("Officials met. Pressed on dads, the 34-year-old mother of three replied, “It is meant to "
               "benefit mothers.”\n") == "replied:the 34-year-old mother of three");
}

TEST_CASE("cues: a second verb after and takes the subject of its own clause") {
  CHECK(
      CuesOf(
          "Officials met. When my mother mentioned the devil to me, I smiled and said, “I do not believe in it.”\n") ==
      "mentioned:my mother | said:I");
  CHECK(CuesOf("Officials met. Protesters said they want “justice,” but pledged to remain civil.\n") ==
        "said:Protesters | pledged:Protesters");
}

TEST_CASE("cues: an answer by a deed is no speech; an answer by words is") {
  CHECK(CuesOf("Officials met. Fans chanted that he would be “sacked in the morning,” and he responded by holding "
               "up six fingers.\n") == "chanted:Fans");
  CHECK(CuesOf("Officials met. The minister replied by closing the bridge.\n") == "");
  CHECK(CuesOf("Officials met. Mr. Trump responded by saying the plan was dead.\n") == "responded:Trump");
  CHECK(CuesOf("Officials met. She replied by email that the plan was dead.\n") == "replied:She");
}

TEST_CASE("cues: a participle of publishing after a medium's noun is no cue; the report's own verb is") {
  CHECK(CuesOf("Officials met. Shou Zi Chew thanked Donald Trump in a video posted on the app, saying he was "
               "committed to a solution.\n") == "thanked:Shou Zi Chew | saying:Shou Zi Chew");
  CHECK(CuesOf("Officials met. The report claimed that the plan was dead.\n") == "claimed:The report");
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
