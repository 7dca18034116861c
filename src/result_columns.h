// The result as 32-bit words, for web/annotator.js to turn into the same
// objects as JSON.parse of ResultJson would give, without writing, decoding
// and parsing text. Texts are not included: JS slices them from its own
// string, so offsets are UTF-16 code units (the default unit of the JS API).
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"

namespace annotator {

// Layout (each field one uint32, read in order; "id+1" is 0 for null):
//   kResultColumnsMagic
//   names: count, then per name: byte length, ASCII bytes padded to 4
//   mentions: count, per mention: start end type-name entity-id+1 boilerplate
//   entities: count, per entity: type-name name-start name-end
//     salience (an IEEE double, low word first; NaN for JSON's null, already
//     rounded as ResultJson writes it) mention-count mention-indices...
//   quotes: count, per quote: start end kind-name
//     has-speaker [start end kind-name entity-id+1] has-cue [start end]
//     content-start content-end boilerplate
//   sentences, paragraphs: count, per range: start end
//   title: has-title [start end]
//   boilerplate: count, per block: start end kind-name
//   language: name ("en" or "other")
// A "name" is an index into the names table.
constexpr uint32_t kResultColumnsMagic = 0x41410002;

void ResultColumns(const Document& doc, std::vector<uint32_t>* out);

// `value` as JSON.parse reads it back from JsonWriter::Double ("%.6g"); NaN
// where that writes null.
double AsWritten(double value);

}  // namespace annotator
