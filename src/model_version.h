// Which models a result came from: a fingerprint of the weights compiled into
// the library, for the record that a large annotation run keeps beside its
// output (two runs with equal fingerprints and core versions give equal results).
#pragma once

#include <string>

namespace annotator {

// "ner-<16 hex digits>+attribution-<16 hex digits>": FNV-1a 64 of the
// embedded recognizer model's bytes and of the attribution weights; "ner-none"
// when the build had no recognizer model.
std::string ModelVersion();

}  // namespace annotator
