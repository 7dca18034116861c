#include "attribution/lexicon.h"

#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

using std::string_view;

// Words that may stand between a subject and its speech verb
// ("he has also said", "officials would not say"). Sorted.
constexpr string_view kBetweenSubjectAndCue[] = {
    "again", "already", "also", "could", "did", "directly", "does", "explicitly", "finally",
    "first", "flatly", "frequently", "had", "has", "have", "initially", "just", "later", "may",
    "might", "n't", "never", "not", "n’t", "often", "once", "only", "originally", "previously",
    "privately", "publicly", "quickly", "recently", "repeatedly", "reportedly", "simply",
    "still", "subsequently", "then", "ultimately", "will", "would",
};

constexpr string_view kDeterminers[] = {
    "a", "all", "an", "another", "both", "each", "every", "her", "his", "its", "many", "most",
    "my", "other", "our", "several", "some", "the", "their", "these", "those", "your",
};

// Words that end a noun phrase scanned leftwards from a cue: clause links,
// prepositions, auxiliaries. Sorted.
constexpr string_view kNotInSubject[] = {
    "about", "after", "against", "also", "although", "am", "and", "are", "as", "at", "be",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "during",
    "for", "from", "had", "has", "have", "here", "how", "if", "in", "into", "is", "may",
    "might", "must", "n't", "not", "n’t", "of", "on", "or", "over", "shall", "should", "since",
    "so", "than", "that", "then", "there", "though", "to", "under", "unless", "until", "was",
    "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "would", "yet",
};

// Verbs whose object comes before the reported clause: "told reporters that".
constexpr string_view kObjectFirstCues[] = {
    "asked", "asks", "assured", "informed", "reminded", "tell", "telling", "tells", "told",
    "warned", "warning", "warns",
};

constexpr string_view kBeForms[] = {"am", "are", "be", "been", "being", "is", "was", "were"};

// Words that open an adjunct between a speech verb and its clause. Sorted.
constexpr string_view kAdjunctStarts[] = {
    "again",  "also",     "at",      "during",   "earlier", "friday",  "in",     "last",
    "later",  "monday",   "on",      "publicly", "repeatedly", "saturday", "sunday", "this",
    "thursday", "today",  "tuesday", "wednesday", "yesterday",
};

// Speech verbs taken as cues even when train never saw them often enough.
constexpr string_view kSeedCues[] = {
    "acknowledged", "added", "adding", "admitted", "announced", "argued", "asserted",
    "cautioned", "cautioning", "claimed", "clarified", "conceded", "contended", "declared",
    "emphasised", "emphasized", "explained", "insisted", "maintained", "noted", "noting",
    "observed", "pledged", "predicted", "promised", "remarked", "replied", "responded", "said",
    "say", "saying", "says", "stated", "stressed", "stressing", "suggested", "told", "tweeted",
    "urged", "urging", "vowed", "warned", "wrote",
};

// Words left in lower case inside titles. Sorted.
constexpr string_view kTitleSmallWords[] = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "vs", "with",
};

// Head nouns of descriptions that refer back to an organisation.
constexpr string_view kOrgNouns[] = {
    "administration", "agency", "bank", "campaign", "commission", "committee", "company",
    "department", "firm", "government", "group", "ministry", "network", "newspaper",
    "organisation", "organization", "paper", "party", "website",
};

constexpr string_view kPersonPronouns[] = {"he", "she"};
constexpr string_view kThingPronouns[] = {"it", "they"};
constexpr string_view kOtherPronouns[] = {"i", "we", "you"};

// After a preposition a noun phrase is an object, not a speaker.
constexpr string_view kPrepositions[] = {
    "about", "against", "at", "by", "for", "from", "in", "of", "on", "to", "with",
};

struct LexiconEntry {
  uint32_t lists = 0;            // WordList bits
  const CueWord* cue = nullptr;  // its row of kCueWords
};

template <size_t N>
void AddList(const string_view (&list)[N], uint32_t bit, WordTable<LexiconEntry>* table) {
  for (string_view word : list) table->Insert(word)->lists |= bit;
}

const WordTable<LexiconEntry>& Lexicon() {
  static const WordTable<LexiconEntry> table = [] {
    WordTable<LexiconEntry> t;
    for (size_t i = 0; i < kNumCueWords; ++i) t.Insert(kCueWords[i].word)->cue = &kCueWords[i];
    AddList(kBetweenSubjectAndCue, kBetweenSubjectAndCueList, &t);
    AddList(kDeterminers, kDeterminerList, &t);
    AddList(kNotInSubject, kNotInSubjectList, &t);
    AddList(kObjectFirstCues, kObjectFirstCueList, &t);
    AddList(kBeForms, kBeFormList, &t);
    AddList(kAdjunctStarts, kAdjunctStartList, &t);
    AddList(kSeedCues, kSeedCueList, &t);
    AddList(kTitleSmallWords, kTitleSmallWordList, &t);
    AddList(kOrgNouns, kOrgNounList, &t);
    AddList(kPrepositions, kPrepositionList, &t);
    AddList(kPersonPronouns, kPersonPronounList, &t);
    AddList(kThingPronouns, kThingPronounList, &t);
    AddList(kOtherPronouns, kOtherPronounList, &t);
    t.Insert("that")->lists |= kWordThat;
    t.Insert("to")->lists |= kWordTo;
    t.Insert("according")->lists |= kWordAccording;
    t.Insert("who")->lists |= kWordWho;
    t.Insert("which")->lists |= kWordWhich;
    t.Insert("and")->lists |= kWordAnd;
    t.Insert("but")->lists |= kWordBut;
    return t;
  }();
  return table;
}

const LexiconEntry* FindWord(string_view word) {
  return word.size() > kMaxWord ? nullptr : Lexicon().Find(word);
}

// The rate of a seed cue that the lexicon lacks or saw too rarely.
constexpr uint8_t kSeedCueRate = 160;

}  // namespace

uint32_t ListsOf(string_view word) {
  const LexiconEntry* entry = FindWord(word);
  return entry == nullptr ? 0 : entry->lists;
}

Pronoun PronounOf(uint32_t lists) {
  if (lists & kPersonPronounList) return Pronoun::kPerson;
  if (lists & kThingPronounList) return Pronoun::kThing;
  if (lists & kOtherPronounList) return Pronoun::kOther;
  return Pronoun::kNone;
}

bool EndsWith(string_view word, string_view suffix) {
  if (word.size() <= suffix.size()) return false;
  const size_t start = word.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (LowerAscii(word[start + i]) != suffix[i]) return false;
  }
  return true;
}

TokenWord DescribeWord(string_view word, TokenKind kind) {
  TokenWord w;
  w.short_word = !word.empty() && word.size() <= kMaxWord;
  if (!w.short_word) return w;
  const LexiconEntry* entry = Lexicon().Find(word);
  if (entry != nullptr) w.lists = entry->lists;
  if (kind == TokenKind::kWord && word.size() >= 3) {
    if (entry != nullptr && entry->cue != nullptr && entry->cue->cue_count >= kMinCueCount) {
      w.cue_rate = entry->cue->cue_rate;
    } else if (w.lists & kSeedCueList) {
      w.cue_rate = kSeedCueRate;
    }
  }
  return w;
}

}  // namespace attribution

}  // namespace annotator
