#include "ner/train/scoring.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace annotator {
namespace ner {

void Scores::Add(std::vector<GoldEntity> gold, std::vector<GoldEntity> predicted) {
  std::sort(gold.begin(), gold.end());
  std::sort(predicted.begin(), predicted.end());
  for (const GoldEntity& e : gold) ++types[e.type].gold;
  for (const GoldEntity& e : predicted) ++types[e.type].predicted;
  std::vector<GoldEntity> both;
  std::set_intersection(gold.begin(), gold.end(), predicted.begin(), predicted.end(), std::back_inserter(both));
  for (const GoldEntity& e : both) ++types[e.type].correct;
  total.gold += gold.size();
  total.predicted += predicted.size();
  total.correct += both.size();
}

double Scores::F1(const TypeCounts& c) {
  double p = c.predicted ? 100.0 * c.correct / c.predicted : 0;
  double r = c.gold ? 100.0 * c.correct / c.gold : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void Scores::Print(std::FILE* out, const char* title) const {
  static const char* const kNames[] = {"PER", "ORG", "LOC", "MISC"};
  std::fprintf(out, "%s\n", title);
  auto line = [out](const char* name, const TypeCounts& c) {
    double p = c.predicted ? 100.0 * c.correct / c.predicted : 0;
    double r = c.gold ? 100.0 * c.correct / c.gold : 0;
    std::fprintf(out, "  %-8s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %lld, found %lld)\n", name, p, r, F1(c),
                 static_cast<long long>(c.gold), static_cast<long long>(c.predicted));
  };
  for (int t = 0; t < kNumNameTypes; ++t) line(kNames[t], types[t]);
  line("overall", total);
}

std::vector<GoldEntity> EntitiesOfTags(const uint8_t* tags, int offset, int n) {
  std::vector<GoldEntity> out;
  ForEachTaggedRun(tags, n, [&](int first, int end, int type) { out.push_back({offset + first, offset + end, type}); });
  return out;
}

Scores EvaluateFloat(const std::vector<CorpusDocument>& docs, const Gazetteer& gazetteer, const WordClasses* classes,
                     const FeatureTable& table, const Weights& weights) {
  Scores scores;
  FeatureExtractor extractor(&gazetteer, classes);
  SentenceBuffers b;
  for (const CorpusDocument& d : docs) {
    extractor.BeginDocument(d.doc);
    std::vector<GoldEntity> predicted;
    for (const auto& s : extractor.sentences()) {
      TagSentence(extractor, s.first, s.second, table, weights, &b);
      extractor.RecordTags(s.first, s.second, b.tags.data());
      std::vector<GoldEntity> found = EntitiesOfTags(b.tags.data(), s.first, s.second - s.first);
      predicted.insert(predicted.end(), found.begin(), found.end());
    }
    scores.Add(d.entities, predicted);
  }
  return scores;
}

Scores EvaluateRecognizer(const std::vector<CorpusDocument>& docs, const Recognizer& recognizer) {
  Scores scores;
  std::vector<Mention> mentions;
  for (const CorpusDocument& d : docs) {
    mentions.clear();
    recognizer.Recognize(d.doc, &mentions);
    std::map<uint32_t, int> token_of_begin, token_of_end;
    for (size_t i = 0; i < d.doc.tokens.size(); ++i) {
      token_of_begin[d.doc.tokens[i].begin] = static_cast<int>(i);
      token_of_end[d.doc.tokens[i].end] = static_cast<int>(i) + 1;
    }
    std::vector<GoldEntity> predicted;
    for (const Mention& m : mentions) {
      predicted.push_back({token_of_begin.at(m.span.begin), token_of_end.at(m.span.end), static_cast<int>(m.type)});
    }
    scores.Add(d.entities, predicted);
  }
  return scores;
}

}  // namespace ner
}  // namespace annotator
