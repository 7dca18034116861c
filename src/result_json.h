// The one result format, shared by the wasm binding and the native tools.
#pragma once

#include <string>

#include "document.h"
#include "utf8.h"

namespace annotator {

// The result as JSON (schema in README.md and web/annotator.d.ts), with every
// offset converted from UTF-8 bytes to `unit` here and nowhere else.
std::string ResultJson(const Document& doc, OffsetUnit unit);

}  // namespace annotator
