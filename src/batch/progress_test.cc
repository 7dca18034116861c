#include "batch/progress.h"

#include <doctest/doctest.h>

namespace annotator {

TEST_CASE("the progress line: counts, rates, and the share done and time left when the size is known") {
  ProgressCounts counts;
  counts.articles = 1234567;
  counts.bytes = 45600000;
  counts.seconds = 38;
  CHECK(FormatProgress(counts) == "1,234,567 articles, 45.6 MB, 32489 articles/s, 1.20 MB/s");
  counts.failed = 2;
  counts.total_bytes = 120000000;
  CHECK(FormatProgress(counts) ==
        "1,234,567 articles (2 failed), 45.6 MB, 32489 articles/s, 1.20 MB/s, 38%, ETA 1m02s");
  counts.total_bytes = 20000000000;  // 20 GB: hours
  CHECK(FormatProgress(counts).find("ETA 4h37m") != std::string::npos);
  counts.seconds = 0;
  CHECK(FormatProgress(counts) == "1,234,567 articles (2 failed), 45.6 MB");
}

}  // namespace annotator
