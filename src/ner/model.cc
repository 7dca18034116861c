#include "ner/model.h"

#include <cmath>
#include <cstring>

#include "ner/hash.h"
#include "ner/tags.h"
#include "ner/word_classes.h"

namespace annotator {
namespace ner {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'N', 'E', 'R', 0, 1, '\n'};
constexpr size_t kChecksumOffset = 32;

void PutU32(uint32_t value, std::string* out) {
  for (int shift = 0; shift < 32; shift += 8) out->push_back(static_cast<char>(value >> shift));
}

uint32_t GetU32(const unsigned char* p) { return p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[3]) << 24; }

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
  // FNV-1a over the header before the checksum field, then everything after
  // (callers pass at least a whole header).
  return Fnv1a32(bytes.substr(kChecksumOffset + 4), Fnv1a32(bytes.substr(0, kChecksumOffset)));
}

constexpr size_t kSizeOffset = 36;
constexpr int kEmbeddingClassBits = 11;
static_assert(kMaxEmbeddingClasses == 1 << kEmbeddingClassBits, "embedding classes fill 11 bits");

class BitWriter {
 public:
  explicit BitWriter(std::string* out) : out_(out) {}
  void Put(uint32_t value, int bits) {
    for (int b = 0; b < bits; ++b) PutBit((value >> b) & 1);
  }
  void PutBit(int bit) {
    if (used_ == 0) out_->push_back(0);
    if (bit) out_->back() = static_cast<char>(out_->back() | (1 << used_));
    used_ = (used_ + 1) & 7;
  }

 private:
  std::string* out_;
  int used_ = 0;
};

uint64_t LoadLittleEndian64(const unsigned char* p) {
  uint64_t value;
  std::memcpy(&value, p, sizeof value);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  value = __builtin_bswap64(value);
#endif
  return value;
}

// Bits of a section, low bit first, read 57 at a time from any bit
// position: a model loads with ~5 million bits of keys to decode, and their
// load time is the first annotation's. The copy ends in zero bytes, so reads
// near the end need no bounds checks; callers check the position instead.
class PaddedBits {
 public:
  PaddedBits(const unsigned char* data, size_t size) : bytes_(size + kPadding, 0), size_bits_(uint64_t{size} * 8) {
    if (size > 0) std::memcpy(bytes_.data(), data, size);
  }
  // 57 bits from bit `position`; zeros past the end. `position` may run
  // past the section by up to 8 * kPadding - 64 bits.
  uint64_t At(uint64_t position) const { return LoadLittleEndian64(bytes_.data() + (position >> 3)) >> (position & 7); }
  uint64_t size_bits() const { return size_bits_; }
  static constexpr int kPadding = 32;

 private:
  std::vector<unsigned char> bytes_;
  uint64_t size_bits_;
};

// False unless `keys` are nonzero and strictly ascending.
bool Ascending(const std::vector<uint32_t>& keys) {
  for (size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == 0 || (k > 0 && keys[k] <= keys[k - 1])) return false;
  }
  return true;
}

void PutKeys(const std::vector<uint32_t>& keys, std::string* out) {
  // The Golomb-Rice parameter for uniform gaps: log2 of the mean gap.
  int k = 0;
  if (!keys.empty()) {
    const uint64_t mean_gap = (static_cast<uint64_t>(keys.back()) + 1) / keys.size();
    while (k < 31 && (uint64_t{1} << (k + 1)) <= mean_gap) ++k;
  }
  std::string bits;
  BitWriter writer(&bits);
  uint32_t previous = 0;
  for (uint32_t key : keys) {
    const uint32_t gap = key - previous - 1;
    for (uint32_t q = gap >> k; q > 0; --q) writer.PutBit(1);
    writer.PutBit(0);
    writer.Put(gap, k);  // Put keeps the low k bits
    previous = key;
  }
  PutU32(static_cast<uint32_t>(bits.size()), out);
  out->push_back(static_cast<char>(k));
  out->append(bits);
}

// Reads from [*p, end) and advances *p; false when the bytes run out.
struct Cursor {
  const unsigned char* p;
  const unsigned char* end;
  bool Has(size_t n) const { return static_cast<size_t>(end - p) >= n; }
};

Status Truncated(const char* what) {
  return Status::DataLoss(std::string("NER model truncated or corrupted in its ") + what);
}

Status GetKeys(Cursor* c, uint64_t count, const char* what, std::vector<uint32_t>* keys) {
  if (!c->Has(5)) return Truncated(what);
  const uint32_t length = GetU32(c->p);
  const int k = c->p[4];
  c->p += 5;
  if (k > 31 || !c->Has(length)) return Truncated(what);
  // Each key takes at least its unary stop bit and k remainder bits: a
  // count the bytes cannot hold is corruption, found before allocating.
  if (count > uint64_t{length} * 8 / (k + 1)) return Truncated(what);
  const PaddedBits bits(c->p, length);
  c->p += length;
  keys->resize(count);
  uint32_t* out = keys->data();
  const uint64_t remainder_mask = (uint64_t{1} << k) - 1;
  uint64_t position = 0, previous = 0;
  for (uint64_t i = 0; i < count; ++i) {
    // The unary quotient: ones up to a zero, at most 56 of them per read.
    uint64_t quotient = 0;
    int ones;
    while ((ones = __builtin_ctzll(~bits.At(position) | uint64_t{1} << 56)) == 56) {
      quotient += 56;
      position += 56;
      if (position > bits.size_bits()) return Truncated(what);
    }
    quotient += ones;
    position += ones + 1;
    const uint64_t remainder = bits.At(position) & remainder_mask;
    position += k;
    if (position > bits.size_bits()) return Truncated(what);
    // Below 2^32 the quotient's shift cannot overflow (k <= 31).
    if (quotient > 0xffffffffull) return Status::DataLoss(std::string("NER model ") + what + " keys overflow");
    const uint64_t key = previous + 1 + (quotient << k) + remainder;
    if (key > 0xffffffffull) return Status::DataLoss(std::string("NER model ") + what + " keys overflow");
    out[i] = static_cast<uint32_t>(key);
    previous = key;
  }
  return Status::Ok();
}

}  // namespace

std::string SerializeModel(const NerModel& model) {
  const uint32_t features = static_cast<uint32_t>(model.feature_keys.size());
  const uint32_t phrases = static_cast<uint32_t>(model.gazetteer_keys.size());
  const uint32_t words = static_cast<uint32_t>(model.word_keys.size());
  if (!Ascending(model.feature_keys) || !Ascending(model.gazetteer_keys) || !Ascending(model.word_keys) ||
      !Ascending(model.embedding_keys) || model.weights.size() != size_t{features} * kNumTags ||
      model.gazetteer_types.size() != phrases || model.word_classes.size() != words ||
      model.embedding_classes.size() != model.embedding_keys.size() || model.codebook.size() != kCodebookSize ||
      model.transitions.size() != kTransitionTableSize) {
    return std::string();
  }
  std::string out(kMagic, sizeof kMagic);
  PutU32(kModelFormatVersion, &out);
  PutU32(kNumTags, &out);
  PutU32(kNumTransitionClasses, &out);
  PutU32(features, &out);
  PutU32(phrases, &out);
  PutU32(words, &out);
  PutU32(0, &out);  // checksum, filled below
  PutU32(0, &out);  // size, filled below
  for (float value : model.codebook) PutF32(value, &out);
  for (float value : model.transitions) PutF32(value, &out);
  PutKeys(model.feature_keys, &out);
  out.append(reinterpret_cast<const char*>(model.weights.data()), model.weights.size());
  PutKeys(model.gazetteer_keys, &out);
  for (uint8_t type : model.gazetteer_types) out.push_back(static_cast<char>(type));
  PutKeys(model.word_keys, &out);
  for (uint16_t word_class : model.word_classes) {
    out.push_back(static_cast<char>(word_class));
    out.push_back(static_cast<char>(word_class >> 8));
  }
  PutU32(static_cast<uint32_t>(model.embedding_keys.size()), &out);
  out.push_back(static_cast<char>(model.embedding_key_bits));
  PutKeys(model.embedding_keys, &out);
  std::string classes;
  BitWriter writer(&classes);
  for (uint16_t c : model.embedding_classes) writer.Put(c, kEmbeddingClassBits);
  out.append(classes);
  SealModel(&out);
  return out;
}

void SealModel(std::string* bytes) {
  if (bytes->size() < kModelHeaderSize) return;
  const uint32_t size = static_cast<uint32_t>(bytes->size());
  for (int k = 0; k < 4; ++k) (*bytes)[kSizeOffset + k] = static_cast<char>(size >> (8 * k));
  const uint32_t checksum = Checksum(*bytes);
  for (int k = 0; k < 4; ++k) (*bytes)[kChecksumOffset + k] = static_cast<char>(checksum >> (8 * k));
}

Status ParseModel(std::string_view bytes, NerModel* model, ModelIntegrity integrity) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < kModelHeaderSize) {
    return Status::DataLoss("NER model truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                            std::to_string(kModelHeaderSize) + "-byte header");
  }
  if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
    return Status::DataLoss("not an NER model: bad magic bytes");
  }
  uint32_t version = GetU32(data + 8);
  if (version != kModelFormatVersion) {
    return Status::DataLoss("NER model format version " + std::to_string(version) + " is not the supported version " +
                            std::to_string(kModelFormatVersion));
  }
  if (GetU32(data + 12) != kNumTags || GetU32(data + 16) != kNumTransitionClasses) {
    return Status::DataLoss("NER model has a different tag set than this build");
  }
  const uint64_t expected_size = GetU32(data + kSizeOffset);
  if (expected_size != bytes.size()) {
    return Status::DataLoss("NER model size " + std::to_string(bytes.size()) + " bytes does not match its header (" +
                            std::to_string(expected_size) + " bytes expected): truncated or corrupted");
  }
  if (integrity == ModelIntegrity::kVerify && GetU32(data + kChecksumOffset) != Checksum(bytes)) {
    return Status::DataLoss("NER model checksum mismatch: the file is corrupted");
  }
  const uint64_t features = GetU32(data + 20);
  const uint64_t phrases = GetU32(data + 24);
  const uint64_t words = GetU32(data + 28);
  Cursor c{data + kModelHeaderSize, data + bytes.size()};
  if (!c.Has(4ull * (kCodebookSize + kTransitionTableSize))) return Truncated("weights");
  model->codebook.resize(kCodebookSize);
  for (int i = 0; i < kCodebookSize; ++i, c.p += 4) {
    model->codebook[i] = GetF32(c.p);
    // Also rejects NaN: every comparison with it is false.
    if (!(std::fabs(model->codebook[i]) < 1e6f)) {
      return Status::DataLoss("NER model codebook holds a non-finite weight");
    }
  }
  model->transitions.resize(kTransitionTableSize);
  for (int i = 0; i < kTransitionTableSize; ++i, c.p += 4) {
    model->transitions[i] = GetF32(c.p);
    if (!(std::fabs(model->transitions[i]) < 1e6f)) {
      return Status::DataLoss("NER model holds a non-finite transition weight");
    }
  }
  Status status = GetKeys(&c, features, "feature keys", &model->feature_keys);
  if (!status.ok()) return status;
  if (!c.Has(features * kNumTags)) return Truncated("weights");
  model->weights.assign(reinterpret_cast<const int8_t*>(c.p),
                        reinterpret_cast<const int8_t*>(c.p) + features * kNumTags);
  c.p += features * kNumTags;
  status = GetKeys(&c, phrases, "gazetteer keys", &model->gazetteer_keys);
  if (!status.ok()) return status;
  if (!c.Has(phrases)) return Truncated("gazetteer");
  model->gazetteer_types.assign(c.p, c.p + phrases);
  c.p += phrases;
  status = GetKeys(&c, words, "word class keys", &model->word_keys);
  if (!status.ok()) return status;
  if (!c.Has(words * 2 + 5)) return Truncated("word classes");
  model->word_classes.resize(words);
  for (uint64_t w = 0; w < words; ++w, c.p += 2) model->word_classes[w] = static_cast<uint16_t>(c.p[0] | c.p[1] << 8);
  const uint64_t embedding_words = GetU32(c.p);
  model->embedding_key_bits = c.p[4];
  c.p += 5;
  if (model->embedding_key_bits < 16 || model->embedding_key_bits > 32) {
    return Status::DataLoss("NER model embedding keys have an impossible width");
  }
  status = GetKeys(&c, embedding_words, "embedding class keys", &model->embedding_keys);
  if (!status.ok()) return status;
  const uint64_t class_bytes = (embedding_words * kEmbeddingClassBits + 7) / 8;
  if (!c.Has(class_bytes)) return Truncated("embedding classes");
  const PaddedBits classes(c.p, class_bytes);
  c.p += class_bytes;
  model->embedding_classes.resize(embedding_words);
  for (uint64_t w = 0; w < embedding_words; ++w) {
    model->embedding_classes[w] =
        static_cast<uint16_t>(classes.At(w * kEmbeddingClassBits) & (kMaxEmbeddingClasses - 1));
  }
  if (c.p != c.end) return Status::DataLoss("NER model has bytes after its last section: corrupted");
  return Status::Ok();
}

}  // namespace ner
}  // namespace annotator
