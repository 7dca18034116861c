#include "batch/jsonl_batch.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annotator.h"
#include "result_json.h"
#include "sample_article_for_test.h"

namespace annotator {
namespace {

using nlohmann::json;

// A temporary file holding `contents`, read from its start.
FILE* FileWith(const std::string& contents) {
  FILE* file = std::tmpfile();
  std::fwrite(contents.data(), 1, contents.size(), file);
  std::rewind(file);
  return file;
}

std::string ReadAll(FILE* file) {
  std::rewind(file);
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out.append(buffer, n);
  return out;
}

// The output of a batch run over `inputs` (name, contents).
std::string Run(const std::vector<std::pair<std::string, std::string>>& inputs, BatchOptions options,
                BatchCounts* counts) {
  std::vector<BatchInput> files;
  for (const auto& [name, contents] : inputs) files.push_back({name, FileWith(contents)});
  FILE* out = std::tmpfile();
  const Status status = RunJsonlBatch(files, options, out, nullptr, counts);
  CHECK(status.ok());
  for (const BatchInput& file : files) std::fclose(file.file);
  std::string output = ReadAll(out);
  std::fclose(out);
  return output;
}

std::vector<json> Lines(const std::string& output) {
  std::vector<json> lines;
  size_t start = 0;
  for (size_t end; (end = output.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(json::parse(output.substr(start, end - start)));
  }
  CHECK(start == output.size());  // every line ends with a line break
  return lines;
}

// Articles of varied length (some far longer than others, so that workers
// finish out of order), as JSONL with ids 0..n-1.
std::string Articles(int n) {
  std::string jsonl;
  for (int i = 0; i < n; ++i) {
    std::string text = "President Xi Jinping said on Monday that China must “act quickly”, according to Reuters.";
    for (int k = 0; k < (i * 7) % 23; ++k)
      text += " Sarah Kovner of Columbia University told reporters in Boston that prices rose 5%.";
    jsonl += "{\"id\":" + std::to_string(i) + ",\"text\":" + json(text).dump() + "}\n";
  }
  return jsonl;
}

TEST_CASE("results come out in input order, identical on one thread and on several") {
  const std::string input = Articles(60);
  BatchOptions options;
  BatchCounts one_counts, many_counts;
  const std::string one = Run({{"", input}}, options, &one_counts);
  options.threads = 3;
  options.window_lines = 5;
  const std::string many = Run({{"", input}}, options, &many_counts);
  CHECK(one == many);
  CHECK(many_counts.articles == 60);
  CHECK(many_counts.failed == 0);
  CHECK(many_counts.bytes == input.size());
  const std::vector<json> lines = Lines(many);
  REQUIRE(lines.size() == 60);
  for (int i = 0; i < 60; ++i) CHECK(lines[i]["id"] == i);
  CHECK(lines[59]["mentions"].size() > 10);
}

TEST_CASE("each result is that of annotating the text alone, in the offsets asked for") {
  const std::string text = "😀 Ms. Kovner said “it is over” in Paris.\n";
  Document doc;
  REQUIRE(Annotate(text, &doc).ok());
  for (OffsetUnit unit : {OffsetUnit::kUtf16, OffsetUnit::kCodePoint, OffsetUnit::kUtf8}) {
    BatchOptions options;
    options.unit = unit;
    options.threads = 2;
    BatchCounts counts;
    const std::vector<json> lines =
        Lines(Run({{"", "{\"id\":\"k\",\"text\":" + json(text).dump() + "}"}}, options, &counts));
    REQUIRE(lines.size() == 1);
    json expected = json::parse(ResultJson(doc, unit));
    expected["id"] = "k";
    CHECK(lines[0] == expected);
  }
}

TEST_CASE("a bad line is answered by an error line saying where, and the run goes on") {
  const std::string input =
      "{\"id\":1,\"text\":\"Xi spoke.\"}\n"
      "\n"
      "   \r\n"
      "{\"id\":2,\"text\":\n"
      "{\"id\":3,\"body\":\"no text\"}\r\n"
      "{\"id\":4,\"text\":\"bad \\ud800 surrogate is U+FFFD\",\"outlet\":\"AP\"}\n"
      "{\"id\":5,\"text\":\"" +
      std::string(300, 'a') +
      "\"}\n"
      "{\"id\":6,\"text\":\"Angela Merkel left.\"}";  // no final line break
  BatchOptions options;
  options.threads = 2;
  options.max_line_bytes = 200;
  BatchCounts counts;
  const std::vector<json> lines = Lines(Run({{"", input}}, options, &counts));
  REQUIRE(lines.size() == 6);  // blank lines are skipped
  CHECK(counts.articles == 6);
  CHECK(counts.failed == 3);
  CHECK(lines[0]["id"] == 1);
  CHECK(lines[0].contains("mentions"));
  CHECK(lines[1] == json::parse(R"x({"id":2,"error":"line 4: not JSON (unexpected character at byte 15)"})x"));
  CHECK(lines[2]["id"] == 3);
  CHECK(lines[2]["error"] == "line 5: \"text\" must be a string (the line has no \"text\")");
  CHECK(lines[3]["outlet"] == "AP");
  CHECK(lines[3]["sentences"].size() == 1);
  CHECK(lines[4]["id"] == nullptr);
  CHECK(lines[4]["error"] == "line 7: longer than 200 bytes; a text may have 16 MiB of UTF-8");
  CHECK(lines[5]["id"] == 6);
  REQUIRE(lines[5]["mentions"].size() == 1);
  CHECK(lines[5]["mentions"][0]["text"] == "Angela Merkel");
}

TEST_CASE("several inputs are read one after the other; errors name the file and line") {
  BatchOptions options;
  options.threads = 2;
  BatchCounts counts;
  const std::vector<json> lines =
      Lines(Run({{"a.jsonl", "{\"id\":1,\"text\":\"x\"}\n"}, {"b.jsonl", "{\"id\":2,\"text\":\"y\"}\n{\"id\":3}\n"}},
                options, &counts));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1]["id"] == 2);
  CHECK(lines[2]["error"] == "b.jsonl line 2: \"text\" must be a string (the line has no \"text\")");
}

TEST_CASE("a text over the core's size limit is an error line with the core's message") {
  const std::string text(kMaxTextBytes + 1, 'a');
  BatchOptions options;
  BatchCounts counts;
  const std::vector<json> lines = Lines(Run({{"", "{\"id\":9,\"text\":\"" + text + "\"}\n"}}, options, &counts));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["id"] == 9);
  CHECK(lines[0]["error"].get<std::string>().rfind("line 1: " + CheckTextSize(text.size()).message(), 0) == 0);
}

TEST_CASE("members named like result fields are reported once for the run") {
  BatchOptions options;
  BatchCounts counts;
  const std::vector<json> lines = Lines(Run({{"", "{\"id\":1,\"title\":\"T\",\"text\":\"x\"}\n"}}, options, &counts));
  CHECK(lines[0]["title"] == nullptr);  // the result's own: the text has no headline
  CHECK(counts.shadowed_keys != 0);
}

TEST_CASE("the sample article through the batch tool equals the single-document result") {
  const std::string sample = ReadSampleArticle();
  if (sample.empty()) return;
  Document doc;
  REQUIRE(Annotate(sample, &doc).ok());
  BatchOptions options;
  options.threads = 2;
  options.unit = OffsetUnit::kCodePoint;
  BatchCounts counts;
  const std::string line = "{\"id\":\"sample\",\"text\":" + json(sample).dump() + "}\n";
  const std::string output = Run({{"", line + line}}, options, &counts);
  const std::string expected = "{\"id\":\"sample\"," + ResultJson(doc, OffsetUnit::kCodePoint).substr(1) + "\n";
  CHECK(output == expected + expected);
}

TEST_CASE("a block of lines gives what the batch run gives, its errors located by byte") {
  const std::string input =
      "{\"id\":1,\"text\":\"Angela Merkel spoke.\"}\n"
      " \n"
      "{\"id\":2,\"text\":7}\r\n"
      "{\"id\":3,\"title\":\"T\",\"text\":\"Olaf Scholz left.\"}";  // no last line break
  BatchOptions options;
  options.unit = OffsetUnit::kCodePoint;
  BatchCounts run_counts;
  const std::string run = Run({{"in.jsonl", input}}, options, &run_counts);

  std::string block;
  BatchCounts counts;
  AnnotateJsonlBlock(input, "in.jsonl", 500, OffsetUnit::kCodePoint, kMaxJsonlLineBytes, &block, &counts);
  CHECK(counts.articles == 3);
  CHECK(counts.failed == 1);
  CHECK(counts.bytes == input.size());
  CHECK(counts.shadowed_keys == run_counts.shadowed_keys);
  const std::vector<json> ours = Lines(block);
  const std::vector<json> theirs = Lines(run);
  REQUIRE(ours.size() == 3);
  CHECK(ours[0] == theirs[0]);
  CHECK(ours[2] == theirs[2]);
  CHECK(theirs[1]["error"] == "in.jsonl line 3: \"text\" must be a string");
  const size_t second = input.find("{\"id\":2");
  CHECK(ours[1]["error"] == "in.jsonl byte " + std::to_string(500 + second) + ": \"text\" must be a string");
}

TEST_CASE("a line of a block over the limit is refused by byte") {
  std::string block;
  BatchCounts counts;
  AnnotateJsonlBlock("{\"id\":1,\"text\":\"long enough\"}\n{\"id\":2}\n", "", 0, OffsetUnit::kUtf16, 12, &block,
                     &counts);
  CHECK(counts.articles == 2);
  CHECK(counts.failed == 2);
  const std::vector<json> lines = Lines(block);
  CHECK(lines[0]["error"] == "byte 0: " + TooLongMessage(12));
  CHECK(lines[0]["id"] == nullptr);
  CHECK(lines[1]["id"] == 2);  // short enough, but it has no text
}

}  // namespace
}  // namespace annotator
