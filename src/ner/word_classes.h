// Word classes learned from unlabeled text (ner/exchange_clustering.h): for
// each known lower-case word form, a fine class (one of up to 1024) and a
// coarse one (up to 64). Words of one class occur in the same contexts, so a
// name the tagger never saw still shares its class with names it did.
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

// A stored class value: fine class in the low 10 bits, coarse above.
inline uint16_t PackWordClass(int fine, int coarse) { return static_cast<uint16_t>(fine | coarse << 10); }
inline int FineClass(uint16_t packed) { return packed & (kMaxFineClasses - 1); }
inline int CoarseClass(uint16_t packed) { return packed >> 10; }

class WordClasses {
 public:
  // `keys` (FoldKey of LowerFormHash) sorted ascending, distinct and nonzero;
  // `classes` parallel, packed by PackWordClass.
  void Assign(std::vector<uint32_t> keys, std::vector<uint16_t> classes) {
    std::vector<uint32_t> shifted(classes.begin(), classes.end());
    for (uint32_t& value : shifted) ++value;  // 0 is left to mean unknown
    table_.Assign(std::move(keys), std::move(shifted));
  }
  // 1 + the packed class of the word with lower-form hash `lower`; 0 when unknown.
  uint32_t Lookup(uint64_t lower) const { return table_.Find(FoldKey(lower), 0); }
  size_t size() const { return table_.size(); }

 private:
  KeyedValues<uint32_t> table_;
};

}  // namespace ner
}  // namespace annotator
