#include "attribution/transcripts.h"

#include <doctest/doctest.h>

#include "attribution/annotated_for_test.h"

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("transcripts: a Q&A's answers are the interviewee's, its questions nobody's") {
  Annotated a(
      "Q&A: Why are egg prices still so high?\n\n"
      "Egg prices have doubled in a year. We asked agricultural economist Dr. Maria Santos of Iowa State "
      "University to explain what is going on.\n\n"
      "Q: Why are eggs so expensive right now?\n\n"
      "A: The main reason is bird flu. When you lose that many laying hens, supply drops and prices go up.\n\n"
      "Q: When will prices come down?\n\n"
      "A: It depends on the spring migration season. If outbreaks slow, we could see relief by summer.\n\n"
      "This interview has been edited for length and clarity.\n");
  const Quote& first = a.Get("The main reason is bird flu");
  CHECK(first.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(first) == "Maria Santos");
  CHECK(a.doc.Text(first.content) ==
        "The main reason is bird flu. When you lose that many laying hens, supply drops and prices go up.");
  CHECK(a.Speaker(a.Get("It depends on the spring")) == "Maria Santos");
  CHECK(a.Find("Why are eggs so expensive") == nullptr);
  CHECK(a.Find("This interview") == nullptr);
}

TEST_CASE("transcripts: a broadcast transcript's turns are their labels' speakers") {
  Annotated a(
      "Transcript: the senator on the budget\n\nCNN's Wolf Blitzer spoke to the Senate leader, Chuck Schumer, on "
      "Sunday.\n\n"
      "BLITZER: Senator, thanks for joining us. Will the budget pass this week?\n\n"
      "SCHUMER: I think it will. We have the votes, and the American people want this done.\n\n"
      "BLITZER: What about the Republicans in the House?\n\n"
      "SCHUMER: They will come around. They always do.\n");
  const Quote& turn = a.Get("I think it will");
  CHECK(turn.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(turn) == "SCHUMER");
  CHECK(a.Speaker(a.Get("What about the Republicans")) == "BLITZER");
}

TEST_CASE("transcripts: a title's period in a label, a surname the recognizer took for a town, one-off speakers") {
  Annotated a(
      "Transcript: Senator Warren questions bank CEOs\n\n"
      "SEN. ELIZABETH WARREN: Mr. Dimon, how much did JPMorgan pay in fines last year?\n\n"
      "JAMIE DIMON: Senator, I don't have that number in front of me.\n\n"
      "WARREN: It was more than $1 billion. Doesn't that tell you something?\n\n"
      "DIMON: We take our obligations seriously, and we have invested heavily in compliance.\n\n"
      "BRIAN MOYNIHAN: We agree with Mr. Dimon.\n");
  CHECK(a.Speaker(a.Get("Mr. Dimon, how much")) == "SEN. ELIZABETH WARREN");
  CHECK(a.Speaker(a.Get("It was more than")) == "WARREN");
  CHECK(a.Speaker(a.Get("We take our")) == "DIMON");
  CHECK(a.Speaker(a.Get("We agree with")) == "BRIAN MOYNIHAN");
}

TEST_CASE("transcripts: a press briefing: a titled label whose name the recognizer missed, reporters' questions") {
  Annotated a(
      "Transcript: Press briefing on the hurricane response\n\n"
      "MODERATOR: Good afternoon. The governor will make a brief statement and then take questions.\n\n"
      "GOV. DESANTIS: Thank you. Our teams have restored power to 1.2 million customers since Thursday.\n\n"
      "REPORTER: Governor, when will the bridges to Sanibel reopen?\n\n"
      "GOV. DESANTIS: The causeway will reopen to residents on Monday.\n\n"
      "REPORTER: Is FEMA doing enough?\n\n"
      "GOV. DESANTIS: FEMA has been a good partner. Administrator Criswell called me this morning.\n");
  CHECK(a.Speaker(a.Get("Thank you. Our teams")) == "GOV. DESANTIS");
  CHECK(a.Speaker(a.Get("FEMA has been a good partner")) == "GOV. DESANTIS");
  CHECK(a.Find("Governor, when will") == nullptr);
}

TEST_CASE("transcripts: a parliament's record labels turns with an office or an honorific, initials and capitals") {
  Annotated a(
      "QUESTIONS TO THE MINISTER OF WATER AND SANITATION\n\n"
      "The MINISTER OF WATER AND SANITATION (Ms N P Mahlangu-Dlamini): Hon House Chairperson, I thank the hon "
      "member for the question.\n\n"
      "The HOUSE CHAIRPERSON (Mr Z Nkosi): Thank you, hon Minister. Hon Ndlovu, your question.\n\n"
      "Mr S M NDLOVU (ANC): Thank you, House Chair. Minister, communities in uMzinyathi rely on tankers.\n\n"
      "The MINISTER: I thank the hon member. Phase 2 of the scheme is 68% complete.\n\n"
      "The HOUSE CHAIRPERSON: Thank you, hon Minister. That concludes questions.\n");
  // (None of the turns was anyone's.)
  CHECK(a.EntityName(a.Get("Hon House Chairperson, I thank")) == "N P Mahlangu-Dlamini");
  CHECK(a.EntityName(a.Get("I thank the hon member. Phase 2")) == "N P Mahlangu-Dlamini");
  CHECK(a.EntityName(a.Get("Thank you, hon Minister. That concludes")) == "Z Nkosi");
  CHECK(a.Speaker(a.Get("Thank you, House Chair")) == "Mr S M NDLOVU (ANC)");
  CHECK(a.Find("QUESTIONS TO THE MINISTER") == nullptr);
}

TEST_CASE("transcripts: one person's label answering \"Q:\" questions is that person's") {
  Annotated a(
      "Chicago faces a budget gap. We spoke with Mayor Brandon Johnson about taxes.\n\n"
      "Q: The city council rejected your property tax increase last year. Why try again?\n\n"
      "Johnson: Because the alternative is cutting services that working people depend on.\n\n"
      "Q: What do you make of the president's threat to send the National Guard?\n\n"
      "Johnson: It's unconstitutional, and we will see him in court.\n");
  CHECK(a.Speaker(a.Get("Because the alternative")) == "Johnson");
  CHECK(a.Speaker(a.Get("It's unconstitutional")) == "Johnson");
  CHECK(a.Find("The city council rejected") == nullptr);  // the questions are the publication's
  // So does one answering the outlet's initials ("IB:" for Islands Business).
  Annotated b(
      "Dr Losana Taufa-Vaipulu took over the secretariat in January. Islands Business spoke to her in Honiara.\n\n"
      "IB: Are distant-water fleets complying with the rules?\n\n"
      "Taufa-Vaipulu: Most of the time, yes. Our observer coverage on purse seiners is one hundred per cent.\n\n"
      "IB: What would success look like at the end of your term?\n\n"
      "Taufa-Vaipulu: A cannery in every country that wants one, run by our own people.\n");
  CHECK(b.EntityName(b.Get("Most of the time")) == "Losana Taufa-Vaipulu");
  CHECK(b.EntityName(b.Get("A cannery in every")) == "Losana Taufa-Vaipulu");
  CHECK(b.Find("Are distant-water fleets") == nullptr);
}

TEST_CASE("transcripts: a host's turns are questions, and a turn is no headline") {
  Annotated a(
      "Transcript: Interview with Finance Minister on the budget\n\n"
      "HOST: Minister, thank you for joining us.\n\n"
      "MINISTER CHALMERS: Good to be with you.\n\n"
      "HOST: Economists say your budget will push up inflation. Are they wrong?\n\n"
      "MINISTER CHALMERS: I don't accept that. The Reserve Bank has said our budget takes pressure off inflation, "
      "not the other way around.\n\n"
      "HOST: The opposition says you've broken your promise on tax cuts.\n\n"
      "MINISTER CHALMERS: That's nonsense, frankly. Every taxpayer gets a tax cut.\n");
  CHECK(a.Speaker(a.Get("Good to be with you")) == "MINISTER CHALMERS");
  CHECK(a.Speaker(a.Get("That's nonsense")) == "MINISTER CHALMERS");
  CHECK(a.Find("Minister, thank you") == nullptr);
  CHECK(a.doc.Text(a.doc.title) == "Transcript: Interview with Finance Minister on the budget");
}

TEST_CASE("transcripts: a turn holds the speech it reports, whose \"he\" is someone else") {
  Annotated a(
      "'We are not going anywhere': Zelensky on talks, Trump and the winter ahead\n\n"
      "In an interview with the Guardian in Kyiv, Ukraine's president spoke about talks with Russia.\n\n"
      "Q: Are you ready to negotiate with Vladimir Putin?\n\n"
      "Zelensky: We are ready for a just peace. But Putin does not want peace.\n\n"
      "Q: What did President Trump tell you when you met in New York?\n\n"
      "Zelensky: He said he wants the war to end quickly. I believe him.\n");
  CHECK(a.Speaker(a.Get("He said he wants the war")) == "Zelensky");
  const Quote& reported = a.Get("he wants the war to end quickly");
  CHECK(reported.kind == QuoteKind::kIndirect);
  CHECK(a.EntityName(reported).empty());  // Trump, whom this sentence does not name
}

TEST_CASE("transcripts: no interviewee named alone, or a lone label, makes no turn") {
  // Two people in the introduction: whose answers these are is unknown.
  Annotated two(
      "John Smith and Mary Jones spoke to us about the plan.\n\n"
      "Q: Will it work?\n\nA: We think it will work well enough.\n\nQ: When?\n\nA: By the end of next year.\n");
  CHECK(two.Find("We think it will work") == nullptr);
  // A FAQ with no interviewee at all.
  Annotated faq(
      "Frequently asked questions\n\nQ: How do I reset my password?\n\nA: Use the link on the sign-in page.\n\n"
      "Q: Can I change my e-mail address?\n\nA: Yes, in your account settings.\n");
  CHECK(faq.Find("Use the link") == nullptr);
  // Fields of a list are no speakers, nor is an explainer's minister the
  // one who answers.
  Annotated fields(
      "Phones of the year\n\nPROS: Great battery life and a bright screen.\n\nCONS: The camera struggles at "
      "night.\n\nPROS: The lightest phone we tested.\n\nCONS: The battery barely lasts a day.\n");
  CHECK(fields.Find("Great battery life") == nullptr);
  Annotated explainer(
      "Home Secretary Yvette Cooper announced the visa changes on Monday.\n\nQ: Who is affected?\n\nA: "
      "International students starting courses after January are affected.\n\nQ: When?\n\nA: From the start of "
      "the next academic year.\n");
  CHECK(explainer.Find("International students starting") == nullptr);
  // One label alone is a dateline or a heading, not a transcript.
  Annotated one("Officials met on Monday.\n\nUPDATE: The meeting ended without a deal late on Monday.\n");
  CHECK(one.Find("The meeting ended") == nullptr);
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
