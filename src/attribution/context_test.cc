#include "attribution/context.h"

#include <doctest/doctest.h>

#include <vector>

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("TokenRuns reads back every value of the array it was built from") {
  // Runs of one value, single tokens, and a run across blocks of 64 tokens.
  std::vector<int32_t> values(300, -1);
  for (uint32_t t = 10; t < 150; ++t) values[t] = 3;
  values[63] = 7;
  values[64] = 8;
  values[299] = 9;
  TokenRuns<int32_t> runs;
  runs.Build(values);
  for (uint32_t t = 0; t < values.size(); ++t) CHECK(runs[t] == values[t]);
}

TEST_CASE("TokenBitCounts counts the marked tokens before each token, and before the end") {
  const uint32_t n = 200;
  auto marked = [](uint32_t t) { return t % 3 == 0 || (t >= 64 && t < 128); };
  TokenBitCounts counts;
  counts.Build(n, marked);
  uint32_t expected = 0;
  for (uint32_t t = 0; t <= n; ++t) {
    CHECK(counts.CountBefore(t) == expected);
    if (t < n && marked(t)) ++expected;
  }
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
