#include "attribution/coreference.h"

#include <doctest/doctest.h>

#include "attribution/annotated_for_test.h"

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("coreference: she and he never cross gender") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Sarah Kovner met Anthony Weiner in New York. She said the campaign had been difficult. "
      "He said that he would not run again.\n");
  CHECK(a.EntityName(a.Get("the campaign had been")) == "Sarah Kovner");
  CHECK(a.EntityName(a.Get("he would not run")) == "Anthony Weiner");
}

TEST_CASE("coreference: \"the court\" and \"the council\" are the latest body whose name holds the word") {
  Annotated a(
      "Thailand's Constitutional Court dismissed the prime minister on Wednesday. The court said he had breached "
      "ethical standards.\n\nBirmingham City Council approved the budget. The council said libraries would close.\n");
  CHECK(a.EntityName(a.Get("he had breached")) == "Constitutional Court");
  CHECK(a.EntityName(a.Get("libraries would close")) == "Birmingham City Council");
}

TEST_CASE("coreference: one who speaks for a named person is someone new; a description is its nearest owner's") {
  Annotated a(
      "Downing Street responded on Monday.\n\n"
      "Mr. Sunak's spokesman said the prime minister had full confidence in the home secretary. Asked whether Ms. "
      "Braverman would be sacked, he said: \"The prime minister has been clear.\"\n\n"
      "Kenya's President William Ruto's office said in a statement that he would travel to Washington next week.\n");
  CHECK(a.Get("The prime minister has been clear").speaker_entity < 0);
  CHECK(a.EntityName(a.Get("he would travel to Washington")) == "William Ruto");
  // A place's person is someone unnamed, no place; a company's speaks for it.
  Annotated p(
      "Talks resumed.\n\nAustria's interior minister said the house would be turned into a police station. "
      "Huawei's spokesman said the company would appeal.\n");
  CHECK(p.Get("the house would be turned").speaker_entity < 0);  // was Austria
  CHECK(p.EntityName(p.Get("the company would appeal")) == "Huawei");
}

TEST_CASE("coreference: a name before a role noun only says whom the later name works for") {
  Annotated a(
      "Taps ran dry in Soweto.\n\n"
      "Rand Water spokesperson Thabiso Mokoena told News24 that repairs were completed on Monday night. "
      "\"The system needs time to recover,\" he said.\n");
  CHECK(a.EntityName(a.Get("The system needs time")) == "Thabiso Mokoena");
  // With the role's own words before it ("he" went to the party, tagged a person).
  Annotated b(
      "Quebec signs a hydro deal.\n\n"
      "Parti Québécois energy critic Sylvain Ouellet-Gagnon said the government had produced a press release. "
      "\"Quebecers have seen C$4-billion projects turn into C$9-billion projects,\" he said.\n");
  CHECK(b.EntityName(b.Get("Quebecers have seen")) == "Sylvain Ouellet-Gagnon");
}

TEST_CASE("coreference: a driver introduced after the woman named is whom \"he\" refers to, no one named") {
  Annotated a(
      "Night buses are failing.\n\n"
      "\"And if I don't get home, who's looking after Mr Patel?\" Bernadette told me.\n\n"
      "A driver on the 1 route asked me not to use his name because he was not allowed to speak to the press. "
      "\"We haven't got the drivers,\" he said.\n");
  CHECK(a.Get("We haven't got the drivers").speaker_entity < 0);
  // Also after "Another".
  Annotated b(
      "Police raided a yard.\n\n"
      "DSP Owen Blackwood said the guns were found in bushes. Another resident, a cookshop operator, said she lost "
      "her nephew in May. \"Mi glad fi see police,\" she said.\n");
  CHECK(b.Get("Mi glad fi see police").speaker_entity < 0);
}

TEST_CASE("coreference: a role in lower case before the name that opens the sentence heads its subject") {
  Annotated a(
      "The court ruled on Thursday.\n\n"
      "On the court's steps, defense lawyer Anthony R. DeLuca told reporters that his client, Marcus Carver, had "
      "spent four years in prison. \"We're grateful,\" he said.\n");
  CHECK(a.EntityName(a.Get("We're grateful")) == "Anthony R. DeLuca");
}

TEST_CASE("coreference: \"it\" is the organisation named in apposition to the subject before") {
  Annotated a(
      "Aid deliveries fell in October.\n\n"
      "Israel's military body that coordinates aid, COGAT, disputed the figures. It said in a statement that more "
      "than 1,000 trucks were waiting.\n\n"
      "Meta, which owns Facebook, Instagram, and WhatsApp, fell. It said the market was weak.\n");
  CHECK(a.EntityName(a.Get("more than 1,000")) == "COGAT");
  CHECK(a.EntityName(a.Get("the market was weak")) == "Meta");
}

TEST_CASE("coreference: a kind of company after the words it reports is the organisation opening the sentence") {
  Annotated a(
      "Intel to cut 15% of workforce as turnaround falters\n\n"
      "Intel will cut more than 15,000 jobs, or about 15% of its workforce, as part of a $10 billion "
      "cost-reduction plan, the chipmaker said on Thursday, after reporting a surprise quarterly loss.\n\n"
      "Intel has struggled to keep pace with rivals such as Nvidia and AMD in the market for AI chips. Intel's "
      "board has discussed selling its stake in Mobileye.\n\n"
      "VW has used chrome-like paint and more AppleSkin. The automaker says it will do that with all models.\n");
  CHECK(a.EntityName(a.Get("Intel will cut")) == "Intel");
  CHECK(a.EntityName(a.Get("it will do that")) != "AppleSkin");
}

TEST_CASE("coreference: an honorific gives the gender when the first name does not") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Mrs. Kim Chen and Mr. Ali Haddad met on Monday. She told reporters that the deal was close.\n");
  CHECK(a.EntityName(a.Get("the deal was close")).find("Chen") != std::string::npos);
}

TEST_CASE("coreference: a pronoun goes on with the subject, not the person after the verb") {
  // Neither first name tells a gender: the subject opening the sentence speaks.
  Annotated a(
      "Badenoch attacks Starmer.\n\n"
      "Conservative leader Kemi Badenoch accused Prime Minister Keir Starmer of breaking his promises on Wednesday. "
      "\"He said he would not raise taxes on working people,\" she said.\n");
  CHECK(a.EntityName(a.Get("He said he would not")) == "Kemi Badenoch");
  // A known gender that only the later person has still decides.
  Annotated b(
      "Officials met in Washington on Monday.\n\n"
      "Ali Haddad thanked Mrs. Kim Chen for her work. She said the deal was close.\n");
  CHECK(b.EntityName(b.Get("the deal was close")).find("Chen") != std::string::npos);
  // Not where the subject speaks of the later person: what was said is about them.
  Annotated c(
      "Putin warns West.\n\nMOSCOW — President Vladimir Putin warned on Thursday that Russia could strike.\n\n"
      "Ukrainian President Volodymyr Zelenskyy said the attack showed that Putin was afraid. \"Our neighbor is "
      "scared,\" he wrote on Telegram.\n");
  CHECK(c.EntityName(c.Get("Our neighbor")) == "Volodymyr Zelenskyy");
}

TEST_CASE("coreference: a title after \"the\" is the one person named with that title") {
  Annotated a(
      "Tinubu swears in ministers.\n\n"
      "President Bola Tinubu on Monday swore in seven new ministers. Speaking at the ceremony, the President said "
      "the country was on the path to recovery.\n\n"
      "Prime Minister Keir Starmer met Chancellor Rachel Reeves. The prime minister said growth was the priority.\n");
  CHECK(a.EntityName(a.Get("the country was on the path")) == "Bola Tinubu");
  CHECK(a.EntityName(a.Get("growth was the priority")) == "Keir Starmer");
  // Two persons with the title: which one spoke is unsaid.
  Annotated b(
      "Summit.\n\nPresident Joe Biden met President Xi Jinping in Woodside. The president said the talks went "
      "well.\n");
  CHECK(b.Get("the talks went well").speaker_entity == -1);
}

TEST_CASE("coreference: a pronoun with no person of its gender stays unresolved") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Donald Trump spoke first. She said that the debate had been unfair.\n");
  const Quote& q = a.Get("the debate had been");
  CHECK(a.Speaker(q) == "She");
  CHECK(q.speaker_kind == SpeakerKind::kPronoun);
  CHECK(q.speaker_entity == -1);
}

TEST_CASE("coreference: the ministry or the agency is only an organisation named so (an agency: or an acronym)") {
  Annotated a(
      "Officials met in Brasilia on Monday.\n\n"
      "Petrobras would invest in the Amazon region. In Gaza, the Hamas-run health ministry said more than 18,000 "
      "people had been killed. NASA launched a probe. The agency said the mission was on track. The Health "
      "Ministry issued a warning. The ministry said hospitals were full.\n");
  CHECK(a.EntityName(a.Get("more than 18,000")) == "");
  CHECK(a.EntityName(a.Get("the mission was on track")) == "NASA");
  CHECK(a.EntityName(a.Get("hospitals were full")) == "Health Ministry");
  // An acronym whose entity is named in full still is one ("the agency" was
  // the dateline's AP).
  Annotated b(
      "DETROIT (AP) — Tesla is recalling 2 million vehicles, the National Highway Traffic Safety Administration "
      "said Wednesday.\n\n"
      "The recall comes after a two-year investigation by NHTSA into a series of crashes.\n\n"
      "The agency said its investigation found the system can be inadequate.\n");
  CHECK(b.EntityName(b.Get("its investigation found")) == "National Highway Traffic Safety Administration");
  // A name that holds the word comes before a nearer acronym.
  Annotated c(
      "Bali steps up checks.\n\n"
      "Bali Tourism Agency head Made Wirawan said tourists would be asked to pay on the spot via QR code.\n\n"
      "According to the agency, the levy raised Rp 318 billion in 2025.\n");
  CHECK(c.EntityName(c.Get("the levy raised")) == "Bali Tourism Agency");  // was QR
}

TEST_CASE("coreference: people named by a noun before a preposition are no one the name after it names") {
  Annotated a(
      "Strike enters third week.\n\n"
      "Patients at Nakuru Level Five Hospital say they have been turned away. Residents of Kibera said the water "
      "had been cut. Supporters of Bernie Sanders argue the party is on the wrong track. Analysts at JPMorgan said "
      "a devaluation was all but certain.\n");
  CHECK(a.EntityName(a.Get("they have been turned away")) == "");  // was the hospital
  CHECK(a.EntityName(a.Get("the water had been cut")) == "");      // was Kibera
  CHECK(a.EntityName(a.Get("the party is on the wrong track")) == "");
  CHECK(a.EntityName(a.Get("a devaluation was all but certain")) == "JPMorgan");  // who they speak for
}

TEST_CASE("coreference: the company and they point back to an organisation; descriptions stay descriptions") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Huawei Technologies opened a lab in Paris. The company said it would hire 200 engineers. "
      "Analysts said the move was expected.\n");
  CHECK(a.EntityName(a.Get("it would hire")) == "Huawei Technologies");
  const Quote& analysts = a.Get("the move was expected");
  CHECK(a.Speaker(analysts) == "Analysts");
  CHECK(analysts.speaker_kind == SpeakerKind::kDescription);
  CHECK(analysts.speaker_entity == -1);
  CHECK(a.Get("it would hire").speaker_kind == SpeakerKind::kDescription);  // "The company"
  // State media describe; a broadcaster's name the recognizer missed, whose
  // last word is a listed noun, names ("Radio" made it a description).
  Annotated media(
      "Assad flees.\n\nRussian state media, citing a Kremlin source, reported that Assad had arrived in Moscow. "
      "New Hampshire Public Radio asked Clinton on Friday whether the fees were fair.\n");
  const Quote& moscow = media.Get("Assad had arrived");
  CHECK(media.Speaker(moscow) == "Russian state media");
  CHECK(moscow.speaker_kind == SpeakerKind::kDescription);
  const Quote& fees = media.Get("whether the fees");
  CHECK(media.Speaker(fees) == "New Hampshire Public Radio");
  CHECK(fees.speaker_kind == SpeakerKind::kName);
  // After the words it reports, the company that opens them, not the one
  // they name last.
  Annotated filing(
      "Carmakers met in Shenzhen on Monday.\n\n"
      "BYD reported revenue of 777 billion yuan for 2024, surpassing Tesla for the first time, the company said "
      "in a filing.\n");
  CHECK(filing.EntityName(filing.Get("BYD reported revenue")) == "BYD");
}

TEST_CASE("coreference: \"the Italian\" describes the person who opens the sentence before, never names a people") {
  Annotated a(
      "Arsenal beat Chelsea 3-1 on Sunday.\n\n"
      "Chelsea head coach Enzo Maresca was frustrated. \"We gave them two goals,\" the Italian told BBC Sport.\n\n"
      "Fans left early. \"It was a poor game,\" the Spaniard said. According to The Guardian, tickets sold out.\n");
  const Quote& maresca = a.Get("We gave them two goals");
  CHECK(maresca.speaker_kind == SpeakerKind::kDescription);
  CHECK(a.EntityName(maresca) == "Enzo Maresca");
  // No person opens the sentences before: no one, rather than "Spaniard".
  const Quote& unnamed = a.Get("It was a poor game");
  CHECK(a.Speaker(unnamed) == "the Spaniard");
  CHECK(unnamed.speaker_entity == -1);
  // A title inside a sentence is a name.
  CHECK(a.Get("tickets sold out").speaker_kind == SpeakerKind::kName);
  // A place before the party's word; after "a", someone new.
  Annotated b(
      "Primary season opens in Iowa.\n\n"
      "House Speaker Paul Ryan met donors on Monday. The Wisconsin Republican says the party must unite.\n\n"
      "“Trump will be defeated,” said a New Hampshire Republican.\n");
  const Quote& ryan = b.Get("the party must unite");
  CHECK(b.Speaker(ryan) == "The Wisconsin Republican");
  CHECK(b.EntityName(ryan) == "Paul Ryan");
  const Quote& voter = b.Get("Trump will be defeated");
  CHECK(b.Speaker(voter) == "a New Hampshire Republican");
  CHECK(voter.speaker_kind == SpeakerKind::kDescription);
  CHECK(voter.speaker_entity == -1);
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
