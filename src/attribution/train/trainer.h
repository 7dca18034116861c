// Trains the learned parts of attribution on gold articles (PolNeAR train)
// and writes them as C++ source: the two scorers of attribution/model.h
// (model_data.cc). Training is a pure function of the articles and the code:
// the same data gives the same bytes, which a test checks against the
// committed file.
#pragma once

#include <string>
#include <vector>

#include "attribution/train/polnear.h"

namespace annotator {
namespace attribution {

struct TrainedModel {
  std::vector<float> quote_weights;    // kQuoteFeatureSpace
  std::vector<float> speaker_weights;  // kSpeakerFeatureSpace
};

// Two L2-regularised log-linear models, each minimised over `iterations`
// full passes (AdaGrad):
//  1. spoken or scare, logistic: a quotation is spoken when it overlaps the
//     Content of a quoted gold attribution; features as the rules leave
//     each quotation. Its score is the log-odds of spoken.
//  2. speaker, a softmax over each attribution's candidates: with the new
//     spoken-or-scare weights in place, for every attribution overlapping a
//     gold one with a Source, the candidates that overlap that Source are
//     right; attributions whose candidates are all wrong teach nothing.
// Progress and counts go to `log` when it is not null.
constexpr int kTrainingIterations = 300;
TrainedModel TrainModel(const std::vector<GoldArticle>& articles, int iterations, std::string* log);

// model_data.cc for `model`; `provenance` says what it was trained on.
std::string ModelSource(const TrainedModel& model, const std::string& provenance);

}  // namespace attribution
}  // namespace annotator
