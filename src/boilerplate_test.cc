#include "boilerplate.h"

#include <doctest/doctest.h>

#include <string>

#include "annotator.h"
#include "sample_article_for_test.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

void Prepare(Document* doc, std::string_view text) {
  doc->text = text;
  Tokenize(text, &doc->tokens);
  Segment(doc);
  FindTitleAndBoilerplate(doc);
}

// The kind of the block holding the line that starts with `prefix` (its
// first occurrence), or "" when the line is story.
std::string KindAt(const Document& doc, std::string_view prefix) {
  const size_t at = doc.text.find(prefix);
  REQUIRE_MESSAGE(at != std::string_view::npos, prefix);
  for (const BoilerplateBlock& block : doc.boilerplate) {
    if (block.span.contains(static_cast<uint32_t>(at))) return block.kind;
  }
  return "";
}

// A news page as a reader gets it by selecting all and copying: menus, the
// headline, byline and photo, the story with an advert and a link inside,
// then share bar, newsletter box, a list of headlines, comments, the author's
// biography, a cookie notice and the footer. Written for these tests; the
// story's paragraphs include the openings that phrase lists used to mistake
// for clutter.
constexpr char kHarbourPage[] = R"(Skip to main content
Home
World
Politics
Business
Technology
Science
Sport
Opinion
Sign in
Subscribe
World
Harbour cities race to rebuild after record storm season
By Maria Okafor and Tomás Lindqvist
Updated 9:41 AM ET, Tue November 19, 2019
Cranes stand idle at the container terminal in Rotterdam after the storm.
Photo: Piet de Vries/Reuters
Share
Tweet
Email
Port authorities in three European cities said on Tuesday that they would spend a combined 4 billion euros over the next decade to raise quays, reinforce breakwaters and move electrical equipment above the reach of the sea, after a storm season that closed terminals for a total of 41 days.
The plans, announced at a joint news conference in Hamburg, mark the first time that the ports of Rotterdam, Antwerp and Hamburg have coordinated their spending on flood defences. Officials said the storms had exposed weaknesses that engineers had warned about for years.
“We can no longer treat these storms as exceptional events,” said Annelies Verbruggen, who chairs the Antwerp port authority. “They are the new normal, and our quays were built for a different century.”
Advertisement
Loading of container ships resumed on Monday at most berths, but shipping lines said delays would ripple through supply chains until well into the new year, with retailers warning of shortages of some imported goods before the holidays.
Related: Insurers count the cost of Europe's wettest autumn
Recommended by mediators last spring, the joint plan replaces three competing proposals that had stalled in national parliaments, and it will be financed partly by a levy on every container handled at the three ports.
Sponsored by the Labour Party and two smaller groups, a parallel bill in the Dutch parliament would oblige the national government to match every euro the ports spend on flood defences with a euro of its own.
Union leaders welcomed the plan but warned that dock workers, who bore the brunt of the closures, had lost wages during the shutdowns. Workers who want compensation from the emergency fund set up last month must sign up by Friday, the unions said in a statement.
“Nobody should have to choose between their safety and their pay,” said Joris Hendriks, a crane operator who has worked at the Rotterdam terminal for 22 years. “We kept the port running as long as it was safe.”
The port authorities said construction would begin next spring and that the most exposed berths would be finished by 2023.
Share this article
Facebook
Twitter
LinkedIn
Sign up for our daily briefing
Get the day's top stories delivered to your inbox every morning.
Enter your email address
Subscribe
Most read
Insurers count the cost of Europe's wettest autumn
Why the price of coffee is about to rise again
Five things to know about the new climate report
The town that moved its harbour inland
Comments
Join the discussion
12 Comments
Maria Okafor is a correspondent covering trade and shipping from Amsterdam. She previously reported from Lagos and Johannesburg.
We use cookies to improve your experience on our site. By continuing to use this site you agree to our use of cookies.
Accept
About us
Contact us
Privacy policy
Terms of use
© 2019 Harbour News Ltd. All rights reserved.
)";

// The story's paragraphs of kHarbourPage, by their first words.
constexpr const char* kHarbourStory[] = {
    "Port authorities in three",  "The plans, announced",     "“We can no longer",
    "Loading of container ships", "Recommended by mediators", "Sponsored by the Labour",
    "Union leaders welcomed",     "“Nobody should have",      "The port authorities said",
};

struct HarbourPage {
  Document doc;
  HarbourPage() { Prepare(&doc, kHarbourPage); }
};

TEST_CASE_FIXTURE(HarbourPage, "page: the headline below the menus and the section name") {
  CHECK(doc.Text(doc.title) == "Harbour cities race to rebuild after record storm season");
  CHECK(KindAt(doc, "Harbour cities race") == "");
}

TEST_CASE_FIXTURE(HarbourPage, "page: every paragraph of the story stays story") {
  for (const char* paragraph : kHarbourStory) CHECK_MESSAGE(KindAt(doc, paragraph) == "", paragraph);
}

TEST_CASE_FIXTURE(HarbourPage, "page: navigation") {
  CHECK(KindAt(doc, "Skip to main content") == "navigation");
  CHECK(KindAt(doc, "Politics") == "navigation");
  CHECK(KindAt(doc, "Sign in") == "navigation");
}

TEST_CASE_FIXTURE(HarbourPage, "page: byline") { CHECK(KindAt(doc, "By Maria Okafor") == "byline"); }

TEST_CASE_FIXTURE(HarbourPage, "page: dateline") { CHECK(KindAt(doc, "Updated 9:41 AM") == "dateline"); }

TEST_CASE_FIXTURE(HarbourPage, "page: caption and credit") {
  CHECK(KindAt(doc, "Cranes stand idle") == "caption");
  CHECK(KindAt(doc, "Photo: Piet de Vries") == "credit");
}

TEST_CASE_FIXTURE(HarbourPage, "page: share bars") {
  CHECK(KindAt(doc, "Share\nTweet") == "share");
  CHECK(KindAt(doc, "Share this article") == "share");
  CHECK(KindAt(doc, "LinkedIn") == "share");
}

TEST_CASE_FIXTURE(HarbourPage, "page: an advert inside the story") { CHECK(KindAt(doc, "Advertisement") == "advert"); }

TEST_CASE_FIXTURE(HarbourPage, "page: related links inside the story and after it") {
  CHECK(KindAt(doc, "Related: Insurers") == "related");
  CHECK(KindAt(doc, "Most read") == "related");
  CHECK(KindAt(doc, "Why the price of coffee") == "related");
  CHECK(KindAt(doc, "The town that moved") == "related");
}

TEST_CASE_FIXTURE(HarbourPage, "page: newsletter box") {
  CHECK(KindAt(doc, "Sign up for our daily briefing") == "newsletter");
  CHECK(KindAt(doc, "Get the day's top stories") == "newsletter");
  CHECK(KindAt(doc, "Enter your email address") == "newsletter");
}

TEST_CASE_FIXTURE(HarbourPage, "page: comments") {
  CHECK(KindAt(doc, "Join the discussion") == "comments");
  CHECK(KindAt(doc, "12 Comments") == "comments");
}

TEST_CASE_FIXTURE(HarbourPage, "page: the author's biography") {
  CHECK(KindAt(doc, "Maria Okafor is a correspondent") == "bio");
}

TEST_CASE_FIXTURE(HarbourPage, "page: cookie notice") {
  CHECK(KindAt(doc, "We use cookies") == "cookie");
  CHECK(KindAt(doc, "Accept") == "cookie");
}

TEST_CASE_FIXTURE(HarbourPage, "page: footer") {
  CHECK(KindAt(doc, "Contact us") == "footer");
  CHECK(KindAt(doc, "Terms of use") == "footer");
  CHECK(KindAt(doc, "© 2019 Harbour News") == "footer");
}

// A short market story with its headline, for what follows it.
constexpr char kBitcoinStory[] =
    "Bitcoin slips as traders weigh new rules\n\n"
    "Bitcoin fell 4 percent on Wednesday after regulators in two countries proposed tighter rules for "
    "exchanges, extending a slide that began last week when a large trading platform halted withdrawals.\n\n"
    "Analysts said the proposals would raise costs for smaller exchanges, which may have to merge or close, "
    "but could draw cautious institutional investors who have stayed away from the market.\n\n";

TEST_CASE("page: a disclaimer after the story") {
  const std::string text =
      std::string(kBitcoinStory) +
      "“Clear rules are what the big money has been waiting for,” said Lena Park, an analyst at a research "
      "firm in Seoul.\n\n"
      "Disclaimer: The information provided is not trading advice. Do your own research before investing.\n\n"
      "Share this article\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Bitcoin slips as traders weigh new rules");
  CHECK(KindAt(doc, "Disclaimer:") == "disclaimer");
  CHECK(KindAt(doc, "Analysts said the proposals") == "");
  CHECK(KindAt(doc, "“Clear rules") == "");
}

TEST_CASE("page: a long paragraph of the story that opens with a label stays story") {
  // A paragraph, not a label: the model weighs its "Disclaimer:" as evidence
  // only, and a sentence this long in the story's run is story to it.
  const std::string disclaimer =
      "Disclaimer: the author holds no bitcoin, and the research firm she quotes advises two of the exchanges "
      "that would be hit hardest by the proposed rules, it said in a statement.";
  const std::string text =
      std::string(kBitcoinStory) + disclaimer + "\n\n" +
      "Trading volumes on the largest platforms fell by a third over the week, according to data from a "
      "market research firm, as traders waited for the regulators' final texts.\n\n"
      "Share this article\nFacebook\nTwitter\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(KindAt(doc, disclaimer) == "");
  CHECK(KindAt(doc, "Trading volumes") == "");
  CHECK(KindAt(doc, "Share this article") == "share");
}

TEST_CASE("page: a fact box right after the story stays story, the share bar under it is clutter") {
  // Short lines with no clutter heading between them and the story's last
  // paragraph: the model's verdict alone does not make them clutter.
  const std::string text =
      std::string(kBitcoinStory) +
      "The regulators will hear comments until the end of next month before they publish final rules.\n\n"
      "Hearing\nCity Hall, Room 4\nMonday to Friday\n9 am to 5 pm\n02-751-1500\n"
      "Share this article\nFacebook\nTwitter\nEmail\n";
  Document doc;
  Prepare(&doc, text);
  for (const char* line : {"Hearing", "City Hall, Room 4", "Monday to Friday", "9 am to 5 pm", "02-751-1500"}) {
    CHECK_MESSAGE(KindAt(doc, line) == "", line);
  }
  CHECK(KindAt(doc, "Share this article") == "share");
  CHECK(KindAt(doc, "Twitter") == "share");
}

TEST_CASE("page: a long article with a footer keeps every paragraph") {
  // Thirty paragraphs of every length, a subheading, a one-line quotation
  // and a list, then the site's footer.
  std::string text = "Council approves new budget after marathon session\n\n";
  std::vector<std::string> paragraphs;
  for (int i = 1; i <= 30; ++i) {
    std::string paragraph;
    if (i == 10) {
      paragraph = "What the budget pays for";
    } else if (i == 15) {
      paragraph = "“It was a long night,” the mayor said.";
    } else if (i == 20) {
      paragraph = "The main items are:";
    } else if (i > 20 && i <= 23) {
      paragraph =
          "Item " + std::to_string(i - 20) + ": " + std::to_string(i * 3) + " million for schools, roads and parks";
    } else {
      paragraph = "In part " + std::to_string(i) + " of the debate, council members argued over how the city should";
      for (int k = 0; k < i % 4; ++k)
        paragraph += " spend its reserves, raise fees and keep libraries open on weekends";
      paragraph += ", and the vote was delayed again.";
    }
    paragraphs.push_back(paragraph);
    text += paragraph + "\n\n";
  }
  text += "About us\nContact us\nAdvertise\nPrivacy policy\nTerms of use\n© 2024 City Times. All rights reserved.\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Council approves new budget after marathon session");
  for (const std::string& paragraph : paragraphs) CHECK_MESSAGE(KindAt(doc, paragraph) == "", paragraph);
  CHECK(KindAt(doc, "About us") == "footer");
  CHECK(KindAt(doc, "Privacy policy") == "footer");
  CHECK(KindAt(doc, "© 2024 City Times") == "footer");
}

TEST_CASE("page: the headline, not the breadcrumb line it is glued to") {
  // A copied title bar holds the breadcrumb and the headline on one line;
  // the headline's own line below it is the title.
  const std::string text =
      "Products\nSolutions\nCareers\nContact\n"
      "Home News Business News Harbour Systems opens a service centre in Rotterdam for port operators\n"
      "Harbour Systems opens a service centre in Rotterdam for port operators\n"
      "October 12, 2017\n"
      "Harbour Systems said on Thursday that it had opened a service centre in Rotterdam, its first in the "
      "Netherlands, to support the port operators that use its crane control software.\n"
      "The centre will employ forty engineers by the end of next year, the company said, and will train "
      "operators from across northern Europe.\n"
      "“Our customers asked for help closer to the quay,” said Anna Berg, the company's chief executive.\n"
      "Share\nPrint This Article\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Harbour Systems opens a service centre in Rotterdam for port operators");
  CHECK(KindAt(doc, "Print This Article") == "share");
}

TEST_CASE("page: the headline over its deck, not the deck") {
  // The deck, longer and nearer the byline, scored above the headline.
  const std::string text =
      "UAE | Gulf | World | Business | Sport | Entertainment | Guides | Opinion | Podcasts\n"
      "Property\n\n"
      "Dubai tenants feel the squeeze as renewals jump up to 20% in popular communities\n\n"
      "Experts say the smart rental index has cooled some increases, but families in Al Barsha and JVC are "
      "still looking further afield\n\n"
      "Published: February 24, 2026 | Last updated: February 24, 2026 18:32\n"
      "By Sana Qureshi, Senior Reporter\n"
      "Share | Save\n\n"
      "Dubai: Residents in some of Dubai's most sought-after mid-market communities are facing rent increases of "
      "15 to 20 per cent at renewal, even after the introduction of the new smart rental index, according to data "
      "from property consultancy Cavendish Maxwell.\n\n"
      "Rohan D'Souza, an Indian accountant who has lived in a two-bedroom flat in Al Barsha for six years, said his "
      "landlord asked for Dh102,000 this year, up from Dh85,000.\n\n"
      "\"We checked the index and the increase is technically allowed, because our rent was below the average for "
      "the area,\" he said. \"But my salary did not go up by 20 per cent.\"\n\n"
      "Maricel Dela Cruz, a Filipina nurse working in Deira, said she and two colleagues had moved from a shared "
      "flat in Al Nahda to Al Qusais in January.\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Dubai tenants feel the squeeze as renewals jump up to 20% in popular communities");
}

TEST_CASE("page: the headline under a cookie notice that opens the story's run") {
  // The notice began the story, and the page had no headline.
  const std::string text =
      "Tech | Reviews | How To | Deals | Podcasts | Newsletters\n"
      "We use cookies to personalize content and ads and to analyze our traffic. By continuing to use this site, you "
      "agree to our use of cookies. [Accept] [Manage settings]\n\n"
      "Halvorsen unveils Tern X2 laptop chip, claims 40% longer battery life than rivals\n\n"
      "The Norwegian-American chipmaker's second-generation Arm-based processor will ship in thin-and-light laptops "
      "from three major PC makers this spring.\n\n"
      "By Jordan Ellis | Jan 6, 2026 9:00 a.m. PT\nShare | Save | Comment\n\n"
      "LAS VEGAS \u2014 Halvorsen Semiconductor on Tuesday unveiled the Tern X2, a 12-core laptop processor that it "
      "says delivers up to 40% more battery life than competing chips while running AI workloads locally.\n\n"
      "Speaking at a packed keynote at CES, chief executive Ingrid Halvorsen said the company had rebuilt its neural "
      "processing unit, called NeuralCore 3, from the ground up.\n\n"
      "The Tern X2 is manufactured on TSMC's 3-nanometer process and comes in two versions, the standard Tern X2 and "
      "the Tern X2 Pro, which adds four extra graphics cores.\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Halvorsen unveils Tern X2 laptop chip, claims 40% longer battery life than rivals");
}

TEST_CASE("page: a caption with its picture's credit is no title") {
  // The caption under the byline outscored the headline at the top.
  const std::string text =
      "Inverclyde council tax to rise 9.5% as \u00a314.6m gap forces library closures\n\nNews \u203a Politics \u203a "
      "Local Government"
      "\n\nBy Kirsty MacAulay\nLocal Government Correspondent\n20 Feb 2025 | 5:58pm\n\nShare\n\nCouncil leader Cllr "
      "Morag Ferguson outside the Municipal Buildings in Greenock (Image: Newsquest)"
      "\n\nCOUNCIL tax in Inverclyde will rise by 9.5 per cent from April after councillors approved a budget that "
      "closes three libraries and cuts \u00a32.1 million from the area\u2019s leisure trust."
      "\n\nThe SNP minority administration\u2019s spending plan was passed by 11 votes to 8 at a heated meeting in "
      "Greenock on Thursday, with the council\u2019s three Conservative members abstaining."
      "\n\nBand D bills will increase by \u00a3137 to \u00a31,579 a year. Officers had warned that the authority faced "
      "a shortfall of \u00a314.6m in 2025/26, rising to almost \u00a330m over three years."
      "\n\nCllr Morag Ferguson, the council leader, said the administration had been left with \u201cno good choices, "
      "only less bad ones\u201d."
      "\n\n\u201cNobody stood for election to close a library,\u201d she told the chamber. \u201cBut I will not stand "
      "here and pretend to the people of Inverclyde that the money exists when it does not."
      "\n\n\u201cWe have protected frontline education, we have protected care at home, and we have protected the "
      "roads budget that every one of you asked me to protect.\u201d"
      "\n\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Inverclyde council tax to rise 9.5% as \u00a314.6m gap forces library closures");
}

TEST_CASE("page: a sentence of the story that opens with a clutter phrase stays story") {
  const std::string text =
      "Menu\nSearch\nHow the council spent its reserves\nBy Jane Doe\n"
      "Wondering where the city's rainy-day fund went in a year when the river flooded twice and the bridge closed?\n"
      "Then keep reading. Below is how the council spent every dollar of it, line by line, from sandbags and pumps "
      "to the overtime of the crews who worked through both floods.\n"
      "Click here to read the first part of the series before you go on with this one.\n"
      "This is the second article in a series about how the city pays for the damage the river does.\n"
      "Share\nTweet\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "How the council spent its reserves");
  CHECK(KindAt(doc, "Then keep reading.") == "");
  CHECK(KindAt(doc, "This is the second article") == "");
}

TEST_CASE("page: a live page's notice to turn on JavaScript is no headline") {
  const std::string text =
      "SOUTHERN DAILY ECHO LIVE\n"
      "News   Sport   What's On   Business   Politics   Weather   Traffic & Travel   Live\n"
      "LIVE\n"
      "Unexploded WW2 bomb in Southampton: 1,400 homes evacuated as Navy prepares to move device \xE2\x80\x93"
      " latest updates\n"
      "Updated 3 minutes ago\n"
      "By Ellie Tremayne-Ward and Sam Okafor\n"
      "Share   Facebook   X   WhatsApp   Email\n"
      "Key events\n"
      "Show key events only\n"
      "Please turn on JavaScript to see live updates\n"
      "Police cordon on Millbrook Road West on Thursday morning. Picture: Echo Photographer\n"
      "Advertisement\n"
      "\n"
      "08:12 \xE2\x80\x93"
      " Good morning and welcome to our live coverage. Hundreds of homes around Millbrook Road West in Southampton are "
      "being evacuated after workers on a building site uncovered what is believed to be an unexploded Second World "
      "War bomb yesterday afternoon.\n"
      "\n"
      "08:25 \xE2\x80\x93"
      " Hampshire and Isle of Wight Constabulary has issued a statement. It reads in full:\n"
      "\n"
      "\xE2\x80\x9C"
      "At around 4.40pm on Wednesday, 13 March, we were called to a construction site on Millbrook Road West following "
      "the discovery of a suspected unexploded ordnance. A 400-metre cordon is now in place and residents within this "
      "area are being asked to leave their homes.\n"
      "\n"
      "\xE2\x80\x9C"
      "We understand this is very disruptive and we thank residents for their patience. Please do not attempt to "
      "return to the cordon until advised that it is safe to do so.\xE2\x80\x9D"
      "\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title).find("Unexploded WW2 bomb in Southampton") == 0);
}

TEST_CASE("page: a live page's headline stands above its key points and time stamps, not under one") {
  const std::string text =
      "Live: Storm Darragh brings 90mph winds to UK\n\n"
      "Key points\n- Red weather warning for wind in parts of Wales and south-west England\n"
      "- Tens of thousands of homes without power\n- Train services cancelled across much of Wales\n\n"
      "09:42 GMT\nMet Office: \"Danger to life\" from flying debris\n\n"
      "The Met Office says the red warning, which runs until 11:00, means there is a danger to life from flying "
      "debris and falling trees.\n\n"
      "Chief meteorologist Paul Gundersen said gusts of 90mph had been recorded at Capel Curig in Snowdonia "
      "overnight.\n\n"
      "09:15 GMT\nNational Grid: 86,000 homes without power\n\n"
      "National Grid says about 86,000 properties in Wales and the West Country are without power.\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Live: Storm Darragh brings 90mph winds to UK");
  // So when the time stamp opens its entry's heading ("23:15 — Exit poll …"
  // was the title).
  const std::string election =
      "Live: Election night in the UK\n\n"
      "23:15 \xE2\x80\x94 Exit poll points to Labour landslide\n"
      "The exit poll published by the BBC, ITV and Sky suggests Labour will win 410 seats, with the "
      "Conservatives on 131.\n\n"
      "23:40 \xE2\x80\x94 Sunak concedes? Not yet\n"
      "A Conservative source told us the party was \"braced for a very bad night\". Rishi Sunak has not yet "
      "spoken publicly.\n\n"
      "00:05 \xE2\x80\x94 First result declared\n"
      "Houghton and Sunderland South has been held by Labour's Bridget Phillipson. \"Tonight, the people have "
      "voted for change,\" she said in her victory speech.\n";
  Document live;
  Prepare(&live, election);
  CHECK(live.Text(live.title) == "Live: Election night in the UK");
}

TEST_CASE("page: steps of a how-to list that open with a clutter phrase stay story") {
  const std::string text =
      "Menu\nDeals\nReviews\nHow to get the streaming bundle for less\nBy Jane Doe\n"
      "The new streaming service is live, and the cheapest way to watch it with the two older services is the "
      "bundle that the company sells for thirteen dollars a month, less than the three cost apart.\n"
      "If you already pay for one of the older services, you do not have to start again: the bundle replaces "
      "your plan, and your watch history and profiles move with it, the company said.\n"
      "Here is how to switch:\n"
      "Sign up for the streaming bundle using the same email as your music account\n"
      "If you already have an account, visit your account page to change your plan\n"
      "Sign up for the ad-free plan only if you do not mind paying six dollars more a month\n"
      "The company said the bundle would cost more from next year, when two new channels join it, but that "
      "subscribers who switch this month keep the old price for a year.\n"
      "Share\nTweet\nSign up for our newsletter\nMost read\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "How to get the streaming bundle for less");
  CHECK(KindAt(doc, "Sign up for the streaming bundle") == "");
  CHECK(KindAt(doc, "If you already have an account") == "");
  CHECK(KindAt(doc, "Sign up for the ad-free plan") == "");
  CHECK(KindAt(doc, "The company said the bundle") == "");
  CHECK(KindAt(doc, "Sign up for our newsletter") == "newsletter");
}

TEST_CASE("page: after the story, a line that names clutter is clutter") {
  const std::string text = std::string(kBitcoinStory) +
                           "Example Academy: Coming soon - a new way to learn about markets in 2025. Learn more\n\n"
                           "Most read\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(KindAt(doc, "Example Academy") == "advert");
  CHECK(KindAt(doc, "Analysts said") == "");
}

TEST_CASE("page: teasers cut short under the story are not its body") {
  std::string text = "Home\nBlog\nPuzzles\nA new set of crosswords\nOctober 5, 2018\nPosted by Jane Doe\n";
  text +=
      "The October set adds forty crosswords, a new kind of clue for beginners and larger grids for tablets, "
      "and it fixes the misprints that solvers reported in September.\n";
  text += "Subscribers will find the set in their app when they next open it, the editors said.\n";
  text += "Facebook\nTwitter\nFrom the editors\n";
  for (int i = 0; i < 5; ++i) {
    text +=
        "Letter " + std::to_string(i) +
        "\nReaders often write to ask why a clue about harbours took the setters a month to write, and we answer […]\n";
  }
  text += "About\nContact\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "A new set of crosswords");
  CHECK(KindAt(doc, "The October set") == "");
  CHECK(KindAt(doc, "Subscribers will find") == "");
  CHECK(KindAt(doc, "Readers often write") != "");
}

TEST_CASE("the sample article's title and boilerplate") {
  const std::string text = ReadSampleArticle();
  if (text.empty()) return;
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "China commits to ‘self-reliance’ in AI to challenge U.S. tech dominance");
  CHECK(KindAt(doc, "COMING SOON") == "advert");
  CHECK(KindAt(doc, "Intel CEO charts") == "related");
  CHECK(KindAt(doc, "TikTok parent company") == "related");
  CHECK(KindAt(doc, "Cryptopolitan Academy") == "advert");
  CHECK(KindAt(doc, "Share link:") == "share");
  CHECK(KindAt(doc, "Disclaimer.") == "disclaimer");
  CHECK(KindAt(doc, "Markets move fast.") != "");
  CHECK(KindAt(doc, "Subscribe to CryptoPolitan") != "");
  // The story itself is not boilerplate.
  CHECK(KindAt(doc, "China’s President Xi Jinping has called") == "");
  CHECK(KindAt(doc, "Around the world, there is growing concern") == "");
  CHECK(KindAt(doc, "China aims to establish a resilient") == "");
  CHECK(KindAt(doc, "Xi urges China to close AI gaps") == "");
}

TEST_CASE("a plain article: its first line is the headline, nothing is clutter") {
  const std::string text =
      "Publishers bet on email\n\nThe company said subscribers to its newsletter doubled last year, "
      "as readers sign up for daily briefings rather than visit the site. Executives expect the trend "
      "to continue as advertising revenue falls and more outlets look for direct relationships.";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Publishers bet on email");
  CHECK(doc.boilerplate.empty());
}

TEST_CASE("a text that opens with its story has no headline") {
  const std::string text =
      "The company said subscribers to its newsletter doubled last year, as readers sign up for daily "
      "briefings rather than visit the site.\n\nWhy readers stay\n\nExecutives expect the trend to continue "
      "as advertising revenue falls and more outlets look for direct relationships with their readers.";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.title.empty());
  CHECK(doc.boilerplate.empty());
}

TEST_CASE("hard-wrapped prose keeps its paragraphs whole") {
  const std::string text =
      "Mill reopens after two years\n\n"
      "The paper mill on the river, closed since the flood of 2022, reopened on\n"
      "Monday with a smaller workforce and new machines, its owners said, adding\n"
      "that they hoped to hire another forty people by the end of the year.\n\n"
      "Workers queued at the gates before dawn, and some said they had driven\n"
      "for hours to be there when the first shift began at six in the morning.\n\n"
      "The town council, which lent the owners part of the money for the new\n"
      "machines, said the reopening would bring back the suppliers and the\n"
      "lorry firms that left when the mill closed.\n";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Mill reopens after two years");
  CHECK(doc.boilerplate.empty());
}

TEST_CASE("quotations and mentions inside boilerplate are flagged, the story's are not") {
  const std::string text =
      "Ports agree flood plan\n\n"
      "Port authorities in three cities said on Tuesday that they would spend 4 billion euros on flood "
      "defences over the next decade, after a storm season that closed terminals for 41 days.\n\n"
      "“We can no longer treat these storms as exceptional events,” said Annelies Verbruggen, who chairs "
      "the Antwerp port authority.\n\n"
      "See also: “We will not back down,” says minister as Rotterdam strike spreads\n\n"
      "Construction will begin next spring, the authorities said, and the work will take three years.\n";
  Document doc;
  REQUIRE(Annotate(text, &doc).ok());
  CHECK(KindAt(doc, "See also:") == "related");
  bool story_quote = false, linked_quote = false;
  for (const Quote& quote : doc.quotes) {
    const std::string_view quoted = doc.Text(quote.span);
    if (quoted.find("We can no longer") != quoted.npos) {
      story_quote = true;
      CHECK_FALSE(quote.boilerplate);
    }
    if (quoted.find("We will not back down") != quoted.npos) {
      linked_quote = true;
      CHECK(quote.boilerplate);
    }
  }
  CHECK(story_quote);
  CHECK(linked_quote);
  for (const Mention& mention : doc.mentions) {
    const std::string_view name = doc.Text(mention.span);
    if (name == "Annelies Verbruggen") CHECK_FALSE(mention.boilerplate);
    if (name == "Rotterdam") CHECK(mention.boilerplate);
  }
}

TEST_CASE("a story paragraph that asks readers to sign up does not end the story") {
  Document doc;
  REQUIRE(Annotate(kHarbourPage, &doc).ok());
  // The two paragraphs after "…must sign up by Friday…", with their quotation.
  CHECK(KindAt(doc, "“Nobody should have") == "");
  CHECK(KindAt(doc, "The port authorities said") == "");
  bool found = false;
  for (const Quote& quote : doc.quotes) {
    if (doc.Text(quote.span).find("Nobody should have") == std::string_view::npos) continue;
    found = true;
    CHECK_FALSE(quote.boilerplate);
  }
  CHECK(found);
}

}  // namespace
}  // namespace annotator
