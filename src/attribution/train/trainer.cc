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

void Log(std::string* log, const char* format, size_t a, size_t b, size_t c = 0, size_t d = 0) {
  if (log == nullptr) return;
  char line[256];
  std::snprintf(line, sizeof line, format, a, b, c, d);
  *log += line;
}

// Weights rounded to what the generated source prints, so that the model
// the trainer returns is the one model_data.cc holds.
std::vector<float> Printed(const std::vector<double>& w) {
  std::vector<float> out(w.size());
  for (size_t id = 0; id < w.size(); ++id) {
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.4g", std::abs(w[id]) < 5e-5 ? 0.0 : w[id]);
    out[id] = std::strtof(printed, nullptr);
  }
  return out;
}

// Full-batch AdaGrad on an L2-regularised convex loss: `gradient(w, g)`
// adds the mean loss's gradient at `w` into `g` and returns the mean loss.
// A convex objective has one optimum, so a small change to the data (a
// rule that finds a few more speakers) moves the weights a little; a
// perceptron's weights hang on the order of its mistakes, and a retrain
// after such a change flipped unrelated decisions on other text.
template <typename Gradient>
std::vector<double> Minimise(int size, int iterations, const Gradient& gradient, const char* name, std::string* log) {
  // The L2 weight chosen on PolNeAR dev and GUM's quotations: 1e-3 and
  // 1e-5 each did worse on both.
  constexpr double kL2 = 1e-4, kRate = 0.5;
  std::vector<double> w(size, 0.0), squared(size, 0.0), g(size);
  double loss = 0;
  for (int it = 0; it < iterations; ++it) {
    for (int i = 0; i < size; ++i) g[i] = kL2 * w[i];
    loss = gradient(w, &g);
    for (int i = 0; i < size; ++i) {
      squared[i] += g[i] * g[i];
      if (squared[i] > 0) w[i] -= kRate * g[i] / std::sqrt(squared[i]);
    }
  }
  if (log != nullptr) {
    char line[128];
    std::snprintf(line, sizeof line, "%s: mean loss %.4f after %d iterations\n", name, loss, iterations);
    *log += line;
  }
  return w;
}

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

std::vector<float> TrainQuoteScorer(const std::vector<GoldArticle>& articles, const std::vector<Trace>& traces,
                                    int iterations, std::string* log) {
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
  Log(log, "spoken-or-scare: %zu quotations, %zu spoken\n", examples.size(), spoken);
  // Logistic loss: the score is the log-odds that a quotation is spoken.
  auto gradient = [&](const std::vector<double>& w, std::vector<double>* g) {
    double loss = 0;
    const double scale = 1.0 / static_cast<double>(std::max<size_t>(examples.size(), 1));
    for (const auto& [features, right] : examples) {
      double s = 0;
      for (uint16_t id : *features) s += w[id];
      const double y = right ? 1.0 : -1.0;
      loss += std::log1p(std::exp(-y * s)) * scale;
      const double d = -y / (1.0 + std::exp(y * s)) * scale;
      for (uint16_t id : *features) (*g)[id] += d;
    }
    return loss;
  };
  return Printed(Minimise(kQuoteFeatureSpace, iterations, gradient, "spoken-or-scare", log));
}

std::vector<float> TrainSpeakerScorer(const std::vector<GoldArticle>& articles, const std::vector<Trace>& traces,
                                      int iterations, std::string* log) {
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
  Log(log, "speaker: %zu attributions with a gold source, rules right %zu, a candidate right %zu\n", with_source,
      rule_right, examples.size());
  // Softmax over each quotation's candidates against the right ones: the
  // loss is minus the log of the probability given to the right candidates.
  auto gradient = [&](const std::vector<double>& w, std::vector<double>* g) {
    double loss = 0;
    const double scale = 1.0 / static_cast<double>(std::max<size_t>(examples.size(), 1));
    std::vector<double> s;
    for (const RankingExample& e : examples) {
      s.assign(e.features.size(), 0.0);
      double top = -1e300;
      for (size_t c = 0; c < e.features.size(); ++c) {
        for (uint16_t id : e.features[c]) s[c] += w[id];
        top = std::max(top, s[c]);
      }
      double all = 0, right = 0;
      for (size_t c = 0; c < s.size(); ++c) {
        s[c] = std::exp(s[c] - top);
        all += s[c];
        if (e.right[c]) right += s[c];
      }
      loss += (std::log(all) - std::log(right)) * scale;
      for (size_t c = 0; c < s.size(); ++c) {
        const double d = (s[c] / all - (e.right[c] ? s[c] / right : 0.0)) * scale;
        for (uint16_t id : e.features[c]) (*g)[id] += d;
      }
    }
    return loss;
  };
  return Printed(Minimise(kSpeakerFeatureSpace, iterations, gradient, "speaker", log));
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

TrainedModel TrainModel(const std::vector<GoldArticle>& articles, int iterations, std::string* log) {
  TrainedModel trained;
  // The spoken-or-scare features are those the rules leave, whatever the
  // weights; the speaker features depend on the kinds that scorer decides.
  const std::vector<float> zero_quote(kQuoteFeatureSpace, 0.0f), zero_speaker(kSpeakerFeatureSpace, 0.0f);
  trained.quote_weights = TrainQuoteScorer(
      articles, TraceArticles(articles, Model{zero_quote.data(), zero_speaker.data()}), iterations, log);
  trained.speaker_weights = TrainSpeakerScorer(
      articles, TraceArticles(articles, Model{trained.quote_weights.data(), zero_speaker.data()}), iterations, log);
  return trained;
}

std::string ModelSource(const TrainedModel& model, const std::string& provenance) {
  std::string out =
      "// Generated by build-scripts/train-attribution (src/attribution/train/trainer.cc)\n"
      "// from " +
      provenance +
      ": log-linear weights of the\n"
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
