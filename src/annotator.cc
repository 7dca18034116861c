#include "annotator.h"

#include <algorithm>
#include <cstdio>

#include "attribution/attribution.h"
#include "attribution/model.h"
#include "boilerplate.h"
#include "entities.h"
#include "ner/recognizer.h"
#include "numeric.h"
#include "page/page_model.h"
#include "quotes.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {

// models/ner.model as compiled in (build-scripts/embed_file.cmake).
extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

constexpr char kCoreVersion[] = "0.2.0";

// The 32-bit FNV-1a hash of some bytes, continuing from `hash`: names a
// model in the version, so that an export says which weights made it.
uint32_t Fnv1a(const void* data, size_t size, uint32_t hash = 2166136261u) {
  const unsigned char* bytes = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) hash = (hash ^ bytes[i]) * 16777619u;
  return hash;
}

std::string Hex8(uint32_t value) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", value);
  return hex;
}

// Names come from the recognizer, numbers and dates from rules; where both
// claim the same words the recognizer's reading of a name wins ("World Cup
// 2026" is one MISC, not MISC + DATE).
void MergeMentions(const std::vector<Mention>& names, const std::vector<Mention>& numeric,
                   std::vector<Mention>* out) {
  out->clear();
  out->reserve(names.size() + numeric.size());
  size_t n = 0;
  for (const Mention& number : numeric) {
    while (n < names.size() && names[n].span.end <= number.span.begin) out->push_back(names[n++]);
    bool overlaps_name = n < names.size() && Overlaps(names[n].span, number.span);
    if (!overlaps_name) out->push_back(number);
  }
  while (n < names.size()) out->push_back(names[n++]);
}

}  // namespace

Status CheckTextSize(size_t size) {
  if (size <= kMaxTextBytes) return Status::Ok();
  char message[160];
  std::snprintf(message, sizeof message,
                "the text is %.1f MiB (%zu bytes of UTF-8); the limit is 16 MiB (%zu bytes) per call: "
                "annotate it in parts, article by article",
                size / 1048576.0, size, kMaxTextBytes);
  return Status::InvalidArgument(message);
}

Status PrepareForAttribution(std::string_view text, Document* doc) {
  doc->Clear();
  Status size = CheckTextSize(text.size());
  if (!size.ok()) return size;
  Status valid = ValidateUtf8(text);
  if (!valid.ok()) return valid;
  doc->text = text;

  Tokenize(text, &doc->tokens);
  Segment(doc);
  FindTitleAndBoilerplate(doc);
  FindQuotations(doc);

  // Scratch vectors live as long as the thread so that annotating many
  // documents does not allocate for each one.
  thread_local std::vector<Mention> names, numeric;
  names.clear();
  numeric.clear();
  EmbeddedRecognizer().Recognize(*doc, &names);
  FindNumericMentions(*doc, &numeric);
  MergeMentions(names, numeric, &doc->mentions);
  ClusterEntities(doc);
  // Attribution looks past names in boilerplate when resolving pronouns.
  FlagBoilerplate(doc);
  return Status::Ok();
}

void FinishAfterAttribution(Document* doc) {
  FlagBoilerplate(doc);  // again, for the reported speech attribution added
  RankEntities(doc);
}

Status Annotate(std::string_view text, Document* doc) {
  Status status = PrepareForAttribution(text, doc);
  if (!status.ok()) return status;
  AttributeQuotes(doc);
  FinishAfterAttribution(doc);
  return Status::Ok();
}

std::string Version() {
  static const std::string version = [] {
    const attribution::Model& speech = attribution::EmbeddedModel();
    uint32_t attribution_hash = Fnv1a(speech.quote_weights, sizeof(float) * attribution::kQuoteFeatureSpace);
    attribution_hash = Fnv1a(speech.speaker_weights, sizeof(float) * attribution::kSpeakerFeatureSpace, attribution_hash);
    return std::string(kCoreVersion) + "+ner-" + Hex8(Fnv1a(kEmbeddedNerModel, kEmbeddedNerModel_size)) +
           "+attr-" + Hex8(attribution_hash) + "+page-" + Hex8(Fnv1a(&kPageModel, sizeof kPageModel));
  }();
  return version;
}

}  // namespace annotator
