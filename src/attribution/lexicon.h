// The words attribution asks about: closed-class lists (determiners,
// auxiliaries, prepositions, pronouns, …) and the cue lexicon, in one table so
// that a token is hashed once and every question about it is a bit test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "attribution/cue_lexicon.h"
#include "tokenizer.h"
#include "word_table.h"

namespace annotator {
namespace attribution {

// Cues whose rate in train is below this are too often plain verbs
// ("show", "want") to be taken on their own; tuned on PolNeAR dev.
constexpr int kMinCueRate = 64;  // of 255
// Rarer cue words ("want", "believe", "show") still head reported speech
// often enough to be taken for `indirect` attributions, never for quotations.
constexpr int kMinIndirectCueRate = 24;
constexpr int kMinCueCount = 2;
// A short quotation in the same sentence after a weaker cue is still mixed.
constexpr int kMinWeakCueRate = 20;

// Words are compared with ASCII letters lower-cased and other bytes as
// written (so "n’t" and accented words match as written); a word longer than
// this is never a cue word or a function word, and hashes as the empty word.
constexpr size_t kMaxWord = 20;

// Which lists hold a word, one bit each, and the few single words the rules
// test for.
enum WordList : uint32_t {
  kBetweenSubjectAndCueList = 1u << 0,  // "has", "also", "n't": subject … cue
  kDeterminerList = 1u << 1,
  kNotInSubjectList = 1u << 2,  // clause links, prepositions, auxiliaries
  kObjectFirstCueList = 1u << 3,  // "told reporters that"
  kBeFormList = 1u << 4,
  kAdjunctStartList = 1u << 5,  // "said on Friday that"
  kSeedCueList = 1u << 6,       // speech verbs taken even when train saw them rarely
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
};

enum class Pronoun : uint8_t { kNone, kPerson, kThing, kOther };

// The WordList bits of `word` in any ASCII case; 0 when in no list.
uint32_t ListsOf(std::string_view word);
Pronoun PronounOf(uint32_t lists);
inline Pronoun PronounKind(std::string_view word) { return PronounOf(ListsOf(word)); }

// `word` ends with lower-case `suffix` in any ASCII case, and is longer.
bool EndsWith(std::string_view word, std::string_view suffix);

// What the rules ask about one token most often, answered once per document.
struct TokenWord {
  uint32_t lists = 0;       // WordList bits
  uint8_t cue_rate = 0;     // 0..255: how strongly the word signals a cue
  bool short_word = false;  // 1..kMaxWord bytes: may be in a list
};
TokenWord DescribeWord(std::string_view word, TokenKind kind);

// The rules once lower-cased words into one scratch buffer per function, and
// a few of them read a word back after a later word had overwritten its first
// bytes: the head-word features of the speaker model (trained on those
// values, so they must stay as they are) and the "-ing" test of an
// "according" not followed by "to". This replays those writes where such a
// read happens; everywhere else the per-token facts answer.
class ScratchWord {
 public:
  // Words too long for any list were never written.
  void Write(std::string_view word) {
    if (word.size() > kMaxWord) return;
    for (size_t i = 0; i < word.size(); ++i) buffer_[i] = LowerAscii(word[i]);
  }
  std::string_view View(size_t size) const { return std::string_view(buffer_, size); }

 private:
  char buffer_[kMaxWord] = {};
};

}  // namespace attribution
}  // namespace annotator
