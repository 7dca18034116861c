#include "quotes.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sample_article_for_test.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

// The quoted contents (marks excluded) of `text`, joined by " | ", analysed
// like the pipeline does: tokens, paragraphs, then quotations.
std::string Contents(const std::string& text, Document* doc) {
  doc->Clear();
  doc->text = text;
  Tokenize(doc->text, &doc->tokens);
  Segment(doc);
  FindQuotations(doc);
  std::string contents;
  for (const Quote& quote : doc->quotes) {
    if (!contents.empty()) contents += " | ";
    contents += doc->Text(quote.content);
  }
  return contents;
}

std::string Contents(const std::string& text) {
  Document doc;
  return Contents(text, &doc);
}

TEST_CASE("quotes: span includes the marks, content excludes them") {
  const std::string text = "He said “we will win” today.";
  Document doc;
  REQUIRE(Contents(text, &doc) == "we will win");
  const Quote& quote = doc.quotes[0];
  CHECK(doc.Text(quote.span) == "“we will win”");
  CHECK(quote.kind == QuoteKind::kDirect);
  CHECK(quote.speaker.empty());
}

TEST_CASE("quotes: every common style") {
  CHECK(Contents("She said “yes” then.") == "yes");
  CHECK(Contents("She said ‘yes’ then.") == "yes");
  CHECK(Contents("She said \"yes\" then.") == "yes");
  CHECK(Contents("She said 'yes' then.") == "yes");
  CHECK(Contents("Il a dit « oui » hier.") == "oui");
  CHECK(Contents("Il a dit ‹ oui › hier.") == "oui");
  CHECK(Contents("Er sagte „ja“ gestern.") == "ja");
  CHECK(Contents("Er sagte ‚ja‘ gestern.") == "ja");
  CHECK(Contents("Er sagte »ja« gestern.") == "ja");
  CHECK(Contents("Han sa »ja» i går.") == "ja");
  CHECK(Contents("彼は「はい」と言った。") == "はい");
  CHECK(Contents("彼は『はい』と言った。") == "はい");
  CHECK(Contents("Polish „tak” style.") == "tak");
}

TEST_CASE("quotes: apostrophes are not quotation marks") {
  CHECK(Contents("Xi’s plan for the ’90s is rock ’n’ roll, say the students’ union.") == "");
  CHECK(Contents("It's the '90s and rock 'n' roll, don't 'em? The workers' party.") == "");
  CHECK(Contents("China’s chips and Nvidia’s CUDA and O’Brien’s view.") == "");
  // An apostrophe inside a quotation does not close it.
  CHECK(Contents("He said ‘Xi’s plan for the ’90s is rock ’n’ roll’ loudly.") ==
        "Xi’s plan for the ’90s is rock ’n’ roll");
  CHECK(Contents("He said 'it's fine' and left.") == "it's fine");
}

TEST_CASE("quotes: a plural possessive closes only when nothing better does") {
  CHECK(Contents("‘The students’ union is strong,’ she said.") == "The students’ union is strong,");
  CHECK(Contents("‘I love the Smiths’ he said.") == "I love the Smiths");
}

TEST_CASE("quotes: straight and curly doubles mixed by an editor still pair") {
  // As printed by Politico: "work-related” and “no evidence".
  CHECK(Contents("She sorted the \"work-related” emails from “personal\" ones.") == "work-related | personal");
  // A straight mark that could open stays nested inside a curly quotation.
  CHECK(Contents("“He said \"no\" to me,” she said.") == "He said \"no\" to me,");
}

TEST_CASE("quotes: two apostrophes and two backticks are double marks (ASCII/LaTeX style)") {
  // Two apostrophes both open and close, as in the NYT archive; the inner
  // apostrophes of It's and doesn't stay apostrophes.
  CHECK(Contents("''It's anti-reform. She's layering,'' he said.") == "It's anti-reform. She's layering,");
  CHECK(Contents("the campaign was ''taking a close look'' at it; ''It doesn't,'' he said.") ==
        "taking a close look | It doesn't,");
  Document doc;
  const std::string text = "He said ''yes'' then.";
  Contents(text, &doc);
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.Text(doc.quotes[0].span) == "''yes''");
  // LaTeX opens with two backticks and closes with two apostrophes.
  CHECK(Contents("He said ``we will win'' and left.") == "we will win");
  // A single quotation closed at the end of a double one: ' then ''.
  CHECK(Contents("''He said 'no''' she recalled.") == "He said 'no'");
  // One apostrophe, or two inside a word, is still no quotation mark.
  CHECK(Contents("The workers' party and rock ''n roll.") == "");
}

TEST_CASE("quotes: the outermost of nested quotations") {
  CHECK(Contents("Then “He said ‘no’ to me,” she said.") == "He said ‘no’ to me,");
  CHECK(Contents("“‘Hello,’ he said,” she recalled.") == "‘Hello,’ he said,");
  CHECK(Contents("\"He said 'no' to me\" and \"yes\".") == "He said 'no' to me | yes");
}

TEST_CASE("quotes: a quotation continued over paragraphs is one quote") {
  const std::string text =
      "Intro line.\n\n“We will fight on the beaches.\n\n“We will fight in the hills.\n\n"
      "“We shall never surrender,” he said.\n\nAfter “that” came calm.";
  Document doc;
  CHECK(Contents(text, &doc) ==
        "We will fight on the beaches.\n\n“We will fight in the hills.\n\n"
        "“We shall never surrender, | that");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.Text(doc.quotes[0].span).substr(0, 3) == "“");
  CHECK(doc.Text(doc.quotes[0].span).back() == '\x9D');  // the last byte of ”
}

TEST_CASE("quotes: an unbalanced mark never swallows the rest of the article") {
  const std::string text =
      "He said “this never ends.\n\nA new paragraph with “a quote” in it.\n\n"
      "And “another” here.";
  CHECK(Contents(text) == "a quote | another");
  // A closed quotation inside an unclosed one is kept.
  CHECK(Contents("He said “open and then ‘inner’ ends.") == "inner");
  // A repeated opening abandons the unbalanced one.
  CHECK(Contents("He said “oops and then “real one” ends.") == "real one");
  // A stray closing mark and inch marks open nothing.
  CHECK(Contents("A 5\" screen” and then more text.") == "");
  CHECK(Contents("No quotes” at all.\n\nNext “par” here.") == "par");
  CHECK(Contents("Empty “” marks.") == "");
}

TEST_CASE("quotes: output sorted by begin and without overlaps") {
  Document doc;
  Contents("“a” and ‘b’ and \"c\" and «d» and „e“ and 「f」.", &doc);
  REQUIRE(doc.quotes.size() == 6);
  for (size_t i = 1; i < doc.quotes.size(); ++i) {
    CHECK(doc.quotes[i - 1].span.end <= doc.quotes[i].span.begin);
  }
}

TEST_CASE("quotes: the sample article has exactly five quotations") {
  const std::string text = ReadSampleArticle();
  if (text.empty()) return;
  REQUIRE(text.find("Editor's choice") != std::string::npos);
  REQUIRE(text.find("Nvidia’s") != std::string::npos);
  Document doc;
  CHECK(Contents(text, &doc) ==
        "self-reliance | self-reliance and self-strengthening | strengthen basic research | make pinpointed efforts | "
        "a game of rich countries, rich companies and rich people in rich countries");
  REQUIRE(doc.quotes.size() == 5);
  CHECK(doc.Text(doc.quotes[0].span) == "‘self-reliance’");
}

TEST_CASE("quotes: linear in the number of unbalanced marks") {
  // Thousands of unclosed openings in one paragraph: each mark costs O(1).
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "“open ‘more ";
  text += "“closed” end.";
  CHECK(Contents(text) == "closed");
}

}  // namespace
}  // namespace annotator
