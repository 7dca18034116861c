#include "ner/features.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ner/hash.h"
#include "title_words.h"
#include "tokenizer.h"

namespace annotator {
namespace ner {
namespace {

std::string Shape(std::string_view token, int max_run) {
  char out[64];
  WordShape(token, max_run, out, sizeof out);
  return out;
}

// A document whose lines are sentences and whose tokens are separated by
// single spaces, as the trainer builds them from CoNLL.
struct SpaceTokenized {
  std::string text;
  Document doc;
  explicit SpaceTokenized(std::string t) : text(std::move(t)) {
    doc.text = text;
    uint32_t line_begin = 0;
    for (uint32_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        doc.sentences.push_back(Span{line_begin, i});
        line_begin = i + 1;
      }
    }
    uint32_t begin = 0;
    for (uint32_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == ' ' || text[i] == '\n') {
        if (i > begin) {
          Token token;
          token.begin = begin;
          token.end = i;
          token.kind = TokenKind::kWord;
          doc.tokens.push_back(token);
        }
        begin = i + 1;
      }
    }
  }
  int IndexOf(std::string_view word) const {
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.Text(Span{doc.tokens[i].begin, doc.tokens[i].end}) == word) return static_cast<int>(i);
    }
    return -1;
  }
};

std::vector<uint64_t> FeaturesOf(const FeatureExtractor& extractor, int token) {
  uint64_t features[kMaxFeatures];
  int n = extractor.Extract(token, features);
  return std::vector<uint64_t>(features, features + n);
}

bool Has(const std::vector<uint64_t>& features, uint64_t feature) {
  return std::find(features.begin(), features.end(), feature) != features.end();
}

TEST_CASE("title small words: both lists of title_words.h, nothing else") {
  for (std::string_view word : kTitleSmallWords) CHECK(IsTitleSmallWord(Fnv1a64(word)));
  for (std::string_view word : kHeadlineSmallWords) CHECK(IsTitleSmallWord(Fnv1a64(word)));
  CHECK(IsTitleSmallWord(Fnv1a64("of")));
  CHECK(IsTitleSmallWord(Fnv1a64("after")));
  CHECK_FALSE(IsTitleSmallWord(Fnv1a64("Of")));  // a lower-form hash is expected
  CHECK_FALSE(IsTitleSmallWord(Fnv1a64("said")));
  CHECK_FALSE(IsTitleSmallWord(Fnv1a64("washington")));
}

TEST_CASE("word shapes collapse or cut runs") {
  CHECK(Shape("Jinping", 1) == "Xx");
  CHECK(Shape("Jinping", 4) == "Xxxxx");
  CHECK(Shape("NASDAQ", 1) == "X");
  CHECK(Shape("U.S.", 1) == "X.X.");
  CHECK(Shape("1996-08-22", 1) == "d-d-d");
  CHECK(Shape("Hewlett-Packard", 1) == "Xx-Xx");
  CHECK(Shape("ByteDance", 1) == "XxXx");
  CHECK(Shape("Zürich", 1) == "Xx");
  CHECK(Shape("\xC3\x89lys\xC3\xA9"
              "e",
              1) == "Xx");                   // Élysée
  CHECK(Shape("\xE2\x80\x99s", 1) == "'x");  // ’s
}

TEST_CASE("word hashes fold case, digits and smart punctuation as documented") {
  CHECK(LowerFormHash("China") == LowerFormHash("CHINA"));
  CHECK(LowerFormHash("1996") == LowerFormHash("2024"));
  CHECK(LowerFormHash("1996") != LowerFormHash("199"));
  CHECK(LowerFormHash("\xC3\x89lys\xC3\xA9"
                      "e") == LowerFormHash("\xC3\xA9lys\xC3\xA9"
                                            "e"));
  CHECK(WordFormHash("China") != WordFormHash("CHINA"));
  CHECK(WordFormHash("\xE2\x80\x99s") == WordFormHash("'s"));
  CHECK(WordFormHash("\xE2\x80\x9C") == WordFormHash("\""));
}

TEST_CASE("features of a known token") {
  SpaceTokenized input("President Xi Jinping said on Friday .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  REQUIRE(extractor.sentences().size() == 1);
  const int xi = input.IndexOf("Xi");
  const int jinping = input.IndexOf("Jinping");
  const std::vector<uint64_t> features = FeaturesOf(extractor, jinping);
  CHECK(features.size() <= static_cast<size_t>(kMaxFeatures));
  CHECK(Has(features, FeatureHash(kWord, WordFormHash("Jinping"))));
  CHECK(Has(features, FeatureHash(kLower, LowerFormHash("jinping"))));
  CHECK(Has(features, FeatureHash(kShape, Fnv1a64("Xx"))));
  CHECK(Has(features, FeatureHash(kPrefix + 1, Fnv1a64("ji"))));
  CHECK(Has(features, FeatureHash(kSuffix + 2, Fnv1a64("ing"))));
  CHECK(Has(features, FeatureHash(kLowerPrev, LowerFormHash("Xi"))));
  CHECK(Has(features, FeatureHash(kLowerPrev2, LowerFormHash("president"))));
  CHECK(Has(features, FeatureHash(kLowerNext, LowerFormHash("said"))));
  CHECK_FALSE(Has(features, FeatureHash(kWord, WordFormHash("Xi"))));
  CHECK(extractor.facts()[jinping].token_class == kCapitalizedWord);
  CHECK((extractor.facts()[0].context & kSentenceInitial) != 0);
  CHECK_FALSE((extractor.facts()[xi].context & kSentenceInitial) != 0);
  // Different tokens in the same position give different features.
  CHECK(FeaturesOf(extractor, xi) != features);
}

TEST_CASE("document evidence: a headline word seen capitalised mid-sentence") {
  SpaceTokenized input("BRUSSELS SUMMIT OPENS\nLeaders met in Brussels on the summit day .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  REQUIRE(extractor.sentences().size() == 2);
  const TokenFacts& brussels = extractor.facts()[0];
  CHECK((brussels.context & kHeadlineSentence) != 0);
  CHECK((brussels.document & kSeenCapitalizedMidSentence) != 0);
  const TokenFacts& summit = extractor.facts()[1];
  CHECK((summit.document & kSeenLowerCase) != 0);
  CHECK_FALSE((summit.document & kSeenCapitalizedMidSentence) != 0);
}

TEST_CASE("a headline in title case is a mode of its own, tagged after the body") {
  SpaceTokenized input("Elizabeth Warren Hammers Wells Fargo over Fake Accounts\nThe senator spoke .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  REQUIRE(extractor.sentences().size() == 2);
  CHECK((extractor.facts()[0].context & kTitleCaseSentence) != 0);
  CHECK((extractor.facts()[0].context & kHeadlineSentence) == 0);
  CHECK(extractor.sentences()[0].first == 8);  // "The senator spoke ." first
  CHECK((extractor.facts()[8].context & kCaseModes) == 0);
  // Only the small words of titles ("of", "the", "over") may stay lower case.
  SpaceTokenized prose("Warren spoke about Wells Fargo today .");
  extractor.BeginDocument(prose.doc);
  CHECK((extractor.facts()[0].context & kTitleCaseSentence) == 0);
}

TEST_CASE("headlines are tagged after the normally cased sentences") {
  SpaceTokenized input("BRUSSELS SUMMIT OPENS\nLeaders met in Brussels on the summit day .\nThey left .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  REQUIRE(extractor.sentences().size() == 3);
  CHECK(extractor.sentences()[0].first == 3);   // "Leaders ..."
  CHECK(extractor.sentences()[1].first == 12);  // "They left ."
  CHECK(extractor.sentences()[2].first == 0);   // the headline, last
}

TEST_CASE("what surrounds a name anywhere in the document is a feature of every occurrence") {
  SpaceTokenized input("Later Magna fell .\nMagna 's shares rose .\nThen minister Lentini said so .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  const int first_magna = 1, lentini = input.IndexOf("Lentini");
  CHECK(extractor.facts()[first_magna].cues == kCueBeforePossessive);
  CHECK(Has(FeaturesOf(extractor, first_magna), FeatureHash(kDocumentContext + 4, kCapitalizedWord)));
  CHECK(extractor.facts()[lentini].cues == (kCueAfterTitle | kCueBeforeSpeechVerb));
  CHECK(extractor.facts()[input.IndexOf("fell")].cues == 0);  // lower-case words have none
}

TEST_CASE("word classes of the token and its neighbours are features") {
  WordClasses classes;
  std::vector<std::pair<uint32_t, uint16_t>> entries = {{FoldKey(LowerFormHash("volgograd")), PackWordClass(7, 3)},
                                                        {FoldKey(LowerFormHash("rotor")), PackWordClass(500, 60)}};
  std::sort(entries.begin(), entries.end());
  std::vector<uint32_t> keys;
  std::vector<uint16_t> packed;
  for (const auto& entry : entries) keys.push_back(entry.first), packed.push_back(entry.second);
  classes.Assign(keys, packed);
  SpaceTokenized input("Rotor Volgograd won Zzyzx .");
  FeatureExtractor extractor(nullptr, &classes);
  extractor.BeginDocument(input.doc);
  const std::vector<uint64_t> volgograd = FeaturesOf(extractor, 1);
  CHECK(Has(volgograd, FeatureHash(kWordClass, Combine(7, kCapitalizedWord))));
  CHECK(Has(volgograd, FeatureHash(kCoarseWordClass, Combine(3, kCapitalizedWord))));
  CHECK(Has(volgograd, FeatureHash(kWordClassPrev, 1 + PackWordClass(500, 60))));
  CHECK(Has(FeaturesOf(extractor, 0), FeatureHash(kWordClassNext, 1 + PackWordClass(7, 3))));
  // A word without a class says so.
  CHECK(Has(FeaturesOf(extractor, 3), FeatureHash(kWordClass, Combine(kMaxFineClasses, kCapitalizedWord))));
  // Without word classes there are no such features.
  FeatureExtractor plain(nullptr);
  plain.BeginDocument(input.doc);
  CHECK_FALSE(Has(FeaturesOf(plain, 1), FeatureHash(kWordClass, Combine(7, kCapitalizedWord))));
}

TEST_CASE("earlier predictions of a word become features of later sentences") {
  SpaceTokenized input("Huawei said so .\nThen Huawei left .");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  const int second = 5;  // "Huawei" in the second sentence
  CHECK_FALSE(Has(FeaturesOf(extractor, second), FeatureHash(kDocumentHistory, 1 + 1)));
  const uint8_t tags[] = {static_cast<uint8_t>(MakeTag(1, kUnit)), kOutsideTag, kOutsideTag, kOutsideTag};
  extractor.RecordTags(0, 4, tags);
  CHECK(Has(FeaturesOf(extractor, second), FeatureHash(kDocumentHistory, 1 + 1)));  // ORG
}

TEST_CASE("gazetteer matches mark begin, inside and last tokens") {
  uint64_t new_york = ExtendPhraseHash(ExtendPhraseHash(kEmptyPhraseHash, LowerFormHash("new")), LowerFormHash("york"));
  Gazetteer gazetteer;
  gazetteer.Assign({FoldKey(new_york)}, {kGazetteerLocation});
  SpaceTokenized input("She flew to NEW YORK and then to York .");
  FeatureExtractor extractor(&gazetteer);
  extractor.BeginDocument(input.doc);
  const auto& facts = extractor.facts();
  CHECK(facts[3].gazetteer == 1 << kBegin);
  CHECK(facts[4].gazetteer == 1 << kLast);
  CHECK(facts[8].gazetteer == 0);  // York alone is not in the list
  CHECK(Has(FeaturesOf(extractor, 3), FeatureHash(kGazetteerMatch, kBegin * 8 + kAllCapsWord)));
}

TEST_CASE("feature groups split Extract's features, and equal keys mean equal groups") {
  uint64_t new_york = ExtendPhraseHash(ExtendPhraseHash(kEmptyPhraseHash, LowerFormHash("new")), LowerFormHash("york"));
  Gazetteer gazetteer;
  gazetteer.Assign({FoldKey(new_york)}, {kGazetteerLocation});
  SpaceTokenized input(
      "THE NEW YORK TIMES SAYS\nHuawei said to New York : Huawei and the rest .\n"
      "and the rest said so too");
  FeatureExtractor extractor(&gazetteer);
  extractor.BeginDocument(input.doc);
  const uint8_t tags[] = {kOutsideTag, static_cast<uint8_t>(MakeTag(1, kUnit))};
  extractor.RecordTags(0, 2, tags);
  auto extract = [&](int i, unsigned groups) {
    uint64_t features[kMaxFeatures];
    std::vector<uint64_t> v(features, features + extractor.Extract(i, features, groups));
    std::sort(v.begin(), v.end());
    return v;
  };
  const int n = static_cast<int>(input.doc.tokens.size());
  for (int i = 0; i < n; ++i) {
    std::vector<uint64_t> own = extract(i, kOwnLexicalFeatures);
    std::vector<uint64_t> own_context = extract(i, kOwnContextFeatures);
    own.insert(own.end(), own_context.begin(), own_context.end());
    std::sort(own.begin(), own.end());
    CHECK(own == extract(i, kOwnFeatures));
    std::vector<uint64_t> parts = extract(i, kOwnFeatures);
    std::vector<uint64_t> context = extract(i, kContextFeatures);
    parts.insert(parts.end(), context.begin(), context.end());
    for (int s = 0; s < kNumNeighborSlots; ++s) {
      std::vector<uint64_t> neighbor = extract(i, NeighborFeatures(s));
      parts.insert(parts.end(), neighbor.begin(), neighbor.end());
    }
    std::sort(parts.begin(), parts.end());
    CHECK(parts == extract(i, kAllFeatures));
    for (int j = 0; j < n; ++j) {
      if (extractor.OwnKey(i) == extractor.OwnKey(j)) {
        CHECK(extract(i, kOwnFeatures) == extract(j, kOwnFeatures));
      }
      if (extractor.LexicalKey(i) == extractor.LexicalKey(j)) {
        CHECK(extract(i, kOwnLexicalFeatures) == extract(j, kOwnLexicalFeatures));
      }
      for (int s = 0; s < kNumNeighborSlots; ++s) {
        if (extractor.NeighborKey(i, s) == extractor.NeighborKey(j, s)) {
          CHECK(extract(i, NeighborFeatures(s)) == extract(j, NeighborFeatures(s)));
        }
      }
    }
  }
}

TEST_CASE("gazetteer types past the first two fire their own features") {
  const uint64_t politburo = ExtendPhraseHash(kEmptyPhraseHash, LowerFormHash("Politburo"));
  const uint64_t german = ExtendPhraseHash(kEmptyPhraseHash, LowerFormHash("German"));
  Gazetteer gazetteer;
  std::vector<uint32_t> keys = {FoldKey(politburo), FoldKey(german)};
  std::vector<uint8_t> types = {kGazetteerOrgWord, kGazetteerDemonym};
  if (keys[0] > keys[1]) {
    std::swap(keys[0], keys[1]);
    std::swap(types[0], types[1]);
  }
  gazetteer.Assign(keys, types);
  SpaceTokenized t("At a Politburo meeting the German envoy spoke");
  FeatureExtractor extractor(&gazetteer);
  extractor.BeginDocument(t.doc);
  const int politburo_at = t.IndexOf("Politburo"), german_at = t.IndexOf("German");
  CHECK(extractor.facts()[politburo_at].gazetteer == 1u << (4 * 6 + kUnit));  // org-word bit 6
  CHECK(extractor.facts()[german_at].gazetteer == 1u << (4 * 3 + kUnit));     // demonym bit 3
  CHECK(Has(FeaturesOf(extractor, politburo_at), FeatureHash(kGazetteerMatch, (4 * 6 + kUnit) * 8 + kCapitalizedWord)));
}

TEST_CASE("a known organisation is marked on its tokens but is no feature") {
  const uint64_t cnn = ExtendPhraseHash(kEmptyPhraseHash, LowerFormHash("CNN"));
  Gazetteer gazetteer;
  gazetteer.Assign({FoldKey(cnn)}, {kGazetteerKnownOrganisation | kGazetteerOrg});
  SpaceTokenized t("The report was published by CNN on Monday");
  FeatureExtractor extractor(&gazetteer);
  extractor.BeginDocument(t.doc);
  const int cnn_at = t.IndexOf("CNN"), by_at = t.IndexOf("by");
  CHECK(extractor.facts()[cnn_at].gazetteer == (1u << (4 * 7 + kUnit) | 1u << (4 * 1 + kUnit)));
  const std::vector<uint64_t> features = FeaturesOf(extractor, cnn_at);
  CHECK(Has(features, FeatureHash(kGazetteerMatch, (4 * 1 + kUnit) * 8 + kAllCapsWord)));
  CHECK_FALSE(Has(features, FeatureHash(kGazetteerMatch, (4 * 7 + kUnit) * 8 + kAllCapsWord)));
  // The word before sees only the company bit of its neighbour.
  CHECK(Has(FeaturesOf(extractor, by_at), FeatureHash(kGazetteerNext, 1u << (4 * 1 + kUnit))));
}

TEST_CASE("an apposition's head noun marks the capitalised run before it") {
  SpaceTokenized t(
      "Deep Seek , a Beijing-based AI company , has garnered attention\n"
      "Smith , who played , said so\nChina , the country of origin , agreed");
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(t.doc);
  const auto& facts = extractor.facts();
  const int deep = t.IndexOf("Deep"), seek = t.IndexOf("Seek");
  CHECK(extractor.apposition(facts[deep]) == LowerFormHash("company"));
  CHECK(facts[seek].apposition_class == kAppositionOrgHead);
  CHECK(facts[deep].apposition_class == kAppositionOrgHead);
  CHECK(Has(FeaturesOf(extractor, seek), FeatureHash(kAppositionHead, LowerFormHash("company"))));
  CHECK(facts[t.IndexOf("Smith")].apposition_class == kRelativeWho);
  CHECK(extractor.apposition(facts[t.IndexOf("China")]) == LowerFormHash("country"));  // cut at "of"
  CHECK(facts[t.IndexOf("China")].apposition_class == kAppositionPlaceHead);
  CHECK(extractor.apposition(facts[t.IndexOf("has")]) == 0);
}

TEST_CASE("tokens outside every sentence still get a sentence of their own") {
  SpaceTokenized input("Alpha beta gamma");
  input.doc.sentences = {Span{6, 10}};  // only "beta"
  FeatureExtractor extractor(nullptr);
  extractor.BeginDocument(input.doc);
  const auto& sentences = extractor.sentences();
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0] == std::make_pair(0, 1));
  CHECK(sentences[1] == std::make_pair(1, 2));
  CHECK(sentences[2] == std::make_pair(2, 3));
}

// Every fact BeginDocument derives from a token's bytes.
bool SameLexicalFacts(const FeatureExtractor& x, const TokenFacts& token_a, const FeatureExtractor& y,
                      const TokenFacts& token_b) {
  const LexicalFacts& a = x.lexical(token_a);
  const LexicalFacts& b = y.lexical(token_b);
  return a.word == b.word && a.lower == b.lower && a.shape == b.shape && a.long_shape == b.long_shape &&
         a.lower_shape == b.lower_shape && std::equal(a.prefix, a.prefix + kNumAffixes, b.prefix) &&
         std::equal(a.suffix, a.suffix + kNumAffixes, b.suffix) && a.token_class == b.token_class &&
         a.word_class == b.word_class && a.embedding_class == b.embedding_class &&
         a.quote_or_colon == b.quote_or_colon && token_a.lower == a.lower && token_a.token_class == a.token_class &&
         token_b.lower == b.lower && token_b.token_class == b.token_class && token_a.context == token_b.context;
}

TEST_CASE("facts remembered from earlier documents equal freshly computed ones") {
  // Words that differ only in case, digits, a byte past 8 or the length, a
  // word of exactly 16 bytes (the longest remembered), longer ones, curly
  // quotes (whose shape decides the next token's context) and Latin-1.
  const std::string words =
      "China CHINA china 1996 2024 199 Abcdefghij Abcdefghik Abcdefghijklmnop Abcdefghijklmnopq "
      "Internationalisation \xE2\x80\x9C Quoted \xC3\x89lys\xC3\xA9"
      "e : Colon A a";
  SpaceTokenized first(words + " " + words);
  SpaceTokenized second("Abcdefghijklmnopq " + words + "\n" + words);
  FeatureExtractor warm(nullptr);
  warm.BeginDocument(first.doc);
  warm.BeginDocument(second.doc);
  FeatureExtractor cold(nullptr);
  cold.BeginDocument(second.doc);
  REQUIRE(warm.facts().size() == second.doc.tokens.size());
  for (size_t i = 0; i < second.doc.tokens.size(); ++i) {
    CHECK(SameLexicalFacts(warm, warm.facts()[i], cold, cold.facts()[i]));
  }
  const int lower = second.IndexOf("china"), upper = second.IndexOf("CHINA");
  CHECK(warm.facts()[lower].lower == warm.facts()[upper].lower);
  CHECK(warm.lexical(warm.facts()[lower]).word != warm.lexical(warm.facts()[upper]).word);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
