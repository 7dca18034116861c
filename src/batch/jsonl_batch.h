// Batch annotation of JSON Lines on every core: {"id","text",...} lines in,
// {"id",...,result} lines out in input order (jsonl_record.h), a line that
// cannot be annotated answered by {"id","error"} without stopping the run.
// Memory is bounded by the window of lines in flight, not by the input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"
#include "utf8.h"

namespace annotator {

// Lines longer than this are refused without being held (a text of the
// 16 MiB limit fits, escaped, with room to spare).
constexpr size_t kMaxJsonlLineBytes = size_t{64} << 20;

enum class ProgressMode {
  kOff,
  kInPlace,  // one line rewritten (a terminal)
  kLines,    // a new line each time (a log file)
};

struct BatchOptions {
  int threads = 1;                          // annotating threads
  OffsetUnit unit = OffsetUnit::kUtf16;     // of every offset, as in the JS API
  size_t window_lines = 0;                  // lines in flight; 0: 16 per thread
  size_t window_bytes = size_t{256} << 20;  // bytes of input in flight
  size_t max_line_bytes = kMaxJsonlLineBytes;
  ProgressMode progress = ProgressMode::kOff;
  double progress_every_seconds = 1;  // and none before the first interval
  const char* program = "annotate";   // names the progress lines
};

struct BatchInput {
  std::string name;  // for error messages; "" for standard input
  FILE* file;
};

struct BatchCounts {
  uint64_t articles = 0;       // lines answered (blank lines are skipped, as in the JS CLI)
  uint64_t failed = 0;         // answered by an error
  uint64_t bytes = 0;          // bytes of input read
  uint32_t shadowed_keys = 0;  // input members dropped for a result field's name (ResultKeyNames)
};

// Reads `inputs` one after the other and writes one line per non-blank line
// to `out`, progress to `progress_out`. Fails only when the output cannot be
// written or an input cannot be read; bad lines are counted in `counts`.
Status RunJsonlBatch(const std::vector<BatchInput>& inputs, const BatchOptions& options, FILE* out, FILE* progress_out,
                     BatchCounts* counts);

// The error line's prefix for a line of an input: "line 7" (standard input)
// or "articles.jsonl line 7".
std::string LineLocation(const std::string& input_name, uint64_t line_number);

// The error line's prefix for a line that starts at byte `offset` of an input:
// "articles.jsonl byte 1234" or "byte 1234". For a block of an input read
// apart from the rest (AnnotateJsonlBlock), whose line numbers are unknown.
std::string ByteLocation(const std::string& input_name, uint64_t offset);

// Annotates the lines of `block`, whole lines of an input starting at its byte
// `first_byte` (the last line may lack its line break), on the calling thread:
// appends to `*out` the lines RunJsonlBatch writes for them, an error line
// located by byte (ByteLocation) rather than by line. Blank lines are skipped
// as there; a line over `max_line_bytes` is answered by an error. Adds to
// `*counts` (bytes: the block's size).
void AnnotateJsonlBlock(std::string_view block, const std::string& input_name, uint64_t first_byte, OffsetUnit unit,
                        size_t max_line_bytes, std::string* out, BatchCounts* counts);

// The error message of a line over `max_line_bytes`, after its location.
std::string TooLongMessage(size_t max_line_bytes);

// Annotates one record line into its output line (result or error, with
// `location` before an error's message). Thread-safe; returns false for an
// error line. ORs into `*shadowed_keys` the result fields' names that the
// record used (JsonlRecord::shadowed_keys).
bool AnnotateJsonlLine(std::string_view line, std::string_view location, OffsetUnit unit, std::string* out,
                       uint32_t* shadowed_keys);

}  // namespace annotator
