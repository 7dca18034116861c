#include "tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sample_article_for_test.h"

namespace annotator {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> texts;
  for (const Token& t : tokens) texts.emplace_back(text.substr(t.begin, t.end - t.begin));
  return texts;
}

using Strings = std::vector<std::string>;

// The kind of the only token equal to `token_text`.
TokenKind KindOf(std::string_view text, std::string_view token_text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  for (const Token& t : tokens) {
    if (text.substr(t.begin, t.end - t.begin) == token_text) return t.kind;
  }
  FAIL("token not found: " << std::string(token_text));
  return TokenKind::kOther;
}

TEST_CASE("Tokenizer keeps abbreviations, numbers and money apart as documented") {
  CHECK(Texts("especially the U.S. His remarks") == Strings{"especially", "the", "U.S.", "His", "remarks"});
  CHECK(Texts("over 2,000 organizations aiming for 70% self-sufficiency") ==
        Strings{"over", "2,000", "organizations", "aiming", "for", "70", "%", "self-sufficiency"});
  CHECK(Texts("raised $1.5bn, or €3.2 million.") ==
        Strings{"raised", "$", "1.5", "bn", ",", "or", "€", "3.2", "million", "."});
  CHECK(Texts("J.K. Rowling met George W. Bush and Mr. Smith on Jan. 5 at No. 10") ==
        Strings{"J.K.", "Rowling", "met", "George", "W.", "Bush", "and", "Mr.", "Smith", "on", "Jan.", "5", "at", "No.",
                "10"});
  // Titles of Nigeria's engineers, Britain's councillors and India's married women.
  CHECK(Texts("Engr. Dave Umahi, Cllr. Fatima Hussain, Smt. Sonia Gandhi") ==
        Strings{"Engr.", "Dave", "Umahi", ",", "Cllr.", "Fatima", "Hussain", ",", "Smt.", "Sonia", "Gandhi"});
  // "Ma." is Maria in a Filipino name, and the family name Ma after another name.
  CHECK(Texts("said Ma. Lourdes dela Cruz, not Jack Ma. Alibaba") ==
        Strings{"said", "Ma.", "Lourdes", "dela", "Cruz", ",", "not", "Jack", "Ma", ".", "Alibaba"});
  CHECK(IsJoinedInitialName("S.Amarbat"));
  CHECK(IsJoinedInitialName("Kh.Bolormaa"));
  CHECK(IsJoinedInitialName("\xC3\x96.Batbold"));  // Ö.Batbold
  for (const char* word : {"Dr.Smith", "J.Smith@gmail", "U.S.Army", "S.AMARBAT", "S.Am", "s.Amarbat"}) {
    CHECK_MESSAGE(!IsJoinedInitialName(word), word);
  }
  // The rupee's abbreviation glued to the amount ends no sentence.
  CHECK(Texts("about Rs.58,000, which") == Strings{"about", "Rs.", "58,000", ",", "which"});
  // Mongolian names join the initial of the father's name to the given name.
  CHECK(Texts("Minister S.Amarbat and Kh.Bolormaa, not J.J.Lehto or E.Co") ==
        Strings{"Minister", "S.Amarbat", "and", "Kh.Bolormaa", ",", "not", "J.J.", "Lehto", "or", "E", ".", "Co"});
  CHECK(Texts("He said no. Then e.g. this, i.e. that") ==
        Strings{"He", "said", "no", ".", "Then", "e.g.", "this", ",", "i.e.", "that"});
  CHECK(Texts("in the 1990s, the 2nd of 3 in 2015-2016 on 9/11 at 10:30") ==
        Strings{"in", "the", "1990s", ",", "the", "2nd", "of", "3", "in", "2015-2016", "on", "9/11", "at", "10:30"});
  // Hyphen-joined digit groups stay one number, as in CoNLL and Penn tokens.
  CHECK(Texts("NEW YORK 1996-08-30 won 6-3 6-4") == Strings{"NEW", "YORK", "1996-08-30", "won", "6-3", "6-4"});
  CHECK(KindOf("cost 2,000 dollars", "2,000") == TokenKind::kNumber);
  CHECK(KindOf("70%", "%") == TokenKind::kSymbol);
  CHECK(KindOf("$5", "$") == TokenKind::kSymbol);
}

TEST_CASE("Tokenizer splits a currency's letters from a glued amount only where it can only be a sum") {
  CHECK(Texts("lost goods worth N2.5 million") == Strings{"lost", "goods", "worth", "N", "2.5", "million"});
  CHECK(Texts("paid N150,000, R2.5bn and KSh3.2 billion") ==
        Strings{"paid", "N", "150,000", ",", "R", "2.5", "bn", "and", "KSh", "3.2", "billion"});
  CHECK(Texts("N500 million") == Strings{"N", "500", "million"});
  // Riyals with a sum's form, Ugandan and Tanzanian shillings with any amount.
  CHECK(Texts("SR1.2 billion, SR99, Shs186m and TSh500") ==
        Strings{"SR", "1.2", "billion", ",", "SR99", ",", "Shs", "186", "m", "and", "TSh", "500"});
  // Kina and kwacha, taka, birr: "K" and "MK" with a sum's form only.
  CHECK(Texts("K45 million, MK3.5 billion and Tk500 but the K2 summit and a Golf MK3") ==
        Strings{"K", "45", "million", ",", "MK", "3.5", "billion", "and", "Tk", "500", "but", "the", "K2", "summit",
                "and", "a", "Golf", "MK3"});
  // A decimal comma, as South Africa writes it.
  CHECK(Texts("R45,5 million and R3,25") == Strings{"R", "45", ",", "5", "million", "and", "R", "3", ",", "25"});
  // A name with a number is one word.
  CHECK(Texts("N95 masks on the N1 highway near R2D2") ==
        Strings{"N95", "masks", "on", "the", "N1", "highway", "near", "R2D2"});
}

TEST_CASE("Tokenizer splits possessives and negations the Penn way") {
  CHECK(Texts("China’s and China's") == Strings{"China", "’s", "and", "China", "'s"});
  CHECK(Texts("don't can't won't I'm they're we've") ==
        Strings{"do", "n't", "ca", "n't", "wo", "n't", "I", "'m", "they", "'re", "we", "'ve"});
  CHECK(KindOf("Xi’s plan", "’s") == TokenKind::kWord);
  CHECK(KindOf("don’t", "n’t") == TokenKind::kWord);
  CHECK(Texts("O'Brien and O’Neill") == Strings{"O'Brien", "and", "O’Neill"});
  // Pre-tokenized text (CoNLL, Penn) sets clitics apart; they stay words.
  CHECK(Texts("Germany 's plan , we 're told") == Strings{"Germany", "'s", "plan", ",", "we", "'re", "told"});
  CHECK(KindOf("Germany 's plan", "'s") == TokenKind::kWord);
  // A quoted letter is still quoted.
  CHECK(Texts("the letter 's' is") == Strings{"the", "letter", "'", "s", "'", "is"});
}

TEST_CASE("Tokenizer tells apostrophes from single quotation marks") {
  CHECK(Texts("the ’90s rock ’n’ roll, love ’em") == Strings{"the", "’90s", "rock", "’n’", "roll", ",", "love", "’em"});
  CHECK(KindOf("the ’90s", "’90s") == TokenKind::kNumber);
  // A plural possessive is a word-like mark, not a quote...
  CHECK(Texts("the students’ union") == Strings{"the", "students", "’", "union"});
  CHECK(KindOf("the students’ union", "’") == TokenKind::kWord);
  // ...unless a single quotation is open, which it then closes.
  CHECK(KindOf("he praised ‘the students’ today", "’") == TokenKind::kQuote);
  // The sample article's headline: a scare-quoted word.
  const std::string headline = "China commits to ‘self-reliance’ in AI to challenge U.S. tech dominance";
  std::vector<Token> tokens;
  Tokenize(headline, &tokens);
  REQUIRE(tokens.size() == 13);
  CHECK(tokens[3].kind == TokenKind::kQuote);
  CHECK(tokens[3].begin == 17);
  CHECK(tokens[3].end == 20);  // ‘ is 3 bytes
  CHECK(headline.substr(tokens[4].begin, tokens[4].end - tokens[4].begin) == "self-reliance");
  CHECK(tokens[5].kind == TokenKind::kQuote);
  CHECK(tokens[10].kind == TokenKind::kWord);  // U.S.
  CHECK(Texts("“self-reliance and self-strengthening”") ==
        Strings{"“", "self-reliance", "and", "self-strengthening", "”"});
  CHECK(KindOf("He said \"no\"", "\"") == TokenKind::kQuote);
}

TEST_CASE("Tokenizer keeps URLs, e-mails, dashes and ellipses whole") {
  CHECK(Texts("See https://example.com/a?b=c). Or www.bbc.co.uk/news, or Breitbart.com.") ==
        Strings{"See", "https://example.com/a?b=c", ")", ".", "Or", "www.bbc.co.uk/news", ",", "or", "Breitbart.com",
                "."});
  CHECK(KindOf("Or Breitbart.com.", "Breitbart.com") == TokenKind::kUrl);
  CHECK(Texts("mail john.smith@bbc.co.uk.") == Strings{"mail", "john.smith@bbc.co.uk", "."});
  CHECK(KindOf("mail john.smith@bbc.co.uk.", "john.smith@bbc.co.uk") == TokenKind::kEmail);
  CHECK(Texts("AI value chain — from base research–to ... wait…") ==
        Strings{"AI", "value", "chain", "—", "from", "base", "research", "–", "to", "...", "wait", "…"});
  CHECK(Texts("Beijing-based AT&T, a 10-year-old COVID-19 case") ==
        Strings{"Beijing-based", "AT&T", ",", "a", "10-year-old", "COVID-19", "case"});
  CHECK(KindOf("a 10-year-old", "10-year-old") == TokenKind::kWord);
  // A vaccine's name with a comma; a list without its space stays a list.
  CHECK(Texts("the RTS,S and R21 vaccines; US,I think; UK,US") ==
        Strings{"the", "RTS,S", "and", "R21", "vaccines", ";", "US", ",", "I", "think", ";", "UK", ",", "US"});
  // A missing space after a period is not a URL unless the ending is a domain.
  CHECK(Texts("it ended.The end") == Strings{"it", "ended", ".", "The", "end"});
}

TEST_CASE("Tokenizer: CJK, emoji and combining marks with exact byte offsets") {
  // 习近平 (3 x 3 bytes), 👍🏽 (8 bytes), a ZWJ family (18 bytes), a flag (8 bytes).
  const std::string text = "习近平说 👍🏽 👨\u200D👩\u200D👧 🇨🇳 cafe\u0301 e\u0301 #️⃣";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  REQUIRE(tokens.size() == 10);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 3);
  CHECK(tokens[0].kind == TokenKind::kOther);
  CHECK(tokens[3].begin == 9);
  CHECK(tokens[3].end == 12);
  CHECK(tokens[3].Has(kHasLetter));
  CHECK(tokens[4].begin == 13);  // 👍🏽: base + skin tone
  CHECK(tokens[4].end == 21);
  CHECK(tokens[4].kind == TokenKind::kSymbol);
  CHECK(tokens[5].begin == 22);  // the family: 3 emoji + 2 ZWJ
  CHECK(tokens[5].end == 40);
  CHECK(tokens[6].begin == 41);  // the flag: 2 regional indicators
  CHECK(tokens[6].end == 49);
  CHECK(tokens[7].begin == 50);  // "cafe" + combining acute
  CHECK(tokens[7].end == 56);
  CHECK(tokens[7].kind == TokenKind::kWord);
  CHECK(tokens[8].end - tokens[8].begin == 3);  // "e" + combining acute
  CHECK(tokens[9].end == text.size());          // keycap: # + VS16 + U+20E3
  CHECK(tokens[9].kind == TokenKind::kSymbol);
}

TEST_CASE("Tokenizer fills space, line and paragraph flags, also with CRLF") {
  const std::string text = "Title line\r\nSecond line\r\n\r\n  Para two(x)";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  REQUIRE(tokens.size() == 9);
  CHECK(tokens[0].flags == (kParagraphStart | kCapitalized | kHasLetter));
  CHECK(tokens[1].Has(kSpaceBefore));
  CHECK_FALSE(tokens[1].Has(kNewlineBefore));
  CHECK(tokens[2].Has(kNewlineBefore));  // "Second"
  CHECK_FALSE(tokens[2].Has(kParagraphStart));
  CHECK(tokens[4].Has(kParagraphStart));  // "Para"
  CHECK(tokens[4].begin == 29);
  CHECK(tokens[6].begin == 37);  // "("
  CHECK(tokens[7].begin == 38);  // "x"
  CHECK_FALSE(tokens[7].Has(kSpaceBefore));
  CHECK(text.substr(tokens[8].begin) == ")");
}

TEST_CASE("WordShapeFlags describes case, letters and digits") {
  CHECK(WordShapeFlags("China") == (kCapitalized | kHasLetter));
  CHECK(WordShapeFlags("U.S.") == (kCapitalized | kAllCaps | kHasLetter));
  CHECK(WordShapeFlags("COVID-19") == (kCapitalized | kAllCaps | kHasLetter | kHasDigit));
  CHECK(WordShapeFlags("iPhone") == kHasLetter);
  CHECK(WordShapeFlags("2,000") == kHasDigit);
  CHECK(WordShapeFlags("Ελλάδα") == (kCapitalized | kHasLetter | kNonLatinLetter));
  CHECK(WordShapeFlags("МОСКВА") == (kCapitalized | kAllCaps | kHasLetter | kNonLatinLetter));
  CHECK(WordShapeFlags("Łódź") == (kCapitalized | kHasLetter));  // Latin Extended-A
  CHECK(WordShapeFlags("ĄŁ") == (kCapitalized | kAllCaps | kHasLetter));
  CHECK(WordShapeFlags("Ça") == (kCapitalized | kHasLetter));            // Latin-1
  CHECK(WordShapeFlags("习近平") == (kHasLetter | kNonLatinLetter));     // caseless
  CHECK(WordShapeFlags("Nguyễn") == (kCapitalized | kHasLetter));        // Latin Extended Additional
  CHECK(WordShapeFlags("Cafe\xCC\x81") == (kCapitalized | kHasLetter));  // a combining accent
  // One Cyrillic letter among Latin ones (a look-alike "С") is enough.
  CHECK(WordShapeFlags("\xD0\xA1olumn") == (kCapitalized | kHasLetter | kNonLatinLetter));
  CHECK(WordShapeFlags("’s") == kHasLetter);
  CHECK(WordShapeFlags("—") == 0);
}

TEST_CASE("LookupAbbreviation knows titles, months and others, case-sensitively") {
  CHECK(LookupAbbreviation("Mr") == AbbreviationKind::kTitle);
  CHECK(LookupAbbreviation("Sept") == AbbreviationKind::kMonth);
  CHECK(LookupAbbreviation("Inc") == AbbreviationKind::kOther);
  CHECK(LookupAbbreviation("etc") == AbbreviationKind::kOther);
  CHECK(LookupAbbreviation("Calif") == AbbreviationKind::kRegion);
  CHECK(LookupAbbreviation("Ore") == AbbreviationKind::kRegion);
  CHECK(LookupAbbreviation("mr") == AbbreviationKind::kNone);
  CHECK(LookupAbbreviation("Xi") == AbbreviationKind::kNone);
  CHECK(LookupAbbreviation("") == AbbreviationKind::kNone);
}

TEST_CASE("Tokenizer covers every non-space byte of the sample article exactly once") {
  const std::string text = ReadSampleArticle();
  if (text.empty()) return;
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  REQUIRE(tokens.size() > 800);
  uint32_t previous_end = 0;
  size_t covered = 0;
  for (const Token& t : tokens) {
    REQUIRE(t.begin >= previous_end);
    REQUIRE(t.end > t.begin);
    for (uint32_t i = previous_end; i < t.begin; ++i) {
      CHECK(std::string_view(" \t\r\n\xC2\xA0").find(text[i]) != std::string_view::npos);
    }
    covered += t.end - t.begin;
    previous_end = t.end;
  }
  CHECK(covered > text.size() * 3 / 4);
  // "’s" appears 9 times ("China’s", "company’s"...), always a split possessive.
  int possessives = 0;
  for (const Token& t : tokens) possessives += text.substr(t.begin, t.end - t.begin) == "’s";
  CHECK(possessives == 9);
}

}  // namespace
}  // namespace annotator

namespace annotator {
namespace {

// Pasted junk must not make the tokenizer quadratic: each of these shapes
// once cost seconds for 60 KB. A megabyte of each now tokenizes in one pass
// (a regression shows up as this test running for many minutes).
TEST_CASE("a megabyte of e-mail-like or hyphenated junk tokenizes in one pass") {
  for (std::string_view unit : {"ab.", "a-", "x@y ", "a.b@", "-a"}) {
    std::string text;
    while (text.size() < 1000000) text += unit;
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    REQUIRE(!tokens.empty());
    CHECK(tokens.back().end == text.find_last_not_of(' ') + 1);
  }
}

}  // namespace
}  // namespace annotator
