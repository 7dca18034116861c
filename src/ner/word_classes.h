// Word classes learned from unlabeled text, looked up by a word's lower-case
// form. Words of one class occur in the same contexts, so a name the tagger
// never saw still shares its class with names it did.
//  - Exchange classes (ner/exchange_clustering.h, tool cluster_words): for
//    each word of the news text they were learned from, a fine class (one of
//    up to 1024) and a coarse one (up to 64).
//  - Embedding classes (build-scripts/ner-lexicons/make-glove-classes.mjs):
//    nested k-means classes of GloVe vectors at kNumEmbeddingLevels
//    granularities, for a much larger vocabulary (Wikipedia and newswire).
//    Only the finest class is stored; a coarser one is the finest shifted
//    right (the levels nest: 2048 classes split 512, which split 128, ...).
//    Its keys may be cut to fewer than 32 bits (a short fingerprint), so an
//    unknown word has a small chance of borrowing a known word's class.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "ner/hash.h"
#include "ner/key_index.h"

namespace annotator {
namespace ner {

constexpr int kMaxFineClasses = 1024;
constexpr int kMaxCoarseClasses = 64;

constexpr int kNumEmbeddingLevels = 4;
constexpr int kMaxEmbeddingClasses = 2048;
// Embedding class at level l (0 coarsest) = finest class >> kEmbeddingLevelShift[l].
constexpr int kEmbeddingLevelShift[kNumEmbeddingLevels] = {6, 4, 2, 0};

// A stored class value: fine class in the low 10 bits, coarse above.
inline uint16_t PackWordClass(int fine, int coarse) { return static_cast<uint16_t>(fine | coarse << 10); }
inline int FineClass(uint16_t packed) { return packed & (kMaxFineClasses - 1); }
inline int CoarseClass(uint16_t packed) { return packed >> 10; }

// A 32-bit word key (FoldKey of a lower-form hash) cut to `bits` bits, nonzero.
inline uint32_t TruncateKey(uint32_t key, int bits) {
  key &= bits >= 32 ? 0xffffffffu : (1u << bits) - 1;
  return key == 0 ? 1u : key;
}
// The key of a word's lower-form hash in a table of `bits`-bit keys.
inline uint32_t WordKey(uint64_t lower, int bits) { return TruncateKey(FoldKey(lower), bits); }

class WordClasses {
 public:
  // `keys` (WordKey(LowerFormHash, 32)) sorted ascending, distinct and
  // nonzero; `classes` parallel, packed by PackWordClass.
  void Assign(std::vector<uint32_t> keys, std::vector<uint16_t> classes) {
    exchange_.Assign(std::move(keys), classes, 1);  // 0 is left to mean unknown
  }
  // `keys` (WordKey(LowerFormHash, key_bits)) sorted ascending, distinct;
  // `classes` parallel finest embedding classes (< kMaxEmbeddingClasses).
  void AssignEmbedding(std::vector<uint32_t> keys, std::vector<uint16_t> classes, int key_bits) {
    embedding_key_bits_ = key_bits;
    embedding_.Assign(std::move(keys), classes, 1);
  }
  // 1 + the packed exchange class of the word with lower-form hash `lower`; 0 when unknown.
  uint32_t Lookup(uint64_t lower) const { return exchange_.Find(FoldKey(lower), 0); }
  // 1 + the finest embedding class of the word; 0 when unknown.
  uint32_t LookupEmbedding(uint64_t lower) const {
    return embedding_.size() ? embedding_.Find(WordKey(lower, embedding_key_bits_), 0) : 0;
  }
  size_t size() const { return exchange_.size() + embedding_.size(); }
  size_t embedding_size() const { return embedding_.size(); }

 private:
  KeyedValues<uint32_t> exchange_;
  KeyedValues<uint32_t> embedding_;
  int embedding_key_bits_ = 32;
};

}  // namespace ner
}  // namespace annotator
