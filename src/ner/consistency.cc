#include "ner/consistency.h"

#include <algorithm>

#include "ner/hash.h"
#include "ner/tags.h"
#include "ner/titles.h"

namespace annotator {
namespace ner {
namespace {

constexpr int kMinVotes = 2;

struct Occurrence {
  uint64_t key;   // the lower forms of its words
  int32_t first;  // token range [first, last]
  int32_t last;
  uint8_t type;
  bool votes;  // in the body, not a headline
};

// A name's words and the type the document settled on.
struct Settled {
  uint64_t first_word;  // lower form of its first word
  uint64_t key;
  int32_t length;
  uint8_t type;
  bool in_prose;  // the body writes it once at least beside a lower-case word, not only in lists and menus
};

uint64_t KeyOf(const std::vector<TokenFacts>& facts, int first, int last) {
  uint64_t key = 0x9ae16a3b2f90404fULL;
  for (int k = first; k <= last; ++k) key = Combine(key, facts[k].lower);
  return key;
}

void WriteMention(int first, int last, int type, uint8_t* tags) {
  if (first == last) {
    tags[first] = static_cast<uint8_t>(MakeTag(type, kUnit));
    return;
  }
  tags[first] = static_cast<uint8_t>(MakeTag(type, kBegin));
  for (int k = first + 1; k < last; ++k) tags[k] = static_cast<uint8_t>(MakeTag(type, kInside));
  tags[last] = static_cast<uint8_t>(MakeTag(type, kLast));
}

bool IsCapitalised(const TokenFacts& f) { return f.token_class == kCapitalizedWord || f.token_class == kAllCapsWord; }

// The last token of the name whose first token is `first`, within a sentence
// that ends before token `end`.
int MentionLast(const uint8_t* tags, int first, int end) {
  int last = first;
  while (last + 1 < end && TagPosition(tags[last]) != kLast && TagPosition(tags[last]) != kUnit) ++last;
  return last;
}

// The tagged names of the document.
void CollectOccurrences(const std::vector<TokenFacts>& facts, const std::vector<std::pair<int32_t, int32_t>>& sentences,
                        const uint8_t* tags, std::vector<Occurrence>* out) {
  out->clear();
  for (const auto& sentence : sentences) {
    const bool votes = !(facts[sentence.first].context & (kHeadlineModes | kTitleCaseBesideAmounts));
    for (int i = sentence.first; i < sentence.second; ++i) {
      if (tags[i] == kOutsideTag) continue;
      const int position = TagPosition(tags[i]);
      if (position != kBegin && position != kUnit) continue;
      const int last = MentionLast(tags, i, sentence.second);
      out->push_back(Occurrence{KeyOf(facts, i, last), i, last, static_cast<uint8_t>(TagType(tags[i])), votes});
      i = last;
    }
  }
}

// Whether the untagged words [first, last] of sentence [begin, end) may take
// a name the document gave the same words elsewhere. A single word first in
// a sentence may only when `first_in_sentence_too` (its capital says nothing).
bool MayTake(const std::vector<TokenFacts>& facts, const uint8_t* tags, int begin, int end, int first, int last,
             bool first_in_sentence_too = false) {
  if (facts[first].context & kCaseModes) return false;  // headline or lower-case text: case says nothing
  for (int k = first; k <= last; ++k) {
    if (tags[k] != kOutsideTag || !IsCapitalised(facts[k])) return false;
  }
  if (!first_in_sentence_too && first == last && (facts[first].context & (kSentenceInitial | kAfterQuoteOrColon)))
    return false;
  // Part of a longer run of capitalised words ("Coron Island") is another name.
  if (first > begin && IsCapitalised(facts[first - 1])) return false;
  if (last + 1 < end && IsCapitalised(facts[last + 1])) return false;
  return true;
}

bool Contains(const std::vector<uint64_t>& sorted, uint64_t word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// Words of a headline that the tagger made part of a name ("How Far Up This
// Goes", "Why Some People Triumph Online") that name no one anywhere ("This
// article has been adapted …"), and the numeral of a regnal name ("Norton
// I" made every "I" a person). Lower-form hashes.
constexpr auto kNeverNames = WordHashes({"this", "that", "these", "those", "it", "he", "she", "we", "they", "you",
                                         "there", "here", "what", "how", "why", "when", "where", "i"});

// Words that no name holds inside it, though a title-case headline
// capitalises them as it does the name's words: prepositions that names
// rarely hold, verbs of being and having, pronouns. Lower-form hashes.
constexpr auto kHeadlineBreaks =
    WordHashes({"from", "to",  "into", "with", "after", "than", "via",   "amid", "onto", "is",   "are", "was",  "were",
                "will", "has", "have", "it",   "its",   "them", "their", "us",   "our",  "your", "we",  "they", "he"});

// Whether tokens [first, last] hold such a word capitalised inside them.
bool HoldsHeadlineBreak(const std::vector<TokenFacts>& facts, int first, int last) {
  for (int k = first + 1; k < last; ++k) {
    if (facts[k].token_class != kLowerWord && Contains(kHeadlineBreaks, facts[k].lower)) return true;
  }
  return false;
}
bool HoldsHeadlineBreak(const std::vector<TokenFacts>& facts, const Occurrence& o) {
  return HoldsHeadlineBreak(facts, o.first, o.last);
}

// The keys of the last two words or more of the persons named in three words
// or more in the body ("le pen" of "Marine Le Pen", "luther king"), sorted: a
// surname of several words, which names the person wherever it stands ("Le
// Pen said" opening a sentence was tagged an organisation, as "Le Monde" is).
// Not from a headline, whose capitals run names together ("… Sign Kepa
// Arrizabalaga From Athletic Bilbao", on a page whose headline is no line of
// its own).
std::vector<uint64_t> PersonNameTails(const std::vector<TokenFacts>& facts,
                                      const std::vector<Occurrence>& occurrences) {
  std::vector<uint64_t> tails;
  for (const Occurrence& o : occurrences) {
    if (o.type != kPersonNameType || !o.votes || HoldsHeadlineBreak(facts, o)) continue;
    for (int k = o.first + 1; k < o.last; ++k) tails.push_back(KeyOf(facts, k, o.last));
  }
  std::sort(tails.begin(), tails.end());
  return tails;
}

// The surname of a person named in full ("Donald Trump", "Mr. Trump") names
// that person wherever it stands alone in the article, whatever the tagger
// made of it there ("Trump" tagged an organisation: "the Trump campaign", a
// word class from 2014 news). The lone occurrences become persons before the
// vote.
void MarkPersonWords(const std::vector<TokenFacts>& facts, uint8_t* tags, std::vector<Occurrence>* occurrences,
                     std::vector<uint64_t>* surnames, std::vector<uint64_t>* family_names) {
  surnames->clear();
  family_names->clear();
  for (const Occurrence& o : *occurrences) {
    if (o.type != kPersonNameType) continue;
    const bool after_honorific =
        o.first > 0 && IsCapitalised(facts[o.first - 1]) && IsHonorific(facts[o.first - 1].lower);
    if ((o.last > o.first || after_honorific) && !Contains(kNeverNames, facts[o.last].lower)) {
      surnames->push_back(facts[o.last].lower);
    }
    // A name whose first word is no given name may put the family name
    // first ("Xi Jinping", "Kim Jong Un").
    if (o.last > o.first && !IsGivenName(facts[o.first]) && !Contains(kNeverNames, facts[o.first].lower)) {
      family_names->push_back(facts[o.first].lower);
    }
  }
  std::sort(surnames->begin(), surnames->end());
  std::sort(family_names->begin(), family_names->end());
  if (surnames->empty()) return;
  const std::vector<uint64_t> tails = PersonNameTails(facts, *occurrences);
  // And a MISC name of a capitalised word and that surname, a relative's
  // ("including the actor Rashida Jones", after Quincy Jones).
  auto relative = [&](const Occurrence& o) {
    return o.type == kMiscNameType && o.last == o.first + 1 && facts[o.first].token_class == kCapitalizedWord &&
           IsGivenName(facts[o.first]) && Contains(*surnames, facts[o.last].lower);
  };
  for (Occurrence& o : *occurrences) {
    if (o.type == kPersonNameType) continue;
    if (o.first == o.last ? !Contains(*surnames, facts[o.first].lower) : !Contains(tails, o.key) && !relative(o)) {
      continue;
    }
    o.type = kPersonNameType;
    WriteMention(o.first, o.last, kPersonNameType, tags);
  }
}

// Such a word the tagger left untagged, alone between words in lower case,
// is the person too, first in a sentence included ("Xi clarified that…",
// where the capital says nothing of itself), unless the document also writes
// it in lower case ("May" and "may").
void FillPersonWords(const std::vector<TokenFacts>& facts, const std::vector<std::pair<int32_t, int32_t>>& sentences,
                     const std::vector<uint64_t>& surnames, const std::vector<uint64_t>& family_names, uint8_t* tags) {
  if (surnames.empty() && family_names.empty()) return;
  for (const auto& sentence : sentences) {
    for (int i = sentence.first; i < sentence.second; ++i) {
      const TokenFacts& f = facts[i];
      // MayTake's first test, ahead of the two searches: most tokens fail it.
      if (tags[i] != kOutsideTag || !IsCapitalised(f)) continue;
      if (!Contains(surnames, f.lower) && !Contains(family_names, f.lower)) continue;
      if ((f.document & kSeenLowerCase) || !MayTake(facts, tags, sentence.first, sentence.second, i, i, true)) continue;
      WriteMention(i, i, kPersonNameType, tags);
    }
  }
}

// Whether the body names the words of `o` with such words in lower case
// ("Dancing with the Stars"): `by_key` sorted by key.
bool BodyNamesInProse(const std::vector<TokenFacts>& facts, const std::vector<Occurrence>& by_key,
                      const Occurrence& o) {
  auto same = std::equal_range(by_key.begin(), by_key.end(), o,
                               [](const Occurrence& a, const Occurrence& b) { return a.key < b.key; });
  return std::any_of(same.first, same.second,
                     [&](const Occurrence& other) { return other.votes && !HoldsHeadlineBreak(facts, other); });
}

// The longest name of `settled` (sorted by first word) that starts at token
// `i`, ends by `last` and spans no such word capitalised, or nullptr.
const Settled* LongestSettledAt(const std::vector<TokenFacts>& facts, const std::vector<Settled>& settled, int i,
                                int last) {
  auto match = std::lower_bound(settled.begin(), settled.end(), facts[i].lower,
                                [](const Settled& s, uint64_t word) { return s.first_word < word; });
  const Settled* longest = nullptr;
  for (; match != settled.end() && match->first_word == facts[i].lower; ++match) {
    const int end = i + match->length - 1;
    if (end > last || (longest != nullptr && longest->length >= match->length)) continue;
    if (KeyOf(facts, i, end) == match->key && !HoldsHeadlineBreak(facts, i, end)) longest = &*match;
  }
  return longest;
}

// In a title-case headline, where case no longer tells a name's words from
// the others, the tagger ran names across such words ("Kepa Arrizabalaga
// From Athletic Bilbao" was a person, "Burglars Really Do Use Bluetooth
// Scanners To Find Laptops" an organisation). Such a name, unless the body
// names the same words in prose, is remade from the names the body settled
// on: the longest one at each word, and nothing where none starts.
void ResegmentHeadlineNames(const std::vector<TokenFacts>& facts, const std::vector<Occurrence>& by_key,
                            const std::vector<Settled>& settled, uint8_t* tags) {
  for (const Occurrence& o : by_key) {
    if (!(facts[o.first].context & kTitleCaseHeadline) || !HoldsHeadlineBreak(facts, o) ||
        BodyNamesInProse(facts, by_key, o)) {
      continue;
    }
    for (int k = o.first; k <= o.last; ++k) tags[k] = kOutsideTag;
    for (int k = o.first; k <= o.last; ++k) {
      if (const Settled* name = LongestSettledAt(facts, settled, k, o.last)) {
        WriteMention(k, k + name->length - 1, name->type, tags);
        k += name->length - 1;
      }
    }
  }
}

// In a title-case headline, where case tells nothing, the tagger missed or
// cut names the body settled on ("Elon Musk Buys Twitter For Billions" had
// none, "Taylor Swift Perform Old Songs At The Awards" had "Taylor"). The
// longest settled name at each word is written where the tagger's names lie
// within it, not over one of the same words (its type stays). Not in
// headlines in capitals, which on pages are mostly menus. Only names the
// body writes in prose, beside a lower-case word (not a menu's "Car
// Reviews"), and a one-word name only when the body capitalises it inside
// sentences and never writes it in lower case; none that opens with a word
// that names no one (kNeverNames).
void FillHeadlineNames(const std::vector<TokenFacts>& facts, const std::vector<std::pair<int32_t, int32_t>>& sentences,
                       const std::vector<Settled>& settled, uint8_t* tags) {
  auto opens = [&](int k) {
    return tags[k] == kOutsideTag || TagPosition(tags[k]) == kBegin || TagPosition(tags[k]) == kUnit;
  };
  auto closes = [&](int k) {
    return tags[k] == kOutsideTag || TagPosition(tags[k]) == kLast || TagPosition(tags[k]) == kUnit;
  };
  for (const auto& sentence : sentences) {
    if (!(facts[sentence.first].context & kTitleCaseHeadline)) continue;
    for (int k = sentence.first; k < sentence.second; ++k) {
      if (!IsCapitalised(facts[k]) || !opens(k)) continue;
      const Settled* name = LongestSettledAt(facts, settled, k, sentence.second - 1);
      if (name == nullptr || !name->in_prose || ner::Contains(kNeverNames, uint64_t{name->first_word})) continue;
      const int last = k + name->length - 1;
      const uint8_t evidence = facts[k].document & (kSeenCapitalizedMidSentence | kSeenLowerCase);
      // The tagger's name of exactly these words.
      const bool whole_mention = tags[k] != kOutsideTag && MentionLast(tags, k, sentence.second) == last;
      if (!closes(last) || whole_mention || (last == k && evidence != kSeenCapitalizedMidSentence)) continue;
      WriteMention(k, last, name->type, tags);
      k = last;
    }
  }
}

}  // namespace

bool IsGivenName(const TokenFacts& f) {
  constexpr int kFirstNameBits = 4 * 4;  // kGazetteerFirstName is bit 4
  static_assert(kGazetteerFirstName == 1 << 4, "first-name gazetteer bit");
  return (f.gazetteer >> kFirstNameBits) & 0xFu;
}

void MakeConsistent(const std::vector<TokenFacts>& facts, const std::vector<std::pair<int32_t, int32_t>>& sentences,
                    uint8_t* tags) {
  thread_local std::vector<Occurrence> occurrences;
  thread_local std::vector<Settled> settled;
  thread_local std::vector<uint64_t> surnames, family_names;
  CollectOccurrences(facts, sentences, tags, &occurrences);
  if (occurrences.empty()) return;
  MarkPersonWords(facts, tags, &occurrences, &surnames, &family_names);
  std::vector<Occurrence>& by_key = occurrences;
  std::stable_sort(by_key.begin(), by_key.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.key < b.key; });
  settled.clear();
  for (size_t i = 0; i < by_key.size();) {
    size_t j = i;
    int votes[kNumNameTypes] = {};
    int total = 0;
    for (; j < by_key.size() && by_key[j].key == by_key[i].key; ++j) {
      if (by_key[j].votes) ++votes[by_key[j].type], ++total;
    }
    int majority = -1;
    for (int t = 0; t < kNumNameTypes; ++t) {
      if (2 * votes[t] > total) majority = t;
    }
    // Retyping needs a clear majority of at least two: a city named in a
    // dateline and its team in the report ("NEW YORK" / "New York beat
    // Chicago") are two things, each said once or twice. Headlines keep the
    // type they were tagged with, which already followed the body
    // (FeatureExtractor::sentences).
    if (majority >= 0 && total >= kMinVotes && 3 * votes[majority] >= 2 * total) {
      for (size_t k = i; k < j; ++k) {
        if (by_key[k].votes && by_key[k].type != majority)
          WriteMention(by_key[k].first, by_key[k].last, majority, tags);
      }
    }
    if (majority >= 0) {
      const Occurrence& o = by_key[i];
      const bool in_prose = std::any_of(by_key.begin() + i, by_key.begin() + j, [&](const Occurrence& other) {
        return other.votes &&
               ((other.first > 0 && facts[other.first - 1].token_class == kLowerWord) ||
                (other.last + 1 < static_cast<int>(facts.size()) && facts[other.last + 1].token_class == kLowerWord));
      });
      settled.push_back(
          Settled{facts[o.first].lower, o.key, o.last - o.first + 1, static_cast<uint8_t>(majority), in_prose});
    }
    i = j;
  }
  std::sort(settled.begin(), settled.end(),
            [](const Settled& a, const Settled& b) { return a.first_word < b.first_word; });
  ResegmentHeadlineNames(facts, by_key, settled, tags);
  for (const auto& sentence : sentences) {
    for (int i = sentence.first; i < sentence.second; ++i) {
      if (tags[i] != kOutsideTag || !IsCapitalised(facts[i])) continue;
      auto match = std::lower_bound(settled.begin(), settled.end(), facts[i].lower,
                                    [](const Settled& s, uint64_t word) { return s.first_word < word; });
      for (; match != settled.end() && match->first_word == facts[i].lower; ++match) {
        const int last = i + match->length - 1;
        if (last >= sentence.second || KeyOf(facts, i, last) != match->key) continue;
        if (!MayTake(facts, tags, sentence.first, sentence.second, i, last)) continue;
        WriteMention(i, last, match->type, tags);
        i = last;
        break;
      }
    }
  }
  FillHeadlineNames(facts, sentences, settled, tags);
  FillPersonWords(facts, sentences, surnames, family_names, tags);
}

}  // namespace ner
}  // namespace annotator
