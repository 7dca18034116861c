// The progress line of a long batch run: what is done, how fast, and when it
// will end when the input's size is known.
#pragma once

#include <cstdint>
#include <string>

namespace annotator {

struct ProgressCounts {
  uint64_t articles = 0;     // lines answered (results and errors)
  uint64_t failed = 0;       // of which errors
  uint64_t bytes = 0;        // bytes of input read
  uint64_t total_bytes = 0;  // size of the whole input; 0 when unknown (a pipe)
  double seconds = 0;        // since the run started
};

// "12,345 articles (2 failed), 45.6 MB, 123 articles/s, 1.20 MB/s, 38%, ETA 2m10s"
// (MB are 10^6 bytes of input; the share and ETA only with a known size).
std::string FormatProgress(const ProgressCounts& counts);

}  // namespace annotator
