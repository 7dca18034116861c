// libFuzzer target: any bytes as one line of batch input (batch/jsonl_record.h),
// checked against nlohmann/json, an independent parser. A line the strict
// reader accepts must be JSON to nlohmann too, with the same "text" and "id";
// the output line written for it, and any error line, must be valid JSON
// holding the same id and every member passed through. Built by CMake with
// -DANNOTATOR_SANITIZE=ON under clang; run by build-scripts/fuzz.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "batch/jsonl_record.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& line) {
  std::fprintf(stderr, "jsonl_record_fuzzer: %s\n(%zu bytes)\n", what, line.size());
  std::abort();
}

bool IsHex4(std::string_view s, size_t at, unsigned* value) {
  if (at + 4 > s.size()) return false;
  *value = 0;
  for (size_t i = at; i < at + 4; ++i) {
    const char c = s[i];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return false;
    *value = *value * 16 + static_cast<unsigned>(digit);
  }
  return true;
}

// `json` with every lone surrogate escape ("\ud800", which JSON's grammar
// allows and JS and Python read) made "\ufffd", as the reader reads it:
// nlohmann refuses them.
std::string WithoutLoneSurrogates(std::string_view json) {
  std::string out(json);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] != '\\') continue;
    unsigned unit = 0;
    if (out[i + 1] != 'u' || !IsHex4(out, i + 2, &unit)) {
      ++i;  // an escaped character
      continue;
    }
    unsigned low = 0;
    const bool pair = unit >= 0xD800 && unit < 0xDC00 && out.compare(i + 6, 2, "\\u") == 0 &&
                      IsHex4(out, i + 8, &low) && low >= 0xDC00 && low < 0xE000;
    if (pair) {
      i += 11;
    } else {
      if (unit >= 0xD800 && unit < 0xE000) out.replace(i + 2, 4, "fffd");
      i += 5;
    }
  }
  return out;
}

// Thrown for JSON that nlohmann cannot hold but JSON's grammar allows: a
// number too large for a double (1e999, which JS reads as Infinity).
struct NumberTooLarge {};

// `json` read by nlohmann (discarded when it is not JSON).
nlohmann::json Parse(std::string_view json) {
  try {
    return nlohmann::json::parse(WithoutLoneSurrogates(json));
  } catch (const nlohmann::json::out_of_range&) {
    throw NumberTooLarge();
  } catch (const nlohmann::json::exception&) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
}

void Check(const std::string& line);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    Check(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const NumberTooLarge&) {
    // Passed through as written, as it must be; nlohmann cannot compare it.
  }
  return 0;
}

namespace {

void Check(const std::string& line) {
  using namespace annotator;
  JsonlRecord record;
  const Status status = ParseJsonlRecord(line, &record);
  std::string out;
  if (!status.ok()) {
    if (status.message().empty()) Fail("an error without a message", line);
    AppendErrorLine(record.id, status.message(), &out);
    const nlohmann::json error = Parse(std::string_view(out).substr(0, out.size() - 1));
    if (!error.is_object() || !error.contains("error") || out.back() != '\n') Fail("an invalid error line", line);
    return;
  }
  const nlohmann::json input = Parse(line);
  if (input.is_discarded()) Fail("accepted a line that is not JSON", line);
  if (!input.is_object() || !input.contains("text") || input["text"] != record.text) Fail("another text", line);
  if (Parse(record.id) != (input.contains("id") ? input["id"] : nlohmann::json())) Fail("another id", line);
  AppendResultLine(record, R"({"mentions":[],"title":null})", &out);
  if (out.back() != '\n') Fail("a result line without its line break", line);
  const nlohmann::json output = Parse(std::string_view(out).substr(0, out.size() - 1));
  if (!output.is_object() || output["mentions"] != nlohmann::json::array()) Fail("an invalid result line", line);
  for (const auto& [key, value] : input.items()) {
    if (key == "text") continue;
    const bool result_field = key == "mentions" || key == "title" || key == "entities" || key == "quotes" ||
                              key == "sentences" || key == "paragraphs" || key == "boilerplate" || key == "error";
    if (!result_field && output[key] != value) Fail("a member not passed through as it was", line);
  }
}

}  // namespace
