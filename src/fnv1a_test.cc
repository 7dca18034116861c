#include "fnv1a.h"

#include <doctest/doctest.h>

#include "word_table.h"

namespace annotator {
namespace {

// Usable at compile time, for tables of word hashes.
static_assert(Fnv1a64("") == 0xcbf29ce484222325ULL, "the 64-bit offset basis");
static_assert(Fnv1a32("") == kFnv1a32Basis, "the 32-bit offset basis");

TEST_CASE("FNV-1a gives the published values") {
  CHECK(Fnv1a32("a") == 0xe40c292cu);
  CHECK(Fnv1a32("foobar") == 0xbf9cf968u);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("FNV-1a 32 goes on from a running hash, and the word tables' hash is it on the lower-case form") {
  CHECK(Fnv1a32("bar", Fnv1a32("foo")) == Fnv1a32("foobar"));
  CHECK(Fnv1a32Step(Fnv1a32("fooba"), 'r') == Fnv1a32("foobar"));
  CHECK(LowerWordHash("FooBar") == Fnv1a32("foobar"));
  CHECK(Fnv1a32("FooBar") != Fnv1a32("foobar"));
}

}  // namespace
}  // namespace annotator
