#include "page/page_lines.h"

#include <doctest/doctest.h>

#include <string>

#include "page/body_words.h"
#include "page/line_features.h"
#include "page/lines_for_test.h"
#include "page/title_features.h"

namespace annotator {
namespace {

using Lines = LinesForTest;

TEST_CASE("page lines: a web page's lines stay apart where the segmenter joins them") {
  // "by Jane Doe" reads on from the headline, so the segmenter makes one
  // paragraph of the two; on a page they are two blocks.
  const Lines page("Menu\nHarbour cities race to rebuild\nby Jane Doe\nUpdated 9:41 AM ET\n\nThe story begins here.");
  REQUIRE(page.lines.size() == 5);
  CHECK(page.Text(1) == "Harbour cities race to rebuild");
  CHECK(page.Text(2) == "by Jane Doe");
  CHECK(page.lines[2].byline);
  CHECK(page.lines[3].has_date);
  CHECK(page.lines[4].blank_before);
  CHECK_FALSE(page.lines[3].blank_before);
}

TEST_CASE("page lines: hard-wrapped prose keeps its paragraphs") {
  const Lines text(
      "The paper mill on the river, closed since the flood of 2022, reopened on\n"
      "Monday with a smaller workforce and new machines, its owners said, adding\n"
      "that they hoped to hire another forty people by the end of the year.\n\n"
      "Workers queued at the gates before dawn, and some said they had driven\n"
      "for hours to be there when the first shift began at six in the morning,\n"
      "and the town council said the suppliers would come back with the jobs.\n\n"
      "The owners said the new machines use a third less water than the old\n"
      "ones and that the river would be cleaner for it.\n");
  REQUIRE(text.lines.size() == 3);
  CHECK(IsProse(text.lines[0]));
  CHECK(text.lines[0].width > 200);
}

TEST_CASE("page lines: shape facts") {
  const Lines page(
      "Home\nHome\nBy Jane Doe and John Roe, Reuters\n— Jane Doe (@jane) May 1, 2019\n___\n"
      "(Reporting by Jane Doe; Editing by John Roe)\nWhat to know:\nPATH TO THE FINAL\n"
      "Jane Doe is a reporter covering ports and shipping for the paper.\n"
      "June 9 – Tampa, FL @ Amalie Arena\nJune 10 – Miami, FL @ Bayfront Park\n");
  REQUIRE(page.lines.size() == 11);
  CHECK(page.lines[0].repeats == 2);
  CHECK(page.lines[2].byline);
  CHECK(page.lines[3].signature);
  CHECK(page.lines[4].rule);
  CHECK(page.lines[5].parenthetical);
  CHECK(page.lines[6].ends_colon);
  CHECK(page.lines[7].all_caps);
  CHECK(page.lines[8].bio);
  CHECK(page.lines[8].ends_stop);
  // Rows of a list share their marks.
  CHECK(page.lines[9].skeleton != 0);
  CHECK(page.lines[9].skeleton == page.lines[10].skeleton);
  CHECK(page.lines[9].skeleton != page.lines[3].skeleton);
}

TEST_CASE("page lines: the body is the long run of prose, menus around it are not") {
  std::string text = "Home\nNews\nSport\nWeather\nCulture\nHeadline of the story\n";
  for (int i = 0; i < 5; ++i) {
    text += "A paragraph of the story that says something in a full sentence, as stories do, number " +
            std::to_string(i) + ".\n";
  }
  text += "Subheading\nAnother paragraph of the story that goes on for a while and ends with a full stop.\n";
  text += "About\nContact\nPrivacy\nTerms\nCareers\n";
  const Lines page(text);
  const BodyRun body = FindBodyRun(page.lines);
  CHECK(body.begin == 6);
  CHECK(body.end == 13);
}

TEST_CASE("page lines: a list after the story is part of its body") {
  std::string text = "Menu\nSearch\nTour announced\n";
  for (int i = 0; i < 3; ++i)
    text += "The band will play thirty dates next summer, its first tour in a decade, it said.\n";
  text +=
      "The dates:\nJune 9 – Tampa, FL @ Amalie Arena\nJune 10 – Miami, FL @ Bayfront Park\n"
      "June 12 – Atlanta, GA @ State Farm Arena\nJune 14 – Nashville, TN @ Bridgestone Arena\n"
      "Facebook\nTwitter\nEmail\nPrint\n";
  const Lines page(text);
  const BodyRun body = FindBodyRun(page.lines);
  CHECK(body.begin == 3);
  CHECK(body.end == 11);
}

TEST_CASE("page lines: a teaser cut short is no prose") {
  const Lines page(
      "Readers often write to ask why the old ferry pier was never rebuilt, and the answer starts in 1962 […]\n"
      "And then the tide turned …\n"
      "The council said it would vote again on Friday, after the budget talks broke down.\n");
  REQUIRE(page.lines.size() == 3);
  CHECK(page.lines[0].truncated);
  CHECK(page.lines[0].ends_ellipsis);
  CHECK_FALSE(IsProse(page.lines[0]));
  CHECK(page.lines[1].ends_ellipsis);
  CHECK_FALSE(page.lines[1].truncated);
  CHECK_FALSE(page.lines[2].ends_ellipsis);
  CHECK(IsProse(page.lines[2]));
}

TEST_CASE("page lines: a sentence that opens with a clutter phrase does not split the body") {
  // A short story around a call to action: the body is all of it, not the
  // teasers under it, however long their excerpts.
  std::string text = "Menu\nPuzzles\nA new set of crosswords\n";
  text += "The weekend edition brings forty new crosswords, from quick ones for the bus to cryptic ones for Sunday.\n";
  text += "Click here to see the first grid and try it before you buy the set.\n";
  text += "The set costs five dollars, the editors said.\n";
  text += "Share\nRecent posts\n";
  for (int i = 0; i < 4; ++i) {
    text += "Post " + std::to_string(i) +
            "\nThis week the setters explain how a clue about harbours took them a month to write […]\n";
  }
  const Lines page(text);
  const BodyRun body = FindBodyRun(page.lines);
  CHECK(body.begin == 3);
  CHECK(body.end == 6);
}

TEST_CASE("page lines: a phrase that opens a clause of running text names no clutter") {
  const Lines page(
      "Sign up for the streaming bundle using the same email as your music account\n"
      "Sign up for our newsletter\n"
      "SIGN UP FOR THE NEWSLETTER AND GET THE DAY'S BEST STORIES IN YOUR INBOX\n"
      "This website uses cookies to improve your experience and to show you the ads you see\n"
      "Related: How the city pays for the damage the river does to its bridges and roads\n");
  REQUIRE(page.lines.size() == 5);
  // An item of a how-to list in a story: a clause with the function words of prose.
  CHECK(ReadsAsClause(page.lines[0]));
  CHECK_FALSE(PhraseNamesClutter(page.lines[0]));
  CHECK_FALSE(IsClutterByPhrase(page.lines[0]));
  // A sign-up box, however long: short, or in capitals.
  CHECK(IsClutterByPhrase(page.lines[1]));
  CHECK_FALSE(ReadsAsClause(page.lines[2]));
  CHECK(IsClutterByPhrase(page.lines[2]));
  // A consent notice is written in sentences; a label stays a label.
  CHECK(ReadsAsClause(page.lines[3]));
  CHECK(PhraseNamesClutter(page.lines[3]));
  CHECK(IsClutterByPhrase(page.lines[4]));
}

TEST_CASE("line features: what the run of short lines holding a line is like") {
  // A menu, a sentence of prose, a list of changes, a sentence, a fact box.
  const Lines page(
      "Home\nWorld\nBusiness\n"
      "The new version of the game reached the stores on Monday, with changes that players asked for.\n"
      "New tasks for the game!\nBetter support for phones\nBugs fixed\n"
      "The studio said more changes would follow before the end of the year.\n"
      "Tickets\nVIP : 60,000 won\nR : 50,000 won\n02-751-1500\n");
  REQUIRE(page.lines.size() == 12);
  const BodyRun body = FindBodyRun(page.lines);
  WordSet body_words;
  CollectBodyWords(page.doc, page.lines, body, &body_words);
  std::vector<float> rows;
  LineFeatureRows(page.doc, page.lines, body, body_words, &rows);
  auto feature = [&](size_t line, LineFeature f) { return rows[line * kNumLineFeatures + f]; };
  CHECK(feature(1, kLineRunTitleCase) == 1.0f);
  CHECK(feature(1, kLineRunSentenceCase) == 0.0f);
  CHECK(feature(3, kLineRunTitleCase) == 0.0f);  // prose is no short line
  CHECK(feature(5, kLineRunSentenceCase) > feature(1, kLineRunSentenceCase));
  CHECK(feature(5, kLineRunTitleCase) < 0.5f);
  CHECK(feature(9, kLineRunFigures) == 0.75f);
  CHECK(feature(1, kLineRunFigures) == 0.0f);
}

TEST_CASE("page lines: no prose at all makes everything the body") {
  const Lines page("Milk\nEggs\nBread\n");
  const BodyRun body = FindBodyRun(page.lines);
  CHECK(body.begin == 0);
  CHECK(body.end == 3);
}

TEST_CASE("page lines: a photo credit after a bar or a slash is no headline; a headline naming the agency is") {
  const Lines page(
      "Alex Wong | Getty Images\nJane Doe/Getty Images\nPhotographers sue Getty Images over licence fees\n");
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[0], true));
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[1], true));
  CHECK(CouldBeHeadline(page.doc, page.lines[2], true));
}

TEST_CASE("page lines: a menu whose items runs of spaces part, or a table's row, is no headline") {
  const Lines page(
      "Home   Latest News   Local   Business   Sport   World\n1\tKyle Busch\t5040\t5\nTECH  PERSONAL TECHNOLOGY: "
      "REVIEW\nCane growers fume over mill delay\n");
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[0], true));  // was the Fiji Times' headline
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[1], true));
  CHECK(CouldBeHeadline(page.doc, page.lines[2], true));
  CHECK(CouldBeHeadline(page.doc, page.lines[3], true));
}

TEST_CASE("page lines: two short sentences ending with a full stop may be a headline, two long ones are prose") {
  const Lines page(
      "The A.I. boom is a bubble. Here's how it ends.\n"
      "The council met on Tuesday to discuss the budget. Members agreed to cut spending on roads and parks.\n");
  CHECK(CouldBeHeadline(page.doc, page.lines[0], true));
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[1], true));
}

TEST_CASE("page lines: a line ending with a verb of speech and a colon opens someone's words, no headline") {
  const Lines page("Milan Griffes on September 12, 2018 at 4:47 pm said:\nSeptember 2018 open thread\n");
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[0], true));
  CHECK(CouldBeHeadline(page.doc, page.lines[1], true));
}

TEST_CASE("page lines: a story's first sentence after its dateline is no headline") {
  const Lines page("DERNA, Libya — The water came at night.\nWASHINGTON — Senate passes the bill\n");
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[0], true));
  CHECK_FALSE(CouldBeHeadline(page.doc, page.lines[1], true));
}

}  // namespace
}  // namespace annotator
