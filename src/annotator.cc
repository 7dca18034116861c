#include "annotator.h"

#include <algorithm>
#include <cstdio>

#include "attribution/attribution.h"
#include "boilerplate.h"
#include "entities.h"
#include "language.h"
#include "model_version.h"
#include "ner/recognizer.h"
#include "numeric.h"
#include "quotes.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {

namespace {

// Whether `name` is the currency inside an amount of money ("C$" in "C$78
// billion", which the recognizer learned to call MISC from CoNLL-2003), the
// time zone after a time ("GMT" in "08:00 GMT", MISC or an organisation) or
// the month that opens a date, the noun or era after a date's number
// ("Century" in "the 14th Century",
// "BC" in "860 BC"), or a quantity's scale or unit after its number
// ("Celsius" in "49.9 degrees Celsius", which it called MISC, and "tsp").
bool IsPartOfNumber(const Mention& name, const Mention& number) {
  const bool inside = name.span.begin >= number.span.begin && name.span.end <= number.span.end;
  if (number.type == EntityType::kMoney) {
    // (Any name that opens the amount is its currency: "Rp" of "Rp 5
    // trillion" was an organisation; a country's name before its currency's
    // word is too: "100 Hong Kong dollars".)
    return inside && name.span.end < number.span.end &&
           (name.type == EntityType::kMisc || name.type == EntityType::kLocation ||
            name.span.begin == number.span.begin);
  }
  const bool after_number = inside && name.span.begin > number.span.begin;
  // (The month that opens a date: "FEB 06, 2026" made "FEB" an organisation.)
  const bool opens_date = inside && number.type == EntityType::kDate && name.span.begin == number.span.begin &&
                          name.span.end < number.span.end;
  return ((number.type == EntityType::kTime || number.type == EntityType::kDate ||
           number.type == EntityType::kQuantity) &&
          after_number) ||
         opens_date;
}

// Names come from the recognizer, numbers and dates from rules; where both
// claim the same words the recognizer's reading of a name wins ("World Cup
// 2026" is one MISC, not MISC + DATE), but for the currency of an amount, the
// zone of a time, the noun or era of a date and the scale of a temperature
// ("49.9 degrees Celsius").
void MergeMentions(const std::vector<Mention>& names, const std::vector<Mention>& numeric, std::vector<Mention>* out) {
  out->clear();
  out->reserve(names.size() + numeric.size());
  size_t n = 0;
  for (const Mention& number : numeric) {
    while (n < names.size() && names[n].span.end <= number.span.begin) out->push_back(names[n++]);
    if (n < names.size() && IsPartOfNumber(names[n], number)) ++n;
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
  // The recognizer knows English names only (language.h).
  doc->other_language = IsOtherLanguage(*doc);
  if (!doc->other_language) EmbeddedRecognizer().Recognize(*doc, &names);
  FindNumericMentions(*doc, &numeric);
  MergeMentions(names, numeric, &doc->mentions);
  JoinSentencesCutInAbbreviations(doc);
  // Attribution looks past names in boilerplate when resolving pronouns,
  // and an entity takes its name from the article before a page's menus.
  FlagBoilerplate(doc);
  ClusterEntities(doc);
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

std::string Version() { return FullVersion(); }

}  // namespace annotator
