#include "ner/train/lexicons.h"

#include <cstring>
#include <utility>

#include "cli/file_util.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/hash.h"
#include "ner/word_classes.h"

namespace annotator {
namespace ner {
namespace {

void Log(std::FILE* log, const std::string& line) {
  if (log != nullptr) std::fprintf(log, "%s\n", line.c_str());
}

// A file's contents, or an error naming it.
Status ReadFile(const std::string& path, std::string* contents) {
  if (!ReadWholeFile(path, contents)) return Status::InvalidArgument("cannot read " + path);
  return Status::Ok();
}

// Adds the list named by a --lexicon option ("demonym=path").
Status AddLexiconFile(const std::string& spec, GazetteerBuilder* builder, std::FILE* log) {
  const size_t equals = spec.find('=');
  if (equals == std::string::npos) return Status::InvalidArgument("--lexicon wants TYPE=PATH, got " + spec);
  uint8_t type = 0;
  Status status = LexiconType(spec.substr(0, equals), &type);
  if (!status.ok()) return status;
  std::string contents;
  status = ReadFile(spec.substr(equals + 1), &contents);
  if (!status.ok()) return status;
  const int added = AddLexiconPhrases(contents, type, builder);
  Log(log, "lexicon " + spec + ": " + std::to_string(added) + " phrases");
  return Status::Ok();
}

}  // namespace

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

std::string StripCompanySuffix(std::string name) {
  static const char* const kSuffixes[] = {
      " (Class A)", " (Class B)", " (Class C)", ", Inc.", " Inc.", " Incorporated", " Corporation", " Corp.",
      " Company",   " Co.",       " plc",       " PLC",   " Ltd.", " Holdings",     " Group",       " & Co."};
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

void GazetteerBuilder::Add(const std::string& phrase, uint8_t type) {
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
  if (tokens.empty() || tokens.size() > static_cast<size_t>(kMaxGazetteerTokens)) {
    ++skipped;
    return;
  }
  uint64_t hash = kEmptyPhraseHash;
  for (const std::string& token : tokens) hash = ExtendPhraseHash(hash, LowerFormHash(token));
  entries[FoldKey(hash)] |= type;
}

Status LexiconType(const std::string& name, uint8_t* type) {
  static const std::pair<const char*, uint8_t> kTypes[] = {
      {"place", kGazetteerLocation},       {"company", kGazetteerOrg},
      {"country", kGazetteerCountry},      {"demonym", kGazetteerDemonym},
      {"first-name", kGazetteerFirstName}, {"person-name", kGazetteerPersonName},
      {"org-word", kGazetteerOrgWord},     {"organisation", kGazetteerKnownOrganisation}};
  for (const auto& entry : kTypes) {
    if (name == entry.first) {
      *type = entry.second;
      return Status::Ok();
    }
  }
  return Status::InvalidArgument("unknown lexicon type " + name);
}

int AddLexiconPhrases(std::string_view contents, uint8_t type, GazetteerBuilder* builder) {
  int added = 0;
  for (std::string_view line : SplitLines(contents)) {
    if (line.empty() || line[0] == '#') continue;
    builder->Add(std::string(line), type);
    ++added;
  }
  return added;
}

void AddCities(std::string_view csv, GazetteerBuilder* builder) {
  const std::vector<std::string_view> lines = SplitLines(csv);
  for (size_t row = 1; row < lines.size(); ++row) {  // after the header
    std::vector<std::string> f = ParseCsvLine(std::string(lines[row]));
    for (int k = 0; k < 3 && k < static_cast<int>(f.size()); ++k) {
      if (!f[k].empty()) builder->Add(f[k], kGazetteerLocation);
    }
  }
}

void AddCompanies(std::string_view csv, GazetteerBuilder* builder) {
  const std::vector<std::string_view> lines = SplitLines(csv);
  for (size_t row = 1; row < lines.size(); ++row) {  // after the header
    std::vector<std::string> f = ParseCsvLine(std::string(lines[row]));
    if (f.size() < 5) continue;
    builder->Add(f[1], kGazetteerOrg);
    builder->Add(StripCompanySuffix(f[1]), kGazetteerOrg);
    // "Saint Paul, Minnesota": both parts are places.
    std::vector<std::string> parts = ParseCsvLine(f[4]);
    for (std::string& part : parts) {
      while (!part.empty() && part[0] == ' ') part.erase(0, 1);
      if (!part.empty()) builder->Add(part, kGazetteerLocation);
    }
  }
}

void StoreGazetteer(const GazetteerBuilder& builder, NerModel* model) {
  model->gazetteer_keys.clear();
  model->gazetteer_types.clear();
  for (const auto& entry : builder.entries) {
    model->gazetteer_keys.push_back(entry.first);
    model->gazetteer_types.push_back(entry.second);
  }
}

Status ParseWordClasses(std::string_view contents, const std::string& name, NerModel* model) {
  std::map<uint32_t, uint16_t> classes;
  for (std::string_view view : SplitLines(contents)) {
    const std::string line(view);
    const size_t tab = line.find('\t');
    int count = 0, fine = -1, coarse = -1;
    if (tab == std::string::npos || std::sscanf(line.c_str() + tab, "%d %d %d", &count, &fine, &coarse) != 3 ||
        fine < 0 || fine >= kMaxFineClasses || coarse < 0 || coarse >= kMaxCoarseClasses) {
      return Status::InvalidArgument(name + ": bad line \"" + line + "\" (want word, count, class < " +
                                     std::to_string(kMaxFineClasses) + ", class < " +
                                     std::to_string(kMaxCoarseClasses) + ")");
    }
    classes.emplace(FoldKey(LowerFormHash(line.substr(0, tab))), PackWordClass(fine, coarse));
  }
  for (const auto& [key, packed] : classes) {
    model->word_keys.push_back(key);
    model->word_classes.push_back(packed);
  }
  return Status::Ok();
}

Status ParseEmbeddingTable(std::string_view contents, int key_bits, NerModel* model, size_t* collisions) {
  const auto* p = reinterpret_cast<const unsigned char*>(contents.data());
  auto u32 = [&](size_t at) {
    return p[at] | p[at + 1] << 8 | p[at + 2] << 16 | static_cast<uint32_t>(p[at + 3]) << 24;
  };
  bool ok = contents.size() >= 12 && contents.compare(0, 8, "AAEMBCL1") == 0;
  const size_t count = ok ? u32(8) : 0;
  ok = ok && contents.size() == 12 + count * 6;
  if (!ok) return Status::InvalidArgument("not an embedding-class table");
  if (key_bits < 16 || key_bits > 32) return Status::InvalidArgument("embedding key bits outside 16..32");
  std::map<uint32_t, uint16_t> classes;
  *collisions = 0;
  for (size_t i = 0; i < count; ++i) {
    const size_t at = 12 + i * 6;
    const uint16_t finest = static_cast<uint16_t>(p[at + 4] | p[at + 5] << 8);
    if (finest >= kMaxEmbeddingClasses) {
      return Status::InvalidArgument("embedding class " + std::to_string(finest) + " out of range");
    }
    *collisions += !classes.emplace(TruncateKey(u32(at), key_bits), finest).second;
  }
  model->embedding_key_bits = key_bits;
  for (const auto& [key, finest] : classes) {
    model->embedding_keys.push_back(key);
    model->embedding_classes.push_back(finest);
  }
  return Status::Ok();
}

Status ReadLexicons(const LexiconFiles& files, NerModel* model, std::FILE* log) {
  GazetteerBuilder builder;
  for (const std::string& spec : files.lexicons) {
    Status status = AddLexiconFile(spec, &builder, log);
    if (!status.ok()) return status;
  }
  std::string contents;
  if (!files.cities.empty()) {
    Status status = ReadFile(files.cities, &contents);
    if (!status.ok()) return status;
    AddCities(contents, &builder);
  }
  if (!files.companies.empty()) {
    Status status = ReadFile(files.companies, &contents);
    if (!status.ok()) return status;
    AddCompanies(contents, &builder);
  }
  StoreGazetteer(builder, model);
  Log(log, "gazetteer: " + std::to_string(builder.entries.size()) + " phrases (" + std::to_string(builder.skipped) +
               " longer than " + std::to_string(kMaxGazetteerTokens) + " tokens skipped)");
  if (!files.word_classes.empty()) {
    Status status = ReadFile(files.word_classes, &contents);
    if (status.ok()) status = ParseWordClasses(contents, files.word_classes, model);
    if (!status.ok()) return status;
    Log(log, "word classes: " + std::to_string(model->word_keys.size()) + " words");
  }
  if (!files.embedding_table.empty()) {
    size_t collisions = 0;
    Status status = ReadFile(files.embedding_table, &contents);
    if (status.ok()) status = ParseEmbeddingTable(contents, files.embedding_key_bits, model, &collisions);
    if (!status.ok()) return Status::InvalidArgument(files.embedding_table + ": " + status.message());
    Log(log, "embedding classes: " + std::to_string(model->embedding_keys.size()) + " words (" +
                 std::to_string(collisions) + " left out: same " + std::to_string(files.embedding_key_bits) +
                 "-bit key as a more frequent word)");
  }
  return Status::Ok();
}

}  // namespace ner
}  // namespace annotator
