// train_attribution: trains the learned parts of attribution on PolNeAR
// train and writes the generated sources (build-scripts/train-attribution).
//
//   train_attribution [--iterations N] POLNEAR_TRAIN_DIR OUT_DIR
//
// Writes OUT_DIR/model_data.cc; progress on standard error.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "attribution/train/polnear.h"
#include "attribution/train/trainer.h"
#include "cli/args.h"

namespace {

bool WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary);
  out << contents;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace annotator::attribution;
  int iterations = kTrainingIterations;
  std::vector<std::string> paths;
  for (annotator::ArgWalker args(argc, argv); !args.Done();) {
    if (!args.Value("--iterations", &iterations)) paths.push_back(args.Take());
  }
  if (paths.size() != 2 || iterations <= 0) {
    std::fprintf(stderr, "usage: train_attribution [--iterations N] POLNEAR_TRAIN_DIR OUT_DIR\n");
    return 2;
  }
  std::vector<GoldArticle> articles;
  const annotator::Status status = LoadPolnearSplit(paths[0], SIZE_MAX, &articles);
  if (!status.ok()) {
    std::fprintf(stderr, "train_attribution: %s\n", status.message().c_str());
    return 1;
  }
  const std::string provenance = "PolNeAR train";
  std::string log;
  const TrainedModel model = TrainModel(articles, iterations, &log);
  std::fputs(log.c_str(), stderr);
  const std::string out = paths[1];
  if (!WriteFile(out + "/model_data.cc", ModelSource(model, provenance))) {
    std::fprintf(stderr, "train_attribution: cannot write into %s\n", out.c_str());
    return 1;
  }
  return 0;
}
