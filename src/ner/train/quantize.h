// From float perceptron weights to the model's 8-bit codes: a fitted
// codebook of 127 positive and 127 negative levels, and pruning of features
// whose weights are all small (the model-size knob).
#pragma once

#include <cstdint>
#include <vector>

#include "ner/model.h"
#include "ner/train/perceptron.h"

namespace annotator {
namespace ner {

// 127 levels for the magnitudes in `values` (sorted ascending, all > 0) that
// minimise the squared rounding error (Lloyd-Max), with 0 as an extra level
// below them. Starts from levels spaced evenly in log scale over four decades
// below the largest value, so large weights such as the bias keep their size.
std::vector<double> FitLevels(const std::vector<double>& values);

// The code (1..127) of the level nearest `magnitude`, or 0 when 0 is nearer.
int8_t NearestLevel(const std::vector<double>& levels, double magnitude);

// `model` (its lexical tables kept) with `weights` encoded as 8-bit codes into
// a fitted codebook, 64-bit feature hashes folded to the stored 32-bit keys,
// and features whose largest weight is below `prune` dropped.
NerModel Quantize(const FeatureTable& table, const Weights& weights, float prune, NerModel model);

}  // namespace ner
}  // namespace annotator
