// The result as JSON: the native tools' and the exports' format, and the wasm
// binding's for offsets in code points or bytes (the JS API's default, UTF-16
// offsets, reads the same result from result_columns.h's words).
#pragma once

#include <string>

#include "document.h"
#include "utf8.h"

namespace annotator {

// The result as JSON (schema in README.md and web/annotator.d.ts), with every
// offset converted from UTF-8 bytes to `unit` here and nowhere else.
std::string ResultJson(const Document& doc, OffsetUnit unit);

}  // namespace annotator
