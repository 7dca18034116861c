// The noun phrases that can be a speaker: the subject before a speech verb
// ("the company's chief", "Pence (R-Ind.) has also"), after an inverted one
// (`“…,” said Sen. Ted Cruz`), opening a sentence, or credited after a dash.
// Each returns an empty span when no such phrase is there.
#pragma once

#include <array>
#include <cstdint>

#include "attribution/context.h"

namespace annotator {
namespace attribution {

// The subject noun phrase ending at token `t` (not before `limit`): a
// pronoun, a name, or a description ("the company", "senior officials").
Span SubjectEndingAt(const Context& ctx, uint32_t t, uint32_t limit);

// "said EU environment commissioner Jessika Roswall", "Senate Majority Leader
// Mitch McConnell", "NBC's Dante Chinni": the span from the name `mention`
// (not a person's) through the person it describes, named after it within
// a few title or description words, up to token `limit`; empty when no
// person follows.
Span DescribedPersonAfterName(const Context& ctx, int32_t mention, uint32_t limit);

// The subject after an inverted cue: `“…,” said Xi`, `said the company`.
Span SubjectStartingAt(const Context& ctx, uint32_t t, uint32_t limit);

// The speaker whose phrase starts at token `t`, as SubjectStartingAt, but a
// description followed by a person in apposition is that person: `“…,” says
// her son, Tom, 34, who …`, `said the company's chief executive, John J.
// Ferriola.`, `According to his aunt, Jane Starner, “…”`.
Span SpeakerStartingAt(const Context& ctx, uint32_t t, uint32_t limit);

// Where the subject of the verb at `t` ends (exclusive): before the
// auxiliaries, adverbs and a parenthesis ("Pence (R-Ind.) has also said").
uint32_t SubjectEnd(const Context& ctx, uint32_t t, uint32_t sb);

// Whether the word at `t`, in the sentence from `sb`, is an auxiliary or an
// adverb that stands between a subject and its verb ("has", "also",
// "would"); a capitalised one inside a sentence cased as prose is a name
// ("Theresa May said", "which Will claims").
bool BetweenSubjectAndVerb(const Context& ctx, uint32_t t, uint32_t sb);

// "…, Donald Trump will insist on being Donald Trump", "a proposal in which
// the United States would pledge to …": a modal before the verb at `verb`
// makes it a future or a possibility, not something said.
bool IsHypothetical(const Context& ctx, uint32_t verb);

// Whether "to" at `to` opens an infinitive before `end`: a lower-case word
// follows it that is no determiner, object pronoun or number ("urged them to
// act"; not "said to the TV", "told to reporters", "to 2027").
bool OpensInfinitive(const Context& ctx, uint32_t to, uint32_t end);

// "KHARTOUM, Sudan (AP) — Fighting spread …, the UN said": a news
// dateline (a place in capitals, perhaps a region, perhaps the agency in
// brackets, then a dash, or a colon: "NEW DELHI:") opens the article's first
// sentence and is the writer's, not the speaker's. Returns the first token
// of [rb, re) past it (`rb` when there is none).
uint32_t PastDateline(const Context& ctx, uint32_t rb, uint32_t re);

// Where a name starts that may follow a title at token `t` the recognizer
// left out of it ("Sen. Marisol Ortega-Wheeler", "Dr Lena Fabian"): `t` + 1
// after a title with a token before `limit`, else `t`.
uint32_t PastPersonTitle(const Context& ctx, uint32_t t, uint32_t limit);

// Whether `word` is an adverb that links a sentence to the one before
// ("Meanwhile", "However"), which is the writer's, not a speaker's.
bool IsSentenceConnective(std::string_view word);

// Whether `word` follows a clock time: "am", "p.m.", "GMT", "ET".
bool IsClockSuffix(std::string_view word);

// The pronoun or name that opens the sentence [sb, limit) past a dateline,
// or opens it after a short introductory phrase ("In recent weeks, Reid
// has …"). With `article`, also an organisation's name after "the" ("The
// Democratic National Committee released …").
Span OpeningSubject(const Context& ctx, uint32_t sb, uint32_t limit, bool article = false);

// The name mentions that head the OpeningSubject of the sentence holding
// token `t` (its words before `t`) and of the sentence before it, in that
// order (after a quotation of several sentences, of the sentence it opens
// in and the one before); -1 where there is none (no subject, or one headed
// by a pronoun or a common noun): whom a pronoun at `t` goes back to.
std::array<int32_t, 2> OpeningSubjectNamesAt(const Context& ctx, uint32_t t);

// `“…,” she yells` / `“…,” Blige sings`: a pronoun or a name right after the
// quotation ending before token `t`, followed by a lower-case word.
Span SubjectAfterQuote(const Context& ctx, uint32_t t, uint32_t se);

// `“…” ― Sonya Herridge`: the mention named right after a dash at token
// `after` (of any type: `"…" — Edmonton Sun, August 16, 2008` credits a
// headline to its newspaper), or -1.
int32_t DashedMention(const Context& ctx, uint32_t after);

// The person of DashedMention, who said the quotation; else an empty span.
// `opens_line`: the quotation opens its line (a headline's).
Span DashCredit(const Context& ctx, uint32_t after, bool opens_line);

// The token of "told" ("tell", "tells", "telling") right before the
// listener whose name starts at token `first`, perhaps with "the" between
// ("told the BBC"), within the tokens from `sb`; kNoToken if none. The
// listener never speaks what was told.
uint32_t TellBefore(const Context& ctx, uint32_t first, uint32_t sb);

// The person's name that tokens [first, end) hold, perhaps with whom or
// where the person is from after it ("Christine Schneider of the European
// People's Party"); an empty span when they hold something else.
Span PersonWithAffiliation(const Context& ctx, uint32_t first, uint32_t end);

// The speaker before the verb whose subject ends before token `s` (not
// before `sb`): a noun phrase that can be a speaker, past a modifier
// ("Experts on North Korea said", "a spokesman for the company said"), or
// the name or description of an apposition between commas ("Xi, the
// president, said"); an empty span when none can speak. The object of a
// preposition is never the subject ("Her submission to the court noted").
Span SpeakerBefore(const Context& ctx, uint32_t s, uint32_t sb);

// "The Security Council issued a statement calling the test “a clear
// violation”": who issued (released, sent, published, posted, wrote, put
// out) the
// document `document` ("a statement", "a letter", "the following
// statement"), which speaks through it;
// empty when `document` is no such object.
Span IssuerOfDocument(const Context& ctx, Span document);

// "they turned to the Chicago Police Department which reported …", "a new
// ad that urges …", "the sign — which read …": the organisation or document
// whose relative clause the cue word at `cue` opens (past "has", "also"),
// which speaks; empty when the word before the relative pronoun ends no
// organisation's name and no noun of a document.
Span AntecedentOfRelative(const Context& ctx, uint32_t cue);

// "according to American military officials", "according to Democratic and
// independent analysts": the people, a speaker noun within a few lower-case
// words, after a one-word adjective of nationality or party that `speaker`
// spans (a MISC name not in the plural); empty when `speaker` is no such
// adjective or no such noun follows.
Span PeopleAfterAdjective(const Context& ctx, Span speaker);

// "…,” study lead author Lucas Paganini, a planetary scientist at NASA's
// Goddard Space Flight Center in Greenbelt, Maryland, and American
// University …, said": the person whose apposition after a comma holds
// `speaker` (no person's name, no pronoun), when a comma closes the
// apposition right before the cue word at token `cue`; empty when there is
// none within the sentence, past no quotation and no other cue word.
Span PersonHeadingApposition(const Context& ctx, Span speaker, uint32_t cue);

// "…, said Steve Elmendorf, deputy campaign manager for John Kerry's 2004
// campaign.": the person right after the cue word at token `cue` (a comma
// before it), when a comma and a description follow the name, a speaker
// noun among its first lower-case words; empty when there is none. The
// inverted cue's speaker, which the rules' candidates miss without an
// article before the description.
Span PersonInvertedWithDescription(const Context& ctx, uint32_t cue);

// "…, said Zelenskiy's chief of staff Andriy Yermak": an inverted speaker
// the rules' candidates cut at "of", when "of" and one to three lower-case
// nouns of the title follow it: the person the title runs on to, else the
// whole title ("Zelenskiy's chief of staff"); empty when no such title
// follows. Not "the wife of John Smith" (no title word between), nor "the
// head of the agency", whose "of" governs a phrase.
Span InvertedTitleOf(const Context& ctx, Span speaker, uint32_t cue);

// Who spoke after an inverted cue word at token `cue`, where the rules'
// candidates found no one: "“…,” said one Democrat familiar with the
// discussion" ("one", "a" or "another", perhaps a lower-case modifier, and a
// name of a party or a people in the singular, the recognizer's MISC: the
// candidates read "one" as a number), or "said master of ceremonies Asab
// Al-Tabchi", "said former secretary of state Hillary Clinton" (a title in
// lower-case words before the person). That phrase or person, or empty.
Span SpeakerAfterInvertedCue(const Context& ctx, uint32_t cue);

// Whether token `verb` is a passive -ed verb: a form of be (or "'re") right
// before it ("has been called", "You’re promised").
bool IsPassiveVerb(const Context& ctx, uint32_t verb);

// The first token of the title before the name that starts at token `first`
// ("former President Jair Bolsonaro", "Public Safety Minister Dominic
// LeBlanc"), or `first` when no title comes before it.
uint32_t TitleBefore(const Context& ctx, uint32_t first, uint32_t sb);

// Whether the name that starts at token `first` (in the sentence that
// starts at `sb`) is the object of a preposition or lies in a relative
// clause or a participle phrase opened since the last comma: "Ray, who
// served in the cabinet of Atal Bihari Vajpayee, told reporters" is Ray's,
// "Smith, citing Jones, said" Smith's.
bool InsideModifier(const Context& ctx, uint32_t first, uint32_t sb);

// Whether token `first` lies in a relative clause ("who", "which", …)
// opened since the last comma of the sentence that starts at `sb`, within
// 40 tokens.
bool InRelativeClause(const Context& ctx, uint32_t first, uint32_t sb);

// Whether token `first` lies in a phrase that a lower-case participle opens
// right after a comma, within 6 tokens (", contradicting Trump,").
bool InParticiplePhrase(const Context& ctx, uint32_t first, uint32_t sb);

// Whether speaker `span` is a determiner, perhaps a place, and one singular
// word that names a people or a party ("the Spaniard", "the Italian", "The
// Wisconsin Republican", "a New Hampshire Democrat"): a description of a
// person, after "the" one named before, as sports and political reports
// write it.
bool NamesPersonByPeople(const Context& ctx, Span span);

// What non-empty speaker `span` is: a pronoun, a name (a mention heads it,
// or capitalised words that are no speaker noun), or a description.
SpeakerKind SpeakerKindOf(const Context& ctx, Span span);

// Whether `span` can name a speaker: a personal pronoun, a name (a person, an
// organisation, a place standing for its government, a group such as
// "Democrats"), a description headed by a speaker noun ("senior officials",
// "the company", "a report") or a run of capitalised words the recognizer
// missed. Not "amid", "Months", "the limits", "his mayoral".
bool IsPlausibleSpeaker(const Context& ctx, Span span);

}  // namespace attribution
}  // namespace annotator
