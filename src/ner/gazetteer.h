// Name lists (places from GeoNames, companies from the S&P 500) as a set of
// hashed lower-case token sequences of one to kMaxGazetteerTokens tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "ner/hash.h"
#include "ner/key_index.h"

namespace annotator {
namespace ner {

constexpr int kMaxGazetteerTokens = 4;

// Bits of a gazetteer entry's type mask. Each list keeps its own bit so the
// tagger learns how far to trust it (a first-name list is noisier than a
// country list).
enum GazetteerType : uint8_t {
  kGazetteerLocation = 1,     // GeoNames cities, subdivisions, countries
  kGazetteerOrg = 2,          // company names
  kGazetteerCountry = 4,      // country names and their variants
  kGazetteerDemonym = 8,      // "German", "Iraqis": mostly MISC
  kGazetteerFirstName = 16,   // given names
  kGazetteerPersonName = 32,  // given and family names
  kGazetteerOrgWord = 64,     // "Politburo", "Ministry": organisation words
  // Organisations a reader knows by name (news outlets, international
  // bodies, parties, movements): not a feature, read only by the
  // recognizer's rule that such a name is an organisation.
  kGazetteerKnownOrganisation = 128,
};
constexpr int kNumGazetteerTypes = 8;
// The TokenFacts::gazetteer bits (4 per type: B, I, L, U) that are features.
constexpr uint32_t kFeatureGazetteerBits = 0x0FFFFFFFu;
static_assert(kGazetteerKnownOrganisation == 1 << 7, "the known-organisation bits are the top four");

// Hash of a phrase from the LowerFormHash of each of its tokens, built one
// token at a time so the tagger can extend a candidate phrase cheaply.
inline uint64_t ExtendPhraseHash(uint64_t phrase, uint64_t token_lower_hash) {
  return Combine(phrase ^ 0x5bd1e9955bd1e995ULL, token_lower_hash);
}
constexpr uint64_t kEmptyPhraseHash = 0x2545f4914f6cdd1dULL;

class Gazetteer {
 public:
  // `keys` sorted ascending, distinct and nonzero; `types` parallel masks.
  void Assign(std::vector<uint32_t> keys, std::vector<uint8_t> types) {
    table_.Assign(std::move(keys), types, 0, /*filtered=*/true);  // most phrases looked up name nothing
  }
  // The type mask of the phrase with hash `phrase_hash`, 0 when absent.
  uint8_t Lookup(uint64_t phrase_hash) const { return table_.Find(FoldKey(phrase_hash), 0); }
  // Asks the CPU to fetch where Lookup(phrase_hash) will look.
  void Prefetch(uint64_t phrase_hash) const { table_.Prefetch(FoldKey(phrase_hash)); }
  size_t size() const { return table_.size(); }

 private:
  KeyedValues<uint8_t> table_;
};

}  // namespace ner
}  // namespace annotator
