// Peak heap memory of annotating a long text, as bytes per byte of text: the
// structures of every stage, and the result JSON, must grow in proportion to
// the text and stay few (a 10 MB paste must not take a browser tab's
// gigabyte). A program of its own, as it counts every allocation by
// replacing the global operator new.
#include <doctest/doctest.h>
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "annotator.h"
#include "result_json.h"
#include "sample_article_for_test.h"

namespace {

size_t g_live_bytes = 0;  // the tests run on one thread
size_t g_peak_bytes = 0;

void* Allocate(size_t size) {
  void* pointer = std::malloc(size == 0 ? 1 : size);
  if (pointer == nullptr) throw std::bad_alloc();
  g_live_bytes += malloc_usable_size(pointer);
  g_peak_bytes = std::max(g_peak_bytes, g_live_bytes);
  return pointer;
}

void Release(void* pointer) {
  if (pointer == nullptr) return;
  g_live_bytes -= malloc_usable_size(pointer);
  std::free(pointer);
}

}  // namespace

void* operator new(size_t size) { return Allocate(size); }
void* operator new[](size_t size) { return Allocate(size); }
void operator delete(void* pointer) noexcept { Release(pointer); }
void operator delete[](void* pointer) noexcept { Release(pointer); }
void operator delete(void* pointer, size_t) noexcept { Release(pointer); }
void operator delete[](void* pointer, size_t) noexcept { Release(pointer); }

namespace annotator {
namespace {

// The peak of live heap bytes during `run`, above what was live before it.
template <typename Run>
size_t PeakGrowth(Run run) {
  const size_t before = g_live_bytes;
  g_peak_bytes = before;
  run();
  return g_peak_bytes - before;
}

TEST_CASE("annotating a 4 MB text takes at most 10 bytes of memory per byte of text") {
  const std::string article = ReadSampleArticle();
  if (article.empty()) return;  // no ../shared
  std::string text;
  while (text.size() < 4000000) text.append(article).append("\n\n");
  // A small text first, so that what is made once (the models, caches kept
  // across texts) is not counted against the long one.
  {
    Document doc;
    REQUIRE(Annotate(article, &doc).ok());
    ResultJson(doc, OffsetUnit::kUtf16);
  }
  size_t json_bytes = 0, mentions = 0;
  const size_t growth = PeakGrowth([&] {
    Document doc;
    REQUIRE(Annotate(text, &doc).ok());
    json_bytes = ResultJson(doc, OffsetUnit::kUtf16).size();
    mentions = doc.mentions.size();
  });
  const double per_byte = static_cast<double>(growth) / text.size();
  std::printf("peak memory: %.1f bytes per byte of a %.1f MB text (JSON %.1f MB, %zu mentions)\n", per_byte,
              text.size() / 1e6, json_bytes / 1e6, mentions);
  // The whole text was read: every copy of the article has its names.
  Document one;
  REQUIRE(Annotate(article, &one).ok());
  CHECK(mentions >= one.mentions.size() * (text.size() / (article.size() + 2)));
  // 18.9 bytes per byte before the page's feature rows were made one line
  // at a time, the recognizer's lexicon held each form once and its
  // per-token facts took 28 bytes, and the attribution's per-token indexes
  // were made compact; 8.7 since (the recognizer's facts and the tokens are
  // most of it).
  CHECK(per_byte <= 10.0);
}

}  // namespace
}  // namespace annotator
