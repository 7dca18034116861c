// The words attribution asks about, in one table so that a token is hashed
// once and every question about it is a bit test: the cue verbs by what they
// can introduce, the nouns that can name a speaker, and closed-class lists
// (determiners, auxiliaries, prepositions, pronouns, …).
//
// What counts as speech (README "What counts as speech"):
//  * speech verbs (say, tell, add, note, argue, claim, insist, warn, deny,
//    admit, announce, explain, write, testify, …) introduce quotations and
//    reported speech;
//  * quotation verbs (call, describe, dub, label, continue, joke, yell, …)
//    introduce or frame quotations ("called it “a disaster”") but never
//    reported speech without quotation marks;
//  * stance verbs (believe, think, want, hope, expect, fear, know, plan,
//    aim, seem, learn, find, show, …) ascribe a state of mind, an intention
//    or a perception, not words: they are never cues.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tokenizer.h"

namespace annotator {
namespace attribution {

// Words are compared with ASCII letters lower-cased and other bytes as
// written (so "n’t" and accented words match as written); a word longer than
// this is in no list.
constexpr size_t kMaxWord = 20;

enum class CueClass : uint8_t {
  kNone,
  kSpeech,     // quotations and reported speech
  kQuotation,  // quotations only
};

// Which lists hold a word, one bit each, and the few single words the rules
// test for.
enum WordList : uint32_t {
  kBetweenSubjectAndCueList = 1u << 0,  // "has", "also", "n't": subject … cue
  kDeterminerList = 1u << 1,
  kNotInSubjectList = 1u << 2,    // clause links, prepositions, auxiliaries
  kObjectFirstCueList = 1u << 3,  // "told reporters that"
  kBeFormList = 1u << 4,
  kAdjunctStartList = 1u << 5,  // "said on Friday that"
  kStanceVerbList = 1u << 6,    // believe, think, want: a verb, never a cue
  kTitleSmallWordList = 1u << 7,
  kOrgNounList = 1u << 8,  // "the company", "the ministry"
  kPrepositionList = 1u << 9,
  kPersonPronounList = 1u << 10,
  kThingPronounList = 1u << 11,
  kOtherPronounList = 1u << 12,
  kWordThat = 1u << 13,
  kWordTo = 1u << 14,
  kWordAccording = 1u << 15,
  kWordWho = 1u << 16,
  kWordWhich = 1u << 17,
  kWordAnd = 1u << 18,
  kWordBut = 1u << 19,
  kSpeakerNounList = 1u << 20,      // officials, spokesman, the company, a report
  kClauseWordList = 1u << 21,       // whether, if, how, why, what: a reported question
  kNeedsThatClauseList = 1u << 22,  // reveal, indicate, charge: speech only before a clause
  kNounFormList = 1u << 23,         // cue forms that are also nouns: claim, report, call
  kNotContentStartList = 1u << 24,  // when, after, before, and: an adjunct, not reported words
  kHeadlineLabelList = 1u << 25,    // "Analysis:", "Exclusive:": a label, not a speaker
  kObjectPronounList = 1u << 26,    // him, her, them: "told him that"
  kQuestionVerbList = 1u << 27,     // wonder, question: "wondered whether …"
  kMentionNounList = 1u << 28,      // word, term, so-called: the quotation names words, says none
  kPersonNounList = 1u << 29,       // engineer, spokesman, mother: speakers' nouns for one of us
};

enum class Pronoun : uint8_t { kNone, kPerson, kThing, kOther };

// The WordList bits of `word` in any ASCII case; 0 when in no list.
uint32_t ListsOf(std::string_view word);
Pronoun PronounOf(uint32_t lists);
inline Pronoun PronounKind(std::string_view word) { return PronounOf(ListsOf(word)); }

// `word` is a modal verb in any case: can, could, will, would, shall,
// should, may, might, must, cannot.
bool IsModal(std::string_view word);

// `word` is a medium's verb for someone's words: quoted, cited, quotes,
// cites ("Interfax quoted X as saying", "X was cited as saying").
bool IsQuotingVerb(std::string_view word);

// `word` names a kind of company in any case ("chipmaker", "airline"): the
// company an article is about, not any organisation named before.
bool IsKindOfCompany(std::string_view word);

// `word` counts or groups what follows "a" ("a few", "a number of", "a
// group of"), in any case: "a" and it open a plural phrase.
bool IsWordOfQuantity(std::string_view word);

// `word` is a possessive determiner in any case: his, her, its, their, our,
// my, your.
bool IsPossessiveDeterminer(std::string_view word);

// `word` is one typing slip (a letter missed, added, changed or swapped) away
// from a speaker noun of at least six letters: "Analyts", "offcials".
bool IsMisspeltSpeakerNoun(std::string_view word);

// `word` names a day or a time of day ("Friday", "yesterday", "morning"):
// when someone spoke ("said Friday as he entered", "Nvidia on Wednesday
// reported").
bool IsTimeOfSpeaking(std::string_view word);

// `word` (in lower case) names a piece that carries someone's words:
// statement, interview, post, letter, email, tweet, video, speech, message,
// release ("said in a statement", "thanked her fans in an Instagram post:").
bool IsMediumOfWords(std::string_view word);

// `word` (in lower case) names a kind of news outlet or programme:
// newspaper, paper, daily, magazine, broadcaster, channel, network, agency,
// website, programme, program, show, podcast ("told the Prothom Alo
// newspaper").
bool IsOutletNoun(std::string_view word);

// `word` (in lower case) opens a subordinate clause of time or cause:
// after, as, because, before, since, until, when, while ("Sunak faced a
// revolt after Robert Jenrick resigned", "claimed five for 39 as South
// Africa were bowled out").
bool IsTimeOrCauseConjunction(std::string_view word);

// `word` ends with lower-case `suffix` in any ASCII case, and is longer.
bool EndsWith(std::string_view word, std::string_view suffix);

// What the rules ask about one token most often, answered once per document.
struct TokenWord {
  uint32_t lists = 0;  // WordList bits
  CueClass cue = CueClass::kNone;
  bool short_word = false;  // 1..kMaxWord bytes: may be in a list
};
TokenWord DescribeWord(std::string_view word, TokenKind kind);

}  // namespace attribution
}  // namespace annotator
