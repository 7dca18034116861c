// Feature extraction for the named-entity tagger, shared by the trainer and
// the runtime so both see exactly the same features.
//
// A feature is a 64-bit hash of a template id and the values it looks at
// (word forms, shapes, affixes, neighbours, gazetteer matches, what the
// document said about the same word elsewhere). Per-token facts are hashed
// once per document; extracting a token's features then only combines hashes.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "document.h"
#include "ner/gazetteer.h"
#include "ner/hash.h"
#include "ner/tags.h"
#include "ner/word_classes.h"

namespace annotator {
namespace ner {

constexpr int kMaxFeatures = 72;
constexpr int kNumAffixes = 4;

// Feature templates. The numbers are part of the model format: changing one
// invalidates trained models.
enum FeatureTemplate : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kLongShape,
  kPrefix,  // + affix length - 1
  kSuffix = kPrefix + kNumAffixes,
  kLowerPrev = kSuffix + kNumAffixes,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kShapePrev,
  kShapeNext,
  kShapePrev2,
  kShapeNext2,
  kBigramPrev,
  kBigramNext,
  kShapeTrigram,
  kPrevWordThisShape,
  kThisShapeNextWord,
  kPosition,
  kGazetteerMatch,
  kGazetteerPrev,
  kGazetteerNext,
  kDocumentEvidence,
  kDocumentHistory,
  kHistoryAndShape,
  kSentenceMode,
  kModeAndLower,
  kCapitalizedRun,
  kLowerAndShape,
  kAppositionHead,
  kDocumentContext,  // + ContextCue bit index
  kWordClass = kDocumentContext + 6,
  kCoarseWordClass,
  kWordClassPrev,
  kWordClassNext,
  kEmbeddingClass,  // + level (word_classes.h kNumEmbeddingLevels)
  kEmbeddingClassPrev = kEmbeddingClass + kNumEmbeddingLevels,
  kEmbeddingClassNext,
};
// The embedding-class level of the words at -1 and +1 used as features.
constexpr int kNeighborEmbeddingLevel = 1;

// What an apposition or relative clause after a name says it is (used by the
// recognizer's post-decoding rule, not as a feature: as a feature it did not
// move dev F1 beyond seed noise).
enum AppositionClass : uint8_t {
  kNoApposition = 0,
  kAppositionOrgHead,     // ", a Beijing-based AI company,"
  kAppositionPersonHead,  // ", a 25-year-old striker,"
  kAppositionPlaceHead,   // ", a town in ..."
  kAppositionOtherHead,   // a head noun outside the lists
  kRelativeWho,           // ", who ..."
  kRelativeWhich,         // ", which ..."
};

inline uint64_t FeatureHash(uint64_t template_id, uint64_t value) { return Combine(template_id, value); }

// The neighbours whose word and shape are features, in Extract's order
// (the templates kLowerPrev.. and kShapePrev.. follow the same order).
constexpr int kNumNeighborSlots = 4;
constexpr int kNeighborOffsets[kNumNeighborSlots] = {-1, 1, -2, 2};

// Features grouped by what they depend on, so the recognizer can sum the
// weights of a group once per distinct input and reuse the sum.
enum FeatureGroup : unsigned {
  kOwnFeatures = 1,       // only the token's own TokenFacts
  kContextFeatures = 2,   // word pairs, neighbours' gazetteer matches, history
  kNeighborFeatures = 4,  // << slot: one neighbour's word and shape (NeighborKey)
  kAllFeatures = (kNeighborFeatures << kNumNeighborSlots) - 1,
  // kOwnFeatures in two: those of the token's bytes alone (LexicalKey), the
  // same wherever the word occurs, and the rest (its sentence, gazetteer
  // matches, what the document says about it).
  kOwnLexicalFeatures = kAllFeatures + 1,
  kOwnContextFeatures = kOwnLexicalFeatures << 1,
};
inline unsigned NeighborFeatures(int slot) { return kNeighborFeatures << slot; }

// Hash of the case-preserving normalised form (curly quotes and dashes
// folded to ASCII so ’s and 's are one word).
uint64_t WordFormHash(std::string_view token);
// Hash of the lower-case form with digits folded to 0.
uint64_t LowerFormHash(std::string_view token);
// Writes the word shape of `token` ("Xx", "X.X.", "d-d", "Xx-Xx") into `out`
// (NUL-terminated, at most `capacity` bytes); runs are cut to `max_run`.
void WordShape(std::string_view token, int max_run, char* out, int capacity);

// The longest run of tokens tagged as one sentence: with at most kMaxFeatures
// weights of at most 32767 per token, the path scores of 200 tokens stay far
// from int32 overflow and from the decoder's minus-infinity.
constexpr int kMaxTaggedTokens = 200;

// The facts of a token that follow from its bytes alone. A document keeps
// one per distinct short form (see FeatureExtractor::lexical), not one per
// token: most words recur, and these are most of a token's facts.
struct LexicalFacts {
  uint64_t word, lower, shape, long_shape, lower_shape;  // see TokenFacts; lower_shape = Combine(lower, shape)
  uint64_t prefix[kNumAffixes], suffix[kNumAffixes];     // lower-form affixes, 0 when as long as the word
  uint32_t word_class;                                   // WordClasses::Lookup of lower: 0 unknown
  uint32_t embedding_class;                              // WordClasses::LookupEmbedding of lower: 0 unknown
  uint8_t token_class;
  bool quote_or_colon;     // shape is a quote or colon
  bool title_small_word;   // IsTitleSmallWord(lower)
  uint8_t gazetteer_unit;  // the gazetteer's types of the word alone (GazetteerType bits)
};

// A 64-bit value stored with 4-byte alignment, read and written as a
// uint64_t: it lets TokenFacts pack into 28 bytes rather than pad to 32.
class Unaligned64 {
 public:
  Unaligned64(uint64_t value = 0) { *this = value; }  // NOLINT: stands for a uint64_t
  Unaligned64& operator=(uint64_t value) {
    std::memcpy(halves_, &value, sizeof value);
    return *this;
  }
  operator uint64_t() const {  // NOLINT: stands for a uint64_t
    uint64_t value;
    std::memcpy(&value, halves_, sizeof value);
    return value;
  }

 private:
  uint32_t halves_[2];
};

// Facts about one token, computed once per document. Kept small (28 bytes):
// a document holds one per token, 5 bytes per byte of a long text.
struct TokenFacts {
  Unaligned64 lower = 0;   // hash of the lower-case form, digits as 0
  uint32_t lexical = 0;    // index of its LexicalFacts (FeatureExtractor::lexical)
  uint32_t gazetteer = 0;  // bit 4 * g + position for gazetteer type bit g (GazetteerType)
  // The head noun of an apposition that follows the capitalised run this
  // token is in ("DeepSeek, a Beijing-based AI company," -> "company"), as
  // 1 + the index of its LexicalFacts; 0 when there is none (see
  // FeatureExtractor::apposition).
  uint32_t apposition_word = 0;
  uint8_t sentence_offset = 0;  // token index - its sentence's first token index
  uint8_t sentence_left = 0;    // its sentence's end token index - token index
  uint8_t token_class = kOtherToken;
  uint8_t apposition_class = kNoApposition;
  uint8_t document = 0;         // DocumentEvidence bits for this word
  uint8_t cues = 0;             // ContextCue bits of this word anywhere in the document
  uint8_t context = 0;          // ContextBits
  uint8_t capitalized_run = 0;  // 4 * min(run length, 4) + Position in the run; 0 outside runs
};
static_assert(sizeof(TokenFacts) <= 28, "a document holds one TokenFacts per token");
static_assert(kMaxTaggedTokens <= 255, "sentence offsets fit in a byte");

enum DocumentEvidence : uint8_t {
  kSeenCapitalizedMidSentence = 1,  // in a normally cased sentence
  kSeenLowerCase = 2,
  kSeenAllCaps = 4,
};

// What surrounds a capitalised run at any of its occurrences in the
// document: one "Magna 's" or "in Volgograd" tells about every other "Magna"
// and "Volgograd", including those before it. The words looked at are those
// just outside the run, so a capitalised title or company suffix ("Mr.",
// "Inc") is inside it and counts only when written in lower case; the
// shipped model was trained this way (counting them as cues cost 0.4 F1).
enum ContextCue : uint8_t {
  kCueAfterTitle = 1,         // minister X, president X (a capitalised title is part of the run)
  kCueAfterPlaceWord = 2,     // in X, at X, from X, near X
  kCueBeforeSpeechVerb = 4,   // X said, X told
  kCueBeforeOrgWord = 8,      // X group (lower case; "X Inc" is one run)
  kCueBeforePossessive = 16,  // X 's
  kCueAfterThe = 32,          // the X
};
constexpr int kNumContextCues = 6;

enum ContextBits : uint8_t {
  kSentenceInitial = 1,
  kAfterQuoteOrColon = 2,
  kHeadlineSentence = 4,    // most words in capitals
  kLowerCaseSentence = 8,   // no capitalised word at all
  kTitleCaseSentence = 16,  // every word capitalised but the small words of titles
  // Title case but for an amount's symbol or unit ("£71.6m", whose "£" and
  // "m" count as lower-case words): a headline to the rules after the
  // tagger, not to the model's features, which were learned without it.
  kTitleCaseBesideAmounts = 32,
};

// Sentences whose capitalisation says little about names: headlines in
// capitals or in title case, and text in lower case.
constexpr uint8_t kCaseModes = kHeadlineSentence | kLowerCaseSentence | kTitleCaseSentence;
// Those tagged after the rest of the document (see sentences()).
constexpr uint8_t kHeadlineModes = kHeadlineSentence | kTitleCaseSentence;
// Title-case headlines, to the rules after the tagger.
constexpr uint8_t kTitleCaseHeadline = kTitleCaseSentence | kTitleCaseBesideAmounts;
constexpr int kHeadlineZone = 4;

// Whether the lower-form hash `lower` is a word that titles leave in lower
// case ("of", "the", "and"): the lists of title_words.h.
bool IsTitleSmallWord(uint64_t lower);

// The head noun of an apposition after the comma at token `comma` ("DeepSeek,
// a Beijing-based AI company,"): the last lower-case word of a/an/the and up
// to six words, cut at punctuation or at a word that starts a modifier
// ("of", "in", "that", …); its token, or -1. `end` bounds the sentence.
int AppositionHead(const TokenFacts* facts, int comma, int end);

// What earlier sentences of the document said about a word.
enum HistoryValue : uint8_t { kNoHistory = 0, kHistoryOutsideCapitalized = 1 + kNumNameTypes };

class FeatureExtractor {
 public:
  // The gazetteer and word classes must outlive the extractor; null means none.
  explicit FeatureExtractor(const Gazetteer* gazetteer, const WordClasses* word_classes = nullptr)
      : gazetteer_(gazetteer), word_classes_(word_classes) {}
  // Points the extractor at a model's lists. `model_id` names the model
  // (Recognizer ids are never reused): the cached facts of short tokens hold
  // word classes and gazetteer types, so they are forgotten when the model
  // changes, even if a new model's lists happen to live at the old one's address.
  void set_lexicons(const Gazetteer* gazetteer, const WordClasses* word_classes, uint64_t model_id) {
    if (gazetteer != gazetteer_ || word_classes != word_classes_ || model_id != model_id_) token_cache_.clear();
    gazetteer_ = gazetteer;
    word_classes_ = word_classes;
    model_id_ = model_id;
  }

  // Computes the facts of every token of `doc` (text, tokens and sentences
  // filled) and forgets the history of the previous document. Tokens outside
  // every sentence are grouped into sentences of their own.
  void BeginDocument(const Document& doc);

  // Sentences as token index ranges [first, second), in the order to tag
  // them: text order, except that headlines (sentences mostly in capitals or
  // in title case) come last, so that what the tagger learns from normally cased sentences
  // (RecordTags) informs the headline rather than the other way round.
  const std::vector<std::pair<int32_t, int32_t>>& sentences() const { return sentences_; }
  const std::vector<TokenFacts>& facts() const { return facts_; }
  // The facts a token's bytes determine.
  const LexicalFacts& lexical(const TokenFacts& f) const { return lexicon_[f.lexical]; }
  // The lower-form hash of the head noun of the apposition after the
  // token's capitalised run, 0 when there is none.
  uint64_t apposition(const TokenFacts& f) const {
    return f.apposition_word ? lexicon_[f.apposition_word - 1].lower : 0;
  }

  // Writes the features of token `i` in `groups` (FeatureGroup bits) to
  // `features` (room for kMaxFeatures) and returns how many were written.
  // The order is fixed (the trainer's float sums depend on it).
  int Extract(int i, uint64_t* features, unsigned groups = kAllFeatures) const;

  // Hashes of everything the kOwnFeatures, the kOwnLexicalFeatures or the
  // NeighborFeatures(slot) of token i depend on: equal keys, equal features.
  uint64_t OwnKey(int i) const;
  uint64_t LexicalKey(int i) const;
  uint64_t NeighborKey(int i, int slot) const;

  // Frees the per-document buffers when they hold a long text, so the
  // memory is free for the stages after the recognizer; those of an
  // ordinary article are kept for the next. facts() is empty after.
  void ReleaseLargeBuffers();
  // Tokens of every document begun so far: the caches grow with it.
  uint64_t tokens_seen() const { return tokens_seen_; }

  // Remembers the tags predicted for the sentence [begin, end) so later
  // sentences can ask what this word was called before.
  void RecordTags(int begin, int end, const uint8_t* tags);

 private:
  struct WordSlot {
    uint64_t key;
    uint8_t evidence;
    uint8_t history;
    uint8_t cues;
  };
  // The facts of short tokens, remembered across documents (most words
  // recur), with where they are in this document's lexicon_.
  static constexpr size_t kMaxCachedTokenBytes = 16;
  // 32 bytes, so that the table searched for every token is small; the
  // facts sit in a parallel table, read once per word and document.
  struct CachedToken {
    unsigned char bytes[kMaxCachedTokenBytes];  // zero-padded; 0 length marks an empty entry
    uint32_t length;
    uint32_t document;  // the document_ whose lexicon_ holds these facts at `index`
    uint32_t index;
  };
  void ComputeLexicalFacts(std::string_view form, LexicalFacts* out) const;
  void GrowTokenCache();  // to the size CacheBitsFor gives for tokens_seen_, emptied
  size_t TokenSlot(uint64_t hash) const { return hash >> (64 - token_cache_bits_); }
  uint32_t LexicalIndexOf(std::string_view form);     // in lexicon_, added when absent
  void PrefetchLexical(std::string_view form) const;  // what LexicalIndexOf(form) will read
  WordSlot* FindWord(uint64_t lower);                 // inserts when absent
  const WordSlot* FindWordConst(uint64_t lower) const;
  void SplitSentences(const Document& doc);
  // `headline_zone`: among the first kHeadlineZone sentences or in the
  // page's title, where a sentence in title case is a headline (elsewhere, a
  // list of names).
  void MarkSentenceContext(const Document& doc, int begin, int end, bool headline_zone);
  void MarkCapitalizedRuns(int begin, int end);
  void MatchGazetteer(int begin, int end);
  void MarkAppositions(int begin, int end);
  void CollectContextCues(int begin, int end);
  static int ExtractLexical(const LexicalFacts& f, uint64_t* out);
  static int ExtractWordClasses(const LexicalFacts& f, uint64_t* out);
  static int ExtractEmbeddingClasses(const LexicalFacts& f, uint64_t* out);
  int ExtractHistory(const TokenFacts& f, uint64_t* out) const;
  static int ExtractRunAndMode(const TokenFacts& f, const LexicalFacts& lexical, uint64_t apposition, bool lexical_part,
                               bool context, uint64_t* out);

  const Gazetteer* gazetteer_;
  const WordClasses* word_classes_;
  uint64_t model_id_ = 0;  // set_lexicons
  std::string_view text_;
  std::vector<TokenFacts> facts_;
  std::vector<LexicalFacts> lexicon_;  // this document's distinct forms
  // Where each form of lexicon_ is: open addressing on a hash of its bytes,
  // which lie in text_ at `begin`; `length` 0 marks an empty slot. Without
  // it a form that the token cache has dropped (a cache slot is shared by
  // many words) would be added again, and a long text's lexicon would grow
  // with its length rather than its vocabulary.
  struct FormSlot {
    uint32_t begin;
    uint32_t length;
    uint32_t index;  // in lexicon_
  };
  uint32_t FindForm(std::string_view form, uint64_t hash) const;  // lexicon_ index, or kNoForm
  void AddForm(std::string_view form, uint64_t hash, uint32_t index);
  static constexpr uint32_t kNoForm = ~uint32_t{0};
  static constexpr size_t kInitialFormSlots = 1024;  // a power of two; an article has a few hundred forms
  std::vector<FormSlot> forms_;
  size_t forms_used_ = 0;
  uint32_t document_ = 0;  // counts BeginDocument calls
  std::vector<std::pair<int32_t, int32_t>> sentences_;
  std::vector<WordSlot> words_;  // open addressing on the lower-form hash
  uint64_t words_mask_ = 0;
  std::vector<uint64_t> phrase_hashes_;          // MatchGazetteer's, kMaxGazetteerTokens per token
  std::vector<uint8_t> phrase_counts_;           // how many of them each token has
  std::vector<CachedToken> token_cache_;         // direct-mapped on a hash of the bytes
  int token_cache_bits_ = 0;                     // token_cache_ holds 2^token_cache_bits_ entries
  uint64_t tokens_seen_ = 0;                     // by BeginDocument, over every document
  std::vector<LexicalFacts> token_cache_facts_;  // parallel to token_cache_
};

}  // namespace ner
}  // namespace annotator
