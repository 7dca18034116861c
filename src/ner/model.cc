#include "ner/model.h"

#include <cmath>
#include <cstring>

#include "ner/hash.h"
#include "ner/tags.h"

namespace annotator {
namespace ner {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'N', 'E', 'R', 0, 1, '\n'};
constexpr size_t kChecksumOffset = 32;

void PutU32(uint32_t value, std::string* out) {
  for (int shift = 0; shift < 32; shift += 8) out->push_back(static_cast<char>(value >> shift));
}

uint32_t GetU32(const unsigned char* p) {
  return p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[3]) << 24;
}

void PutF32(float value, std::string* out) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  PutU32(bits, out);
}

float GetF32(const unsigned char* p) {
  uint32_t bits = GetU32(p);
  float value;
  std::memcpy(&value, &bits, 4);
  return value;
}

uint32_t Checksum(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  // FNV-1a over the header before the checksum field, then everything after.
  uint32_t h = Fnv1a32(data, kChecksumOffset);
  for (size_t i = kChecksumOffset + 4; i < bytes.size(); ++i) {
    h ^= data[i];
    h *= 16777619u;
  }
  return h;
}

// Reads `count` u32 keys at *p, which must be nonzero and strictly ascending
// (the loader's hash index relies on distinct keys).
Status ReadAscendingKeys(const unsigned char** p, uint64_t count, const char* what,
                         std::vector<uint32_t>* keys) {
  keys->resize(count);
  for (uint64_t k = 0; k < count; ++k, *p += 4) {
    (*keys)[k] = GetU32(*p);
    if ((*keys)[k] == 0 || (k > 0 && (*keys)[k] <= (*keys)[k - 1])) {
      return Status::DataLoss(std::string("NER model ") + what + " keys are not strictly ascending");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string SerializeModel(const NerModel& model) {
  const uint32_t features = static_cast<uint32_t>(model.feature_keys.size());
  const uint32_t phrases = static_cast<uint32_t>(model.gazetteer_keys.size());
  const uint32_t words = static_cast<uint32_t>(model.word_keys.size());
  std::string out(kMagic, sizeof kMagic);
  PutU32(kModelFormatVersion, &out);
  PutU32(kNumTags, &out);
  PutU32(kNumTransitionClasses, &out);
  PutU32(features, &out);
  PutU32(phrases, &out);
  PutU32(words, &out);
  PutU32(0, &out);  // checksum, filled below
  for (float value : model.codebook) PutF32(value, &out);
  for (float value : model.transitions) PutF32(value, &out);
  for (uint32_t key : model.feature_keys) PutU32(key, &out);
  for (int tag = 0; tag < kNumTags; ++tag) {
    for (uint32_t f = 0; f < features; ++f) {
      out.push_back(static_cast<char>(model.weights[static_cast<size_t>(f) * kNumTags + tag]));
    }
  }
  for (uint32_t key : model.gazetteer_keys) PutU32(key, &out);
  for (uint8_t type : model.gazetteer_types) out.push_back(static_cast<char>(type));
  for (uint32_t key : model.word_keys) PutU32(key, &out);
  for (uint16_t word_class : model.word_classes) {
    out.push_back(static_cast<char>(word_class));
    out.push_back(static_cast<char>(word_class >> 8));
  }
  uint32_t checksum = Checksum(out);
  for (int k = 0; k < 4; ++k) out[kChecksumOffset + k] = static_cast<char>(checksum >> (8 * k));
  return out;
}

Status ParseModel(std::string_view bytes, NerModel* model) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < kModelHeaderSize) {
    return Status::DataLoss("NER model truncated: " + std::to_string(bytes.size()) +
                            " bytes, shorter than the " + std::to_string(kModelHeaderSize) +
                            "-byte header");
  }
  if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
    return Status::DataLoss("not an NER model: bad magic bytes");
  }
  uint32_t version = GetU32(data + 8);
  if (version != kModelFormatVersion) {
    return Status::DataLoss("NER model format version " + std::to_string(version) +
                            " is not the supported version " +
                            std::to_string(kModelFormatVersion));
  }
  if (GetU32(data + 12) != kNumTags || GetU32(data + 16) != kNumTransitionClasses) {
    return Status::DataLoss("NER model has a different tag set than this build");
  }
  const uint64_t features = GetU32(data + 20);
  const uint64_t phrases = GetU32(data + 24);
  const uint64_t words = GetU32(data + 28);
  const uint64_t expected_size = kModelHeaderSize + 4ull * (kCodebookSize + kTransitionTableSize) +
                                 features * (4 + kNumTags) + phrases * 5 + words * 6;
  if (expected_size != bytes.size()) {
    return Status::DataLoss("NER model size " + std::to_string(bytes.size()) +
                            " bytes does not match its header (" + std::to_string(expected_size) +
                            " bytes expected): truncated or corrupted");
  }
  if (GetU32(data + kChecksumOffset) != Checksum(bytes)) {
    return Status::DataLoss("NER model checksum mismatch: the file is corrupted");
  }
  const unsigned char* p = data + kModelHeaderSize;
  model->codebook.resize(kCodebookSize);
  for (int i = 0; i < kCodebookSize; ++i, p += 4) {
    model->codebook[i] = GetF32(p);
    // Also rejects NaN: every comparison with it is false.
    if (!(std::fabs(model->codebook[i]) < 1e6f)) {
      return Status::DataLoss("NER model codebook holds a non-finite weight");
    }
  }
  model->transitions.resize(kTransitionTableSize);
  for (int i = 0; i < kTransitionTableSize; ++i, p += 4) {
    model->transitions[i] = GetF32(p);
    if (!(std::fabs(model->transitions[i]) < 1e6f)) {
      return Status::DataLoss("NER model holds a non-finite transition weight");
    }
  }
  Status status = ReadAscendingKeys(&p, features, "feature", &model->feature_keys);
  if (!status.ok()) return status;
  model->weights.resize(features * kNumTags);
  for (int tag = 0; tag < kNumTags; ++tag) {
    for (uint64_t f = 0; f < features; ++f) {
      model->weights[f * kNumTags + tag] = static_cast<int8_t>(*p++);
    }
  }
  status = ReadAscendingKeys(&p, phrases, "gazetteer", &model->gazetteer_keys);
  if (!status.ok()) return status;
  model->gazetteer_types.assign(p, p + phrases);
  p += phrases;
  status = ReadAscendingKeys(&p, words, "word class", &model->word_keys);
  if (!status.ok()) return status;
  model->word_classes.resize(words);
  for (uint64_t w = 0; w < words; ++w, p += 2) model->word_classes[w] = static_cast<uint16_t>(p[0] | p[1] << 8);
  return Status::Ok();
}

}  // namespace ner
}  // namespace annotator
