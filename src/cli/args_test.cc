#include "cli/args.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace annotator {
namespace {

struct Parsed {
  std::string model;
  int repeat = 20;
  float threshold = -1;
  bool documents = false;
  std::vector<std::string> paths;
};

Parsed Parse(std::vector<std::string> words) {
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  Parsed parsed;
  for (ArgWalker args(static_cast<int>(argv.size()), argv.data()); !args.Done();) {
    if (!args.Value("--model", &parsed.model) && !args.Value("--repeat", &parsed.repeat) &&
        !args.Value("--threshold", &parsed.threshold) && !args.Switch("--documents", &parsed.documents)) {
      parsed.paths.push_back(args.Take());
    }
  }
  return parsed;
}

TEST_CASE("argument walker: flags with values, switches and paths in any order") {
  const Parsed parsed =
      Parse({"tool", "a.txt", "--model", "m.bin", "--documents", "b.txt", "--repeat", "3", "--threshold", "0.25"});
  CHECK(parsed.model == "m.bin");
  CHECK(parsed.repeat == 3);
  CHECK(parsed.threshold == doctest::Approx(0.25));
  CHECK(parsed.documents);
  CHECK(parsed.paths == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("argument walker: the program name is skipped and defaults stay when a flag is absent") {
  const Parsed parsed = Parse({"tool", "only.txt"});
  CHECK(parsed.model.empty());
  CHECK(parsed.repeat == 20);
  CHECK_FALSE(parsed.documents);
  CHECK(parsed.paths == std::vector<std::string>{"only.txt"});
}

TEST_CASE("argument walker: a value flag at the end, with no value, is taken as a path") {
  const Parsed parsed = Parse({"tool", "a.txt", "--model"});
  CHECK(parsed.model.empty());
  CHECK(parsed.paths == std::vector<std::string>{"a.txt", "--model"});
}

TEST_CASE("argument walker: a flag's value is taken even when it looks like a flag") {
  const Parsed parsed = Parse({"tool", "--model", "--documents"});
  CHECK(parsed.model == "--documents");
  CHECK_FALSE(parsed.documents);
  CHECK(parsed.paths.empty());
}

TEST_CASE("argument walker: a first argument past the program name") {
  std::vector<std::string> words = {"tool", "pages.jsonl", "--cv", "5"};
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  int folds = 0;
  std::vector<std::string> rest;
  for (ArgWalker args(4, argv.data(), 2); !args.Done();) {
    if (!args.Value("--cv", &folds)) rest.push_back(args.Take());
  }
  CHECK(folds == 5);
  CHECK(rest.empty());
}

}  // namespace
}  // namespace annotator
