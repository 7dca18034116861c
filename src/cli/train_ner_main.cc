// train_ner: trains the named-entity recognizer's averaged perceptron on
// CoNLL-2003 eng.train, picks the epoch on eng.testa (dev), quantises and
// prunes the weights and writes models/ner.model. Deterministic: the same
// inputs give the same model bytes.
//
//   train_ner --train eng.train --dev eng.testa --cities world-cities.csv
//             --companies sp500-constituents.csv --out models/ner.model

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "cli/file_util.h"
#include "document.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/hash.h"
#include "ner/model.h"
#include "ner/recognizer.h"
#include "ner/tags.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

using ner::kNumTags;

// ---------------------------------------------------------------- corpus

struct GoldEntity {
  int begin, end, type;  // token range
  bool operator<(const GoldEntity& o) const {
    return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type);
  }
  bool operator==(const GoldEntity& o) const {
    return begin == o.begin && end == o.end && type == o.type;
  }
};

// One CoNLL article as the runtime would see it: tokens joined by spaces,
// sentences by newlines.
struct CorpusDocument {
  std::string text;
  Document doc;
  std::vector<uint8_t> gold;  // BILOU tag per token
  std::vector<GoldEntity> entities;
  void Rebind() { doc.text = text; }
};

int TypeOfConllLabel(const std::string& label) {
  std::string type = label.substr(2);
  if (type == "PER" || type == "person") return 0;
  if (type == "ORG" || type == "corporation" || type == "group") return 1;
  if (type == "LOC" || type == "location") return 2;
  return 3;  // MISC, product, creative-work
}

TokenKind KindOfConllToken(const std::string& word) {
  unsigned char c = word[0];
  if (std::isalpha(c) || c >= 0x80) return TokenKind::kWord;
  if (std::isdigit(c)) return TokenKind::kNumber;
  if (c == '"' || c == '`' || (c == '\'' && word.size() <= 2 && (word.size() == 1 || word[1] == '\'')))
    return TokenKind::kQuote;
  if (std::ispunct(c)) return TokenKind::kPunct;
  return TokenKind::kOther;
}

// How a corpus sentence becomes text: words joined by spaces (as the
// evaluation lays CoNLL out), or spaced as people write ("Germany's",
// "(D-Mo.)", "said: \"We"), so the tagger also learns from the punctuation
// of real articles.
enum class Layout { kSpaced, kNatural };

bool AttachesLeft(const std::string& word) {
  static const char* const kWords[] = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S",
                                       "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'", "..."};
  for (const char* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool AttachesRight(const std::string& word) { return word == "(" || word == "[" || word == "{" || word == "$"; }

// Adds a sentence of (word, label) pairs; `iob1` selects CoNLL-2003's IOB1
// (I- starts an entity unless it continues one of the same type) versus IOB2.
void AddSentence(const std::vector<std::pair<std::string, std::string>>& words, bool iob1, Layout layout,
                 CorpusDocument* d) {
  if (words.empty()) return;
  if (!d->text.empty()) d->text += '\n';
  uint32_t sentence_begin = static_cast<uint32_t>(d->text.size());
  int first_token = static_cast<int>(d->doc.tokens.size());
  int open_type = -1, open_begin = 0;
  auto close = [&](int end) {
    if (open_type >= 0) d->entities.push_back({open_begin, end, open_type});
    open_type = -1;
  };
  bool quote_open = false;  // natural layout: the next '"' closes a quotation
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& word = words[k].first;
    const std::string& label = words[k].second;
    bool space = k > 0;
    if (layout == Layout::kNatural && k > 0) {
      const std::string& previous = words[k - 1].first;
      if (word == "\"") space = !quote_open;
      else if (AttachesLeft(word) || AttachesRight(previous) || (previous == "\"" && quote_open)) space = false;
      if (word == "\"") quote_open = !quote_open;
    } else if (layout == Layout::kNatural && word == "\"") {
      quote_open = true;
    }
    if (space) d->text += ' ';
    Token token;
    token.begin = static_cast<uint32_t>(d->text.size());
    d->text += word;
    token.end = static_cast<uint32_t>(d->text.size());
    token.kind = KindOfConllToken(word);
    token.flags = WordShapeFlags(word);
    if (k > 0) token.flags |= kSpaceBefore;
    int index = static_cast<int>(d->doc.tokens.size());
    if (k == 0 && index > 0) token.flags |= kNewlineBefore;
    d->doc.tokens.push_back(token);
    if (label == "O" || label.size() < 3) {
      close(index);
      continue;
    }
    int type = TypeOfConllLabel(label);
    bool starts = label[0] == 'B' || open_type != type || (!iob1 && label[0] != 'I');
    if (starts) {
      close(index);
      open_type = type;
      open_begin = index;
    }
  }
  close(static_cast<int>(d->doc.tokens.size()));
  (void)first_token;
  d->doc.sentences.push_back(Span{sentence_begin, static_cast<uint32_t>(d->text.size())});
}

void FillGoldTags(CorpusDocument* d) {
  d->gold.assign(d->doc.tokens.size(), ner::kOutsideTag);
  for (const GoldEntity& e : d->entities) {
    if (e.end - e.begin == 1) {
      d->gold[e.begin] = ner::MakeTag(e.type, ner::kUnit);
      continue;
    }
    d->gold[e.begin] = ner::MakeTag(e.type, ner::kBegin);
    for (int i = e.begin + 1; i < e.end - 1; ++i) d->gold[i] = ner::MakeTag(e.type, ner::kInside);
    d->gold[e.end - 1] = ner::MakeTag(e.type, ner::kLast);
  }
}

// Reads CoNLL-2003 (word POS chunk NE; -DOCSTART- between articles) or
// WNUT-17 (word<TAB>label; no document marks: every `wnut_doc_size` sentences
// make a pseudo-document).
std::vector<CorpusDocument> ReadConll(const std::string& path, bool iob1, int wnut_doc_size,
                                      Layout layout = Layout::kSpaced) {
  std::string contents;
  if (!ReadWholeFile(path, &contents)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::vector<CorpusDocument> docs(1);
  std::vector<std::pair<std::string, std::string>> sentence;
  int sentences_in_doc = 0;
  auto flush = [&] {
    if (sentence.empty()) return;
    AddSentence(sentence, iob1, layout, &docs.back());
    sentence.clear();
    if (wnut_doc_size > 0 && ++sentences_in_doc == wnut_doc_size) {
      docs.emplace_back();
      sentences_in_doc = 0;
    }
  };
  for (std::string_view line : SplitLines(contents)) {
    if (line.empty()) {
      flush();
      continue;
    }
    size_t first_space = line.find_first_of(" \t");
    size_t last_space = line.find_last_of(" \t");
    if (first_space == std::string::npos) continue;
    std::string word(line.substr(0, first_space));
    std::string label(line.substr(last_space + 1));
    if (word == "-DOCSTART-") {
      flush();
      if (!docs.back().doc.tokens.empty()) docs.emplace_back();
      continue;
    }
    sentence.emplace_back(word, label);
  }
  flush();
  if (docs.back().doc.tokens.empty()) docs.pop_back();
  for (CorpusDocument& d : docs) {
    d.Rebind();
    FillGoldTags(&d);
  }
  return docs;
}

// Re-reads `d` as the runtime does: our tokenizer and segmenter on the
// laid-out text, gold entities moved onto those tokens by character offsets.
// An entity whose edges fall inside one of our tokens cannot be found at run
// time; it is widened to the tokens it touches, or dropped when it has no
// token of its own (both counted in `*unaligned`). An entity our segmenter
// cuts in two is counted in `*split` and kept: its per-sentence tags are then
// not well-formed BILOU, which the decoder cannot produce. An entity holding
// a token no name may hold is cut short before it, or dropped when that is
// its first token (counted in `*cut`; null `cut`: names are kept whole, as
// for dev, which is scored as CoNLL wrote it).
void RetokenizeAsRuntime(CorpusDocument* d, int* unaligned, int* split, int* cut) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // gold entities as byte spans
  for (const GoldEntity& e : d->entities) spans.emplace_back(d->doc.tokens[e.begin].begin, d->doc.tokens[e.end - 1].end);
  std::vector<GoldEntity> old_entities = std::move(d->entities);
  d->Rebind();
  d->doc.sentences.clear();
  d->doc.paragraphs.clear();
  Tokenize(d->text, &d->doc.tokens);
  Segment(&d->doc);
  d->entities.clear();
  const std::vector<Token>& tokens = d->doc.tokens;
  for (size_t k = 0; k < spans.size(); ++k) {
    auto first = std::partition_point(tokens.begin(), tokens.end(),
                                      [&](const Token& t) { return t.end <= spans[k].first; });
    auto last = std::partition_point(tokens.begin(), tokens.end(),
                                     [&](const Token& t) { return t.begin < spans[k].second; });
    if (first >= last) {
      ++*unaligned;  // no token left for it
      continue;
    }
    if (first->begin != spans[k].first || (last - 1)->end != spans[k].second) ++*unaligned;
    int begin = static_cast<int>(first - tokens.begin()), end = static_cast<int>(last - tokens.begin());
    // A name stops before a token no name may hold (ner::CanBeInName), as at
    // run time: "Mladost ( BJ )" is "Mladost", "Bodman , Longely" "Bodman".
    for (int k = begin; cut != nullptr && k < end; ++k) {
      if (!ner::CanBeInName(d->doc, static_cast<size_t>(k))) end = k;
    }
    if (end == begin) {
      ++*cut;
      continue;
    }
    if (end != static_cast<int>(last - tokens.begin())) ++*cut;
    if (!d->entities.empty() && d->entities.back().end > begin) {
      ++*unaligned;  // two entities in one token: the first keeps it
      continue;
    }
    d->entities.push_back({begin, end, old_entities[k].type});
    for (const Span& sentence : d->doc.sentences) {
      if (sentence.begin > tokens[begin].begin && sentence.begin < tokens[end - 1].end) ++*split;
    }
  }
  FillGoldTags(d);
}

// A copy of `source` in capitals (headlines) or lower case (social media):
// same tokens and offsets, only the ASCII letters change case.
CorpusDocument CaseCopy(const CorpusDocument& source, bool upper) {
  CorpusDocument copy = source;
  for (char& c : copy.text) {
    c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  }
  copy.Rebind();
  for (Token& token : copy.doc.tokens) {
    uint16_t kept = token.flags & (kSpaceBefore | kNewlineBefore | kParagraphStart);
    token.flags = kept | WordShapeFlags(copy.doc.Text(Span{token.begin, token.end}));
  }
  return copy;
}

// A copy of `source` whose first sentence of 4 to 25 words with lower-case
// words, among the first ner::kHeadlineZone, is in title case ("The European
// Commission Said on Thursday It Disagreed…"), as headlines on the web often
// are; CoNLL's own headlines are in capitals. Same tokens and offsets.
CorpusDocument TitleCaseCopy(const CorpusDocument& source) {
  CorpusDocument copy = source;
  copy.Rebind();
  std::vector<Token>& tokens = copy.doc.tokens;
  for (size_t s = 0; s < copy.doc.sentences.size() && s < ner::kHeadlineZone; ++s) {
    const Span sentence = copy.doc.sentences[s];
    std::vector<size_t> lower_words;
    size_t words = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].begin < sentence.begin || tokens[i].end > sentence.end || tokens[i].kind != TokenKind::kWord) continue;
      ++words;
      const bool first = tokens[i].begin == sentence.begin;
      const unsigned char c = static_cast<unsigned char>(copy.text[tokens[i].begin]);
      const std::string_view word = copy.doc.Text(Span{tokens[i].begin, tokens[i].end});
      if (c >= 'a' && c <= 'z' && (first || !ner::IsTitleSmallWord(ner::LowerFormHash(word)))) lower_words.push_back(i);
    }
    if (words < 4 || words > 25 || lower_words.empty()) continue;
    for (size_t i : lower_words) {
      copy.text[tokens[i].begin] = static_cast<char>(std::toupper(static_cast<unsigned char>(copy.text[tokens[i].begin])));
    }
    copy.Rebind();
    for (size_t i : lower_words) {
      const uint16_t kept = tokens[i].flags & (kSpaceBefore | kNewlineBefore | kParagraphStart);
      tokens[i].flags = kept | WordShapeFlags(copy.doc.Text(Span{tokens[i].begin, tokens[i].end}));
    }
    break;
  }
  return copy;
}

// ---------------------------------------------------------------- gazetteer

std::vector<std::string> ParseCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

struct GazetteerBuilder {
  std::map<uint32_t, uint8_t> entries;
  int skipped = 0;

  void Add(const std::string& phrase, uint8_t type) {
    // Split like the tokenizer would: on spaces, with brackets and commas apart.
    std::vector<std::string> tokens;
    std::string current;
    for (char c : phrase) {
      if (c == ' ' || c == '(' || c == ')' || c == ',') {
        if (!current.empty()) tokens.push_back(current);
        current.clear();
        if (c != ' ') tokens.emplace_back(1, c);
      } else {
        current += c;
      }
    }
    if (!current.empty()) tokens.push_back(current);
    if (tokens.empty() || tokens.size() > static_cast<size_t>(ner::kMaxGazetteerTokens)) {
      ++skipped;
      return;
    }
    uint64_t hash = ner::kEmptyPhraseHash;
    for (const std::string& token : tokens) hash = ner::ExtendPhraseHash(hash, ner::LowerFormHash(token));
    entries[ner::FoldKey(hash)] |= type;
  }
};

std::string StripCompanySuffix(std::string name) {
  static const char* const kSuffixes[] = {" (Class A)", " (Class B)", " (Class C)", ", Inc.", " Inc.",
                                          " Incorporated", " Corporation", " Corp.", " Company",
                                          " Co.", " plc", " PLC", " Ltd.", " Holdings", " Group",
                                          " & Co."};
  for (bool changed = true; changed;) {
    changed = false;
    for (const char* suffix : kSuffixes) {
      size_t n = std::strlen(suffix);
      if (name.size() > n && name.compare(name.size() - n, n, suffix) == 0) {
        name.resize(name.size() - n);
        changed = true;
      }
    }
  }
  return name;
}

// The gazetteer type bit named by a --lexicon option ("demonym=path").
uint8_t LexiconType(const std::string& name) {
  static const std::pair<const char*, uint8_t> kTypes[] = {
      {"place", ner::kGazetteerLocation},     {"company", ner::kGazetteerOrg},
      {"country", ner::kGazetteerCountry},    {"demonym", ner::kGazetteerDemonym},
      {"first-name", ner::kGazetteerFirstName}, {"person-name", ner::kGazetteerPersonName},
      {"org-word", ner::kGazetteerOrgWord},   {"organisation", ner::kGazetteerKnownOrganisation}};
  for (const auto& type : kTypes) {
    if (name == type.first) return type.second;
  }
  std::fprintf(stderr, "unknown lexicon type %s\n", name.c_str());
  std::exit(2);
}

// Adds a list of one phrase a line ('#' starts a comment line) as `type`.
void AddLexicon(const std::string& spec, GazetteerBuilder* builder) {
  size_t equals = spec.find('=');
  if (equals == std::string::npos) {
    std::fprintf(stderr, "--lexicon wants TYPE=PATH, got %s\n", spec.c_str());
    std::exit(2);
  }
  uint8_t type = LexiconType(spec.substr(0, equals));
  std::string contents;
  if (!ReadWholeFile(spec.substr(equals + 1), &contents)) {
    std::fprintf(stderr, "cannot read %s\n", spec.c_str() + equals + 1);
    std::exit(1);
  }
  int added = 0;
  for (std::string_view line : SplitLines(contents)) {
    if (line.empty() || line[0] == '#') continue;
    builder->Add(std::string(line), type);
    ++added;
  }
  std::fprintf(stderr, "lexicon %s: %d phrases\n", spec.c_str(), added);
}

void BuildGazetteer(const std::string& cities_path, const std::string& companies_path,
                    const std::vector<std::string>& lexicons, ner::NerModel* model) {
  GazetteerBuilder builder;
  for (const std::string& spec : lexicons) AddLexicon(spec, &builder);
  std::string contents;
  if (!cities_path.empty() && ReadWholeFile(cities_path, &contents)) {
    const std::vector<std::string_view> lines = SplitLines(contents);
    for (size_t row = 1; row < lines.size(); ++row) {  // after the header
      std::vector<std::string> f = ParseCsvLine(std::string(lines[row]));
      for (int k = 0; k < 3 && k < static_cast<int>(f.size()); ++k) {
        if (!f[k].empty()) builder.Add(f[k], ner::kGazetteerLocation);
      }
    }
  }
  if (!companies_path.empty() && ReadWholeFile(companies_path, &contents)) {
    const std::vector<std::string_view> lines = SplitLines(contents);
    for (size_t row = 1; row < lines.size(); ++row) {  // after the header
      std::vector<std::string> f = ParseCsvLine(std::string(lines[row]));
      if (f.size() < 5) continue;
      builder.Add(f[1], ner::kGazetteerOrg);
      builder.Add(StripCompanySuffix(f[1]), ner::kGazetteerOrg);
      // "Saint Paul, Minnesota": both parts are places.
      std::vector<std::string> parts = ParseCsvLine(f[4]);
      for (std::string& part : parts) {
        while (!part.empty() && part[0] == ' ') part.erase(0, 1);
        if (!part.empty()) builder.Add(part, ner::kGazetteerLocation);
      }
    }
  }
  model->gazetteer_keys.clear();
  model->gazetteer_types.clear();
  for (const auto& entry : builder.entries) {
    model->gazetteer_keys.push_back(entry.first);
    model->gazetteer_types.push_back(entry.second);
  }
  std::fprintf(stderr, "gazetteer: %zu phrases (%d longer than %d tokens skipped)\n",
               builder.entries.size(), builder.skipped, ner::kMaxGazetteerTokens);
}

// Word classes written by cluster_words (word, count, fine class, coarse
// class per line, most frequent first) into the model; a later word whose
// key collides with an earlier one is left out.
void ReadWordClasses(const std::string& path, ner::NerModel* model) {
  if (path.empty()) return;
  std::string contents;
  if (!ReadWholeFile(path, &contents)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::map<uint32_t, uint16_t> classes;
  for (std::string_view view : SplitLines(contents)) {
    const std::string line(view);
    const size_t tab = line.find('\t');
    int count = 0, fine = -1, coarse = -1;
    if (tab == std::string::npos || std::sscanf(line.c_str() + tab, "%d %d %d", &count, &fine, &coarse) != 3 ||
        fine < 0 || fine >= ner::kMaxFineClasses || coarse < 0 || coarse >= ner::kMaxCoarseClasses) {
      std::fprintf(stderr, "%s: bad line \"%s\" (want word, count, class < %d, class < %d)\n", path.c_str(),
                   line.c_str(), ner::kMaxFineClasses, ner::kMaxCoarseClasses);
      std::exit(1);
    }
    classes.emplace(ner::FoldKey(ner::LowerFormHash(line.substr(0, tab))), ner::PackWordClass(fine, coarse));
  }
  for (const auto& [key, packed] : classes) {
    model->word_keys.push_back(key);
    model->word_classes.push_back(packed);
  }
  std::fprintf(stderr, "word classes: %zu words\n", classes.size());
}

// Embedding classes from the table build-scripts/ner-lexicons/glove-classes.bin
// (cluster_words --hash-embedding-classes writes it: magic "AAEMBCL1", u32
// count, then per word, most frequent first, its u32 key, FoldKey of
// LowerFormHash, and u16 finest class) into the model, keyed by `key_bits`-bit
// keys; a later word whose key collides with an earlier one is left out.
void ReadEmbeddingTable(const std::string& path, int key_bits, ner::NerModel* model) {
  if (path.empty()) return;
  std::string contents;
  const auto* p = reinterpret_cast<const unsigned char*>(contents.data());
  auto u32 = [&](size_t at) { return p[at] | p[at + 1] << 8 | p[at + 2] << 16 | static_cast<uint32_t>(p[at + 3]) << 24; };
  bool ok = ReadWholeFile(path, &contents) && contents.size() >= 12 && contents.compare(0, 8, "AAEMBCL1") == 0;
  p = reinterpret_cast<const unsigned char*>(contents.data());
  const size_t count = ok ? u32(8) : 0;
  ok = ok && contents.size() == 12 + count * 6;
  if (!ok || key_bits < 16 || key_bits > 32) {
    std::fprintf(stderr, "%s: not an embedding-class table (or --embedding-key-bits outside 16..32)\n", path.c_str());
    std::exit(1);
  }
  std::map<uint32_t, uint16_t> classes;
  size_t collisions = 0;
  for (size_t i = 0; i < count; ++i) {
    const size_t at = 12 + i * 6;
    const uint16_t finest = static_cast<uint16_t>(p[at + 4] | p[at + 5] << 8);
    if (finest >= ner::kMaxEmbeddingClasses) {
      std::fprintf(stderr, "%s: class %u out of range\n", path.c_str(), finest);
      std::exit(1);
    }
    collisions += !classes.emplace(ner::TruncateKey(u32(at), key_bits), finest).second;
  }
  model->embedding_key_bits = key_bits;
  for (const auto& [key, finest] : classes) {
    model->embedding_keys.push_back(key);
    model->embedding_classes.push_back(finest);
  }
  std::fprintf(stderr, "embedding classes: %zu words (%zu left out: same %d-bit key as a more frequent word)\n",
               classes.size(), collisions, key_bits);
}

// ---------------------------------------------------------------- weights

// Open addressing from 64-bit feature hashes to rows of kNumTags weights.
class FeatureTable {
 public:
  explicit FeatureTable(size_t capacity_hint) {
    size_t capacity = 1024;
    while (capacity < 2 * capacity_hint) capacity <<= 1;
    keys_.assign(capacity, 0);
    rows_.assign(capacity, -1);
    mask_ = capacity - 1;
  }
  int32_t Find(uint64_t key) const {
    for (size_t at = ner::Mix64(key) & mask_;; at = (at + 1) & mask_) {
      if (rows_[at] < 0) return -1;
      if (keys_[at] == key) return rows_[at];
    }
  }
  int32_t Insert(uint64_t key) {
    size_t at = ner::Mix64(key) & mask_;
    for (;; at = (at + 1) & mask_) {
      if (rows_[at] < 0) break;
      if (keys_[at] == key) return rows_[at];
    }
    if (2 * (size_ + 1) > keys_.size()) {
      Grow();
      return Insert(key);
    }
    keys_[at] = key;
    rows_[at] = static_cast<int32_t>(size_);
    order_.push_back(key);
    return static_cast<int32_t>(size_++);
  }
  size_t size() const { return size_; }
  const std::vector<uint64_t>& keys_in_order() const { return order_; }

 private:
  void Grow() {
    std::vector<uint64_t> order = order_;
    FeatureTable bigger(keys_.size());
    for (uint64_t key : order) bigger.Insert(key);
    *this = std::move(bigger);
  }
  std::vector<uint64_t> keys_;
  std::vector<int32_t> rows_;
  std::vector<uint64_t> order_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

struct Weights {
  std::vector<float> emission;     // row * kNumTags + tag
  std::vector<float> transitions;  // kTransitionTableSize
};

// Averaged perceptron state: w, and the running sum of c * update, so that
// the average is w - sum / c (Daumé's trick).
struct Perceptron {
  Weights current;
  std::vector<double> emission_sum;
  std::vector<double> transition_sum;
  double step = 1;

  explicit Perceptron(size_t rows) {
    current.emission.assign(rows * kNumTags, 0);
    emission_sum.assign(rows * kNumTags, 0);
    current.transitions.assign(ner::kTransitionTableSize, 0);
    transition_sum.assign(ner::kTransitionTableSize, 0);
  }
  void UpdateEmission(int32_t row, int tag, float delta) {
    size_t at = static_cast<size_t>(row) * kNumTags + tag;
    current.emission[at] += delta;
    emission_sum[at] += step * delta;
  }
  void UpdateTransition(int index, float delta) {
    current.transitions[index] += delta;
    transition_sum[index] += step * delta;
  }
  Weights Averaged() const {
    Weights avg = current;
    for (size_t i = 0; i < avg.emission.size(); ++i) {
      avg.emission[i] = static_cast<float>(current.emission[i] - emission_sum[i] / step);
    }
    for (size_t i = 0; i < avg.transitions.size(); ++i) {
      avg.transitions[i] = static_cast<float>(current.transitions[i] - transition_sum[i] / step);
    }
    return avg;
  }
};

// ---------------------------------------------------------------- tagging

struct SentenceBuffers {
  std::vector<int32_t> rows;     // feature rows of all tokens
  std::vector<int32_t> offsets;  // per token: start in rows
  std::vector<float> emission;
  std::vector<uint8_t> classes;
  std::vector<uint8_t> tags;
  ner::ViterbiScratch<float> viterbi;
};

// Tags one sentence with `weights`, leaving the feature rows of every token
// in `buffers` for the update.
void TagSentence(const ner::FeatureExtractor& extractor, int begin, int end, const FeatureTable& table,
                 const Weights& weights, SentenceBuffers* b) {
  const int n = end - begin;
  b->rows.clear();
  b->offsets.assign(1, 0);
  b->emission.assign(static_cast<size_t>(n) * kNumTags, 0.0f);
  b->classes.resize(n);
  b->tags.resize(n);
  uint64_t features[ner::kMaxFeatures];
  for (int i = 0; i < n; ++i) {
    int count = extractor.Extract(begin + i, features);
    float* scores = b->emission.data() + static_cast<size_t>(i) * kNumTags;
    for (int k = 0; k < count; ++k) {
      int32_t row = table.Find(features[k]);
      if (row < 0) continue;
      b->rows.push_back(row);
      const float* w = weights.emission.data() + static_cast<size_t>(row) * kNumTags;
      for (int t = 0; t < kNumTags; ++t) scores[t] += w[t];
    }
    b->offsets.push_back(static_cast<int32_t>(b->rows.size()));
    b->classes[i] = extractor.facts()[begin + i].token_class;
  }
  ner::ViterbiDecode(b->emission.data(), b->classes.data(), n, weights.transitions.data(), &b->viterbi,
                     b->tags.data());
}

// ---------------------------------------------------------------- scoring

struct TypeCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
};
struct Scores {
  TypeCounts types[ner::kNumNameTypes];
  TypeCounts total;
  void Add(std::vector<GoldEntity> gold, std::vector<GoldEntity> predicted) {
    std::sort(gold.begin(), gold.end());
    std::sort(predicted.begin(), predicted.end());
    for (const GoldEntity& e : gold) ++types[e.type].gold;
    for (const GoldEntity& e : predicted) ++types[e.type].predicted;
    std::vector<GoldEntity> both;
    std::set_intersection(gold.begin(), gold.end(), predicted.begin(), predicted.end(),
                          std::back_inserter(both));
    for (const GoldEntity& e : both) ++types[e.type].correct;
    total.gold += gold.size();
    total.predicted += predicted.size();
    total.correct += both.size();
  }
  static double F1(const TypeCounts& c) {
    double p = c.predicted ? 100.0 * c.correct / c.predicted : 0;
    double r = c.gold ? 100.0 * c.correct / c.gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Print(const char* title) const {
    static const char* const kNames[] = {"PER", "ORG", "LOC", "MISC"};
    std::printf("%s\n", title);
    auto line = [](const char* name, const TypeCounts& c) {
      double p = c.predicted ? 100.0 * c.correct / c.predicted : 0;
      double r = c.gold ? 100.0 * c.correct / c.gold : 0;
      std::printf("  %-8s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %lld, found %lld)\n", name, p,
                  r, F1(c), static_cast<long long>(c.gold), static_cast<long long>(c.predicted));
    };
    for (int t = 0; t < ner::kNumNameTypes; ++t) line(kNames[t], types[t]);
    line("overall", total);
  }
};

std::vector<GoldEntity> EntitiesOfTags(const uint8_t* tags, int offset, int n) {
  std::vector<GoldEntity> out;
  int begin = -1;
  for (int i = 0; i < n; ++i) {
    int tag = tags[i];
    if (tag == ner::kOutsideTag) {
      begin = -1;
      continue;
    }
    ner::Position p = ner::TagPosition(tag);
    if (p == ner::kBegin || p == ner::kUnit) begin = i;
    if ((p == ner::kLast || p == ner::kUnit) && begin >= 0) {
      out.push_back({offset + begin, offset + i + 1, ner::TagType(tag)});
      begin = -1;
    }
  }
  return out;
}

Scores EvaluateFloat(const std::vector<CorpusDocument>& docs, const ner::Gazetteer& gazetteer, const ner::WordClasses* classes,
                     const FeatureTable& table, const Weights& weights) {
  Scores scores;
  ner::FeatureExtractor extractor(&gazetteer, classes);
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

// Runs the shipped code path: Recognizer on a Document, mentions as byte spans.
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
      predicted.push_back({token_of_begin.at(m.span.begin), token_of_end.at(m.span.end),
                           static_cast<int>(m.type)});
    }
    scores.Add(d.entities, predicted);
  }
  return scores;
}

// ---------------------------------------------------------------- export

// 127 levels for the magnitudes in `values` (sorted ascending, all > 0) that
// minimise the squared rounding error (Lloyd-Max), with 0 as an extra level
// below them. Starts from levels spaced evenly in log scale over four decades
// below the largest value, so large weights such as the bias keep their size.
std::vector<double> FitLevels(const std::vector<double>& values) {
  constexpr int kLevels = 127;
  std::vector<double> levels(kLevels, 1.0);
  if (values.empty()) return levels;
  const double top = values.back(), smallest = top / 16384;
  for (int q = 0; q < kLevels; ++q) levels[q] = smallest * std::pow(top / smallest, q / (kLevels - 1.0));
  std::vector<double> prefix(values.size() + 1, 0);  // prefix sums for the cell means
  for (size_t i = 0; i < values.size(); ++i) prefix[i + 1] = prefix[i] + values[i];
  for (int iteration = 0; iteration < 40; ++iteration) {
    // Cell q holds the values between the midpoints around level q.
    size_t cell_begin = std::lower_bound(values.begin(), values.end(), levels[0] / 2) - values.begin();
    for (int q = 0; q < kLevels; ++q) {
      const double upper = q + 1 < kLevels ? (levels[q] + levels[q + 1]) / 2 : HUGE_VAL;
      const size_t cell_end = std::lower_bound(values.begin() + cell_begin, values.end(), upper) - values.begin();
      if (cell_end > cell_begin) levels[q] = (prefix[cell_end] - prefix[cell_begin]) / (cell_end - cell_begin);
      cell_begin = cell_end;
    }
    std::sort(levels.begin(), levels.end());
  }
  return levels;
}

// The code (1..127) of the level nearest `magnitude`, or 0 when 0 is nearer.
int8_t NearestLevel(const std::vector<double>& levels, double magnitude) {
  if (magnitude < levels[0] / 2) return 0;
  const size_t above = std::lower_bound(levels.begin(), levels.end(), magnitude) - levels.begin();
  size_t q = above;
  if (above == levels.size() || (above > 0 && magnitude - levels[above - 1] < levels[above] - magnitude)) q = above - 1;
  return static_cast<int8_t>(q + 1);
}

// Encodes the weights as 8-bit codes into a fitted codebook (127 levels for
// positive weights, 127 for negative ones), dropping features whose largest
// weight is below `prune` (the model-size knob).
ner::NerModel Quantize(const FeatureTable& table, const Weights& weights, float prune,
                       ner::NerModel model) {
  // Fold 64-bit hashes to the stored 32-bit keys, summing any colliding rows.
  std::map<uint32_t, std::vector<float>> folded;
  const std::vector<uint64_t>& keys = table.keys_in_order();
  for (size_t row = 0; row < keys.size(); ++row) {
    std::vector<float>& out = folded[ner::FoldKey(keys[row])];
    out.resize(kNumTags, 0.0f);
    for (int t = 0; t < kNumTags; ++t) out[t] += weights.emission[row * kNumTags + t];
  }
  auto kept = [prune](const std::vector<float>& row) {
    float largest = 0;
    for (float w : row) largest = std::max(largest, std::fabs(w));
    return largest >= prune;
  };
  std::vector<double> positive, negative;
  for (const auto& entry : folded) {
    if (!kept(entry.second)) continue;
    for (float w : entry.second) {
      if (w > 0) positive.push_back(w);
      if (w < 0) negative.push_back(-w);
    }
  }
  std::sort(positive.begin(), positive.end());
  std::sort(negative.begin(), negative.end());
  const std::vector<double> up = FitLevels(positive), down = FitLevels(negative);
  model.codebook.assign(ner::kCodebookSize, 0.0f);
  for (int q = 1; q <= 127; ++q) {
    model.codebook[128 + q] = static_cast<float>(up[q - 1]);
    model.codebook[128 - q] = static_cast<float>(-down[q - 1]);
  }
  model.codebook[0] = model.codebook[1];  // code -128 is never written
  auto encode = [&](float w) -> int8_t {
    return w >= 0 ? NearestLevel(up, w) : static_cast<int8_t>(-NearestLevel(down, -w));
  };
  model.feature_keys.clear();
  model.weights.clear();
  for (const auto& entry : folded) {
    if (!kept(entry.second)) continue;
    int8_t codes[kNumTags];
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      codes[t] = encode(entry.second[t]);
      any |= codes[t] != 0;
    }
    if (!any) continue;
    model.feature_keys.push_back(entry.first);
    model.weights.insert(model.weights.end(), codes, codes + kNumTags);
  }
  model.transitions = weights.transitions;
  return model;
}

// ---------------------------------------------------------------- main

struct Options {
  std::string train, dev, wnut, cities, companies, word_classes, embedding_table, out = "models/ner.model";
  int embedding_key_bits = 32;
  int epochs = 20;
  int min_count = 2;
  int upper_every = 4;  // every Nth training article also in capitals (0: never)
  int lower_every = 4;  // every Nth (offset by half) also in lower case
  float prune = 1.0f;
  std::vector<float> sweep;  // extra pruning thresholds to report
  std::vector<std::string> lexicons;  // TYPE=PATH name lists for the gazetteer
  uint32_t seed = 20240601;
  int runs = 4;  // perceptrons with different shuffles whose weights are averaged
  bool runtime_tokens = true;  // --tokens runtime|conll: whose tokenization to train and score on
  int natural_every = 2;  // every Nth training article also laid out as people write (0: never)
  int title_every = 4;    // every Nth (offset by 3) also with a sentence in title case (0: never)
};

// Trains one averaged perceptron with the articles shuffled by `seed` and
// returns its averaged weights after the epoch that scored best on dev.
template <typename Clock>
Weights TrainOneRun(const Options& options, uint32_t seed, const std::vector<CorpusDocument>& train,
                    const std::vector<CorpusDocument>& dev, const ner::Gazetteer& gazetteer, const ner::WordClasses* classes,
                    const FeatureTable& table, const Clock& seconds) {
  Perceptron perceptron(table.size());
  ner::FeatureExtractor extractor(&gazetteer, classes);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(seed);
  SentenceBuffers b;
  Weights best_weights;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    int64_t errors = 0;
    for (size_t index : order) {
      const CorpusDocument& d = train[index];
      extractor.BeginDocument(d.doc);
      for (const auto& s : extractor.sentences()) {
        TagSentence(extractor, s.first, s.second, table, perceptron.current, &b);
        const uint8_t* gold = d.gold.data() + s.first;
        const int n = s.second - s.first;
        for (int i = 0; i < n; ++i) {
          int prev_gold = i ? gold[i - 1] : ner::kStartTag;
          int prev_pred = i ? b.tags[i - 1] : ner::kStartTag;
          if (gold[i] == b.tags[i] && prev_gold == prev_pred) continue;
          int cls = b.classes[i];
          perceptron.UpdateTransition(ner::TransitionIndex(cls, prev_gold, gold[i]), 1);
          perceptron.UpdateTransition(ner::TransitionIndex(cls, prev_pred, b.tags[i]), -1);
          if (gold[i] == b.tags[i]) continue;
          ++errors;
          for (int k = b.offsets[i]; k < b.offsets[i + 1]; ++k) {
            perceptron.UpdateEmission(b.rows[k], gold[i], 1);
            perceptron.UpdateEmission(b.rows[k], b.tags[i], -1);
          }
        }
        // Later sentences see what the tagger said, as at run time.
        extractor.RecordTags(s.first, s.second, b.tags.data());
        perceptron.step += 1;
      }
    }
    Weights averaged = perceptron.Averaged();
    Scores scores = EvaluateFloat(dev, gazetteer, classes, table, averaged);
    double f1 = Scores::F1(scores.total);
    std::fprintf(stderr, "epoch %2d: %lld token errors on train, dev F1 %.2f  [%.1fs]\n", epoch,
                 static_cast<long long>(errors), f1, seconds());
    if (f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best_weights = std::move(averaged);
    }
  }
  std::fprintf(stderr, "seed %u: best epoch %d, dev F1 %.2f (float weights)\n", seed, best_epoch, best_f1);
  return best_weights;

}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--train") o.train = value;
    else if (flag == "--dev") o.dev = value;
    else if (flag == "--wnut") o.wnut = value;
    else if (flag == "--tokens") o.runtime_tokens = value != "conll";
    else if (flag == "--cities") o.cities = value;
    else if (flag == "--companies") o.companies = value;
    else if (flag == "--word-classes") o.word_classes = value;
    else if (flag == "--embedding-table") o.embedding_table = value;
    else if (flag == "--embedding-key-bits") o.embedding_key_bits = std::atoi(value.c_str());
    else if (flag == "--lexicon") o.lexicons.push_back(value);
    else if (flag == "--out") o.out = value;
    else if (flag == "--epochs") o.epochs = std::atoi(value.c_str());
    else if (flag == "--min-count") o.min_count = std::atoi(value.c_str());
    else if (flag == "--upper-every") o.upper_every = std::atoi(value.c_str());
    else if (flag == "--lower-every") o.lower_every = std::atoi(value.c_str());
    else if (flag == "--natural-every") o.natural_every = std::atoi(value.c_str());
    else if (flag == "--title-every") o.title_every = std::atoi(value.c_str());
    else if (flag == "--prune") o.prune = static_cast<float>(std::atof(value.c_str()));
    else if (flag == "--sweep-prune") {
      for (size_t at = 0; at < value.size();) {
        size_t comma = value.find(',', at);
        if (comma == std::string::npos) comma = value.size();
        o.sweep.push_back(static_cast<float>(std::atof(value.substr(at, comma - at).c_str())));
        at = comma + 1;
      }
    } else if (flag == "--runs") {
      o.runs = std::max(1, std::atoi(value.c_str()));
    } else if (flag == "--seed") o.seed = static_cast<uint32_t>(std::atoll(value.c_str()));
    else {
      std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
      std::exit(2);
    }
  }
  if (o.train.empty() || o.dev.empty()) {
    std::fprintf(stderr,
                 "usage: train_ner --train eng.train --dev eng.testa [--wnut wnut17train.conll]\n"
                 "  [--cities world-cities.csv] [--companies sp500-constituents.csv]\n"
                 "  [--lexicon TYPE=PATH ...] (TYPE: place company country demonym first-name\n"
                 "   person-name org-word organisation)\n"
                 "  [--out models/ner.model] [--epochs 20] [--min-count 2] [--upper-every 4]\n"
                 "  [--lower-every 4] [--prune 1] [--sweep-prune 1,2,3] [--seed N] [--runs 4]\n"
                 "  [--tokens runtime|conll] [--word-classes clusters.tsv] [--natural-every 2]\n"
                 "  [--title-every 4] [--embedding-table glove-classes.bin] [--embedding-key-bits 32]\n");
    std::exit(2);
  }
  return o;
}

int Run(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  std::vector<CorpusDocument> train = ReadConll(options.train, true, 0);
  std::vector<CorpusDocument> dev = ReadConll(options.dev, true, 0);
  const size_t conll_articles = train.size();
  if (options.runtime_tokens && options.natural_every > 0) {
    std::vector<CorpusDocument> natural = ReadConll(options.train, true, 0, Layout::kNatural);
    for (size_t i = 0; i < natural.size(); ++i) {
      if (i % options.natural_every == 1 % options.natural_every) train.push_back(std::move(natural[i]));
    }
  }
  if (options.runtime_tokens) {
    int unaligned_train = 0, unaligned_dev = 0, split_train = 0, split_dev = 0, cut_train = 0;
    for (CorpusDocument& d : train) RetokenizeAsRuntime(&d, &unaligned_train, &split_train, &cut_train);
    for (CorpusDocument& d : dev) RetokenizeAsRuntime(&d, &unaligned_dev, &split_dev, nullptr);
    std::fprintf(stderr,
                 "runtime tokens: %d train and %d dev entities not on token edges (widened or dropped); "
                 "%d and %d cut by a sentence boundary; %d train entities cut before a token no name holds\n",
                 unaligned_train, unaligned_dev, split_train, split_dev, cut_train);
  }
  if (!options.wnut.empty()) {
    std::vector<CorpusDocument> wnut = ReadConll(options.wnut, false, 20);
    for (CorpusDocument& d : wnut) train.push_back(std::move(d));
  }
  for (size_t i = 0; i < conll_articles; ++i) {
    if (options.upper_every > 0 && i % options.upper_every == 0) train.push_back(CaseCopy(train[i], true));
    if (options.lower_every > 0 && i % options.lower_every == static_cast<size_t>(options.lower_every / 2))
      train.push_back(CaseCopy(train[i], false));
    if (options.title_every > 0 && i % options.title_every == static_cast<size_t>(3 % options.title_every))
      train.push_back(TitleCaseCopy(train[i]));
  }
  for (CorpusDocument& d : train) d.Rebind();  // vectors moved: re-point text views
  for (CorpusDocument& d : dev) d.Rebind();
  size_t train_tokens = 0;
  for (const CorpusDocument& d : train) train_tokens += d.doc.tokens.size();
  std::fprintf(stderr, "train: %zu documents (%zu CoNLL articles + copies), %zu tokens; dev: %zu documents\n",
               train.size(), conll_articles, train_tokens, dev.size());

  ner::NerModel model;
  BuildGazetteer(options.cities, options.companies, options.lexicons, &model);
  ner::Gazetteer gazetteer;
  gazetteer.Assign(model.gazetteer_keys, model.gazetteer_types);
  ReadWordClasses(options.word_classes, &model);
  ReadEmbeddingTable(options.embedding_table, options.embedding_key_bits, &model);
  ner::WordClasses word_classes;
  word_classes.Assign(model.word_keys, model.word_classes);
  word_classes.AssignEmbedding(model.embedding_keys, model.embedding_classes, model.embedding_key_bits);
  const ner::WordClasses* classes = word_classes.size() ? &word_classes : nullptr;
  ner::FeatureExtractor extractor(&gazetteer, classes);

  // Count features over the gold tagging; rare ones are dropped up front.
  std::vector<uint64_t> all;
  {
    uint64_t features[ner::kMaxFeatures];
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
  }
  std::sort(all.begin(), all.end());
  FeatureTable table(all.size() / 8);
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (static_cast<int>(j - i) >= options.min_count) table.Insert(all[i]);
    i = j;
  }
  std::vector<uint64_t>().swap(all);
  std::fprintf(stderr, "features kept (count >= %d): %zu  [%.1fs]\n", options.min_count, table.size(),
               seconds());

  // Several perceptrons that differ only in the order they see the articles;
  // their averaged weights are averaged again (each run's best epoch on dev),
  // which removes most of the +-0.3 F1 that one shuffle order is worth.
  Weights best_weights;
  for (int run = 0; run < options.runs; ++run) {
    Weights weights = TrainOneRun(options, options.seed + run, train, dev, gazetteer, classes, table, seconds);
    if (run == 0) {
      best_weights = std::move(weights);
      continue;
    }
    for (size_t i = 0; i < weights.emission.size(); ++i) best_weights.emission[i] += weights.emission[i];
    for (size_t i = 0; i < weights.transitions.size(); ++i) best_weights.transitions[i] += weights.transitions[i];
  }
  if (options.runs > 1) {
    for (float& w : best_weights.emission) w /= options.runs;
    for (float& w : best_weights.transitions) w /= options.runs;
    std::fprintf(stderr, "mean of %d runs: dev F1 %.2f (float weights)\n", options.runs,
                 Scores::F1(EvaluateFloat(dev, gazetteer, classes, table, best_weights).total));
  }

  // Dev scores of other pruning thresholds, to pick the size/accuracy trade-off.
  for (float prune : options.sweep) {
    ner::NerModel candidate = Quantize(table, best_weights, prune, model);
    std::string candidate_bytes = ner::SerializeModel(candidate);
    Recognizer candidate_recognizer;
    if (!candidate_recognizer.Load(candidate_bytes).ok()) continue;
    std::string path = options.out + ".prune" + std::to_string(prune);
    FILE* f = std::fopen(path.c_str(), "wb");
    if (f) {
      std::fwrite(candidate_bytes.data(), 1, candidate_bytes.size(), f);
      std::fclose(f);
    }
    std::printf("prune %.2f: %zu features, %zu bytes, dev F1 %.2f -> %s\n", prune,
                candidate.feature_keys.size(), candidate_bytes.size(),
                Scores::F1(EvaluateRecognizer(dev, candidate_recognizer).total), path.c_str());
  }
  model = Quantize(table, best_weights, options.prune, std::move(model));
  std::string bytes = ner::SerializeModel(model);
  FILE* out = std::fopen(options.out.c_str(), "wb");
  if (!out || std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "cannot write %s\n", options.out.c_str());
    return 1;
  }
  Recognizer recognizer;
  Status status = recognizer.Load(bytes);
  if (!status.ok()) {
    std::fprintf(stderr, "written model does not load: %s\n", status.message().c_str());
    return 1;
  }
  std::printf("wrote %s: %zu bytes, %zu features, %zu gazetteer phrases, prune %g; %d run(s); "
              "training took %.1fs\n",
              options.out.c_str(), bytes.size(), model.feature_keys.size(), model.gazetteer_keys.size(),
              options.prune, options.runs, seconds());
  EvaluateRecognizer(dev, recognizer).Print("dev (eng.testa), shipped int8 model, conlleval exact match:");
  std::vector<CorpusDocument> dev_upper, dev_lower;
  for (const CorpusDocument& d : dev) {
    dev_upper.push_back(CaseCopy(d, true));
    dev_lower.push_back(CaseCopy(d, false));
  }
  for (CorpusDocument& d : dev_upper) d.Rebind();
  for (CorpusDocument& d : dev_lower) d.Rebind();
  std::printf("dev in ALL CAPS: F1 %.2f; dev in lower case: F1 %.2f\n",
              Scores::F1(EvaluateRecognizer(dev_upper, recognizer).total),
              Scores::F1(EvaluateRecognizer(dev_lower, recognizer).total));
  return 0;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) { return annotator::Run(argc, argv); }
