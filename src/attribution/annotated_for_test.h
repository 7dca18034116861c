// For tests only: a text run through the whole pipeline, so that speakers
// resolve through real mentions, and look-ups of its quotations.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "annotator.h"

namespace annotator {

struct Annotated {
  explicit Annotated(std::string text_in) : text(std::move(text_in)) { REQUIRE(Annotate(text, &doc).ok()); }

  // The first quotation whose content starts with `prefix`, or nullptr.
  const Quote* Find(std::string_view prefix) const {
    for (const Quote& q : doc.quotes) {
      if (doc.Text(q.content).substr(0, prefix.size()) == prefix) return &q;
    }
    return nullptr;
  }
  // Find, failing the test when there is none.
  const Quote& Get(std::string_view prefix) const {
    const Quote* q = Find(prefix);
    REQUIRE_MESSAGE(q != nullptr, "no quotation starts with: " << prefix);
    return *q;
  }
  std::string Speaker(const Quote& q) const { return std::string(doc.Text(q.speaker)); }
  std::string Cue(const Quote& q) const { return std::string(doc.Text(q.cue)); }
  // The name of the speaker's entity, or "" when it has none.
  std::string EntityName(const Quote& q) const {
    if (q.speaker_entity < 0) return "";
    return std::string(doc.Text(doc.entities[q.speaker_entity].name));
  }
  // How many attributions (not scare quotes) there are.
  size_t Attributions() const {
    size_t n = 0;
    for (const Quote& q : doc.quotes) n += q.kind != QuoteKind::kScare;
    return n;
  }

  std::string text;
  Document doc;
};

}  // namespace annotator
