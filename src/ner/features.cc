#include "ner/features.h"

#include <algorithm>
#include <cstring>

#include "ascii_case.h"
#include "ner/hash.h"
#include "ner/prefetch.h"
#include "ner/row_cache.h"
#include "title_words.h"

namespace annotator {
namespace ner {
namespace {

constexpr int kMaxNormalizedBytes = 64;

constexpr uint64_t kBoundary = 0x6a09e667f3bcc908ULL;  // the word/shape beyond a sentence edge

// The ASCII stand-in for the three-byte punctuation mark at byte `i`, or 0:
// curly quotes become ASCII quotes and dashes a hyphen, so text typed with
// smart punctuation looks like the (ASCII) training corpus.
inline int FoldPunctuation(std::string_view token, size_t i) {
  unsigned char c = token[i];
  if (c != 0xE2 || i + 2 >= token.size() || static_cast<unsigned char>(token[i + 1]) != 0x80) {
    return 0;
  }
  unsigned char third = token[i + 2];
  if (third >= 0x98 && third <= 0x9B) return '\'';
  if (third >= 0x9C && third <= 0x9F) return '"';
  if (third >= 0x90 && third <= 0x95) return '-';
  return 0;
}

int Normalize(std::string_view token, bool lower, char* out) {
  int length = 0;
  for (size_t i = 0; i < token.size() && length < kMaxNormalizedBytes;) {
    unsigned char c = token[i];
    if (int folded = FoldPunctuation(token, i)) {
      out[length++] = static_cast<char>(folded);
      i += 3;
      continue;
    }
    if (lower) {
      if (IsUpperAscii(c)) c = static_cast<unsigned char>(c + 32);
      if (c >= '0' && c <= '9') c = '0';
      // Latin-1 capitals À..Þ (except ×) are C3 80..9E; +0x20 is the small letter.
      if (c == 0xC3 && i + 1 < token.size()) {
        unsigned char next = token[i + 1];
        if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
        out[length++] = static_cast<char>(c);
        if (length < kMaxNormalizedBytes) out[length++] = static_cast<char>(next);
        i += 2;
        continue;
      }
    }
    out[length++] = static_cast<char>(c);
    ++i;
  }
  return length;
}

inline bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The class of a shape string (see WordShape) for transition weights.
uint8_t ClassOfShape(const char* shape) {
  int upper = 0, lower = 0, digits = 0;
  char first_letter = 0;
  for (const char* p = shape; *p; ++p) {
    if (*p == 'X' || *p == 'x') {
      if (!first_letter) first_letter = *p;
      (*p == 'X' ? upper : lower)++;
    } else if (*p == 'd') {
      ++digits;
    }
  }
  if (first_letter == 0) return digits ? kNumberToken : kOtherToken;
  if (upper >= 2 && lower == 0) return kAllCapsWord;
  return first_letter == 'X' ? kCapitalizedWord : kLowerWord;
}

bool IsQuoteOrColonShape(const char* shape) {
  return (shape[0] == '"' || shape[0] == '\'' || shape[0] == '`' || shape[0] == ':') &&
         (shape[1] == 0 || shape[1] == shape[0]);
}

}  // namespace

uint64_t WordFormHash(std::string_view token) {
  char buffer[kMaxNormalizedBytes];
  return Fnv1a64(std::string_view(buffer, Normalize(token, false, buffer)));
}

uint64_t LowerFormHash(std::string_view token) {
  char buffer[kMaxNormalizedBytes];
  return Fnv1a64(std::string_view(buffer, Normalize(token, true, buffer)));
}

void WordShape(std::string_view token, int max_run, char* out, int capacity) {
  int length = 0, run = 0;
  char last = 0;
  for (size_t i = 0; i < token.size() && length + 1 < capacity;) {
    unsigned char c = token[i];
    char shape_char;
    size_t advance = 1;
    if (int folded = FoldPunctuation(token, i)) {
      shape_char = static_cast<char>(folded);
      advance = 3;
    } else if (IsUpperAscii(c)) {
      shape_char = 'X';
    } else if (IsLowerAscii(c)) {
      shape_char = 'x';
    } else if (c >= '0' && c <= '9') {
      shape_char = 'd';
    } else if (c < 0x80) {
      shape_char = static_cast<char>(c);
    } else {
      // Non-ASCII: Latin-1 capitals are 'X', other letters of two-byte
      // scripts 'x', everything wider (CJK, symbols, emoji) 'o'.
      unsigned char next = i + 1 < token.size() ? token[i + 1] : 0;
      if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
        shape_char = 'X';
      } else {
        shape_char = c < 0xE0 ? 'x' : 'o';
      }
      while (i + advance < token.size() && IsContinuationByte(token[i + advance])) ++advance;
    }
    i += advance;
    run = shape_char == last ? run + 1 : 1;
    last = shape_char;
    if (run <= max_run) out[length++] = shape_char;
  }
  out[length] = 0;
}

void FeatureExtractor::BeginDocument(const Document& doc) {
  text_ = doc.text;
  const int n = static_cast<int>(doc.tokens.size());
  facts_.resize(n);

  lexicon_.clear();
  forms_.assign(kInitialFormSlots, FormSlot{0, 0, 0});
  forms_used_ = 0;
  ++document_;
  tokens_seen_ += static_cast<uint64_t>(n);
  GrowTokenCache();
  bool previous_is_quote_or_colon = false;
  // The token cache is larger than the CPU's nearest caches: fetching the
  // entries of tokens a few places ahead overlaps the misses.
  constexpr int kPrefetchDistance = 8;
  auto form = [&](int i) { return doc.text.substr(doc.tokens[i].begin, doc.tokens[i].end - doc.tokens[i].begin); };
  for (int i = 0; i < n; ++i) {
    if (i + kPrefetchDistance < n) PrefetchLexical(form(i + kPrefetchDistance));
    const uint32_t index = LexicalIndexOf(form(i));
    const LexicalFacts& lexical = lexicon_[index];
    TokenFacts& f = facts_[i];
    f.lower = lexical.lower;
    f.lexical = index;
    f.token_class = lexical.token_class;
    f.gazetteer = 0;
    f.document = 0;  // set below for words
    f.apposition_word = 0;
    f.apposition_class = kNoApposition;
    f.context = previous_is_quote_or_colon ? kAfterQuoteOrColon : 0;
    previous_is_quote_or_colon = lexical.quote_or_colon;
  }
  // Every word's lower form is in the lexicon, so the table of words needs
  // room for its size (far below the number of tokens in a long text).
  uint64_t capacity = 64;
  while (capacity < 2 * static_cast<uint64_t>(lexicon_.size())) capacity <<= 1;
  words_.assign(capacity, WordSlot{0, 0, 0, 0});
  words_mask_ = capacity - 1;
  SplitSentences(doc);
  // A pasted page's headline follows its menus, past the first sentences;
  // where the page's title was found (boilerplate.h), its sentences are
  // headlines' too. (The trainer's corpora have no title.)
  auto in_title = [&](const std::pair<int32_t, int32_t>& sentence) {
    return !doc.title.empty() && doc.tokens[sentence.first].begin < doc.title.end &&
           doc.tokens[sentence.second - 1].end > doc.title.begin;
  };
  for (const auto& sentence : sentences_) {
    const bool headline_zone = &sentence - sentences_.data() < kHeadlineZone || in_title(sentence);
    MarkSentenceContext(doc, sentence.first, sentence.second, headline_zone);
    if (gazetteer_ && gazetteer_->size() > 0) MatchGazetteer(sentence.first, sentence.second);
    MarkAppositions(sentence.first, sentence.second);
    CollectContextCues(sentence.first, sentence.second);
  }
  std::stable_partition(sentences_.begin(), sentences_.end(), [this](const std::pair<int32_t, int32_t>& s) {
    return !(facts_[s.first].context & kHeadlineModes);
  });
  for (int i = 0; i < n; ++i) {
    if (facts_[i].token_class > kAllCapsWord) {
      facts_[i].cues = 0;
      continue;
    }
    const WordSlot* slot = FindWord(facts_[i].lower);
    facts_[i].document = slot->evidence;
    facts_[i].cues = facts_[i].token_class == kLowerWord ? 0 : slot->cues;
  }
}

void FeatureExtractor::ReleaseLargeBuffers() {
  // About 1 MB of facts: an article's stay for the next one.
  constexpr size_t kKeptTokens = 1 << 14;
  if (facts_.capacity() <= kKeptTokens) return;
  std::vector<TokenFacts>().swap(facts_);
  std::vector<LexicalFacts>().swap(lexicon_);
  std::vector<FormSlot>().swap(forms_);
  forms_used_ = 0;
  std::vector<WordSlot>().swap(words_);
  words_mask_ = 0;
}

void FeatureExtractor::ComputeLexicalFacts(std::string_view form, LexicalFacts* out) const {
  char normalized[kMaxNormalizedBytes];
  char shape[kMaxNormalizedBytes];
  out->word = WordFormHash(form);
  int lower_length = Normalize(form, true, normalized);
  std::string_view lower(normalized, lower_length);
  out->lower = Fnv1a64(lower);
  for (int k = 0; k < kNumAffixes; ++k) {
    bool fits = lower_length > k + 1;  // an affix as long as the word says nothing new
    out->prefix[k] = fits ? Fnv1a64(lower.substr(0, k + 1)) : 0;
    out->suffix[k] = fits ? Fnv1a64(lower.substr(lower_length - k - 1)) : 0;
  }
  WordShape(form, 4, shape, sizeof shape);
  out->long_shape = Fnv1a64(shape);
  out->token_class = ClassOfShape(shape);
  WordShape(form, 1, shape, sizeof shape);
  out->shape = Fnv1a64(shape);
  out->lower_shape = Combine(out->lower, out->shape);
  out->word_class = word_classes_ ? word_classes_->Lookup(out->lower) : 0;
  out->embedding_class = word_classes_ ? word_classes_->LookupEmbedding(out->lower) : 0;
  out->quote_or_colon = IsQuoteOrColonShape(shape);
  out->title_small_word = IsTitleSmallWord(out->lower);
  out->gazetteer_unit =
      gazetteer_ && gazetteer_->size() > 0 ? gazetteer_->Lookup(ExtendPhraseHash(kEmptyPhraseHash, out->lower)) : 0;
}

namespace {

// At most 16384 entries of 28 + 120 bytes, grown with the text (CacheBitsFor).
constexpr int kMinTokenCacheBits = 8, kMaxTokenCacheBits = 14;

// The bytes of a short token zero-padded, and their hash (which places it in the token cache).
struct PaddedToken {
  unsigned char bytes[16] = {};
  uint64_t hash;
  explicit PaddedToken(std::string_view form) {
    std::memcpy(bytes, form.data(), form.size());
    uint64_t head, tail;
    std::memcpy(&head, bytes, 8);
    std::memcpy(&tail, bytes + 8, 8);
    hash = Mix64(head ^ Mix64(tail + form.size()));
  }
};

// The hash FindForm and AddForm take for a token too long for the cache.
uint64_t LongFormHash(std::string_view form) {
  uint64_t hash = form.size();
  for (unsigned char c : form) hash = hash * 0x100000001b3ULL ^ c;
  return Mix64(hash);
}

}  // namespace

uint32_t FeatureExtractor::FindForm(std::string_view form, uint64_t hash) const {
  const size_t mask = forms_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const FormSlot& slot = forms_[at];
    if (slot.length == 0) return kNoForm;
    if (slot.length == form.size() && std::memcmp(text_.data() + slot.begin, form.data(), form.size()) == 0) {
      return slot.index;
    }
  }
}

void FeatureExtractor::AddForm(std::string_view form, uint64_t hash, uint32_t index) {
  if (form.empty()) return;
  if (2 * (forms_used_ + 1) > forms_.size()) {
    // Half full: twice the room, every form placed again.
    std::vector<FormSlot> old(2 * forms_.size(), FormSlot{0, 0, 0});
    old.swap(forms_);
    forms_used_ = 0;
    for (const FormSlot& slot : old) {
      if (slot.length == 0) continue;
      const std::string_view placed = text_.substr(slot.begin, slot.length);
      const uint64_t placed_hash =
          placed.size() > kMaxCachedTokenBytes ? LongFormHash(placed) : PaddedToken(placed).hash;
      AddForm(placed, placed_hash, slot.index);
    }
  }
  const size_t mask = forms_.size() - 1;
  size_t at = hash & mask;
  while (forms_[at].length != 0) at = (at + 1) & mask;
  forms_[at] = {static_cast<uint32_t>(form.data() - text_.data()), static_cast<uint32_t>(form.size()), index};
  ++forms_used_;
}

void FeatureExtractor::GrowTokenCache() {
  const int bits = CacheBitsFor(tokens_seen_, kMinTokenCacheBits, kMaxTokenCacheBits);
  if (!token_cache_.empty() && bits <= token_cache_bits_) return;
  token_cache_bits_ = bits;
  token_cache_.assign(size_t{1} << bits, CachedToken{});
  token_cache_facts_.assign(token_cache_.size(), LexicalFacts{});
}

void FeatureExtractor::PrefetchLexical(std::string_view form) const {
  if (form.empty() || form.size() > kMaxCachedTokenBytes || token_cache_.empty()) return;
  const size_t slot = TokenSlot(PaddedToken(form).hash);
  ner::Prefetch(&token_cache_[slot]);
  ner::Prefetch(&token_cache_facts_[slot]);
}

// Hashing a short token's bytes and comparing them with the cached ones
// costs far less than normalising, shaping and hashing it again.
uint32_t FeatureExtractor::LexicalIndexOf(std::string_view form) {
  if (form.empty() || form.size() > kMaxCachedTokenBytes) {
    const uint64_t hash = LongFormHash(form);
    uint32_t index = form.empty() ? kNoForm : FindForm(form, hash);
    if (index != kNoForm) return index;
    index = static_cast<uint32_t>(lexicon_.size());
    lexicon_.emplace_back();
    ComputeLexicalFacts(form, &lexicon_.back());
    AddForm(form, hash, index);
    return index;
  }
  static_assert(sizeof(PaddedToken::bytes) == kMaxCachedTokenBytes, "padded like the cache");
  const PaddedToken padded(form);
  const size_t slot = TokenSlot(padded.hash);
  CachedToken& entry = token_cache_[slot];
  if (entry.length != form.size() || std::memcmp(entry.bytes, padded.bytes, sizeof padded.bytes) != 0) {
    std::memcpy(entry.bytes, padded.bytes, sizeof padded.bytes);
    entry.length = static_cast<uint32_t>(form.size());
    // A form this document has already met, since dropped from the cache.
    const uint32_t known = FindForm(form, padded.hash);
    if (known != kNoForm) {
      entry.document = document_;
      entry.index = known;
      token_cache_facts_[slot] = lexicon_[known];
      return known;
    }
    entry.document = 0;  // not in any document's lexicon yet
    ComputeLexicalFacts(form, &token_cache_facts_[slot]);
  }
  if (entry.document != document_) {
    entry.document = document_;
    entry.index = static_cast<uint32_t>(lexicon_.size());
    lexicon_.push_back(token_cache_facts_[slot]);
    AddForm(form, padded.hash, entry.index);
  }
  return entry.index;
}

void FeatureExtractor::SplitSentences(const Document& doc) {
  sentences_.clear();
  const int n = static_cast<int>(doc.tokens.size());
  size_t s = 0;
  int i = 0;
  while (i < n) {
    while (s < doc.sentences.size() && doc.sentences[s].end <= doc.tokens[i].begin) ++s;
    int begin = i;
    if (s < doc.sentences.size() && doc.sentences[s].begin <= doc.tokens[i].begin) {
      // Tokens inside sentence s.
      while (i < n && doc.tokens[i].end <= doc.sentences[s].end) ++i;
      if (i == begin) ++i;  // a token straddling the sentence end
    } else {
      // Tokens before the next sentence (or after the last) form their own.
      uint32_t limit = s < doc.sentences.size() ? doc.sentences[s].begin : UINT32_MAX;
      while (i < n && doc.tokens[i].begin < limit) ++i;
    }
    // Viterbi sums int32 scores along a sentence; a "sentence" of thousands
    // of tokens (a list or a paste without full stops) could overflow them,
    // so it is tagged in pieces. No CoNLL sentence is this long.
    for (int piece = begin; piece < i; piece += kMaxTaggedTokens) {
      sentences_.emplace_back(piece, std::min(i, piece + kMaxTaggedTokens));
    }
  }
}

namespace {

// Whether token `i` is part of an amount: a symbol glued to the number after
// it ("£" of "£71.6m", which the word classes count as a lower-case word) or
// a unit's letters glued to the number before them ("m", "km" of "10km").
// Its case tells nothing of whether its sentence is a headline.
bool IsPartOfAmount(const Document& doc, int i) {
  const Token& token = doc.tokens[i];
  const int n = static_cast<int>(doc.tokens.size());
  if (token.kind == TokenKind::kSymbol) {
    return i + 1 < n && doc.tokens[i + 1].begin == token.end && doc.tokens[i + 1].kind == TokenKind::kNumber;
  }
  return token.kind == TokenKind::kWord && i > 0 && token.begin == doc.tokens[i - 1].end &&
         doc.tokens[i - 1].kind == TokenKind::kNumber;
}

}  // namespace

bool IsTitleSmallWord(uint64_t lower) {
  static constexpr auto kTitleSmall = WordHashes(kTitleSmallWords);
  static constexpr auto kHeadlineSmall = WordHashes(kHeadlineSmallWords);
  return Contains(kTitleSmall, lower) || Contains(kHeadlineSmall, lower);
}

void FeatureExtractor::MarkSentenceContext(const Document& doc, int begin, int end, bool headline_zone) {
  int words = 0, long_all_caps = 0, capitalized = 0, lower_not_small = 0, lower_in_amounts = 0;
  for (int i = begin; i < end; ++i) {
    TokenFacts& f = facts_[i];
    f.sentence_offset = static_cast<uint8_t>(i - begin);
    f.sentence_left = static_cast<uint8_t>(end - i);
    if (f.token_class > kAllCapsWord) continue;
    ++words;
    if (f.token_class == kAllCapsWord) ++long_all_caps;
    if (f.token_class != kLowerWord) {
      ++capitalized;
    } else if (!lexicon_[f.lexical].title_small_word) {
      ++lower_not_small;
      if (IsPartOfAmount(doc, i)) ++lower_in_amounts;
    }
  }
  uint8_t mode = 0;
  if (words >= 2 && long_all_caps * 10 >= words * 6)
    mode = kHeadlineSentence;
  else if (headline_zone && words >= 4 && lower_not_small == 0)
    mode = kTitleCaseSentence;
  if (words >= 3 && capitalized == 0) mode = kLowerCaseSentence;
  const bool title_case_beside_amounts =
      mode == 0 && headline_zone && words - lower_in_amounts >= 4 && lower_not_small == lower_in_amounts;
  const uint8_t amounts_bit = title_case_beside_amounts ? kTitleCaseBesideAmounts : 0;
  facts_[begin].context |= kSentenceInitial;
  if (begin < end) facts_[begin].context &= ~kAfterQuoteOrColon;
  MarkCapitalizedRuns(begin, end);
  for (int i = begin; i < end; ++i) {
    TokenFacts& f = facts_[i];
    f.context |= mode | amounts_bit;
    if (f.token_class > kAllCapsWord || mode != 0) continue;
    // Case only tells something about a word away from the sentence start.
    bool position_forces_capital = (f.context & (kSentenceInitial | kAfterQuoteOrColon)) != 0;
    WordSlot* slot = FindWord(f.lower);
    if (f.token_class == kLowerWord) slot->evidence |= kSeenLowerCase;
    if (f.token_class == kAllCapsWord) slot->evidence |= kSeenAllCaps;
    if (f.token_class == kCapitalizedWord && !position_forces_capital) {
      slot->evidence |= kSeenCapitalizedMidSentence;
    }
  }
}

// Runs of capitalised words ("European Commission", "Xi Jinping") and where
// a token sits in its run: names are mostly such runs.
void FeatureExtractor::MarkCapitalizedRuns(int begin, int end) {
  for (int i = begin; i < end;) {
    if (facts_[i].token_class != kCapitalizedWord && facts_[i].token_class != kAllCapsWord) {
      facts_[i++].capitalized_run = 0;
      continue;
    }
    int j = i;
    while (j < end && (facts_[j].token_class == kCapitalizedWord || facts_[j].token_class == kAllCapsWord)) ++j;
    const int length = j - i < 4 ? j - i : 4;
    for (int k = i; k < j; ++k) {
      Position position = j - i == 1 ? kUnit : k == i ? kBegin : k == j - 1 ? kLast : kInside;
      facts_[k].capitalized_run = static_cast<uint8_t>(4 * length + position);
    }
    i = j;
  }
}

// The phrases of the sentence are hashed (and their table slots prefetched)
// in a first pass, and looked up in a second: the table is larger than the
// CPU caches, and this way the misses of one sentence overlap.
void FeatureExtractor::MatchGazetteer(int begin, int end) {
  if (phrase_counts_.size() < static_cast<size_t>(end - begin)) {  // grown only, see ScoreSentence
    phrase_hashes_.resize(static_cast<size_t>(end - begin) * kMaxGazetteerTokens);
    phrase_counts_.resize(static_cast<size_t>(end - begin));
  }
  uint64_t* hashes = phrase_hashes_.data();
  for (int i = begin; i < end; ++i) {
    uint64_t* at = hashes + (i - begin) * kMaxGazetteerTokens;
    uint8_t& count = phrase_counts_[i - begin];
    count = 0;
    if (facts_[i].token_class > kAllCapsWord) continue;
    uint64_t phrase = kEmptyPhraseHash;
    for (int length = 1; length <= kMaxGazetteerTokens && i + length <= end; ++length) {
      const TokenFacts& last = facts_[i + length - 1];
      if (last.token_class == kOtherToken && length == 1) break;
      phrase = ExtendPhraseHash(phrase, last.lower);
      at[count++] = phrase;
      if (length > 1) gazetteer_->Prefetch(phrase);
    }
  }
  for (int i = begin; i < end; ++i) {
    const uint64_t* at = hashes + (i - begin) * kMaxGazetteerTokens;
    for (int length = 1; length <= phrase_counts_[i - begin]; ++length) {
      // The word alone was looked up with its lexical facts, once per form.
      const uint8_t types =
          length == 1 ? lexicon_[facts_[i].lexical].gazetteer_unit : gazetteer_->Lookup(at[length - 1]);
      if (types == 0) continue;  // most probes
      for (int g = 0; g < kNumGazetteerTypes; ++g) {
        if (!(types & (1 << g))) continue;
        if (length == 1) {
          facts_[i].gazetteer |= 1u << (4 * g + kUnit);
          continue;
        }
        facts_[i].gazetteer |= 1u << (4 * g + kBegin);
        for (int k = i + 1; k < i + length - 1; ++k) facts_[k].gazetteer |= 1u << (4 * g + kInside);
        facts_[i + length - 1].gazetteer |= 1u << (4 * g + kLast);
      }
    }
  }
}

// Head nouns of appositions, by the type of name they describe. CoNLL-2003
// has only a few hundred appositions, too few to learn each head word, so
// these small hand lists let "company" in a new article count like the
// "subsidiary" and "unit" of the training text. Lower-form hashes.
AppositionClass ClassOfHeadNoun(uint64_t head) {
  static constexpr auto kOrgHeads =
      WordHashes({"company",     "firm",      "startup",     "start-up",   "maker",        "manufacturer", "chipmaker",
                  "carmaker",    "automaker", "group",       "subsidiary", "unit",         "bank",         "lender",
                  "insurer",     "airline",   "carrier",     "retailer",   "conglomerate", "giant",        "developer",
                  "producer",    "supplier",  "operator",    "agency",     "organisation", "organization", "party",
                  "club",        "team",      "newspaper",   "daily",      "broadcaster",  "network",      "institute",
                  "university",  "charity",   "association", "union",      "body",         "ministry",     "committee",
                  "council",     "fund",      "exchange",    "brokerage",  "utility",      "refiner",      "miner",
                  "distributor", "publisher", "studio",      "platform",   "provider",     "consortium",   "side",
                  "affiliate"});
  static constexpr auto kPersonHeads = WordHashes(
      {"man",       "woman",       "spokesman",   "spokeswoman", "official",   "analyst",    "minister",   "president",
       "leader",    "member",      "player",      "striker",     "midfielder", "defender",   "goalkeeper", "champion",
       "chairman",  "director",    "executive",   "lawyer",      "father",     "mother",     "son",        "daughter",
       "wife",      "husband",     "scientist",   "captain",     "envoy",      "winner",     "veteran",    "manager",
       "coach",     "founder",     "economist",   "professor",   "writer",     "author",     "actor",      "singer",
       "boy",       "girl",        "diplomat",    "colonel",     "senator",    "governor",   "mayor",      "candidate",
       "trader",    "businessman", "student",     "doctor",      "priest",     "journalist", "reporter",   "politician",
       "medallist", "seed",        "spokesperson"});
  static constexpr auto kPlaceHeads = WordHashes(
      {"town",      "city",    "village", "capital",  "province",      "state",        "region",       "island",
       "country",   "nation",  "port",    "district", "county",        "suburb",       "colony",       "republic",
       "territory", "enclave", "kingdom", "resort",   "neighbourhood", "neighborhood", "municipality", "archipelago"});
  if (Contains(kOrgHeads, head)) return kAppositionOrgHead;
  if (Contains(kPersonHeads, head)) return kAppositionPersonHead;
  if (Contains(kPlaceHeads, head)) return kAppositionPlaceHead;
  return kAppositionOtherHead;
}

// "DeepSeek, a Beijing-based AI company, has ...": the head noun of an
// apposition says what the name before it is (company, striker, town), for
// names the training text never saw. The head is the last lower-case word of
// "," + a/an/the + up to kMaxAppositionWords words, cut at punctuation or at
// a word that starts a modifier ("of", "in", "that", ...). ", who" and
// ", which" after a name say person or not.
int AppositionHead(const TokenFacts* facts, int comma, int end) {
  constexpr int kMaxAppositionWords = 6;
  static constexpr auto kArticles = WordHashes({"a", "an", "the"});
  static constexpr auto kStops = WordHashes({"of", "in", "on", "at", "that", "which", "who", "with", "for", "from",
                                             "and", "to", "by", "whose", "where", "or"});
  if (comma + 1 >= end || !Contains(kArticles, facts[comma + 1].lower)) return -1;
  int head = -1;
  for (int j = comma + 2; j < end && j < comma + 2 + kMaxAppositionWords; ++j) {
    const TokenFacts& w = facts[j];
    if (w.token_class == kOtherToken || Contains(kStops, w.lower)) break;
    head = w.token_class == kLowerWord ? j : -1;
  }
  return head;
}

void FeatureExtractor::MarkAppositions(int begin, int end) {
  static const uint64_t kComma = Fnv1a64(","), kWho = Fnv1a64("who"), kWhich = Fnv1a64("which");
  for (int comma = begin + 1; comma + 1 < end; ++comma) {
    if (facts_[comma].lower != kComma || facts_[comma - 1].capitalized_run == 0) continue;
    const uint64_t next = facts_[comma + 1].lower;
    uint32_t head_word = 0;
    AppositionClass head_class = kNoApposition;
    if (next == kWho) {
      head_class = kRelativeWho;
    } else if (next == kWhich) {
      head_class = kRelativeWhich;
    } else if (const int head = AppositionHead(facts_.data(), comma, end); head >= 0) {
      head_word = facts_[head].lexical + 1;
      head_class = ClassOfHeadNoun(facts_[head].lower);
    }
    if (head_class == kNoApposition) continue;
    for (int k = comma - 1; k >= begin && facts_[k].capitalized_run != 0; --k) {
      facts_[k].apposition_word = head_word;
      facts_[k].apposition_class = head_class;
    }
  }
}

// Which ContextCue `lower` (a lower-form hash) is as the word before a
// capitalised run (`after` false) or after it (`after` true).
static uint8_t CueOfNeighbor(uint64_t lower, bool after) {
  struct Cue {
    const char* word;
    uint8_t cue;
  };
  static const Cue kBefore[] = {
      // words that come before a name
      {"mr.", kCueAfterTitle},       {"mrs.", kCueAfterTitle},     {"ms.", kCueAfterTitle},
      {"dr.", kCueAfterTitle},       {"mr", kCueAfterTitle},       {"mrs", kCueAfterTitle},
      {"president", kCueAfterTitle}, {"minister", kCueAfterTitle}, {"sen.", kCueAfterTitle},
      {"in", kCueAfterPlaceWord},    {"at", kCueAfterPlaceWord},   {"from", kCueAfterPlaceWord},
      {"near", kCueAfterPlaceWord},  {"the", kCueAfterThe}};
  static const Cue kAfter[] = {
      // words that come after a name
      {"said", kCueBeforeSpeechVerb},  {"says", kCueBeforeSpeechVerb}, {"told", kCueBeforeSpeechVerb},
      {"added", kCueBeforeSpeechVerb}, {"inc", kCueBeforeOrgWord},     {"inc.", kCueBeforeOrgWord},
      {"corp", kCueBeforeOrgWord},     {"corp.", kCueBeforeOrgWord},   {"co", kCueBeforeOrgWord},
      {"co.", kCueBeforeOrgWord},      {"ltd", kCueBeforeOrgWord},     {"ltd.", kCueBeforeOrgWord},
      {"plc", kCueBeforeOrgWord},      {"group", kCueBeforeOrgWord},   {"'s", kCueBeforePossessive}};
  static uint64_t before_hashes[sizeof kBefore / sizeof *kBefore], after_hashes[sizeof kAfter / sizeof *kAfter];
  static const bool hashed = [] {
    for (size_t k = 0; k < sizeof kBefore / sizeof *kBefore; ++k) before_hashes[k] = Fnv1a64(kBefore[k].word);
    for (size_t k = 0; k < sizeof kAfter / sizeof *kAfter; ++k) after_hashes[k] = Fnv1a64(kAfter[k].word);
    return true;
  }();
  (void)hashed;
  if (after) {
    for (size_t k = 0; k < sizeof kAfter / sizeof *kAfter; ++k) {
      if (after_hashes[k] == lower) return kAfter[k].cue;
    }
    return 0;
  }
  for (size_t k = 0; k < sizeof kBefore / sizeof *kBefore; ++k) {
    if (before_hashes[k] == lower) return kBefore[k].cue;
  }
  return 0;
}

// Gathers, for every capitalised word, the ContextCues around its capitalised
// run, in the word's WordSlot (all occurrences share it).
void FeatureExtractor::CollectContextCues(int begin, int end) {
  for (int i = begin; i < end;) {
    if (facts_[i].capitalized_run == 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < end && facts_[j].capitalized_run != 0) ++j;
    uint8_t cues = 0;
    if (i > begin) cues |= CueOfNeighbor(facts_[i - 1].lower, false);
    if (j < end) cues |= CueOfNeighbor(facts_[j].lower, true);
    if (cues) {
      for (int k = i; k < j; ++k) FindWord(facts_[k].lower)->cues |= cues;
    }
    i = j;
  }
}

FeatureExtractor::WordSlot* FeatureExtractor::FindWord(uint64_t lower) {
  uint64_t key = lower | 1;  // 0 marks an empty slot
  for (uint64_t at = Mix64(key) & words_mask_;; at = (at + 1) & words_mask_) {
    WordSlot& slot = words_[at];
    if (slot.key == key) return &slot;
    if (slot.key == 0) {
      slot.key = key;
      return &slot;
    }
  }
}

const FeatureExtractor::WordSlot* FeatureExtractor::FindWordConst(uint64_t lower) const {
  uint64_t key = lower | 1;
  for (uint64_t at = Mix64(key) & words_mask_;; at = (at + 1) & words_mask_) {
    const WordSlot& slot = words_[at];
    if (slot.key == key) return &slot;
    if (slot.key == 0) return nullptr;
  }
}

void FeatureExtractor::RecordTags(int begin, int end, const uint8_t* tags) {
  for (int i = begin; i < end; ++i) {
    const TokenFacts& f = facts_[i];
    if (f.token_class > kAllCapsWord) continue;
    int tag = tags[i - begin];
    if (tag != kOutsideTag) {
      FindWord(f.lower)->history = static_cast<uint8_t>(1 + TagType(tag));
    } else if (f.token_class != kLowerWord && !(f.context & kSentenceInitial)) {
      FindWord(f.lower)->history = kHistoryOutsideCapitalized;
    }
  }
}

uint64_t FeatureExtractor::OwnKey(int i) const {
  // The lexical features are covered by the three hashes of LexicalKey; the
  // rest by the small facts, the apposition head and the context cues.
  const TokenFacts& f = facts_[i];
  const LexicalFacts& lexical = lexicon_[f.lexical];
  const uint64_t small = f.context | f.document << 8 | f.token_class << 16 |
                         static_cast<uint64_t>(f.capitalized_run) << 24 | static_cast<uint64_t>(f.gazetteer) << 32;
  return Combine(Combine(lexical.word, lexical.lower_shape),
                 Combine(Combine(lexical.long_shape, small), Combine(apposition(f), f.cues)));
}

uint64_t FeatureExtractor::LexicalKey(int i) const {
  // The affixes are substrings of the lower form, the class a function of
  // the long shape and the word classes functions of the lower form (for one
  // model: the row cache is per model), so three hashes cover everything.
  // The salt keeps these keys apart from NeighborKey's.
  constexpr uint64_t kLexicalSalt = 0x3c6ef372fe94f82bULL;
  const LexicalFacts& lexical = lexicon_[facts_[i].lexical];
  return Combine(Combine(lexical.word, lexical.lower_shape), lexical.long_shape ^ kLexicalSalt);
}

uint64_t FeatureExtractor::NeighborKey(int i, int slot) const {
  // Random salts: keys of different slots differ in every bit, and XOR
  // keeps this cheap for the ~5 keys per token.
  static constexpr uint64_t kSlotSalt[kNumNeighborSlots] = {0x8c3f1d2a6b5e4970ULL, 0x27d4eb2f165667c5ULL,
                                                            0xd6e8feb86659fd93ULL, 0x5851f42d4c957f2dULL};
  const int j = i + kNeighborOffsets[slot];
  const TokenFacts& f = facts_[i];
  constexpr uint64_t kBoundaryKey = Combine(kBoundary, kBoundary);
  const uint64_t word =
      j >= i - f.sentence_offset && j < i + f.sentence_left ? lexicon_[facts_[j].lexical].lower_shape : kBoundaryKey;
  return word ^ kSlotSalt[slot];
}

int FeatureExtractor::Extract(int i, uint64_t* out, unsigned groups) const {
  const TokenFacts& f = facts_[i];
  const int begin = i - f.sentence_offset, end = i + f.sentence_left;
  auto lower_at = [&](int j) { return j >= begin && j < end ? static_cast<uint64_t>(facts_[j].lower) : kBoundary; };
  auto shape_at = [&](int j) { return j >= begin && j < end ? lexicon_[facts_[j].lexical].shape : kBoundary; };
  const uint64_t shape = lexicon_[f.lexical].shape;
  const bool context = groups & kContextFeatures;
  // The token's own features, in their two parts.
  const bool lexical_part = groups & (kOwnFeatures | kOwnLexicalFeatures);
  const bool own = groups & (kOwnFeatures | kOwnContextFeatures);
  int n = 0;
  const LexicalFacts& lexical = lexicon_[f.lexical];
  if (lexical_part) n += ExtractLexical(lexical, out);
  for (int s = 0; s < kNumNeighborSlots; ++s) {
    if (groups & NeighborFeatures(s)) out[n++] = FeatureHash(kLowerPrev + s, lower_at(i + kNeighborOffsets[s]));
  }
  for (int s = 0; s < kNumNeighborSlots; ++s) {
    if (groups & NeighborFeatures(s)) out[n++] = FeatureHash(kShapePrev + s, shape_at(i + kNeighborOffsets[s]));
  }
  // The word classes of the words just before and after (slots 0 and 1).
  // Without an exchange-class table (the shipped model has only embedding
  // classes) kWordClass and these still fire, as the token class and whether
  // a neighbour exists: dropping them cost 1.7 F1 on GUM dev and 1.2 on GUM
  // train, so the model keeps them.
  for (int s = 0; s < 2 && word_classes_; ++s) {
    const int j = i + kNeighborOffsets[s];
    if (!(groups & NeighborFeatures(s))) continue;
    const uint64_t neighbor = j >= begin && j < end ? lexicon_[facts_[j].lexical].word_class : kBoundary;
    out[n++] = FeatureHash(kWordClassPrev + s, neighbor);
    if (word_classes_->embedding_size() == 0) continue;
    uint64_t embedding = kBoundary;
    if (j >= begin && j < end) {
      const uint32_t c = lexicon_[facts_[j].lexical].embedding_class;
      embedding = c == 0 ? kMaxEmbeddingClasses : (c - 1) >> kEmbeddingLevelShift[kNeighborEmbeddingLevel];
    }
    out[n++] = FeatureHash(kEmbeddingClassPrev + s, embedding);
  }
  if (context) {
    out[n++] = FeatureHash(kBigramPrev, Combine(lower_at(i - 1), f.lower));
    out[n++] = FeatureHash(kBigramNext, Combine(f.lower, lower_at(i + 1)));
    out[n++] = FeatureHash(kShapeTrigram, Combine(Combine(shape_at(i - 1), shape), shape_at(i + 1)));
    out[n++] = FeatureHash(kPrevWordThisShape, Combine(lower_at(i - 1), shape));
    out[n++] = FeatureHash(kThisShapeNextWord, Combine(shape, lower_at(i + 1)));
  }
  if (own) {
    out[n++] = FeatureHash(kPosition, Combine(f.context & (kSentenceInitial | kAfterQuoteOrColon), shape));
    // At most 16 gazetteer bits, so the features after them still fit.
    int fired = 0;
    for (uint32_t bits = f.gazetteer & kFeatureGazetteerBits; bits && fired < 16; bits &= bits - 1, ++fired) {
      out[n++] = FeatureHash(kGazetteerMatch, __builtin_ctz(bits) * 8 + f.token_class);
    }
  }
  if (context) {
    const uint32_t before = i > begin ? facts_[i - 1].gazetteer & kFeatureGazetteerBits : 0;
    const uint32_t after = i + 1 < end ? facts_[i + 1].gazetteer & kFeatureGazetteerBits : 0;
    if (before) out[n++] = FeatureHash(kGazetteerPrev, before);
    if (after) out[n++] = FeatureHash(kGazetteerNext, after);
  }
  if (f.token_class <= kAllCapsWord) {
    uint64_t position = f.context & (kSentenceInitial | kAfterQuoteOrColon | kCaseModes);
    if (own) out[n++] = FeatureHash(kDocumentEvidence, (f.document * 16 + f.token_class) * 256 + position);
    if (own) {
      for (int bit = 0; bit < kNumContextCues; ++bit) {
        if (f.cues & (1 << bit)) out[n++] = FeatureHash(kDocumentContext + bit, f.token_class);
      }
    }
    if (context) n += ExtractHistory(f, out + n);
  }
  n += ExtractRunAndMode(f, lexical, apposition(f), lexical_part, own, out + n);
  if (lexical_part && word_classes_) n += ExtractWordClasses(lexical, out + n);
  if (lexical_part && word_classes_ && word_classes_->embedding_size()) {
    n += ExtractEmbeddingClasses(lexical, out + n);
  }
  return n;
}

// The word's embedding class at every level, with its capitalisation.
int FeatureExtractor::ExtractEmbeddingClasses(const LexicalFacts& f, uint64_t* out) {
  if (f.embedding_class == 0) {
    out[0] = FeatureHash(kEmbeddingClass, Combine(kMaxEmbeddingClasses, f.token_class));
    return 1;
  }
  for (int level = 0; level < kNumEmbeddingLevels; ++level) {
    const uint64_t c = (f.embedding_class - 1) >> kEmbeddingLevelShift[level];
    out[level] = FeatureHash(kEmbeddingClass + level, Combine(c, f.token_class));
  }
  return kNumEmbeddingLevels;
}

// The word's classes with its capitalisation ("Volgograd" and "Rotor" look
// alike to the tagger once "Volgograd" shares a class with cities it knows).
int FeatureExtractor::ExtractWordClasses(const LexicalFacts& f, uint64_t* out) {
  if (f.word_class == 0) {
    out[0] = FeatureHash(kWordClass, Combine(kMaxFineClasses, f.token_class));
    return 1;
  }
  const uint16_t packed = static_cast<uint16_t>(f.word_class - 1);
  out[0] = FeatureHash(kWordClass, Combine(FineClass(packed), f.token_class));
  out[1] = FeatureHash(kCoarseWordClass, Combine(CoarseClass(packed), f.token_class));
  return 2;
}

// Word form, shape and affixes.
int FeatureExtractor::ExtractLexical(const LexicalFacts& f, uint64_t* out) {
  int n = 0;
  out[n++] = FeatureHash(kBias, 0);
  out[n++] = FeatureHash(kWord, f.word);
  out[n++] = FeatureHash(kLower, f.lower);
  out[n++] = FeatureHash(kShape, f.shape);
  out[n++] = FeatureHash(kLongShape, f.long_shape);
  for (int k = 0; k < kNumAffixes; ++k) {
    if (f.prefix[k]) out[n++] = FeatureHash(kPrefix + k, f.prefix[k]);
    if (f.suffix[k]) out[n++] = FeatureHash(kSuffix + k, f.suffix[k]);
  }
  return n;
}

// What earlier sentences of the document called this word.
int FeatureExtractor::ExtractHistory(const TokenFacts& f, uint64_t* out) const {
  const WordSlot* slot = FindWordConst(f.lower);
  uint8_t history = slot ? slot->history : static_cast<uint8_t>(kNoHistory);
  if (history == kNoHistory) return 0;
  out[0] = FeatureHash(kDocumentHistory, history);
  out[1] = FeatureHash(kHistoryAndShape, Combine(history, lexicon_[f.lexical].shape));
  return 2;
}

// The capitalised run, the word with its shape (a lexical feature) and the
// sentence's mode.
int FeatureExtractor::ExtractRunAndMode(const TokenFacts& f, const LexicalFacts& lexical, uint64_t apposition,
                                        bool lexical_part, bool context, uint64_t* out) {
  int n = 0;
  if (context && f.capitalized_run) out[n++] = FeatureHash(kCapitalizedRun, f.capitalized_run);
  if (lexical_part) out[n++] = FeatureHash(kLowerAndShape, lexical.lower_shape);
  if (!context) return n;
  if (apposition) out[n++] = FeatureHash(kAppositionHead, apposition);
  const uint64_t mode = f.context & kCaseModes;
  if (mode) {
    out[n++] = FeatureHash(kSentenceMode, Combine(mode, lexical.shape));
    out[n++] = FeatureHash(kModeAndLower, Combine(mode, f.lower));
  }
  return n;
}

}  // namespace ner
}  // namespace annotator
