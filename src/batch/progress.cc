#include "batch/progress.h"

#include <cstdio>

namespace annotator {
namespace {

// 1234567 -> "1,234,567": counts of articles are read at a glance.
std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Duration(double seconds) {
  const uint64_t s = static_cast<uint64_t>(seconds + 0.5);
  char text[48];
  if (s < 60)
    std::snprintf(text, sizeof text, "%us", static_cast<unsigned>(s));
  else if (s < 3600)
    std::snprintf(text, sizeof text, "%um%02us", static_cast<unsigned>(s / 60), static_cast<unsigned>(s % 60));
  else
    std::snprintf(text, sizeof text, "%luh%02um", static_cast<unsigned long>(s / 3600),
                  static_cast<unsigned>(s / 60 % 60));
  return text;
}

}  // namespace

std::string FormatProgress(const ProgressCounts& counts) {
  std::string line = Grouped(counts.articles) + " articles";
  if (counts.failed) line += " (" + Grouped(counts.failed) + " failed)";
  char part[96];
  std::snprintf(part, sizeof part, ", %.1f MB", counts.bytes / 1e6);
  line += part;
  if (counts.seconds > 0) {
    const double rate = counts.bytes / counts.seconds;
    std::snprintf(part, sizeof part, ", %.0f articles/s, %.2f MB/s", counts.articles / counts.seconds, rate / 1e6);
    line += part;
    if (counts.total_bytes > 0 && counts.bytes <= counts.total_bytes) {
      std::snprintf(part, sizeof part, ", %.0f%%", 100.0 * counts.bytes / counts.total_bytes);
      line += part;
      if (rate > 0) line += ", ETA " + Duration((counts.total_bytes - counts.bytes) / rate);
    }
  }
  return line;
}

}  // namespace annotator
