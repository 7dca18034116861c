// The recognizer's model file: quantised weights of the hashed features that
// survived pruning, transition weights and the gazetteer.
//
// Layout (little-endian):
//   0  char[8]  magic "AANER\x00\x01\n"
//   8  u32      format version (kModelFormatVersion)
//   12 u32      number of tags (17, BILOU over PER ORG LOC MISC)
//   16 u32      number of transition classes
//   20 u32      number of features F
//   24 u32      number of gazetteer phrases G
//   28 u32      number of word classes W
//   32 u32      FNV-1a 32 of every byte of the file except these four
//   36 f32[256] codebook: weight code c (an i8) means codebook[c + 128]
//      f32[classes * (tags + 1) * tags]  transition weights
//      u32[F]   feature keys, ascending (FoldKey of the feature hash)
//      i8[tags][F] weight codes, tag-major (zeros of a tag sit together: smaller gzip)
//      u32[G]   gazetteer phrase keys, ascending
//      u8[G]    gazetteer type masks
//      u32[W]   word keys, ascending (FoldKey of LowerFormHash)
//      u16[W]   their classes (ner/word_classes.h PackWordClass)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace annotator {
namespace ner {

constexpr uint32_t kModelFormatVersion = 2;
constexpr size_t kModelHeaderSize = 36;

constexpr int kCodebookSize = 256;

// Weights are stored as 8-bit codes into a codebook of logarithmically
// spaced magnitudes: perceptron weights span four orders of magnitude, and a
// linear int8 scale rounded most of the small but useful ones to zero.
struct NerModel {
  std::vector<float> codebook;       // kCodebookSize; codebook[128] == 0
  std::vector<float> transitions;    // kTransitionTableSize
  std::vector<uint32_t> feature_keys;
  std::vector<int8_t> weights;  // codes, row-major: feature * kNumTags + tag
  std::vector<uint32_t> gazetteer_keys;
  std::vector<uint8_t> gazetteer_types;
  std::vector<uint32_t> word_keys;
  std::vector<uint16_t> word_classes;
};

std::string SerializeModel(const NerModel& model);

// Fills `model` from `bytes`, or explains what is wrong with them.
Status ParseModel(std::string_view bytes, NerModel* model);

}  // namespace ner
}  // namespace annotator
