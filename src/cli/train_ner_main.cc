// train_ner: trains the named-entity recognizer's averaged perceptron on
// CoNLL-2003 eng.train, picks the epoch on eng.testa (dev), quantises and
// prunes the weights and writes models/ner.model. Deterministic: the same
// inputs give the same model bytes. The trainer is library code in
// src/ner/train/; this reads the options, runs it and reports.
//
//   train_ner --train eng.train --dev eng.testa --cities world-cities.csv
//             --companies sp500-constituents.csv --out models/ner.model

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ner/model.h"
#include "ner/recognizer.h"
#include "ner/train/corpus.h"
#include "ner/train/lexicons.h"
#include "ner/train/scoring.h"
#include "ner/train/trainer.h"

namespace annotator {
namespace {

struct Options {
  ner::CorpusFiles corpora;
  ner::LexiconFiles lexicons;
  ner::TrainerOptions trainer;
  std::string out = "models/ner.model";
  std::vector<float> sweep;  // extra pruning thresholds to report
};

constexpr const char kUsage[] =
    "usage: train_ner --train eng.train --dev eng.testa [--wnut wnut17train.conll]\n"
    "  [--gum gum-train.txt (build-scripts/gum-train.mjs) --gum-genres news,bio --gum-every 1 --gum-offset 0 "
    "--gum-copies 1\n"
    "   --gum-case-every 0 --gum-untyped outside|unknown]\n"
    "  [--cities world-cities.csv] [--companies sp500-constituents.csv]\n"
    "  [--lexicon TYPE=PATH ...] (TYPE: place company country demonym first-name\n"
    "   person-name org-word organisation)\n"
    "  [--out models/ner.model] [--epochs 20] [--min-count 2] [--upper-every 4]\n"
    "  [--lower-every 4] [--prune 1] [--sweep-prune 1,2,3] [--seed N] [--runs 4]\n"
    "  [--tokens runtime|conll] [--word-classes clusters.tsv] [--natural-every 2]\n"
    "  [--title-every 4] [--surname-every 0] [--embedding-table glove-classes.bin] [--embedding-key-bits 32]\n";

std::vector<float> ParseFloatList(const std::string& value) {
  std::vector<float> list;
  for (size_t at = 0; at < value.size();) {
    size_t comma = value.find(',', at);
    if (comma == std::string::npos) comma = value.size();
    list.push_back(static_cast<float>(std::atof(value.substr(at, comma - at).c_str())));
    at = comma + 1;
  }
  return list;
}

// False (after saying why) on an unknown flag or without --train and --dev.
bool ParseOptions(int argc, char** argv, Options* o) {
  ner::TrainerOptions& t = o->trainer;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    const int number = std::atoi(value.c_str());
    if (flag == "--train")
      o->corpora.train = value;
    else if (flag == "--dev")
      o->corpora.dev = value;
    else if (flag == "--wnut")
      o->corpora.wnut = value;
    else if (flag == "--gum")
      o->corpora.gum = value;
    else if (flag == "--gum-genres")
      t.gum_genres = value;
    else if (flag == "--gum-every")
      t.gum_every = std::max(1, number);
    else if (flag == "--gum-offset")
      t.gum_offset = std::max(0, number);
    else if (flag == "--gum-copies")
      t.gum_copies = std::max(1, number);
    else if (flag == "--gum-case-every")
      t.gum_case_every = std::max(0, number);
    else if (flag == "--gum-untyped")
      t.gum_untyped_unknown = value == "unknown";
    else if (flag == "--tokens")
      t.runtime_tokens = value != "conll";
    else if (flag == "--cities")
      o->lexicons.cities = value;
    else if (flag == "--companies")
      o->lexicons.companies = value;
    else if (flag == "--word-classes")
      o->lexicons.word_classes = value;
    else if (flag == "--embedding-table")
      o->lexicons.embedding_table = value;
    else if (flag == "--embedding-key-bits")
      o->lexicons.embedding_key_bits = number;
    else if (flag == "--lexicon")
      o->lexicons.lexicons.push_back(value);
    else if (flag == "--out")
      o->out = value;
    else if (flag == "--epochs")
      t.epochs = number;
    else if (flag == "--min-count")
      t.min_count = number;
    else if (flag == "--upper-every")
      t.upper_every = number;
    else if (flag == "--lower-every")
      t.lower_every = number;
    else if (flag == "--natural-every")
      t.natural_every = number;
    else if (flag == "--surname-every")
      t.surname_every = std::max(0, number);
    else if (flag == "--title-every")
      t.title_every = number;
    else if (flag == "--prune")
      t.prune = static_cast<float>(std::atof(value.c_str()));
    else if (flag == "--sweep-prune")
      o->sweep = ParseFloatList(value);
    else if (flag == "--runs")
      t.runs = std::max(1, number);
    else if (flag == "--seed")
      t.seed = static_cast<uint32_t>(std::atoll(value.c_str()));
    else {
      std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
      return false;
    }
  }
  if (o->corpora.train.empty() || o->corpora.dev.empty()) {
    std::fputs(kUsage, stderr);
    return false;
  }
  return true;
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  FILE* out = std::fopen(path.c_str(), "wb");
  if (out == nullptr) return false;
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
  return std::fclose(out) == 0 && written;
}

int Fail(const Status& status) {
  std::fprintf(stderr, "train_ner: %s\n", status.message().c_str());
  return 1;
}

// Writes a model for each extra pruning threshold beside the output and
// prints its dev score, to pick the size/accuracy trade-off.
void SweepPruning(const Options& options, const ner::TrainedWeights& trained, const ner::NerModel& lexicons,
                  const std::vector<ner::CorpusDocument>& dev) {
  for (float prune : options.sweep) {
    std::string bytes;
    ner::NerModel candidate;
    Recognizer recognizer;
    if (!ner::BuildModelFile(trained, prune, lexicons, &bytes, &candidate).ok() || !recognizer.Load(bytes).ok())
      continue;
    const std::string path = options.out + ".prune" + std::to_string(prune);
    WriteFile(path, bytes);
    std::printf("prune %.2f: %zu features, %zu bytes, dev F1 %.2f -> %s\n", prune, candidate.feature_keys.size(),
                bytes.size(), ner::Scores::F1(ner::EvaluateRecognizer(dev, recognizer).total), path.c_str());
  }
}

// The written model's dev scores as CoNLL has it, in capitals and in lower case.
void ReportDevScores(const std::vector<ner::CorpusDocument>& dev, const Recognizer& recognizer) {
  ner::EvaluateRecognizer(dev, recognizer).Print(stdout, "dev (eng.testa), shipped int8 model, conlleval exact match:");
  std::vector<ner::CorpusDocument> dev_upper, dev_lower;
  for (const ner::CorpusDocument& d : dev) {
    dev_upper.push_back(ner::CaseCopy(d, true));
    dev_lower.push_back(ner::CaseCopy(d, false));
  }
  for (ner::CorpusDocument& d : dev_upper) d.Rebind();
  for (ner::CorpusDocument& d : dev_lower) d.Rebind();
  std::printf("dev in ALL CAPS: F1 %.2f; dev in lower case: F1 %.2f\n",
              ner::Scores::F1(ner::EvaluateRecognizer(dev_upper, recognizer).total),
              ner::Scores::F1(ner::EvaluateRecognizer(dev_lower, recognizer).total));
}

int Run(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, &options)) return 2;
  options.trainer.progress = stderr;
  const auto start = std::chrono::steady_clock::now();

  ner::TrainingCorpora corpora;
  Status status = ner::ReadCorpora(options.corpora, options.trainer, &corpora);
  if (!status.ok()) return Fail(status);
  ner::NerModel lexicons;
  status = ner::ReadLexicons(options.lexicons, &lexicons, stderr);
  if (!status.ok()) return Fail(status);
  ner::TrainedWeights trained;
  status = ner::TrainWeights(corpora, lexicons, options.trainer, &trained);
  if (!status.ok()) return Fail(status);
  SweepPruning(options, trained, lexicons, corpora.dev);

  std::string bytes;
  ner::NerModel model;
  status = ner::BuildModelFile(trained, options.trainer.prune, lexicons, &bytes, &model);
  if (!status.ok()) return Fail(status);
  if (!WriteFile(options.out, bytes)) return Fail(Status::InvalidArgument("cannot write " + options.out));
  Recognizer recognizer;
  status = recognizer.Load(bytes);
  if (!status.ok()) return Fail(status);
  std::printf(
      "wrote %s: %zu bytes, %zu features, %zu gazetteer phrases, prune %g; %d run(s); "
      "training took %.1fs\n",
      options.out.c_str(), bytes.size(), model.feature_keys.size(), model.gazetteer_keys.size(), options.trainer.prune,
      options.trainer.runs, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  ReportDevScores(corpora.dev, recognizer);
  return 0;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) { return annotator::Run(argc, argv); }
