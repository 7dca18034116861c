#include "person_gender.h"

#include <algorithm>

#include "word_table.h"

namespace annotator {
namespace {

std::string_view WithoutPeriod(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word;
}

bool Contains(const FirstNameTable& table, uint32_t hash) {
  const uint32_t bucket = hash >> 24;
  const uint16_t fingerprint = static_cast<uint16_t>(hash >> 8);
  const uint16_t* begin = table.fingerprints + table.offsets[bucket];
  const uint16_t* end = table.fingerprints + table.offsets[bucket + 1];
  return std::binary_search(begin, end, fingerprint);
}

// Also those of other languages and faiths written before a name in English
// news: Burmese "U" and "Daw" ("U Aung Myint Oo", "Daw Khin Sanda Win"), a
// Shia cleric's ranks, the pilgrim's "Alhaji" and "Alhaja" of West Africa,
// Malay "Encik" and "Puan", Bhutanese "Dasho" and "Aum", Afrikaans, German,
// Spanish, Portuguese, French.
constexpr std::string_view kMaleHonorifics[] = {"mr",           "mister",    "sir",      "lord",  "messrs", "u",
                                                "hojatoleslam", "ayatollah", "alhaji",   "encik", "meneer", "herr",
                                                "señor",        "senhor",    "monsieur", "dasho"};
constexpr std::string_view kFemaleHonorifics[] = {
    "mrs",   "ms",   "miss",  "lady",    "dame",   "madam", "madame", "mme",     "mlle",         "daw", "alhaja",
    "hajia", "puan", "datin", "sheikha", "mevrou", "frau",  "señora", "senhora", "mademoiselle", "aum"};
// Offices and ranks written before a name.
constexpr std::string_view kOfficeTitles[] = {
    "mx",         "dr",       "prof",         "professor",  "sen",        "senator",  "rep",       "representative",
    "gov",        "governor", "president",    "pres",       "vice",       "gen",      "general",   "col",
    "colonel",    "lt",       "sgt",          "capt",       "captain",    "adm",      "admiral",   "rev",
    "reverend",   "judge",    "justice",      "mayor",      "chancellor", "minister", "secretary", "speaker",
    "king",       "queen",    "prince",       "princess",   "pope",       "sheikh",   "rabbi",     "chairman",
    "chairwoman", "ceo",      "commissioner", "ambassador", "prime",      "premier",  "st",        "saint",
};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

}  // namespace

Gender FirstNameGender(std::string_view word) {
  // "Jean-Marc", "Anne-Marie": the last part that tells decides (Jean alone
  // is a woman's name in US records); a French compound that opens with
  // Jean is a man's, whatever follows ("Jean-Baptiste", "Jean-Marie").
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos && EqualsLower(word.substr(0, word.find('-')), "jean")) return Gender::kMale;
  if (hyphen != std::string_view::npos) {
    const Gender last = FirstNameGender(word.substr(hyphen + 1));
    return last != Gender::kUnknown ? last : FirstNameGender(word.substr(0, hyphen));
  }
  const uint32_t hash = LowerWordHash(word);
  const bool male = Contains(kMaleFirstNames, hash);
  const bool female = Contains(kFemaleFirstNames, hash);
  if (male == female) return Gender::kUnknown;
  return male ? Gender::kMale : Gender::kFemale;
}

Gender HonorificGender(std::string_view word) {
  word = WithoutPeriod(word);
  if (InList(kMaleHonorifics, word)) return Gender::kMale;
  if (InList(kFemaleHonorifics, word)) return Gender::kFemale;
  return Gender::kUnknown;
}

bool IsPersonTitle(std::string_view word) {
  word = WithoutPeriod(word);
  return InList(kMaleHonorifics, word) || InList(kFemaleHonorifics, word) || InList(kOfficeTitles, word);
}

}  // namespace annotator
