#include "attribution/quote_kinds.h"

#include <doctest/doctest.h>

#include "attribution/annotated_for_test.h"

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("quote kinds: words a participle of naming frames after \"by\" are its agent's") {
  Annotated a(
      "A court sentenced 45 activists on Tuesday.\n\n"
      "Legal scholar Benny Tai, described by the judges as the \"organiser\" of the scheme, received the longest "
      "sentence.\n");
  CHECK(a.Speaker(a.Get("organiser")) == "the judges");
}

TEST_CASE("quote kinds: a sentence quoted whole before a titled speaker whose title holds a name is direct") {
  // "State" is also a verb of speech; inside the name it is the name's.
  Annotated a(
      "The United States condemned the sentences.\n\n"
      "\"These harsh sentences are politically motivated,\" State Department spokesman Matthew Miller said in a "
      "statement.\n");
  const Quote& q = a.Get("These harsh sentences");
  CHECK(q.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(q) == "Matthew Miller");
}

TEST_CASE("quote kinds: the name of a show inside someone's sentence is a name; a naming verb gives it") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Senator Bernie Sanders said on “Face the Nation” that the race would tighten. "
      "Donald Trump called the former pageant winner “Miss Piggy” in 1996.\n");
  const Quote& show = a.Get("Face the Nation");
  CHECK(show.kind == QuoteKind::kScare);
  CHECK(show.speaker.empty());
  const Quote& nickname = a.Get("Miss Piggy");
  CHECK(nickname.kind == QuoteKind::kMixed);
  CHECK(a.Speaker(nickname) == "Donald Trump");
  CHECK(a.Cue(nickname) == "called");
}

TEST_CASE("quote kinds: a name after a participle of naming is a name; after the verb of a subject, its word") {
  Annotated a(
      "Clinton campaign manager Robby Mook released a memo titled \"The Facts on Where the Race Stands.\" "
      "When it occurs in a person breeding pigeons, it is called “pigeon breeder’s lung.” "
      "The installation \u2013 entitled \u2018Jewels after Jewels after Jewels’ \u2013 opened in Milan.\n\n"
      "The European Union tried to collect, which Apple's chief executive, Tim Cook, called ''total political "
      "crap'' on Tuesday. They met in what one Latino conservative has dubbed ''the yuca primary,'' he said. "
      "In a clip that U.S. District Judge Michael W. Mosman called \"distasteful,\" he spoke.\n");
  for (const char* name : {"The Facts on Where", "pigeon breeder", "Jewels after Jewels"}) {
    const Quote& term = a.Get(name);
    CHECK_MESSAGE(term.kind == QuoteKind::kScare, name);
    CHECK_MESSAGE(term.speaker.empty(), name);
  }
  CHECK(a.Speaker(a.Get("total political crap")) == "Tim Cook");
  CHECK(a.Get("the yuca primary").kind == QuoteKind::kMixed);
  CHECK(a.Speaker(a.Get("distasteful")) == "Michael W. Mosman");
}

TEST_CASE("quote kinds: a sentence in quotation marks before a noun names a thing; a fragment is the speaker's") {
  Annotated a(
      "The state launched an ad campaign on Monday.\n\n"
      "While the “Meth. We’re on it.” campaign did not appeal to Julie Graham, a public information "
      "officer, she said she did not want to judge it. "
      "The businessman said he will bring a \"common-sense\" approach to the job.\n");
  const Quote& slogan = a.Get("Meth. We");
  CHECK(slogan.kind == QuoteKind::kScare);
  CHECK(slogan.speaker.empty());
  const Quote& fragment = a.Get("common-sense");
  CHECK(fragment.kind != QuoteKind::kScare);
  CHECK(a.Speaker(fragment) == "The businessman");
}

TEST_CASE("quote kinds: a pull quote is the speaker's whom a later cue names for the same words") {
  Annotated a(
      "A man fell ill after he bought new bedding.\n\n"
      "His doctor referred him to a clinic and sought advice from Owen Dempsey, a chest doctor.\n\n"
      "“Their immune system behaves in an exaggerated fashion\u2014think of a fire alarm”\n\n"
      "Dempsey talked with the man over the phone.\n\n"
      "“In some individuals their immune system behaves in an exaggerated fashion\u2014think of a fire "
      "alarm,” "
      "Dempsey told reporters by email.\n");
  const Quote& pull = a.Get("Their immune system");
  CHECK(pull.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(pull) == "Dempsey");
  CHECK(a.Cue(pull) == "told");
}

TEST_CASE("quote kinds: a title credited to its publisher after a dash is a title, and continues nobody") {
  Annotated a(
      "Sources\n"
      "“Wildfire smoke reaches the capital” — Jane Porter, August 15, 2024\n"
      "Mark Ellis. “Council orders a review of its fire plans” — Reuters, August 16, 2024\n");
  const Quote& credited = a.Get("Wildfire smoke reaches the capital");
  CHECK(credited.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(credited) == "Jane Porter");
  const Quote& title = a.Get("Council orders a review of its fire plans");
  CHECK(title.kind == QuoteKind::kScare);
  CHECK(title.speaker.empty());
}

TEST_CASE("quote kinds: a title cited after its publisher and a comma, before a date, is a title") {
  Annotated a(
      "Our sources\n\n"
      "Marijuana Policy Group and the Leeds School of Business at the University of Colorado-Boulder, \"Market "
      "Size and Demand for Marijuana in Colorado,\" 2017 market update\n\n"
      "Customs and Border Protection, \"U.S. Border Patrol Nationwide Drug Seizures,\" accessed Nov. 15, 2019\n\n"
      "Wheeling News-Register, \"Rep. David McKinley Calls for Increase in Border Patrol Agent Ranks,\" Oct. 13, "
      "2019\n\n"
      "He told us, \"We will finish the wall,\" Oct. 13, 2019.\n");
  for (const char* title : {"Market Size", "U.S. Border Patrol", "Rep. David McKinley"}) {
    const Quote& q = a.Get(title);
    CHECK_MESSAGE(q.kind == QuoteKind::kScare, title);
    CHECK_MESSAGE(q.speaker.empty(), title);
  }
  CHECK(a.Get("We will finish the wall").kind != QuoteKind::kScare);
}

TEST_CASE("quote kinds: with no cue, the owner before a possessive and a noun with `of` is no speaker") {
  Annotated a(
      "Technology\n\n"
      "Google’s head of philanthropy says the tech giant is having “a lot of conversations” internally "
      "amid worries.\n");
  CHECK(a.Speaker(a.Get("a lot of conversations")) != "Google");
}

TEST_CASE("quote kinds: a word or two nobody is said to have spoken is a term, and so is a word named as one") {
  // From essays, guides and court transcripts (GUM), where the speech
  // scorer trained on political news used to hear speakers.
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Every joke has a “target,” which is what the joke is about. "
      "The word itself has become practically a synonym for “future.” "
      "Years ago Justice Scalia talked about what the word “modify” means in a statute. "
      "The ordinary meaning of “waive” is to give something up.\n");
  for (const char* term : {"target", "future", "modify", "waive"}) {
    CAPTURE(term);
    const Quote& quote = a.Get(term);
    CHECK(quote.kind == QuoteKind::kScare);
    CHECK(quote.speaker.empty());
  }
}

TEST_CASE("quote kinds: a title in brackets after a writing's noun is nobody's speech") {
  // A letter to the editor: "I" was its speaker, "read" its cue.
  Annotated a(
      "Rural bus cuts leave older people stranded\n\n"
      "Sir \u2014 I read with dismay your report (\u201cLocal Link routes in west Cork to be reviewed\u201d, "
      "February 9th) that the services may be reduced from April.\n");
  const Quote& quote = a.Get("Local Link routes");
  CHECK(quote.kind == QuoteKind::kScare);
  CHECK(quote.speaker.empty());
}

TEST_CASE("quote kinds: a follow-on quotation keeps its speaker's cue") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "“Prices have risen too fast,” Janet Yellen told reporters. “We will keep watching the data "
      "closely before we act again.”\n");
  const Quote& next = a.Get("We will keep watching");
  CHECK(a.Speaker(next) == "Janet Yellen");
  CHECK(a.Cue(next) == "told");
}

TEST_CASE("quote kinds: a headline's quotation is credited by its own cue, by `Name:`, or by the story") {
  Annotated a(
      "Pence: Flowers Won't Be at Debate, Trump Was ‘Mocking’ Clinton Camp\n\n"
      "China commits to ‘self-reliance’ in AI\n\n"
      "Officials met in Beijing on Friday. President Xi Jinping said the country needed "
      "“self-reliance and self-strengthening” in technology.\n");
  const Quote& mocking = a.Get("Mocking");
  CHECK(mocking.kind == QuoteKind::kMixed);
  CHECK(a.Speaker(mocking) == "Pence");
  CHECK(a.Cue(mocking) == ":");
  const Quote& headline = a.Get("self-reliance");
  CHECK(headline.kind == QuoteKind::kMixed);
  CHECK(a.EntityName(headline) == "Xi Jinping");
  // A label names no one ("Comment:" was the speaker).
  Annotated label(
      "Comment: Boris Becker's charisma continues to burnish 'pop-star status' despite misfortunes\n\n"
      "Officials met in London on Friday.\n");
  CHECK(label.Speaker(label.Get("pop-star status")).empty());
  // Nor when the label opens a quotation right after its colon ("Review"
  // was the speaker of a show's title).
  Annotated review(
      "Review: 'The Bear' season three loses its way\n\n"
      "The third season of FX's The Bear arrives with all the ingredients.\n");
  CHECK(review.Speaker(review.Get("The Bear")).empty());
  CHECK(review.Get("The Bear").kind == QuoteKind::kScare);
}

TEST_CASE("quote kinds: a headline's inverted cue credits a bare speaker noun that ends it") {
  Annotated a(
      "\"We will not back down,\" says minister\n\n"
      "The government met on Tuesday to discuss the strike.\n");
  CHECK(a.Speaker(a.Get("We will not back down")) == "minister");
}

TEST_CASE("quote kinds: a headline's quotation before a colon and a titled name is that person's") {
  Annotated a(
      "'We can't wait for Washington': Mayor Brandon Johnson on Chicago's budget crisis\n\n"
      "Chicago faces a $1.15 billion budget gap next year. We spoke with Mayor Brandon Johnson about taxes.\n");
  const Quote& headline = a.Get("We can't wait");
  CHECK(headline.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(headline) == "Brandon Johnson");
}

TEST_CASE("quote kinds: a headline's `Name:` is its subject, not its speaker, when a cue after it names one") {
  Annotated a(
      "The Latest: Sanders declares ‘revolution,’ pledges to fight on\n\n"
      "Michael Schumacher: Son reveals ‘very special day’ with his father\n\n"
      "Officials met in Berlin on Friday.\n");
  const Quote& revolution = a.Get("revolution");
  CHECK(a.Speaker(revolution) == "Sanders");
  CHECK(a.Cue(revolution) == "declares");
  const Quote& day = a.Get("very special day");
  CHECK(a.Speaker(day) == "Son");
  CHECK(a.Cue(day) == "reveals");
}

TEST_CASE("quote kinds: a speaker after the quotation with a verb the lexicon lacks; a participle after a noun") {
  Annotated a(
      "Police used a ram to force open the door.\n\n"
      "\"Hands! Let me see your hands!\" an officer ordered.\n\n"
      "“In our professional opinion, this rate constitutes an emergency,” says the letter signed by seven "
      "physicians.\n");
  const Quote& hands = a.Get("Hands!");
  CHECK(a.Speaker(hands) == "an officer");
  CHECK(a.Cue(hands) == "ordered");
  CHECK(a.Speaker(a.Get("In our professional opinion")) == "the letter");
}

TEST_CASE("quote kinds: a quotation opening its sentence is its own subject's, not the previous speaker's") {
  Annotated a(
      "When President Trump's advisers suggested that Beijing resume buying farm products, Mr. Trump wasn't sold. "
      "Clinton campaign manager Robby Mook released a memo titled \"The Facts on Where the Race Stands.\"\n\n"
      "\"Hands! Let me see your hands!\" an officer ordered.\n");
  const Quote& hands = a.Get("Hands!");
  CHECK(a.Speaker(hands) == "an officer");
  CHECK(a.Cue(hands) == "ordered");
  CHECK(a.Get("The Facts on Where").kind == QuoteKind::kScare);
}

TEST_CASE("quote kinds: a question's speaker who goes on in the next sentence is its speaker; a new turn is not") {
  Annotated a(
      "Donald Trump talked to Megyn Kelly on Tuesday. \"People are bullied when they're 55,\" he said.\n\n"
      "Kelly responded pointedly, with a smile: \"Can happen when you're 45.\" She is 45.\n\n"
      "\"You know, it happens, right?\" Trump went on, as if he didn't hear her.\n\n"
      "\"What launch vehicles exist today?\" Aderholt asked. \"None that could do it,\" he added.\n\n"
      "\"Is that enough?\" Bridenstine responded that it was not.\n");
  const Quote& right = a.Get("You know, it happens");
  CHECK(a.Speaker(right) == "Trump");
  CHECK(a.Cue(right) == "went on");
  CHECK(a.Speaker(a.Get("Is that enough?")) != "Bridenstine");
}

TEST_CASE("quote kinds: the subject of a passive verb of naming did not say the words") {
  Annotated a(
      "Trump's favorite TV doctor has a basketful of critics.\n\nMehmet Oz — Ivy League-trained surgeon and daytime "
      "TV star — has been called a charlatan by fellow physicians for promoting “quack” medical cures. Clinton "
      "called Trump's plan “a disaster for working families.”\n");
  const Quote& quack = a.Get("quack");
  CHECK(a.Speaker(quack).empty());
  CHECK(quack.kind == QuoteKind::kScare);
  CHECK(a.Speaker(a.Get("a disaster")) == "Clinton");
}

TEST_CASE("quote kinds: a word of the speaker's own name is no cue") {
  // "post" is a verb of speech; "The Post" is a newspaper, and "sent" is
  // what it did.
  Annotated a(
      "The newspaper ran a story on Sunday.\n\n"
      "The Post sent its “national enterprise reporter” Stephanie McCrummen to the town.\n");
  const Quote& title = a.Get("national enterprise reporter");
  CHECK(a.Speaker(title).empty());
  CHECK(a.Cue(title).empty());
  CHECK(title.kind == QuoteKind::kScare);
}

TEST_CASE("quote kinds: a headline's noun after a name, a gerund subject and a headline's passive are no cues") {
  // "Attack" after a singular name, and "Remarks" after a possessive, are
  // nouns; "Calls" after a name is the headline's verb.
  Annotated a(
      "Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\n"
      "Nine people were killed in Munich on Friday.\n");
  CHECK(a.Speaker(a.Get("This Cannot Continue")) != "Munich");
  CHECK(a.Cue(a.Get("This Cannot Continue")) != "Attack");
  Annotated b(
      "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\n"
      "WASHINGTON - Hillary Clinton said Russian spies hacked into party computers and accused Donald Trump of "
      "backing Vladimir Putin.\n“We know that Donald Trump has shown a very troubling willingness to back up "
      "Putin,” Clinton said on Sunday.\n");
  CHECK(b.Speaker(b.Get("Troubling")) != "Putin");
  Annotated c(
      "Chris Christie Calls Hillary Clinton ‘A Disgrace’\n\n"
      "The governor spoke in Trenton on Sunday.\n");
  CHECK(c.Speaker(c.Get("A Disgrace")) == "Chris Christie");
  // Nor is a gerund that is the subject of "is".
  Annotated d(
      "Lena Waithe returns to TV\n\n"
      "The first black woman to win an Emmy Award for comedy writing is out to \"break convention\" with her "
      "latest project.\n");
  CHECK(d.Speaker(d.Get("break convention")).empty());
  CHECK(d.Cue(d.Get("break convention")) != "writing");
  // Nor a headline's passive with its "be" left out.
  Annotated e(
      "Hillary Clinton blasted over decision to exclude Thatcher from latest 'Gutsy Women' book\n\n"
      "The book profiles women the authors admire.\n");
  CHECK(e.Speaker(e.Get("Gutsy Women")).empty());
}

TEST_CASE("quote kinds: a quotation in a contrasting clause is its own verb's subject's") {
  Annotated a(
      "Inflation fell.\n\nChancellor Jeremy Hunt said the figures were \"a major milestone for the economy\", while "
      "shadow chancellor Rachel Reeves said families were still \"worse off\" after 14 years. Hunt said that the "
      "data showed Labour had \"no plan\".\n");
  CHECK(a.Speaker(a.Get("a major milestone")) == "Jeremy Hunt");
  CHECK(a.Speaker(a.Get("worse off")) == "Rachel Reeves");
  CHECK(a.Cue(a.Get("worse off")) == "said");
  // Not the subject of a complement clause.
  CHECK(a.Speaker(a.Get("no plan")) == "Hunt");
}

TEST_CASE("quote kinds: a quotation credited without a verb takes its sentence's closing frame") {
  Annotated a(
      "Power was cut.\n\nThe outages have been “terribly disruptive” and PG&E is taking steps to avoid them in the "
      "future but at the moment, “we won’t roll the dice on public safety,” company CEO Andy Vesey said.\n");
  CHECK(a.Speaker(a.Get("terribly disruptive")) == "Andy Vesey");
  CHECK(a.Cue(a.Get("terribly disruptive")) == "said");
}

TEST_CASE("quote kinds: `…, said X` after reported words takes the cue, not a verb inside them") {
  Annotated a(
      "Officials met in Ottawa on Monday.\n\n"
      "“Lower tariffs would make Canadian exports seem more attractive,” said Mark Telford.\n");
  const Quote& q = a.Get("Lower tariffs");
  CHECK(q.kind == QuoteKind::kDirect);
  CHECK(a.Cue(q) == "said");
  CHECK(a.Speaker(q) == "Mark Telford");
}

TEST_CASE("quote kinds: the words after a colloquial quotative are speech") {
  // GUM's podcast: "there does come a time when you have to go “look, it's
  // over”" was a term to the scorer trained on news.
  Annotated a(
      "We talked about wrestling on the show.\n\n"
      "There does come a time when you have to go “look, it’s over”. He goes, “no way.” "
      "And I was like, “really?”\n");
  for (const char* words : {"look, it", "no way", "really"}) {
    CAPTURE(words);
    const Quote& quote = a.Get(words);
    CHECK(quote.kind == QuoteKind::kDirect);
  }
  CHECK(a.Speaker(a.Get("no way")) == "He");
  CHECK(a.Cue(a.Get("really")) == "like");
}

TEST_CASE("quote kinds: a show after a verb that names nothing, a passive's subject, a known-as name, a subheading") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Al Sharpton began taking calls from listeners to his “Keepin' It Real” radio program. "
      "Dr. Mehmet Oz hosts a show. He has been called a charlatan by fellow physicians for promoting “quack” "
      "medical cures. It is a version of what has become known as the “Buffett rule” after Warren E. Buffett, "
      "the billionaire investor, complained that he paid less tax than his secretary.\n\n"
      "“I give him the benefit of the doubt. But I don't see where it is going,” said Mr. McGinley.\n\n"
      "‘Coal Isn't the Villain.’\n\n"
      "It was raining when the miners rode an elevator down.\n");
  for (const char* term : {"Keepin", "quack", "Buffett rule", "Coal Isn"}) {
    CAPTURE(term);
    const Quote& quote = a.Get(term);
    CHECK(quote.speaker.empty());
  }
  CHECK(a.Get("Coal Isn").kind == QuoteKind::kScare);
}

TEST_CASE("quote kinds: a headline's word or two is the speaker's whose whole quotation it is") {
  Annotated a(
      "Website Shows Bias When It Comes To ‘Fact-Checking’ Republicans\n\n"
      "Obama Sees ‘Personal Insult’ if Voters Stay Home\n\n"
      "“Our fact-checking is fair to both parties, and we publish every correction,” Ravi Shah told "
      "reporters on Monday. President Obama said it would be a “personal insult” if black voters stayed "
      "home in November.\n");
  CHECK(a.Get("Fact-Checking").speaker.empty());
  CHECK(a.EntityName(a.Get("Personal Insult")).find("Obama") != std::string::npos);
}

TEST_CASE("quote kinds: a whole sentence quoted before `chief executive X said` is direct") {
  Annotated a(
      "Nvidia reported record sales.\n\n"
      "\"The era of generative AI is taking off,\" chief executive Jensen Huang said in a statement.\n\n"
      "\"We showed real character today,\" Arsenal manager Mikel Arteta told Sky Sports.\n");
  CHECK(a.Get("The era of generative").kind == QuoteKind::kDirect);
  CHECK(a.Speaker(a.Get("The era of generative")) == "Jensen Huang");
  CHECK(a.Get("We showed real").kind == QuoteKind::kDirect);
}

TEST_CASE("quote kinds: a dateline before a quotation is neither its speaker nor the writer's words") {
  Annotated a(
      "The court ruled on Thursday.\n\n"
      "NEW DELHI: \"The scheme is violative of the Constitution,\" the bench said in its verdict.\n\n"
      "LONDON (Reuters) - \"We will appeal,\" he said.\n");
  CHECK(a.Speaker(a.Get("The scheme is violative")) == "the bench");
  CHECK(a.Get("The scheme is violative").kind == QuoteKind::kDirect);
  CHECK(a.Get("We will appeal").kind == QuoteKind::kDirect);
}

TEST_CASE("quote kinds: the main clause's verb, not a relative clause's, frames the quotation") {
  Annotated a(
      "The court ruled on Thursday.\n\n"
      "Prashant Bhushan, who argued for the petitioners, told reporters that the ruling was \"a victory for "
      "democracy\".\n\n"
      "Clinton, who called Sanders shortly after the winner was declared, told her supporters, \"I still love New "
      "Hampshire, and I always will.\"\n\n"
      "Hillary Clinton, who has called Sanders a friend, said on Friday that the result was \"a great victory for "
      "all of us\".\n");
  CHECK(a.Cue(a.Get("a victory for")) == "told");
  CHECK(a.Speaker(a.Get("a victory for")) == "Prashant Bhushan");
  CHECK(a.Cue(a.Get("I still love")) == "told");
  CHECK(a.Get("I still love").kind == QuoteKind::kDirect);
  CHECK(a.Cue(a.Get("a great victory")) == "said");
}

TEST_CASE("quote kinds: the agent of a passive verb of speech speaks, not the owner of the subject") {
  Annotated a(
      "India won the final.\n\n"
      "Suryakumar Yadav's catch on the boundary was described by former captain Sunil Gavaskar as \"the catch of the "
      "century\".\n\n"
      "The senator was quoted by the Times as calling the plan \"a disaster for farmers\".\n");
  CHECK(a.EntityName(a.Get("the catch of")) == "Sunil Gavaskar");
  CHECK(a.Cue(a.Get("the catch of")) == "described");
  CHECK(a.EntityName(a.Get("a disaster for")) != "Times");
}

TEST_CASE("quote kinds: a word of speech that opens the speaker's description is no inverted verb") {
  Annotated a(
      "Sweden confirmed a case.\n\n"
      "\"This does not affect the risk to the general population,\" state epidemiologist Magnus Gissl\u00e9n said.\n\n"
      "\"The market is factoring in a recovery,\" said a report from Kotak Institutional Equities.\n");
  CHECK(a.Cue(a.Get("This does not affect")) == "said");
  CHECK(a.Speaker(a.Get("This does not affect")) == "Magnus Gissl\u00e9n");
  CHECK(a.Get("This does not affect").kind == QuoteKind::kDirect);
  CHECK(a.Cue(a.Get("The market is")) == "said");
}

TEST_CASE("quote kinds: a noun of speech before \"of\" is its owner's or the one after \"from\", not the subject's") {
  Annotated a(
      "The Senate passed the reform.\n\n"
      "Senator Miguel \u00c1ngel Yunes M\u00e1rquez cast the deciding vote, prompting chants of \"traitor\" from his "
      "colleagues.\n\n"
      "Senator Jane Doe cast her vote, prompting chants of \"shame\".\n\n"
      "Sanders has consistently pushed his promise of \"free college\" for all.\n");
  CHECK(a.Speaker(a.Get("traitor")) == "his colleagues");
  CHECK(a.Get("shame").speaker.empty());
  CHECK(a.EntityName(a.Get("free college")) == "Sanders");
}

TEST_CASE("quote kinds: a habit's verb and \"to\" stand between the speaker and the verb of speech") {
  Annotated a(
      "The Fed is about to make a mistake.\n\n"
      "As Paul Volcker liked to say, \"The job of the central bank is to take away the punch bowl.\"\n\n"
      "\"Who is the real con man here?\" said Murphy, using a term Rubio has used to describe Trump, on a call. "
      "\"Rubio produced partisan bills that shortchanged the country.\"\n");
  CHECK(a.Speaker(a.Get("The job of the central")) == "Paul Volcker");
  CHECK(a.EntityName(a.Get("Rubio produced")) == "Murphy");
}

TEST_CASE("quote kinds: the object before a participle cue did not speak; a subject or an inverted name did") {
  Annotated a(
      "Debate night.\n\n"
      "At a rally in Salem, Trump went after Bush, calling him “a total stiff.” Warren attacked Dimon, calling "
      "him “a bully.” “We will win,” said Rubio, adding that he was “very confident.”\n");
  CHECK(a.Get("a total stiff").speaker.empty());
  CHECK(a.Speaker(a.Get("a bully")) == "Warren");
  CHECK(a.Speaker(a.Get("very confident")) == "Rubio");
  Annotated b(
      "Debate night.\n\n"
      "Trump attacked Dimon, calling him “a total stiff.”\n\n"
      "The senator criticized the banks, saying they were “too big to fail.”\n");
  CHECK(b.Get("a total stiff").speaker.empty());
  CHECK(b.Speaker(b.Get("too big to fail")) == "The senator");
}

TEST_CASE("quote kinds: a quotation closed by a full stop inside a sentence waits for no frame after it") {
  // The next sentence's speech verb reports its own clause; the quotation
  // keeps the verb of its sentence.
  Annotated a(
      "Kenya signs finance bill.\n\n"
      "Opposition leader Raila Odinga, who heads the Azimio la Umoja coalition, called the move \"a betrayal of "
      "the youth.\" The Law Society of Kenya said it would challenge the law at the High Court.\n");
  CHECK(a.Speaker(a.Get("a betrayal of the youth")) == "Raila Odinga");
  const Quote& challenge = a.Get("it would challenge the law");
  CHECK(challenge.kind == QuoteKind::kIndirect);
  CHECK(a.Speaker(challenge) == "The Law Society of Kenya");
  // A whole quoted sentence still takes the frame the splitter cut off.
  Annotated b(
      "Senate race.\n\n"
      "The Republican nominee caused howls of outrage on Wednesday.\n\n"
      "“Russia, if you’re listening, I hope you’re able to find the emails.” Trump said.\n");
  CHECK(b.Speaker(b.Get("Russia, if you")) == "Trump");
}

TEST_CASE("quote kinds: a short sentence quoted on its own after a speaker continues that speaker") {
  // Its capitals are the sentence's first word and a name: no title.
  Annotated a(
      "India win in Perth.\n\n"
      "Australia captain Pat Cummins admitted his side had been outplayed. \"We weren't good enough,\" Cummins "
      "said. \"Credit to India.\"\n");
  const Quote& credit = a.Get("Credit to India");
  CHECK(credit.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(credit) == "Cummins");
  // A title in title case stays a name.
  Annotated b("Shows.\n\nShe was a guest on \"Face the Nation.\" \"All Bets Are Off.\"\n");
  CHECK(b.Get("All Bets Are Off").kind == QuoteKind::kScare);
}

TEST_CASE("quote kinds: the second part of a quotation split by an inverted frame is the same speaker's") {
  Annotated a(
      "Tour announced.\n\n"
      "\u201cWe are excited,\u201d said Johnston, a guitarist, \u201cand it is a celebration of our history.\u201d\n\n"
      "\u201cShe is too far behind,\u201d said an Iowa Democrat, \u201cand Iowa was not a decisive win.\u201d\n");
  const Quote& celebration = a.Get("and it is a celebration");
  CHECK(celebration.kind == QuoteKind::kDirect);
  CHECK(a.Speaker(celebration) == "Johnston");
  CHECK(a.Speaker(a.Get("and Iowa was not")) == "an Iowa Democrat");
}

TEST_CASE("quote kinds: an organisation after \"the\" opening the sentence is the subject of its words") {
  Annotated a(
      "Cruz is eligible.\n\n"
      "As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings: "
      "\u201cFurther discussion on this issue is unnecessary.\u201d\n\n"
      "The Treasury secretary also lauded Mr. Kim for the \u201cneeded reforms at the World Bank.\u201d\n");
  CHECK(a.Speaker(a.Get("Further discussion")) == "Illinois Board of Elections");
  // An organisation that modifies a noun is not the subject.
  CHECK(a.Speaker(a.Get("needed reforms")) != "Treasury");
}

TEST_CASE("quote kinds: a description set off before the speaker's name keeps a whole quotation direct") {
  Annotated a(
      "Floods hit Lagos.\n\n"
      "\u201cWe have deployed our teams to all the affected areas,\u201d the agency's Director-General, Dr Olufemi "
      "Oke-Osanyintolu, told journalists in Alausa.\n\n"
      "\u201cIt is reminiscent of the 1960s, going into the 1970s,\u201d the dawn of the modern conservative movement, "
      "Bozell says.\n");
  const Quote& deployed = a.Get("We have deployed");
  CHECK(deployed.kind == QuoteKind::kDirect);
  CHECK(a.EntityName(deployed) == "Olufemi Oke-Osanyintolu");
  // Words that go on with the quotation's sentence are the writer's.
  CHECK(a.Get("It is reminiscent").kind == QuoteKind::kMixed);
  // The speaker noun may stand before the description's preposition.
  Annotated b(
      "The case was closed.\n\n"
      "\u201cThe evidence is not strong enough to form the basis for filing an indictment,\u201d Sweden\u2019s deputy "
      "director of public prosecutions, Eva-Marie Persson, said on Tuesday.\n");
  CHECK(b.Get("The evidence is not strong").kind == QuoteKind::kDirect);
}

TEST_CASE("quote kinds: the term a naming verb gives is part of the writer's sentence, not words said whole") {
  Annotated a(
      "Critics attacked the plan.\n\n"
      "Jeff Weaver called the charge \u201cbeyond preposterous.\u201d\n\n"
      "Mitt Romney called Russia \u201cour No. 1 geopolitical foe.\u201d\n\n"
      "He called, \u201cCome back!\u201d\n");
  CHECK(a.Get("beyond preposterous").kind != QuoteKind::kDirect);
  CHECK(a.Get("our No. 1").kind != QuoteKind::kDirect);
  // Set off by a comma, the words are said whole.
  CHECK(a.Get("Come back").kind == QuoteKind::kDirect);
}

TEST_CASE("quote kinds: a book's title with its subtitle is a name, however long; the credit runs past it") {
  Annotated a(
      "Officials met in Washington on Monday.\n\n"
      "Michael Hiltzik is a business columnist. He is the author of six books, including “Dealers of Lightning: Xerox "
      "PARC and the Dawn of the Computer Age” and other titles. According to E. J. Fleming's “The Fixers: Eddie "
      "Mannix, Howard Strickling and the MGM Publicity Machine” and other sources, his was an all-purpose job.\n");
  for (const char* title : {"Dealers of Lightning", "The Fixers"}) {
    const Quote& book = a.Get(title);
    CHECK_MESSAGE(book.kind == QuoteKind::kScare, title);
    CHECK_MESSAGE(book.speaker.empty(), title);
  }
  const Quote& job = a.Get("his was an all-purpose job");
  CHECK(a.doc.Text(job.content) == "his was an all-purpose job");
  CHECK(a.Speaker(job) == "E. J. Fleming");
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
