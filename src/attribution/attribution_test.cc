#include "attribution/attribution.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "annotator.h"
#include "attribution/annotated_for_test.h"
#include "attribution/model.h"
#include "sample_article_for_test.h"

namespace annotator {
namespace {

TEST_CASE("attribution: `“…,” X said` and a split quotation give both parts to X") {
  Annotated a(
      "“We will not give up,” Angela Merkel said on Monday. “Europe stands together "
      "and we will stand with it for as long as it takes.”\n");
  const Quote* first = a.Find("We will not give up");
  const Quote* second = a.Find("Europe stands");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*first) == "Angela Merkel");
  CHECK(a.Cue(*first) == "said");
  CHECK(second->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*second) == "Angela Merkel");
  CHECK(first->speaker_entity == second->speaker_entity);
}

TEST_CASE("attribution: `as X put it` gives the quotation its speaker, before or after") {
  // The frame wins over the cue of the sentence ("Critics said").
  Annotated a(
      "Officials met in Paris. Critics said the rule asks for a “lawful source of investment income,” as a "
      "Homeland Security memo put it.\n\nAs Ms. Simonyan put it in a statement, “We are not a "
      "propaganda outlet and never were.”\n");
  const Quote* before = a.Find("lawful source");
  REQUIRE(before != nullptr);
  CHECK(a.Speaker(*before) == "a Homeland Security memo");
  CHECK(a.Cue(*before) == "put it");
  const Quote* after = a.Find("We are not");
  REQUIRE(after != nullptr);
  CHECK(a.Speaker(*after) == "Simonyan");
  CHECK(a.Cue(*after) == "put it");
}

TEST_CASE("attribution: reported speech before its speaker needs the comma that sets it off") {
  Annotated a("Summit ends with trade pledge\n\nTariffs will fall next year, the minister said on Tuesday.\n");
  CHECK(a.Find("Summit") == nullptr);
  const Quote* reported = a.Find("Tariffs will fall");
  REQUIRE(reported != nullptr);
  CHECK(reported->kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(*reported) == "the minister");
  CHECK(a.Cue(*reported) == "said");
  // Straight into the cue is fine.
  Annotated b("The economy will grow by 3% next year according to the IMF.\n");
  const Quote* according = b.Find("The economy will grow");
  REQUIRE(according != nullptr);
  CHECK(b.Speaker(*according) == "the IMF");
}

TEST_CASE("attribution: an inverted description with a titled person in apposition is that person") {
  Annotated a(
      "Senate passes water bill.\n\n"
      "\"For years we have watched wells go dry,\" said the bill's sponsor, Sen. Marisol Ortega-Wheeler, "
      "D-Tucson.\n");
  CHECK(a.EntityName(a.Get("For years")) == "Marisol Ortega-Wheeler");
}

TEST_CASE("attribution: inverted `“…,” said X` and `X said: “…”`") {
  Annotated a(
      "“The plan is dead,” said Senator John Smith.\n\n"
      "Later the company's chief, Maria Lopez, said: “We expect a strong year for the whole group.”\n");
  const Quote* inverted = a.Find("The plan is dead");
  REQUIRE(inverted != nullptr);
  CHECK(inverted->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*inverted).find("John Smith") != std::string::npos);
  const Quote* colon = a.Find("We expect");
  REQUIRE(colon != nullptr);
  CHECK(colon->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*colon) == "Maria Lopez");
  CHECK(a.Cue(*colon) == "said");
}

TEST_CASE("attribution: an apposition between commas and a colon introduction") {
  Annotated a(
      "Brexit talks collapse in Brussels\n\n"
      "Boris Johnson, the former prime minister, said the talks had failed.\n\n"
      "Johnson: “I have nothing more to say about the talks today.”\n");
  const Quote* reported = a.Find("the talks had failed");
  REQUIRE(reported != nullptr);
  CHECK(reported->kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(*reported) == "Boris Johnson");
  const Quote* colon = a.Find("I have nothing");
  REQUIRE(colon != nullptr);
  CHECK(colon->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*colon) == "Johnson");
  CHECK(a.Cue(*colon) == ":");
  CHECK(colon->speaker_entity == reported->speaker_entity);
  // The subject of "was" and an adjective before the colon; not a thought.
  Annotated blunt(
      "Arsenal won 3-1 on Sunday.\n\n"
      "Asked about the title race, the captain was cautious: “It is December. Nobody wins anything now.” "
      "A columnist imagined Christie was thinking: “What have I done?”\n");
  CHECK(blunt.Speaker(blunt.Get("It is December")) == "the captain");
  CHECK(blunt.Speaker(blunt.Get("What have I done")) == "");
}

TEST_CASE("attribution: a long apposition, a colon after a noun, and media that speak") {
  Annotated a(
      "Tax plan draws praise\n\n"
      "“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the "
      "centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse "
      "University, said.\n\n"
      "Bernie Sanders made the following comment: “For young people who have dropped out of high school, "
      "the unemployment rate is 33 percent.”\n\n"
      "“Hillary was back on the campaign trail within days,” the book said.\n\n"
      "As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep.”\n");
  CHECK(a.Speaker(a.Get("It has the important")).find("Burman") != std::string::npos);
  CHECK(a.Speaker(a.Get("For young people")) == "Bernie Sanders");
  CHECK(a.Speaker(a.Get("Hillary was back")) == "the book");
  CHECK(a.Speaker(a.Get("It’s 3 a.m.")) == "the announcer");
  // A comma inside a ministry's name in the apposition ends none of it (the
  // report was the apposition, credited to "all schools").
  Annotated m(
      "Rice exports fall.\n\n"
      "H.E. Chhun Vannak, Secretary of State at the Ministry of Agriculture, Forestry and Fisheries, said on Monday "
      "that the government was working with farmers.\n\n"
      "Its chair, Keith O Loingsigh of the Department of Housing, Local Government and Heritage, said all schools, "
      "colleges and childcare facilities would remain closed on Thursday.\n");
  CHECK(m.EntityName(m.Get("the government was working")) == "Chhun Vannak");
  CHECK(m.Speaker(m.Get("all schools, colleges")) != "all schools");
}

TEST_CASE("attribution: a pronoun resolves to the latest person") {
  Annotated a(
      "President Emmanuel Macron met farmers in Lyon on Tuesday. "
      "He said that France must protect its agriculture.\n");
  const Quote* q = a.Find("France must protect");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(*q) == "He");
  CHECK(a.EntityName(*q).find("Macron") != std::string::npos);
  CHECK(a.Cue(*q) == "said");
}

TEST_CASE("attribution: mixed quotation inside reported speech") {
  Annotated a("Joe Biden called the decision “a disaster for working families” on Friday.\n");
  const Quote* q = a.Find("a disaster");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kMixed);
  CHECK(a.Speaker(*q) == "Joe Biden");
  CHECK(a.Cue(*q) == "called");
}

TEST_CASE("attribution: `according to X` and `…, officials say`") {
  Annotated a(
      "According to the World Health Organization, the outbreak is slowing in most regions.\n\n"
      "The new rules will take effect next year, officials say.\n");
  const Quote* according = a.Find("the outbreak is slowing");
  REQUIRE(according != nullptr);
  CHECK(according->kind == QuoteKind::kIndirect);
  CHECK(a.Cue(*according) == "According to");
  CHECK(a.Speaker(*according).find("World Health Organization") != std::string::npos);
  const Quote* officials = a.Find("The new rules");
  REQUIRE(officials != nullptr);
  CHECK(officials->kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(*officials) == "officials");
  CHECK(a.Cue(*officials) == "say");
}

TEST_CASE("attribution: a speakerless paragraph of quotation continues the speaker") {
  Annotated a(
      "“Prices have risen too fast,” Janet Yellen told reporters.\n\n"
      "“We will keep watching the data closely before we act again.”\n");
  const Quote* next = a.Find("We will keep watching");
  REQUIRE(next != nullptr);
  CHECK(next->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*next) == "Janet Yellen");
}

TEST_CASE("attribution: a term is someone's when a naming verb gives it, else a scare quote") {
  Annotated a(
      "The startup sells what it calls a “smart” fridge.\n\n"
      "Many viewers watched CBS's “Face the Nation” on Sunday morning.\n");
  const Quote& smart = a.Get("smart");
  CHECK(smart.kind == QuoteKind::kMixed);
  CHECK(a.Cue(smart) == "calls");
  CHECK(a.Speaker(smart) == "it");
  const Quote& show = a.Get("Face the Nation");
  CHECK(show.kind == QuoteKind::kScare);
  CHECK(show.speaker.empty());
}

TEST_CASE("attribution: quotations stay sorted and indirect spans are the clause") {
  Annotated a("The minister said that taxes would rise. “Nobody likes it,” she added.\n");
  for (size_t i = 1; i < a.doc.quotes.size(); ++i) {
    CHECK(a.doc.quotes[i - 1].span.begin <= a.doc.quotes[i].span.begin);
  }
  const Quote* q = a.Find("taxes would rise");
  REQUIRE(q != nullptr);
  CHECK(a.doc.Text(q->span) == "taxes would rise");
  CHECK(a.Speaker(*q) == "The minister");
  const Quote* added = a.Find("Nobody likes it");
  REQUIRE(added != nullptr);
  CHECK(a.Cue(*added) == "added");
  CHECK(a.Speaker(*added) == "she");
}

TEST_CASE("attribution: a quotation ending its paragraph is not the next paragraph's subject's") {
  Annotated a(
      "“If you continue that, you destroy the whole basis of our government,” Rep. John Mica said. "
      "“We cannot let it stand.”\n\n"
      "Democrats also described the showdown as ominous.\n");
  const Quote* second = a.Find("We cannot let it stand");
  REQUIRE(second != nullptr);
  CHECK(second->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*second).find("Mica") != std::string::npos);
}

TEST_CASE("attribution: an apposition after a parenthesis and a long description") {
  Annotated a(
      "“They wouldn't get an immunity deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, "
      "said in a phone interview.\n");
  const Quote* q = a.Find("They wouldn't");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*q).find("Jordan") != std::string::npos);
}

TEST_CASE("attribution: the nearest cue with a named subject takes the quotation") {
  Annotated a(
      "So when Patriot signaled last summer that it would make a deal, Mark Barrett said, "
      "“we were floored by the whole thing.”\n");
  const Quote* q = a.Find("we were floored");
  REQUIRE(q != nullptr);
  CHECK(a.Speaker(*q).find("Barrett") != std::string::npos);
}

TEST_CASE("attribution: a quotation inside a sentence without a cue goes to its opening subject") {
  Annotated a(
      "In recent weeks, Harry Reid has gone after Trump as a “human leech who will bleed the country” "
      "and worse.\n");
  const Quote* q = a.Find("human leech");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kMixed);
  CHECK(a.Speaker(*q).find("Reid") != std::string::npos);
}

TEST_CASE("attribution: a surname the recognizer missed is the person it names elsewhere") {
  Annotated a(
      "Donald Trump spoke in Ohio on Monday.\n\n"
      "Trump has used the phrase often in his campaign. In an August speech, Trump attacked “the hateful "
      "ideology of radical Islam and its oppression of women.”\n");
  const Quote& q = a.Get("the hateful ideology");
  CHECK(a.Speaker(q) == "Trump");
  CHECK(a.EntityName(q) == "Donald Trump");
}

TEST_CASE("attribution: a person or body named before \"of\" or \"in\" and a place or body speaks, not the place") {
  Annotated a(
      "Sen. Ted Cruz of Texas said inflation would fall. Economist Priya Natarajan of the Reserve Bank of India "
      "explains what is driving prices. The US Embassy in New Delhi said the air was hazardous. U.S. District Judge "
      "Robert Pitman in Austin wrote that the law's restrictions were “unconstitutionally vague”.\n");
  CHECK(a.EntityName(a.Get("the air was")) == "US Embassy");
  CHECK(a.EntityName(a.Get("unconstitutionally vague")) == "Robert Pitman");
  CHECK(a.EntityName(a.Get("inflation would fall")) == "Ted Cruz");
  CHECK(a.EntityName(a.Get("what is driving prices")) == "Priya Natarajan");
  // Before a body the recognizer left out (the speaker had no entity).
  Annotated call(
      "Analysts pressed the miner.\n\nSophie Tran of Macquarie asked whether the company would sell a "
      "stake in the mine.\n");
  CHECK(call.EntityName(call.Get("whether the company would sell")) == "Sophie Tran");
}

TEST_CASE("attribution: a name that ends its sentence before the period speaks") {
  Annotated a("“We declare our right on this earth to be a human being,” said Malcolm X. He spoke in Harlem.\n");
  CHECK(a.EntityName(a.Get("We declare")) == "Malcolm X");
}

TEST_CASE("attribution: a document's frame after its quotation, and a statement's participle") {
  Annotated a(
      "Parents wrote to the board.\n\n"
      "“From Seattle to Houston, we see charter schools offering parents of color hope,” the letter reads. "
      "The Security Council issued a statement calling the nuclear test “a clear violation and in flagrant "
      "disregard” of its resolutions.\n");
  CHECK(a.Speaker(a.Get("From Seattle")) == "the letter");
  CHECK(a.Cue(a.Get("a clear violation")) == "calling");
}

TEST_CASE("attribution: the subject of an opening participle, of a title and name, of a second verb") {
  Annotated a(
      "Hillary Clinton wrote a memoir.\n\n"
      "After saying her right foot was “so swollen I could barely get my shoe on,” she was taken to the "
      "hospital. On July 6, 2015, Bernie Sanders made the following comment: “For young people the "
      "unemployment rate is 33 percent.” President Obama is rolling out a new and more personal campaign "
      "message: “It is about me.” The Republican nominee also outlined his cybersecurity plan and vowed "
      "to harshly punish “those who violate classification rules.”\n");
  CHECK(a.Speaker(a.Get("so swollen")) == "she");
  CHECK(a.Speaker(a.Get("For young people")).find("Sanders") != std::string::npos);
  CHECK(a.Speaker(a.Get("It is about me")).find("Obama") != std::string::npos);
  CHECK(a.Speaker(a.Get("those who violate")) == "The Republican nominee");
  // After a relative clause that commas close, ", and said" is the
  // sentence's subject's (it was Thwaite's); ", but has" goes on with the
  // clause.
  Annotated r(
      "Whitfield singled out Thwaite, who kicked four goals from four attempts, and said the 21-year-old had "
      "'grown up tonight'.\n\n"
      "Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story, "
      "\u201CNow, you famously said you were tired of hearing about the emails, has it not moved?\u201D\n");
  CHECK(r.EntityName(r.Get("the 21-year-old had")) == "Whitfield");
  CHECK(r.EntityName(r.Get("Now, you famously")) == "Bill Maher");
}

TEST_CASE("attribution: what was not said credits nothing; a listener never inverts; a subject after its verb") {
  Annotated a(
      "President Barack Obama met Vladimir Putin.\n\n"
      "“We will respond,” Obama said after the meeting. He didn't suggest retaliation. “Our goal is to start "
      "instituting some norms so that everybody is acting responsibly.”\n\n"
      "Adam Schiff, 56, who has served on the committee for a decade, told USA Today's weekly series it is "
      "clear. Kadzik's refusal did not go over well with Republicans, and the meeting deteriorated from there, said "
      "one GOP "
      "source in the room.\n");
  CHECK(a.Cue(a.Get("Our goal is")) == "said");
  for (const Quote& q : a.doc.quotes) CHECK_MESSAGE(a.Speaker(q) != "USA", a.doc.Text(q.content));
  CHECK(a.Speaker(a.Get("Kadzik's refusal")) == "one GOP source");
}

TEST_CASE("attribution: a name in apposition opening the sentence is the subject, whatever follows the verb") {
  Annotated a(
      "Lawmakers met on Thursday.\n\n"
      "The lead negotiator, Christine Schneider, said the compromise protected farmers. "
      "The Parliament's rapporteur, Anna Weber of the Greens, said the vote reflected a broad majority.\n");
  CHECK(a.Speaker(a.Get("the compromise protected farmers")) == "Christine Schneider");
  CHECK(a.Speaker(a.Get("the vote reflected")) == "Anna Weber");
  // An organisation too, after a description with a relative clause: not
  // the name that ends the clause.
  Annotated b(
      "A row over the awards looks like it is ending.\n\n"
      "The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks. "
      "The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted.\n");
  CHECK(b.Speaker(b.Get("she will be allowed")) == "Big Machine");
  CHECK(b.Speaker(b.Get("anything has been sorted")) == "Dick Clark Productions");
}

TEST_CASE("attribution: a verb after a quotation that reports a clause of its own does not take the quotation") {
  Annotated a(
      "Family remembers writer\n\n"
      "\u201cI once visited Mike with our parents in Minneapolis,\u201d Dale wrote. \u201cWe went to an old "
      "steakhouse downtown. We found some of the opened letters among his belongings.\u201d Martha added that "
      "shortly before their father\u2019s death, he and Mike had corresponded.\n");
  CHECK(a.Speaker(a.Get("We went to an old")) == "Dale");
  CHECK(a.Speaker(a.Get("shortly before")) == "Martha");
}

TEST_CASE("attribution: the people of the web and of events speak by their nouns") {
  Annotated a(
      "Officials met on Monday to discuss the plague.\n\n"
      "Wee of the Times reports that censors had told news sites to block discussions about it.\n\n"
      "\u201cDon't hide things like this,\u201d one Weibo commenter said, per Feng. \u201cWe will not hide,\u201d "
      "one attendee told reporters.\n");
  CHECK(a.Speaker(a.Get("Don't hide")) == "one Weibo commenter");
  CHECK(a.Speaker(a.Get("We will not hide")) == "one attendee");
}

TEST_CASE(
    "attribution: `in the words of X` and `, per X` credit as `according to` does; a relay after a verb does not") {
  Annotated a(
      "The council met on Monday.\n\n"
      "The governor tweeted that the roads would reopen on Friday.\n\n"
      "\u201cThe plan is dead,\u201d per a senior official.\n\n"
      "In the words of Martin Luther King, \u201cThe arc of the moral universe is long.\u201d\n\n"
      "\u201cDon't hide things like this,\u201d one commenter said, per Feng. \u201cLet\u2019s face it "
      "together.\u201d\n\n"
      "Shares rose $5 per share, the company said.\n");
  CHECK(a.Speaker(a.Get("The plan is dead")) == "a senior official");
  CHECK(a.Speaker(a.Get("The arc of the moral")) == "Martin Luther King");
  CHECK(a.Speaker(a.Get("Let\u2019s face it")) == "one commenter");
  CHECK(a.Speaker(a.Get("Shares rose")) == "the company");
}

TEST_CASE(
    "attribution: a place owned in the object of a preposition is no subject; a name's -ing modifier is no verb") {
  Annotated a(
      "Plague returns.\n\n"
      "Health authorities in China\u2019s Inner Mongolia have confirmed that a third case has been reported.\n\n"
      "Buckley surged to fame on the U.K. singing competition \u201cI\u2019d Do Anything\u201d in 2008.\n\n"
      "Markets fell, with the White House saying it would act.\n");
  CHECK(a.Speaker(a.Get("a third case")) == "Health authorities in China\u2019s Inner Mongolia");
  // Nor is that place the speaker's entity.
  CHECK(a.EntityName(a.Get("a third case")).empty());
  for (const Quote& q : a.doc.quotes) CHECK(a.Cue(q) != "singing");
  CHECK(a.Speaker(a.Get("it would act")) == "the White House");
}

TEST_CASE("attribution: a dateline is the writer's, and a name's possessive heads the opening subject") {
  Annotated a(
      "Brazil's central bank holds Selic rate at 15%\n\n"
      "SAO PAULO, Nov 5 (Reuters) - Brazil's central bank kept its benchmark interest rate at 15% on Wednesday, "
      "saying it would keep borrowing costs high for a \"very prolonged\" period to bring inflation back to "
      "target.\n");
  CHECK(a.Speaker(a.Get("very prolonged")) == "Brazil's central bank");
  Annotated b(
      "Officials met.\n\nDonald Trump's lawyers filed a motion on Monday, saying that the case should be "
      "dismissed.\n");
  CHECK(b.Speaker(b.Get("the case should be dismissed")) == "Donald Trump's lawyers");
}

TEST_CASE(
    "attribution: `according to` credits a whole name and a person in apposition at the end, not a name that modifies "
    "a noun") {
  Annotated a(
      "Modi's party wins Delhi election.\n\n"
      "The BJP won 48 of the 70 seats, according to the Election Commission of India, while the AAP won 22. "
      "Turnout rose to 60%, according to a Washington Post analysis.\n");
  CHECK(a.Speaker(a.Get("The BJP won 48")) == "the Election Commission of India");
  CHECK(a.Speaker(a.Get("Turnout rose")) == "a Washington Post analysis");
  Annotated b(
      "Swift album breaks record.\n\n"
      "The album drew 5 million pre-saves, according to Spotify's head of music, Jeremy Erlich. Sales rose 9%, "
      "according to the label, Smith said.\n");
  CHECK(b.Speaker(b.Get("The album drew")) == "Jeremy Erlich");
  CHECK(b.Speaker(b.Get("Sales rose 9%")) == "the label");  // a name followed by its verb is no apposition
  // Opening the sentence, a person after someone's role, set off by commas
  // and perhaps titled; not a subject after a document.
  Annotated o(
      "All Blacks name squad.\n\n"
      "According to New Zealand Rugby's head of high performance, Dr Lena Fabian, Kereama will be managed back "
      "through provincial rugby. According to an FBI summary of its investigation, Cheryl Mills, a top Clinton "
      "aide, sent an email.\n");
  CHECK(o.Speaker(o.Get("Kereama will be managed")) == "Lena Fabian");
  CHECK(o.Speaker(o.Get("Cheryl Mills, a top")) == "an FBI summary of its investigation");
  // A description of the named source, set off by commas, is no part of the
  // clause; a clause after a comma is.
  Annotated apposed(
      "Land offices under scrutiny.\n\n"
      "According to Dr Lim Wei Chuan, a governance researcher at Universiti Malaya, land offices have ranked among "
      "the riskiest. According to Reuters, a man was killed in the blast.\n");
  CHECK(apposed.Speaker(apposed.Get("land offices have ranked")) == "Dr Lim Wei Chuan");
  CHECK(apposed.Find("a governance researcher") == nullptr);
  CHECK(apposed.Speaker(apposed.Get("a man was killed")) == "Reuters");
  // A role before a preposition opens one too, its relative clause with it;
  // not people's.
  Annotated role(
      "Morocco rebuilds.\n\n"
      "According to Jean-Baptiste Lefevre, director of the French development agency (AFD) in Morocco, which has "
      "committed 50 million euros to schools, the challenge is respecting earthen architecture. According to the "
      "report, residents of the town, many of them elderly, fled.\n");
  CHECK(role.Speaker(role.Get("the challenge is")) == "Jean-Baptiste Lefevre");
  CHECK(role.Find("residents of the town") != nullptr);
  // A long source with an acronym and a name in brackets runs to its closing
  // bracket; the person after the body's role noun is credited.
  Annotated bracketed(
      "Heatwave grips Taiwan.\n\n"
      "According to Central Weather Administration (CWA) forecaster Hsu Chung-yi "
      "(\xE5\xBE\x90\xE4\xBB\xB2\xE6\xAF\x85), "
      "the high-pressure system will persist until Friday.\n");
  const Quote& system = bracketed.Get("the high-pressure system");
  CHECK(bracketed.EntityName(system) == "Hsu Chung-yi");
  // A dateline whose agency's bracket ends it with no dash is the writer's.
  Annotated dateline(
      "Taipower warns of tight reserves\n\n"
      "Taipei, July 16 (CNA) Taiwan's electricity demand hit a record on Tuesday, according to state-owned Taiwan "
      "Power Co. (Taipower).\n");
  CHECK(dateline.Find("Taiwan's electricity demand hit") != nullptr);
  // A people's adjective modifies the words after it; a plural people is the noun.
  Annotated c(
      "Rebels seize Damascus.\n\n"
      "President Bashar Assad fled the country, according to Russian state media. Sanders and Clinton are near "
      "a deal, according to Democrats involved in the talks.\n");
  const Quote& fled = c.Get("President Bashar Assad fled");
  CHECK(c.Speaker(fled) == "Russian state media");
  CHECK(c.EntityName(fled).empty());
  CHECK(c.EntityName(c.Get("Sanders and Clinton")) == "Democrats");
  // A bare plural of speakers after a lower-case modifier or two.
  Annotated d(
      "Hasina flees.\n\nHasina, 76, flew to India aboard a military aircraft, according to local media. The army "
      "would lead, according to senior military officials.\n");
  CHECK(d.Speaker(d.Get("Hasina, 76, flew")) == "local media");
  CHECK(d.Speaker(d.Get("The army would lead")) == "senior military officials");
}

TEST_CASE("attribution: \"It said\" opening the sentence after an organisation's report goes on with it") {
  Annotated a(
      "Georgia protests.\n\n"
      "Police used water cannon and tear gas to disperse the crowd, the Interior Ministry said. It said 43 people "
      "had been detained. The plan is over, the company wrote. It said it had no comment.\n");
  CHECK(a.EntityName(a.Get("43 people had been detained")) == "Interior Ministry");
  CHECK(a.EntityName(a.Get("it had no comment")).empty());  // a description's organisation is no name's
}

TEST_CASE("attribution: a second verb after a that-clause is the first verb's subject's") {
  Annotated a(
      "Israel and Hamas agree ceasefire deal.\n\n"
      "Hamas said in a statement that it had agreed to the deal after \"serious and responsible negotiations\", "
      "and called on the mediators to ensure Israel fully implements it. Pompeo said that after legal "
      "consultation Washington had concluded the settlements were \"not, per se, inconsistent with international "
      "law\", saying he trusted the Israeli courts to decide.\n");
  CHECK(a.Speaker(a.Get("the mediators to ensure")) == "Hamas");
  CHECK(a.Speaker(a.Get("he trusted the Israeli courts")) == "Pompeo");
}

TEST_CASE("attribution: after an inverted cue, an organisation and a title describe the person named next") {
  Annotated a(
      "EU delays deforestation law.\n\n"
      "“We have listened to the concerns of businesses,” said EU environment commissioner Jessika Roswall.\n");
  const Quote& q = a.Get("We have listened");
  CHECK(a.Speaker(q) == "EU environment commissioner Jessika Roswall");
  Annotated b(
      "Mexico rejects strikes.\n\nWhite House press secretary Karoline Leavitt declined to comment on the report "
      "but said \"all options are on the table\". However debates are not likely to alter the campaign, noted "
      "NBC's Dante Chinni.\n");
  CHECK(b.Speaker(b.Get("all options are on the table")) == "White House press secretary Karoline Leavitt");
  CHECK(b.Speaker(b.Get("However debates")) == "NBC's Dante Chinni");
  // A description after the inverted subject; a comma inside what was said.
  Annotated c(
      "Scientists mapped Titan.\n\n"
      "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study "
      "co-author Anezina Solomonidou, a European Space Agency research fellow.\n");
  CHECK(c.Speaker(c.Get("Rainfall occurs")) == "study co-author Anezina Solomonidou");
  // A description joined by "and" between the quotation and the name: the
  // quotation is the speaker's own words.
  Annotated e(
      "Scientists mapped Titan.\n\n\"What is really fun to think about is if those organics can mix with water,\" "
      "JPL scientist and study co-author Michael Malaska said.\n");
  const Quote& fun = e.Get("What is really fun");
  CHECK(fun.kind == QuoteKind::kDirect);
  CHECK(e.Speaker(fun) == "Michael Malaska");
  // Or a few words that end in a word for one who speaks.
  Annotated d(
      "Six arrested.\n\n"
      "Police later arrested Elizabeth A. Burton, 32, of Columbus, after locating methamphetamine in her car, said "
      "Lt. Matt Harris, Columbus Police Department spokesman.\n");
  CHECK(d.Speaker(d.Get("Police later arrested")) == "Lt. Matt Harris");
  REQUIRE(q.speaker_entity >= 0);
  CHECK(a.doc.Text(a.doc.entities[q.speaker_entity].name) == "Jessika Roswall");
}

TEST_CASE("attribution: a possessive's claims, a modal's pledge, a nickname and a state office report nothing") {
  Annotated a(
      "Lawmakers met on Thursday.\n\n"
      "Because of Pagliano's Fifth Amendment claims, prosecutors rarely pursue such cases. "
      "It was a proposal in which the United States would pledge to increase its target for emissions. "
      "Scott's niece, state Del. Marcia “Cia” Price, shouted to the crowd.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE((q.kind == QuoteKind::kScare || content.find("Cia") == std::string_view::npos), content);
    CHECK_MESSAGE(content.find("prosecutors rarely") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("to increase its target") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("Scott's niece") == std::string_view::npos, content);
  }
}

TEST_CASE("attribution: a verb after a possessive and a person's name has that person as its subject") {
  Annotated a(
      "Swift album breaks record.\n\n"
      "Critics were divided. The Guardian's Alexis Petridis wrote that it \"rarely takes a risk.\" "
      "CNN's Dana Bash said the decision was made on Monday.\n");
  CHECK(a.Speaker(a.Get("rarely takes a risk")) == "Alexis Petridis");
  CHECK(a.Speaker(a.Get("the decision was made")) == "Dana Bash");
}

TEST_CASE("attribution: to claim or boast a thing is no speech; to claim a clause is") {
  Annotated a(
      "Election results.\n\n"
      "The opposition leader claimed victory in the election on Sunday night. Hamas claimed responsibility for "
      "the attack on the base. She claimed three wickets in the final over of the match. The family claimed "
      "Ford's body and left town. The president claimed 3 million people voted illegally in the election. He "
      "claimed he was cheated. This sort of opining, CNN claimed, violates its code.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("victory") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("responsibility") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("wickets") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("body") == std::string_view::npos, content);
  }
  CHECK(a.Speaker(a.Get("3 million people voted")) == "The president");
  CHECK(a.Speaker(a.Get("he was cheated")) == "He");
  CHECK(a.Speaker(a.Get("violates its code")) == "CNN");
  // To boast a thing neither; nor is a cue's bare form a verb after a
  // singular name a determiner opens.
  Annotated b(
      "Scientists mapped Titan.\n\n"
      "Titan is the only Solar System object other than Earth boasting stable liquids on the surface. She "
      "boasts a roughly 45-point lead nationally. The mayor boasted that the city had never been safer.\n");
  CHECK(b.Attributions() == 1);
  CHECK(b.Speaker(b.Get("the city had never been safer")) == "The mayor");
}

TEST_CASE("attribution: whom someone told never speaks what was told") {
  Annotated a(
      "Chancellor under pressure.\n\n"
      "One senior Labour MP said the reversal made the party \"look chaotic\". Another told the BBC: \"Nobody "
      "knows what the plan is any more.\"\n");
  CHECK(a.Speaker(a.Get("Nobody knows what the plan")) == "Another");
  // Nor does a name after a preposition before a colon: the listener or
  // the medium.
  Annotated b(
      "Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: \"It's time to quit attacking "
      "various people.\"\n\n"
      "He had said so before. Then, later that month on CNN: \"I've never said we made a mistake.\"\n");
  CHECK(b.Speaker(b.Get("It's time to quit")) != "Trump");
  CHECK(b.Speaker(b.Get("I've never said")) != "CNN");
}

TEST_CASE("attribution: a fund speaks") {
  Annotated a(
      "Tesla shareholders approve pay package.\n\n"
      "Norway's sovereign wealth fund, one of Tesla's largest outside investors, voted against the package, "
      "saying it was concerned about \"the total size of the award.\"\n");
  CHECK(a.Speaker(a.Get("the total size of the award")) == "Norway's sovereign wealth fund");
}

TEST_CASE("attribution: a family speaks") {
  Annotated a(
      "Quincy Jones dies at 91.\n\n"
      "His publicist, Arnold Robinson, said Jones died peacefully on Sunday night.\n\n"
      "\"Tonight, with full but broken hearts, we have to share the news,\" his family said in a statement.\n");
  CHECK(a.Speaker(a.Get("Tonight, with full")) == "his family");
}

TEST_CASE("attribution: what comes before a participle's subject is never what the participle reports") {
  Annotated a(
      "Trump wins.\n\n"
      "Even as he won in South Carolina, Mr. Trump seemed to overstay his welcome, revealing a tendency to test "
      "voters' patience.\n");
  CHECK(a.Find("Even as he won") == nullptr);
}

TEST_CASE("attribution: the second of two names after `of` is no speaker; a clause after `and` has its own") {
  Annotated a(
      "Man jailed for stabbing.\n\n"
      "Det Insp Gareth Bloomfield of Avon and Somerset Police said knife crime \"devastates families\". "
      "At one point, a woman asked for a photo and Clinton said the rules were clear.\n");
  CHECK(a.Speaker(a.Get("devastates families")) == "Gareth Bloomfield of Avon and Somerset Police");
  CHECK(a.Speaker(a.Get("the rules were clear")) == "Clinton");
}

TEST_CASE("attribution: a name beside the nouns after `of` is the object's, not the speaker") {
  Annotated a(
      "Storm warning.\n\n"
      "Weather specialist Aldrin Magtanggol of the state weather bureau Pagasa said another low-pressure area "
      "could develop. At the moment Sanders said he would run, the campaign had no office.\n");
  // (Pagasa was the speaker.)
  CHECK(a.Speaker(a.Get("another low-pressure area")) == "Aldrin Magtanggol of the state weather bureau Pagasa");
  // A noun of time opens a clause: Sanders is its subject.
  CHECK(a.Speaker(a.Get("he would run")) == "Sanders");
  // Nor after where the body is based (the forum was the speaker).
  Annotated b(
      "Rice exports fall.\n\n"
      "Economist Dr Pen Sovanrith of the Phnom Penh-based Mekong Economic Forum said the drop in EU sales was "
      "worrying.\n");
  CHECK(b.EntityName(b.Get("the drop in EU sales")) == "Pen Sovanrith");
}

TEST_CASE("attribution: a person before a preposition heads the speaker whatever follows, not an infinitive's object") {
  Annotated a(
      "Herders lose livestock.\n\n"
      "Herder D.Tsogtbaatar from Tes soum of Uvs aimag told our reporter that his family had lost 400 sheep. "
      "John Smith of the department of health told reporters that the clinic would close. But Republican "
      "activists clamoring to block Donald Trump from the GOP nomination say they are suddenly gaining.\n");
  CHECK(a.EntityName(a.Get("his family had lost 400 sheep")) == "D.Tsogtbaatar");
  CHECK(a.EntityName(a.Get("the clinic would close")) == "John Smith");
  CHECK(a.EntityName(a.Get("they are suddenly gaining")) != "Donald Trump");
}

TEST_CASE("attribution: an organisation with its article after a place's description of it speaks, not the place") {
  Annotated a(
      "Emergency landing.\n\n"
      "France's air accident investigation agency, the BEA, said it had opened a safety investigation.\n");
  CHECK(a.Speaker(a.Get("it had opened a safety")) == "BEA");
  CHECK(a.EntityName(a.Get("it had opened a safety")) == "BEA");  // was France
}

TEST_CASE("attribution: \"shot back\" after a quotation answers with it; \"fired back\" without one reports nothing") {
  Annotated a(
      "Ferries late.\n\n"
      "First Minister Catriona Dalgleish read out a list. She said the yard deserved support.\n\n"
      "\u2018Nobody on this side is criticising the welders,\u2019 Mr Crichton shot back. \u2018We are criticising "
      "the people who gave them a design.\u2019\n\n"
      "Police fired back at the gunmen, officials said.\n");
  CHECK(a.Speaker(a.Get("Nobody on this side")) == "Crichton");
  CHECK(a.Speaker(a.Get("We are criticising")) == "Crichton");
  CHECK(a.Find("at the gunmen") == nullptr);
}

TEST_CASE("attribution: a chamber, a charity or a watchdog speaks as a body, the chamber for the one named so") {
  Annotated a(
      "Cruise levy.\n\n"
      "The Hellenic Chamber of Shipping met on Monday. The chamber said that cruise tourism contributed 1.3 "
      "billion euros. The watchdog said that the auction had one bidder. The charity said that 982,000 people live "
      "with "
      "dementia.\n");
  CHECK(a.EntityName(a.Get("cruise tourism contributed")) == "Hellenic Chamber of Shipping");
  CHECK(a.Speaker(a.Get("the auction had one bidder")) == "The watchdog");
  CHECK(a.EntityName(a.Get("the auction had one bidder")).empty());
  CHECK(a.Speaker(a.Get("982,000 people")) == "The charity");
}

TEST_CASE("attribution: an organisation's spokesperson speaks for it, a person's does not") {
  Annotated a(
      "Line delayed.\n\n"
      "The Asian Development Bank (ADB) funds the line. An ADB spokesperson said the bank remained committed. A "
      "spokesperson for Southampton City Council said 210 people had stayed overnight. Senator Jane Smith "
      "campaigned. A spokesman for Smith said she was resting.\n");
  CHECK(a.EntityName(a.Get("the bank remained committed")) == "Asian Development Bank");
  CHECK(a.EntityName(a.Get("210 people had stayed")) == "Southampton City Council");
  CHECK(a.EntityName(a.Get("she was resting")).empty());
}

TEST_CASE("attribution: one of the writer's unnamed people takes the next pronoun, not the person named before") {
  Annotated a(
      "Phones banned.\n\n"
      "The Minister for Education, Ann Byrne, said phones would be banned. She said schools would get money.\n\n"
      "Last term, one of my fifth-year students, whom I will not name, stayed back after class. \"Miss, honestly, "
      "this new ban will not matter,\" she said.\n");
  CHECK(a.EntityName(a.Get("schools would get money")) == "Ann Byrne");
  CHECK(a.EntityName(a.Get("Miss, honestly")).empty());
}

TEST_CASE("attribution: people in a place past a compass point speak, not the place") {
  Annotated a("Thieves strip farms.\n\nFarmers in south St Elizabeth say thieves are stripping their fields.\n");
  CHECK(a.Speaker(a.Get("thieves are stripping")) == "Farmers in south St Elizabeth");
  CHECK(a.EntityName(a.Get("thieves are stripping")).empty());
}

TEST_CASE("attribution: someone new by a description after a live blog's time and dash takes the next pronoun") {
  Annotated a(
      "Bomb found.\n\n"
      "10:50 – Council leader Faisal Rahman-Hughes thanked residents and said that businesses could apply for "
      "support.\n\n"
      "11:06 – One worker at the site, who did not want to be named, told the Echo that the device was found by a "
      "driver. \"He saw the fins and just froze,\" he said.\n");
  CHECK(a.EntityName(a.Get("businesses could apply")) == "Faisal Rahman-Hughes");
  CHECK(a.EntityName(a.Get("He saw the fins")) != "Faisal Rahman-Hughes");
  // So after a connective that opens the sentence.
  Annotated b(
      "Quota cut.\n\n"
      "Hendrik van Wyk said the quota was low.\n\n"
      "However, a crew member on one of the company's trawlers, who asked not to be named, said workers had been "
      "told that two vessels would not sail.\n\n"
      "\"They tell us it is temporary,\" he said.\n");
  CHECK(b.EntityName(b.Get("They tell us it is temporary")).empty());  // was van Wyk's
}

TEST_CASE("attribution: a pronoun opening the sentence after a named speaker's tells that speaker's gender") {
  // Tsiklauri is a man for the later "she", which is not his (Nino is
  // mostly a man's name in US records, so she is not Kiknadze either).
  Annotated a(
      "Residents rally.\n\n"
      "\"In Batumi they have become the rule,\" Tsiklauri said. He noted that the council had approved 150 "
      "increases.\n\n"
      "Nino Kiknadze, a retired schoolteacher, said she simply wanted the city to remain livable.\n\n"
      "\"My parents walked here,\" she said.\n");
  CHECK(a.EntityName(a.Get("the council had approved 150")) == "Tsiklauri");
  CHECK(a.EntityName(a.Get("My parents walked here")) != "Tsiklauri");
}

TEST_CASE("attribution: a second speech verb of the same subject after `, but` or `, and` reports its own clause") {
  Annotated a(
      "Teens are banned.\n\n"
      "Meta said it had begun removing accounts of users under 16, but warned the law would \"push teens to "
      "less safe corners of the internet.\" The office said eight people had died, but added the circumstances "
      "remained unclear. Al From, who helped found the group, said it was lost, and wrote a book that inspired "
      "the film.\n");
  CHECK(a.Speaker(a.Get("it had begun removing accounts")) == "Meta");
  CHECK(a.Find("it had begun removing accounts of users under 16, but") == nullptr);
  CHECK(a.Speaker(a.Get("the circumstances remained unclear")) == "The office");
  CHECK(a.Find("a book that inspired") == nullptr);
}

TEST_CASE("attribution: `said on Monday` and a listener's programme come before the reported clause") {
  Annotated a(
      "Kelly met Trump.\n\n"
      "He said on Monday the plan was dead. She told ABC's \u201cGood Morning America\u201d on Monday the tone "
      "of the interview was cordial. The budget office reported on Tuesday -- a development that surprised many.\n");
  CHECK(a.Speaker(a.Get("the plan was dead")) == "He");
  CHECK(a.Speaker(a.Get("the tone of the interview")) == "She");
  CHECK(a.Find("-- a development") == nullptr);
  CHECK(a.Find("a development") == nullptr);
}

TEST_CASE("attribution: an organisation's name after a possessive and an air force speak") {
  Annotated a(
      "Drones hit Ukraine.\n\n"
      "Russia launched 120 drones at Ukraine overnight, the Ukrainian air force said Saturday. Russia's Defense "
      "Ministry said its air defenses had shot down 45 drones.\n");
  CHECK(a.Speaker(a.Get("Russia launched 120 drones")) == "the Ukrainian air force");
  CHECK(a.Speaker(a.Get("its air defenses had shot down")) == "Defense Ministry");
}

TEST_CASE("attribution: review of this round's rules, on ordinary sentences") {
  Annotated a(
      "Police made an arrest.\n\n"
      "\"We are innocent,\" said murder suspect John Doe. He claimed the police shot his brother. The candidate "
      "claimed victory in the disputed election. \"We are done,\" the mayor said, adding the cuts hurt nobody in "
      "the city. Smith said the company cut 500 jobs and announced plans to close two plants. The senator "
      "criticised the president of France and Macron said the remarks were unfair. The minister said Tuesday: "
      "the plan is dead.\n");
  CHECK(a.Speaker(a.Get("We are innocent")) == "murder suspect John Doe");
  CHECK(a.Speaker(a.Get("the police shot his brother")) == "He");
  CHECK(a.Find("victory in the disputed") == nullptr);
  CHECK(a.Speaker(a.Get("the cuts hurt nobody")) == "the mayor");
  CHECK(a.Find("plans to close two plants") == nullptr);
  CHECK(a.Get("the company cut 500 jobs and announced plans to close two plants").kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(a.Get("the remarks were unfair")) == "Macron");
  CHECK(a.Speaker(a.Get("the plan is dead")) == "The minister");
}

TEST_CASE("attribution: states of mind, plans and acts are not speech") {
  Annotated a(
      "Democrats want policies that create more revenue for the schools. The minister believes that "
      "taxes will rise next year. China aims to establish a resilient AI ecosystem. The senator learned "
      "that the vote had been delayed. Clinton embraced the plan to expand the program.\n\n"
      "See also the latest figures on school funding.\n");
  for (const Quote& q : a.doc.quotes) FAIL_CHECK("unexpected attribution: " << a.doc.Text(q.span));
}

TEST_CASE("attribution: the sample article") {
  const std::string sample = ReadSampleArticle();
  if (sample.empty()) return;
  Annotated a(sample);
  // The title's ‘self-reliance’ is Xi's word: the story quotes it again.
  const Quote* title = a.Find("self-reliance");
  REQUIRE(title != nullptr);
  CHECK(title->kind == QuoteKind::kMixed);
  CHECK(a.EntityName(*title) == "Xi Jinping");
  // "The Chinese push … follows", "China aims to establish …" are no speech.
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.Cue(q) != "follows");
    CHECK(a.Cue(q) != "aims");
  }
  for (std::string_view words : {"self-reliance and self-strengthening", "strengthen basic research",
                                 "make pinpointed efforts", "a game of rich countries"}) {
    const Quote* q = a.Find(words);
    REQUIRE(q != nullptr);
    CHECK(q->kind != QuoteKind::kScare);
    CHECK(a.EntityName(*q) == "Xi Jinping");
  }
  struct Expected {
    std::string_view content, speaker, cue;
  };
  for (const Expected& e :
       {Expected{"China must act quickly", "Xi", "said"}, Expected{"his nation must gain", "He", "noted"},
        Expected{"if China dominates", "Officials", "say"}}) {
    const Quote* q = a.Find(e.content);
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kIndirect);
    CHECK(a.Speaker(*q) == e.speaker);
    CHECK(a.Cue(*q) == e.cue);
  }
  CHECK(a.EntityName(*a.Find("his nation must gain")) == "Xi Jinping");
  bool analysts = false;
  for (const Quote& q : a.doc.quotes) {
    analysts |= q.kind == QuoteKind::kIndirect && a.Speaker(q) == "Analyts" && a.Cue(q) == "say";
  }
  CHECK(analysts);
}

TEST_CASE("attribution: the compiled model fits the feature spaces (else run build-scripts/train-attribution)") {
  CHECK(attribution::EmbeddedModelFits());
}

TEST_CASE("attribution: the scorer chooses the named speaker of `“…,” X, the minister, said`") {
  Annotated a(
      "The talks in Brussels ended late on Tuesday.\n\n"
      "“We have done everything we could to reach a fair deal for our farmers,” Anna Berg, "
      "the agriculture minister, said after the meeting.\n");
  const Quote* quote = a.Find("We have done everything");
  REQUIRE(quote != nullptr);
  CHECK(quote->kind == QuoteKind::kDirect);
  CHECK(a.Speaker(*quote) == "Anna Berg");
}

TEST_CASE("attribution: an apposition names the person, not the place or body in it") {
  Annotated a(
      "Astronomers found carbon dioxide on the icy moon.\n\n"
      "Samantha Trumbo of Cornell University, who led the second study, said the data could not yet "
      "tell whether the carbon came from life.\n\n"
      "Michael Mulgrew, president of the United Federation of Teachers, which represents city "
      "educators, said he hopes the day of action sends a message.\n\n"
      "Cory James, 22, of Flint, Mich., said he had not given up hope.\n\n"
      "Lee Zeldin of New York, a supporter of the plan, said it will help both sides.\n");
  const Quote* study = a.Find("the data could not yet");
  REQUIRE(study != nullptr);
  CHECK(a.Speaker(*study) == "Samantha Trumbo of Cornell University");
  const Quote* action = a.Find("he hopes the day");
  REQUIRE(action != nullptr);
  CHECK(a.Speaker(*action) == "Michael Mulgrew");
  const Quote* hope = a.Find("he had not given up");
  REQUIRE(hope != nullptr);
  CHECK(a.Speaker(*hope) == "Cory James");
  const Quote* sides = a.Find("it will help both");
  REQUIRE(sides != nullptr);
  CHECK(a.Speaker(*sides) == "Lee Zeldin of New York");
}

TEST_CASE("attribution: the person after an inverted cue, a description without an article after the name, speaks") {
  // "Clinton" before the cue was the speaker, and "Steve Elmendorf, deputy
  // campaign manager …" what she said.
  Annotated a(
      "Democratic strategists are more skeptical.\n\n"
      "\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, "
      "deputy campaign manager for John Kerry's 2004 campaign.\n");
  CHECK(a.Speaker(a.Get("He can assert it")) == "Steve Elmendorf");
  CHECK(a.Find("Steve Elmendorf, deputy") == nullptr);
}

TEST_CASE("attribution: a person's name and a colon after a dash credit the quotation after them") {
  Annotated a(
      "The polls missed in Iowa.\n\n"
      "Pollsters agree - Carl Bialik: \"One of the biggest lessons was a simple one: keep on contacting voters.\"\n");
  CHECK(a.Speaker(a.Get("One of the biggest")) == "Carl Bialik");
}

TEST_CASE("attribution: a lawmaker's party and state between commas is part of the subject, not the report") {
  // ("Obama" was the speaker and the senator's phrase what he said.)
  Annotated a(
      "Republicans critiqued the speech.\n\n"
      "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address "
      "public concerns about the threats from the Islamic State.\n\n"
      "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes.\n");
  CHECK(a.Speaker(a.Get("Obama failed to address")) == "Marco Rubio");
  CHECK(a.Speaker(a.Get("Obama is overselling")) == "Lindsey Graham");
}

TEST_CASE(
    "attribution: quoted words that go on the subject past a cue in a relative clause are the frame's after them") {
  // The president's "said" is in a relative clause ("Nothing [that] the
  // president said"); the senator says "will assuage people's fears".
  Annotated a(
      "Republicans critiqued the speech.\n\n"
      "Nothing the president said \"will assuage people's fears,\" the Florida senator said.\n\n"
      "Everything Clinton proposed \"is a rerun of failed ideas,\" the senator told reporters.\n\n"
      "Whatever the governor promised \"will never be enough\" for the protesters.\n");
  CHECK(a.Speaker(a.Get("will assuage")) == "the Florida senator");
  CHECK(a.Speaker(a.Get("is a rerun")) == "the senator");
  CHECK(a.Speaker(a.Get("will never be")).empty());
}

TEST_CASE("attribution: `, who` after an apposition ending in an organisation refers to the person") {
  Annotated a(
      "Walking 7,000 steps a day lowers the risk of early death, a study found.\n\n"
      "Dr Daniel Bailey, a reader in sedentary behaviour at Brunel University of London, who was not involved "
      "in the research, said the findings were reassuring.\n");
  CHECK(a.Speaker(a.Get("the findings were reassuring")) == "Daniel Bailey");
}

TEST_CASE(
    "attribution: `said she heard` is no inverted speaker; a title with `of` before the name is the source's; a place "
    "after an organisation in a description") {
  Annotated a(
      "Three people were wounded in the shooting.\n\n"
      "A woman who lives on the block, who asked not to be named, said she heard at least six shots.\n\n"
      "The dispute began inside the club, according to Chief of Detectives Joseph Kenny.\n");
  for (const Quote& q : a.doc.quotes) {
    CHECK_MESSAGE(a.doc.Text(q.content).find("A woman who lives") == std::string_view::npos, a.doc.Text(q.content));
  }
  CHECK(a.Speaker(a.Get("The dispute began")) == "Chief of Detectives Joseph Kenny");
  // Nor are words after it that a phrase of place and an auxiliary follow.
  Annotated b(
      "Coffee prices hit a record.\n\n"
      "A coffee exporter in Medellin, who asked not to be named because of commercial sensitivities, said some "
      "buyers in Europe were delaying contracts in the hope of lower prices.\n");
  CHECK(b.Speaker(b.Get("some buyers in Europe")) == "A coffee exporter in Medellin");
  // A place set off after the organisation in the description of the
  // person who opens the sentence says where it is; that person speaks.
  Annotated c(
      "Seaweed chokes Barbados.\n\n"
      "Dr. Marcia Greaves-Boyce, a marine scientist at the University of the West Indies, Cave Hill, said "
      "satellite data showed the belt had reached a record 13 million tonnes in June.\n\n"
      "The director of the Federal Bureau of Investigation, James B. Comey, said the messages were private.\n");
  CHECK(c.EntityName(c.Get("satellite data showed")) == "Marcia Greaves-Boyce");
  CHECK(c.EntityName(c.Get("the messages were private")) == "James B. Comey");
}

TEST_CASE("attribution: a relative clause on the listener is the listener's; a `that` after it opens the report") {
  Annotated a(
      "The storm made landfall on Wednesday.\n\n"
      "Governor Ron DeSantis urged residents who had not evacuated to stay indoors.\n\n"
      "Keith Gambill told a few thousand teachers who covered the lawn that the Legislature should spend "
      "its reserves on schools.\n");
  CHECK(a.doc.Text(a.Get("residents who had").content) == "residents who had not evacuated to stay indoors");
  CHECK(a.Speaker(a.Get("the Legislature should")) == "Keith Gambill");
}

TEST_CASE(
    "attribution: `Treasury notes rose` reports nothing; `told the Sydney Morning Herald she`, `told reporters he` "
    "skip the listener") {
  Annotated a(
      "Stocks fell on Thursday.\n\n"
      "The yield on 10-year Treasury notes rose to 4.49%, its highest since 2007.\n\n"
      "Allegra Spender told the Sydney Morning Herald she supported the cuts but wanted broader reform. House "
      "Speaker Mike Johnson told reporters he expected the House to pass the bill. He told police the House "
      "passed it.\n");
  CHECK(a.Find("rose to 4.49%") == nullptr);
  CHECK(a.Speaker(a.Get("she supported the cuts")) == "Allegra Spender");
  // A name after the listener is no name the listener describes.
  CHECK(a.Speaker(a.Get("he expected the House")) == "Mike Johnson");
  CHECK(a.Speaker(a.Get("the House passed it")) == "He");
  // Nor a noun for the outlet after its name, or a programme of an outlet's.
  Annotated b(
      "Protests spread on Monday.\n\nMuhammad Yunus told the Prothom Alo newspaper he was ready to serve. Jo Smith "
      "told the BBC's Today programme she would stand.\n");
  CHECK(b.Speaker(b.Get("he was ready to serve")) == "Muhammad Yunus");
  CHECK(b.Speaker(b.Get("she would stand")) == "Jo Smith");
  // Nor an outlet's title the recognizer left out ("told The Local she").
  Annotated c("Clubs close in Malmo.\n\nAsa Lindqvist told The Local she was also worried about safety.\n");
  CHECK(c.doc.Text(c.Get("she was also worried").content) == "she was also worried about safety");
}

TEST_CASE("attribution: a body named before a person's title and name is no candidate speaker") {
  const std::string text =
      "Obama's veto is expected to come before the deadline at midnight Friday.\n\n"
      "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said "
      "Tuesday. Nvidia's Jensen Huang told the crowd, “We are just getting started.”\n";
  Document doc;
  REQUIRE(PrepareForAttribution(text, &doc).ok());
  attribution::Trace trace;
  AttributeQuotes(&doc, attribution::EmbeddedModel(), &trace);
  REQUIRE(trace.speakers.size() == 2);
  for (const attribution::SpeakerTraceItem& item : trace.speakers) {
    bool person = false;
    for (Span candidate : item.candidates) {
      CHECK(doc.Text(candidate) != "Senate");
      CHECK(doc.Text(candidate) != "Nvidia");
      person |= doc.Text(candidate) == "Mitch McConnell" || doc.Text(candidate) == "Jensen Huang";
    }
    CHECK(person);
  }
}

TEST_CASE("attribution: a possessive in a description takes in the name it ends") {
  Annotated a(
      "Apple's streaming service has struggled.\n\n"
      "The Morning Show’s producers say many of its critics are wrong about the series.\n");
  CHECK(a.Speaker(a.Get("many of its critics")) == "The Morning Show’s producers");
}

TEST_CASE("attribution: the last item of a list in an apposition is no speaker") {
  Annotated a(
      "Boeing bid for the lander contract.\n\n"
      "“We have developed a fewest-steps approach,” Jim Chilton, senior vice president for space and launch at "
      "Boeing Defense, Space, and Security, said in that statement.\n");
  CHECK(a.Speaker(a.Get("We have developed")) == "Jim Chilton");
}

TEST_CASE("attribution: a long description before a colon is no speaker") {
  Annotated a(
      "Trump spoke about unemployment in June.\n\n"
      "The bias begins to show when looking at how the website rated this statement by Trump on June 11:\n\n"
      "“If you look at what’s going on in this country, African-American youth is an example: 59 percent "
      "unemployment rate; 59 percent.”\n");
  CHECK(a.Speaker(a.Get("If you look")).find("website") == std::string::npos);
}

TEST_CASE("attribution: a pronoun with a prepositional phrase is no speaker") {
  Annotated a(
      "The platform was changed at the convention.\n\n"
      "His operatives forced a change in the platform, stripping out a call for “providing lethal defensive "
      "weapons” to Ukraine and replacing it with softer language calling for “appropriate assistance.”\n");
  for (const Quote& q : a.doc.quotes) CHECK(a.Speaker(q).find("it with") == std::string::npos);
}

TEST_CASE("attribution: a cue's noun form after a preposition is a noun") {
  Annotated a(
      "The council approved the budget.\n\n"
      "Resident Maria Lopez, who spoke during public comment, said she supported the violence prevention money. "
      "The mayor declined to comment on the vote, and his office said without comment that the plan was final.\n");
  CHECK(a.Speaker(a.Get("she supported")) == "Maria Lopez");
}

TEST_CASE("attribution: a cue's noun form after a verb of making or giving is its object") {
  Annotated a(
      "The hearing ended.\n\n"
      "Chairman Adam Schiff and ranking Republican Devin Nunes made closing remarks Tuesday following the testimony "
      "of Kurt Volker. The mayor gave brief comments after the vote. Nunes said the hearing was unfair.\n");
  CHECK(a.Find("following the testimony") == nullptr);
  CHECK(a.Find("after the vote") == nullptr);
  CHECK(a.Speaker(a.Get("the hearing was unfair")) == "Nunes");
}

TEST_CASE("attribution: a quotation without a word is a title or a figure; a report noun after modifiers is no cue") {
  Annotated a(
      "The deal closed.\n\n"
      "The company acquired Big Machine Label Group, home to 2014’s “1989.” Associated Press writers Alan Fram, "
      "Lolita Baldor and Jill Colvin contributed to this report. “Excluding these items, comps would have been "
      "closer to 5%,” wrote Fadem in a Tuesday research report. Researchers have detected the plume directly, a "
      "new study reports.\n");
  CHECK(a.Get("1989").kind == QuoteKind::kScare);
  CHECK(a.Speaker(a.Get("1989")).empty());
  CHECK(a.Find("Alan Fram") == nullptr);
  CHECK(a.Find("Associated Press writers") == nullptr);
  CHECK(a.Speaker(a.Get("Excluding these items")) == "Fadem");
  CHECK(a.Speaker(a.Get("Researchers have detected")) == "a new study");
}

TEST_CASE("attribution: `according to` a bare plural of speakers, and a description whole; MPs are listeners") {
  Annotated a(
      "Netflix agreed to buy the studio.\n\n"
      "According to people familiar with the matter, Paramount had made a rival offer. The offer was rejected, "
      "according to two people familiar with the talks. Mahmood told MPs the changes were needed to restore "
      "public confidence.\n");
  CHECK(a.Speaker(a.Get("Paramount had made")) == "people familiar with the matter");
  CHECK(a.Speaker(a.Get("The offer was rejected")) == "two people familiar with the talks");
  CHECK(a.Speaker(a.Get("the changes were needed")) == "Mahmood");
}

TEST_CASE("attribution: a cue with a clause of its own after a quotation closed by a period frames that clause") {
  Annotated a(
      "On Tuesday, both rivals criticized him.\n\n\"It's a very sad development,\" Cruz told reporters outside a "
      "restaurant in Milwaukee. \"This is the consequence of the culture of the Trump campaign. That has no place "
      "in a political campaign.\" Ohio Gov. John Kasich said he would have fired Lewandowski.\n");
  CHECK(a.Speaker(a.Get("This is the consequence")) == "Cruz");  // was Kasich's
  // Whatever opens that clause, but a preposition or a listener.
  Annotated b(
      "Perez campaigns.\n\nIn city after city, Perez lobbies for a higher minimum wage: \"No one who works a "
      "full-time job in this country should have to live in poverty.\" He says not enacting laws to give paid leave "
      "is a mistake. \"We will win,\" Smith said. \"It is a long fight.\" Jones said in a statement.\n");
  CHECK(b.Speaker(b.Get("No one who works")) == "Perez");    // was "He"
  CHECK(b.Speaker(b.Get("It is a long fight")) == "Jones");  // a frame after its period
}

TEST_CASE("attribution: a source briefed on something speaks, and a call before the verb is no cue") {
  Annotated a(
      "Negotiators resumed talks in Doha on Thursday, a source briefed on the talks said.\n\nTrump and US Trade "
      "Representative Robert Lighthizer recognize that making such concessions for a \"skinny\" trade deal that "
      "fails to address core intellectual property and technology transfer issues is not a very good deal for "
      "Trump, a second person briefed on last weekend's trade phone call said.\n");
  CHECK(a.Speaker(a.Get("Negotiators resumed")) == "a source briefed on the talks");
  const Quote& skinny = a.Get("skinny");
  CHECK(a.Cue(skinny) == "said");
  CHECK(a.Speaker(skinny) == "a second person briefed on last weekend's trade phone call");
}

TEST_CASE("attribution: the audience after an inverted `told` is not what was told") {
  Annotated a(
      "Germany agreed a military service law.\n\n"
      "Service will remain voluntary for now, but parliament can introduce compulsory service if not enough "
      "volunteers come forward, Boris Pistorius told a news conference in Berlin alongside lawmakers.\n");
  CHECK(a.Find("a news conference") == nullptr);
  CHECK(a.Speaker(a.Get("Service will remain voluntary")) == "Boris Pistorius");
}

TEST_CASE("attribution: in a document quoted with single marks they are the speech marks") {
  Annotated a(
      "Mother's fury as school bans coats in class\n\n"
      "Sarah Jenkins, 38, whose son attends St Mary's Primary in Swindon, said children were 'shivering at their "
      "desks'.\n\n"
      "'My son came home blue with cold,' she told the Mail. 'The heating has been broken for a fortnight.'\n\n"
      "The headteacher, Claire Dobson, wrote to parents on Monday explaining that coats were a 'trip hazard'.\n");
  const Quote& shivering = a.Get("shivering at their desks");
  CHECK(shivering.kind == QuoteKind::kMixed);
  CHECK(a.Speaker(shivering) == "Sarah Jenkins");
}

TEST_CASE("attribution: the rules of this round stay within their patterns") {
  Annotated a(
      "The inquest heard evidence on Monday.\n\n"
      "Speaking at the inquest, the officer recalled nearly 30 people were trapped on the upper floors. "
      "Opponents of abortion claim the law saves lives. The doctor promised them the surgery would go ahead. "
      "Detective Inspector Paul Wood told the jury a neighbour had called police at 2am. The defendant told a "
      "meeting of the parish council the plan would ruin the village.\n");
  CHECK(a.Speaker(a.Get("nearly 30 people were trapped")) == "the officer");
  CHECK(a.Speaker(a.Get("the law saves lives")) == "Opponents of abortion");
  CHECK(a.Speaker(a.Get("them the surgery would go ahead")) == "The doctor");
  CHECK(a.Speaker(a.Get("a neighbour had called police")) == "Paul Wood");
  CHECK(a.Speaker(a.Get("the plan would ruin the village")) == "The defendant");
  Annotated b(
      "The strike went on.\n\n"
      "She said that if the union refused, and the company said no to arbitration, the strike would last for "
      "months. The owner, and not the tenant, said the boiler was fine. The union warned that should Russia "
      "invade, sanctions would follow.\n\n"
      "A spokesman for the owners of the burned-out tower block: “We are cooperating fully.”\n\n"
      "“We will pass it,” said Senate Majority Leader Mitch McConnell.\n");
  CHECK(b.Find("no to arbitration") == nullptr);
  CHECK(b.Speaker(b.Get("the boiler was fine")) == "The owner");
  CHECK(b.Speaker(b.Get("should Russia invade")) == "The union");
  CHECK(b.Speaker(b.Get("We are cooperating")).find("spokesman") != std::string::npos);
  CHECK(b.Speaker(b.Get("We will pass it")) == "Senate Majority Leader Mitch McConnell");
  Annotated c(
      "The school paid tribute.\n\n"
      "The family of Tom Hill, a pupil at Oakwood Academy, who died in March, said he was a kind and gentle boy. "
      "And The Washington Post's executive editor said the paper would not back down.\n");
  const Quote* boy = c.Find("he was a kind");
  if (boy != nullptr) CHECK(c.Speaker(*boy) != "Tom Hill");
  CHECK(c.Speaker(c.Get("the paper would not")) == "The Washington Post's executive editor");
  Annotated d(
      "Prices rose again.\n\n"
      "Customers complained, the company said, that prices had risen. Dr Daniel Bailey, a reader in nutrition, "
      "exercise and health at Brunel University of London, who was not involved in the study, said the findings "
      "were limited.\n");
  CHECK(d.Speaker(d.Get("that prices had risen")) == "the company");
  CHECK(d.Speaker(d.Get("the findings were limited")) == "Daniel Bailey");
}

TEST_CASE("attribution: a second determiner after the listener opens what was told") {
  Annotated a(
      "A former childcare worker was jailed on Friday.\n\n"
      "Crown prosecutor Emma Curran had argued for a sentence of 18 years, telling the court the man had filmed "
      "some of the abuse.\n");
  CHECK(a.Speaker(a.Get("the man had filmed")) == "Emma Curran");
}

TEST_CASE("attribution: `he said` is the subject's, not a name in a relative clause; a new person blocks older names") {
  Annotated a(
      "A court sentenced a former minister on Monday.\n\n"
      "Dilip Ray, who served in the cabinet of Atal Bihari Vajpayee, told reporters that he would appeal.\n\n"
      "\"I have full faith in the judiciary,\" he said.\n\n"
      "Police arrested Devon Price on Saturday.\n\n"
      "A woman who lives on the block said she heard at least six shots. \"I got down on the floor with my "
      "kids,\" she said.\n");
  CHECK(a.EntityName(a.Get("I have full faith")) == "Dilip Ray");
  CHECK(a.EntityName(a.Get("I got down")) == "");
  // So does a person of either gender who opens a sentence.
  Annotated n(
      "A woman was stabbed to death in a flat in Bristol.\n\n"
      "The woman, named locally as Leanne Carter, 29, died at the scene.\n\n"
      "A neighbour, who did not want to be named, told the BBC she had heard shouting. \"It went on for about ten "
      "minutes and then it just stopped,\" she said.\n");
  CHECK(n.EntityName(n.Get("It went on")) == "");
  // "One protester" is someone new too (the pronoun went to the official).
  Annotated o(
      "Provincial education official Hojatoleslam Ali-Asghar Mousavian told the state news agency IRNA that the "
      "government had allocated funds for the adjustment in next year's budget. He said the retirees' demands "
      "were \"legitimate\" but should be pursued \"through legal channels\".\n\n"
      "One protester, a 68-year-old former physics teacher who asked IranWire not to publish her name, said she "
      "had not bought meat in four months.\n\n"
      "\"I am ashamed to say this at my age. I have a pension, I have a house, and still my fridge is empty,\" "
      "she said. \"My daughter in Karaj sends me money. Is this what they promised us?\"\n");
  CHECK(o.EntityName(o.Get("I am ashamed")) == "");
  // So is a tradesman after a place ("A rice miller in Kampong Thom").
  Annotated m(
      "Speaking at a workshop in Phnom Penh, H.E. Vannak said that 14 containers of rice had been returned. He "
      "urged millers to buy only from registered farmers.\n\n"
      "A rice miller in Kampong Thom province, who asked not to be named, said smaller mills could not afford "
      "the testing. \"The big companies can pay for the laboratory. We cannot,\" he said.\n");
  CHECK(m.EntityName(m.Get("The big companies")) == "");
  // Or one after a clause that opens the sentence ("When contacted, a senior
  // official …"; "he said" was the owner's, abroad).
  Annotated wc(
      "According to labour leaders, the factory's owner, Anwar Hossain Chowdhury, has been abroad since "
      "September. When contacted, a senior official of the company, requesting anonymity, claimed the factory "
      "had been hit by cancelled orders.\n\n"
      "\"We are trying our best. Once the money from the buyers comes, the workers will be paid first,\" he "
      "said.\n");
  CHECK(wc.EntityName(wc.Get("We are trying our best")) == "");
  // And one of the writer's own by way of another ("My neighbour's
  // granddaughter"; "she" was the minister's).
  Annotated g(
      "The Minister of State with responsibility for transport, Deputy Fionnuala Nic Giolla Phadraig, told the "
      "Dail last month that the plan was about 'building a bus system fit for a growing city'.\n\n"
      "My neighbour's granddaughter, who is studying engineering at UCC, put it better than I can. 'Granny,' she "
      "said to me, 'they designed it for people like me.'\n");
  CHECK(g.EntityName(g.Get("Granny")) == "");
  // "Ms" before a surname's particle the name left out still says she.
  Annotated w(
      "Sitting in Cardiff, the judge ruled for the company.\n\n"
      "The company's former land agent, Gwenllian ap Iorwerth, told the court she could not recall promising "
      "anything.\n\n"
      "The judge said he found Ms ap Iorwerth to be 'a careful and honest witness'.\n\n"
      "'The route chosen falls within that corridor,' he wrote.\n");
  CHECK(w.EntityName(w.Get("The route chosen")) == "");
  // And one described by a role after modifiers, a sentence or more before
  // the pronoun; not the words that the pronoun's own sentence reports.
  Annotated r(
      "Water restrictions widen.\n\n"
      "Water Minister Desmond Ebanks said the Government had approved $1.4 billion for wells.\n\n"
      "A senior NWC engineer, who asked not to be named, said leakage remained above 60 per cent.\n\n"
      "\"We lose more than half of what we treat,\" he said.\n\n"
      "Arturo Sarukhan, a former ambassador, said Mexico must rebut the claims. An ambassador's job, he said, "
      "should be to \"counter lies with hard data.\"\n");
  CHECK(r.EntityName(r.Get("We lose more than half")) == "");  // was the minister's
  CHECK(r.EntityName(r.Get("counter lies")) == "Arturo Sarukhan");
  // "Jean-Marc" is a man's name, though "Jean" alone is a woman's in US records.
  Annotated b(
      "\"We are being asked to produce more,\" said Jean-Marc Dupuis, who grows maize.\n\n"
      "The prefect, Fabienne Buccio, said the limits were needed.\n\n"
      "Dupuis was not convinced. \"They promise money every time,\" he said.\n");
  CHECK(b.EntityName(b.Get("They promise money")) == "Jean-Marc Dupuis");
  // Burmese "Daw" is a woman's honorific and "U" a man's ("he said" was Daw
  // Khin Sanda Win's, and U Aung Myint Oo a place).
  Annotated u(
      "\"We ran with only what we could carry,\" said Daw Khin Sanda Win, a 58-year-old farmer.\n\n"
      "She said two houses in her village were destroyed.\n\n"
      "U Aung Myint Oo, a member of the village administration set up by the parallel National Unity Government "
      "(NUG), said the displaced urgently needed rice.\n\n"
      "\"We have enough food for maybe ten days. After that, I don't know,\" he said.\n");
  CHECK(u.EntityName(u.Get("We have enough food")) == "Aung Myint Oo");
  // A surname's particle opening a sentence is no given name ("Von" is a
  // man's in US records; "she" went to a place the tagger made a person).
  Annotated v(
      "Wolf culls divide farmers.\n\n"
      "A wolf photographed by a wildlife camera in the Lüneburg Heath\n\n"
      "Friederike von Schönfeld has counted the dead sheep on her land near Cuxhaven.\n\n"
      "\"You go out in the morning and it looks like a battlefield,\" she told DW.\n\n"
      "Von Schönfeld, who runs a flock of around 600 sheep, welcomed the plans.\n");
  CHECK(v.EntityName(v.Get("You go out")) == "Friederike von Schönfeld");
  // One named only by a given name of one sex is of that sex; someone new
  // whom "who" follows blocks the names before.
  Annotated l(
      "Bordeaux growers uproot vines.\n\n"
      "Hélène Roche, 58, is pulling up nine of her 22 hectares.\n\n"
      "A Bordeaux négociant, who asked not to be named, said prices had fallen.\n\n"
      "\"Some châteaux are selling at a loss,\" he said.\n\n"
      "For Roche, the decision was emotional. Her son, Louis, has decided to work in New Zealand.\n\n"
      "\"He told me he did not want to spend his life paying debts,\" she said.\n");
  CHECK(l.EntityName(l.Get("Some châteaux")) == "");           // was Roche's
  CHECK(l.EntityName(l.Get("He told me")) == "Hélène Roche");  // was Louis's
  // A name inside the quotation is not who speaks it.
  Annotated c(
      "NEW DELHI: The monsoon is likely to reach Kerala around June 4, the weather office said on Tuesday.\n\n"
      "Its director, Mrutyunjay Mohapatra, told reporters the forecast could err by four days. \"We "
      "expect normal rainfall this season despite Donald Trump's doubts,\" he said.\n");
  CHECK(c.EntityName(c.Get("We expect normal")) == "Mrutyunjay Mohapatra");
  CHECK(c.doc.Text(c.Get("The monsoon").content).substr(0, 11) == "The monsoon");
  // A dateline of one place name before its colon too, not a transcript's
  // speaker ("BLITZER:").
  Annotated d(
      "Bihar election: NDA sweeps to victory\n\n"
      "PATNA: The ruling National Democratic Alliance won a landslide in the Bihar assembly election on Friday, "
      "according to the Election Commission of India.\n");
  CHECK(d.Speaker(d.Get("The ruling National")) == "the Election Commission of India");
}

TEST_CASE("attribution: a person's relative clause before the verb, not a name inside it, speaks") {
  Annotated a(
      "A court sentenced a former minister on Monday.\n\n"
      "Dilip Ray, who served in the cabinet of Atal Bihari Vajpayee, told reporters that he would appeal.\n\n"
      "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he "
      "favored the new overtime rule.\n\n"
      "Vice President Joseph Biden, who was to travel to Columbus, Ohio, on Wednesday, said the rules "
      "touched on a core issue.\n");
  CHECK(a.Speaker(a.Get("he would appeal")) == "Dilip Ray");
  CHECK(a.Speaker(a.Get("he favored")) == "Paul Porter");
  CHECK(a.Speaker(a.Get("the rules touched")) == "Joseph Biden");
  Annotated b(
      "Voters lined up early.\n\n"
      "Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that such efforts would "
      "hurt the economy.\n\n"
      "Stacy Baker of Columbia, South Carolina says she thinks Cruz can pull off a win.\n");
  CHECK(b.Speaker(b.Get("such efforts would")) == "Marco Rubio");
  CHECK(b.Speaker(b.Get("she thinks Cruz")) == "Stacy Baker of Columbia");
}

TEST_CASE("attribution: a titled person after a preposition in an apposition does not speak") {
  Annotated a(
      "Lula vetoes pension bill\n\n"
      "Lira, an ally of former President Jair Bolsonaro, said Congress would \"examine the veto with the "
      "seriousness it deserves.\"\n\n"
      "Brian Fallon, a spokesman for Sen. Hillary Clinton, said the senator had been misquoted.\n");
  CHECK(a.Speaker(a.Get("examine the veto")) == "Lira");
  CHECK(a.Speaker(a.Get("the senator had been")) == "Brian Fallon");
}

TEST_CASE("attribution: a cue set off by commas reports the clauses of other cues before it") {
  Annotated a(
      "Scholz fires his finance minister\n\n"
      "\"He has broken my trust too often,\" Scholz told reporters.\n\n"
      "Lindner accused the chancellor of provoking the break. Scholz had demanded that he suspend the debt brake, "
      "Lindner said, which he could not do \"without violating my oath of office.\"\n");
  CHECK(a.Speaker(a.Get("without violating")) == "Lindner");
  CHECK(a.Cue(a.Get("without violating")) == "said");
}

TEST_CASE("attribution: a participle after an adverb shares the subject of its clause, not the listener") {
  Annotated a(
      "Senators question prisons chief\n\n"
      "\"You are in this job because of this crisis,\" Sasse told Hawk Sawyer, repeatedly calling for an "
      "explanation of how the system failed. \"That bastard now won't be able to testify.\"\n");
  CHECK(a.Speaker(a.Get("an explanation of how")) == "Sasse");
  CHECK(a.Speaker(a.Get("That bastard")) == "Sasse");
}

TEST_CASE("attribution: a pronoun credited to a person teaches their gender to later pronouns") {
  Annotated a(
      "Prison guards plead not guilty\n\n"
      "Two guards were on duty when Jeffrey Epstein died in his cell.\n\n"
      "Montell Figgins, who represents Thomas, said his client would fight the charges. He said Thomas is a "
      "single father of three children.\n\n"
      "Figgins declined to address whether Thomas slept on the job on the night Epstein died. \u201cWhen all "
      "the evidence is presented, you\u2019ll see,\u201d he said.\n");
  CHECK(a.EntityName(a.Get("When all the evidence")) == "Montell Figgins");
  // A name's possessive is no one acting: the subject before it speaks.
  Annotated b(
      "Tax plan draws criticism\n\n"
      "Kim Lee praised the plan in an essay. \"It will help families,\" she wrote.\n\n"
      "Conservative economist Aparna Mathur said Kim Lee's statement didn't clarify the matter. \"I don't "
      "see details about who is eligible,\" she said.\n");
  CHECK(b.EntityName(b.Get("I don't see details")) == "Aparna Mathur");
}

TEST_CASE("attribution: a quotation alone after a person's sentence in a new paragraph is that person's") {
  Annotated a(
      "Charlotte tries to return to normal\n\n"
      "Pence said on CNN that the police were unfairly maligned.\n\n"
      "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified exhaustion "
      "with bigotry as one reason young voters should get excited. \"The younger people are sick and tired of "
      "discrimination and racism.\"\n\n"
      "Bridenstine expects to produce three rockets through 2024. \"Adding an additional rocket could happen, but "
      "I am not confident.\"\n");
  CHECK(a.EntityName(a.Get("The younger people")) == "Bernie Sanders");
  CHECK(a.EntityName(a.Get("Adding an additional")) == "Bridenstine");
  // Names alone (a list of sources) open no clause.
  Annotated b(
      "Sources\n\n"
      "McCarthy, Tom; Smith, David. \"Ukraine Ambassador Describes a Smear Campaign Against Her.\"\n");
  CHECK(b.Speaker(b.Get("Ukraine Ambassador")).empty());
}

TEST_CASE("attribution: \"it\" and \"they\" are an organisation only when one opens the sentence or the one before") {
  Annotated a(
      "Ultra-processed foods linked to early death\n\n"
      "The researchers, led by Mingyang Song of the Harvard T.H. Chan School of Public Health, tracked "
      "participants for more than 30 years. Processed meats and sugary drinks showed the strongest links, they "
      "wrote.\n\n"
      "Reliance Industries has twice denied doing anything wrong. \"At no point did we block the deal,\" it said "
      "in a statement.\n");
  CHECK(a.EntityName(a.Get("Processed meats")) == "");
  CHECK(a.EntityName(a.Get("At no point")) == "Reliance Industries");
}

TEST_CASE("attribution: `…, saying` after a clause naming its own subject is that person's") {
  Annotated a(
      "The Prime Minister faced a revolt on Tuesday after Robert Jenrick resigned as immigration "
      "minister, saying the bill did not go far enough.\n\n"
      "Ann Lee signed the budget after the council voted on it, saying the vote was fair.\n");
  const Quote* resigned = a.Find("the bill did not go");
  REQUIRE(resigned != nullptr);
  CHECK(a.Speaker(*resigned) == "Robert Jenrick");
  const Quote* fair = a.Find("the vote was fair");
  REQUIRE(fair != nullptr);
  CHECK(a.Speaker(*fair) == "Ann Lee");
}

TEST_CASE("attribution: the subject before `is calling` and not a later name") {
  Annotated a(
      "The Canadian government is calling upon its banks to lend more, particularly in towns "
      "where Smith Holdings has closed branches.\n");
  const Quote* reported = a.Find("its banks to lend");
  REQUIRE(reported != nullptr);
  CHECK(reported->kind == QuoteKind::kIndirect);
  CHECK(a.Cue(*reported) == "calling upon");
  CHECK(a.Speaker(*reported).find("government") != std::string::npos);
}

TEST_CASE("attribution: a noun use of a cue word and disclaimers report nothing") {
  Annotated a(
      "Officials met in Paris on Monday.\n\n"
      "The European report on banks follows similar actions in Asia, officials said.\n\n"
      "Disclaimer. The information provided is not trading advice. We hold no liability for "
      "any investments made based on the information provided on this page.\n");
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.Cue(q) != "report");
    CHECK(a.doc.Text(q.span).find("trading advice") == std::string_view::npos);
    CHECK(a.doc.Text(q.span).find("on this page") == std::string_view::npos);
  }
}

TEST_CASE("attribution: the name of a programme is not spoken") {
  Annotated a("On “Face the Nation,” Senator Bernie Sanders said the race would tighten in October.\n");
  const Quote* show = a.Find("Face the Nation");
  REQUIRE(show != nullptr);
  CHECK(show->kind == QuoteKind::kScare);
  CHECK(show->speaker.empty());
}

}  // namespace
}  // namespace annotator

namespace annotator {
namespace {

TEST_CASE("attribution: one quotation per span, and a speaker's whole sentence stays theirs") {
  Annotated a("Officials met on Monday.\n\n'Stop it now' said Bob Brown. “Go home,” the officer said, “all of you.”\n");
  for (size_t i = 1; i < a.doc.quotes.size(); ++i) {
    CHECK_FALSE((a.doc.quotes[i].span.begin == a.doc.quotes[i - 1].span.begin &&
                 a.doc.quotes[i].span.end == a.doc.quotes[i - 1].span.end));
  }
  const Quote& stop = a.Get("Stop it now");
  CHECK(stop.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(stop) == "Bob Brown");
}

TEST_CASE("attribution: a participle after a past verb modifies its object") {
  Annotated a(
      "A consultant at a Manchester hospital ignored repeated warnings that a patient was seriously ill in the hours "
      "before she died, a jury has heard.\n");
  for (const Quote& q : a.doc.quotes) CHECK(a.Cue(q) != "repeated");
}

TEST_CASE("attribution: counsel's rank after a name is no speaker") {
  Annotated a(
      "Opening the case on Tuesday, prosecutor Nicholas Johnson KC said nurses had raised concerns about her blood "
      "pressure at least four times.\n");
  const Quote& report = a.Get("nurses had raised concerns");
  CHECK(a.EntityName(report) == "Nicholas Johnson");
  // Nor in apposition to a description: the person speaks, not "Her barrister".
  Annotated b(
      "Nurse found guilty.\n\nLucy Letby, 34, was convicted on Wednesday. Her barrister, Ben Myers KC, said there "
      "was no evidence she had harmed the child.\n");
  CHECK(b.Speaker(b.Get("there was no evidence")) == "Ben Myers");
}

TEST_CASE("attribution: a list inside an apposition does not end it") {
  Annotated a(
      "Councillor Ben Miskell, chair of the council's transport, regeneration and climate committee, said the plan "
      "was \"the biggest investment in the city centre for a generation\".\n");
  const Quote& q = a.Get("the biggest investment");
  CHECK(a.EntityName(q) == "Ben Miskell");
}

TEST_CASE("attribution: a place's official named after the title is the speaker, not the place") {
  Annotated a(
      "Punjab's agriculture minister Gurmeet Singh Khudian rejected the claim, saying farm fires in the state were "
      "down 70% from last year.\n");
  CHECK(a.EntityName(a.Get("farm fires in the state")) == "Gurmeet Singh Khudian");
  Annotated b(
      "Agriculture minister Gurmeet Singh Khudian rejected the claim, saying farm fires in the state were down 70% "
      "from last year.\n");
  CHECK(b.EntityName(b.Get("farm fires in the state")) == "Gurmeet Singh Khudian");
}

TEST_CASE("attribution: said last week and a comma report the clause before them") {
  Annotated a(
      "Annual inflation fell to 16.05% in October from 18.02% in September, the statistics office said last week, "
      "helped by a rebasing of the consumer price index and a stronger naira.\n");
  const Quote& q = a.Get("Annual inflation fell");
  CHECK(a.doc.Text(q.content) == "Annual inflation fell to 16.05% in October from 18.02% in September");
  CHECK(a.Find("last week") == nullptr);
  CHECK(a.Find("helped by") == nullptr);
}

TEST_CASE("attribution: a party and state abbreviation after the name keeps the sentence whole") {
  Annotated a(
      "Senate Majority Leader John Thune, R-S.D., said Democrats were \"holding the government hostage\" over "
      "their demand.\n");
  CHECK(a.EntityName(a.Get("holding the government hostage")) == "John Thune");
}

TEST_CASE("attribution: a pronoun passes over the object of a preposition") {
  Annotated a(
      "Born in Lincoln, Nebraska, in 1941, Dick Cheney served as White House chief of staff to Gerald Ford and as "
      "defence secretary under George HW Bush, overseeing the 1991 Gulf war.\n\n"
      "As vice-president from 2001 to 2009, he pushed for the invasion of Iraq, insisting that Saddam Hussein "
      "possessed weapons of mass destruction.\n");
  CHECK(a.EntityName(a.Get("Saddam Hussein possessed")) == "Dick Cheney");
}

TEST_CASE("attribution: a nationality before the title; said at least; a clause after as is the writer's") {
  Annotated a(
      "Kenyan President William Ruto on Saturday defended a contested housing tax, saying it would create jobs for "
      "young people, as protests against the levy spread to the coastal city of Mombasa.\n\n"
      "The Kenya National Commission on Human Rights said at least two people had been injured.\n");
  const Quote& jobs = a.Get("it would create jobs");
  CHECK(a.EntityName(jobs) == "William Ruto");
  CHECK(a.doc.Text(jobs.content) == "it would create jobs for young people");
  CHECK(a.Find("at least two people had been injured") != nullptr);
}

TEST_CASE("attribution: the time words of a reported subject stay in the report; a pronoun keeps the only person") {
  Annotated a(
      "Officials met on Monday.\n\nThe World Meteorological Organization said last year was the hottest on "
      "record.\n\nPolice said last week's attack was carried out by a lone gunman.\n");
  CHECK(a.Find("last year was the hottest on record") != nullptr);
  CHECK(a.Find("last week's attack was carried out") != nullptr);
  Annotated b(
      "Officials met on Monday.\n\nThe award for best actor went to Cillian Murphy. He said he was \"humbled\" "
      "by the recognition.\n\nThe BBC's Laura Kuenssberg spoke to Rachel Reeves on Sunday. She said the budget "
      "would not raise taxes on working people.\n");
  CHECK(b.EntityName(b.Get("humbled")) == "Cillian Murphy");
  CHECK(b.EntityName(b.Get("the budget would not raise taxes")) == "Rachel Reeves");
}

TEST_CASE("attribution: claiming wickets before a subordinate clause reports nothing") {
  Annotated a(
      "Shafali Verma scored 87 and took two wickets, and Deepti Sharma claimed five for 39 as South Africa were "
      "bowled out for 246 chasing 299.\n");
  CHECK(a.Attributions() == 0);
}

TEST_CASE("attribution: the listener's apposition is no part of what was told") {
  Annotated a(
      "Energy Minister Svitlana Hrynchuk told the Rada, Ukraine's parliament, that the grid remained stable but "
      "warned of rolling blackouts in the coming weeks.\n");
  const Quote& q = a.Get("the grid remained stable");
  CHECK(a.EntityName(q) == "Svitlana Hrynchuk");
  CHECK(a.Find("Ukraine's parliament") == nullptr);
  // So before a question's clause.
  Annotated b(
      "Egg prices have doubled.\n\n"
      "We asked Amy Smith, an agricultural economist at Iowa State University, what is going on.\n");
  for (const Quote& q : b.doc.quotes) CHECK(b.doc.Text(q.content).find("economist") == std::string_view::npos);
  // Before an infinitive the listener is who is to act, apposition and all.
  Annotated c("The senator urged Dan Smith, a former banker at the group Access Now, to resign before the vote.\n");
  CHECK(c.Find("Dan Smith, a former banker") != nullptr);
  CHECK(c.Find("a former banker") == nullptr);
}

TEST_CASE("attribution: a description in apposition before the speaker's name is no part of what was said") {
  Annotated a(
      "The Federal Government has disclosed that workers will receive the new minimum wage from September, the "
      "Minister of Information and National Orientation, Mohammed Idris, has said.\n\n"
      "Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on "
      "Saturday.\n");
  const Quote& outer = a.Get("The Federal Government has disclosed");
  CHECK(a.doc.Text(outer.content) ==
        "The Federal Government has disclosed that workers will receive the new minimum wage from September");
  CHECK(a.EntityName(outer) == "Mohammed Idris");
  CHECK(a.doc.Text(a.Get("workers will receive").content) ==
        "workers will receive the new minimum wage from September");
  const Quote& tool = a.Get("Facebook created the tool");
  CHECK(a.doc.Text(tool.content) == "Facebook created the tool to help in times of crisis");
  CHECK(a.EntityName(tool) == "Anna Richardson White");
}

TEST_CASE("attribution: a medium's phrase before a colon names where the words appeared, not who said them") {
  Annotated a(
      "Taylor Swift's Eras Tour has grossed $1 billion.\n\n"
      "Swift, 34, thanked her fans in an Instagram post: \"I'm so grateful for every single person who came to the "
      "shows.\"\n\nHer manager, Tree Paine, wrote in a statement: \"The numbers speak for themselves.\"\n\n"
      "The band members shared the news in a video: \"We did it.\"\n");
  CHECK(a.EntityName(a.Get("I'm so grateful")) == "Taylor Swift");
  CHECK(a.EntityName(a.Get("The numbers speak")) == "Tree Paine");
  CHECK(a.Speaker(a.Get("We did it")) == "The band members");
}

TEST_CASE("attribution: a person's relative clause may hold a few quoted words before the verb") {
  Annotated a(
      "Brazil suspended X on Friday.\n\n"
      "Elon Musk, who has called the judge a \"dictator\", responded on X: \"Free speech is the bedrock of "
      "democracy.\"\n\nThe campaign, pushing the idea through surrogates (like top aide David Plouffe, who called "
      "Trump \"a psychopath\" over the weekend), has repeatedly emphasized that the threats are the insults.\n");
  const Quote& reply = a.Get("Free speech is the bedrock");
  CHECK(a.EntityName(reply) == "Elon Musk");
  CHECK(a.doc.Text(reply.cue) == "responded");
  Annotated b(
      "Pope Francis has died.\n\nArgentina's President Javier Milei, who once called Francis \"the representative "
      "of evil on Earth\", said it was \"an honor\" to have known him.\n");
  CHECK(b.doc.Text(b.Get("an honor").cue) == "said");
  // Not out of brackets.
  for (const Quote& q : a.doc.quotes) {
    if (q.kind != QuoteKind::kMixed) CHECK(a.EntityName(q) != "David Plouffe");
  }
}

TEST_CASE("attribution: swearing in is taking office; a headline's verb after a comma goes on with its person") {
  Annotated a(
      "Milei sworn in as Argentina's president, warns of \"shock\" adjustment\n\n"
      "BUENOS AIRES (AP) \xE2\x80\x94 Javier Milei was sworn in on Sunday. A witness swore in court that he had seen "
      "the car.\n");
  const Quote& shock = a.Get("shock");
  CHECK(a.EntityName(shock) == "Javier Milei");
  CHECK(a.doc.Text(shock.cue) == "warns");
  CHECK(a.doc.Text(a.Get("he had seen the car").cue) == "swore");
}

TEST_CASE("attribution: a piece published in a journal or released by a body speaks, not the journal") {
  Annotated a(
      "Ocean currents are slowing.\n\n"
      "The system could collapse by 2025, a study published in the journal Nature Communications suggests. The "
      "economy will shrink, a report released by the International Monetary Fund said.\n");
  CHECK(a.Speaker(a.Get("The system could collapse")) == "a study published in the journal Nature Communications");
  CHECK(a.Speaker(a.Get("The economy will shrink")) == "a report released by the International Monetary Fund");
}

TEST_CASE("attribution: a participle goes on with the speaker whose clause holds a later cue") {
  Annotated a(
      "Michael Cohen testified on Monday.\n\n\"Just do it,\" Cohen said Trump told him, adding that his then-boss "
      "was worried about the effect the story would have on voters.\n");
  CHECK(a.EntityName(a.Get("his then-boss was worried")) == "Michael Cohen");
}

TEST_CASE("attribution: a name ending in -ing opens no introductory phrase") {
  Annotated a(
      "SEATTLE (Reuters) - Boeing factory workers voted on Monday to accept a new contract and end a seven-week "
      "strike, the International Association of Machinists and Aerospace Workers said.\n");
  CHECK(a.Find("Boeing factory workers voted") != nullptr);
}

TEST_CASE("attribution: royal and religious titles head a speaker's description") {
  Annotated a(
      "Officials met on Monday.\n\nThe prince said the monarchy would have to change. The archbishop told "
      "worshippers the church had failed them. The imam said the mosque would reopen.\n");
  CHECK(a.Speaker(a.Get("the monarchy would have")) == "The prince");
  CHECK(a.Speaker(a.Get("the church had failed")) == "The archbishop");
  CHECK(a.Speaker(a.Get("the mosque would reopen")) == "The imam");
}

TEST_CASE("attribution: a quotation in parentheses is no report of a verb after it") {
  Annotated a(
      "Officials met on Monday.\n\nAfter denying contact with the whistleblower (\u201cWe have not spoken directly "
      "with the whistleblower\u201d) \u2014 he now ups the ante, assuming that the whistleblower will testify.\n");
  const Quote* aside = a.Find("We have not spoken");
  REQUIRE(aside != nullptr);
  CHECK(a.Speaker(*aside) != "the whistleblower");
  // Words set off by the cue's comma are its report, their aside too.
  Annotated b(
      "Officials met on Monday.\n\nThe policy (\u201cno jab, no job\u201d) will take effect in March, the "
      "governor said.\n");
  CHECK(b.Speaker(b.Get("no jab, no job")) == "the governor");
}

TEST_CASE("attribution: a relative pronoun's antecedent after a preposition speaks; a person's who, a body's which") {
  Annotated a(
      "Officials met on Monday.\n\nThe plan was criticised by John Smith, who said that taxes would rise. The vote "
      "was delayed by the committee, which said that more time was needed. \"It is unfair,\" said Nicky Driscoll, "
      "24, from Manchester, who said rents were too high. The campaign has included members of the Saudi "
      "government, which has denied any role in the attacks.\n");
  CHECK(a.Speaker(a.Get("taxes would rise")) == "John Smith");
  CHECK(a.Speaker(a.Get("more time was needed")) == "the committee");
  const Quote* rents = a.Find("rents were too high");
  CHECK((rents == nullptr || a.Speaker(*rents) != "Manchester"));
  CHECK(a.Speaker(a.Get("any role in the attacks")) == "the Saudi government");
  // Only a relative pronoun that is the subject: "which Will claims" is George Will's claim.
  Annotated b(
      "Officials met on Monday.\n\nThe columnist George Will praised the speech in Orlando, Florida, which Will claims "
      "affirmed \"the "
      "foundational conservative belief.\" British Prime Minister Theresa May said the country would leave.\n");
  CHECK(b.Speaker(b.Get("the foundational")) == "Will");
  CHECK(b.Speaker(b.Get("the country would leave")) == "Theresa May");
}

TEST_CASE("attribution: a connective opening the sentence before its cue is the writer's") {
  Annotated a(
      "Officials met on Monday.\n\nMeanwhile, Russian drones struck the southern city of Odesa overnight, injuring "
      "at least five people, regional governor Oleh Kiper said.\n");
  const Quote* report = a.Find("Russian drones struck");
  REQUIRE(report != nullptr);
  CHECK(a.Speaker(*report) == "Oleh Kiper");
  CHECK(a.Find("Meanwhile") == nullptr);
  Annotated b(
      "Officials met on Monday.\n\nBut Apple's iPhone 16 outsold every Galaxy model in the fourth quarter, the "
      "research firm said. But we will not give up, the union said.\n");
  CHECK(b.Speaker(b.Get("Apple's iPhone 16 outsold")) == "the research firm");
  CHECK(b.Find("But Apple") == nullptr);
  CHECK(b.Find("But we will not") != nullptr);
}

TEST_CASE("attribution: quoted or cited as saying reports the passive's subject, not the medium") {
  Annotated a(
      "Officials met on Monday.\n\nThe governor was quoted by Ukrinform as saying that a residential building was "
      "damaged. Vladimir Putin was later quoted by state media as saying the talks had failed.\n");
  CHECK(a.Speaker(a.Get("a residential building was damaged")) == "The governor");
  CHECK(a.Speaker(a.Get("the talks had failed")) == "Vladimir Putin");
}

TEST_CASE("attribution: a medium that quoted someone as saying reports that one's words") {
  Annotated a(
      "Officials met on Monday.\n\n\"Lebed is now in Chechnya solving some problems,\" Interfax quoted Chernomyrdin "
      "as saying. Reuters quoted the minister as saying the talks had failed.\n");
  const Quote& direct = a.Get("Lebed is now in Chechnya");
  CHECK(a.Speaker(direct) == "Chernomyrdin");
  CHECK(direct.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(a.Get("the talks had failed")) == "the minister");
}

TEST_CASE("attribution: two names of one type joined by and that open the clause speak together") {
  Annotated a(
      "Officials met on Monday.\n\nGoogle and Meta said they would appeal the ruling. The Department of Veterans "
      "Affairs and the Department of Defense said they would cooperate. The senator criticised France and Macron "
      "said the plan was dead.\n");
  CHECK(a.Speaker(a.Get("they would appeal")) == "Google and Meta");
  CHECK(a.Speaker(a.Get("they would cooperate")) == "The Department of Veterans Affairs and the Department of Defense");
  CHECK(a.Speaker(a.Get("the plan was dead")) == "Macron");
  Annotated b(
      "Officials met on Monday.\n\nPolicymakers including Isabel Schnabel and Joachim Nagel have said the next "
      "move could be a hike.\n");
  CHECK(b.Speaker(b.Get("the next move")) == "Policymakers including Isabel Schnabel and Joachim Nagel");
  // A name or a description and a description, also after the words; not
  // the last items of a list.
  Annotated c(
      "Officials met on Monday.\n\nThe RSF killed hundreds of civilians after capturing the city, the United "
      "Nations and aid groups said on Wednesday. The fire spread quickly, police and witnesses said. Most "
      "Republican voters in Alabama, Georgia and Virginia said they felt betrayed.\n");
  CHECK(c.Speaker(c.Get("The RSF killed")) == "the United Nations and aid groups");
  CHECK(c.Speaker(c.Get("The fire spread")) == "police and witnesses");
  Annotated d(
      "Officials met on Monday.\n\nHowever, both Vindman and Williams told lawmakers the request was "
      "inappropriate. \"Do these people read newspapers?\" said Bob Mulholland, a California superdelegate and "
      "Clinton supporter who has accused rivals of harassing his peers.\n");
  CHECK(d.Speaker(d.Get("the request was inappropriate")) == "both Vindman and Williams");
  CHECK(d.Speaker(d.Get("Do these people")) == "Bob Mulholland");
  const Quote* betrayed = c.Find("they felt betrayed");
  CHECK((betrayed == nullptr || c.Speaker(*betrayed) != "Georgia and Virginia"));
}

TEST_CASE("attribution: a sentence-final according to credits its relative clause; the Dutchman speaks") {
  Annotated a(
      "Officials met on Monday.\n\nThe tribunal found Hasina guilty of ordering the use of lethal force against "
      "protesters, in which up to 1,400 people were killed according to the United Nations. Asked about his job, "
      "the Dutchman said it was \"not a question for me\" and moved on. The Jewish state called the deal "
      "\"historic\".\n");
  const Quote& dead = a.Get("up to 1,400 people were killed");
  CHECK(a.Speaker(dead) == "the United Nations");
  CHECK(a.doc.Text(dead.content) == "up to 1,400 people were killed");
  CHECK(a.Speaker(a.Get("not a question for me")) == "the Dutchman");
  const Quote* historic = a.Find("historic");
  CHECK((historic == nullptr || a.Speaker(*historic) != "The Jewish"));
  // What a verb reports ends before a closing "according to" (it ran on
  // into it); one set off inside the clause stays in it.
  Annotated w(
      "But at a meeting with school principals in August, a deputy county head, Wang Jianguo, acknowledged the "
      "delays, according to a person who attended.\n\n"
      "The Associated Press reported that, according to an analysis of her calendar, 85 of the 154 meetings were "
      "with donors.\n");
  const Quote* delays = w.Find("the delays");
  CHECK((delays == nullptr || w.doc.Text(delays->content) == "the delays"));
  CHECK(w.EntityName(w.Get(", according to an analysis")) == "Associated Press");
}

TEST_CASE("attribution: people of the street and the shop head a speaker's description") {
  Annotated a(
      "Officials met on Monday.\n\nA local shopkeeper, who asked not to be named, said fights had become common. "
      "One motorist said the road was dangerous. Several pensioners told the meeting that the buses were late.\n");
  CHECK(a.Speaker(a.Get("fights had become common")) == "A local shopkeeper");
  CHECK(a.Speaker(a.Get("the road was dangerous")) == "One motorist");
  CHECK(a.Speaker(a.Get("the buses were late")) == "Several pensioners");
}

TEST_CASE(
    "attribution: a colon after the time or place of speaking introduces direct speech; a participle reports its own "
    "clause") {
  Annotated a(
      "Officials met on Monday.\n\nDet Ch Insp Simon Lowe said outside court: \"Nothing can bring Patricia back, "
      "but I hope the sentence brings her family some comfort.\" Carter had denied murder, claiming he had acted "
      "in self-defence.\n");
  CHECK(a.Get("Nothing can bring Patricia back").kind == QuoteKind::kDirect);
  const Quote& claim = a.Get("he had acted in self-defence");
  CHECK(a.Speaker(claim) == "Carter");
  CHECK(a.Cue(claim) == "claiming");
  CHECK(a.Find("murder, claiming") == nullptr);
  // A condition alone before its subject is no report; a participle that
  // reports nothing still ends the report before it.
  Annotated b(
      "Officials met on Monday.\n\nIf he wins the presidency, Trump has indicated he would try to curb critics, "
      "vowing to \"open up\" libel laws. Her family confirmed her death in a statement, asking for privacy. If "
      "states fail, the Justice Department can step in, Wilcox said.\n");
  CHECK(b.Find("If he wins") == nullptr);
  CHECK(b.doc.Text(b.Get("her death").content) == "her death");
  CHECK(b.Speaker(b.Get("If states fail")) == "Wilcox");
}

TEST_CASE("attribution: review of the round's rules: anonymous sources, negated quotes, told jokes, outer sources") {
  Annotated a(
      "Officials met on Monday.\n\nA source close to the prince, who asked not to be named, said he was furious. "
      "People familiar with the matter said the deal was off. Smith was not quoted as saying the bank was "
      "insolvent, the newspaper's correction said. The comedian told jokes his fans loved. Meanwhile, in the "
      "Champions League, Arsenal beat PSG, the club said. The suspect told officers he had been drinking, according "
      "to court papers. However, we will fight on, the union leader said. A survey of 2,000 workers, which said "
      "most wanted to work from home, was published.\n");
  CHECK(a.Speaker(a.Get("he was furious")) == "A source close to the prince");
  CHECK(a.Find("not to be named") == nullptr);
  CHECK(a.Speaker(a.Get("the deal was off")) == "People familiar with the matter");
  const Quote* insolvent = a.Find("the bank was insolvent");
  CHECK((insolvent == nullptr || a.Speaker(*insolvent) != "Smith"));
  CHECK(a.Find("jokes his fans") == nullptr);
  CHECK(a.Find("his fans loved") == nullptr);
  CHECK(a.Speaker(a.Get("in the Champions League, Arsenal beat PSG")) == "the club");
  CHECK(a.doc.Text(a.Get("he had been drinking").content) == "he had been drinking");
  CHECK(a.Speaker(a.Get("The suspect told officers")) == "court papers");
  CHECK(a.Find("However, we will fight on") != nullptr);
  const Quote* most = a.Find("most wanted to work");
  CHECK((most == nullptr || a.Speaker(*most) != "2,000 workers"));
}

TEST_CASE(
    "attribution: an inverted speaker is a name's possessive and its speaker noun, or the person named after it") {
  Annotated a(
      "Officials met on Monday.\n\n\"We have to stop treating water as free,\" says Singapore's water chief. \"This "
      "is espionage,\" said Clinton's top foreign policy aide Jake Sullivan. \"We are treating it as one long Election "
      "Day,\" said Rubio's deputy campaign manager, Rich Beeson.\n");
  CHECK(a.Speaker(a.Get("We have to stop")) == "Singapore's water chief");
  CHECK(a.Speaker(a.Get("This is espionage")) == "Jake Sullivan");
  CHECK(a.Speaker(a.Get("We are treating it")) == "Rich Beeson");
}

TEST_CASE("attribution: a dash credits a quotation unless the name after it begins the writer's next clause") {
  Annotated a(
      "Stars and their fans\n\n"
      "\"It means more than extra\" - Stefanos Tsitsipas revels in first win over Daniil Medvedev\n\n"
      "\"Write what you know.\" \xE2\x80\x94 Mark Twain\n\n"
      "Mary Steenburgen began to hear music everywhere. Fun as that might sound in an Oliver Sacks kind of way "
      "\xE2\x80\x94 the late neurologist wrote about similar symptoms in his book \xE2\x80\x9CMusicophilia\xE2\x80\x9D "
      "\xE2\x80\x94  Steenburgen wasn\xE2\x80\x99t thrilled about the sudden mental shift.\n");
  CHECK(a.Speaker(a.Get("It means more than extra")) == "Stefanos Tsitsipas");
  CHECK(a.Speaker(a.Get("Write what you know.")) == "Mark Twain");
  const Quote* book = a.Find("Musicophilia");
  CHECK((book == nullptr || a.Speaker(*book).empty()));
}

TEST_CASE("attribution: a capitalised verb that opens a sentence after a quotation is an imperative") {
  Annotated a(
      "Games of the year\n\n\"Pokemon Sword and Shield are the best games in the series.\" Read our Pokemon Sword "
      "and Shield review. \"Is it over?\" asked Maria Lopez.\n");
  CHECK(a.Speaker(a.Get("Pokemon Sword and Shield are the best")).empty());
  CHECK(a.Speaker(a.Get("Is it over?")) == "Maria Lopez");
}

TEST_CASE("attribution: what a headline in a list reports ends at the bar after it") {
  Annotated a(
      "Officials met on Monday.\n\nA man pleaded guilty on Monday. Rivals said the vote was rigged | Facebook gets "
      "questions over location tracking | Louisiana hit by ransomware attack.\n");
  const Quote& rigged = a.Get("the vote was rigged");
  CHECK(a.Speaker(rigged) == "Rivals");
  CHECK(a.doc.Text(rigged.content) == "the vote was rigged");
}

TEST_CASE("attribution: after a verb of knowing, \"who\" asks and stands for no speaker") {
  Annotated a(
      "Officials met on Monday.\n\nThat's when Harper and Buckley first learned who had written it, and found "
      "themselves blindsided by \"the Mary Steenburgen of it all.\" The director, who had said \"no details\" "
      "for weeks, agreed.\n");
  CHECK(a.Speaker(a.Get("the Mary Steenburgen of it all")).find("learned") == std::string::npos);
  CHECK(a.Speaker(a.Get("no details")) == "The director");
}

TEST_CASE("attribution: to deny a thing asked for is to withhold it; to deny a claim still reports") {
  Annotated a(
      "Officials met on Monday.\n\nA group of physicians, alarmed that the Trump administration is denying flu "
      "vaccines to immigrants in custody, is urging officials to accept its offer. The judge denied bail to the "
      "suspect. The ministry denied that troops had crossed the border.\n");
  CHECK(a.Find("flu vaccines to immigrants") == nullptr);
  CHECK(a.Find("bail to the suspect") == nullptr);
  CHECK(a.Speaker(a.Get("troops had crossed the border")) == "The ministry");
}

TEST_CASE("attribution: a dash's credit line closes its quotation; the next one does not continue it") {
  Annotated a(
      "Voices\n\n\"You are not a leader, you are a dictator.\" \xE2\x80\x95 Christina Olidem\n\n\"No double "
      "minority wants a man who insults our grandmothers as a leader of our nation.\"\n\nGetty.\n");
  CHECK(a.Speaker(a.Get("You are not a leader")) == "Christina Olidem");
  CHECK(a.Speaker(a.Get("No double minority")).empty());
}

TEST_CASE("attribution: a quotation in apposition to a noun someone owns names it; the owner says nothing") {
  Annotated a(
      "Letters\n\nOuisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful. Several "
      "weeks ago I wrote to her.\n");
  const Quote& title = a.Get("Melania, tell your immigrant story");
  CHECK(a.Speaker(title).empty());
  CHECK(a.Cue(title) != "'");
}

TEST_CASE("attribution: who issued a statement speaks through the participle after it, not the statement") {
  Annotated a(
      "Officials met on Monday.\n\nThe Security Council issued a statement calling the test \"a clear violation "
      "and in flagrant disregard\" of its resolutions. The company released a statement saying it would appeal.\n");
  CHECK(a.Speaker(a.Get("a clear violation")) == "The Security Council");
  CHECK(a.Speaker(a.Get("it would appeal")) == "The company");
  // Or through a colon after it.
  Annotated b("Officials met on Monday.\n\nThe White House released a statement: \"We condemn the attack.\"\n");
  CHECK(b.Speaker(b.Get("We condemn the attack")) == "The White House");
  // With a word before the document's noun.
  Annotated c(
      "Nine people were killed on Friday.\n\nIn response to the tragic loss of life, Republican presidential "
      "nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected by the "
      "horrible attacks in Munich. This cannot continue.”\n");
  CHECK(c.Speaker(c.Get("Our prayers")) == "Donald Trump");
  // Put out, blasted out.
  Annotated d(
      "Officials met on Monday.\n\nHis office put out a statement saying the state “does not have the capacity "
      "to properly vet every incoming refugee.” Rubio’s campaign blasted out a press release saying he owed "
      "voters “an explanation.”\n");
  CHECK(d.Speaker(d.Get("does not have the capacity")) == "His office");
  CHECK(d.Speaker(d.Get("an explanation")) == "Rubio’s campaign");
}

TEST_CASE("attribution: the organisation or document whose relative clause the cue opens speaks") {
  Annotated a(
      "Crime rose last year. For their story, they turned to the Chicago Police Department which reported "
      "\"2,521 shooting incidents\" in the city. He held up the sign, which read \"thank you\" in red.\n");
  CHECK(a.Speaker(a.Get("2,521 shooting incidents")) == "Chicago Police Department");
  CHECK(a.Speaker(a.Get("thank you")) == "the sign");
}

TEST_CASE("attribution: the people after an adjective of nationality or party speak, not the adjective") {
  Annotated a(
      "Troops stayed on.\n\nThe White House is considering a proposal to keep troops in Afghanistan, according "
      "to American military officials. The campaign will join the lawsuit after it is filed on Friday, according "
      "to Democratic officials. Sanders needs to outperform the polls, according to Democratic and independent "
      "analysts.\n");
  CHECK(a.Speaker(a.Get("The White House is considering")) == "American military officials");
  CHECK(a.Speaker(a.Get("The campaign will join")) == "Democratic officials");
  CHECK(a.Speaker(a.Get("Sanders needs")) == "Democratic and independent analysts");
}

TEST_CASE("attribution: the person whose long apposition holds a name speaks; a new clause's subject does not") {
  Annotated a(
      "Europa's plumes appear to be real.\n\n\"Liquid water is somewhat hard to find beyond Earth,\" study lead "
      "author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, "
      "and American University in Washington, D.C., said in a statement.\n\nA New York man pleaded guilty Monday "
      "to threatening to kill U.S. Rep. Ilhan Omar, prosecutors said.\n");
  CHECK(a.Speaker(a.Get("Liquid water")) == "Lucas Paganini");
  CHECK(a.Speaker(a.Get("A New York man")) == "prosecutors");
}

TEST_CASE("attribution: a title between an author's name and a publication's in a reference is no speech") {
  Annotated a(
      "References\n\nBattle, Catherine. \"Penn State decides against supporting wiki project.\" The Daily "
      "Collegian, 10-February-2006.\n\n\"I leave that to others,\" he says during a car ride in Cleveland. \"I "
      "just do my day job.\" Perez, 54, is often compared with Castro.\n");
  const Quote& title = a.Get("Penn State decides");
  CHECK(title.kind == QuoteKind::kScare);
  CHECK(a.Speaker(title).empty());
  CHECK(a.Get("I just do my day job.").kind == QuoteKind::kDirect);
}

TEST_CASE(
    "attribution: a title run on after \"of\" ends in the person who spoke; a person's lawyer is not that person") {
  Annotated a(
      "Talks in Washington.\n\n"
      "«We are ready for peace», said Zelenskiy's chief of staff Andriy Yermak in a post on Telegram. \"We "
      "are close,\" said the president's chief of staff, Susie Wiles. \"It is over,\" said Trump's lawyer. \"We "
      "will win,\" said Clinton's campaign. \"I was there,\" said the wife of John Smith.\n");
  const Quote& ready = a.Get("We are ready");
  CHECK(a.Speaker(ready) == "Andriy Yermak");
  CHECK(a.EntityName(ready) == "Andriy Yermak");
  CHECK(a.Speaker(a.Get("We are close")) == "Susie Wiles");
  const Quote& over = a.Get("It is over");
  CHECK(a.Speaker(over) == "Trump's lawyer");
  CHECK(a.EntityName(over).empty());
  CHECK(a.EntityName(a.Get("We will win")) == "Clinton");  // a campaign speaks for its candidate
  CHECK(a.Speaker(a.Get("I was there")) != "John Smith");  // no title between "of" and the name
}

TEST_CASE("attribution: \"said one Democrat\" names one of them, not a number; a lower-case title its person") {
  Annotated a(
      "Democrats met.\n\n"
      "\"It wasn't a convincing argument,\" said one Democrat familiar with the discussion. \"You're going to see "
      "a massive ad spend,\" said one Republican involved in the planning. \"We will win,\" said the Democrats. "
      "\"The energy will be with him,\" said one well-connected Democrat familiar with the campaign.\n\n"
      "\"Thanks, Clarkston, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian "
      "engineer who immigrated to Clarkston in 1998.\n");
  CHECK(a.Speaker(a.Get("It wasn't a convincing")) == "one Democrat");
  CHECK(a.Speaker(a.Get("You're going to see")) == "one Republican");
  CHECK(a.Speaker(a.Get("We will win")) == "the Democrats");
  CHECK(a.Speaker(a.Get("The energy will be")) == "one well-connected Democrat");
  const Quote& thanks = a.Get("Thanks, Clarkston");
  CHECK(a.Speaker(thanks) == "Asab Al-Tabchi");
  CHECK(a.EntityName(thanks) == "Asab Al-Tabchi");
}

TEST_CASE("attribution: an adverb of frequency between the speaker and the verb") {
  Annotated a(
      "Game day food.\n\n"
      "That's why I always tell my clients: “an open face is a happy face!”\n\n"
      "The Wikileaks founder always argued that his fear of being extradited was why he had taken refuge.\n");
  CHECK(a.Speaker(a.Get("an open face")) == "I");
  CHECK(a.Speaker(a.Get("his fear of being extradited")) == "The Wikileaks founder");
}

TEST_CASE(
    "attribution: \"according to him\" credits the person the pronoun is; after a conjunction, the clause it opens") {
  Annotated a(
      "Floods hit Lagos.\n\n"
      "The commissioner, Tokunbo Wahab, blamed the flooding on residents. According to him, the state government "
      "will begin demolishing structures built on canals next week.\n\n"
      "Jorge Ramos crossed the border 30 years ago after, according to him, Televisa censured his first report.\n\n"
      "According to her lawyer, the case is weak.\n");
  CHECK(a.Speaker(a.Get("the state government will")) == "him");
  CHECK(a.EntityName(a.Get("the state government will")) == "Tokunbo Wahab");
  CHECK(a.doc.Text(a.Get("Televisa censured").content) == "Televisa censured his first report");
  CHECK(a.EntityName(a.Get("Televisa censured")) == "Jorge Ramos");
  CHECK(a.Speaker(a.Get("the case is weak")) == "her lawyer");
}

TEST_CASE("attribution: \"according to\" a name that a list of names runs on to credits the whole list") {
  Annotated a(
      "According to Immigration, Refugees and Citizenship Canada, there were more than one million international "
      "students in the country at the end of 2023.\n\n"
      "Permits fell by a third last year, according to Universities Canada, Colleges Ontario and Polytechnics "
      "Canada.\n");
  const Quote& opening = a.Get("there were more");
  CHECK(a.Speaker(opening) == "Immigration, Refugees and Citizenship Canada");
  CHECK(a.Speaker(a.Get("Permits fell")) == "Universities Canada, Colleges Ontario and Polytechnics Canada");
  CHECK(a.Find("Refugees and Citizenship") == nullptr);
}

TEST_CASE("attribution: \"according to\" a source with a relative clause credits the words after the clause") {
  Annotated a(
      "Webb spots carbon dioxide\n\n"
      "According to the European Space Agency, which contributed the NIRSpec instrument, the telescope is "
      "performing better than expected.\n");
  CHECK(a.Find("which contributed") == nullptr);
  const Quote& credited = a.Get("the telescope is");
  CHECK(a.doc.Text(credited.content) == "the telescope is performing better than expected");
  CHECK(a.Speaker(credited) == "the European Space Agency");
}

TEST_CASE("attribution: the listener of an urging, with words on it, and what they are to do") {
  Annotated a(
      "Floods hit Lagos.\n\n"
      "In a statement on Saturday, the agency urged residents of low-lying areas to relocate.\n\n"
      "Police urged people living near rivers to move to higher ground.\n\n"
      "Cornyn told reporters this was the only chance to pass a measure.\n");
  CHECK(a.doc.Text(a.Get("residents of low-lying").content) == "residents of low-lying areas to relocate");
  CHECK(a.Speaker(a.Get("residents of low-lying")) == "the agency");
  CHECK(a.doc.Text(a.Get("people living near").content) == "people living near rivers to move to higher ground");
  CHECK(a.doc.Text(a.Get("this was the only").content) == "this was the only chance to pass a measure");
}

TEST_CASE("attribution: a party's or a body's title before a person's name opens a sentence's subject") {
  Annotated a(
      "Housing plan stalls.\n\n"
      "Greens housing spokesman Max Chandler-Mather hit back, arguing the fund would not build enough homes.\n");
  CHECK(a.Speaker(a.Get("the fund would not")) == "Greens housing spokesman Max Chandler-Mather");
  CHECK(a.EntityName(a.Get("the fund would not")) == "Max Chandler-Mather");
}

TEST_CASE("attribution: a quotation inside a reported clause is the reporter's, not a negated or future verb's") {
  Annotated a(
      "Talks resume in Cairo.\n\n"
      "Israel's Prime Minister Benjamin Netanyahu told his Cabinet that Israel would not agree to \u201cany deal "
      "that leaves Hamas in power.\u201d\n\n"
      "In a statement, Ted Cruz said he is certain Marco Rubio will continue to be \u201ca champion for limitless "
      "opportunity in America.\u201d\n\n"
      "When his editors would ask him to explain himself more, Richard Ford would respond, \u201cI have a horror of "
      "being obvious.\u201d\n");
  CHECK(a.EntityName(a.Get("any deal that")) == "Benjamin Netanyahu");
  CHECK(a.EntityName(a.Get("a champion for")) == "Ted Cruz");
  // A verb after "would" that frames the quotation speaks.
  CHECK(a.EntityName(a.Get("I have a horror")) == "Richard Ford");
}

TEST_CASE("attribution: a speaker with a relative clause or a participle phrase on it, before the verb") {
  Annotated a(
      "Coffee is good for you.\n\n"
      "However, experts not involved in the research cautioned that the study was observational.\n\n"
      "Two officials who spoke on condition of anonymity said the talks had stalled.\n\n"
      "Doctors who treated him said the patient was stable.\n\n"
      "Critics who say he should resign told reporters the vote was rigged.\n\n"
      "Residents reached by telephone told Reuters they heard heavy artillery fire overnight.\n");
  CHECK(a.Speaker(a.Get("the study was observational")) == "experts not involved in the research");
  CHECK(a.Speaker(a.Get("they heard heavy")) == "Residents reached by telephone");
  CHECK(a.Speaker(a.Get("the talks had stalled")) == "Two officials who spoke on condition of anonymity");
  CHECK(a.Speaker(a.Get("the patient was stable")) == "Doctors who treated him");
  // A clause of its own inside the relative clause is no part of the speaker.
  const Quote* rigged = a.Find("the vote was rigged");
  CHECK((rigged == nullptr || a.Speaker(*rigged).find("say he") == std::string::npos));
}

TEST_CASE("attribution: a name in a participle phrase between the subject and the verb does not speak") {
  Annotated a(
      "Donald Trump visited Mexico City.\n\n"
      "Pena Nieto, contradicting Trump, said he had told Trump that Mexico would not pay for a wall.\n\n"
      "Several candidates, including Trump, said the United States should refuse more refugees.\n");
  CHECK(a.Speaker(a.Get("he had told Trump")) == "Pena Nieto");
  CHECK(a.Speaker(a.Get("the United States should")) == "Several candidates");
}

TEST_CASE("attribution: an opening clause with an apposition on its subject; \"as my colleague Tom put it\"") {
  Annotated a(
      "We need to talk about the four-day week.\n\n"
      "When my employer, a small software firm in Leeds, proposed the trial in 2023, I was sceptical.\n\n"
      "They have a point. But as my colleague Tom put it: \u201cNobody ever wished they had spent more time in the "
      "office.\u201d\n");
  CHECK(a.doc.Text(a.Get("the trial in 2023").content) == "the trial in 2023");
  CHECK(a.Speaker(a.Get("Nobody ever wished")) == "Tom");
}

TEST_CASE("attribution: \"according to\" set off between a subject and its verb credits the whole clause") {
  Annotated a(
      "Money is fragile.\n\n"
      "Fundraising, according to the campaign, has surged in the same period.\n\n"
      "According to the police, the man fled.\n");
  CHECK(a.doc.Text(a.Get("Fundraising, according").content) ==
        "Fundraising, according to the campaign, has surged in the same period");
  CHECK(a.Speaker(a.Get("Fundraising, according")) == "the campaign");
  CHECK(a.doc.Text(a.Get("the man fled").content) == "the man fled");
}

TEST_CASE("attribution: persons joined by \"and\" in an apposition speak together; not inside a modifier") {
  Annotated a(
      "Dame Maggie Smith dies aged 89.\n\n"
      "Her sons, Toby Stephens and Chris Larkin, said in a statement that she died peacefully in hospital. "
      "Republican senators are split. Lindsey Graham and David Perdue, who are both on the Judiciary Committee, said "
      "it would be inappropriate. The whistleblower, a protégé of John Bolton and Dick Cheney, later claimed that "
      "he had been told of the call.\n");
  CHECK(a.Speaker(a.Get("she died peacefully")) == "Toby Stephens and Chris Larkin");
  // Each perhaps after a title the recognizer left out.
  Annotated titled(
      "Doctors rejected the offer.\n\n"
      "The union's co-chairs, Dr Ross Nieuwoudt and Dr Melissa Ryan, said the offer fell far short of restoring "
      "pay.\n");
  CHECK(titled.Speaker(titled.Get("the offer fell far short")) == "Ross Nieuwoudt and Dr Melissa Ryan");
  CHECK(a.Speaker(a.Get("it would be inappropriate")) == "Lindsey Graham and David Perdue");
  for (const Quote& q : a.doc.quotes) CHECK(a.Speaker(q).find("Cheney") == std::string::npos);
}

TEST_CASE("attribution: a pronoun before its reported clause is none of the persons the clause names") {
  // "He" went to the player the commentator spoke of.
  Annotated a(
      "Warriors keep their centre.\n\n"
      "Commentator Tom Rawiri said the signing sent a strong message. \u201cIt says the club has turned a "
      "corner,\u201d Rawiri said. Viliami Fonua-Mahe scored twice on Saturday. He said he expected Fonua-Mahe to be "
      "picked for Tonga again.\n\n"
      "Mitt Romney ran on the economy. He pledged that he would get unemployment down faster than Obama.\n\n"
      "Then Brock Nelson scored. He said Nelson's goal was the best of his career.\n");
  CHECK(a.EntityName(a.Get("he expected Fonua-Mahe")) == "Tom Rawiri");
  CHECK(a.EntityName(a.Get("he would get unemployment")) == "Mitt Romney");
  // (A possessive is no such name.)
  CHECK(a.EntityName(a.Get("Nelson's goal was the best")) == "Brock Nelson");
}

TEST_CASE("attribution: someone new by the speaker's own noun or an office's title takes a later pronoun") {
  // "she" went to the interviewee, "he" to a village the tagger made a person.
  Annotated a(
      "A conversation with game developer Danica Villanueva\n\n"
      "Danica Villanueva, 34, is the co-founder of Prairie Lantern Games, the Winnipeg studio behind Sundog. "
      "Villanueva, who was born in Quezon City, spoke with us about money and winter.\n\n"
      "INTERVIEWER: What did your family think of the game?\n\n"
      "VILLANUEVA: My mom is a nurse at Health Sciences Centre and she does not play video games. She watched my "
      "niece play it over Christmas, and at the end she turned to me and said, in Tagalog, \"So this is what you "
      "were doing in the basement all those years.\" And then she hugged me.\n\n"
      "Sir, the buses from Dunmanway to Tom Kelly's shop may be cut. When the Minister for Transport launched the "
      "plan in 2022, he told us it would \u201cconnect every village in Ireland\u201d.\n");
  CHECK(a.EntityName(a.Get("So this is what")) == "");
  CHECK(a.EntityName(a.Get("connect every village")) == "");
  // The person the noun was said of keeps it.
  Annotated b(
      "Energy Minister Eamon Ryan visited Cork. When the Minister for Energy opened the plant, he said it would "
      "\u201cpower every home in Munster\u201d.\n");
  CHECK(b.EntityName(b.Get("power every home")) == "Eamon Ryan");
}

TEST_CASE("attribution: a person in apposition after an inverted speaker's description is the speaker") {
  Annotated a(
      "The bookshop survived a flood.\n\n"
      "\u201cPeople come in and ask for the cat before they ask for a book,\u201d says her son, Tom, 34, who "
      "manages the shop\u2019s accounts. The plant is under intense pressure from imports, said the company\u2019s "
      "chief executive, John Ferriola. According to his aunt, Jane Starner, \u201cHe was brilliant from the "
      "start.\u201d\n\n"
      "\u201cIt is a good year,\u201d said the bank\u2019s chief economist in a note.\n");
  CHECK(a.Speaker(a.Get("People come in")) == "Tom");
  CHECK(a.Speaker(a.Get("The plant is under intense pressure")) == "John Ferriola");
  CHECK(a.Speaker(a.Get("He was brilliant")) == "Jane Starner");
  CHECK(a.Speaker(a.Get("It is a good year")) == "the bank\u2019s chief economist");
}

TEST_CASE("attribution: a participle after a restrictive relative clause in the object goes on with its people") {
  Annotated a(
      "A judge blocked the law on Tuesday.\n\n"
      "U.S. District Judge Fred Biery in San Antonio sided with a group of families who sued the state, arguing "
      "the law violated the separation of church and state. Sen. Ted Cruz of Texas, who spoke later, criticised "
      "the judge, saying the ruling would be overturned.\n");
  CHECK(a.Speaker(a.Get("the law violated the separation")) == "families");
  CHECK(a.EntityName(a.Get("the ruling would be overturned")) == "Ted Cruz");
}

TEST_CASE("attribution: the office's title is the person it came before, across the portfolio and an honorific") {
  Annotated a(
      "Deputy Minister of Finance Dr Nimal Jayawardena told the paper that approval was likely. Opposition MP Harshana "
      "Wijesundara said people had seen little benefit.\n\n"
      "The Deputy Minister said the government had no intention of reversing the tax.\n\n"
      "Minister for Housing Darragh O'Brien said the report would be studied. The Minister said legislation "
      "would go before Cabinet soon.\n");
  // (Both were no one's.)
  CHECK(a.EntityName(a.Get("the government had no intention")) == "Nimal Jayawardena");
  CHECK(a.EntityName(a.Get("legislation would go")) == "Darragh O'Brien");
  // A portfolio before the title keeps the office; a rank makes another.
  Annotated b(
      "Wells to be rebuilt.\n\n"
      "Speaking in the House, Water and Environment Minister Desmond Ebanks said the Government had approved $1.4 "
      "billion for wells.\n\n"
      "\"This is not a problem we can engineer our way out of,\" the minister said.\n\n"
      "Earlier, Prime Minister Andrew Holness said the budget was sound. The minister said the funds were ready.\n");
  CHECK(b.EntityName(b.Get("This is not a problem")) == "Desmond Ebanks");  // was no one's
  CHECK(b.EntityName(b.Get("the funds were ready")) == "Desmond Ebanks");
  // So does a list of portfolios.
  Annotated c(
      "Water cuts extended.\n\n"
      "Minister of Agriculture, Water Resources and Fisheries H\xC3\xA9"
      "di Ben Mansour said work was speeding "
      "up.\n\n"
      "\"The State has allocated TND 1.2 billion to water projects,\" the minister pointed out.\n");
  CHECK(c.EntityName(c.Get("The State has allocated")) ==
        "H\xC3\xA9"
        "di Ben Mansour");  // was no one's
}

TEST_CASE("attribution: a name in a phrase set off by commas after the subject is not whom a later pronoun means") {
  Annotated a(
      "Mr Lim Chee Keong, 52, was sentenced on Friday. He had worked there for years.\n\n"
      "Counsel Harvinder Singh Gill, representing Lim, pleaded for leniency, telling the court that his client was "
      "the sole breadwinner.\n\n"
      "\"My client has shown remorse,\" he said.\n");
  // (It went to Lim, the only one of the two whose gender was known.)
  CHECK(a.EntityName(a.Get("My client has shown remorse")) == "Harvinder Singh Gill");
}

TEST_CASE("attribution: a chief officer's title inside a name parts the company and the speaker") {
  Annotated a(
      "“The first Slate was a product for early adopters,” Nimbus CEO Ingrid Solheim told me. “With the Slate 2, we "
      "wanted something you could give to your dad, or your kid’s teacher, and they would just get it.”\n");
  CHECK(a.EntityName(a.Get("The first Slate")) == "Ingrid Solheim");  // was "Nimbus CEO Ingrid Solheim"
}

TEST_CASE("attribution: a trade's noun heads the speaker before a preposition and a name") {
  Annotated a(
      "Yale cuts late-night dining.\n\n"
      "A dining hall cook in Silliman College, who asked not to be named, said workers had been covering double "
      "shifts for months.\n");
  // (It was the college.)
  CHECK(a.Speaker(a.Get("workers had been covering")) == "A dining hall cook in Silliman College");
  CHECK(a.EntityName(a.Get("workers had been covering")) == "");
}

TEST_CASE("attribution: a head's title and the body it heads are no part of the person's name") {
  Annotated a(
      "Yale cuts late-night dining.\n\n"
      "In the email, Executive Director of Yale Hospitality Lorraine Asante-Kerr wrote that the changes were needed "
      "to address \"ongoing staffing shortages and rising food costs\" and would save money.\n\n"
      "\"We know how much students value the community,\" Asante-Kerr told the News on Tuesday.\n");
  // (Both were "Yale Hospitality Lorraine Asante-Kerr"'s or one of two.)
  CHECK(a.EntityName(a.Get("ongoing staffing shortages")) == "Lorraine Asante-Kerr");
  CHECK(a.EntityName(a.Get("We know how much")) == "Lorraine Asante-Kerr");
}

TEST_CASE("attribution: a description in apposition may hold a long name and its acronym") {
  Annotated a(
      "Triin Vahtra, a defense analyst at the International Centre for Defence and Security (ICDS), said the figures "
      "put Estonia among the top spenders in NATO.\n");
  // (The name and its description were reported, by "the figures put Estonia".)
  CHECK(a.Speaker(a.Get("the figures put Estonia")) == "Triin Vahtra");
}

TEST_CASE("attribution: a people's noun after a quotation of several sentences is who opened the sentence before it") {
  Annotated a(
      "Brennan, who had led the standings by 33 points, conceded that Vantage had \"got the strategy wrong\" by "
      "bringing him in too early for his second stop.\n\n"
      "\"We boxed on lap 44 thinking the undercut would work, and it didn't. That's on all of us,\" the Briton "
      "said.\n");
  // (The sentence before the cue's was the quotation's first: no one.)
  CHECK(a.EntityName(a.Get("We boxed on lap 44")) == "Brennan");
}

TEST_CASE("attribution: a person in brackets after another's name is no one a later pronoun means") {
  Annotated a(
      "Her son Dayo (Kwabena Ansah, excellent), a City lawyer, wants her to move in with him. Their arguments are "
      "funny. \"You talk about home like it's a place, Mummy,\" he says.\n");
  // (It went to the actor.)
  CHECK(a.EntityName(a.Get("You talk about home")) == "Dayo");
}

TEST_CASE("attribution: a headline's label before a colon names no one") {
  Annotated a("Transcript: Small Towns, Big Questions – Episode 47: \"When the whistle stops\"\n\nRecorded in May.\n");
  // (It was "Transcript"'s.)
  CHECK(a.Speaker(a.Get("When the whistle stops")).empty());
}

}  // namespace
}  // namespace annotator
