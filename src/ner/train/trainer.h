// Trains the named-entity recognizer (ner/recognizer.h): averaged structured
// perceptrons over the feature extractor's hashed features, on CoNLL-2003
// articles re-read as the runtime reads them (plus copies in capitals, lower
// case, title case and as people lay text out), the epoch of each run picked
// on dev, the runs' weights averaged, then quantised and pruned into a model
// file. Deterministic: the same inputs and options give the same bytes.
//
// build-scripts/train-ner runs it through src/cli/train_ner_main.cc.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "ner/model.h"
#include "ner/train/corpus.h"
#include "ner/train/perceptron.h"
#include "status.h"

namespace annotator {
namespace ner {

struct TrainerOptions {
  int epochs = 20;
  int min_count = 2;                 // features seen fewer times over the gold tagging are dropped
  int upper_every = 4;               // every Nth training article also in capitals (0: never)
  int lower_every = 4;               // every Nth (offset by half) also in lower case (0: never)
  int natural_every = 2;             // every Nth also laid out as people write (0: never)
  int surname_every = 0;             // every Nth (offset by 1) also as its sentences with surnames alone (0: never)
  int title_every = 4;               // every Nth (offset by 3) also with a sentence in title case (0: never)
  std::string gum_genres;            // GUM train documents of these genres ("news,bio"; empty: all) ...
  int gum_every = 1;                 // ... of which every Nth is trained on
  int gum_offset = 0;                // ... starting with this one
  int gum_copies = 1;                // ... each this many times
  int gum_case_every = 0;            // ... every Nth also in capitals, every Nth (offset by half) in lower case
  bool gum_untyped_unknown = false;  // GUM proper nouns without a type: tag unknown (else no name)
  int runs = 4;                      // perceptrons with different shuffles whose weights are averaged
  uint32_t seed = 20240601;          // of the first run's shuffle; run k uses seed + k
  bool runtime_tokens = true;        // train and score on the runtime's tokens (else CoNLL's)
  float prune = 1.0f;                // features whose largest weight is below it are left out of the model
  std::FILE* progress = nullptr;     // per-epoch progress and counts, when not null
};

// The articles trained on (with their copies) and the dev articles scored to
// pick each run's epoch.
struct TrainingCorpora {
  std::vector<CorpusDocument> train;
  std::vector<CorpusDocument> dev;
  size_t conll_articles = 0;  // train articles before the copies
};

// Builds the corpora from the contents of a CoNLL-2003 training file, its dev
// file, an optional WNUT-17 file and optional GUM train documents written by
// build-scripts/gum-train.mjs ("" for none). No training sentence is an error.
Status PrepareCorpora(std::string_view train_conll, std::string_view dev_conll, std::string_view wnut,
                      const TrainerOptions& options, TrainingCorpora* corpora, std::string_view gum = {});

struct CorpusFiles {
  std::string train, dev, wnut, gum;  // wnut and gum may be empty
};

// PrepareCorpora on the files' contents; a file that cannot be read is an error.
Status ReadCorpora(const CorpusFiles& files, const TrainerOptions& options, TrainingCorpora* corpora);

// Float weights over a table of the features kept.
struct TrainedWeights {
  FeatureTable table;
  Weights weights;
};

// Counts the features over the gold tagging (keeping those seen
// options.min_count times), trains options.runs perceptrons whose shuffles
// differ, each for options.epochs epochs keeping its best epoch on dev, and
// averages them. `lexicons` holds the model's gazetteer and word classes
// (lexicons.h), which the features read.
Status TrainWeights(const TrainingCorpora& corpora, const NerModel& lexicons, const TrainerOptions& options,
                    TrainedWeights* trained);

// The model file of `trained` quantised and pruned at `prune`, with the
// tables of `lexicons`; checked to load in a Recognizer. `model` (when not
// null) receives what was written.
Status BuildModelFile(const TrainedWeights& trained, float prune, const NerModel& lexicons, std::string* bytes,
                      NerModel* model = nullptr);

// TrainWeights, then BuildModelFile at options.prune.
Status TrainModel(const TrainingCorpora& corpora, const NerModel& lexicons, const TrainerOptions& options,
                  std::string* bytes);

}  // namespace ner
}  // namespace annotator
