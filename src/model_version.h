// Which core and which models a result came from, for the record that an
// export or a large annotation run keeps beside its output: two runs with the
// same version give the same results.
#pragma once

#include <string>

namespace annotator {

// The package's version ("0.2.0"): package.json's, passed in by CMake, so
// the npm package, the Python package and the core say the same.
const char* CoreVersion();

// "ner-1a2b3c4d+attr-…+page-…": eight hex digits of a hash of each model
// compiled in (the recognizer's bytes, the attribution weights, the page
// model); "ner-none" when the build had no recognizer model.
std::string ModelVersion();

// CoreVersion() + "+" + ModelVersion(), as Version() in annotator.h returns.
std::string FullVersion();

}  // namespace annotator
