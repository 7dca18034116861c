#include "result_columns.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "language.h"
#include "utf8.h"

namespace annotator {

// The value JSON.parse reads back from JsonWriter::Double's "%.6g". The
// printf and strtod of wasm's libc work in 128-bit software floats (more
// than half the time of writing this result went there), so the six digits
// are rounded here, and printf is asked only near a tie or out of range.
double AsWritten(double value) {
  if (!std::isfinite(value)) return std::nan("");
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e-300 && magnitude < 1e300) {
    // 10^k, exact as a double for k up to 22.
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const int k = 5 - static_cast<int>(std::floor(std::log10(magnitude)));  // scales to six integer digits
    if (k >= -22 && k <= 22) {
      // One rounding: off from a*10^k by at most a few 1e-10.
      const double scaled = k >= 0 ? magnitude * kPow10[k] : magnitude / kPow10[-k];
      const double whole = std::floor(scaled);
      const double fraction = scaled - whole;
      if (scaled >= 1e5 && scaled < 1e6 && std::fabs(fraction - 0.5) > 1e-6) {
        const double digits = fraction > 0.5 ? whole + 1 : whole;
        // Both operands exact: one correctly rounded step, as strtod reads the digits.
        const double rounded = k >= 0 ? digits / kPow10[k] : digits * kPow10[-k];
        return value < 0 ? -rounded : rounded;
      }
    }
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return std::strtod(buffer, nullptr);
}

namespace {

class ColumnWriter {
 public:
  ColumnWriter(const Document& doc, std::vector<uint32_t>* out)
      : doc_(doc), converter_(doc.text, OffsetUnit::kUtf16), out_(*out) {}

  void Write() {
    out_.clear();
    // Names first: JS reads them before the rows that refer to them.
    CollectNames();
    out_.push_back(kResultColumnsMagic);
    out_.push_back(static_cast<uint32_t>(names_.size()));
    for (const char* name : names_) {
      const size_t size = std::strlen(name);
      out_.push_back(static_cast<uint32_t>(size));
      const size_t at = out_.size();
      out_.resize(at + (size + 3) / 4, 0);
      std::memcpy(out_.data() + at, name, size);
    }
    Mentions();
    Entities();
    Quotes();
    Ranges(doc_.sentences);
    Ranges(doc_.paragraphs);
    if (doc_.title.empty()) {
      out_.push_back(0);
    } else {
      out_.push_back(1);
      Range(doc_.title);
    }
    out_.push_back(static_cast<uint32_t>(doc_.boilerplate.size()));
    for (const BoilerplateBlock& block : doc_.boilerplate) {
      Range(block.span);
      out_.push_back(Name(block.kind));
    }
    out_.push_back(Name(LanguageName(doc_)));
  }

 private:
  // The names are a few static strings (types and kinds), told apart by address.
  uint32_t Name(const char* name) {
    for (size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] == name) return static_cast<uint32_t>(i);
    }
    names_.push_back(name);
    return static_cast<uint32_t>(names_.size() - 1);
  }
  void CollectNames() {
    for (const Mention& mention : doc_.mentions) Name(EntityTypeName(mention.type));
    for (const Entity& entity : doc_.entities) Name(EntityTypeName(entity.type));
    for (const Quote& quote : doc_.quotes) {
      Name(QuoteKindName(quote.kind));
      if (!quote.speaker.empty()) Name(SpeakerKindName(quote.speaker_kind));
    }
    for (const BoilerplateBlock& block : doc_.boilerplate) Name(block.kind);
    Name(LanguageName(doc_));
  }

  void Range(Span span) {
    out_.push_back(converter_.Convert(span.begin));
    out_.push_back(converter_.Convert(span.end));
  }
  void Id(int32_t index) { out_.push_back(index < 0 ? 0 : static_cast<uint32_t>(index) + 1); }

  void Mentions() {
    out_.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    for (const Mention& mention : doc_.mentions) {
      Range(mention.span);
      out_.push_back(Name(EntityTypeName(mention.type)));
      Id(mention.entity);
      out_.push_back(mention.boilerplate ? 1 : 0);
    }
  }

  void Entities() {
    out_.push_back(static_cast<uint32_t>(doc_.entities.size()));
    for (const Entity& entity : doc_.entities) {
      out_.push_back(Name(EntityTypeName(entity.type)));
      Range(entity.name);
      const double salience = AsWritten(entity.salience);
      uint32_t words[2];
      static_assert(sizeof words == sizeof salience, "a double is two words");
      std::memcpy(words, &salience, sizeof words);
      out_.push_back(words[0]);
      out_.push_back(words[1]);
      out_.push_back(static_cast<uint32_t>(entity.mentions.size()));
      for (int32_t m : entity.mentions) out_.push_back(static_cast<uint32_t>(m));
    }
  }

  void Quotes() {
    out_.push_back(static_cast<uint32_t>(doc_.quotes.size()));
    for (const Quote& quote : doc_.quotes) {
      Range(quote.span);
      out_.push_back(Name(QuoteKindName(quote.kind)));
      if (quote.speaker.empty()) {
        out_.push_back(0);
      } else {
        out_.push_back(1);
        Range(quote.speaker);
        out_.push_back(Name(SpeakerKindName(quote.speaker_kind)));
        Id(quote.speaker_entity);
      }
      if (quote.cue.empty()) {
        out_.push_back(0);
      } else {
        out_.push_back(1);
        Range(quote.cue);
      }
      Range(quote.content);
      out_.push_back(quote.boilerplate ? 1 : 0);
    }
  }

  void Ranges(const std::vector<Span>& spans) {
    out_.push_back(static_cast<uint32_t>(spans.size()));
    for (Span span : spans) Range(span);
  }

  const Document& doc_;
  OffsetConverter converter_;
  std::vector<uint32_t>& out_;
  std::vector<const char*> names_;
};

}  // namespace

void ResultColumns(const Document& doc, std::vector<uint32_t>* out) { ColumnWriter(doc, out).Write(); }

}  // namespace annotator
