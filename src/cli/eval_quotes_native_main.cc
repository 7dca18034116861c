// eval_quotes_native: scores who-said-what against PolNeAR with the native
// build (the same metrics as build-scripts/eval-quotes, which runs the wasm),
// and derives the cue lexicon from PolNeAR train.
//
//   eval_quotes_native [--limit N] [--show fp|fn|speaker|ind-fp|ind-fn] DIR
//   eval_quotes_native --derive-lexicon TRAIN_DIR > src/attribution_lexicon_data.cc
//   eval_quotes_native --train-speaker-model TRAIN_DIR > src/attribution_weights_data.cc
//
// DIR is a PolNeAR split (text/*.txt, attributions/*.ann). Brat offsets count
// code points; they are converted to UTF-8 bytes here. When an article has
// several annotator files, the first by name is used.
//
// Metrics. A gold attribution is a quotation when its Content holds a
// quotation mark (“ ” " « » „ ‘ or '' — PolNeAR's NYT texts write '' for “),
// otherwise it is indirect.
//  * quotation P/R/F1: a system direct/mixed quotation is right when it
//    overlaps the content of a gold quotation; a gold quotation is found when
//    a system direct/mixed quotation overlaps it. Scare quotes are not counted.
//  * speaker / cue accuracy: over right system quotations whose gold (the one
//    it overlaps most) has a Source (a Cue), the share whose speaker (cue)
//    overlaps it.
//  * indirect P/R/F1: the same overlap rule between system indirect
//    quotations and gold indirect contents.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <map>
#include <string>
#include <vector>

#include "annotator.h"
#include "attribution/speaker_model.h"
#include "cli/file_util.h"
#include "tokenizer.h"

namespace annotator {
namespace {

struct GoldAttribution {
  std::vector<Span> source, cue, content;
  bool quoted = false;
};

struct Article {
  std::string name;
  std::string text;
  std::vector<GoldAttribution> gold;
};

std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* entry = readdir(d)) {
      if (entry->d_name[0] != '.') names.push_back(entry->d_name);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Code point index → UTF-8 byte offset, for every code point and the end.
std::vector<uint32_t> CodePointOffsets(const std::string& text) {
  std::vector<uint32_t> offsets;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(static_cast<uint32_t>(text.size()));
  return offsets;
}

bool HasQuoteMark(std::string_view s) {
  // '' is the New York Times' quotation mark in PolNeAR's plain text.
  static const char* const kMarks[] = {"\"", "“", "”", "«", "»", "„", "''", "‘"};
  for (const char* mark : kMarks) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// Parses the T and E lines of one brat file.
std::vector<GoldAttribution> ParseAnn(const std::string& ann, const std::string& text) {
  const std::vector<uint32_t> cp = CodePointOffsets(text);
  auto to_byte = [&](long c) { return cp[std::min<size_t>(static_cast<size_t>(c), cp.size() - 1)]; };
  std::map<std::string, std::vector<Span>> spans;
  std::vector<std::vector<std::pair<std::string, std::string>>> events;
  for (std::string_view view : SplitLines(ann)) {
    const std::string line(view);
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string id = line.substr(0, tab);
    const size_t tab2 = line.find('\t', tab + 1);
    std::string body = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    if (id[0] == 'T') {
      const size_t space = body.find(' ');
      if (space == std::string::npos) continue;
      std::vector<Span> parts;
      const char* p = body.c_str() + space + 1;
      while (*p) {
        char* end = nullptr;
        long b = std::strtol(p, &end, 10);
        if (end == p) break;
        p = end;
        long e = std::strtol(p, &end, 10);
        if (end == p) break;
        p = end;
        parts.push_back(Span{to_byte(b), to_byte(e)});
        if (*p == ';') ++p;
      }
      spans[id] = parts;
    } else if (id[0] == 'E') {
      std::vector<std::pair<std::string, std::string>> roles;
      size_t start = 0;
      while (start < body.size()) {
        size_t end = body.find(' ', start);
        if (end == std::string::npos) end = body.size();
        std::string item = body.substr(start, end - start);
        const size_t colon = item.find(':');
        if (colon != std::string::npos) roles.emplace_back(item.substr(0, colon), item.substr(colon + 1));
        start = end + 1;
      }
      events.push_back(roles);
    }
  }
  std::vector<GoldAttribution> gold;
  for (const auto& roles : events) {
    GoldAttribution g;
    for (const auto& [role, target] : roles) {
      auto it = spans.find(target);
      if (it == spans.end()) continue;
      std::vector<Span>* into = role.rfind("Content", 0) == 0 ? &g.content
                                : role.rfind("Source", 0) == 0 ? &g.source
                                : role.rfind("Cue", 0) == 0    ? &g.cue
                                                               : nullptr;
      if (into) into->insert(into->end(), it->second.begin(), it->second.end());
    }
    if (g.content.empty()) continue;
    for (Span s : g.content) g.quoted |= HasQuoteMark(std::string_view(text).substr(s.begin, s.size()));
    gold.push_back(std::move(g));
  }
  return gold;
}

std::vector<Article> LoadSplit(const std::string& dir, size_t limit) {
  std::vector<Article> articles;
  std::string previous;
  for (const std::string& file : ListDir(dir + "/attributions")) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".ann") != 0) continue;
    const std::string base = file.substr(0, file.rfind('_'));
    if (base == previous) continue;  // another annotator of the same article
    previous = base;
    if (articles.size() >= limit) break;
    Article article;
    article.name = base;
    std::string ann;
    if (!ReadWholeFile(dir + "/text/" + base + ".txt", &article.text) ||
        !ReadWholeFile(dir + "/attributions/" + file, &ann)) {
      std::fprintf(stderr, "eval_quotes_native: cannot read %s\n", base.c_str());
      continue;
    }
    article.gold = ParseAnn(ann, article.text);
    articles.push_back(std::move(article));
  }
  return articles;
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

struct Counts {
  size_t sys = 0, sys_right = 0, gold = 0, gold_found = 0;
  size_t speaker_total = 0, speaker_right = 0, cue_total = 0, cue_right = 0;
};

double Ratio(size_t a, size_t b) { return b ? 100.0 * a / b : 0.0; }

void PrintCounts(const char* name, const Counts& c) {
  const double p = Ratio(c.sys_right, c.sys), r = Ratio(c.gold_found, c.gold);
  std::printf("%-10s P %5.1f  R %5.1f  F1 %5.1f  (system %zu, gold %zu)  speaker %5.1f (%zu)  cue %5.1f (%zu)\n",
              name, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0, c.sys, c.gold,
              Ratio(c.speaker_right, c.speaker_total), c.speaker_total, Ratio(c.cue_right, c.cue_total),
              c.cue_total);
}

std::string Context(const std::string& text, Span s, uint32_t margin = 80) {
  const uint32_t b = s.begin > margin ? s.begin - margin : 0;
  const uint32_t e = std::min<uint32_t>(s.end + margin, static_cast<uint32_t>(text.size()));
  std::string out = text.substr(b, s.begin - b) + "[[" + text.substr(s.begin, s.size()) + "]]" +
                    text.substr(s.end, e - s.end);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Scores one kind of system quotation (quoted or indirect) against its gold.
void Score(const Article& a, const Document& doc, bool quoted, const std::string& show, Counts* c) {
  std::vector<const Quote*> sys;
  for (const Quote& q : doc.quotes) {
    const bool is_quote = q.kind == QuoteKind::kDirect || q.kind == QuoteKind::kMixed;
    if (quoted ? is_quote : q.kind == QuoteKind::kIndirect) sys.push_back(&q);
  }
  std::vector<const GoldAttribution*> gold;
  for (const GoldAttribution& g : a.gold) {
    if (g.quoted == quoted) gold.push_back(&g);
  }
  const std::string prefix = quoted ? "" : "ind-";
  for (const Quote* q : sys) {
    ++c->sys;
    const GoldAttribution* best = nullptr;
    uint32_t best_overlap = 0;
    for (const GoldAttribution* g : gold) {
      const uint32_t o = OverlapSize(g->content, q->span);
      if (o > best_overlap) best_overlap = o, best = g;
    }
    if (best == nullptr) {
      if (show == prefix + "fp") {
        std::printf("FP %s %s: %s\n", a.name.c_str(), QuoteKindName(q->kind), Context(a.text, q->span).c_str());
      }
      continue;
    }
    ++c->sys_right;
    if (!best->source.empty()) {
      ++c->speaker_total;
      const bool right = AnyOverlap(best->source, q->speaker);
      c->speaker_right += right;
      if (!right && show == prefix + "speaker") {
        std::string gold_source;
        for (Span s : best->source) gold_source += a.text.substr(s.begin, s.size()) + " ";
        std::printf("SPK %s sys=[%s] gold=[%s]: %s\n", a.name.c_str(),
                    a.text.substr(q->speaker.begin, q->speaker.size()).c_str(), gold_source.c_str(),
                    Context(a.text, q->span, 150).c_str());
      }
    }
    if (!best->cue.empty()) {
      ++c->cue_total;
      c->cue_right += AnyOverlap(best->cue, q->cue);
    }
  }
  for (const GoldAttribution* g : gold) {
    ++c->gold;
    bool found = false;
    for (const Quote* q : sys) found |= AnyOverlap(g->content, q->span);
    c->gold_found += found;
    if (!found && show == prefix + "fn") {
      std::string gold_cue;
      for (Span s : g->cue) gold_cue += a.text.substr(s.begin, s.size()) + " ";
      std::printf("FN %s cue=[%s]: %s\n", a.name.c_str(), gold_cue.c_str(), Context(a.text, g->content[0]).c_str());
    }
  }
}

int Evaluate(const std::string& dir, size_t limit, const std::string& show) {
  const std::vector<Article> articles = LoadSplit(dir, limit);
  if (articles.empty()) {
    std::fprintf(stderr, "eval_quotes_native: no articles in %s\n", dir.c_str());
    return 2;
  }
  Counts quotes, indirect;
  Document doc;
  size_t bytes = 0;
  double seconds = 0;
  for (const Article& a : articles) {
    const auto start = std::chrono::steady_clock::now();
    Status status = Annotate(a.text, &doc);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += a.text.size();
    if (!status.ok()) {
      std::fprintf(stderr, "%s: %s\n", a.name.c_str(), status.message().c_str());
      continue;
    }
    Score(a, doc, true, show, &quotes);
    Score(a, doc, false, show, &indirect);
  }
  std::printf("%zu articles, first annotator file of each, %.1f MB/s (whole pipeline, native)\n",
              articles.size(), bytes / 1e6 / seconds);
  PrintCounts("quotation", quotes);
  PrintCounts("indirect", indirect);
  return 0;
}

bool IsAuxiliary(const std::string& word) {
  static const char* const kAuxiliaries[] = {
      "also", "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had",
      "has", "have", "is", "may", "might", "must", "n't", "not", "should", "was", "were",
      "will", "would"};
  for (const char* aux : kAuxiliaries) {
    if (word == aux) return true;
  }
  return false;
}

// Writes the cue lexicon: every lower-case ASCII word that heads a gold cue
// at least 3 times in train, with how often it does so.
int DeriveLexicon(const std::string& dir) {
  const std::vector<Article> articles = LoadSplit(dir, SIZE_MAX);
  std::map<std::string, uint32_t> occurrences;
  std::map<std::string, std::pair<uint32_t, uint32_t>> heads;  // cues, of which quoted
  std::vector<Token> tokens;
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  };
  for (const Article& a : articles) {
    Tokenize(a.text, &tokens);
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kWord) ++occurrences[lower(std::string_view(a.text).substr(t.begin, t.end - t.begin))];
    }
    for (const GoldAttribution& g : a.gold) {
      if (g.cue.empty()) continue;
      Span cue = g.cue[0];
      auto it = std::lower_bound(tokens.begin(), tokens.end(), cue.begin,
                                 [](const Token& t, uint32_t b) { return t.begin < b; });
      for (; it != tokens.end() && it->begin < cue.end; ++it) {
        if (it->kind != TokenKind::kWord) continue;
        const std::string word = lower(std::string_view(a.text).substr(it->begin, it->end - it->begin));
        // "has said", "is expected", "repeatedly said": the verb heads.
        if (IsAuxiliary(word) || (word.size() > 4 && word.compare(word.size() - 2, 2, "ly") == 0)) continue;
        auto& head = heads[word];
        ++head.first;
        head.second += g.quoted;
        break;
      }
    }
  }
  std::printf(
      "// Generated by `eval_quotes_native --derive-lexicon %s`\n"
      "// (src/cli/eval_quotes_native_main.cc): for each lower-case word that\n"
      "// heads an attribution cue at least 3 times in PolNeAR train, how often it\n"
      "// does so among its occurrences and how often the content is quoted.\n"
      "// Do not edit by hand.\n"
      "#include \"attribution/cue_lexicon.h\"\n\nnamespace annotator {\n\n"
      "const CueWord kCueWords[] = {\n",
      "/work/shared/data/polnear/data/train");
  size_t count = 0;
  for (const auto& [word, head] : heads) {
    if (head.first < 3 || word.size() > 20 || word.size() < 2) continue;
    bool ascii = true;
    for (char ch : word) ascii &= (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '\'';
    if (!ascii) continue;
    const double rate = static_cast<double>(head.first) / std::max<uint32_t>(occurrences[word], head.first);
    if (rate < 0.05) continue;
    std::printf("    {\"%s\", %d, %d, %u},\n", word.c_str(), static_cast<int>(rate * 255 + 0.5),
                static_cast<int>(255.0 * head.second / head.first + 0.5), std::min<uint32_t>(head.first, 65535));
    ++count;
  }
  std::printf("};\n\nconst size_t kNumCueWords = %zu;\n\n}  // namespace annotator\n", count);
  return 0;
}


// Averaged perceptron weights over `size` features, accumulated lazily.
struct Perceptron {
  explicit Perceptron(int size) : w(size, 0.0), total(size, 0.0), stamp(size, 0) {}
  double Score(const std::vector<uint16_t>& f) const {
    double s = 0;
    for (uint16_t id : f) s += w[id];
    return s;
  }
  void Update(const std::vector<uint16_t>& f, double delta) {
    for (uint16_t id : f) {
      total[id] += w[id] * (step - stamp[id]);
      stamp[id] = step;
      w[id] += delta;
    }
  }
  double Averaged(size_t id) const {
    const double sum = total[id] + w[id] * (step - stamp[id]);
    const double v = step ? sum / step : 0.0;
    return std::abs(v) < 5e-5 ? 0.0 : v;
  }
  std::vector<double> w, total;
  std::vector<long> stamp;
  long step = 0;
};

void PrintWeights(const char* name, const char* size, const Perceptron& p) {
  std::printf("const float %s[%s] = {", name, size);
  for (size_t id = 0; id < p.w.size(); ++id) std::printf("%s%.4g,", id % 8 == 0 ? "\n    " : " ", p.Averaged(id));
  std::printf("\n};\n\n");
}

// Trains the two scorers of attribution_model.h on a split, in a fixed order
// (deterministic):
//  * speaker: for every system quotation that overlaps a gold attribution
//    with a Source, the candidates overlapping that Source are right; a
//    ranking perceptron.
//  * spoken or scare: a quotation from FindQuotations is spoken when it
//    overlaps the Content of a gold quotation; a binary perceptron.
int TrainSpeakerModel(const std::string& dir, int epochs) {
  const std::vector<Article> articles = LoadSplit(dir, SIZE_MAX);
  struct Example {
    std::vector<std::vector<uint16_t>> features;
    std::vector<bool> right;
  };
  std::vector<Example> examples;
  std::vector<std::pair<std::vector<uint16_t>, bool>> quote_examples;
  SpeakerTrace trace;
  SetSpeakerTrace(&trace);
  Document doc;
  size_t quotes = 0, rule_right = 0, reachable = 0, spoken = 0;
  for (const Article& a : articles) {
    trace.items.clear();
    trace.quotes.clear();
    if (!Annotate(a.text, &doc).ok()) continue;
    for (const QuoteTraceItem& item : trace.quotes) {
      bool right = false;
      for (const GoldAttribution& g : a.gold) right |= g.quoted && AnyOverlap(g.content, item.quote);
      spoken += right;
      quote_examples.emplace_back(item.features, right);
    }
    for (const SpeakerTraceItem& item : trace.items) {
      const bool quoted = item.kind != QuoteKind::kIndirect;
      const GoldAttribution* best = nullptr;
      uint32_t best_overlap = 0;
      for (const GoldAttribution& g : a.gold) {
        if (g.quoted != quoted) continue;
        const uint32_t o = OverlapSize(g.content, item.quote);
        if (o > best_overlap) best_overlap = o, best = &g;
      }
      if (best == nullptr || best->source.empty()) continue;
      ++quotes;
      Example e;
      e.features = item.features;
      bool any = false;
      for (size_t i = 0; i < item.candidates.size(); ++i) {
        const bool right = AnyOverlap(best->source, item.candidates[i]);
        e.right.push_back(right);
        any |= right;
      }
      // The first candidate is the rules' choice when they made one.
      if (!e.right.empty() && e.right[0]) ++rule_right;
      if (!any) continue;
      ++reachable;
      examples.push_back(std::move(e));
    }
  }
  SetSpeakerTrace(nullptr);
  Perceptron speaker(kSpeakerFeatureSpace), quote(kQuoteFeatureSpace);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    size_t errors = 0, quote_errors = 0;
    for (const Example& e : examples) {
      ++speaker.step;
      size_t top = 0, top_right = SIZE_MAX;
      double top_score = 0, top_right_score = 0;
      for (size_t i = 0; i < e.features.size(); ++i) {
        const double s = speaker.Score(e.features[i]);
        if (i == 0 || s > top_score) top = i, top_score = s;
        if (e.right[i] && (top_right == SIZE_MAX || s > top_right_score)) top_right = i, top_right_score = s;
      }
      if (e.right[top]) continue;
      ++errors;
      speaker.Update(e.features[top_right], 1.0);
      speaker.Update(e.features[top], -1.0);
    }
    for (const auto& [features, right] : quote_examples) {
      ++quote.step;
      if ((quote.Score(features) > 0) == right) continue;
      ++quote_errors;
      quote.Update(features, right ? 1.0 : -1.0);
    }
    std::fprintf(stderr, "epoch %d: speaker %zu errors of %zu; spoken-or-scare %zu errors of %zu\n", epoch + 1,
                 errors, examples.size(), quote_errors, quote_examples.size());
  }
  std::fprintf(stderr, "%zu quotations with a gold source; rules right %zu; a candidate right %zu; spoken %zu\n",
               quotes, rule_right, reachable, spoken);
  std::printf(
      "// Generated by `eval_quotes_native --train-speaker-model %s --epochs %d`\n"
      "// (src/cli/eval_quotes_native_main.cc): averaged-perceptron weights of the\n"
      "// speaker and spoken-or-scare scorers (attribution_model.h), trained on\n"
      "// PolNeAR train. Do not edit by hand.\n"
      "#include \"attribution/speaker_model.h\"\n\nnamespace annotator {\n\n",
      "/work/shared/data/polnear/data/train", epochs);
  PrintWeights("kSpeakerWeights", "kSpeakerFeatureSpace", speaker);
  PrintWeights("kQuoteWeights", "kQuoteFeatureSpace", quote);
  std::printf("}  // namespace annotator\n");
  return 0;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) {
  size_t limit = SIZE_MAX;
  std::string show, dir;
  bool derive = false, train = false;
  int epochs = 10;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--limit" && i + 1 < argc) {
      limit = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else if (arg == "--derive-lexicon") {
      derive = true;
    } else if (arg == "--train-speaker-model") {
      train = true;
    } else if (arg == "--epochs" && i + 1 < argc) {
      epochs = std::atoi(argv[++i]);
    } else if (dir.empty() && arg[0] != '-') {
      dir = arg;
    } else {
      dir.clear();
      break;
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr,
                 "usage: eval_quotes_native [--limit N] [--show fp|fn|speaker|ind-fp|ind-fn|ind-speaker] DIR\n"
                 "       eval_quotes_native --derive-lexicon TRAIN_DIR\n"
                 "       eval_quotes_native --train-speaker-model [--epochs N] TRAIN_DIR\n");
    return 2;
  }
  if (train) return annotator::TrainSpeakerModel(dir, epochs);
  return derive ? annotator::DeriveLexicon(dir) : annotator::Evaluate(dir, limit, show);
}
