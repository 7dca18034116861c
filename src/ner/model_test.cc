#include "ner/model.h"

#include <doctest/doctest.h>

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
  model.weights[1] = 12;
  model.weights[2 * kNumTags + 16] = -100;
  model.gazetteer_keys = {3, 99};
  model.gazetteer_types = {kGazetteerLocation, kGazetteerOrg};
  model.word_keys = {5, 6, 70000};
  model.word_classes = {PackWordClass(0, 0), PackWordClass(999, 63), PackWordClass(12, 3)};
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
}

TEST_CASE("serialisation is deterministic") {
  CHECK(SerializeModel(SmallModel()) == SerializeModel(SmallModel()));
}

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

  std::string foreign = bytes;
  foreign[0] = 'X';
  CHECK(recognizer.Load(foreign).message().find("magic") != std::string::npos);

  std::string future = bytes;
  future[8] = 3;  // format version 3
  CHECK(recognizer.Load(future).message().find("version") != std::string::npos);

  CHECK_FALSE(recognizer.Load("").ok());

  NerModel unsorted = SmallModel();
  std::swap(unsorted.word_keys[0], unsorted.word_keys[1]);
  CHECK(recognizer.Load(SerializeModel(unsorted)).message().find("word class keys") != std::string::npos);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
