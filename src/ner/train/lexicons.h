// The lexical tables the recognizer's model carries besides its weights: the
// gazetteer (hashed name phrases from place, company and name lists), word
// classes (cluster_words) and embedding classes (GloVe clusters), read from
// their files into a ner::NerModel.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ner/model.h"
#include "status.h"

namespace annotator {
namespace ner {

// The fields of one CSV line; "" quotes a quotation mark inside quotes.
std::vector<std::string> ParseCsvLine(const std::string& line);

// "Apple Inc." -> "Apple": the legal suffixes of a company name removed.
std::string StripCompanySuffix(std::string name);

// Gazetteer phrases, keyed as the feature extractor looks them up.
struct GazetteerBuilder {
  std::map<uint32_t, uint8_t> entries;  // folded phrase hash -> type bits
  int skipped = 0;                      // phrases of more than kMaxGazetteerTokens tokens

  // Adds `phrase`, split as the tokenizer would (spaces; brackets and commas
  // apart), with gazetteer type bit `type`.
  void Add(const std::string& phrase, uint8_t type);
};

// The gazetteer type bit a lexicon name stands for ("demonym",
// "first-name", ...; the list is in the usage of train_ner).
Status LexiconType(const std::string& name, uint8_t* type);

// Adds a list of one phrase a line ('#' starts a comment line) as `type`;
// returns how many phrases it added.
int AddLexiconPhrases(std::string_view contents, uint8_t type, GazetteerBuilder* builder);

// Adds the first three columns of a GeoNames city table (after its header)
// as places.
void AddCities(std::string_view csv, GazetteerBuilder* builder);

// Adds the S&P 500 constituents table (after its header): each company's
// name, with and without its legal suffix, and the parts of its head office
// ("Saint Paul, Minnesota") as places.
void AddCompanies(std::string_view csv, GazetteerBuilder* builder);

// Moves the builder's phrases into `model`'s gazetteer arrays.
void StoreGazetteer(const GazetteerBuilder& builder, NerModel* model);

// Word classes written by cluster_words (word<TAB>count fine-class
// coarse-class per line, most frequent first) into `model`; a later word
// whose key collides with an earlier one is left out. A malformed line is an
// error. `name` names the table in messages.
Status ParseWordClasses(std::string_view contents, const std::string& name, NerModel* model);

// Embedding classes from the table build-scripts/ner-lexicons/glove-classes.bin
// (cluster_words --hash-embedding-classes writes it: magic "AAEMBCL1", u32
// count, then per word, most frequent first, its u32 key, FoldKey of
// LowerFormHash, and u16 finest class) into `model`, keyed by `key_bits`-bit
// keys (16..32); a later word whose key collides with an earlier one is left
// out, counted in `*collisions`.
Status ParseEmbeddingTable(std::string_view contents, int key_bits, NerModel* model, size_t* collisions);

// The files the tables come from; empty paths are left out.
struct LexiconFiles {
  std::string cities;                 // GeoNames world-cities.csv
  std::string companies;              // sp500-constituents.csv
  std::vector<std::string> lexicons;  // TYPE=PATH name lists
  std::string word_classes;
  std::string embedding_table;
  int embedding_key_bits = 32;
};

// Reads every table of `files` into `model`, reporting sizes to `log` (when
// not null). A file that cannot be read or parsed is an error.
Status ReadLexicons(const LexiconFiles& files, NerModel* model, std::FILE* log);

}  // namespace ner
}  // namespace annotator
