#include "attribution/train/trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "annotator.h"
#include "attribution/attribution.h"
#include "attribution/model.h"

namespace annotator {
namespace attribution {
namespace {

// Averaged perceptron weights over `size` features, accumulated lazily.
class Perceptron {
 public:
  explicit Perceptron(int size) : w_(size, 0.0), total_(size, 0.0), stamp_(size, 0) {}

  void Tick() { ++step_; }
  double Score(const std::vector<uint16_t>& features) const {
    double s = 0;
    for (uint16_t id : features) s += w_[id];
    return s;
  }
  void Update(const std::vector<uint16_t>& features, double delta) {
    for (uint16_t id : features) {
      total_[id] += w_[id] * (step_ - stamp_[id]);
      stamp_[id] = step_;
      w_[id] += delta;
    }
  }
  // The averaged weights, rounded to what the generated source prints.
  std::vector<float> Averaged() const {
    std::vector<float> out(w_.size());
    for (size_t id = 0; id < w_.size(); ++id) {
      const double sum = total_[id] + w_[id] * (step_ - stamp_[id]);
      const double v = step_ ? sum / step_ : 0.0;
      char printed[32];
      std::snprintf(printed, sizeof printed, "%.4g", std::abs(v) < 5e-5 ? 0.0 : v);
      out[id] = std::strtof(printed, nullptr);
    }
    return out;
  }

 private:
  std::vector<double> w_, total_;
  std::vector<long> stamp_;
  long step_ = 0;
};

bool AnyOverlap(const std::vector<Span>& spans, Span s) {
  for (Span g : spans) {
    if (Overlaps(g, s)) return true;
  }
  return false;
}

uint32_t OverlapSize(const std::vector<Span>& spans, Span s) {
  uint32_t total = 0;
  for (Span g : spans) {
    if (Overlaps(g, s)) total += std::min(g.end, s.end) - std::max(g.begin, s.begin);
  }
  return total;
}

// The gold attribution of the same family (quoted or not) that overlaps
// `span` most, or nullptr.
const GoldAttribution* BestGold(const GoldArticle& article, Span span, bool quoted) {
  const GoldAttribution* best = nullptr;
  uint32_t best_overlap = 0;
  for (const GoldAttribution& g : article.gold) {
    if (g.quoted != quoted) continue;
    const uint32_t o = OverlapSize(g.content, span);
    if (o > best_overlap) best_overlap = o, best = &g;
  }
  return best;
}

// Runs the whole pipeline on every article with `model`, recording the
// learned decisions' features.
std::vector<Trace> TraceArticles(const std::vector<GoldArticle>& articles, const Model& model) {
  std::vector<Trace> traces(articles.size());
  Document doc;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!PrepareForAttribution(articles[i].text, &doc).ok()) continue;
    AttributeQuotes(&doc, model, &traces[i]);
  }
  return traces;
}

struct RankingExample {
  std::vector<std::vector<uint16_t>> features;  // per candidate
  std::vector<bool> right;
};

void Log(std::string* log, const char* format, size_t a, size_t b, size_t c = 0, size_t d = 0) {
  if (log == nullptr) return;
  char line[256];
  std::snprintf(line, sizeof line, format, a, b, c, d);
  *log += line;
}

std::vector<float> TrainQuoteScorer(const std::vector<GoldArticle>& articles, const std::vector<Trace>& traces,
                                    int epochs, std::string* log) {
  std::vector<std::pair<const std::vector<uint16_t>*, bool>> examples;
  size_t spoken = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const QuoteTraceItem& item : traces[i].quotes) {
      bool right = false;
      for (const GoldAttribution& g : articles[i].gold)
        right = right || (g.quoted && AnyOverlap(g.content, item.quote));
      spoken += right;
      examples.emplace_back(&item.features, right);
    }
  }
  Perceptron quote(kQuoteFeatureSpace);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    size_t errors = 0;
    for (const auto& [features, right] : examples) {
      quote.Tick();
      if ((quote.Score(*features) > 0) == right) continue;
      ++errors;
      quote.Update(*features, right ? 1.0 : -1.0);
    }
    Log(log, "spoken-or-scare epoch %zu: %zu errors\n", epoch + 1, errors);
  }
  Log(log, "spoken-or-scare: %zu quotations, %zu spoken\n", examples.size(), spoken);
  return quote.Averaged();
}

std::vector<float> TrainSpeakerScorer(const std::vector<GoldArticle>& articles, const std::vector<Trace>& traces,
                                      int epochs, std::string* log) {
  std::vector<RankingExample> examples;
  size_t with_source = 0, rule_right = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const SpeakerTraceItem& item : traces[i].speakers) {
      const GoldAttribution* best = BestGold(articles[i], item.quote, /*quoted=*/true);
      if (best == nullptr || best->source.empty()) continue;
      ++with_source;
      RankingExample e;
      e.features = item.features;
      bool any = false;
      for (Span candidate : item.candidates) {
        const bool right = AnyOverlap(best->source, candidate);
        e.right.push_back(right);
        any = any || right;
      }
      // The first candidate is the rules' choice when they made one.
      if (!e.right.empty() && e.right[0]) ++rule_right;
      if (any) examples.push_back(std::move(e));
    }
  }
  Perceptron speaker(kSpeakerFeatureSpace);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    size_t errors = 0;
    for (const RankingExample& e : examples) {
      speaker.Tick();
      size_t top = 0, top_right = SIZE_MAX;
      double top_score = 0, top_right_score = 0;
      for (size_t c = 0; c < e.features.size(); ++c) {
        const double s = speaker.Score(e.features[c]);
        if (c == 0 || s > top_score) top = c, top_score = s;
        if (e.right[c] && (top_right == SIZE_MAX || s > top_right_score)) top_right = c, top_right_score = s;
      }
      if (e.right[top]) continue;
      ++errors;
      speaker.Update(e.features[top_right], 1.0);
      speaker.Update(e.features[top], -1.0);
    }
    Log(log, "speaker epoch %zu: %zu errors\n", epoch + 1, errors);
  }
  Log(log, "speaker: %zu attributions with a gold source, rules right %zu, a candidate right %zu\n", with_source,
      rule_right, examples.size());
  return speaker.Averaged();
}

void AppendWeights(const char* name, const std::vector<float>& weights, std::string* out) {
  *out += "const float ";
  *out += name;
  *out += "[] = {";
  char number[32];
  for (size_t id = 0; id < weights.size(); ++id) {
    *out += id % 8 == 0 ? "\n    " : " ";
    std::snprintf(number, sizeof number, "%.4g,", static_cast<double>(weights[id]));
    *out += number;
  }
  *out += "\n};\n\n";
}

}  // namespace

TrainedModel TrainModel(const std::vector<GoldArticle>& articles, int epochs, std::string* log) {
  TrainedModel trained;
  // The spoken-or-scare features are those the rules leave, whatever the
  // weights; the speaker features depend on the kinds that scorer decides.
  const std::vector<float> zero_quote(kQuoteFeatureSpace, 0.0f), zero_speaker(kSpeakerFeatureSpace, 0.0f);
  trained.quote_weights =
      TrainQuoteScorer(articles, TraceArticles(articles, Model{zero_quote.data(), zero_speaker.data()}), epochs, log);
  trained.speaker_weights = TrainSpeakerScorer(
      articles, TraceArticles(articles, Model{trained.quote_weights.data(), zero_speaker.data()}), epochs, log);
  return trained;
}

std::string ModelSource(const TrainedModel& model, const std::string& provenance) {
  std::string out =
      "// Generated by build-scripts/train-attribution (src/attribution/train/trainer.cc)\n"
      "// from " +
      provenance +
      ": averaged-perceptron weights of the\n"
      "// spoken-or-scare and speaker scorers of attribution/model.h. Do not edit.\n"
      "#include <iterator>\n\n"
      "#include \"attribution/model.h\"\n\n"
      "namespace annotator {\nnamespace attribution {\nnamespace {\n\n";
  AppendWeights("kQuoteWeights", model.quote_weights, &out);
  AppendWeights("kSpeakerWeights", model.speaker_weights, &out);
  out +=
      "}  // namespace\n\n"
      "const Model& EmbeddedModel() {\n"
      "  return ModelOf(kQuoteWeights, std::size(kQuoteWeights), kSpeakerWeights, std::size(kSpeakerWeights));\n"
      "}\n\n"
      "}  // namespace attribution\n}  // namespace annotator\n";
  return out;
}

}  // namespace attribution
}  // namespace annotator
