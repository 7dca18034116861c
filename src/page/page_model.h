// The weights of the page-shape models: a first and a second (stacked) pass
// that score each line as clutter, and the headline chooser. Learned from
// labelled pages by PageTrainer (build-scripts/train-page) and compiled in
// from page_model_data.cc.
#pragma once

#include <cmath>
#include <cstddef>

#include "page/line_features.h"
#include "page/title_features.h"

namespace annotator {

struct PageModel {
  float line[kNumLineFeatures];  // first pass: clutter from the line's own features
  // Second pass: also the first pass's verdicts around; one set of weights
  // for the lines of the body, one for the rest (shape means other things there).
  float stacked_in_body[kNumStackedFeatures];
  float stacked_outside[kNumStackedFeatures];
  float title[kNumTitleFeatures];  // headline chooser: one score per candidate, the best wins
  // A line is clutter when the second pass's probability exceeds the
  // threshold for where it stands: in the story's body a flagged line of
  // story is far worse than a missed line of clutter, so the bar is higher.
  float threshold_in_body;
  float threshold_outside;
};

// The trained model (page_model_data.cc, written by build-scripts/train-page).
extern const PageModel kPageModel;

inline float Dot(const float* weights, const float* row, size_t size) {
  float sum = 0;
  for (size_t i = 0; i < size; ++i) sum += weights[i] * row[i];
  return sum;
}

inline float Logistic(float score) { return 1.0f / (1.0f + std::exp(-score)); }

}  // namespace annotator
