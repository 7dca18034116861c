#include "attribution.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "attribution_lexicon.h"
#include "attribution_model.h"
#include "word_table.h"

// Three passes over one document, each linear in its tokens:
//  1. Cues. Every word that often heads an attribution cue in PolNeAR train
//     (the table in attribution_lexicon_data.cc), and "according to", becomes
//     a cue with a source (the noun phrase or pronoun before it, or after it
//     in `“…,” said X`) and up to two content regions: the clause after it
//     (`X said that …`) and the part of the sentence before it (`…, X said`).
//  2. Quotations. A quotation inside a cue's region takes that cue's source;
//     it is `direct` when the region holds nothing but quotation, `mixed`
//     otherwise. Without a cue: a colon introduction (`X: “…”`), then a
//     quotation opening its sentence continues the latest speaker, then a
//     short quotation is `scare`.
//  3. Reported speech. A cue whose region holds no quotation adds an
//     `indirect` quotation over that region. Rarer cue words (rate 24..63:
//     want, believe, show) and cues without a subject next to them count
//     here only; they never give a quotation its speaker.
// Within a sentence the cue nearest before a quotation wins when its subject
// is a name; a mixed quotation with no cue goes to the sentence's opening
// subject.

namespace annotator {
namespace {

using std::string_view;

SpeakerTrace* g_speaker_trace = nullptr;

// Cues whose rate in train is below this are too often plain verbs
// ("show", "want") to be taken on their own; tuned on PolNeAR dev.
constexpr int kMinCueRate = 64;   // of 255
// Rarer cue words ("want", "believe", "show") still head reported speech
// often enough to be taken for `indirect` attributions, never for quotations.
constexpr int kMinIndirectCueRate = 24;
constexpr int kMinCueCount = 2;
// A short quotation in the same sentence after a weaker cue is still mixed.
constexpr int kMinWeakCueRate = 20;
// How far the quotation scorer must disagree to override the rules' kind;
// tuned on PolNeAR dev.
constexpr float kQuoteMargin = 1.0f;

// Words are compared with ASCII letters lower-cased and other bytes as
// written (so "n’t" and accented words match as written); a word longer than
// this is never a cue word or a function word, and hashes as the empty word.
constexpr size_t kMaxWord = 20;

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

enum class Pronoun : uint8_t { kNone, kPerson, kThing, kOther };

constexpr string_view kPersonPronouns[] = {"he", "she"};
constexpr string_view kThingPronouns[] = {"it", "they"};
constexpr string_view kOtherPronouns[] = {"i", "we", "you"};

// After a preposition a noun phrase is an object, not a speaker.
constexpr string_view kPrepositions[] = {
    "about", "against", "at", "by", "for", "from", "in", "of", "on", "to", "with",
};

// Which of the lists above hold a word, one bit each, and the few single
// words the rules test for.
enum WordList : uint32_t {
  kBetweenSubjectAndCueList = 1u << 0,
  kDeterminerList = 1u << 1,
  kNotInSubjectList = 1u << 2,
  kObjectFirstCueList = 1u << 3,
  kBeFormList = 1u << 4,
  kAdjunctStartList = 1u << 5,
  kSeedCueList = 1u << 6,
  kTitleSmallWordList = 1u << 7,
  kOrgNounList = 1u << 8,
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

struct LexiconEntry {
  uint32_t lists = 0;               // WordList bits
  const CueWord* cue = nullptr;     // its row of kCueWords
};

template <size_t N>
void AddList(const string_view (&list)[N], uint32_t bit, WordTable<LexiconEntry>* table) {
  for (string_view word : list) table->Insert(word)->lists |= bit;
}

// Every word list of attribution and the cue lexicon in one table, so that a
// token is hashed once and each question about it is a bit test.
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

// The lexicon entry of `word` in any ASCII case, or nullptr.
const LexiconEntry* FindWord(string_view word, uint32_t hash) {
  return word.size() > kMaxWord ? nullptr : Lexicon().Find(word, hash);
}

uint32_t ListsOf(string_view word) {
  const LexiconEntry* entry = FindWord(word, LowerWordHash(word));
  return entry == nullptr ? 0 : entry->lists;
}

Pronoun PronounOf(uint32_t lists) {
  if (lists & kPersonPronounList) return Pronoun::kPerson;
  if (lists & kThingPronounList) return Pronoun::kThing;
  if (lists & kOtherPronounList) return Pronoun::kOther;
  return Pronoun::kNone;
}

Pronoun PronounKind(string_view word) { return PronounOf(ListsOf(word)); }

// `word` ends with lower-case `suffix` in any ASCII case, and is longer.
bool EndsWith(string_view word, string_view suffix) {
  if (word.size() <= suffix.size()) return false;
  const size_t start = word.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (LowerAscii(word[start + i]) != suffix[i]) return false;
  }
  return true;
}

// What the rules ask about one token most often, answered once per document.
struct TokenWord {
  uint32_t lists = 0;       // WordList bits
  uint8_t cue_rate = 0;     // see Attributor::CueRate
  bool short_word = false;  // 1..kMaxWord bytes: may be in a list
};

// The rules once lower-cased words into one scratch buffer per function, and
// a few of them read a word back after a later word had overwritten its first
// bytes: the head-word features of the speaker model (trained on those
// values, so they must stay as they are) and the "-ing" test of an
// "according" not followed by "to". This replays those writes where such a
// read happens; everywhere else the per-token facts answer.
class ScratchWord {
 public:
  // Words too long for any list were never written.
  void Write(string_view word) {
    if (word.size() > kMaxWord) return;
    for (size_t i = 0; i < word.size(); ++i) buffer_[i] = LowerAscii(word[i]);
  }
  string_view View(size_t size) const { return string_view(buffer_, size); }

 private:
  char buffer_[kMaxWord] = {};
};

// The rate of a seed cue that the lexicon lacks or saw too rarely.
constexpr uint8_t kSeedCueRate = 160;

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

// A cue and what it governs. Regions are token ranges [begin, end).
struct Cue {
  uint32_t first = 0, last = 0;  // the cue's tokens
  Span cue;
  Span source;
  int32_t source_entity = -1;
  uint32_t after_begin = 0, after_end = 0;    // `X said [that …]`
  uint32_t before_begin = 0, before_end = 0;  // `[…,] X said`
  Span before_quote;  // `“…?” he asked.` split into two sentences
  bool weak = false;  // too rare a cue to govern a quotation; reported speech only
};

class Attributor {
 public:
  explicit Attributor(Document* doc) : doc_(*doc), tokens_(doc->tokens) {}

  void Run() {
    IndexTokens();
    IndexMentions();
    FindCues();
    AttributeDirectQuotes();
    ClassifyQuotes();
    AddIndirectQuotes();
    RerankSpeakers();
    if (doc_.quotes.size() != direct_count_) {
      std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(),
                       [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
    }
  }

 private:
  string_view TokenText(uint32_t t) const {
    return doc_.text.substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
  }
  // Which word lists hold token `t` (WordList bits).
  uint32_t Lists(uint32_t t) const { return words_[t].lists; }
  bool InList(uint32_t t, uint32_t list) const { return (words_[t].lists & list) != 0; }
  Pronoun PronounAt(uint32_t t) const { return PronounOf(words_[t].lists); }
  // The lower-cased word at `t` ends with `suffix`; words too long for any
  // list never do.
  bool WordEndsWith(uint32_t t, string_view suffix) const {
    return words_[t].short_word && EndsWith(TokenText(t), suffix);
  }
  // FNV-1a of the lower-cased word at `t`, of "" when it is too long.
  uint32_t WordHash(uint32_t t) const { return LowerWordHash(words_[t].short_word ? TokenText(t) : string_view()); }
  bool IsWord(uint32_t t) const {
    return tokens_[t].kind == TokenKind::kWord || tokens_[t].kind == TokenKind::kNumber;
  }
  bool IsPunct(uint32_t t, string_view p) const {
    return tokens_[t].kind == TokenKind::kPunct && TokenText(t) == p;
  }
  Span TokenSpan(uint32_t first, uint32_t last) const {  // tokens [first, last)
    if (first >= last) return {};
    return Span{tokens_[first].begin, tokens_[last - 1].end};
  }

  // Token → word facts, token → sentence, token → quotation, quotation →
  // token range.
  void IndexTokens() {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    words_.resize(n);
    for (uint32_t t = 0; t < n; ++t) words_[t] = DescribeWord(TokenText(t), tokens_[t].kind);
    sentence_of_.assign(n, 0);
    quote_of_.assign(n, -1);
    sentence_first_.assign(doc_.sentences.size() + 1, n);
    uint32_t t = 0;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      while (t < n && tokens_[t].end <= doc_.sentences[s].begin) sentence_of_[t++] = s;
      sentence_first_[s] = t;
      while (t < n && tokens_[t].begin < doc_.sentences[s].end) sentence_of_[t++] = s;
    }
    const uint32_t last_sentence = doc_.sentences.empty() ? 0 : doc_.sentences.size() - 1;
    while (t < n) sentence_of_[t++] = last_sentence;
    sentence_first_.back() = n;
    quote_first_.resize(doc_.quotes.size());
    quote_last_.resize(doc_.quotes.size());
    t = 0;
    for (uint32_t q = 0; q < doc_.quotes.size(); ++q) {
      const Span span = doc_.quotes[q].span;
      while (t < n && tokens_[t].begin < span.begin) ++t;
      quote_first_[q] = t;
      uint32_t u = t;
      while (u < n && tokens_[u].end <= span.end) quote_of_[u++] = static_cast<int32_t>(q);
      quote_last_[q] = u;
    }
    IndexWordCounts();
  }

  // Running counts that answer "how many words in [begin, end)" and "the
  // nearest weak cue before" in constant time: a paragraph of thousands of
  // quotations (pasted junk) would otherwise rescan its sentence per quote.
  void IndexWordCounts() {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    words_before_.assign(n + 1, 0);
    free_words_before_.assign(n + 1, 0);
    last_weak_cue_.assign(n, kNoToken);
    for (uint32_t t = 0; t < n; ++t) {
      const bool word = IsWord(t), free = quote_of_[t] < 0;
      words_before_[t + 1] = words_before_[t] + word;
      free_words_before_[t + 1] = free_words_before_[t] + (word && free);
      const bool weak_cue = free && CueRate(t) >= kMinWeakCueRate;
      last_weak_cue_[t] = weak_cue ? t : t > 0 ? last_weak_cue_[t - 1] : kNoToken;
    }
  }

  uint32_t SentenceBegin(uint32_t t) const { return sentence_first_[sentence_of_[t]]; }
  uint32_t SentenceEnd(uint32_t t) const { return sentence_first_[sentence_of_[t] + 1]; }

  // 0..255: how strongly the word at `t` signals an attribution cue.
  int CueRate(uint32_t t) const { return words_[t].cue_rate; }

  // The name mention ending exactly at token `t`, or -1.
  int32_t MentionEndingAt(uint32_t t) const { return mention_ending_at_[t]; }
  // The name mention starting exactly at token `t`, or -1.
  int32_t MentionStartingAt(uint32_t t) const { return mention_starting_at_[t]; }

  // Token → the first name mention starting (ending) at it. Mentions are
  // sorted by begin, and so, as they do not overlap, by end: one sweep.
  void IndexMentions() {
    const auto& mentions = doc_.mentions;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    mention_starting_at_.assign(n, -1);
    mention_ending_at_.assign(n, -1);
    size_t m = 0;
    for (uint32_t t = 0; t < n; ++t) {
      while (m < mentions.size() && mentions[m].span.begin < tokens_[t].begin) ++m;
      for (size_t k = m; k < mentions.size() && mentions[k].span.begin == tokens_[t].begin; ++k) {
        if (IsNameType(mentions[k].type)) {
          mention_starting_at_[t] = static_cast<int32_t>(k);
          break;
        }
      }
    }
    const bool sorted_by_end = std::is_sorted(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
      return a.span.end < b.span.end;
    });
    m = 0;
    for (uint32_t t = 0; t < n; ++t) {
      if (sorted_by_end) {
        while (m < mentions.size() && mentions[m].span.end < tokens_[t].end) ++m;
      } else {  // overlapping mentions (hand-made documents): search as the rules always did
        m = std::lower_bound(mentions.begin(), mentions.end(), tokens_[t].end,
                             [](const Mention& mention, uint32_t end) { return mention.span.end < end; }) -
            mentions.begin();
      }
      for (size_t k = m; k < mentions.size() && mentions[k].span.end == tokens_[t].end; ++k) {
        if (IsNameType(mentions[k].type)) {
          mention_ending_at_[t] = static_cast<int32_t>(k);
          break;
        }
      }
    }
  }

  // The subject noun phrase ending at token `t` (not before `limit`): a
  // pronoun, a name, or a description ("the company", "senior officials").
  Span SubjectEndingAt(uint32_t t, uint32_t limit) const {
    if (t < limit || quote_of_[t] >= 0 || !IsWord(t)) return {};
    if (PronounAt(t) != Pronoun::kNone) return TokenSpan(t, t + 1);
    if (InList(t, kWordWho) && t > limit) {  // "Smith, who said"
      const uint32_t before = IsPunct(t - 1, ",") ? t - 1 : t;
      return before > limit ? SubjectEndingAt(before - 1, limit) : Span{};
    }
    const int32_t mention = MentionEndingAt(t);
    if (mention >= 0) return doc_.mentions[mention].span;
    if (InList(t, kNotInSubjectList | kDeterminerList)) return {};
    uint32_t first = t;
    for (int taken = 1; first > limit && taken < 6; ++taken) {
      const uint32_t prev = first - 1;
      if (!IsWord(prev) || quote_of_[prev] >= 0) break;
      if (InList(prev, kNotInSubjectList) || CueRate(prev) > 0) break;
      first = prev;
      if (InList(prev, kDeterminerList)) break;
    }
    return TokenSpan(first, t + 1);
  }

  // The subject after an inverted cue: `“…,” said Xi`, `said the company`.
  Span SubjectStartingAt(uint32_t t, uint32_t limit) const {
    if (t >= limit || !IsWord(t) || quote_of_[t] >= 0) return {};
    if (PronounAt(t) != Pronoun::kNone) return TokenSpan(t, t + 1);
    int32_t mention = MentionStartingAt(t);
    if (mention < 0 && t + 1 < limit && tokens_[t].Has(kCapitalized)) {
      mention = MentionStartingAt(t + 1);  // "said Sen. Ted Cruz"
      if (mention >= 0) return Span{tokens_[t].begin, doc_.mentions[mention].span.end};
    }
    if (mention >= 0) return doc_.mentions[mention].span;
    uint32_t last = t;
    if (InList(t, kDeterminerList)) {
      while (last + 1 < limit && last - t < 5 && IsWord(last + 1)) {
        if (InList(last + 1, kNotInSubjectList)) break;
        ++last;
      }
      return last > t ? TokenSpan(t, last + 1) : Span{};
    }
    if (!tokens_[t].Has(kCapitalized)) return {};
    while (last + 1 < limit && last - t < 3 && tokens_[last + 1].Has(kCapitalized) && IsWord(last + 1)) {
      ++last;
    }
    return TokenSpan(t, last + 1);
  }

  // The entity a speaker span refers to: its name's entity, the latest
  // compatible entity for a pronoun, the latest organisation for "the company".
  int32_t SpeakerEntity(Span speaker) const {
    if (speaker.empty()) return -1;
    const auto& mentions = doc_.mentions;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), speaker.begin,
                               [](const Mention& m, uint32_t begin) { return m.span.end <= begin; });
    int32_t found = -1;
    for (; it != mentions.end() && it->span.begin < speaker.end; ++it) {
      if (IsNameType(it->type) && it->entity >= 0) {
        found = it->entity;
        if (it->type == EntityType::kPerson || it->type == EntityType::kOrg) break;
      }
    }
    if (found >= 0) return found;
    // The speaker's last word decides what it can refer to.
    size_t last_space = doc_.Text(speaker).find_last_of(' ');
    string_view head = doc_.Text(speaker).substr(last_space == string_view::npos ? 0 : last_space + 1);
    const uint32_t lists = ListsOf(head);
    const Pronoun pronoun = PronounOf(lists);
    EntityType wanted;
    if (pronoun == Pronoun::kPerson) {
      wanted = EntityType::kPerson;
    } else if (pronoun == Pronoun::kThing || (speaker.size() > head.size() && (lists & kOrgNounList))) {
      wanted = EntityType::kOrg;
    } else {
      return -1;
    }
    return LatestEntityBefore(speaker.begin, wanted);
  }

  int32_t LatestEntityBefore(uint32_t offset, EntityType type) const {
    const auto& mentions = doc_.mentions;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                               [](const Mention& m, uint32_t o) { return m.span.end <= o; });
    for (int looked = 0; it != mentions.begin() && looked < 64; ++looked) {
      --it;
      if (it->type == type && it->entity >= 0 && !it->boilerplate) return it->entity;
    }
    return -1;
  }

  // Drops trailing sentence punctuation from region [begin, end).
  uint32_t TrimEnd(uint32_t begin, uint32_t end) const {
    while (end > begin && tokens_[end - 1].kind == TokenKind::kPunct) --end;
    return end;
  }

  // Where the reported clause after cue tokens [.., k) starts.
  uint32_t ClauseStart(uint32_t k, uint32_t end, bool object_first) const {
    if (k < end && InList(k, kWordThat)) return k + 1;
    // "said on Friday that", "told reporters last week that"; not "say it
    // is a sign that", where "that" belongs to the reported clause.
    if (k < end && (object_first || InList(k, kAdjunctStartList))) {
      for (uint32_t t = k + 1; t < end && t < k + 8; ++t) {
        if (quote_of_[t] >= 0 || tokens_[t].kind == TokenKind::kPunct) break;
        if (InList(t, kWordThat)) return t + 1;
      }
    }
    if (k < end && (IsPunct(k, ",") || IsPunct(k, ":"))) return k + 1;
    if (object_first && k < end) {
      // "told reporters", "told CNN", "told the Post": skip the object.
      Span object = SubjectStartingAt(k, end);
      uint32_t t = k;
      if (!object.empty()) {
        while (t < end && tokens_[t].end <= object.end) ++t;
      } else if (IsWord(k) && quote_of_[k] < 0) {
        t = k + 1;
      }
      if (t < end && (IsPunct(t, ",") || IsPunct(t, ":"))) ++t;
      return t;
    }
    return k;
  }

  // Words of [begin, end) outside quotations.
  size_t CountWords(uint32_t begin, uint32_t end) const {
    return end > begin ? free_words_before_[end] - free_words_before_[begin] : 0;
  }

  size_t CountAllWords(uint32_t begin, uint32_t end) const {
    return end > begin ? words_before_[end] - words_before_[begin] : 0;
  }

  void FindCues() {
    cues_.clear();
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    size_t block = 0;  // boilerplate blocks are sorted
    const auto& blocks = doc_.boilerplate;
    for (uint32_t t = 0; t < n; ++t) {
      if (quote_of_[t] >= 0 || tokens_[t].kind != TokenKind::kWord) continue;
      // Disclaimers, adverts and navigation report nobody's words.
      while (block < blocks.size() && blocks[block].span.end <= tokens_[t].begin) ++block;
      if (block < blocks.size() && blocks[block].span.contains(tokens_[t].begin)) continue;
      const uint32_t sb = SentenceBegin(t), se = SentenceEnd(t);
      bool ends_ing = WordEndsWith(t, "ing"), ends_ed = WordEndsWith(t, "ed");
      if (InList(t, kWordAccording) && t + 1 < se) {
        if (InList(t + 1, kWordTo)) {
          AddAccordingTo(t, sb, se);
          ++t;
          continue;
        }
        ScratchWord scratch;  // the next word overwrote "according"
        scratch.Write(TokenText(t));
        scratch.Write(TokenText(t + 1));
        const string_view word = scratch.View(TokenText(t).size());
        ends_ing = EndsWith(word, "ing");
        ends_ed = EndsWith(word, "ed");
      }
      const int rate = CueRate(t);
      if (rate < kMinIndirectCueRate) continue;
      weak_cue_ = rate < kMinCueRate;
      // "warning" in "an AI risk warning" is a noun: a participle cue follows
      // a comma, an auxiliary or its subject.
      if (ends_ing && t > sb && !IsPunct(t - 1, ",") && IsWord(t - 1)) {
        if (!InList(t - 1, kBetweenSubjectAndCueList | kBeFormList) && PronounAt(t - 1) == Pronoun::kNone &&
            MentionEndingAt(t - 1) < 0) {
          continue;
        }
      }
      // "the Chinese push to control": a rarer cue word after a determiner
      // (and perhaps one modifier) is a noun; it reports something only
      // when a clause follows ("their claim that …").
      if (weak_cue_ && !ends_ed && t > sb && t + 1 < se && !InList(t + 1, kWordThat) &&
          !IsPunct(t + 1, ":")) {
        const bool det1 = IsWord(t - 1) && InList(t - 1, kDeterminerList);
        const bool det2 = t >= sb + 2 && IsWord(t - 1) && IsWord(t - 2) && InList(t - 2, kDeterminerList) &&
                          !InList(t - 1, kNotInSubjectList);
        if (det1 || det2) continue;
      }
      AddVerbCue(t, sb, se);
    }
  }

  // "according to X, …" and "…, according to X."
  void AddAccordingTo(uint32_t t, uint32_t sb, uint32_t se) {
    Cue cue;
    cue.first = t;
    cue.last = t + 2;
    cue.cue = TokenSpan(t, t + 2);
    cue.source = SubjectStartingAt(t + 2, se);
    if (cue.source.empty()) return;
    uint32_t after = t + 2;
    while (after < se && tokens_[after].end <= cue.source.end) ++after;
    // The source may run on: "according to a report by the Post".
    while (after < se && !IsPunct(after, ",") && tokens_[after].kind != TokenKind::kPunct &&
           quote_of_[after] < 0 && after < t + 14) {
      ++after;
    }
    if (CountAllWords(sb, t) >= 2) {
      cue.before_begin = sb;
      cue.before_end = TrimEnd(sb, t);
    } else {
      if (after < se && IsPunct(after, ",")) ++after;
      cue.after_begin = after;
      cue.after_end = TrimEnd(after, se);
    }
    Finish(&cue);
  }

  void AddVerbCue(uint32_t t, uint32_t sb, uint32_t se) {
    Cue cue;
    cue.first = t;
    cue.last = t + 1;
    cue.cue = TokenSpan(t, t + 1);
    // "China's government is calling upon": the subject is before the auxiliary.
    const bool progressive = t > sb + 1 && WordEndsWith(t, "ing") && IsWord(t - 1) && InList(t - 1, kBeFormList);
    const uint32_t s = SubjectEnd(progressive ? t - 1 : t, sb);
    Span source;
    uint32_t source_first = s;
    if (s > sb && IsPunct(t - 1, ",") && WordEndsWith(t, "ing")) {
      // "…, saying that …": the participle shares the clause's subject.
      source = ClauseSubject(sb, t);
    } else if (s > sb) {
      source = SubjectEndingAt(s - 1, sb);
      // "Xi, the president, said": an apposition between commas.
      if (source.empty() && IsPunct(s - 1, ",") && s >= sb + 2) {
        // "the company's chief, Maria Lopez, said": the name closes it.
        const int32_t name = MentionEndingAt(s - 2);
        if (name >= 0 && doc_.mentions[name].type == EntityType::kPerson) source = doc_.mentions[name].span;
      }
      if (source.empty() && IsPunct(s - 1, ",")) {
        for (uint32_t c = s - 1; c > sb && c + 16 > s; --c) {
          if (quote_of_[c - 1] >= 0) break;
          if (IsPunct(c - 1, ",") && c >= sb + 2) {
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
            const uint32_t e = SubjectEnd(c - 1, sb);
            if (e > sb) source = SubjectEndingAt(e - 1, sb);
            // A name, a pronoun or a description: never a lone function word.
            if (!source.empty() && MentionEndingAt(e - 1) < 0 && source.size() < 3) source = {};
            break;
          }
        }
      }
    }
    const bool object_first = InList(t, kObjectFirstCueList);
    if (!source.empty()) {
      while (source_first > sb && tokens_[source_first - 1].end > source.begin) --source_first;
      // A title the recognizer left out of the name ("Rep." Jim Jordan).
      for (int titles = 0; titles < 2 && source_first > sb && IsWord(source_first - 1) &&
                           quote_of_[source_first - 1] < 0 && tokens_[source_first - 1].Has(kCapitalized);
           ++titles) {
        --source_first;
      }
      const uint32_t clause = ClauseStart(t + 1, se, object_first);
      cue.after_begin = clause;
      cue.after_end = TrimEnd(clause, se);
      cue.before_begin = sb;
      cue.before_end = TrimEnd(sb, source_first);
    } else {
      // Inverted: `“…,” said Xi.` or `…, says the company.`
      const bool inverted = t == sb || IsPunct(t - 1, ",") || tokens_[t - 1].kind == TokenKind::kQuote ||
                            quote_of_[t - 1] >= 0;
      if (inverted) source = SubjectStartingAt(t + 1, se);
      if (source.empty()) {
        if (t == sb) return;  // "See also …", an imperative heading
        // No subject next to the cue ("…, and would like to …"): reported
        // speech only, never the voice of a quotation; its source is the
        // subject that opens the sentence, when there is one.
        const uint32_t clause = ClauseStart(t + 1, se, object_first);
        cue.after_begin = clause;
        cue.after_end = TrimEnd(clause, se);
        cue.source = OpeningSubject(sb, t);
        weak_cue_ = true;
        Finish(&cue);
        return;
      }
      source_first = t;
      cue.before_begin = sb;
      cue.before_end = TrimEnd(sb, t);
    }
    cue.source = source;
    // `“…?” he asked.` where the sentence splitter cut after the quotation.
    if (CountWords(cue.before_begin, cue.before_end) == 0 && cue.before_end <= cue.before_begin &&
        sb > 0 && quote_of_[sb - 1] >= 0 && source_first <= sb + 1 &&
        ParagraphGap(tokens_[sb - 1].begin, tokens_[sb].begin) == 0) {
      cue.before_quote = doc_.quotes[quote_of_[sb - 1]].span;
    }
    Finish(&cue);
  }

  static constexpr uint32_t kNoToken = ~0u;

  // A name after a dash that follows a quotation and ends its paragraph.
  Span DashCredit(uint32_t after) const {
    if (after + 1 >= tokens_.size() || tokens_[after].kind != TokenKind::kPunct) return {};
    const string_view dash = TokenText(after);
    if (dash != "―" && dash != "—" && dash != "–" && dash != "-" && dash != "--") return {};
    const int32_t mention = MentionStartingAt(after + 1);
    if (mention < 0 || doc_.mentions[mention].type != EntityType::kPerson) return {};
    return doc_.mentions[mention].span;
  }

  // The title, or when none was found a short first paragraph (a headline
  // that ends with a period).
  bool InHeadline(Span span) const {
    if (!doc_.title.empty()) return Overlaps(span, doc_.title);
    if (doc_.paragraphs.empty() || !Overlaps(span, doc_.paragraphs[0])) return false;
    const uint32_t end = doc_.paragraphs[0].end;
    size_t words = 0;
    for (uint32_t t = 0; t < tokens_.size() && tokens_[t].begin < end && words <= 20; ++t) words += IsWord(t);
    return words <= 20;
  }

  // "CBS's “Face the Nation”": a quotation after a possessive names a work.
  bool AfterPossessive(uint32_t first) const {
    if (first == 0 || tokens_[first - 1].kind != TokenKind::kWord) return false;
    const string_view w = TokenText(first - 1);
    return w == "'s" || w == "’s" || w == "'" || w == "’";
  }

  static Quote Unattributed(const Quote& quote, QuoteKind kind) {
    Quote bare;
    bare.span = quote.span;
    bare.content = quote.content;
    bare.kind = kind;
    return bare;
  }

  // Every word capitalised but the small ones of titles ("State of the Union").
  bool IsTitleCase(uint32_t first, uint32_t last) const {
    bool any = false;
    for (uint32_t t = first; t < last; ++t) {
      if (tokens_[t].kind != TokenKind::kWord || !tokens_[t].Has(kHasLetter)) continue;
      if (tokens_[t].Has(kCapitalized)) {
        any = true;
      } else if (!any || !InList(t, kTitleSmallWordList)) {
        return false;
      }
    }
    return any;
  }

  // The nearest word of [sb, end) that is at least a weak cue, or kNoToken.
  uint32_t WeakCueBefore(uint32_t sb, uint32_t end) const {
    if (end <= sb) return kNoToken;
    const uint32_t t = last_weak_cue_[end - 1];
    return t != kNoToken && t >= sb ? t : kNoToken;
  }

  // Where the subject of the verb at `t` ends (exclusive): before the
  // auxiliaries, adverbs and a parenthesis ("Pence (R-Ind.) has also said").
  uint32_t SubjectEnd(uint32_t t, uint32_t sb) const {
    uint32_t s = t;
    for (int skipped = 0; s > sb && skipped < 4; ++skipped) {
      if (IsPunct(s - 1, ")")) {
        uint32_t open = s - 1;
        while (open > sb && open + 10 > s && !IsPunct(open, "(")) --open;
        if (!IsPunct(open, "(")) break;
        s = open;
        continue;
      }
      if (!IsWord(s - 1) || !InList(s - 1, kBetweenSubjectAndCueList)) break;
      --s;
    }
    return s;
  }

  // The subject of the clause that a participle cue at `t` continues: the
  // source of an earlier cue of the sentence, else the name or pronoun that
  // opens the sentence.
  Span ClauseSubject(uint32_t sb, uint32_t t) const {
    if (!cues_.empty() && cues_.back().first >= sb && cues_.back().first < t) return cues_.back().source;
    for (uint32_t u = sb; u < t && u < sb + 3; ++u) {
      if (quote_of_[u] >= 0 || !IsWord(u)) continue;
      if (PronounAt(u) != Pronoun::kNone) return TokenSpan(u, u + 1);
      const int32_t mention = MentionStartingAt(u);
      if (mention >= 0) return doc_.mentions[mention].span;
    }
    return {};
  }

  void Finish(Cue* cue) {
    cue->weak = weak_cue_;
    weak_cue_ = false;
    cue->source_entity = SpeakerEntity(cue->source);
    cues_.push_back(*cue);
  }

  // Which region of `cue` holds quotation `q`: 1 after, 2 before, 0 neither.
  int RegionOf(const Cue& cue, uint32_t q) const {
    const uint32_t first = quote_first_[q], last = quote_last_[q];
    if (cue.after_end > cue.after_begin && first < cue.after_end && last > cue.after_begin) return 1;
    if (cue.before_end > cue.before_begin && first < cue.before_end && last > cue.before_begin) return 2;
    const Span span = doc_.quotes[q].span;
    if (!cue.before_quote.empty() && Overlaps(cue.before_quote, span)) return 3;
    return 0;
  }

  void AttributeDirectQuotes() {
    auto& quotes = doc_.quotes;
    size_t c = 0;  // first cue that could govern the current quotation
    Span last_speaker;
    int32_t last_entity = -1;
    uint32_t last_offset = 0;
    bool have_last = false;
    for (uint32_t q = 0; q < quotes.size(); ++q) {
      Quote& quote = quotes[q];
      const uint32_t first = quote_first_[q], last = quote_last_[q];
      if (first >= last) {
        quote.kind = QuoteKind::kScare;
        continue;
      }
      const uint32_t sb = SentenceBegin(first);
      const uint32_t se = SentenceEnd(last - 1);
      while (c < cues_.size() && cues_[c].last < sb && tokens_[cues_[c].first].end + 400 < quote.span.begin) ++c;
      const Cue* governing = nullptr;
      int region = 0;
      // Of the cues whose region holds the quotation, the nearest: in "when
      // Patriot signaled that …, Mr. Barrett said, “we were floored.”" the
      // quotation is Barrett's.
      for (size_t k = c; k < cues_.size() && tokens_[cues_[k].first].begin < quote.span.end + 400; ++k) {
        if (cues_[k].weak) continue;
        const int r = RegionOf(cues_[k], q);
        if (r == 0) continue;
        if (governing == nullptr) {
          governing = &cues_[k];
          region = r;
          if (r != 1) break;
        } else if (r == 1 && cues_[k].last <= first && cues_[k].last + 2 >= first &&
                   sentence_of_[cues_[k].first] == sentence_of_[first] && !IsPronounSpan(cues_[k].source)) {
          governing = &cues_[k];
        } else {
          break;
        }
      }
      const size_t words = CountAllWords(first, last);
      // “Face the Nation,” 'Grand Bargain', a subheading 'All Bets Are Off.':
      // the name of a work, a programme or a slogan, quoted but not spoken.
      const bool named = words <= 6 && !Overlaps(quote.span, doc_.title) && IsTitleCase(first, last);
      if (governing != nullptr) {
        quote.speaker = governing->source;
        quote.speaker_entity = governing->source_entity;
        quote.cue = governing->cue;
        uint32_t rb = region == 1 ? governing->after_begin : governing->before_begin;
        uint32_t re = region == 1 ? governing->after_end : governing->before_end;
        quote.kind = region == 3 || CountWords(rb, re) == 0 ? QuoteKind::kDirect : QuoteKind::kMixed;
        if (named && quote.kind == QuoteKind::kMixed && AfterPossessive(first)) quote = Unattributed(quote, QuoteKind::kScare);
      } else if (const Span credit = DashCredit(last); !credit.empty()) {
        // `“…” ― Sonya Herridge`: a dash credits the quotation.
        quote.kind = QuoteKind::kDirect;
        quote.speaker = credit;
        quote.speaker_entity = SpeakerEntity(credit);
        quote.cue = TokenSpan(last, last + 1);
      } else if (named) {
        quote.kind = QuoteKind::kScare;
      } else if (first > 0 && IsPunct(first - 1, ":") && first >= 2) {
        // `Xi: “…”` — a colon introduces the speaker's words.
        const uint32_t colon = first - 1;
        quote.kind = QuoteKind::kDirect;
        quote.cue = TokenSpan(colon, colon + 1);
        const uint32_t csb = SentenceBegin(colon - 1);
        if (CueRate(colon - 1) > 0) {  // `X said:` with a cue the lexicon rates low
          quote.cue = TokenSpan(colon - 1, colon);
          const uint32_t subject_end = SubjectEnd(colon - 1, csb);
          if (subject_end > csb) quote.speaker = SubjectEndingAt(subject_end - 1, csb);
        } else {
          quote.speaker = SubjectEndingAt(colon - 1, csb);
        }
        quote.speaker_entity = SpeakerEntity(quote.speaker);
      } else if (CountWords(sb, first) == 0 && words >= 3) {
        // A quotation opening its sentence continues the latest speaker.
        quote.kind = QuoteKind::kDirect;
        Span speaker = last_speaker;
        int32_t entity = last_entity;
        uint32_t offset = have_last ? last_offset : 0;
        // A cue of an earlier sentence may be more recent than that quotation.
        const Cue* latest = LatestCueBefore(quote.span.begin);
        if (latest != nullptr && latest->cue.end > offset) {
          speaker = latest->source;
          entity = latest->source_entity;
          offset = latest->cue.end;
        }
        if (!speaker.empty() && ParagraphGap(offset, quote.span.begin) <= 1) {
          quote.speaker = speaker;
          quote.speaker_entity = entity;
        }
      } else if (words <= 3) {
        // Short: a term nobody is said to have spoken, unless a weaker cue
        // of the sentence governs it ("he described it as “unhinged”").
        const uint32_t weak = WeakCueBefore(sb, first);
        if (weak == kNoToken) {
          // Headlines quote in a word or two what the article reports.
          quote.kind = InHeadline(quote.span) ? QuoteKind::kMixed : QuoteKind::kScare;
        } else {
          quote.kind = QuoteKind::kMixed;
          quote.cue = TokenSpan(weak, weak + 1);
          const uint32_t subject_end = SubjectEnd(weak, sb);
          if (subject_end > sb) quote.speaker = SubjectEndingAt(subject_end - 1, sb);
          quote.speaker_entity = SpeakerEntity(quote.speaker);
        }
      } else {
        quote.kind = CountWords(sb, se) == 0 ? QuoteKind::kDirect : QuoteKind::kMixed;
      }
      if (quote.speaker.empty() && quote.kind == QuoteKind::kMixed) {
        // "Reid has gone after Trump as a “human leech”": with no cue, the
        // subject that opens the sentence.
        quote.speaker = OpeningSubject(sb, first);
        quote.speaker_entity = SpeakerEntity(quote.speaker);
      }
      if (quote.speaker.empty() && quote.kind == QuoteKind::kDirect && last < se) {
        // `“Did you shoot him?” she yells`: a verb the lexicon lacks.
        quote.speaker = SubjectAfterQuote(last, se);
        quote.speaker_entity = SpeakerEntity(quote.speaker);
      }
      if (!quote.speaker.empty() && quote.kind != QuoteKind::kScare) {
        last_speaker = quote.speaker;
        last_entity = quote.speaker_entity;
        last_offset = quote.span.end;
        have_last = true;
      }
    }
  }

  // The pronoun or name that opens the sentence [sb, limit), or opens it
  // after a short introductory phrase ("In recent weeks, Reid has …").
  Span OpeningSubject(uint32_t sb, uint32_t limit) const {
    uint32_t u = sb;
    for (int attempt = 0; attempt < 2 && u < limit; ++attempt) {
      if (IsWord(u) && quote_of_[u] < 0) {
        const Pronoun pronoun = PronounAt(u);
        if (pronoun == Pronoun::kPerson || pronoun == Pronoun::kThing) return TokenSpan(u, u + 1);
        const int32_t mention = MentionStartingAt(u);
        if (mention >= 0 && (doc_.mentions[mention].type == EntityType::kPerson ||
                             doc_.mentions[mention].type == EntityType::kOrg)) {
          return doc_.mentions[mention].span;
        }
      }
      uint32_t comma = u;
      while (comma < limit && comma < sb + 10 && !IsPunct(comma, ",") && quote_of_[comma] < 0) ++comma;
      if (comma >= limit || !IsPunct(comma, ",")) break;
      u = comma + 1;
    }
    return {};
  }

  // `“…,” she yells` / `“…,” Blige sings`: a pronoun or a name right after
  // the quotation, followed by a lower-case word.
  Span SubjectAfterQuote(uint32_t t, uint32_t se) const {
    if (t < se && IsPunct(t, ",")) ++t;
    if (t >= se || !IsWord(t) || quote_of_[t] >= 0) return {};
    Span subject;
    const Pronoun pronoun = PronounAt(t);
    if (pronoun == Pronoun::kPerson || pronoun == Pronoun::kThing) {
      subject = TokenSpan(t, t + 1);
    } else {
      const int32_t mention = MentionStartingAt(t);
      if (mention < 0 || doc_.mentions[mention].type != EntityType::kPerson) return {};
      subject = doc_.mentions[mention].span;
    }
    uint32_t next = t;
    while (next < se && tokens_[next].end <= subject.end) ++next;
    if (next >= se || !IsWord(next) || tokens_[next].Has(kCapitalized)) return {};
    return subject;
  }

  bool IsPronounSpan(Span span) const {
    return PronounKind(doc_.Text(span)) != Pronoun::kNone;
  }

  const Cue* LatestCueBefore(uint32_t offset) const {
    auto it = std::lower_bound(cues_.begin(), cues_.end(), offset,
                               [](const Cue& cue, uint32_t o) { return cue.cue.end <= o; });
    while (it != cues_.begin() && (it - 1)->weak) --it;
    return it == cues_.begin() ? nullptr : &*(it - 1);
  }

  // How many paragraph breaks lie between two offsets.
  uint32_t ParagraphGap(uint32_t from, uint32_t to) const {
    const auto& paragraphs = doc_.paragraphs;
    auto index = [&](uint32_t offset) {
      return std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                              [](uint32_t o, const Span& p) { return o < p.begin; }) -
             paragraphs.begin();
    };
    return static_cast<uint32_t>(index(to) - index(from));
  }

  void AddIndirectQuotes() {
    auto& quotes = doc_.quotes;
    direct_count_ = quotes.size();
    uint32_t covered_until = 0;  // a cue inside earlier reported speech is nested
    for (const Cue& cue : cues_) {
      if (cue.cue.begin < covered_until) continue;
      uint32_t rb = cue.after_begin, re = cue.after_end;
      // "…, the minister said on Tuesday.": a short adjunct is no speech.
      const bool adjunct_only = re > rb && InList(rb, kAdjunctStartList) && CountAllWords(rb, re) <= 3;
      if (CountAllWords(rb, re) < 2 || adjunct_only) {
        rb = cue.before_begin;
        re = cue.before_end;
        // Speech before its speaker is set off by punctuation ("Tariffs
        // will fall, the minister said"); words that run straight into the
        // subject are not ("Summit ends with trade pledge"). Straight into
        // the cue is fine: "… will grow 3% according to the IMF".
        const bool set_off = re < tokens_.size() && (tokens_[re].kind == TokenKind::kPunct || re == cue.first);
        if (!set_off) continue;
      }
      if (CountAllWords(rb, re) < 2) continue;
      bool holds_quote = false;
      for (uint32_t t = rb; t < re && !holds_quote; ++t) {
        holds_quote = quote_of_[t] >= 0 && quotes[quote_of_[t]].kind != QuoteKind::kScare;
      }
      if (holds_quote) continue;
      Quote quote;
      quote.span = TokenSpan(rb, re);
      quote.content = quote.span;
      quote.kind = QuoteKind::kIndirect;
      quote.speaker = cue.source;
      quote.speaker_entity = cue.source_entity;
      quote.cue = cue.cue;
      quotes.push_back(quote);
      // Token ranges and cue of reported speech, for RerankSpeakers.
      quote_first_.push_back(rb);
      quote_last_.push_back(re);
      indirect_cue_.push_back(static_cast<uint32_t>(&cue - cues_.data()));
      covered_until = std::max(covered_until, quote.span.end);
    }
  }



  // ---- Learned choice between spoken words and a term or title ----

  int WordClass(uint32_t t) const {
    if (t >= tokens_.size()) return 0;
    // Punctuation has no letters to lower-case.
    const string_view w = TokenText(t);
    if (tokens_[t].kind == TokenKind::kPunct) {
      if (w == ",") return 1;
      if (w == ":") return 2;
      if (w == "." || w == "?" || w == "!") return 3;
      if (w == "(" || w == ")") return 4;
      return 5;
    }
    if (tokens_[t].kind == TokenKind::kQuote) return 6;
    if (EqualsLower(w, "'s") || EqualsLower(w, "’s") || w == "'" || w == "’") return 7;
    if (InList(t, kDeterminerList)) return 8;
    if (InList(t, kNotInSubjectList)) return 9;
    if (CueRate(t) >= kMinIndirectCueRate) return 10 + (CueRate(t) >= kMinCueRate);
    if (tokens_[t].kind == TokenKind::kNumber) return 12;
    return tokens_[t].Has(kCapitalized) ? 13 : 14;
  }

  int QuoteFeatures(uint32_t q, uint16_t* out) const {
    int n = 0;
    auto add = [&](int tmpl, int value) {
      if (n < kMaxQuoteFeatures && value >= 0 && value < kSpeakerValues) {
        out[n++] = static_cast<uint16_t>(tmpl * kSpeakerValues + value);
      }
    };
    auto add_word = [&](int slot, uint32_t t) {
      const uint32_t h = (t < tokens_.size() ? WordHash(t) : LowerWordHash("</s>")) % kQuoteWordBuckets;
      if (n < kMaxQuoteFeatures) {
        out[n++] = static_cast<uint16_t>(kQuoteTemplates * kSpeakerValues + slot * kQuoteWordBuckets + h);
      }
    };
    const Quote& quote = doc_.quotes[q];
    const uint32_t first = quote_first_[q], last = quote_last_[q];
    const uint32_t sb = SentenceBegin(first), se = SentenceEnd(last - 1);
    const size_t words = CountAllWords(first, last);
    const int wb = words <= 1 ? 0 : words <= 2 ? 1 : words <= 3 ? 2 : words <= 6 ? 3 : words <= 12 ? 4 : words <= 25 ? 5 : 6;
    const int kind = static_cast<int>(quote.kind);
    add(0, kind);
    add(1, wb);
    add(2, IsTitleCase(first, last) + 2 * Overlaps(quote.span, doc_.title) + 4 * InHeadline(quote.span) +
               8 * AfterPossessive(first));
    add(3, !quote.speaker.empty() + 2 * !quote.cue.empty() + 4 * (CountWords(sb, first) == 0) +
               8 * (CountWords(last, se) == 0));
    // The last character inside the marks.
    int final_punct = 0;
    if (!quote.content.empty()) {
      const char c = doc_.text[quote.content.end - 1];
      final_punct = c == ',' ? 1 : c == '.' ? 2 : c == '?' ? 3 : c == '!' ? 4 : 0;
    }
    add(4, final_punct);
    add(5, first > sb ? WordClass(first - 1) : 15);
    add(6, last < se ? WordClass(last) : 15);
    add(7, (WeakCueBefore(sb, first) != kNoToken) + 2 * (LatestCueBefore(quote.span.begin) != nullptr &&
                                                          LatestCueBefore(quote.span.begin)->first >= sb));
    const string_view mark = doc_.text.substr(quote.span.begin, std::min<uint32_t>(quote.span.size(), 3));
    int mark_kind = 0;
    if (mark.substr(0, 3) == "“") mark_kind = 1;
    else if (mark.substr(0, 3) == "‘") mark_kind = 2;
    else if (mark.substr(0, 2) == "''") mark_kind = 3;
    else if (mark.substr(0, 1) == "\"") mark_kind = 4;
    else if (mark.substr(0, 1) == "'") mark_kind = 5;
    add(8, mark_kind);
    add(9, kind * 8 + wb);
    uint32_t content_first = first;
    while (content_first < last && !IsWord(content_first)) ++content_first;
    add(10, (content_first < last && tokens_[content_first].Has(kCapitalized)) + 2 * final_punct);
    add(11, mark_kind * 4 + kind);
    add(12, (first > sb ? WordClass(first - 1) : 15) + 16 * (words <= 3));
    add(13, final_punct * 4 + kind);
    add(14, std::min<int>(ParagraphGap(quote.span.begin, quote.span.end), 1) * 8 + (CountWords(sb, se) == 0) * 4 + kind);
    add_word(0, first > 0 ? first - 1 : static_cast<uint32_t>(tokens_.size()));
    add_word(1, last);
    add_word(2, first >= 2 ? first - 2 : static_cast<uint32_t>(tokens_.size()));
    return n;
  }

  // Overrides the rules' kind where the scorer disagrees by a margin.
  void ClassifyQuotes() {
    uint16_t features[kMaxQuoteFeatures];
    for (uint32_t q = 0; q < doc_.quotes.size(); ++q) {
      Quote& quote = doc_.quotes[q];
      if (quote_first_[q] >= quote_last_[q]) continue;
      const int n = QuoteFeatures(q, features);
      if (trace_ != nullptr) {
        trace_->quotes.push_back(QuoteTraceItem{quote.span, quote.kind, std::vector<uint16_t>(features, features + n)});
      }
      float score = 0;
      for (int f = 0; f < n; ++f) score += kQuoteWeights[features[f]];
      if (quote.kind == QuoteKind::kScare) {
        if (score > kQuoteMargin) quote.kind = QuoteKind::kMixed;
      } else if (score < -kQuoteMargin &&
                 (quote.speaker.empty() || IsTitleCase(quote_first_[q], quote_last_[q]) ||
                  CountAllWords(quote_first_[q], quote_last_[q]) <= 6)) {
        // A longer quotation the rules gave a speaker stays theirs.
        quote = Unattributed(quote, QuoteKind::kScare);
      }
    }
  }

  // ---- Learned choice of the speaker (attribution_model.h) ----

  struct Candidate {
    Span span;
    uint32_t first = 0, last = 0;  // tokens [first, last)
    uint8_t flags = 0;             // kFrom* bits
    uint8_t cue_relation = 0;      // 0 not a cue's source, else 1..6 (see AddCueCandidate)
    uint8_t cue_rate = 0;
    int32_t cue = -1;              // the cue it is the source of
    int32_t entity = -1;
  };
  static constexpr uint8_t kFromRule = 1, kFromCue = 2, kFromMention = 4, kFromPronoun = 8, kFromPrevious = 16;

  struct QuoteContext {
    uint32_t first = 0, last = 0;
    uint32_t q = 0;
    bool indirect = false, mixed = false;
    int32_t previous_entity = -1, rule_entity = -1;
    Span rule;
    size_t words = 0;
    bool opens_sentence = false;
  };

  uint32_t FirstTokenAt(uint32_t offset) const {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                               [](const Token& t, uint32_t o) { return t.begin < o; });
    return static_cast<uint32_t>(it - tokens_.begin());
  }

  // Adds `span` to the candidates or merges its flags into an equal one.
  Candidate* AddCandidate(Span span, uint8_t flags, Candidate* cands, int* n) const {
    if (span.empty()) return nullptr;
    for (int i = 0; i < *n; ++i) {
      if (cands[i].span.begin == span.begin && cands[i].span.end == span.end) {
        cands[i].flags |= flags;
        return &cands[i];
      }
    }
    if (*n >= kMaxSpeakerCandidates) return nullptr;
    Candidate& c = cands[(*n)++];
    c = Candidate();
    c.span = span;
    c.flags = flags;
    c.first = FirstTokenAt(span.begin);
    c.last = c.first;
    while (c.last < tokens_.size() && tokens_[c.last].begin < span.end) ++c.last;
    if (c.last == c.first) c.last = c.first + 1;
    return &c;
  }

  static int DistanceBucket(uint32_t d) {
    if (d <= 2) return static_cast<int>(d);
    if (d <= 4) return 3;
    if (d <= 8) return 4;
    if (d <= 16) return 5;
    if (d <= 32) return 6;
    return 7;
  }

  // The features of one candidate; returns how many were written to `out`.
  int CandidateFeatures(const Candidate& c, const QuoteContext& qc, int rank, uint16_t* out) const {
    const int block = qc.indirect ? kSpeakerBlock : 0;
    int n = 0;
    auto add = [&](int tmpl, int value) {
      if (n < kMaxSpeakerFeatures && value >= 0 && value < kSpeakerValues) {
        out[n++] = static_cast<uint16_t>(block + tmpl * kSpeakerValues + value);
      }
    };
    int side;
    uint32_t distance = 0;
    if (c.last <= qc.first) {
      side = 0;
      distance = qc.first - c.last;
    } else if (c.first >= qc.last) {
      side = 1;
      distance = c.first - qc.last;
    } else {
      side = 2;
    }
    const int dist = DistanceBucket(distance);
    const bool rule = (c.flags & kFromRule) != 0;
    add(0, c.flags);
    add(1, dist + 8 * side);
    // Sentence and paragraph relation.
    const uint32_t qs = side == 1 ? sentence_of_[qc.last - 1] : sentence_of_[qc.first];
    const uint32_t cs = sentence_of_[std::min<uint32_t>(c.first, tokens_.size() - 1)];
    const int relation = cs == qs ? 0 : cs + 1 == qs ? 1 : cs < qs ? 2 : 3;
    const uint32_t gap = side == 1 ? ParagraphGap(doc_.quotes[qc.q].span.end, c.span.begin)
                                   : ParagraphGap(c.span.begin, doc_.quotes[qc.q].span.begin);
    add(2, relation * 3 + static_cast<int>(std::min<uint32_t>(gap, 2)));
    // What the candidate is.
    int type = 4;
    const int32_t mention = MentionEndingAt(c.last - 1);
    if (mention >= 0) type = static_cast<int>(doc_.mentions[mention].type);
    if (type > 3) type = 4;
    const TokenWord& last_word = words_[c.last - 1];
    const int pronoun = c.last == c.first + 1 ? static_cast<int>(PronounOf(last_word.lists)) : 0;
    // The head-word features read the last word back from scratch space
    // that later words overwrite (see ScratchWord).
    ScratchWord scratch;
    const size_t head_size = last_word.short_word ? TokenText(c.last - 1).size() : 0;
    scratch.Write(TokenText(c.last - 1));
    scratch.Write(TokenText(c.first));
    add(3, type + 5 * pronoun);
    int count = 0;
    if (c.entity >= 0) {
      const size_t m = doc_.entities[c.entity].mentions.size();
      count = m <= 2 ? static_cast<int>(m) : m <= 5 ? 3 : 4;
    }
    add(4, count);
    add(5, c.cue_relation);
    add(6, c.cue_relation ? 1 + c.cue_rate / 32 : 0);
    int shape = 0;
    if (tokens_[c.first].Has(kCapitalized)) shape |= 1;
    if (tokens_[c.last - 1].Has(kCapitalized)) shape |= 2;
    if (InList(c.first, kDeterminerList)) shape |= 4;
    if (EndsWith(scratch.View(head_size), "ly")) shape |= 8;
    for (uint32_t t = c.first; t < c.last; ++t) {
      if (tokens_[t].kind == TokenKind::kNumber) shape |= 16;
    }
    add(7, shape);
    const uint32_t length = c.last - c.first;
    add(8, length <= 3 ? static_cast<int>(length) - 1 : length <= 5 ? 3 : 4);
    if (qc.mixed) add(10, c.flags);
    // What follows and precedes it.
    int follow = 0;
    {
      uint32_t t = c.last;
      for (; t < tokens_.size() && t < c.last + 3 && IsWord(t); ++t) {
        scratch.Write(TokenText(t));
        if (!InList(t, kBetweenSubjectAndCueList)) break;
      }
      const int next_rate = t < tokens_.size() ? CueRate(t) : 0;
      if (next_rate >= kMinCueRate) {
        follow = 1;
      } else if (next_rate >= kMinIndirectCueRate) {
        follow = 2;
      } else if (c.first > 0 && CueRate(c.first - 1) >= kMinIndirectCueRate) {
        follow = 3;
      } else if (t < tokens_.size() && IsPunct(t, ",")) {
        follow = 4;
      } else if (t < tokens_.size() && IsWord(t)) {
        follow = 5;
      }
    }
    add(11, follow + 6 * side);
    int before = 0;
    if (c.first == SentenceBegin(c.first)) {
      before = 1;
    } else {
      const uint32_t p = c.first - 1;
      scratch.Write(TokenText(p));
      if (IsPunct(p, ",")) {
        before = 3;
      } else if (tokens_[p].kind == TokenKind::kQuote || quote_of_[p] >= 0) {
        before = 4;
      } else if (InList(p, kWordAnd | kWordBut)) {
        before = 5;
      } else if (InList(p, kPrepositionList)) {
        before = 2;
      } else if (InList(p, kWordThat | kWordWho | kWordWhich)) {
        before = 6;
      }
    }
    const bool possessive = c.last < tokens_.size() && (TokenText(c.last) == "'s" || TokenText(c.last) == "’s");
    add(12, before + 8 * possessive);
    add(13, type + 5 * side);
    add(14, (c.entity >= 0 && c.entity == qc.previous_entity) + 2 * (c.entity >= 0 && c.entity == qc.rule_entity) +
                4 * (!qc.rule.empty() && Overlaps(qc.rule, c.span) && !rule));
    add(15, std::min(rank, 7) + 8 * side);
    const int word_bucket = qc.words <= 3 ? 0 : qc.words <= 10 ? 1 : 2;
    add(16, word_bucket * 4 + rule * 2 + (pronoun != 0));
    add(17, qc.opens_sentence * 6 + side * 2 + rule);
    add(18, dist * 2 + rule);
    add(19, c.cue_relation * 2 + (pronoun != 0));
    add(20, qc.rule.empty() * 8 + (c.flags & (kFromCue | kFromMention | kFromPronoun)) / 2);
    if (head_size > 0) {
      const uint32_t h = LowerWordHash(scratch.View(head_size)) % kSpeakerHeadBuckets;
      if (n < kMaxSpeakerFeatures) out[n++] = static_cast<uint16_t>(block + kSpeakerTemplates * kSpeakerValues + h);
    }
    return n;
  }

  // How a cue relates to the quotation: 1..3 its region holds it (after,
  // before, a split sentence), 4 the quotation's own reported speech, 5 a
  // cue nearby that does not hold it; +6 when the cue is weak.
  void AddCueCandidates(const QuoteContext& qc, uint32_t wb, uint32_t we, Candidate* cands, int* n) const {
    auto it = std::lower_bound(cues_.begin(), cues_.end(), wb, [](const Cue& cue, uint32_t t) { return cue.first < t; });
    for (; it != cues_.end() && it->first < we; ++it) {
      const Cue& cue = *it;
      Candidate* c = AddCandidate(cue.source, kFromCue, cands, n);
      if (c == nullptr) continue;
      int relation;
      if (qc.indirect) {
        relation = static_cast<uint32_t>(&cue - cues_.data()) == indirect_cue_[qc.q - direct_count_] ? 4 : 5;
      } else {
        relation = RegionOf(cue, qc.q);
        if (relation == 0) relation = 5;
      }
      relation += 6 * cue.weak;
      if (c->cue_relation == 0 || relation < c->cue_relation) {
        c->cue_relation = static_cast<uint8_t>(relation);
        c->cue_rate = static_cast<uint8_t>(std::min(255, CueRate(cue.first)));
        c->cue = static_cast<int32_t>(&cue - cues_.data());
      }
    }
  }

  void RerankSpeakers() {
    auto& quotes = doc_.quotes;
    const uint32_t n_tokens = static_cast<uint32_t>(tokens_.size());
    // Document order over direct and indirect quotations.
    std::vector<uint32_t> order(quotes.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return quotes[a].span.begin < quotes[b].span.begin; });
    Span previous;  // the rules' speaker of the previous quotation
    Candidate cands[kMaxSpeakerCandidates];
    uint16_t features[kMaxSpeakerCandidates][kMaxSpeakerFeatures];
    int feature_count[kMaxSpeakerCandidates];
    for (uint32_t q : order) {
      Quote& quote = quotes[q];
      if (quote.kind == QuoteKind::kScare || quote_first_[q] >= quote_last_[q]) continue;
      QuoteContext qc;
      qc.q = q;
      qc.first = quote_first_[q];
      qc.last = std::min(quote_last_[q], n_tokens);
      qc.indirect = quote.kind == QuoteKind::kIndirect;
      qc.mixed = quote.kind == QuoteKind::kMixed;
      qc.rule = quote.speaker;
      qc.rule_entity = quote.speaker_entity;
      qc.previous_entity = SpeakerEntity(previous);
      qc.words = CountAllWords(qc.first, qc.last);
      const uint32_t sb = SentenceBegin(qc.first);
      qc.opens_sentence = CountWords(sb, qc.first) == 0;
      const uint32_t s = sentence_of_[qc.first];
      uint32_t wb = s > 0 ? sentence_first_[s - 1] : sb;
      wb = std::max(wb, qc.first > 60 ? qc.first - 60 : 0);
      const uint32_t we = std::min(SentenceEnd(qc.last - 1), qc.last + 30);
      int n = 0;
      AddCandidate(quote.speaker, kFromRule, cands, &n);
      AddCueCandidates(qc, wb, we, cands, &n);
      for (uint32_t t = wb; t < we && n < kMaxSpeakerCandidates; ++t) {
        if (!IsWord(t) || (quote_of_[t] >= 0 && !(t >= qc.first && t < qc.last && qc.indirect))) continue;
        if (t >= qc.first && t < qc.last) continue;  // the quotation's own words
        const Pronoun pronoun = PronounAt(t);
        if (pronoun != Pronoun::kNone) {
          AddCandidate(TokenSpan(t, t + 1), kFromPronoun, cands, &n);
          continue;
        }
        const int32_t mention = MentionStartingAt(t);
        if (mention >= 0) {
          const Mention& m = doc_.mentions[mention];
          if (m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kMisc) {
            AddCandidate(m.span, kFromMention, cands, &n);
          }
          while (t + 1 < we && tokens_[t + 1].end <= m.span.end) ++t;
        }
      }
      AddCandidate(previous, kFromPrevious, cands, &n);
      if (!quote.speaker.empty()) previous = quote.speaker;
      if (n == 0) continue;
      // Rank of each candidate among those on its side, nearest first.
      int best = 0;
      float best_score = 0;
      for (int i = 0; i < n; ++i) {
        cands[i].entity = SpeakerEntity(cands[i].span);
        const bool before_i = cands[i].last <= qc.first;
        const uint32_t di = before_i ? qc.first - std::min(qc.first, cands[i].last) : cands[i].first - std::min(cands[i].first, qc.last);
        int rank = 0;
        for (int j = 0; j < n; ++j) {
          const bool before_j = cands[j].last <= qc.first;
          if (j == i || before_j != before_i) continue;
          const uint32_t dj = before_j ? qc.first - std::min(qc.first, cands[j].last) : cands[j].first - std::min(cands[j].first, qc.last);
          rank += dj < di;
        }
        feature_count[i] = CandidateFeatures(cands[i], qc, rank, features[i]);
        float score = 0;
        for (int f = 0; f < feature_count[i]; ++f) score += kSpeakerWeights[features[i][f]];
        if (i == 0 || score > best_score) {
          best = i;
          best_score = score;
        }
      }
      if (trace_ != nullptr) {
        SpeakerTraceItem item;
        item.quote = quote.span;
        item.kind = quote.kind;
        for (int i = 0; i < n; ++i) {
          item.candidates.push_back(cands[i].span);
          item.features.emplace_back(features[i], features[i] + feature_count[i]);
        }
        trace_->items.push_back(std::move(item));
      }
      const Candidate& chosen = cands[best];
      if (chosen.flags & kFromRule) continue;
      quote.speaker = chosen.span;
      quote.speaker_entity = chosen.entity;
      if (chosen.cue >= 0 && quote.cue.empty()) quote.cue = cues_[chosen.cue].cue;
    }
  }

  Document& doc_;
  const std::vector<Token>& tokens_;
  std::vector<Cue> cues_;
  std::vector<TokenWord> words_;
  std::vector<int32_t> mention_starting_at_;
  std::vector<int32_t> mention_ending_at_;
  bool weak_cue_ = false;  // the cue being added is below kMinCueRate
  std::vector<uint32_t> sentence_of_;
  std::vector<uint32_t> sentence_first_;
  std::vector<int32_t> quote_of_;
  std::vector<uint32_t> words_before_, free_words_before_;  // counts over tokens [0, t)
  std::vector<uint32_t> last_weak_cue_;  // the last weak cue at or before t, or kNoToken
  std::vector<uint32_t> quote_first_;
  std::vector<uint32_t> quote_last_;
  std::vector<uint32_t> indirect_cue_;  // cue of quotes [direct_count_, …)
  size_t direct_count_ = 0;
  SpeakerTrace* trace_ = g_speaker_trace;
};

}  // namespace

const CueWord* LookupCueWord(string_view word) {
  const LexiconEntry* entry = FindWord(word, LowerWordHash(word));
  return entry == nullptr ? nullptr : entry->cue;
}

void SetSpeakerTrace(SpeakerTrace* trace) { g_speaker_trace = trace; }

void AttributeQuotes(Document* doc) {
  if (doc->tokens.empty()) return;
  Attributor(doc).Run();
}

}  // namespace annotator
