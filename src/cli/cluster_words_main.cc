// cluster_words: word classes for the recognizer from unlabeled text.
//
//   cluster_words --out clusters.tsv [--classes 1000,64] [--min-count 3]
//                 [--passes 12] [--text FILE]... [--conll FILE]... [--conllu FILE]...
//
// --text files are tokenized and split into sentences by the runtime's own
// tokenizer and segmenter; --conll files give a word in the first column and
// a blank line between sentences; --conllu files the FORM column. Words are
// grouped by their lower-case form (digits as 0), the recognizer's key. Writes
// one line per word that occurs at least --min-count times, most frequent
// first: the word, its count, then its class for each --classes size.
//
//   cluster_words --hash-embedding-classes classes.tsv --out glove-classes.bin
//
// turns the embedding classes of build-scripts/ner-lexicons/make-glove-classes.mjs
// (word, then its nested classes from the coarsest) into the table the trainer
// reads (train_ner --embedding-table): words become their recognizer keys, so
// the committed table holds no text. Format: "AAEMBCL1", u32 count, then per
// word in the file's order a u32 key (FoldKey of LowerFormHash) and the u16
// finest class, little-endian.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cli/file_util.h"
#include "document.h"
#include "ner/exchange_clustering.h"
#include "ner/features.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {
namespace {

// The corpus as a sequence of word keys, 0 between sentences.
class Corpus {
 public:
  void AddWord(std::string_view word) {
    const uint64_t key = ner::LowerFormHash(word) | 1;  // never the boundary
    auto [entry, added] = words_.try_emplace(key, Word{std::string(word), 0});
    ++entry->second.count;
    text_.push_back(key);
  }
  void EndSentence() {
    if (!text_.empty() && text_.back() != kBoundary) text_.push_back(kBoundary);
  }

  void AddText(const std::string& contents) {
    if (!ValidateUtf8(contents).ok()) return;
    Document doc;
    doc.text = contents;
    Tokenize(contents, &doc.tokens);
    Segment(&doc);
    size_t s = 0;
    for (const Token& token : doc.tokens) {
      while (s < doc.sentences.size() && doc.sentences[s].end <= token.begin) {
        ++s;
        EndSentence();
      }
      AddWord(doc.Text(Span{token.begin, token.end}));
    }
    EndSentence();
  }

  // `column` 0: first whitespace-separated field; 1: CoNLL-U FORM.
  void AddColumns(const std::string& contents, int column) {
    for (std::string_view line : SplitLines(contents)) {
      if (line.empty()) {
        EndSentence();
        continue;
      }
      if (column == 0) {
        std::string_view word = line.substr(0, line.find_first_of(" \t"));
        if (word != "-DOCSTART-") AddWord(word);
        continue;
      }
      if (line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string_view id = line.substr(0, tab);
      if (id.find_first_of("-.") != std::string_view::npos) continue;  // multiword or empty node
      std::string_view rest = line.substr(tab + 1);
      AddWord(rest.substr(0, rest.find('\t')));
    }
    EndSentence();
  }

  // Word ids by falling frequency (ties by spelling); rare words share one id.
  ner::ClusteringInput Ids(int min_count, std::vector<std::pair<std::string, int>>* vocabulary) const {
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [key, word] : words_) {
      if (word.count >= min_count) order.emplace_back(-word.count, word.spelling);
    }
    std::sort(order.begin(), order.end());
    std::unordered_map<uint64_t, int32_t> id_of;
    for (const auto& [minus_count, spelling] : order) {
      id_of[ner::LowerFormHash(spelling) | 1] = static_cast<int32_t>(vocabulary->size());
      vocabulary->emplace_back(spelling, -minus_count);
    }
    const int32_t boundary = static_cast<int32_t>(vocabulary->size());
    const int32_t rare = boundary + 1;
    ner::ClusteringInput input;
    input.num_words = rare + 1;
    for (uint64_t key : text_) {
      if (key == kBoundary) {
        input.text.push_back(boundary);
        continue;
      }
      auto found = id_of.find(key);
      input.text.push_back(found == id_of.end() ? rare : found->second);
    }
    return input;
  }

  size_t size() const { return text_.size(); }

 private:
  static constexpr uint64_t kBoundary = 0;
  struct Word {
    std::string spelling;  // as first seen
    int count;
  };
  std::unordered_map<uint64_t, Word> words_;
  std::vector<uint64_t> text_;
};

int Usage() {
  std::fprintf(stderr,
               "usage: cluster_words --out FILE [--classes 1000,64] [--min-count 3] [--passes 12]\n"
               "  [--text FILE]... [--conll FILE]... [--conllu FILE]...\n"
               "   or: cluster_words --hash-embedding-classes CLASSES.tsv --out TABLE.bin\n");
  return 2;
}

// The --hash-embedding-classes mode (see the top of this file).
int HashEmbeddingClasses(const std::string& in_path, const std::string& out_path) {
  std::string contents;
  if (!ReadWholeFile(in_path, &contents)) {
    std::fprintf(stderr, "cannot read %s\n", in_path.c_str());
    return 1;
  }
  std::string table = "AAEMBCL1";
  auto put = [&table](uint32_t value, int bytes) {
    for (int k = 0; k < bytes; ++k) table.push_back(static_cast<char>(value >> (8 * k)));
  };
  const std::vector<std::string_view> lines = SplitLines(contents);
  put(static_cast<uint32_t>(lines.size()), 4);
  for (std::string_view view : lines) {
    const std::string line(view);
    const size_t tab = line.find('\t');
    int level[ner::kNumEmbeddingLevels];
    bool ok = tab != std::string::npos &&
              std::sscanf(line.c_str() + tab, "%d %d %d %d", &level[0], &level[1], &level[2], &level[3]) == 4;
    const int finest = ok ? level[ner::kNumEmbeddingLevels - 1] : -1;
    ok = ok && finest >= 0 && finest < ner::kMaxEmbeddingClasses;
    for (int l = 0; ok && l < ner::kNumEmbeddingLevels; ++l) ok = level[l] == finest >> ner::kEmbeddingLevelShift[l];
    if (!ok) {
      std::fprintf(stderr, "%s: bad line \"%s\" (want a word and %d nested classes < %d)\n", in_path.c_str(),
                   line.c_str(), ner::kNumEmbeddingLevels, ner::kMaxEmbeddingClasses);
      return 1;
    }
    put(ner::FoldKey(ner::LowerFormHash(line.substr(0, tab))), 4);
    put(static_cast<uint32_t>(finest), 2);
  }
  FILE* out = std::fopen(out_path.c_str(), "wb");
  if (!out || std::fwrite(table.data(), 1, table.size(), out) != table.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "%s: %zu words\n", out_path.c_str(), lines.size());
  return 0;
}

int Run(int argc, char** argv) {
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  std::string out_path, embedding_classes;
  std::vector<int> class_counts = {1000, 64};
  int min_count = 3, passes = 12;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--hash-embedding-classes") embedding_classes = argv[i + 1];
    if (std::string(argv[i]) == "--out") out_path = argv[i + 1];
  }
  if (!embedding_classes.empty()) return out_path.empty() ? Usage() : HashEmbeddingClasses(embedding_classes, out_path);
  Corpus corpus;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    std::string contents;
    const bool is_file = flag == "--text" || flag == "--conll" || flag == "--conllu";
    if (is_file && !ReadWholeFile(value, &contents)) {
      std::fprintf(stderr, "cannot read %s\n", value.c_str());
      return 1;
    }
    if (flag == "--out")
      out_path = value;
    else if (flag == "--min-count")
      min_count = std::atoi(value.c_str());
    else if (flag == "--passes")
      passes = std::atoi(value.c_str());
    else if (flag == "--classes") {
      class_counts.clear();
      for (size_t at = 0; at < value.size();) {
        size_t comma = value.find(',', at);
        if (comma == std::string::npos) comma = value.size();
        class_counts.push_back(std::atoi(value.substr(at, comma - at).c_str()));
        at = comma + 1;
      }
    } else if (flag == "--text")
      corpus.AddText(contents);
    else if (flag == "--conll")
      corpus.AddColumns(contents, 0);
    else if (flag == "--conllu")
      corpus.AddColumns(contents, 1);
    else
      return Usage();
  }
  if (out_path.empty() || corpus.size() == 0 || class_counts.empty()) return Usage();
  // The recognizer stores a fine and a coarse class in 16 bits (ner/word_classes.h).
  const int kLimits[] = {ner::kMaxFineClasses, ner::kMaxCoarseClasses};
  for (size_t k = 0; k < class_counts.size(); ++k) {
    const int limit = k < 2 ? kLimits[k] : 1 << 30;
    if (class_counts[k] < 1 || class_counts[k] > limit) {
      std::fprintf(stderr, "--classes: class count %zu must be 1 to %d\n", k + 1, limit);
      return 2;
    }
  }

  std::vector<std::pair<std::string, int>> vocabulary;
  const ner::ClusteringInput input = corpus.Ids(min_count, &vocabulary);
  std::fprintf(stderr, "%zu tokens, %zu words occur at least %d times\n", corpus.size(), vocabulary.size(), min_count);
  std::vector<std::vector<int32_t>> classes;
  for (int count : class_counts) {
    classes.push_back(ner::ExchangeClustering(input, count, passes));
    std::fprintf(stderr, "%d classes  [%.1fs]\n", count, seconds());
  }
  FILE* out = std::fopen(out_path.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", out_path.c_str());
    return 1;
  }
  for (size_t w = 0; w < vocabulary.size(); ++w) {
    std::fprintf(out, "%s\t%d", vocabulary[w].first.c_str(), vocabulary[w].second);
    for (const std::vector<int32_t>& c : classes) std::fprintf(out, "\t%d", c[w]);
    std::fputc('\n', out);
  }
  return std::fclose(out) == 0 ? 0 : 1;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) { return annotator::Run(argc, argv); }
