#include "ner/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <utility>

#include "cli/file_util.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/recognizer.h"
#include "ner/train/quantize.h"
#include "ner/train/scoring.h"
#include "ner/word_classes.h"

namespace annotator {
namespace ner {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Adds to `train` the copies that teach what CoNLL lacks: every Nth of the
// first conll_articles in capitals, in lower case, with a title-case headline,
// and as its sentences with persons named by surname alone.
void AddCopies(const TrainerOptions& options, size_t conll_articles, std::vector<CorpusDocument>* train) {
  for (size_t i = 0; i < conll_articles; ++i) {
    if (options.upper_every > 0 && i % options.upper_every == 0) train->push_back(CaseCopy((*train)[i], true));
    if (options.lower_every > 0 && i % options.lower_every == static_cast<size_t>(options.lower_every / 2))
      train->push_back(CaseCopy((*train)[i], false));
    if (options.title_every > 0 && i % options.title_every == static_cast<size_t>(3 % options.title_every))
      train->push_back(TitleCaseCopy((*train)[i]));
    if (options.surname_every > 0 && i % options.surname_every == static_cast<size_t>(1 % options.surname_every)) {
      for (CorpusDocument& d : SurnameSentences((*train)[i])) train->push_back(std::move(d));
    }
  }
}

// The gazetteer and word classes of a model, as the feature extractor reads them.
struct LexicalTables {
  Gazetteer gazetteer;
  WordClasses word_classes;
  explicit LexicalTables(const NerModel& model) {
    gazetteer.Assign(model.gazetteer_keys, model.gazetteer_types);
    word_classes.Assign(model.word_keys, model.word_classes);
    word_classes.AssignEmbedding(model.embedding_keys, model.embedding_classes, model.embedding_key_bits);
  }
  const WordClasses* classes() const { return word_classes.size() ? &word_classes : nullptr; }
};

// The features of the gold tagging seen at least `min_count` times.
FeatureTable CountFeatures(const std::vector<CorpusDocument>& train, const LexicalTables& tables, int min_count) {
  FeatureExtractor extractor(&tables.gazetteer, tables.classes());
  std::vector<uint64_t> all;
  uint64_t features[kMaxFeatures];
  for (const CorpusDocument& d : train) {
    extractor.BeginDocument(d.doc);
    for (const auto& s : extractor.sentences()) {
      for (int i = s.first; i < s.second; ++i) {
        int count = extractor.Extract(i, features);
        all.insert(all.end(), features, features + count);
      }
      extractor.RecordTags(s.first, s.second, d.gold.data() + s.first);
    }
  }
  std::sort(all.begin(), all.end());
  FeatureTable table(all.size() / 8);
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (static_cast<int>(j - i) >= min_count) table.Insert(all[i]);
    i = j;
  }
  return table;
}

// Trains one averaged perceptron with the articles shuffled by `seed` and
// returns its averaged weights after the epoch that scored best on dev.
Weights TrainOneRun(const TrainerOptions& options, uint32_t seed, const TrainingCorpora& corpora,
                    const LexicalTables& tables, const FeatureTable& table, Clock::time_point start) {
  Perceptron perceptron(table.size());
  FeatureExtractor extractor(&tables.gazetteer, tables.classes());
  std::vector<size_t> order(corpora.train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(seed);
  SentenceBuffers b;
  std::vector<uint8_t> partial;  // a sentence's gold tags with unknown ones filled in
  Weights best_weights;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    int64_t errors = 0;
    for (size_t index : order) {
      const CorpusDocument& d = corpora.train[index];
      extractor.BeginDocument(d.doc);
      for (const auto& s : extractor.sentences()) {
        TagSentence(extractor, s.first, s.second, table, perceptron.current, &b);
        const uint8_t* gold = d.gold.data() + s.first;
        if (!d.unknown.empty()) {
          // Where the gold tag is unknown, the tagger's own tag stands.
          partial.assign(gold, gold + (s.second - s.first));
          for (int i = s.first; i < s.second; ++i) {
            if (d.unknown[i]) partial[i - s.first] = b.tags[i - s.first];
          }
          gold = partial.data();
        }
        errors += LearnSentence(gold, b, s.second - s.first, &perceptron);
        // Later sentences see what the tagger said, as at run time.
        extractor.RecordTags(s.first, s.second, b.tags.data());
        perceptron.step += 1;
      }
    }
    Weights averaged = perceptron.Averaged();
    Scores scores = EvaluateFloat(corpora.dev, tables.gazetteer, tables.classes(), table, averaged);
    double f1 = Scores::F1(scores.total);
    if (options.progress != nullptr) {
      std::fprintf(options.progress, "epoch %2d: %lld token errors on train, dev F1 %.2f  [%.1fs]\n", epoch,
                   static_cast<long long>(errors), f1, SecondsSince(start));
    }
    if (f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best_weights = std::move(averaged);
    }
  }
  if (options.progress != nullptr) {
    std::fprintf(options.progress, "seed %u: best epoch %d, dev F1 %.2f (float weights)\n", seed, best_epoch, best_f1);
  }
  return best_weights;
}

}  // namespace

Status PrepareCorpora(std::string_view train_conll, std::string_view dev_conll, std::string_view wnut,
                      const TrainerOptions& options, TrainingCorpora* corpora, std::string_view gum) {
  std::vector<CorpusDocument>& train = corpora->train;
  std::vector<CorpusDocument>& dev = corpora->dev;
  train = ParseConll(train_conll, true, 0);
  dev = ParseConll(dev_conll, true, 0);
  if (train.empty()) return Status::InvalidArgument("no training sentences (want CoNLL: word ... label per line)");
  corpora->conll_articles = train.size();
  if (options.runtime_tokens && options.natural_every > 0) {
    std::vector<CorpusDocument> natural = ParseConll(train_conll, true, 0, Layout::kNatural);
    for (size_t i = 0; i < natural.size(); ++i) {
      if (i % options.natural_every == 1 % options.natural_every) train.push_back(std::move(natural[i]));
    }
  }
  if (options.runtime_tokens) {
    RetokenizeCounts on_train, on_dev;
    for (CorpusDocument& d : train) RetokenizeAsRuntime(&d, true, &on_train);
    for (CorpusDocument& d : dev) RetokenizeAsRuntime(&d, false, &on_dev);
    if (options.progress != nullptr) {
      std::fprintf(options.progress,
                   "runtime tokens: %d train and %d dev entities not on token edges (widened or dropped); "
                   "%d and %d cut by a sentence boundary; %d train entities cut before a token no name holds\n",
                   on_train.unaligned, on_dev.unaligned, on_train.split, on_dev.split, on_train.cut);
    }
  }
  if (!wnut.empty()) {
    for (CorpusDocument& d : ParseConll(wnut, false, 20)) train.push_back(std::move(d));
  }
  if (!gum.empty()) {
    RetokenizeCounts on_gum;
    std::vector<CorpusDocument> documents = ParseStandOff(gum, true, options.gum_untyped_unknown, &on_gum);
    if (documents.empty()) return Status::InvalidArgument("no GUM documents (want build-scripts/gum-train.mjs output)");
    size_t kept = 0;
    const size_t every = static_cast<size_t>(std::max(1, options.gum_every));
    size_t eligible = 0;  // of the genres asked for
    for (size_t i = 0; i < documents.size(); ++i) {
      if (!options.gum_genres.empty()) {
        // GUM_<genre>_<title>: the genre between the first two underscores.
        const std::string& name = documents[i].name;
        const size_t first = name.find('_'), second = name.find('_', first + 1);
        const std::string genre = first == std::string::npos ? "" : name.substr(first + 1, second - first - 1);
        if (("," + options.gum_genres + ",").find("," + genre + ",") == std::string::npos) continue;
      }
      if (eligible++ % every != static_cast<size_t>(options.gum_offset) % every) continue;
      for (int copy = 0; copy < options.gum_copies; ++copy) train.push_back(documents[i]);
      const int case_every = options.gum_case_every;
      if (case_every > 0 && kept % case_every == 0) train.push_back(CaseCopy(documents[i], true));
      if (case_every > 0 && kept % case_every == static_cast<size_t>(case_every / 2))
        train.push_back(CaseCopy(documents[i], false));
      ++kept;
    }
    if (options.progress != nullptr) {
      std::fprintf(options.progress,
                   "GUM train: %zu of %zu documents, %d time(s) each; %d entities not on token edges, %d cut by a "
                   "sentence boundary, %d cut before a token no name holds\n",
                   kept, documents.size(), options.gum_copies, on_gum.unaligned, on_gum.split, on_gum.cut);
    }
  }
  AddCopies(options, corpora->conll_articles, &train);
  for (CorpusDocument& d : train) d.Rebind();  // vectors moved: re-point text views
  for (CorpusDocument& d : dev) d.Rebind();
  if (options.progress != nullptr) {
    size_t train_tokens = 0;
    for (const CorpusDocument& d : train) train_tokens += d.doc.tokens.size();
    std::fprintf(options.progress,
                 "train: %zu documents (%zu CoNLL articles + copies), %zu tokens; dev: %zu documents\n", train.size(),
                 corpora->conll_articles, train_tokens, dev.size());
  }
  return Status::Ok();
}

Status ReadCorpora(const CorpusFiles& files, const TrainerOptions& options, TrainingCorpora* corpora) {
  std::string train, dev, wnut, gum;
  if (!ReadWholeFile(files.train, &train)) return Status::InvalidArgument("cannot read " + files.train);
  if (!files.gum.empty() && !ReadWholeFile(files.gum, &gum)) return Status::InvalidArgument("cannot read " + files.gum);
  if (!ReadWholeFile(files.dev, &dev)) return Status::InvalidArgument("cannot read " + files.dev);
  if (!files.wnut.empty() && !ReadWholeFile(files.wnut, &wnut))
    return Status::InvalidArgument("cannot read " + files.wnut);
  return PrepareCorpora(train, dev, wnut, options, corpora, gum);
}

Status TrainWeights(const TrainingCorpora& corpora, const NerModel& lexicons, const TrainerOptions& options,
                    TrainedWeights* trained) {
  if (options.epochs < 1 || options.runs < 1) return Status::InvalidArgument("epochs and runs must be at least 1");
  if (corpora.train.empty()) return Status::InvalidArgument("no training articles");
  const Clock::time_point start = Clock::now();
  const LexicalTables tables(lexicons);
  trained->table = CountFeatures(corpora.train, tables, options.min_count);
  if (options.progress != nullptr) {
    std::fprintf(options.progress, "features kept (count >= %d): %zu  [%.1fs]\n", options.min_count,
                 trained->table.size(), SecondsSince(start));
  }
  // Several perceptrons that differ only in the order they see the articles;
  // their averaged weights are averaged again (each run's best epoch on dev),
  // which removes most of the +-0.3 F1 that one shuffle order is worth.
  Weights& mean = trained->weights;
  for (int run = 0; run < options.runs; ++run) {
    Weights weights = TrainOneRun(options, options.seed + run, corpora, tables, trained->table, start);
    if (run == 0) {
      mean = std::move(weights);
      continue;
    }
    for (size_t i = 0; i < weights.emission.size(); ++i) mean.emission[i] += weights.emission[i];
    for (size_t i = 0; i < weights.transitions.size(); ++i) mean.transitions[i] += weights.transitions[i];
  }
  if (options.runs > 1) {
    for (float& w : mean.emission) w /= options.runs;
    for (float& w : mean.transitions) w /= options.runs;
    if (options.progress != nullptr) {
      std::fprintf(
          options.progress, "mean of %d runs: dev F1 %.2f (float weights)\n", options.runs,
          Scores::F1(EvaluateFloat(corpora.dev, tables.gazetteer, tables.classes(), trained->table, mean).total));
    }
  }
  return Status::Ok();
}

Status BuildModelFile(const TrainedWeights& trained, float prune, const NerModel& lexicons, std::string* bytes,
                      NerModel* model) {
  NerModel quantized = Quantize(trained.table, trained.weights, prune, lexicons);
  *bytes = SerializeModel(quantized);
  if (bytes->empty()) return Status::Internal("the trained model cannot be written");
  Recognizer recognizer;
  const Status status = recognizer.Load(*bytes);
  if (!status.ok()) return Status::Internal("the written model does not load: " + status.message());
  if (model != nullptr) *model = std::move(quantized);
  return Status::Ok();
}

Status TrainModel(const TrainingCorpora& corpora, const NerModel& lexicons, const TrainerOptions& options,
                  std::string* bytes) {
  TrainedWeights trained;
  const Status status = TrainWeights(corpora, lexicons, options, &trained);
  if (!status.ok()) return status;
  return BuildModelFile(trained, options.prune, lexicons, bytes);
}

}  // namespace ner
}  // namespace annotator
