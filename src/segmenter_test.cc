#include "segmenter.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "sample_article_for_test.h"
#include "tokenizer.h"

namespace annotator {
namespace {

struct Segmented {
  std::string text;
  Document doc;
  std::vector<std::string> sentences;
  std::vector<std::string> paragraphs;
};

// Tokenizes and segments `text`; keeps the text alive next to the document.
void Run(std::string text, Segmented* out) {
  out->text = std::move(text);
  out->doc.Clear();
  out->doc.text = out->text;
  Tokenize(out->doc.text, &out->doc.tokens);
  Segment(&out->doc);
  out->sentences.clear();
  out->paragraphs.clear();
  for (Span s : out->doc.sentences) out->sentences.emplace_back(out->doc.Text(s));
  for (Span p : out->doc.paragraphs) out->paragraphs.emplace_back(out->doc.Text(p));
}

std::vector<std::string> Sentences(std::string text) {
  Segmented s;
  Run(std::move(text), &s);
  return s.sentences;
}

using Strings = std::vector<std::string>;

TEST_CASE("Segment ends a sentence at the platform X after a lower-case word, not at an initial") {
  CHECK(Sentences("He posted on X. Police said so.") == Strings{"He posted on X.", "Police said so."});
  CHECK(Sentences("Malcolm X. Little was born in Omaha.") == Strings{"Malcolm X. Little was born in Omaha."});
}

TEST_CASE("Segment splits after U.S. before a sentence starter, with exact offsets") {
  const std::string paragraph =
      "He emphasized the need for China to achieve “self-reliance and self-strengthening” in AI "
      "to compete with global powers, especially the U.S. His remarks come as the rivalry with "
      "U.S. in artificial intelligence leadership heats up.";
  Segmented s;
  Run(paragraph, &s);
  REQUIRE(s.doc.sentences.size() == 2);
  // “ and ” are 3 bytes each, so the byte offsets run 4 ahead of characters.
  const uint32_t second = static_cast<uint32_t>(paragraph.find("His remarks"));
  CHECK(second == 144);
  CHECK(s.doc.sentences[0].begin == 0);
  CHECK(s.doc.sentences[0].end == 143);
  CHECK(s.sentences[0].substr(s.sentences[0].size() - 4) == "U.S.");
  CHECK(s.doc.sentences[1].begin == 144);
  CHECK(s.doc.sentences[1].end == paragraph.size());
  REQUIRE(s.doc.paragraphs.size() == 1);
  CHECK(s.doc.paragraphs[0].end == paragraph.size());
}

TEST_CASE("Segment keeps a court case's \"v.\" inside the sentence, not before a sentence starter") {
  CHECK(Sentences("The ruling overturned Roe v. Wade in 2022. It was a landmark.") ==
        Strings{"The ruling overturned Roe v. Wade in 2022.", "It was a landmark."});
  CHECK(Sentences("He scored in game v. The next one was lost.").size() == 2);
}

TEST_CASE("Segment: every line of the sample article is a paragraph; bullets stand alone") {
  const std::string text = ReadSampleArticle();
  if (text.empty()) return;
  REQUIRE(!text.empty());
  Segmented s;
  Run(text, &s);
  const std::string bullets[] = {
      "• President Xi Jinping urges China to achieve AI self-reliance and challenge U.S. dominance.",
      "• China will speed up the development of an AI risk warning and emergency response system "
      "to ensure AI safety.",
      "• Xi called for international collaboration on AI governance, emphasizing that AI should not "
      "be limited to wealthy countries and companies.",
  };
  for (const std::string& bullet : bullets) {
    const uint32_t begin = static_cast<uint32_t>(text.find(bullet));
    REQUIRE(begin != std::string::npos);
    bool found = false;
    for (Span p : s.doc.paragraphs) found |= p.begin == begin && p.end == begin + bullet.size();
    CHECK_MESSAGE(found, bullet);
  }
  // Headlines and "See also" lines without final punctuation are their own
  // paragraph and sentence.
  for (const std::string headline : {"China commits to ‘self-reliance’ in AI to challenge U.S. tech dominance",
                                     "Xi urges China to close AI gaps and strengthen domestic innovation",
                                     "See also\u00A0 Intel CEO charts new AI course to challenge Nvidia"}) {
    bool paragraph = false, sentence = false;
    for (const std::string& p : s.paragraphs) paragraph |= p == headline;
    for (const std::string& t : s.sentences) sentence |= t == headline;
    CHECK_MESSAGE(paragraph, headline);
    CHECK_MESSAGE(sentence, headline);
  }
  // The page has 49 non-empty lines; one reads on into the next (a line break
  // inside a sentence of the newsletter box), so 48 paragraphs.
  CHECK(s.doc.paragraphs.size() == 48);
  bool joined = false;
  for (const std::string& p : s.paragraphs) joined |= p == "Join now and\nnever miss a move.";
  CHECK(joined);
  CHECK(s.doc.sentences.size() > s.doc.paragraphs.size());
  // Sentences never cross paragraphs, and they tile each paragraph's tokens.
  size_t sentence = 0;
  for (Span p : s.doc.paragraphs) {
    REQUIRE(sentence < s.doc.sentences.size());
    CHECK(s.doc.sentences[sentence].begin == p.begin);
    while (sentence < s.doc.sentences.size() && s.doc.sentences[sentence].end <= p.end) {
      CHECK(s.doc.sentences[sentence].begin >= p.begin);
      ++sentence;
    }
    CHECK(s.doc.sentences[sentence - 1].end == p.end);
  }
  CHECK(sentence == s.doc.sentences.size());
}

TEST_CASE("Segment splits after a quotation that ends a sentence") {
  CHECK(Sentences("He said “we will win.” Then he left.") == Strings{"He said “we will win.”", "Then he left."});
  CHECK(Sentences("He said \"we will win.\" Then he left.") == Strings{"He said \"we will win.\"", "Then he left."});
  // ...but not before the attribution that continues it.
  CHECK(Sentences("“Will we win?” he asked. “Yes!”, she said.") ==
        Strings{"“Will we win?” he asked.", "“Yes!”, she said."});
  CHECK(Sentences("Really?! No… Wait... what? Fine.") == Strings{"Really?!", "No…", "Wait... what?", "Fine."});
  // A spaced closing mark at the end of the paragraph opens nothing.
  CHECK(Sentences("He said \" we will win . \"\n\nThen he left .") ==
        Strings{"He said \" we will win . \"", "Then he left ."});
  CHECK(Sentences("He wept ( quietly . )") == Strings{"He wept ( quietly . )"});
  // Followed by words it may open the next sentence.
  CHECK(Sentences("He left . \" We stay , \" she said .") == Strings{"He left .", "\" We stay , \" she said ."});
}

TEST_CASE("Segment parts a table's cells at tabs; a tab that indents a paragraph parts nothing") {
  CHECK(Sentences("CB\tDenzel Ward\t74\t100%\t4 tackles (4 combined).") ==
        Strings{"CB", "Denzel Ward", "74", "100%", "4 tackles (4 combined)."});
  CHECK(Sentences("\tThe president spoke on Monday. He left.") ==
        Strings{"The president spoke on Monday.", "He left."});
}

TEST_CASE("Segment keeps titles, initials and abbreviations inside sentences") {
  CHECK(Sentences("Mr. Smith met Dr. Jones and Gen. Lee at 5 p.m. on Jan. 5 in St. Louis.") ==
        Strings{"Mr. Smith met Dr. Jones and Gen. Lee at 5 p.m. on Jan. 5 in St. Louis."});
  CHECK(Sentences("George W. Bush and J.K. Rowling met U.S. Army officers, e.g. Col. Smith.") ==
        Strings{"George W. Bush and J.K. Rowling met U.S. Army officers, e.g. Col. Smith."});
  CHECK(Sentences("Apple Inc. said so. Shares of Acme Corp. The company fell.") ==
        Strings{"Apple Inc. said so.", "Shares of Acme Corp.", "The company fell."});
  CHECK(Sentences("It was No. 10 vs. No. 2 at 3 a.m. The game ended.") ==
        Strings{"It was No. 10 vs. No. 2 at 3 a.m.", "The game ended."});
  // Canadian and police ranks: a councillor, a constable, a corporal.
  CHECK(Sentences("\"It is big,\" Coun. Evan Duchesne said. Const. Mary Smith and Cpl. Jean Tremblay came.") ==
        Strings{"\"It is big,\" Coun. Evan Duchesne said.", "Const. Mary Smith and Cpl. Jean Tremblay came."});
}

TEST_CASE("JoinSentencesCutInAbbreviations joins what Segment cut inside R-S.D. and Sino-U.S.") {
  Segmented s;
  Run("Sen. John Thune, R-S.D., said Democrats were to blame. Sino-U.S. talks resumed. The U.S. Army came.", &s);
  REQUIRE(s.sentences.size() > 3);  // what the recognizer reads, as it was trained
  JoinSentencesCutInAbbreviations(&s.doc);
  Strings joined;
  for (Span sentence : s.doc.sentences) joined.emplace_back(s.doc.Text(sentence));
  CHECK(joined == Strings{"Sen. John Thune, R-S.D., said Democrats were to blame.", "Sino-U.S. talks resumed.",
                          "The U.S. Army came."});
}

TEST_CASE("Segment: byte offsets with emoji and CJK, CRLF line endings") {
  // 👍🏽 is 8 bytes, 习近平 9 bytes: offsets are bytes, not characters.
  const std::string text = "Great news 👍🏽!\r\nXi (习近平) spoke. He left.\r\n\r\n• Item one\r\n• Item two";
  Segmented s;
  Run(text, &s);
  REQUIRE(s.doc.paragraphs.size() == 4);
  CHECK(s.paragraphs == Strings{"Great news 👍🏽!", "Xi (习近平) spoke. He left.", "• Item one", "• Item two"});
  CHECK(s.doc.paragraphs[0].end == 20);
  CHECK(s.doc.paragraphs[1].begin == 22);
  REQUIRE(s.doc.sentences.size() == 5);
  CHECK(s.doc.sentences[1].begin == 22);
  CHECK(s.doc.sentences[1].end == 43);
  CHECK(s.sentences[2] == "He left.");
  CHECK(s.doc.sentences[2].begin == 44);
  CHECK(s.sentences[3] == "• Item one");
  CHECK(s.sentences[4] == "• Item two");
  CHECK(s.doc.sentences[4].end == text.size());
}

TEST_CASE("Segment: CJK full stops end sentences without spaces") {
  CHECK(Sentences("习近平发表讲话。他强调自主创新！") == Strings{"习近平发表讲话。", "他强调自主创新！"});
}

TEST_CASE("Segment joins hard-wrapped prose but keeps pasted lines apart") {
  // Pasted web text: a line ending without punctuation followed by a capital
  // is a headline, its own paragraph.
  Segmented pasted;
  Run("Beijing steps up efforts to regulate AI\nBeijing has announced plans to tighten control.", &pasted);
  CHECK(pasted.paragraphs.size() == 2);
  // A single wrapped line that reads on joins its paragraph.
  Segmented wrapped_once;
  Run("The company, which was\nfounded in 2015 and is based in Shenzhen, said\nthat it would grow.", &wrapped_once);
  CHECK(wrapped_once.paragraphs.size() == 1);
  CHECK(wrapped_once.sentences.size() == 1);
  // Hard-wrapped prose: every single break joins, even before a capital.
  const std::string prose =
      "At a Politburo meeting on Friday, Xi said his country must focus on\n"
      "developing its own AI industry, making it independent and under full\n"
      "control. He emphasized the need for China to achieve self-reliance in\n"
      "AI to compete with global powers, especially the U.S. His remarks come\n"
      "as the rivalry with U.S. in artificial intelligence leadership heats\n"
      "up.\n"
      "\n"
      "President Xi said that China must act quickly to close its gaps with\n"
      "other nations, urging the country to recognize them.\n"
      "  - a bullet line after prose\n";
  Segmented hard;
  Run(prose, &hard);
  REQUIRE(hard.paragraphs.size() == 3);
  CHECK(hard.paragraphs[2] == "- a bullet line after prose");
  CHECK(hard.sentences.size() == 5);
  CHECK(hard.sentences[2].rfind("His remarks come\nas the rivalry", 0) == 0);
}

TEST_CASE("Segment handles numbered lists and empty input") {
  Segmented list;
  Run("Steps:\n1. Open the door.\n2. Walk in.", &list);
  CHECK(list.paragraphs == Strings{"Steps:", "1. Open the door.", "2. Walk in."});
  CHECK(list.sentences == Strings{"Steps:", "1. Open the door.", "2. Walk in."});
  Segmented empty;
  Run(" \r\n\r\n ", &empty);
  CHECK(empty.doc.paragraphs.empty());
  CHECK(empty.doc.sentences.empty());
}

TEST_CASE("Segment keeps a wire story's index code after a dot inside its sentence") {
  CHECK(Sentences("On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points. Oil rose.") ==
        Strings{"On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points.", "Oil rose."});
  // A stray space before a full stop still ends the sentence.
  CHECK(Sentences("Prices fell . Then they rose.") == Strings{"Prices fell .", "Then they rose."});
}

TEST_CASE("JoinSentencesCutInAbbreviations joins what Segment cut at a code's decimal point") {
  // "PM2.5 readings …, the department said" reported "5 readings …".
  Segmented s;
  Run("PM2.5 readings peaked on March 9, the department said. Code A4.5 stays. It fell.", &s);
  JoinSentencesCutInAbbreviations(&s.doc);
  Strings joined;
  for (Span sentence : s.doc.sentences) joined.emplace_back(s.doc.Text(sentence));
  CHECK(joined == Strings{"PM2.5 readings peaked on March 9, the department said.", "Code A4.5 stays.", "It fell."});
}

}  // namespace
}  // namespace annotator
