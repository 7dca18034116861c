// Exact-match entity scores (conlleval's precision, recall and F1 per type)
// of float weights during training and of a written model through the
// shipped Recognizer.
#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

#include "ner/recognizer.h"
#include "ner/tags.h"
#include "ner/train/corpus.h"
#include "ner/train/perceptron.h"

namespace annotator {
namespace ner {

struct TypeCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
};

struct Scores {
  TypeCounts types[kNumNameTypes];
  TypeCounts total;
  // Counts one document's gold and predicted entities (an entity is correct
  // when both its span and its type match).
  void Add(std::vector<GoldEntity> gold, std::vector<GoldEntity> predicted);
  static double F1(const TypeCounts& c);
  // A table of precision, recall and F1 per type under `title`.
  void Print(std::FILE* out, const char* title) const;
};

// The entities of a sentence's BILOU tags, their tokens offset by `offset`.
std::vector<GoldEntity> EntitiesOfTags(const uint8_t* tags, int offset, int n);

// Tags `docs` with float `weights` as training does.
Scores EvaluateFloat(const std::vector<CorpusDocument>& docs, const Gazetteer& gazetteer, const WordClasses* classes,
                     const FeatureTable& table, const Weights& weights);

// Runs the shipped code path: Recognizer on a Document, mentions as byte spans.
Scores EvaluateRecognizer(const std::vector<CorpusDocument>& docs, const Recognizer& recognizer);

}  // namespace ner
}  // namespace annotator
