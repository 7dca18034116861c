#include "language.h"

#include <array>
#include <cstdint>
#include <string_view>

#include "ascii_case.h"
#include "fnv1a.h"

namespace annotator {
namespace {

constexpr uint32_t kEnglish = 1, kOther = 2;

struct FunctionWord {
  uint32_t hash;  // Fnv1a32 of the lower-case word
  uint32_t language;
};

// The words of both lists in an open-addressing table built at compile
// time: a lookup reads one slot, or a few beside it, of a table that stays
// in the cache (a binary search cost 2% of a whole annotation).
constexpr int kTableBits = 10;
constexpr uint32_t kTableMask = (1u << kTableBits) - 1;
using FunctionWordTable = std::array<FunctionWord, 1u << kTableBits>;

constexpr uint32_t SlotOf(uint32_t hash) { return hash >> (32 - kTableBits); }

template <size_t N>
constexpr void Insert(const std::string_view (&lists)[N], uint32_t language, FunctionWordTable* table) {
  for (std::string_view list : lists) {
    while (!list.empty()) {
      const size_t space = list.find(' ');
      const std::string_view word = list.substr(0, space);
      list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
      const uint32_t hash = Fnv1a32(word);
      uint32_t at = SlotOf(hash);
      while ((*table)[at].hash != 0) at = (at + 1) & kTableMask;
      (*table)[at] = {hash, language};
    }
  }
}

// Each list is words separated by single spaces.
constexpr std::string_view kEnglishWords[] = {
    "the of and to a in is that for it on was with as by at from be this are have has not or an but his her they "
    "he she we you i their its which were been will would said who had can more also there than about after",
};

// The commonest function words of the other languages pasted most often,
// without those that are English words too or start common English names
// ("non", "al", "per", "los" of Los Angeles, "van", "el", "un", "et", "il").
constexpr std::string_view kOtherWords[] = {
    "der die das und ist nicht mit sich den von zu dem des ein eine auf f\xC3\xBCr auch wird werden oder bei",  // German
    "que n\xC3\xA3o um uma os para com por mais como foi s\xC3\xA3o pelo pela dos das tamb\xC3\xA9m",  // Portuguese
    "del con una lo su m\xC3\xA1s pero sus fue",                                                       // Spanish
    "di che le della delle dei gli nel sono anche \xC3\xA8 alla",                                      // Italian
    "les une du pour dans pas sur qui au avec ce sont \xC3\xAAtre \xC3\xA9t\xC3\xA9",                  // French
    "yang dan dengan untuk ini itu dari dalam tidak akan pada oleh juga ke",                           // Indonesian
    "het een zijn voor ook aan bij naar",                                                              // Dutch
};

template <size_t E, size_t O>
constexpr FunctionWordTable MakeFunctionWordTable(const std::string_view (&english)[E],
                                                  const std::string_view (&other)[O]) {
  FunctionWordTable table{};
  Insert(english, kEnglish, &table);
  Insert(other, kOther, &table);
  return table;
}

constexpr FunctionWordTable kFunctionWords = MakeFunctionWordTable(kEnglishWords, kOtherWords);

// The function words are at most 7 bytes ("também"); longer words are skipped unhashed.
constexpr size_t kLongestFunctionWord = 7;
constexpr int kWordsLookedAt = 2000;
constexpr int kFewestWords = 30;
constexpr int kWordsSettling = 200;

uint32_t LanguageOf(std::string_view word) {
  if (word.size() > kLongestFunctionWord) return 0;
  uint32_t hash = kFnv1a32Basis;
  for (char c : word) hash = Fnv1a32Step(hash, static_cast<uint8_t>(LowerAscii(c)));
  for (uint32_t at = SlotOf(hash);; at = (at + 1) & kTableMask) {
    if (kFunctionWords[at].hash == hash) return kFunctionWords[at].language;
    if (kFunctionWords[at].hash == 0) return 0;
  }
}

// Whether `word` holds a letter of Latin-1 or Latin Extended-A with a
// diacritic ("Informação", "Städte", "Órgãos"; not "don’t"): English writes
// few words so, the languages of kOtherWords many, and a page of their menus
// and headings has few function words to count.
bool HasAccentedLatinLetter(std::string_view word) {
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    const unsigned char lead = static_cast<unsigned char>(word[i]);
    const unsigned char next = static_cast<unsigned char>(word[i + 1]);
    // U+00C0..U+00FF (lead 0xC3; not × U+00D7 or ÷ U+00F7) and U+0100..U+017F (leads 0xC4, 0xC5).
    if (lead == 0xC3 && next >= 0x80 && next <= 0xBF && next != 0x97 && next != 0xB7) return true;
    if ((lead == 0xC4 || lead == 0xC5) && next >= 0x80 && next <= 0xBF) return true;
  }
  return false;
}

}  // namespace

bool IsOtherLanguage(const Document& doc) {
  int words = 0, english = 0, other = 0;
  for (const Token& token : doc.tokens) {
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kOther) continue;
    if (!token.Has(kHasLetter)) continue;
    // A word of another script is no English; a CJK ideograph is a token of its own.
    const std::string_view word = TokenText(doc, token);
    const uint32_t language = token.Has(kNonLatinLetter) || HasAccentedLatinLetter(word) ? kOther : LanguageOf(word);
    english += language == kEnglish;
    other += language == kOther;
    if (++words == kWordsLookedAt) break;
    // Running English prose settles it early (a fifth of it is these
    // words); a page that opens with a menu or a list does not.
    if (words == kWordsSettling && english * 100 >= words * 15 && other * 4 <= english) return false;
  }
  return words >= kFewestWords && other > english && other * 100 >= words * 3;
}

const char* LanguageName(const Document& doc) {
  static constexpr char kEnglishName[] = "en", kOtherName[] = "other";
  return doc.other_language ? kOtherName : kEnglishName;
}

}  // namespace annotator
