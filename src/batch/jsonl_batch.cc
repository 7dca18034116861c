#include "batch/jsonl_batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "annotator.h"
#include "batch/jsonl_record.h"
#include "batch/ordered_pool.h"
#include "batch/progress.h"
#include "result_json.h"

namespace annotator {
namespace {

// A job for the pool is one byte saying what it is, the line's location for
// error messages, a line break, then the line itself (lines have no breaks).
constexpr char kLineJob = 'L';
constexpr char kTooLongJob = 'T';

// Lines of a file, read in large blocks; a line longer than the limit is
// skipped to its end without being held.
class LineReader {
 public:
  LineReader(FILE* file, size_t max_line_bytes) : file_(file), max_line_bytes_(max_line_bytes) {}

  // Appends the next line (without its "\n" and a "\r" before it) to `*out`;
  // false at the end of the input. `*too_long` says the line was skipped.
  bool Next(std::string* out, bool* too_long) {
    *too_long = false;
    const size_t start = out->size();
    bool any = false;
    while (true) {
      if (pos_ == size_ && !Refill()) {
        if (!any) return false;
        break;
      }
      any = true;
      const char* begin = buffer_ + pos_;
      const void* newline = std::memchr(begin, '\n', size_ - pos_);
      const size_t length = newline ? static_cast<const char*>(newline) - begin : size_ - pos_;
      if (!*too_long) {
        if (out->size() - start + length > max_line_bytes_) {
          *too_long = true;
          out->resize(start);
        } else {
          out->append(begin, length);
        }
      }
      pos_ += length;
      if (newline) {
        ++pos_;
        break;
      }
    }
    if (!*too_long && out->size() > start && out->back() == '\r') out->pop_back();
    return true;
  }

  uint64_t bytes_read() const { return bytes_read_; }
  bool failed() const { return std::ferror(file_) != 0; }

 private:
  bool Refill() {
    size_ = std::fread(buffer_, 1, sizeof buffer_, file_);
    pos_ = 0;
    bytes_read_ += size_;
    return size_ > 0;
  }

  FILE* file_;
  size_t max_line_bytes_;
  char buffer_[1 << 16];
  size_t pos_ = 0;
  size_t size_ = 0;
  uint64_t bytes_read_ = 0;
};

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// The bytes left to read in `inputs`, or 0 when any of them is not a regular
// file (a pipe has no size).
uint64_t RemainingBytes(const std::vector<BatchInput>& inputs) {
  uint64_t total = 0;
  for (const BatchInput& input : inputs) {
    struct stat info;
    if (fstat(fileno(input.file), &info) != 0 || !S_ISREG(info.st_mode)) return 0;
    const long offset = std::ftell(input.file);
    total += static_cast<uint64_t>(info.st_size) - (offset > 0 ? offset : 0);
  }
  return total;
}

// Writes the progress line at most once per interval.
class ProgressPrinter {
 public:
  ProgressPrinter(const BatchOptions& options, FILE* out, uint64_t total_bytes)
      : options_(options),
        out_(out),
        total_bytes_(total_bytes),
        start_(Clock::now()),
        next_(options.progress_every_seconds) {}

  void Update(const BatchCounts& counts, bool final) {
    if (options_.progress == ProgressMode::kOff || out_ == nullptr) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (!final && seconds < next_) return;
    if (final && !printed_) return;  // a short run says nothing
    next_ = seconds + options_.progress_every_seconds;
    ProgressCounts progress;
    progress.articles = counts.articles;
    progress.failed = counts.failed;
    progress.bytes = counts.bytes;
    progress.total_bytes = total_bytes_;
    progress.seconds = seconds;
    const std::string line = std::string(options_.program) + ": " + FormatProgress(progress);
    if (options_.progress == ProgressMode::kInPlace) {
      std::fprintf(out_, "\r%s\x1b[K%s", line.c_str(), final ? "\n" : "");
    } else {
      std::fprintf(out_, "%s\n", line.c_str());
    }
    std::fflush(out_);
    printed_ = true;
  }

 private:
  using Clock = std::chrono::steady_clock;
  const BatchOptions& options_;
  FILE* out_;
  uint64_t total_bytes_;
  Clock::time_point start_;
  double next_;
  bool printed_ = false;
};

}  // namespace

std::string LineLocation(const std::string& input_name, uint64_t line_number) {
  return (input_name.empty() ? "line " : input_name + " line ") + std::to_string(line_number);
}

std::string ByteLocation(const std::string& input_name, uint64_t offset) {
  return (input_name.empty() ? "byte " : input_name + " byte ") + std::to_string(offset);
}

std::string TooLongMessage(size_t max_line_bytes) {
  return "longer than " + std::to_string(max_line_bytes) + " bytes; a text may have 16 MiB of UTF-8";
}

void AnnotateJsonlBlock(std::string_view block, const std::string& input_name, uint64_t first_byte, OffsetUnit unit,
                        size_t max_line_bytes, std::string* out, BatchCounts* counts) {
  size_t start = 0;
  while (start < block.size()) {
    size_t end = block.find('\n', start);
    if (end == std::string_view::npos) end = block.size();
    std::string_view line = block.substr(start, end - start);
    const uint64_t offset = first_byte + start;
    start = end + 1;
    if (line.size() > max_line_bytes) {
      AppendErrorLine("null", ByteLocation(input_name, offset) + ": " + TooLongMessage(max_line_bytes), out);
      ++counts->articles;
      ++counts->failed;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    ++counts->articles;
    if (!AnnotateJsonlLine(line, ByteLocation(input_name, offset), unit, out, &counts->shadowed_keys)) {
      ++counts->failed;
    }
  }
  counts->bytes += block.size();
}

bool AnnotateJsonlLine(std::string_view line, std::string_view location, OffsetUnit unit, std::string* out,
                       uint32_t* shadowed_keys) {
  // Kept per thread, so that their buffers are reused from line to line.
  thread_local JsonlRecord record;
  thread_local Document doc;
  Status status = ParseJsonlRecord(line, &record);
  if (status.ok()) status = Annotate(record.text, &doc);
  if (!status.ok()) {
    AppendErrorLine(record.id, std::string(location) + ": " + status.message(), out);
    return false;
  }
  *shadowed_keys |= record.shadowed_keys;
  AppendResultLine(record, ResultJson(doc, unit), out);
  return true;
}

Status RunJsonlBatch(const std::vector<BatchInput>& inputs, const BatchOptions& options, FILE* out, FILE* progress_out,
                     BatchCounts* counts) {
  *counts = BatchCounts();
  std::atomic<uint32_t> shadowed{0};
  const size_t max_line_bytes = options.max_line_bytes;
  const OffsetUnit unit = options.unit;
  auto work = [&shadowed, max_line_bytes, unit](const std::string& job, std::string* output) {
    const size_t newline = job.find('\n');
    const std::string_view location(job.data() + 1, newline - 1);
    if (job[0] == kTooLongJob) {
      AppendErrorLine("null", std::string(location) + ": " + TooLongMessage(max_line_bytes), output);
      return false;
    }
    uint32_t keys = 0;
    const bool ok = AnnotateJsonlLine(std::string_view(job).substr(newline + 1), location, unit, output, &keys);
    if (keys) shadowed.fetch_or(keys, std::memory_order_relaxed);
    return ok;
  };
  const int threads = options.threads < 1 ? 1 : options.threads;
  const size_t window = options.window_lines ? options.window_lines : 16 * static_cast<size_t>(threads);
  ProgressPrinter progress(options, progress_out, RemainingBytes(inputs));
  Status status;
  std::string output;
  uint64_t bytes_before = 0;  // of the inputs already read
  {
    OrderedPool pool(threads, window, options.window_bytes, work);
    auto write_one = [&]() {
      if (!pool.Take(&output)) ++counts->failed;
      ++counts->articles;
      if (std::fwrite(output.data(), 1, output.size(), out) != output.size() && status.ok()) {
        status = Status::Internal(std::string("cannot write the output: ") + std::strerror(errno));
      }
      progress.Update(*counts, false);
    };
    for (const BatchInput& input : inputs) {
      LineReader reader(input.file, max_line_bytes);
      uint64_t line_number = 0;
      std::string job;
      bool too_long = false;
      while (status.ok()) {
        job.assign(1, kLineJob);
        job += LineLocation(input.name, line_number + 1);
        job.push_back('\n');
        const size_t header = job.size();
        if (!reader.Next(&job, &too_long)) break;
        ++line_number;
        counts->bytes = bytes_before + reader.bytes_read();
        if (too_long)
          job[0] = kTooLongJob;
        else if (IsBlank(std::string_view(job).substr(header)))
          continue;
        while (pool.Full()) write_one();
        pool.Submit(std::move(job));
        job = std::string();
      }
      bytes_before += reader.bytes_read();
      if (reader.failed() && status.ok()) {
        status = Status::Internal("cannot read " + (input.name.empty() ? std::string("standard input") : input.name));
      }
    }
    counts->bytes = bytes_before;
    while (pool.InFlight() > 0) write_one();
  }
  if (std::fflush(out) != 0 && status.ok()) {
    status = Status::Internal(std::string("cannot write the output: ") + std::strerror(errno));
  }
  counts->shadowed_keys = shadowed.load();
  progress.Update(*counts, true);
  return status;
}

}  // namespace annotator
