// Statistical named-entity recognizer: PERSON, ORG, LOCATION, MISC.
//
// An averaged-perceptron sequence tagger over BILOU tags (trained by
// src/ner/train/trainer.h on CoNLL-2003), with hashed features (see
// features.h), int8 weights and Viterbi decoding that can only produce
// well-formed tag sequences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/key_index.h"
#include "ner/model.h"
#include "ner/row_cache.h"
#include "ner/tags.h"
#include "status.h"

namespace annotator {

class Recognizer {
 public:
  // Parses a model in the binary format written by the trainer (ner/model.h).
  // A truncated or corrupted model (bad magic, wrong format version, checksum
  // mismatch, sizes that do not add up) is a clear Status error and leaves
  // the recognizer empty.
  // The model compiled into the library is loaded with
  // ModelIntegrity::kCompiledIn (no checksum pass; ner/model.h).
  Status Load(std::string_view model_bytes, ner::ModelIntegrity integrity = ner::ModelIntegrity::kVerify);

  // Appends the PERSON/ORG/LOCATION/MISC mentions found in `doc` (doc.text,
  // doc.tokens and doc.sentences are filled) to `*mentions`, in text order.
  // Thread-compatible: const; scratch space is thread_local and reused, so
  // nothing is allocated per token once it has grown to the document size.
  void Recognize(const Document& doc, std::vector<Mention>* mentions) const;

  bool loaded() const { return loaded_; }
  size_t num_features() const { return num_features_; }
  size_t num_gazetteer_phrases() const { return gazetteer_.size(); }
  size_t num_word_classes() const { return word_classes_.size(); }

  // Buffers of the scoring of one sentence, reused (Recognize keeps one per thread).
  struct SentenceScratch {
    std::vector<uint64_t> group_keys;          // GroupKeys of each token
    std::vector<uint32_t> context_keys;        // folded keys of the contextual features, token after token
    std::vector<const int16_t*> context_rows;  // their weight rows, null when the model has none
    std::vector<int32_t> context_begin;        // where each token's keys start
  };

 private:
  void ScoreSentence(const ner::FeatureExtractor& extractor, int begin, int n, ner::RowCache* cache,
                     SentenceScratch* scratch, int32_t* emission) const;
  const int32_t* OwnSum(const ner::FeatureExtractor& extractor, int i, uint64_t key, ner::RowCache* cache) const;
  const int32_t* GroupSum(const ner::FeatureExtractor& extractor, int i, uint64_t key, unsigned group,
                          ner::RowCache* cache) const;
  void AddWeights(const uint64_t* features, int count, int32_t* scores) const;

  bool loaded_ = false;
  uint64_t id_ = 0;  // distinct for every Load, so cached sums are never mixed up
  size_t num_features_ = 0;
  // Weights decoded from their 8-bit codes into 16-bit fixed point when the
  // model loads: adding them is then one vectorised loop per feature.
  std::vector<int16_t> weights_;                  // feature row * kNumTags + tag
  ner::ViterbiTransitions<int32_t> transitions_;  // same fixed point
  ner::KeyIndex index_;                           // feature key -> row
  ner::Gazetteer gazetteer_;
  ner::WordClasses word_classes_;
};

// The model compiled into the library (models/ner.model), parsed on first
// use. When the build had no model, or it fails to parse, the recognizer is
// empty (loaded() is false) and finds nothing.
const Recognizer& EmbeddedRecognizer();
// Why the embedded model did not load (Ok when it did).
Status EmbeddedRecognizerStatus();

}  // namespace annotator
