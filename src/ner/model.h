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
//   36 u32      size of the whole file in bytes
//   40 f32[256] codebook: weight code c (an i8) means codebook[c + 128]
//      f32[classes * (tags + 1) * tags]  transition weights
//      keys[F]  feature keys (FoldKey of the feature hash)
//      i8[tags][F] weight codes, tag-major (zeros of a tag sit together: smaller gzip)
//      keys[G]  gazetteer phrase keys
//      u8[G]    gazetteer type masks
//      keys[W]  word keys (FoldKey of LowerFormHash)
//      u16[W]   their classes (ner/word_classes.h PackWordClass)
//      u32      number of embedding-class words E
//      u8       bits of their keys (a short fingerprint: ner/word_classes.h WordKey)
//      keys[E]  their keys
//      bits[E]  their finest embedding classes, 11 bits each, then padding to a byte
// keys[N] is a strictly ascending list of nonzero u32 keys, Golomb-Rice coded:
// u32 byte length L, u8 parameter k, then L bytes of bits (low bit first)
// holding, for each key, (key - previous key - 1) as a unary quotient of
// k-bit units and a k-bit remainder. Hash keys are uniform, so this takes
// about log2(range / N) + 2 bits a key instead of 32: the keys were most of
// the download, and gzip cannot shrink hashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace annotator {
namespace ner {

constexpr uint32_t kModelFormatVersion = 3;
constexpr size_t kModelHeaderSize = 40;

constexpr int kCodebookSize = 256;

// Weights are stored as 8-bit codes into a codebook of logarithmically
// spaced magnitudes: perceptron weights span four orders of magnitude, and a
// linear int8 scale rounded most of the small but useful ones to zero.
struct NerModel {
  std::vector<float> codebook;     // kCodebookSize; codebook[128] == 0
  std::vector<float> transitions;  // kTransitionTableSize
  std::vector<uint32_t> feature_keys;
  std::vector<int8_t> weights;  // codes, tag-major as in the file: tag * feature_keys.size() + feature
  std::vector<uint32_t> gazetteer_keys;
  std::vector<uint8_t> gazetteer_types;
  std::vector<uint32_t> word_keys;
  std::vector<uint16_t> word_classes;
  int embedding_key_bits = 32;
  std::vector<uint32_t> embedding_keys;     // WordKey(LowerFormHash, embedding_key_bits), ascending
  std::vector<uint16_t> embedding_classes;  // finest embedding class (word_classes.h)
};

// The model file; empty when `model` cannot be written (keys not strictly
// ascending and nonzero, parallel arrays of different lengths).
std::string SerializeModel(const NerModel& model);

// Sets the size and checksum fields of a model file to match its bytes (a
// file shorter than the header is left alone). SerializeModel seals what it
// writes; tests and the fuzzer seal altered files so that the parser's later
// checks are reached.
void SealModel(std::string* bytes);

// Whether ParseModel recomputes the checksum: a file read from disk or the
// network is verified; the model compiled into the library is part of the
// binary, like its code (a test verifies it), and hashing its 1.5 MB again at
// every start was a sixth of the first annotation's work.
enum class ModelIntegrity { kVerify, kCompiledIn };

// Fills `model` from `bytes`, or explains what is wrong with them. Every
// other check (magic, version, sizes, section lengths, key order) runs either way.
Status ParseModel(std::string_view bytes, NerModel* model, ModelIntegrity integrity = ModelIntegrity::kVerify);

}  // namespace ner
}  // namespace annotator
