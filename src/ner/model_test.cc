#include "ner/model.h"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <utility>

#include "ner/recognizer.h"
#include "ner/tags.h"
#include "ner/word_classes.h"

namespace annotator {
namespace ner {
namespace {

NerModel SmallModel() {
  NerModel model;
  model.codebook.assign(kCodebookSize, 0.0f);
  for (int c = 0; c < kCodebookSize; ++c) model.codebook[c] = (c - 128) * 0.25f;
  model.transitions.assign(kTransitionTableSize, 0.0f);
  model.transitions[5] = -3.5f;
  model.feature_keys = {7, 42, 1000};
  model.weights.assign(3 * kNumTags, 0);
  model.weights[1 * 3 + 0] = 12;     // tag 1 of feature 0
  model.weights[16 * 3 + 2] = -100;  // tag 16 of feature 2
  model.gazetteer_keys = {3, 99};
  model.gazetteer_types = {kGazetteerLocation, kGazetteerOrg};
  model.word_keys = {5, 6, 70000};
  model.word_classes = {PackWordClass(0, 0), PackWordClass(999, 63), PackWordClass(12, 3)};
  model.embedding_key_bits = 20;
  model.embedding_keys = {1, 2, 900, 1048575};
  model.embedding_classes = {0, 2047, 5, 1024};
  return model;
}

TEST_CASE("a serialised model parses back to the same contents") {
  const NerModel model = SmallModel();
  NerModel parsed;
  Status status = ParseModel(SerializeModel(model), &parsed);
  REQUIRE(status.ok());
  CHECK(parsed.codebook == model.codebook);
  CHECK(parsed.transitions == model.transitions);
  CHECK(parsed.feature_keys == model.feature_keys);
  CHECK(parsed.weights == model.weights);
  CHECK(parsed.gazetteer_keys == model.gazetteer_keys);
  CHECK(parsed.gazetteer_types == model.gazetteer_types);
  CHECK(parsed.word_keys == model.word_keys);
  CHECK(parsed.word_classes == model.word_classes);
  CHECK(FineClass(parsed.word_classes[1]) == 999);
  CHECK(CoarseClass(parsed.word_classes[1]) == 63);
  CHECK(parsed.embedding_key_bits == 20);
  CHECK(parsed.embedding_keys == model.embedding_keys);
  CHECK(parsed.embedding_classes == model.embedding_classes);
}

TEST_CASE("keys are stored in a few bits each, not four bytes") {
  NerModel model = SmallModel();
  model.gazetteer_keys.clear();
  for (uint32_t k = 1; k <= 100000; ++k) model.gazetteer_keys.push_back(k * 42949u);  // spread like hashes
  model.gazetteer_types.assign(model.gazetteer_keys.size(), kGazetteerLocation);
  const std::string bytes = SerializeModel(model);
  // 100,000 keys with gaps of 42,949 need log2(42,949) + 2 < 18 bits each.
  CHECK(bytes.size() < SerializeModel(SmallModel()).size() + 100000 * (1 + 18 / 8.0));
  NerModel parsed;
  REQUIRE(ParseModel(bytes, &parsed).ok());
  CHECK(parsed.gazetteer_keys == model.gazetteer_keys);
}

TEST_CASE("serialisation is deterministic") { CHECK(SerializeModel(SmallModel()) == SerializeModel(SmallModel())); }

TEST_CASE("truncated, corrupted and foreign models are rejected with a clear message") {
  const std::string bytes = SerializeModel(SmallModel());
  Recognizer recognizer;
  REQUIRE(recognizer.Load(bytes).ok());
  CHECK(recognizer.loaded());
  CHECK(recognizer.num_features() == 3);

  Status truncated = recognizer.Load(bytes.substr(0, bytes.size() - 10));
  CHECK_FALSE(truncated.ok());
  CHECK(truncated.code() == StatusCode::kDataLoss);
  CHECK(truncated.message().find("truncated") != std::string::npos);
  CHECK_FALSE(recognizer.loaded());

  Status header_only = recognizer.Load(bytes.substr(0, 20));
  CHECK_FALSE(header_only.ok());
  CHECK(header_only.message().find("truncated") != std::string::npos);

  std::string flipped = bytes;
  flipped[bytes.size() - 30] ^= 0x10;  // one bit inside the weights
  Status corrupted = recognizer.Load(flipped);
  CHECK_FALSE(corrupted.ok());
  CHECK(corrupted.message().find("checksum") != std::string::npos);
  // The model compiled into the library skips only the checksum: the
  // flipped weight loads, a truncated file still does not.
  CHECK(recognizer.Load(flipped, ModelIntegrity::kCompiledIn).ok());
  CHECK_FALSE(recognizer.Load(bytes.substr(0, bytes.size() - 10), ModelIntegrity::kCompiledIn).ok());

  std::string foreign = bytes;
  foreign[0] = 'X';
  CHECK(recognizer.Load(foreign).message().find("magic") != std::string::npos);

  std::string future = bytes;
  future[8] = 4;  // format version 4
  CHECK(recognizer.Load(future).message().find("version") != std::string::npos);

  CHECK_FALSE(recognizer.Load("").ok());

  // A sealed file whose header claims two billion features is refused
  // before anything that size is allocated.
  std::string huge = bytes;
  huge[20] = huge[21] = huge[22] = '\xff';
  huge[23] = '\x7f';
  SealModel(&huge);
  Status claimed = recognizer.Load(huge);
  CHECK_FALSE(claimed.ok());
  CHECK(claimed.message().find("feature keys") != std::string::npos);

  // A transition far beyond the largest weight, which could overflow the
  // 32-bit Viterbi sums, is corruption; so is a weight that is not a number.
  NerModel steep = SmallModel();
  steep.transitions[7] = 1e5f;
  Status out_of_range = recognizer.Load(SerializeModel(steep));
  CHECK(out_of_range.message().find("transitions out of range") != std::string::npos);
  CHECK_FALSE(recognizer.loaded());
  NerModel not_a_number = SmallModel();
  not_a_number.codebook[3] = std::numeric_limits<float>::quiet_NaN();
  CHECK(recognizer.Load(SerializeModel(not_a_number)).message().find("non-finite") != std::string::npos);

  // Keys out of order cannot be written, so no such file loads.
  NerModel unsorted = SmallModel();
  std::swap(unsorted.word_keys[0], unsorted.word_keys[1]);
  CHECK(SerializeModel(unsorted).empty());
  NerModel uneven = SmallModel();
  uneven.embedding_classes.pop_back();
  CHECK(SerializeModel(uneven).empty());
}

}  // namespace
}  // namespace ner
}  // namespace annotator
