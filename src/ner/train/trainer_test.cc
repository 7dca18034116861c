#include "ner/train/trainer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "ner/recognizer.h"
#include "ner/train/lexicons.h"
#include "ner/train/quantize.h"
#include "ner/train/scoring.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace ner {
namespace {

// Two tiny CoNLL-2003 articles (IOB1: I- starts a name unless it continues
// one of the same type; B- separates two adjacent names of one type).
constexpr const char kTinyConll[] =
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "John NNP B-NP I-PER\n"
    "Smith NNP I-NP I-PER\n"
    "visited VBD B-VP O\n"
    "Paris NNP B-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "Mary NNP B-NP I-PER\n"
    "Jones NNP I-NP I-PER\n"
    "works VBZ B-VP O\n"
    "for IN B-PP O\n"
    "Acme NNP B-NP I-ORG\n"
    "Corporation NNP I-NP I-ORG\n"
    "in IN B-PP O\n"
    "London NNP B-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "-DOCSTART- -X- -X- O\n"
    "\n"
    "Acme NNP B-NP I-ORG\n"
    "hired VBD B-VP O\n"
    "John NNP B-NP I-PER\n"
    "Smith NNP I-NP I-PER\n"
    "in IN B-PP O\n"
    "Paris NNP B-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "Mary NNP B-NP I-PER\n"
    "Jones NNP I-NP I-PER\n"
    "left VBD B-VP O\n"
    "London NNP B-NP I-LOC\n"
    ". . O O\n";

// Options small enough for the tiny corpus: every feature kept, no copies,
// one run, no pruning (its few updates give weights below 1).
TrainerOptions TinyOptions() {
  TrainerOptions options;
  options.epochs = 6;
  options.min_count = 1;
  options.upper_every = options.lower_every = options.natural_every = options.title_every = 0;
  options.runs = 1;
  options.prune = 0.0f;
  return options;
}

// The tiny corpus trained on and scored as dev.
TrainingCorpora TinyCorpora(const TrainerOptions& options) {
  TrainingCorpora corpora;
  REQUIRE(PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora).ok());
  return corpora;
}

// (surface, type) of the mentions `model_bytes` finds in `text`, read as the pipeline reads it.
std::vector<std::pair<std::string, EntityType>> Recognize(const std::string& model_bytes, const std::string& text) {
  Recognizer recognizer;
  REQUIRE(recognizer.Load(model_bytes).ok());
  Document doc;
  doc.text = text;
  Tokenize(text, &doc.tokens);
  Segment(&doc);
  std::vector<Mention> mentions;
  recognizer.Recognize(doc, &mentions);
  std::vector<std::pair<std::string, EntityType>> out;
  for (const Mention& m : mentions) out.emplace_back(std::string(doc.Text(m.span)), m.type);
  return out;
}

TEST_CASE("ner trainer: CoNLL articles become documents with gold names and BILOU tags") {
  const std::vector<CorpusDocument> docs = ParseConll(kTinyConll, /*iob1=*/true, 0);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].text == "John Smith visited Paris .\nMary Jones works for Acme Corporation in London .");
  CHECK(docs[0].doc.sentences.size() == 2);
  const std::vector<GoldEntity> expected = {{0, 2, 0}, {3, 4, 2}, {5, 7, 0}, {9, 11, 1}, {12, 13, 2}};
  CHECK(docs[0].entities == expected);
  CHECK(docs[0].gold[0] == MakeTag(0, kBegin));
  CHECK(docs[0].gold[1] == MakeTag(0, kLast));
  CHECK(docs[0].gold[2] == kOutsideTag);
  CHECK(docs[0].gold[3] == MakeTag(2, kUnit));

  // As people write: no space before the full stop.
  const std::vector<CorpusDocument> natural = ParseConll(kTinyConll, true, 0, Layout::kNatural);
  REQUIRE(natural.size() == 2);
  CHECK(natural[1].text == "Acme hired John Smith in Paris.\nMary Jones left London.");
}

TEST_CASE("ner trainer: IOB1 B- separates adjacent names of one type; IOB2 starts on B- only") {
  const char* conll = "Bonn I-LOC\nParis B-LOC\nRome I-LOC\n";
  CHECK(ParseConll(conll, true, 0)[0].entities == std::vector<GoldEntity>{{0, 1, 2}, {1, 3, 2}});
  const char* iob2 = "Bonn B-LOC\nParis I-LOC\nRome B-LOC\n";
  CHECK(ParseConll(iob2, false, 0)[0].entities == std::vector<GoldEntity>{{0, 2, 2}, {2, 3, 2}});
}

TEST_CASE("ner trainer: re-read with the runtime's tokens, names keep their characters") {
  TrainingCorpora corpora;
  TrainerOptions options = TinyOptions();
  options.natural_every = 1;  // every article also as people write
  REQUIRE(PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora).ok());
  CHECK(corpora.conll_articles == 2);
  REQUIRE(corpora.train.size() == 4);  // 2 spaced + 2 natural (natural_every 1 takes all)
  const CorpusDocument& natural = corpora.train[2];
  REQUIRE(natural.entities.size() == 5);
  const GoldEntity paris = natural.entities[1];
  CHECK(natural.doc.Text(Span{natural.doc.tokens[paris.begin].begin, natural.doc.tokens[paris.end - 1].end}) ==
        "Paris");
  CHECK(natural.doc.sentences.size() == 2);
}

// Two documents as build-scripts/gum-train.mjs writes GUM's train split:
// real spacing, names as byte offsets, "Rex" a proper noun without a type.
// "Zoë" is two bytes long in its last letter.
const std::string kTinyStandOff =
    "-DOCTEXT- GUM_news_a 39 2 1\n"
    "Zo\xc3\xab Baker's dog Rex ran to St. Louis.\n"
    "0 10 PER\n"
    "28 37 LOC\n"
    "17 20 -\n"
    "-DOCTEXT- GUM_bio_b 26 1 0\n"
    "She left Acme Inc today.\n\n"
    "9 17 ORG\n";

TEST_CASE("ner trainer: stand-off documents (GUM train) are read with real spacing and byte-offset names") {
  RetokenizeCounts counts;
  const std::vector<CorpusDocument> docs = ParseStandOff(kTinyStandOff, true, false, &counts);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].text == "Zo\xc3\xab Baker's dog Rex ran to St. Louis.\n");
  auto names = [](const CorpusDocument& d) {
    std::vector<std::pair<std::string, int>> out;
    for (const GoldEntity& e : d.entities)
      out.emplace_back(std::string(d.doc.Text(Span{d.doc.tokens[e.begin].begin, d.doc.tokens[e.end - 1].end})), e.type);
    return out;
  };
  CHECK(names(docs[0]) == std::vector<std::pair<std::string, int>>{{"Zo\xc3\xab Baker", 0}, {"St. Louis", 2}});
  CHECK(names(docs[1]) == std::vector<std::pair<std::string, int>>{{"Acme Inc", 1}});
  CHECK(docs[0].unknown.empty());  // untyped proper nouns are no name
  CHECK(counts.unaligned == 0);

  // Or their tags are unknown: only Rex's token is marked.
  const std::vector<CorpusDocument> partial = ParseStandOff(kTinyStandOff, true, true, &counts);
  REQUIRE(partial[0].unknown.size() == partial[0].doc.tokens.size());
  for (size_t i = 0; i < partial[0].doc.tokens.size(); ++i) {
    const Token& t = partial[0].doc.tokens[i];
    CHECK(partial[0].unknown[i] == (partial[0].doc.Text(Span{t.begin, t.end}) == "Rex" ? 1 : 0));
  }
  CHECK(partial[1].unknown.empty());

  // Malformed: a length past the end, a name past the text.
  CHECK(ParseStandOff("-DOCTEXT- x 99 0 0\nshort\n", true, false, &counts).empty());
  CHECK(ParseStandOff("-DOCTEXT- x 4 1 0\nabc\n2 9 PER\n", true, false, &counts).empty());
}

TEST_CASE("ner trainer: GUM documents join the training articles, every Nth and as many times as asked") {
  TrainerOptions options = TinyOptions();
  options.gum_every = 2;
  options.gum_offset = 1;
  options.gum_copies = 3;
  TrainingCorpora corpora;
  REQUIRE(PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora, kTinyStandOff).ok());
  CHECK(corpora.conll_articles == 2);
  REQUIRE(corpora.train.size() == 2 + 3);  // GUM_bio_b three times
  for (size_t i = 2; i < corpora.train.size(); ++i) CHECK(corpora.train[i].text == "She left Acme Inc today.\n\n");
  CHECK(!PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora, "not stand-off\n").ok());

  // Of some genres only (GUM_<genre>_<title>).
  options = TinyOptions();
  options.gum_genres = "court,news";
  REQUIRE(PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora, kTinyStandOff).ok());
  REQUIRE(corpora.train.size() == 2 + 1);
  CHECK(corpora.train[2].name == "GUM_news_a");

  // Trained on with unknown tags, the model still learns the known names.
  options = TinyOptions();
  options.gum_untyped_unknown = true;
  REQUIRE(PrepareCorpora(kTinyConll, kTinyConll, "", options, &corpora, kTinyStandOff).ok());
  std::string bytes;
  REQUIRE(TrainModel(corpora, NerModel(), options, &bytes).ok());
  const auto found = Recognize(bytes, "John Smith visited Paris.");
  CHECK(std::find(found.begin(), found.end(), std::make_pair(std::string("Paris"), EntityType::kLocation)) !=
        found.end());
}

TEST_CASE("ner trainer: case copies keep offsets and change only the letters") {
  const std::vector<CorpusDocument> docs = ParseConll(kTinyConll, true, 0);
  CorpusDocument upper = CaseCopy(docs[1], true);
  upper.Rebind();
  CHECK(upper.text == "ACME HIRED JOHN SMITH IN PARIS .\nMARY JONES LEFT LONDON .");
  CHECK(upper.doc.tokens.size() == docs[1].doc.tokens.size());
  CHECK(upper.doc.tokens[2].begin == docs[1].doc.tokens[2].begin);
  CHECK(upper.entities == docs[1].entities);
  CHECK(upper.doc.Text(Span{upper.doc.tokens[2].begin, upper.doc.tokens[2].end}) == "JOHN");
}

// The text and "TYPE:words" of each name of a one-sentence document.
std::vector<std::string> NamesOf(const CorpusDocument& d) {
  std::vector<std::string> names;
  for (const GoldEntity& e : d.entities) {
    const Span span{d.doc.tokens[e.begin].begin, d.doc.tokens[e.end - 1].end};
    names.push_back(std::to_string(e.type) + ":" + std::string(d.doc.Text(span)));
  }
  return names;
}

TEST_CASE("ner trainer: surname sentences leave a person's given names out, one sentence a document") {
  std::vector<CorpusDocument> docs = ParseConll(kTinyConll, true, 0);
  RetokenizeCounts counts;
  RetokenizeAsRuntime(&docs[1], true, &counts);
  std::vector<CorpusDocument> surnames = SurnameSentences(docs[1]);
  REQUIRE(surnames.size() == 2);
  for (CorpusDocument& d : surnames) d.Rebind();
  CHECK(surnames[0].text == "Acme hired Smith in Paris .\n");
  CHECK(NamesOf(surnames[0]) == std::vector<std::string>{"1:Acme", "0:Smith", "2:Paris"});
  CHECK(surnames[1].text == "Jones left London .\n");
  CHECK(NamesOf(surnames[1]) == std::vector<std::string>{"0:Jones", "2:London"});
  CHECK(surnames[1].gold.size() == surnames[1].doc.tokens.size());

  // A name that ends in a lower-case particle stays whole, and a sentence
  // with no shortened name gives no document.
  std::vector<CorpusDocument> particle = ParseConll(
      "Bill NNP B-NP I-PER\nde NNP I-NP I-PER\nBlasio NNP I-NP I-PER\nspoke VBD B-VP O\n. . O O\n\n"
      "Smith NNP B-NP I-PER\nleft VBD B-VP O\n. . O O\n",
      true, 0);
  REQUIRE(particle.size() == 1);
  RetokenizeAsRuntime(&particle[0], true, &counts);
  CHECK(SurnameSentences(particle[0]).empty());
}

TEST_CASE("ner trainer: training on a handful of sentences learns to tag them, and the model loads") {
  const TrainerOptions options = TinyOptions();
  const TrainingCorpora corpora = TinyCorpora(options);
  std::string bytes;
  REQUIRE(TrainModel(corpora, NerModel(), options, &bytes).ok());

  Recognizer recognizer;
  REQUIRE(recognizer.Load(bytes).ok());
  CHECK(recognizer.num_features() > 0);
  const Scores scores = EvaluateRecognizer(corpora.dev, recognizer);
  CHECK(scores.total.gold == 10);
  CHECK(Scores::F1(scores.total) == doctest::Approx(100.0));

  using Found = std::vector<std::pair<std::string, EntityType>>;
  CHECK(Recognize(bytes, "John Smith visited Paris.") ==
        Found{{"John Smith", EntityType::kPerson}, {"Paris", EntityType::kLocation}});
  CHECK(Recognize(bytes, "Mary Jones works for Acme Corporation in London.") ==
        Found{{"Mary Jones", EntityType::kPerson},
              {"Acme Corporation", EntityType::kOrg},
              {"London", EntityType::kLocation}});
}

TEST_CASE("ner trainer: the same input gives the same model bytes") {
  TrainerOptions options = TinyOptions();
  options.runs = 2;  // the runs' shuffles differ; their mean must not
  options.upper_every = 2;
  const TrainingCorpora corpora = TinyCorpora(options);
  std::string first, second;
  REQUIRE(TrainModel(corpora, NerModel(), options, &first).ok());
  REQUIRE(TrainModel(TinyCorpora(options), NerModel(), options, &second).ok());
  CHECK(!first.empty());
  CHECK(first == second);
}

TEST_CASE("ner trainer: pruning drops features whose weights are all small") {
  const TrainerOptions options = TinyOptions();
  const TrainingCorpora corpora = TinyCorpora(options);
  TrainedWeights trained;
  REQUIRE(TrainWeights(corpora, NerModel(), options, &trained).ok());
  std::string all_bytes, pruned_bytes;
  NerModel all, pruned;
  REQUIRE(BuildModelFile(trained, 0.0f, NerModel(), &all_bytes, &all).ok());
  REQUIRE(BuildModelFile(trained, 1e9f, NerModel(), &pruned_bytes, &pruned).ok());
  CHECK(all.feature_keys.size() > 0);
  CHECK(pruned.feature_keys.empty());
  CHECK(pruned_bytes.size() < all_bytes.size());
}

TEST_CASE("ner trainer: the model carries the gazetteer it was given") {
  GazetteerBuilder builder;
  CHECK(AddLexiconPhrases("# places\nParis\nNew York\n\n", kGazetteerLocation, &builder) == 2);
  AddCompanies("Symbol,Security,Sector,Sub,Headquarters\nACME,\"Acme Corporation\",x,y,\"Saint Paul, Minnesota\"\n",
               &builder);
  NerModel lexicons;
  StoreGazetteer(builder, &lexicons);
  // Paris, New York; Acme Corporation, Acme; Saint Paul, Minnesota.
  CHECK(lexicons.gazetteer_keys.size() == 6);

  const TrainerOptions options = TinyOptions();
  std::string bytes;
  REQUIRE(TrainModel(TinyCorpora(options), lexicons, options, &bytes).ok());
  Recognizer recognizer;
  REQUIRE(recognizer.Load(bytes).ok());
  CHECK(recognizer.num_gazetteer_phrases() == 6);
}

TEST_CASE("ner trainer: lexicon helpers") {
  CHECK(StripCompanySuffix("Apple Inc.") == "Apple");
  CHECK(StripCompanySuffix("Alphabet Inc. (Class A)") == "Alphabet");
  CHECK(StripCompanySuffix("Inc.") == "Inc.");
  CHECK(ParseCsvLine("a,\"b, c\",\"say \"\"hi\"\"\"\r") == std::vector<std::string>{"a", "b, c", "say \"hi\""});
  GazetteerBuilder builder;
  builder.Add("one two three four five", kGazetteerLocation);
  CHECK(builder.skipped == 1);
  CHECK(builder.entries.empty());
}

TEST_CASE("ner trainer: quantisation levels round to the nearest code") {
  std::vector<double> values;
  for (int i = 1; i <= 1000; ++i) values.push_back(i / 100.0);
  const std::vector<double> levels = FitLevels(values);
  REQUIRE(levels.size() == 127);
  CHECK(std::is_sorted(levels.begin(), levels.end()));
  CHECK(levels.back() <= 10.0);
  CHECK(levels[NearestLevel(levels, levels[40]) - 1] == levels[40]);
  CHECK(NearestLevel(levels, (levels[40] + levels[41]) / 2 * 0.999) == 41);
  CHECK(NearestLevel(levels, levels.back() * 2) == 127);
  CHECK(NearestLevel(levels, levels[0] / 4) == 0);
}

TEST_CASE("ner trainer: bad input is a Status error") {
  const TrainerOptions options = TinyOptions();
  TrainingCorpora corpora;
  CHECK(!PrepareCorpora("", kTinyConll, "", options, &corpora).ok());
  CHECK(!PrepareCorpora("-DOCSTART- -X- -X- O\n\nnot-conll\n", kTinyConll, "", options, &corpora).ok());
  CHECK(!ReadCorpora(CorpusFiles{"/nonexistent/eng.train", "/nonexistent/eng.testa", "", ""}, options, &corpora).ok());

  TrainerOptions no_epochs = options;
  no_epochs.epochs = 0;
  TrainedWeights trained;
  CHECK(!TrainWeights(TinyCorpora(options), NerModel(), no_epochs, &trained).ok());

  uint8_t type = 0;
  CHECK(LexiconType("demonym", &type).ok());
  CHECK(type == kGazetteerDemonym);
  const Status unknown = LexiconType("planet", &type);
  CHECK(unknown.code() == StatusCode::kInvalidArgument);
  CHECK(unknown.message().find("planet") != std::string::npos);

  NerModel model;
  CHECK(ParseWordClasses("paris\t10 3 1\n", "classes", &model).ok());
  CHECK(model.word_keys.size() == 1);
  CHECK(!ParseWordClasses("paris 10 3 1\n", "classes", &model).ok());      // no tab
  CHECK(!ParseWordClasses("paris\t10 5000 1\n", "classes", &model).ok());  // class out of range

  size_t collisions = 0;
  std::string table("AAEMBCL1\x01\0\0\0", 12);
  table += std::string("\x01\x02\x03\x04\x05\x00", 6);
  CHECK(ParseEmbeddingTable(table, 24, &model, &collisions).ok());
  CHECK(model.embedding_keys.size() == 1);
  CHECK(!ParseEmbeddingTable(table.substr(0, 15), 24, &model, &collisions).ok());  // truncated
  CHECK(!ParseEmbeddingTable("NOTATABLE\0\0\0", 24, &model, &collisions).ok());
  CHECK(!ParseEmbeddingTable(table, 40, &model, &collisions).ok());  // key bits out of range

  LexiconFiles files;
  files.lexicons = {"no-equals-sign"};
  CHECK(!ReadLexicons(files, &model, nullptr).ok());
  files.lexicons = {"place=/nonexistent/places.txt"};
  CHECK(!ReadLexicons(files, &model, nullptr).ok());
}

}  // namespace
}  // namespace ner
}  // namespace annotator
