#include "attribution/reported_speech.h"

#include <doctest/doctest.h>

#include <string>

#include "attribution/annotated_for_test.h"
#include "shared_data_for_test.h"

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("reported speech: the clause a speech verb governs, after it or before it") {
  Annotated a(
      "Officials met in Brussels.\n\nThe minister said that taxes would rise next year. Prices will fall "
      "before the summer, the central bank said on Tuesday. She told reporters the plan was dead.\n");
  CHECK(a.doc.Text(a.Get("taxes would rise").span) == "taxes would rise next year");
  const Quote& before = a.Get("Prices will fall");
  CHECK(a.Speaker(before) == "the central bank");
  CHECK(a.doc.Text(before.content) == "Prices will fall before the summer");
  const Quote& told = a.Get("the plan was dead");
  CHECK(a.Speaker(told) == "She");
  CHECK(a.Cue(told) == "told");
}

TEST_CASE("reported speech: a long time and place of speaking before \"that\"; a title in the speaker's apposition") {
  Annotated a(
      "Officials met in Manila.\n\n"
      "The scandal erupted after Marcos said in his state of the nation address in July that many of the projects "
      "were substandard. Michael Burry, the investor made famous by \"The Big Short,\" has warned that AI stocks "
      "resemble the dot-com bubble.\n\n"
      "Trump said the probe was a disgrace. Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s “Morning Joe,” "
      "calling it a “no-brainer” to prosecute.\n");
  const Quote& address = a.Get("many of the projects were substandard");
  CHECK(a.Speaker(address) == "Marcos");
  const Quote& warned = a.Get("AI stocks resemble");
  CHECK(a.Speaker(warned) == "Michael Burry");
  CHECK(a.Cue(warned) == "warned");
  // Not past a title before a participle, whose comma closes a clause.
  CHECK(a.Speaker(a.Get("no-brainer")) == "Rudy Giuliani");
}

TEST_CASE("reported speech: one of a group speaks, as do a charity, a trust and a child") {
  Annotated a(
      "Officials met in London.\n\n"
      "One of the victims said the sentence was too short. The mother of one of the victims said the judge had "
      "been fair. The hospital trust said it had commissioned an independent review. The charity said it would "
      "appeal. Another child responded, “That’s Hillary’s husband.” Mr. Regalado, 69, said he had been inundated with "
      "angry email, some of it mentioning Mr. Trump by name.\n");
  CHECK(a.Speaker(a.Get("the sentence was too short")) == "One of the victims");
  CHECK(a.Speaker(a.Get("the judge had been fair")) == "The mother of one of the victims");
  CHECK(a.Speaker(a.Get("it had commissioned")) == "The hospital trust");
  CHECK(a.Speaker(a.Get("it would appeal")) == "The charity");
  CHECK(a.Speaker(a.Get("That’s Hillary’s husband.")) == "Another child");
  // Not a part of a thing: "some of it" says nothing.
  CHECK(a.Find("Mr. Trump by name") == nullptr);
  // Not a thing before the speakers ("a bill critics" spoke); a few of them
  // speak, and an American witness.
  Annotated b(
      "Thousands rally in Tbilisi.\n\nPeople marched, demanding that the government withdraw a bill critics say "
      "mirrors a Russian law. A few critics say the law is harsh. CNN quoted an American witness as saying he saw "
      "one person in the truck.\n");
  for (const Quote& q : b.doc.quotes) CHECK(b.Speaker(q) != "a bill critics");
  CHECK(b.Speaker(b.Get("the law is harsh")) == "A few critics");
  CHECK(b.Speaker(b.Get("he saw one person")) == "an American witness");
}

TEST_CASE("reported speech: \", and\" after a clause opens a new subject; after a name it ends a list") {
  Annotated a(
      "Officials met in Tokyo.\n\n"
      "The yen weakened after the announcement, and analysts at Nomura said a victory could push the bank to delay "
      "increases. She has said little about the plan in recent months, and people familiar with her thinking say "
      "she now acknowledges that the battlefield is complex. For the case report, Chris RuiWen Kuo, Struan WA "
      "Wilkie, and Owen Dempsey of the Aberdeen Royal Infirmary in the UK told the tale of a 43-year-old man who "
      "saw his doctor in November 2016 after three months of feeling very tired.\n");
  CHECK(a.Speaker(a.Get("a victory could push")) == "analysts at Nomura");
  CHECK(a.Find("his doctor in November") == nullptr);
  CHECK(a.Speaker(a.Get("she now acknowledges")) == "people familiar with her thinking");
}

TEST_CASE(
    "reported speech: \"said in a statement\" before a bare clause; \", and\" goes on with the reporting clause") {
  Annotated a(
      "Officials met in Cairo.\n\n"
      "Hamas said in a statement it had agreed to the deal, and urged Trump to ensure Israel fully implemented it.\n");
  CHECK(a.Speaker(a.Get("it had agreed to the deal")) == "Hamas");
  CHECK(a.Speaker(a.Get("Trump to ensure")) == "Hamas");
}

TEST_CASE("reported speech: a second verb after \"but\" takes the whole name of the first verb's subject") {
  Annotated a(
      "The Bank of England kept interest rates on hold at 5.25% on Thursday, but signalled that cuts could come as "
      "soon as June.\n");
  CHECK(a.Speaker(a.Get("cuts could come")) == "The Bank of England");  // was "The Bank", no one
  CHECK(a.EntityName(a.Get("cuts could come")) == "Bank of England");
}

TEST_CASE("reported speech: a person in apposition after \"with\" is the subject of the participle after it") {
  Annotated a(
      "Tinubu removes fuel subsidy.\n\nPetrol prices nearly tripled within days. The Nigeria Labour Congress "
      "threatened a nationwide strike, with its president, Joe Ajaero, describing the decision as \"anti-people.\"\n");
  CHECK(a.Speaker(a.Get("anti-people")) == "Joe Ajaero");  // was the congress
}

TEST_CASE("reported speech: the last of names listed after a preposition inside the subject did not speak") {
  Annotated a(
      "Live: Election night in the UK\n\nThe exit poll published by the BBC, ITV and Sky suggests Labour will win "
      "410 seats. In a September letter to Jeff Zucker, Donald Trump asked the network to donate the profits to "
      "veterans.\n");
  for (const Quote& q : a.doc.quotes) CHECK(a.Speaker(q) != "Sky");  // was the speaker
  CHECK(a.Speaker(a.Get("the network to donate")) == "Donald Trump");
}

TEST_CASE("reported speech: a relative clause whose last comma closes a quotation stands before the verb") {
  Annotated a(
      "Pope Francis dies at 88.\n\nArgentine President Javier Milei, who once called Francis \"the representative "
      "of evil on Earth,\" said he was deeply saddened.\n");
  CHECK(a.Speaker(a.Get("he was deeply saddened")) == "Javier Milei");  // reported nothing
  CHECK(a.Speaker(a.Get("the representative of evil")) == "Javier Milei");
  CHECK(a.Cue(a.Get("the representative of evil")) == "called");
}

TEST_CASE("reported speech: a verb of speech in a sentence written all in capitals is a verb, not a heading's noun") {
  Annotated a(
      "BREAKING: FED CUTS RATES BY HALF A POINT\n\nWASHINGTON \xE2\x80\x94 THE FEDERAL RESERVE CUT ITS BENCHMARK RATE "
      "ON "
      "WEDNESDAY.\n\n\"WE ARE NOT ON A PRESET COURSE,\" FED CHAIR JEROME POWELL TOLD REPORTERS.\n\nPRESIDENT JOE "
      "BIDEN SAID THE MOVE WAS GOOD NEWS FOR FAMILIES.\n");
  CHECK(a.EntityName(a.Get("WE ARE NOT")) == "JEROME POWELL");
  CHECK(a.Cue(a.Get("WE ARE NOT")) == "TOLD");
  CHECK(a.EntityName(a.Get("THE MOVE WAS")) == "JOE BIDEN");
}

TEST_CASE("reported speech: a phrase opening with \"a\" after a cue's comma is in apposition, not said") {
  Annotated a(
      "OpenAI unveils a model.\n\nOpenAI released a model designed to think longer before it responds, a shift the "
      "company says allows it to solve harder problems. Victims would be considered a distinct group, Sanders said, "
      "a policy that could help them. Overall, she said, a number of key constituencies are alienated.\n");
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.Cue(q) != "responds");
    CHECK(a.doc.Text(q.content).rfind("a policy", 0) == std::string_view::npos);
  }
  CHECK(a.Speaker(a.Get("Victims would be")) == "Sanders");
  CHECK(a.Speaker(a.Get("a number of key")) == "she");
}

TEST_CASE("reported speech: a participle of any cue after a comma ends the report; a time alone reports nothing") {
  Annotated a(
      "EU fines Apple.\n\n"
      "Apple said it would appeal, accusing the Commission of \"unfairly targeting\" the company. Late last month, "
      "the company wrote a detailed, six-page letter to Columbia's president, calling the reports \"inaccurate and "
      "deliberately misleading.\"\n");
  CHECK(a.Speaker(a.Get("it would appeal")) == "Apple");
  CHECK(a.Find("Late last month") == nullptr);
}

TEST_CASE("reported speech: two names after a plural title speak together, title and all") {
  Annotated a(
      "Chelsea sign Neto.\n\n"
      "Chelsea's co-sporting directors Laurence Stewart and Paul Winstanley said in a statement that Neto was fast.\n");
  CHECK(a.Speaker(a.Get("Neto was fast")) == "Chelsea's co-sporting directors Laurence Stewart and Paul Winstanley");
}

TEST_CASE("reported speech: a name owned after an inverted verb speaks, not its owner") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "\"The club will close at the end of December,\" reported the Times' Ben Sisario.\n\n"
      "\"Prices will rise,\" opined Cleveland's Plain Dealer in an editorial.\n");
  CHECK(a.Speaker(a.Get("The club will close")) == "the Times' Ben Sisario");
  const Quote& opined = a.Get("Prices will rise");
  CHECK(a.Speaker(opined) == "Cleveland's Plain Dealer");
  CHECK(a.EntityName(opined) != "Cleveland");  // the newspaper, not its city
}

TEST_CASE("reported speech: adjuncts, topics, acts and introductory phrases are not what was said") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "The minister said on Tuesday. The senator commented on the report at length. The company revealed "
      "its plans for the new plant. In his long speech, Graham urged his party to act. When Congress cut "
      "the funding, Mexico said enough. Eric Garner said before he died that he could not breathe.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("on Tuesday") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("the report at length") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("its plans") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("In his long speech") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("When Congress") == std::string_view::npos, content);
    CHECK_MESSAGE(content.rfind("before he died", 0) == std::string_view::npos, content);
  }
  CHECK(a.Cue(a.Get("his party to act")) == "urged");
  CHECK(a.Find("he could not breathe") != nullptr);  // the "that" clause after the adjunct
}

TEST_CASE("reported speech: a cue in an opening subordinate clause reports up to the main clause") {
  Annotated a(
      "When President Trump's advisers suggested that Beijing resume buying farm products as part of a trade "
      "deal, Mr. Trump wasn't sold. Although Trump has admitted using the tax code, he does not defend it. After "
      "campaign aides insisted in June that Mr. Obama would reach voters, whose support appeared steady, the "
      "campaign sent him to Philadelphia. As I said earlier, I don't see anyone else talking about how building up "
      "to an offer works.\n");
  CHECK(a.doc.Text(a.Get("Beijing resume").span) == "Beijing resume buying farm products as part of a trade deal");
  CHECK(a.doc.Text(a.Get("using the tax code").span) == "using the tax code");
  CHECK(a.doc.Text(a.Get("Mr. Obama would reach").span) ==
        "Mr. Obama would reach voters, whose support appeared steady");
  CHECK(a.doc.Text(a.Get("earlier").span).find("anyone else talking") != std::string::npos);
}

TEST_CASE("reported speech: \"said\" right after a cue's \"that\" shows the cue a noun") {
  Annotated a(
      "Shares fell on Monday.\n\n"
      "Alibaba leaders have denied 'sensational' claims made in viral Weibo post that said the Chinese e-commerce "
      "giant misreported its Singles Day sales. Peng Mei is the project manager for communications.\n");
  CHECK(a.Find("said the Chinese") == nullptr);
}

TEST_CASE("reported speech: an opening \"according to\" credits the words after its source's comma") {
  Annotated a(
      "Cases were reported in China.\n\n"
      "According to the Centre for Disease Control (CDC) in the US, the plague is treatable with antibiotics.\n");
  const Quote& q = a.Get("the plague is treatable");
  CHECK(a.Speaker(q) == "the Centre for Disease Control");
  CHECK(a.Find("(CDC)") == nullptr);
}

TEST_CASE("reported speech: a relative clause after a time or a comma says who someone is, not what was said") {
  Annotated a(
      "The hearings went on.\n\n"
      "Morrison was the third witness testifying Tuesday who listened in on the July 25 call with Ukraine's "
      "president. Time magazine announces who it believes deserves the title of person of the year.\n");
  CHECK(a.Find("who listened in") == nullptr);
  CHECK(a.Find("who it believes deserves") != nullptr);
}

TEST_CASE("reported speech: a dash right after the cue sets off the writer's words, unless it closes an aside") {
  // An excerpt of a games site's review as pasted.
  Annotated a(
      "Google Stadia launches tomorrow and early review are somewhat mixed. Prior to launch Google "
      "promised players would be able to tap into powerful 10.7 teraflop hardware, allowing anybody to "
      "play games at 4k and 60fps on high settings, but the reality seems to be somewhat "
      "different.\n\nAccording to The Verge\u2019s Stadia review, the streaming platform does not run its "
      "showcase launch title Destiny 2 in native 4K. Google confirmed this in a statement\u2026\n\nGoogle "
      "Stadia Pricing for Games Available Now \u2013 Pro Subscribers Get Discounts\n\nWhen streaming at "
      "4K, we render at a native 1080p and then upsample and apply a variety of techniques to increase the "
      "overall quality of effect.\n\nNot only is Destiny 2 not true 4K on Stadia, it runs at medium "
      "settings. So, in other words, Destiny 2 on Stadia is a marked step down from the Xbox One X "
      "version, which runs at native 4K with more visual pizazz. Apparently, Destiny 2 isn\u2019t the only "
      "game not offering the visual quality Google promised \u2013 it's revealed in Eurogamer\u2019s "
      "Stadia review that Red Dead Redemption 2 only renders at 1440p and 30fps with visual settings at "
      "around the same level seen on the Xbox One X. So, a little better than Destiny 2, but not the "
      "top-of-the-line experience we were told to expect. Presumably, other games also offer "
      "less-than-ideal visual performance.\n\nPaul Manafort said \u2014 on Twitter, as it happens \u2014 "
      "that Trump raised about $4 million that week.\n");
  CHECK(a.Find("\u2013 it's revealed") == nullptr);
  const Quote* aside = a.Find("\u2014 on Twitter");
  REQUIRE(aside != nullptr);
  CHECK(a.Speaker(*aside) == "Paul Manafort");
}

TEST_CASE("reported speech: a revealed clause is speech, and a closing bracket stays") {
  Annotated a(
      "Officials met in Brussels.\n\nThe company revealed that it would close the plant. "
      "Xi Jinping called for the country to lead in artificial intelligence (AI).\n");
  CHECK(a.Cue(a.Get("it would close")) == "revealed");
  CHECK(a.doc.Text(a.Get("the country to lead").content) == "the country to lead in artificial intelligence (AI)");
}

TEST_CASE("reported speech: never the words of a quotation, never a headline") {
  Annotated a(
      "Minister says taxes will rise next year\n\n"
      "“Taxes will rise next year,” the minister said on Tuesday.\n");
  REQUIRE(a.doc.quotes.size() == 1);
  CHECK(a.doc.quotes[0].kind == QuoteKind::kDirect);
}

TEST_CASE("reported speech: after a verb that closes a quotation, only a that clause or a speech verb reports") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "“We will win,” the president said this month on a morning show. "
      "“Nobody wants that,” she said, cutting off a reporter who asked about money. "
      "“I am proud of you,” Mr. Clarke told some of the miners. "
      "“It is over,” he said, adding he would never vote for the plan. "
      "“We lost,” she said, emphasizing it was time to end the sanctions. "
      "“It's plagiarism,” David Axelrod, the chief strategist of the campaign, said just after midnight on CNN.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("this month") == std::string_view::npos, content);
    // (An apposition's comma before the verb makes no participle of it.)
    CHECK_MESSAGE(content.find("midnight") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("cutting off") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("some of the miners") == std::string_view::npos, content);
  }
  // The participle reports its own clause, bare after "adding" too.
  CHECK(a.Find("adding he would never vote") == nullptr);
  CHECK(a.Cue(a.Get("he would never vote")) == "adding");
  CHECK((a.Find("emphasizing it was time") != nullptr || a.Find("it was time") != nullptr));
}

TEST_CASE("reported speech: not what someone did not say, nor a relative clause after a listener") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "The returns are plain numbers. They wouldn't tell the agency anything it doesn't already know. "
      "Merkel told reporters after the long meeting that was held on a boat. "
      "China warned that would worsen the situation.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("the agency anything") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("was held on a boat") == std::string_view::npos, content);
  }
  CHECK(a.Cue(a.Get("that would worsen")) == "warned");
}

TEST_CASE(
    "reported speech: an opening clause after \", and\" ends the report; \"as X noted,\" reports the clause after it") {
  Annotated a(
      "Officials met on Friday.\n\n"
      "We were out to lunch, and when I asked my sister if her granddaughter had received the vaccine, she "
      "went off on me. "
      "As Comey noted, people involved in the case could still be subject to sanctions. "
      "As you comment, please be respectful of other commenters. "
      "The doctor listened and once the man mentioned that he had switched to a feather duvet, she knew the cause. "
      "He has few interests and once he has said his piece, he is ready to move on.\n");
  CHECK(a.doc.Text(a.Get("if her granddaughter").content) == "if her granddaughter had received the vaccine");
  CHECK(a.doc.Text(a.Get("he had switched").content) == "he had switched to a feather duvet");
  CHECK(a.Find("his piece") == nullptr);
  CHECK(a.Speaker(a.Get("people involved in the case")) == "Comey");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("please be respectful") == std::string_view::npos, content);
  }
}

TEST_CASE("reported speech: a cue set off by commas inside the clause reports the whole clause") {
  // The words after the cue alone ("is in good shape") said nothing.
  Annotated a(
      "Officials met on Friday.\n\n"
      "The economy, he said, is in good shape. "
      "He had a rally that night - and the permit, his campaign said, had been hard to get. "
      "Prices will rise, Jones said, adding that wages would follow.\n");
  CHECK(a.doc.Text(a.Get("The economy").content) == "The economy, he said, is in good shape");
  CHECK(a.Speaker(a.Get("The economy")) == "he");
  CHECK(a.doc.Text(a.Get("the permit").content) == "the permit, his campaign said, had been hard to get");
  CHECK(a.doc.Text(a.Get("Prices will rise").content) == "Prices will rise");
}

TEST_CASE("reported speech: a cue word that is a noun before a market's movement reports nothing") {
  Annotated a(
      "Stocks rose on Friday.\n\n"
      "The yield on the benchmark 10-year Treasury note fell to 1.45 percent from 1.51 percent. "
      "Analysts note prices rose because of the storm.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("1.45 percent") == std::string_view::npos, content);
  }
  CHECK(a.Speaker(a.Get("prices rose because")) == "Analysts");
}

TEST_CASE("reported speech: an aside in brackets or between commas on where words were said, before \"that\"") {
  Annotated a(
      "Officials met in Paris on Monday.\n\nMusk said on X (formerly Twitter) that the deal was off. Clinton says at "
      "a campaign stop in Toledo, Ohio, that it means Trump never contributed.\n");
  CHECK(a.Speaker(a.Get("the deal was off")) == "Musk");
  CHECK(a.Speaker(a.Get("it means Trump")) == "Clinton");
  // Right after the cue too.
  Annotated b(
      "Tesla recalls cars.\n\nCNN reported, citing two sources, that the probe had widened. Clinton testified, "
      "under oath, that she had sent no classified emails.\n");
  CHECK(b.Speaker(b.Get("the probe had widened")) == "CNN");
  CHECK(b.Speaker(b.Get("she had sent no")) == "Clinton");
}

TEST_CASE("reported speech: capitalised words the recognizer left out of a listener's name are the listener's") {
  Annotated a(
      "Labour Minister Olivier Dussopt told France Inter the government would not back down on the age. Borne "
      "told Reuters The company was wrong.\n");
  CHECK(a.Find("Inter the government") == nullptr);
  CHECK(a.Speaker(a.Get("the government would not")) == "Olivier Dussopt");
}

TEST_CASE("reported speech: past a relative clause of the occasion, the next \"that\" opens the report") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "Trump told CNN in an interview that aired Sunday that he would run again. "
      "Mr. Trump said in a documentary that showed off some of the renovations. "
      "Merkel told reporters after the meeting that was held on a boat that cruised down the Danube.\n");
  CHECK(a.Speaker(a.Get("he would run again")) == "Trump");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("aired Sunday") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("showed off") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("cruised down") == std::string_view::npos, content);
  }
}

TEST_CASE("reported speech: the day of speaking, then an adjunct, is not what was said") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "President François Hollande said Friday as he entered the talks. "
      "General Michael Flynn said Thursday morning on Fox News. "
      "The minister said Friday the plan was dead.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("as he entered") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("on Fox News") == std::string_view::npos, content);
  }
  CHECK(a.Speaker(a.Get("the plan was dead")) == "The minister");
}

TEST_CASE("reported speech: a relative clause, a participial phrase, a subordinate clause, a modal") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "Everything the senator says is a lie unless proven otherwise. "
      "The top earners would see an average tax cut of $275,000, the group said, compared with $2,700 for "
      "the middle. "
      "After the miners' union objected, the case was moved to St. Louis. "
      "No matter the setting and no matter the stakes, Donald Trump will insist on being Donald Trump. "
      "The latest test, North Korea said, was its biggest yet.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("a lie unless") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("compared with") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("the case was moved") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("No matter the setting") == std::string_view::npos, content);
  }
  // A parenthetical cue reports the clause around it.
  CHECK(a.Speaker(a.Get("The latest test, North Korea said")) == "North Korea");
}

TEST_CASE("reported speech: an -ing phrase after a parenthetical cue belongs to the main clause") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "Clashes spread to Wad Madani on Friday, the United Nations said, forcing thousands of families to flee "
      "again. Sales were great, he said, wiping sweat off his face. The plan is vague, experts said, including "
      "its cost. It was seamless, she said, replacing him would be much harder.\n");
  const Quote& clashes = a.Get("Clashes spread");
  CHECK(a.doc.Text(clashes.content) == "Clashes spread to Wad Madani on Friday");
  CHECK(a.Speaker(clashes) == "the United Nations");
  CHECK(a.Speaker(a.Get("Sales were great")) == "he");
  CHECK(a.Speaker(a.Get("The plan is vague")) == "experts");
  // A gerund that opens the reported clause is its subject.
  CHECK(a.Speaker(a.Get("replacing him would be")) == "she");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("forcing") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("wiping") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("including") == std::string_view::npos, content);
  }
}

TEST_CASE("reported speech: a report that ends the sentence credits the whole clause to its own source") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "Tehran denied supplying drones to Russia, the official IRNA news agency reported. "
      "The campaign said the candidate will attend events in Kansas on Saturday, CNN reported on Friday. "
      "He said if Iran were a stock, he would advise buying it. "
      "These are attacks that, Sweet noted, Trump said during the debate were sparked by his rising polls.\n");
  const Quote& denied = a.Get("supplying drones");
  CHECK(a.doc.Text(denied.content) == "supplying drones to Russia");
  CHECK(a.Speaker(a.Get("Tehran denied supplying drones to Russia")) == "the official IRNA news agency");
  CHECK(a.doc.Text(a.Get("the candidate will attend").content) ==
        "the candidate will attend events in Kansas on Saturday");
  CHECK(a.Speaker(a.Get("The campaign said the candidate")) == "CNN");
  // The comma before the later source may close a quotation.
  Annotated m(
      "Manafort worked as a lobbyist.\n\n"
      "During the investigation, Manafort acknowledged that the work he performed in return for consulting fees "
      "could be termed \"influence peddling,\" The Washington Post reported in 1991.\n");
  CHECK(m.doc.Text(m.Get("the work he performed").content) ==
        "the work he performed in return for consulting fees could be termed \"influence peddling,\"");
  // ", and" before another source's report, as ", but" does.
  Annotated c(
      "A strong earthquake struck off northern Japan.\n\n"
      "Tohoku Electric Power said there were no abnormalities at its Onagawa nuclear power plant, and Japan "
      "Nuclear Fuel Ltd. said its reprocessing plant in Rokkasho was also unaffected.\n");
  CHECK(c.doc.Text(c.Get("there were no abnormalities").content) ==
        "there were no abnormalities at its Onagawa nuclear power plant");
  CHECK(c.Speaker(c.Get("its reprocessing plant")) == "Japan Nuclear Fuel Ltd.");
  // A report cut so: an object pronoun after the cue is no clause, and a
  // "that" before a modal is the clause's subject.
  Annotated d(
      "The campaign went on.\n\n"
      "Trump said Obama was the founder of ISIS on Wednesday, and he reiterated them on a radio show Thursday. "
      "His advisers say neither candidate can win on pledged delegates alone, and they say that would leave the "
      "issue to the super delegates.\n");
  CHECK(d.Find("them on a radio show") == nullptr);
  CHECK(d.Speaker(d.Get("that would leave the issue")) == "they");
  // Nor before "to" and its object ("explained them to me"); an infinitive
  // after it reports ("urged them to reconsider").
  Annotated e("Officials met.\n\nThe novelist Jo Walton explained them to me. He urged them to reconsider.\n");
  CHECK(e.Find("them to me") == nullptr);
  CHECK(e.Speaker(e.Get("them to reconsider")) == "He");
  // A new report after a comma ends the one before it, but not after an
  // opening phrase of the reported clause.
  Annotated b(
      "Officials met in Brussels.\n\n"
      "While representatives of his family suggested the financier may have been murdered, the director told "
      "lawmakers no evidence supports anything other than suicide. The government said that as of 2016, the "
      "country had admitted more than 1.4 million refugees.\n");
  CHECK(b.doc.Text(b.Get("the financier may").content) == "the financier may have been murdered");
  CHECK(b.Speaker(b.Get("no evidence supports")) == "the director");
  CHECK(b.doc.Text(b.Get("as of 2016").content) ==
        "as of 2016, the country had admitted more than 1.4 million refugees");
  // A cue with its own object, or one the sentence goes on after, ends nothing.
  CHECK(a.doc.Text(a.Get("if Iran were a stock").content) == "if Iran were a stock, he would advise buying it");
  CHECK(a.Find("These are attacks that") == nullptr);
}

TEST_CASE("reported speech: recalling goods, envoys or players is no speech, recalling the past is") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "Tesla recalled 2 million vehicles to fix its software. Qatar recalled its ambassador from Tehran on "
      "Monday. He recalled that the plan had failed.\n\n"
      "Coach Tony Gustavsson has recalled Kyra Cooney-Cross and handed a first call-up to Michelle Heyman. "
      "He recalled Muhammad Ali's generosity in support of an anti-hunger program.\n\n"
      "Toyota Motor Corp is recalling more than 1 million vehicles in the United States because a software "
      "defect can cause the camera image to freeze, the National Highway Traffic Safety Administration said on "
      "Thursday.\n");
  CHECK(a.Find("2 million vehicles") == nullptr);
  CHECK(a.Find("more than 1 million") == nullptr);
  CHECK(a.Find("its ambassador") == nullptr);
  CHECK(a.Find("Kyra Cooney-Cross") == nullptr);
  CHECK(a.Speaker(a.Get("the plan had failed")) == "He");
  CHECK(a.Speaker(a.Get("Muhammad Ali's generosity")) == "He");
}

TEST_CASE("reported speech: a participle after an \"of\" phrase's noun opens no clause") {
  Annotated a(
      "The two sides swapped prisoners on Monday.\n\n"
      "\"Our people are home,\" the president wrote on Telegram, posting photographs of soldiers wrapped in "
      "flags.\n");
  CHECK(a.Find("photographs of soldiers") == nullptr);
  CHECK(a.Speaker(a.Get("Our people are home")) == "the president");
}

TEST_CASE("reported speech: a court that ruled that … reports; one that ruled a person eligible does not") {
  Annotated a(
      "The court removed the prime minister on Wednesday.\n\n"
      "The court ruled five to four that Mr Srettha had \"grossly violated ethical standards\" by appointing "
      "him. Adopting the recommendations of a hearing officer who considered the matter last week, the board of "
      "elections on Monday rejected both objections, ruled Cruz eligible and ordered that his name be certified. "
      "\"Meh,\" wrote a Trump supporter who runs the account.\n");
  CHECK(a.Speaker(a.Get("grossly violated")) == "The court");
  CHECK(a.Find("Adopting the recommendations") == nullptr);
  CHECK(a.Speaker(a.Get("Meh")) == "a Trump supporter");
}

TEST_CASE("reported speech: an inverted cue followed by a participle holding a quotation reports the clause before") {
  Annotated a(
      "Doctors rejected the pay offer on Monday.\n\n"
      "Patients would once again pay the price, he warned, adding that the government had \"gone as far as we "
      "can\". Mr. Trump intends to deliver an address this month, Mr. Manafort said, adding that he would also "
      "hold events to address his ''gender gap.''\n");
  CHECK(a.Speaker(a.Get("Patients would once again")) == "he");
  CHECK(a.Speaker(a.Get("Mr. Trump intends")) == "Manafort");
}

TEST_CASE("reported speech: answering reports only a clause") {
  Annotated a(
      "The derby ended 3-1.\n\n"
      "The player answered the critics with two goals. The coach answered that the team had never doubted him.\n");
  CHECK(a.Find("the critics with two goals") == nullptr);
  CHECK(a.Speaker(a.Get("the team had never doubted")) == "The coach");
}

TEST_CASE("reported speech: denying a person something is no denial; denying a claim is") {
  Annotated a(
      "Liverpool beat Real Madrid 1-0 on Tuesday.\n\n"
      "Thibaut Courtois kept Madrid in the game with a string of saves, denying Mohamed Salah twice before "
      "half-time. The club denied that the coach had been sacked. The minister denied Smith was involved in the "
      "decision.\n");
  CHECK(a.Find("Mohamed Salah twice") == nullptr);
  CHECK(a.Speaker(a.Get("the coach had been sacked")) == "The club");
  CHECK(a.Speaker(a.Get("Smith was involved")) == "The minister");
}

TEST_CASE("reported speech: a short object and a second verb of speech: only the second reports") {
  Annotated a(
      "A court sentenced the former prime minister on Friday.\n\n"
      "Khan, 72, who has been in jail since August 2023, denies wrongdoing and says the cases against him are "
      "politically motivated.\n");
  CHECK(a.Find("wrongdoing and says") == nullptr);
  CHECK(a.Speaker(a.Get("the cases against him are politically motivated")) == "Khan");
}

TEST_CASE("reported speech: conceding defeat is no speech, and a subject with a name in apposition is no report") {
  Annotated a(
      "Mexico elected its first woman president on Sunday.\n\n"
      "Her main rival, Xochitl Galvez, conceded defeat shortly after midnight. The senator conceded that "
      "the result was clear.\n\n"
      "Prices will rise next year, Ann Jones, an economist at the bank, said.\n");
  CHECK(a.Find("defeat shortly") == nullptr);
  CHECK(a.Find("Her main rival") == nullptr);

  CHECK(a.Speaker(a.Get("the result was clear")) == "The senator");
  CHECK(a.Speaker(a.Get("Prices will rise")) == "Ann Jones");
}

TEST_CASE("reported speech: a name in apposition before an adverb and the verb is the subject, not a report") {
  // "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.,
  // recently asked Admiral Harris just that question": the real article,
  // whose other names make "Harris" a person.
  const std::string text =
      SharedText("data/polnear/data/train/text/nyt_2016-05-09_american-admiral-rattles-beijing.txt");
  if (text.empty()) return;
  Annotated a(text);
  CHECK(a.Find("The chairman of the Joint") == nullptr);
}

TEST_CASE(
    "reported speech: a cue in a relative clause reports up to the clause's comma; `urged X to` is not inverted") {
  Annotated a(
      "The council approved the budget.\n\n"
      "Charles Barkley, who said he typically votes Democratic, said one candidate he likes is John Kasich.\n\n"
      "Many residents, like retired teacher Linda Moore, urged the council to restore the parks money.\n");
  CHECK(a.doc.Text(a.Get("he typically votes").content) == "he typically votes Democratic");
  CHECK(a.Speaker(a.Get("one candidate he likes")) == "Charles Barkley");
  CHECK(a.Find("Many residents") == nullptr);
}

TEST_CASE("reported speech: a new report after `, but`, `, though` or `, while` ends the one before") {
  Annotated a(
      "The party met on Monday.\n\n"
      "Rendell said the party's vacancy rules should be modernized, but he said that discussion should wait.\n\n"
      "Some 38 percent of voters said he should step down, while 60 percent said he should stay on.\n");
  CHECK(a.doc.Text(a.Get("the party's vacancy").content) == "the party's vacancy rules should be modernized");
  CHECK(a.Speaker(a.Get("discussion should wait")) == "he");
  CHECK(a.doc.Text(a.Get("he should step down").content) == "he should step down");
  CHECK(a.Speaker(a.Get("he should stay on")) == "60 percent");
}

TEST_CASE("reported speech: `…, mediator Qatar said` reports the clause before; a dateline of two places") {
  Annotated a(
      "Talks continued on Monday.\n\n"
      "JERUSALEM/GAZA, Nov 27 (Reuters) - Israel and Hamas agreed on Monday to extend their truce by two days, "
      "mediator Qatar said.\n\n"
      "The results surprised the team, lead author Jane Smith said.\n");
  CHECK(a.doc.Text(a.Get("Israel and Hamas agreed").content) ==
        "Israel and Hamas agreed on Monday to extend their truce by two days");
  CHECK(a.Speaker(a.Get("Israel and Hamas agreed")) == "Qatar");
  CHECK(a.Speaker(a.Get("The results surprised")) == "Jane Smith");
}

TEST_CASE("reported speech: `…, Google spokesman Brian Fallon said`: a body's title before the name") {
  Annotated a(
      "Officers found the man lying in the parking lot of the store, Houston Police Department spokesperson Jodi "
      "Silva said.\n\n"
      "The company will cut 200 jobs, the Google spokesman Brian Fallon said.\n\n"
      "The president will travel to Ohio, White House spokesman Josh Earnest said.\n\n"
      "Ottawa has approved the request, Public Safety Minister Dominic LeBlanc told reporters.\n");
  CHECK(a.doc.Text(a.Get("Officers found").content) == "Officers found the man lying in the parking lot of the store");
  CHECK(a.Speaker(a.Get("Officers found")) == "Jodi Silva");
  CHECK(a.Speaker(a.Get("The company will")) == "Brian Fallon");
  CHECK(a.Speaker(a.Get("The president will")) == "Josh Earnest");
  // A title of three words.
  CHECK(a.Speaker(a.Get("Ottawa has approved")) == "Dominic LeBlanc");
}

TEST_CASE("reported speech: two persons, each after a title, joined by \"and\" speak together") {
  Annotated a(
      "Aid deliveries fell.\n\n"
      "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin wrote to Israeli officials, warning "
      "that failure to increase aid could affect military assistance.\n\n"
      "But Mr. Grassley and Mr. Leahy say other changes are needed.\n\n"
      "As Donald Trump and Sen. Ted Cruz lamented illegal immigration, Clinton took a moment to reach out to "
      "voters.\n");
  CHECK(a.Speaker(a.Get("failure to increase")) ==
        "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin");
  CHECK(a.Speaker(a.Get("other changes are")) == "Mr. Grassley and Mr. Leahy");
  for (const Quote& q : a.doc.quotes) CHECK(a.Speaker(q).find("As ") == std::string::npos);
}

TEST_CASE("reported speech: a time the writer sets after the report (`, a day after …`) is no part of it") {
  Annotated a(
      "Kenyan President William Ruto said Wednesday he would not sign a finance bill proposing new taxes, a day "
      "after protesters stormed parliament.\n\n"
      "The company announced it was withdrawing its filing for a public offering, shortly after its founder "
      "stepped down.\n");
  CHECK(a.doc.Text(a.Get("he would not sign").content) == "he would not sign a finance bill proposing new taxes");
  CHECK(a.doc.Text(a.Get("it was withdrawing").content) == "it was withdrawing its filing for a public offering");
}

TEST_CASE("reported speech: a superlative's phrase after `…, X said,` ranks the figure before; it is no report") {
  Annotated a(
      "Gross domestic product expanded 4.7% in April-June from a year earlier, the National Bureau of Statistics "
      "said, the slowest since the first quarter of 2023.\n\n"
      "If the demands are not met, Mr. Taylor warned, die-hard supporters will leave the party.\n");
  CHECK(a.doc.Text(a.Get("Gross domestic product").content) ==
        "Gross domestic product expanded 4.7% in April-June from a year earlier");
  CHECK(a.Find("the slowest since") == nullptr);
  CHECK(a.Speaker(a.Get("die-hard supporters")) == "Taylor");
}

TEST_CASE("reported speech: a phrase of distance or change after `…, X said,` compares the figure before") {
  Annotated a(
      "Sheinbaum won between 58.3% and 60.7% of the vote, the INE said, far ahead of opposition candidate Xochitl "
      "Galvez, who had between 26.6% and 28.6%.\n\n"
      "Sales rose to $5 billion, the company said, up 5% from a year earlier.\n\n"
      "In the three years since the shootings, Barden says, far too many lives have been lost.\n");
  CHECK(a.doc.Text(a.Get("Sheinbaum won").content) == "Sheinbaum won between 58.3% and 60.7% of the vote");
  CHECK(a.Find("far ahead of") == nullptr);
  CHECK(a.doc.Text(a.Get("Sales rose").content) == "Sales rose to $5 billion");
  CHECK(a.Speaker(a.Get("far too many lives")) == "Barden");
}

TEST_CASE("reported speech: `…, the two parties said`: a number after a determiner is one phrase with it") {
  Annotated a(
      "The ANC has agreed to form a government with the Democratic Alliance, the two parties said on Friday.\n\n"
      "The two lawmakers argue the rules were broken.\n\n"
      "Trump is poised to win New Hampshire next week.\n\n"
      "That’s according to members of The POLITICO Caucus — a collection of strategists, activists and operatives "
      "in the four early nominating states.\n");
  CHECK(a.Speaker(a.Get("The ANC has agreed")) == "the two parties");
  CHECK(a.Speaker(a.Get("the rules were broken")) == "The two lawmakers");
  // "states" is no verb there.
  for (const Quote& q : a.doc.quotes) CHECK(a.Cue(q) != "states");
}

TEST_CASE("reported speech: a news dateline is not what the speaker said") {
  Annotated a(
      "KHARTOUM, Sudan (AP) \xE2\x80\x94 Clashes spread to the city on Friday, the United Nations said.\n\n"
      "LONDON, Dec 2 (Reuters) - Oil prices rose for a third day, analysts said.\n\n"
      "NEW YORK -- Stocks fell sharply on Monday, traders said.\n\n"
      "JASPER, Alta. \xE2\x80\x94 A wildfire tore through the town, officials said.\n\n"
      "(Reuters) \xE2\x80\x94 The state attorney general is investigating WeWork, according to two people familiar "
      "with the matter.\n\n"
      "AMERICA and its allies will meet in June, the minister said.\n");
  CHECK(a.doc.Text(a.Get("Clashes spread").content) == "Clashes spread to the city on Friday");
  CHECK(a.doc.Text(a.Get("Oil prices rose").content) == "Oil prices rose for a third day");
  CHECK(a.doc.Text(a.Get("Stocks fell").content) == "Stocks fell sharply on Monday");
  // A province's abbreviation ends no sentence before the dash.
  CHECK(a.doc.Text(a.Get("A wildfire tore").content) == "A wildfire tore through the town");
  // The agency alone, its place lost in a page's layout.
  CHECK(a.doc.Text(a.Get("The state attorney").content) == "The state attorney general is investigating WeWork");
  // Capitals without a dash open no dateline.
  CHECK(a.Speaker(a.Get("AMERICA and its allies")) == "the minister");
}

TEST_CASE("reported speech: a dateline whose place is a name, not in capitals") {
  Annotated a(
      "New York, NY \xE2\x80\x93 Native ad spending passed all other forms of display advertising in 2017, "
      "according to analysis from Poynter.\n\n"
      "Nairobi \xE2\x80\x94 The drought has killed thousands of cattle this year, officials said.\n\n"
      "Paris: the talks will resume on Monday, the minister said.\n");
  CHECK(a.doc.Text(a.Get("Native ad spending").content) ==
        "Native ad spending passed all other forms of display advertising in 2017");
  CHECK(a.doc.Text(a.Get("The drought has").content) == "The drought has killed thousands of cattle this year");
  // A place name and a colon is a heading's, and stays in the report.
  CHECK(a.Find("Paris: the talks") != nullptr);
}

TEST_CASE("reported speech: a sentence that opens with a past participle and its preposition reports nothing") {
  Annotated a(
      "Officials met in London.\n\n"
      "Rebranded to resemble a neutral fact-checking account, it posted a series of tweets supporting Johnson.\n\n"
      "Founded in 1990, the firm said it would close its London office.\n\n"
      "Prices rose sharply in March, the agency reported.\n");
  CHECK(a.Find("Rebranded") == nullptr);
  CHECK(a.Find("Founded") == nullptr);
  CHECK(a.doc.Text(a.Get("it would close").content) == "it would close its London office");
  CHECK(a.Speaker(a.Get("Prices rose")) == "the agency");
}

TEST_CASE("reported speech: a relative clause whose pronoun is the reported subject reports") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "He attacked the other candidates for taking donations, which he said were accompanied by leverage "
      "and favors.\n");
  CHECK(a.Speaker(a.Get("were accompanied by leverage")) == "he");
}

TEST_CASE("reported speech: written letters, a result clause, a topic after a quotation") {
  Annotated a(
      "Officials met in Brussels.\n\n"
      "I have written letters for several of them, trying to help them secure visas. "
      "Donald Trump tells so many lies that fact checkers cannot keep up. "
      "“The talks have failed,” he said, referring to the country's official name.\n");
  for (const Quote& q : a.doc.quotes) {
    const std::string_view content = a.doc.Text(q.content);
    CHECK_MESSAGE(content.find("letters for several") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("referring to") == std::string_view::npos, content);
    CHECK_MESSAGE(content.find("fact checkers") == std::string_view::npos, content);
  }
}

TEST_CASE("reported speech: a count that opens with a preposition is the reported subject") {
  Annotated a(
      "Officials met in Kingston.\n\n"
      "At least three people died in Jamaica during preparations for the storm, officials said. "
      "About 300 homes were destroyed in the parish, the police said. "
      "Up to 30 inches of rain could fall in the mountains, forecasters said. "
      "In the past year, the ministry said, prices have doubled. She said about 20 minutes later that she had "
      "changed her mind. About 20 of them, he said, were children.\n");
  CHECK(a.Speaker(a.Get("At least three people died")) == "officials");
  CHECK(a.doc.Text(a.Get("At least three people died").content).rfind("At least", 0) == 0);
  CHECK(a.Speaker(a.Get("About 300 homes")) == "the police");
  CHECK(a.Speaker(a.Get("Up to 30 inches")) == "forecasters");
  CHECK(a.doc.Text(a.Get("prices have doubled").content).find("In the past year") == std::string_view::npos);
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.doc.Text(q.content).rfind("about 20 minutes", 0) == std::string_view::npos);
    CHECK(a.doc.Text(q.content) != "About 20 of them");
  }
}

TEST_CASE("reported speech: a relative \"that\" after an urged listener's infinitive opens no clause") {
  Annotated a(
      "Officials met in Beijing.\n\nHe urged new rules and laws to manage the risks that AI could pose. She urged "
      "lawmakers that the bill must pass.\n");
  CHECK(a.Find("AI could pose") == nullptr);
  CHECK(a.Speaker(a.Get("the bill must pass")) == "She");
}

TEST_CASE("reported speech: \"that\" as the object before a participle or the end opens no clause; medics speak") {
  Annotated a(
      "Strikes hit Gaza.\n\nNetanyahu's office denied that, saying Hamas had rejected every proposal. The army "
      "denied that. He said that, in his view, the plan was dead. Medics said one strike hit a school.\n");
  CHECK(a.Find(", saying") == nullptr);
  CHECK(a.Cue(a.Get("Hamas had rejected")) == "saying");
  CHECK(a.Speaker(a.Get(", in his view")) == "He");
  CHECK(a.Speaker(a.Get("one strike hit")) == "Medics");
}

TEST_CASE("reported speech: the story someone is telling, before an auxiliary, is the writer's subject") {
  Annotated a(
      "Officials met.\n\nThere is reason to suspect the story the White House is telling doesn't paint the full "
      "picture. The White House is telling reporters the plan is dead.\n");
  CHECK(a.Find("doesn't paint") == nullptr);
  CHECK(a.Find("does") == nullptr);
  CHECK(a.Speaker(a.Get("the plan is dead")) == "The White House");
}

TEST_CASE("reported speech: in lower-case text a period between lower-case words ends what was said") {
  Annotated a(
      "hi team, just got off the phone with sarah from acme corp. she said the contract with google is delayed "
      "until march. also. i told her we need the numbers by friday.\n");
  CHECK(a.doc.Text(a.Get("the contract with google").content) == "the contract with google is delayed until march");
  // A period inside a name stays inside what was said.
  Annotated b("Volkswagen met dealers.\n\nThe automaker says it will do that with all ID. models next year.\n");
  CHECK(b.doc.Text(b.Get("it will do").content).find("models next year") != std::string_view::npos);
}

TEST_CASE("reported speech: \"declining to be named because …\" after the cue is no report; the words before are") {
  Annotated a(
      "Reliance to list Jio\n\n"
      "The regulator has tightened rules on large listings, a person familiar with the matter told Reuters, "
      "declining to be named because the discussions were private.\n");
  CHECK(a.Find("declining") == nullptr);
  CHECK(a.Speaker(a.Get("The regulator has tightened")) == "a person familiar with the matter");
}

TEST_CASE("reported speech: Ireland's prime minister and deputy by title speak") {
  Annotated a(
      "Budget day in Dublin\n\nThe Taoiseach said the budget would pass. The Tánaiste told reporters it was fair.\n");
  CHECK(a.Speaker(a.Get("the budget would pass")) == "The Taoiseach");
  CHECK(a.Speaker(a.Get("it was fair")) == "The Tánaiste");
}

TEST_CASE("reported speech: a plea in court reports nothing; pleading that or with someone does") {
  Annotated a(
      "Officials met in Buffalo.\n\nA New York man pleaded guilty to charges he threatened to kill a lawmaker. "
      "Noel and Thomas pleaded not guilty in Manhattan federal court Tuesday afternoon and were released. His "
      "lawyer pleaded that the sentence be light.\n");
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.doc.Text(q.content).find("guilty") == std::string_view::npos);
    CHECK(a.doc.Text(q.content).find("federal court") == std::string_view::npos);
  }
  CHECK(a.Speaker(a.Get("the sentence be light")) == "His lawyer");
}

TEST_CASE("reported speech: an introductory phrase before a clause of its own, a live blog's time, a charge") {
  Annotated a(
      "Officials met in Trenton.\n\n"
      "11:05pm \xE2\x80\x94 In New Jersey, Mikie Sherrill leads Jack Ciattarelli by 12 points, according to NBC "
      "News.\n\n"
      "In his long speech, Graham urged his party to act. In May 2014, it traded five detainees for Sgt. Bowe "
      "Bergdahl, an American prisoner of war now charged with desertion.\n");
  Annotated f(
      "Officials met in Trenton.\n\nYet in a brief statement, the ministry said nothing. But for Trump, none of "
      "this would have happened, aides said. In the video, which was posted on X, Musk said.\n");
  for (const Quote& q : f.doc.quotes) {
    CHECK(f.doc.Text(q.content).rfind("in a brief statement", 0) == std::string_view::npos);
    CHECK(f.doc.Text(q.content).rfind("for Trump", 0) == std::string_view::npos);
    CHECK(f.doc.Text(q.content).find("which was posted") == std::string_view::npos);
  }
  const Quote& leads = a.Get("In New Jersey");
  CHECK(a.Speaker(leads) == "NBC News");
  CHECK(a.doc.Text(leads.content) == "In New Jersey, Mikie Sherrill leads Jack Ciattarelli by 12 points");
  // So when the inverted source has an apposition after its comma (nothing
  // was reported).
  Annotated heat(
      "Heatwave grips Pakistan.\n\nAt the Jinnah Postgraduate Medical Centre, doctors treated more than 200 "
      "patients for heatstroke in 24 hours, said Dr Imran Sarwar, the hospital's emergency director.\n");
  CHECK(heat.Speaker(heat.Get("At the Jinnah")) == "Dr Imran Sarwar");
  Annotated b(
      "Officials met in Nairobi.\n\nHis Orange Democratic Movement (ODM) party said his body would be flown home "
      "on Thursday.\n");
  CHECK(b.Speaker(b.Get("his body would be flown")) == "His Orange Democratic Movement (ODM) party");
  Annotated d(
      "Officials met in London.\n\nThe minister resigned on Monday, saying the policy was \"a disaster\" for the "
      "country. The prime minister quit, saying the plan had failed.\n");
  CHECK(d.Speaker(d.Get("a disaster")) == "The minister");
  CHECK(d.Speaker(d.Get("the plan had failed")) == "The prime minister");
  Annotated e(
      "Officials met in Austin.\n\nHealth Secretary Robert F. Kennedy Jr. has said the MMR vaccine is effective but "
      "has also promoted vitamin A as a treatment.\n");
  CHECK(e.doc.Text(e.Get("the MMR vaccine").content) == "the MMR vaccine is effective");
  Annotated c(
      "Officials met in Hereford.\n\nEngineers warned council officials about widening cracks in the bridge. "
      "She warned voters the plan would fail.\n");
  CHECK(c.Find("officials about widening") == nullptr);
  CHECK(c.Speaker(c.Get("the plan would fail")) == "She");
  Annotated g(
      "Officials met in Miami.\n\nRick Wilson, a strategist who once worked for Bush and has advised a pro-Rubio "
      "super PAC in 2016, spoke. Anthony Cordesman, who advised the 2008 GOP presidential nominee, left. The CDC "
      "advises the earlier people seek treatment, the more likely it is they will recover. She advised the "
      "president to resign.\n");
  CHECK(g.Find("a pro-Rubio") == nullptr);
  CHECK(g.Find("the 2008 GOP") == nullptr);
  CHECK(g.Speaker(g.Get("the earlier people seek treatment")) == "The CDC");
  CHECK(g.Speaker(g.Get("the president to resign")) == "She");
  Annotated h(
      "Officials met in Boston.\n\nThe Sanders campaign responded to criticism on immigration issues by pointing "
      "to her record. Trump responded to requests for clarification. He replied that the plan was dead. Milei "
      "initially objected to parts of the summit's final statement but signed it.\n");
  CHECK(h.Find("to parts of") == nullptr);
  CHECK(h.Find("to criticism") == nullptr);
  CHECK(h.Find("to requests") == nullptr);
  CHECK(h.Speaker(h.Get("the plan was dead")) == "He");
  Annotated m(
      "Officials met in Beijing.\n\nIndustrial closures could kindle widespread worker protests like those "
      "that erupted in 2002. Republicans can reasonably campaign saying that they won this legal battle. Mr. Lou "
      "said the closures would go ahead.\n");
  CHECK(m.Find("like those") == nullptr);
  CHECK(m.Find("they won this") == nullptr);
  CHECK(m.Speaker(m.Get("the closures would go ahead")) == "Lou");
  Annotated n(
      "Officials met in Iowa.\n\nAsked if he was ever bullied, the Republican presidential candidate said no. "
      "Asked on Fox News who leads the party in his view, he said, \"I do.\" Prices will rise, the minister "
      "said.\n");
  CHECK(n.Find("Asked") == nullptr);
  CHECK(n.Speaker(n.Get("Prices will rise")) == "the minister");
}

TEST_CASE("reported speech: a date after the verb, a passive verb, a time clause and a subordinate clause") {
  Annotated a(
      "Officials met in Washington.\n\nNASA announced Nov. 18 that it was adding five companies to a contract. "
      "You’re promised a smooth ride in the fastest car available. But Apple has had a place in his heart since "
      "1984, Benioff said, ever since he did an internship at the company. The video had been altered to show "
      "Starmer failing to answer a question, when, in fact, he responded quickly.\n");
  CHECK(a.Speaker(a.Get("it was adding five companies")) == "NASA");
  CHECK(a.Find("Nov. 18") == nullptr);
  CHECK(a.Find("a smooth ride") == nullptr);
  CHECK(a.Speaker(a.Get("Apple has had a place")) == "Benioff");
  CHECK(a.Find("ever since") == nullptr);
  CHECK(a.Find("The video had been altered") == nullptr);
  Annotated b(
      "Officials met in Hawaii.\n\nThe researchers observed Europa for 17 nights, from February 2016 through May "
      "2017. The study observed that the plumes were sporadic.\n");
  CHECK(b.Find("Europa for 17 nights") == nullptr);
  CHECK(b.Speaker(b.Get("the plumes were sporadic")) == "The study");
  for (const Quote& q : a.doc.quotes) {
    CHECK(a.doc.Text(q.content).find("In his long speech") == std::string_view::npos);
    CHECK(a.Cue(q).find("charged") == std::string::npos);
  }
}

TEST_CASE(
    "reported speech: a connective and a time before the subject report nothing; a connective before a clause does") {
  Annotated a(
      "Swift says she can perform at the awards.\n\n"
      "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing.\n\n"
      "Then, the label blocked the film, Swift said.\n");
  CHECK(a.Find("Then, last week") == nullptr);
  CHECK(a.Speaker(a.Get("the label blocked the film")) == "Swift");
}

TEST_CASE("reported speech: a name after the verb that owns a noun opens what was said; it did not speak") {
  // The quotation's comma made "suggested business mogul Donald Trump" look
  // like an inverted cue, reporting the host's name as Trump's words.
  Annotated a(
      "Scarborough Speaks Out\n\n"
      "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested business mogul Donald Trump’s refusal to disavow "
      "the KKK was disqualifying.\n");
  CHECK(a.Find("Joe Scarborough, host") == nullptr);
  for (const Quote& quote : a.doc.quotes) CHECK(a.Speaker(quote).find("Trump") == std::string::npos);
}

TEST_CASE("reported speech: a place right before \"who\" did not speak; a person named with a place did") {
  Annotated a(
      "Unions rallied on Monday.\n\n"
      "She praised fast food workers in New York, Los Angeles and Seattle who demanded a $15 minimum wage. She "
      "met Jane Doe, a former staff member for the campaign in Philadelphia, who said she planned to "
      "demonstrate.\n");
  const Quote* wage = a.Find("a $15 minimum wage");
  CHECK((wage == nullptr || a.Speaker(*wage) != "Seattle"));
  CHECK(a.Speaker(a.Get("she planned to demonstrate")) == "Jane Doe");  // whom the apposition describes
}

TEST_CASE("reported speech: a name after a preposition inside the subject did not speak; one with a clause did") {
  Annotated a(
      "Scientists find water on Europa.\n\n"
      "NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on Europa. "
      "Editorial pages across the country warned that the sky was falling. Some senators vented about Sanders "
      "vowing to fight on and said that they had lost their patience with him. The network was rocked by an "
      "article by Gabriel Sherman, who reported that Fox News paid a settlement. Charging is fast, with Audi "
      "suggesting that the car should charge in under thirty minutes.\n");
  const Quote* water = a.Find("the presence of water vapor on Europa");
  CHECK((water == nullptr || a.Speaker(*water) != "Mauna Kea"));
  const Quote* sky = a.Find("the sky was falling");
  CHECK((sky == nullptr || a.Speaker(*sky) != "the country"));
  const Quote* patience = a.Find("they had lost their patience with him");
  CHECK((patience == nullptr || a.Speaker(*patience) != "Sanders"));
  CHECK(a.Speaker(a.Get("Fox News paid a settlement")) == "Gabriel Sherman");
  Annotated b(
      "Storm hits coast.\n\n"
      "Officials in Texas and Louisiana said roads were closed. The governors of Texas and Florida said the "
      "storm would make landfall on Friday. Most voters in Alabama, Georgia and Virginia said they felt "
      "betrayed.\n");
  const Quote* roads = b.Find("roads were closed");
  CHECK((roads == nullptr || b.Speaker(*roads) != "Louisiana"));
  const Quote* betrayed = b.Find("they felt betrayed");
  CHECK((betrayed == nullptr || b.Speaker(*betrayed) != "Virginia"));
  CHECK(b.Speaker(b.Get("the storm would make landfall on Friday")) == "The governors of Texas and Florida");
  CHECK(a.Speaker(a.Get("the car should charge in under thirty minutes")) == "Audi");
}

TEST_CASE(
    "reported speech: a company's reported results are figures, not what it said; nor are analysts' estimates a cue") {
  Annotated a(
      "Nvidia results.\n\n"
      "Nvidia reported record quarterly revenue of $57 billion on Wednesday, beating Wall Street estimates as demand "
      "for its Blackwell chips kept surging, and forecast sales above expectations for the current quarter. "
      "Walmart reported sales rose 4% in the quarter. Most of the companies reported in-line or better than "
      "expected results. She suspects that some of the men reported her entreaty as spam. Within a year she was "
      "reporting her managers to the regulator. The company reported strong profits last year.\n");
  CHECK(a.Find("her managers to the regulator") == nullptr);  // an act
  CHECK(a.Find("strong profits") == nullptr);
  CHECK(a.Find("record quarterly revenue") == nullptr);
  CHECK(a.Find("in-line or better") == nullptr);
  CHECK(a.Find("her entreaty as spam") == nullptr);  // flagged, not said
  const Quote& forecast = a.Get("sales above expectations");
  CHECK(a.Speaker(forecast) == "Nvidia");
  CHECK(a.Cue(forecast) == "forecast");
  CHECK(a.Speaker(a.Get("sales rose 4%")) == "Walmart");  // a verb after the noun: a clause
  // Reporting sick or for duty is an act.
  Annotated b(
      "Schools shut.\n\n"
      "Over 8,000 schools across the island were severely disrupted yesterday as members of several "
      "teachers\xE2\x80\x99 "
      "and principals\xE2\x80\x99 unions reported sick, rejecting the Government\xE2\x80\x99s offer of a monthly "
      "allowance as a solution. Staff reported for duty on Monday as the strike ended.\n");
  CHECK(b.Find("sick, rejecting") == nullptr);
  CHECK(b.Find("on Monday as the strike") == nullptr);
}

TEST_CASE("reported speech: a product announced or a sum pledged is a thing, a clause after it is reported") {
  Annotated a(
      "Apple unveils cheaper iPhone.\n\n"
      "Apple on Wednesday announced the iPhone 16e, a lower-priced model with its own modem chip. Samsung unveiled "
      "its Galaxy S25 in January. The government announced new sanctions against Russia. Apple announced the "
      "iPhone 16e would cost $599.\n");
  CHECK(a.Find("the iPhone 16e, a lower-priced model") == nullptr);
  CHECK(a.Find("its Galaxy S25") == nullptr);
  CHECK(a.Speaker(a.Get("new sanctions against Russia")) == "The government");
  CHECK(a.Speaker(a.Get("the iPhone 16e would cost")) == "Apple");
  Annotated b(
      "Milei wins.\n\nScott Bessent, who had pledged a $20 billion swap line, congratulated Milei. Bessent promised $5 "
      "million in aid. Bessent pledged that the aid would come.\n");
  CHECK(b.Find("a $20 billion swap line") == nullptr);
  CHECK(b.Find("$5 million in aid") == nullptr);
  CHECK(b.Speaker(b.Get("the aid would come")) == "Bessent");
  // A sum after its bound is a sum too.
  Annotated c(
      "Kenyan police arrive in Haiti.\n\nThe U.S. is the mission's largest financial backer, pledging more than "
      "$300 million. Canada promised up to $60 million.\n");
  CHECK(c.Find("more than $300 million") == nullptr);
  CHECK(c.Find("up to $60 million") == nullptr);
}

TEST_CASE("reported speech: \"state\" before a plural noun modifies it; the report is the later cue's") {
  Annotated a(
      "Trump fundraising.\n\n"
      "Half a dozen of the party's elite money players - including New York Jets owner Woody Johnson and Wisconsin "
      "billionaire Diane Hendricks - have agreed to serve as vice chairs of the Trump Victory fund, a joint "
      "fundraising committee between Trump's campaign, the RNC and 11 state parties, the party announced Tuesday.\n");
  for (const Quote& q : a.doc.quotes) CHECK_MESSAGE(a.Cue(q) != "state", a.doc.Text(q.content));
}

TEST_CASE("reported speech: an adverb of manner and a phrase after it tell how, not what") {
  Annotated a(
      "Clinton email inquiry.\n\n"
      "In 1998 the subpoena was withdrawn and Clinton testified voluntarily in 1998. Miller answered pleasantly "
      "into the phone. He said, apparently for the first time, that he would consider sending troops.\n\n"
      "Things have changed over the years, she says, especially in the social media era when a politician's "
      "behavior can travel at the speed of Twitter.\n");
  CHECK(a.Find("voluntarily") == nullptr);
  CHECK(a.Find("pleasantly") == nullptr);
  // A "that" clause after the adverb, the aside left out.
  CHECK(a.Speaker(a.Get("he would consider")) == "He");
  CHECK(a.Speaker(a.Get("Things have changed")) == "she");
}

TEST_CASE("reported speech: a listener and the day, or a time ago, are not what was said") {
  Annotated a(
      "Islamic State strategy.\n\n"
      "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel "
      "Wednesday. The plan leaked, as Breitbart reported a few days later. The senator said two months ago.\n");
  const Quote& force = a.Get("This includes a special force");
  CHECK(a.Speaker(force) == "Ash Carter");
  CHECK(a.Find("a Senate panel") == nullptr);
  CHECK(a.Find("a few days later") == nullptr);
  CHECK(a.Find("two months ago") == nullptr);
}

TEST_CASE("reported speech: \"promising\" as an adjective reports nothing") {
  Annotated a(
      "Officials met.\n\n"
      "The grant funds interventions that GiveWell and Evidence Action believe are promising but that lack "
      "existing organizations to scale them.\n\n"
      "He is promising voters that taxes will fall.\n");
  CHECK(a.Find("lack existing") == nullptr);
  CHECK(a.Speaker(a.Get("voters that taxes")) == "He");
}

TEST_CASE("reported speech: \", but\" and a speech verb in the past open the speaker's next report") {
  Annotated a(
      "Storm batters coast.\n\n"
      "Forecaster Alex Deakin said conditions would ease from the west this evening, but warned people not to travel "
      "unless necessary.\n");
  CHECK(a.doc.Text(a.Get("conditions would ease").content) == "conditions would ease from the west this evening");
  CHECK(a.Speaker(a.Get("people not to travel")) == "Alex Deakin");
}

TEST_CASE("reported speech: \", as\" and a mass noun with its verb turn back to the writer") {
  Annotated a(
      "Ottawa acts.\n\n"
      "Mark Carney said his government will fast-track major energy projects, as pressure mounts from Alberta.\n\n"
      "Schmidt said he was building a new clubhouse, as well as a new swimming pool.\n\n"
      "Zelenskyy said Kyiv is ready for talks, as overnight drone attacks killed at least six people.\n\n"
      "Lula said his government would end illegal deforestation by 2030, as new data showed clearing fell 42%.\n");
  CHECK(a.doc.Text(a.Get("his government will").content) == "his government will fast-track major energy projects");
  CHECK(a.doc.Text(a.Get("he was building").content) ==
        "he was building a new clubhouse, as well as a new swimming pool");
  CHECK(a.doc.Text(a.Get("Kyiv is ready").content) == "Kyiv is ready for talks");
  CHECK(a.doc.Text(a.Get("his government would end").content) ==
        "his government would end illegal deforestation by 2030");
}

TEST_CASE("reported speech: \", while\" after another's report opens the next speaker's; a comparison is one report") {
  Annotated a(
      "Vigils held.\n\n"
      "In Seattle, marchers honored the victims with white roses held aloft, KING-TV reported, while in Chicago the "
      "parade began with a moment of silence, the Chicago Sun-Times reported.\n\n"
      "Hillary Clinton has raised $2.7 million from tech donors, while Bernie Sanders has raised $6 million, "
      "according to new Crowdpac research.\n");
  const Quote* chicago = a.Find("in Chicago the parade");
  REQUIRE(chicago != nullptr);
  CHECK(a.doc.Text(chicago->content) == "in Chicago the parade began with a moment of silence");
  CHECK(a.Speaker(*chicago) == "the Chicago Sun-Times");
  CHECK(a.doc.Text(a.Get("Hillary Clinton has raised").content) ==
        "Hillary Clinton has raised $2.7 million from tech donors, while Bernie Sanders has raised $6 million");
}

TEST_CASE("reported speech: \"told\" without whom it tells is the passive; its subject was told") {
  Annotated a(
      "Man jailed for life.\n\n"
      "A man who stabbed a shopkeeper to death has been jailed for life and told he must serve at least 24 years. "
      "The judge told him he had shown no remorse.\n");
  CHECK(a.Find("must serve") == nullptr);
  CHECK(a.Speaker(a.Get("he had shown no remorse")) == "The judge");
}

TEST_CASE("reported speech: a few verbless words that open a sentence before a verb and its object are nobody's") {
  Annotated a(
      "Coal collapses.\n\n"
      "One after another, mining companies, including Patriot, declared bankruptcy. Back in September, he wrote a "
      "letter to Zucker. The breaking point, Ash wrote, came on Friday. The contrast with Trump, said Doyle, would "
      "be clear.\n");
  CHECK(a.Find("One after another") == nullptr);
  CHECK(a.Find("Back in September") == nullptr);
  CHECK(a.Speaker(a.Get("The breaking point")) == "Ash");
  CHECK(a.Speaker(a.Get("The contrast with Trump")) == "Doyle");
}

TEST_CASE("reported speech: a word alone after the verb says nothing") {
  Annotated a(
      "Republicans react.\n\n"
      "Sen. Marco Rubio responded first, ripping into President Barack Obama. He is a politician who will say "
      "whatever makes sense at the moment he says it, from crop insurance to defense spending.\n");
  CHECK(a.Find("first") == nullptr);
  for (const Quote& q : a.doc.quotes) CHECK(a.doc.Text(q.content) != "it");
  // (Nor a name's word the recognizer cut off.)
  Annotated b(
      "Clinton leads.\n\nGeoff Garin, a Democratic pollster who advises the pro-Clinton super PAC Priorities USA "
      "Action, said his focus groups agreed.\n");
  CHECK(b.Find("Action") == nullptr);
}

TEST_CASE("reported speech: \"promising\" after another adjective and \"but\" is one; before \"to\" a verb") {
  Annotated a(
      "Sanders rallies.\n\n"
      "Syracuse showed an awkward but promising transition for Sanders. The senator attacked the bill and "
      "promising to cut taxes became his theme.\n");
  CHECK(a.Find("transition for Sanders") == nullptr);
}

TEST_CASE("reported speech: \"state\" before a noun is a noun in the speaker, not a verb") {
  Annotated a(
      "Measles outbreak grows.\n\n"
      "The number of measles cases in West Texas has risen to 146, state health officials said Tuesday. The rules "
      "state the vaccine is required, the department said.\n");
  CHECK(a.Speaker(a.Get("The number of measles cases")) == "state health officials");
  CHECK(a.Speaker(a.Get("The rules state")) == "the department");
}

}  // namespace

TEST_CASE("reported speech: a count after the verb is its object, and the clause before no report") {
  Annotated a(
      "Nuggets even series.\n\n"
      "DENVER (AP) — Terrance Olowe scored 34 points on 13-of-22 shooting, Nikola Vasić added 22 points, 14 "
      "rebounds and 11 assists, and the Nuggets won. Prices will fall, the minister said.\n");
  CHECK(a.Find("Terrance Olowe scored") == nullptr);  // was Vasić's
  CHECK(a.Speaker(a.Get("Prices will fall")) == "the minister");
}

TEST_CASE("reported speech: how much was said is no report of what") {
  Annotated a(
      "Justices weigh the case.\n\n"
      "Justice Helen Marchbanks said little during the first half of the argument. Clinton has said little about "
      "the plan. Adelson said much of his discussion with Trump was about Israel. The minister said nothing had "
      "changed.\n");
  CHECK(a.Find("little during the first half") == nullptr);
  CHECK(a.Find("little about the plan") == nullptr);
  CHECK(a.Speaker(a.Get("much of his discussion")) == "Adelson");
  CHECK(a.Speaker(a.Get("nothing had changed")) == "The minister");
}

}  // namespace attribution
}  // namespace annotator
