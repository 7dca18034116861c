#include "ner/recognizer.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <utility>

#include "ascii_case.h"
#include "dateline.h"
#include "ner/consistency.h"
#include "ner/features.h"
#include "ner/hash.h"
#include "ner/model.h"
#include "ner/name_heads.h"
#include "ner/prefetch.h"
#include "ner/tags.h"
#include "ner/titles.h"
#include "person_gender.h"
#include "title_words.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {

extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

using ner::kCompanyHeads;
using ner::kInstitutionHeads;
using ner::kLegalSuffixes;
using ner::SortedWordHashes;
using ner::WordHashes;

// Small words that rules look for (lower-form hashes).
constexpr uint64_t kOf = WordHashes({"of"})[0];
constexpr uint64_t kAnd = WordHashes({"and"})[0];
constexpr uint64_t kThe = WordHashes({"the"})[0];
constexpr uint64_t kComma = WordHashes({","})[0];
constexpr uint64_t kIn = WordHashes({"in"})[0];
constexpr uint64_t kAs = WordHashes({"as"})[0];
constexpr uint64_t kFrom = WordHashes({"from"})[0];
constexpr uint64_t kWho = WordHashes({"who"})[0];
constexpr uint64_t kPeriod = WordHashes({"."})[0];
constexpr uint64_t kFor = WordHashes({"for"})[0];
constexpr uint64_t kAmpersand = WordHashes({"&"})[0];
constexpr uint64_t kColon = WordHashes({":"})[0];
constexpr uint64_t kOpenBracket = WordHashes({"("})[0];
constexpr uint64_t kCloseBracket = WordHashes({")"})[0];
constexpr auto kArticles = WordHashes({"a", "an", "the"});

// Compass words that open regions' names ("North Somerset", "Northern
// Europe", "Central Asia"). Lower-form hashes.
constexpr auto kCompassWords = WordHashes(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"});

// The gazetteer's types (ner::GazetteerType) as bit indices: a token's
// `gazetteer` holds four position bits per type, from bit 4 * index.
constexpr int kPlaceBit = 0, kCompanyBit = 1, kCountryBit = 2, kDemonymBit = 3, kFirstNameBit = 4, kPersonNameBit = 5,
              kOrgWordBit = 6, kKnownOrgBit = 7;
static_assert(ner::kGazetteerLocation == 1 << kPlaceBit && ner::kGazetteerOrg == 1 << kCompanyBit &&
                  ner::kGazetteerCountry == 1 << kCountryBit && ner::kGazetteerDemonym == 1 << kDemonymBit &&
                  ner::kGazetteerFirstName == 1 << kFirstNameBit && ner::kGazetteerPersonName == 1 << kPersonNameBit &&
                  ner::kGazetteerOrgWord == 1 << kOrgWordBit && ner::kGazetteerKnownOrganisation == 1 << kKnownOrgBit,
              "gazetteer bits");

// The bits of gazetteer type index `g` at any position.
constexpr uint32_t AnyPosition(int g) { return 0xFu << (4 * g); }

// The text of token `k` of the sentence whose first token is `begin`.
std::string_view TokenText(const Document& doc, int begin, int k) {
  const Token& token = doc.tokens[begin + k];
  return doc.Text(Span{token.begin, token.end});
}

// Whether the token is in a phrase of gazetteer type index `g` at position
// `p` (kUnit: the whole phrase; kLast: its last word of several).
bool HasGazetteerPosition(const ner::TokenFacts& facts, int g, ner::Position p) {
  return (facts.gazetteer >> (4 * g + p)) & 1u;
}

// Places, countries, companies and known organisations: a word some list
// knows as a name.
constexpr uint32_t kKnownNameBits =
    AnyPosition(kPlaceBit) | AnyPosition(kCompanyBit) | AnyPosition(kCountryBit) | AnyPosition(kKnownOrgBit);
// Places and countries some list knows.
constexpr uint32_t kKnownPlaceBits = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit);
// Countries written as acronyms, which the place lists do not hold.
// Lower-form hashes.
constexpr auto kCountryAcronyms = WordHashes({"u.s.", "us", "uk", "u.k."});
// Parts of the world, which the place lists (cities, regions, countries) do
// not hold. Lower-form hashes.
constexpr auto kWorldRegions = WordHashes({"europe", "asia", "africa", "america", "americas", "oceania", "australasia",
                                           "emea", "apac", "nordics", "benelux", "scandinavia"});
// Given names and family names: a word the name lists know as a person's.
constexpr uint32_t kPersonNameBits = AnyPosition(kFirstNameBit) | AnyPosition(kPersonNameBit);

bool IsCapitalisedToken(const ner::TokenFacts& facts) {
  return facts.token_class == ner::kCapitalizedWord || facts.token_class == ner::kAllCapsWord;
}

// Whether token k of the sentence's n tokens is a lower-case word of
// `words` ("of", "told"; k may lie outside the sentence).
template <typename Words>
bool IsLowerWordIn(const ner::TokenFacts* facts, int n, int k, const Words& words) {
  return k >= 0 && k < n && facts[k].token_class == ner::kLowerWord && ner::Contains(words, facts[k].lower);
}

// Whether the `length` tokens from `a` and from `b` are the same words (in
// any case); both runs must lie inside the document.
bool SameWords(const ner::TokenFacts* facts, int a, int b, int length) {
  for (int k = 0; k < length; ++k) {
    if (facts[a + k].lower != facts[b + k].lower) return false;
  }
  return true;
}

// Whether tokens [first, last] are a whole capitalised run, not part of a
// longer one ("CNN", not the "CNN" of "CNN International").
bool StandsAlone(const ner::TokenFacts* facts, int n, int first, int last) {
  return (first == 0 || !IsCapitalisedToken(facts[first - 1])) &&
         (last + 1 == n || !IsCapitalisedToken(facts[last + 1]));
}

// Acronyms of common nouns. CoNLL-2003 (1996 Reuters) taught the tagger that
// a short all-capitals word is almost always an organisation, but today's
// news is full of these ("AI industry", "Intel CEO"); the corpus cannot
// teach otherwise, so they are removed after decoding. Lower-form hashes.
// Members of parliament ("the MP for Newark", "Tory MPs") are among them, and
// so are the connectors, screens and networks of product pages ("two USB-C
// ports", "an HDMI cable") and the clinic's, the market's and industries'
// common nouns ("the ICU", "an ECG", "ETFs", "SUVs", "the PV industry");
// not "NFC" or "DLC", also bodies (the National Football Conference, the
// Democratic Leadership Council), nor "Wi-Fi", whose generations are names
// ("Wi-Fi 6").
constexpr auto kGenericAcronyms = WordHashes({
    "ai",   "agi",  "ceo", "ceos", "cfo",  "coo",  "cto",  "gdp",  "ipo",  "ipos", "tv",    "pc",    "pcs",
    "ev",   "evs",  "gps", "dna",  "rna",  "api",  "apis", "gpu",  "gpus", "cpu",  "cpus",  "llm",   "llms",
    "iot",  "vr",   "faq", "pdf",  "url",  "usb",  "led",  "lcd",  "hr",   "ppe",  "esg",   "ico",   "nft",
    "nfts", "defi", "ui",  "ux",   "saas", "mp",   "mps",  "mep",  "meps", "q&a",  "usb-c", "usb-a", "hdmi",
    "dvi",  "vga",  "hdr", "lan",  "vpn",  "vpns", "rgb",  "oled", "ssd",  "hdd",  "lte",   "uhd",   "fps",
    "sdk",  "diy",  "ecg", "ekg",  "mri",  "icu",  "hvac", "etf",  "etfs", "suv",  "suvs",  "atm",   "atms",
    "adhd", "ptsd", "ivf", "asap", "pv",   "m&a",  "r&d",  "p&l",
});

// A page's labels for what is not the article ("Advert" alone on its line
// was a person). Lower-form hashes.
constexpr auto kPageLabels = WordHashes({"advert", "advertisement", "sponsored"});

// Interjections and abbreviations of chat, social media and speech ("LOL",
// "omg", "Lmao", "XD", "Um"): in capitals or in a post written in lower case they look
// like the acronyms and lower-case names the tagger learned from capitalised
// and lower-cased news, and it called them organisations. They name nothing
// in any case. Lower-form hashes.
constexpr auto kChatWords = WordHashes({
    "lol",
    "lool",
    "lolol",
    "lmao",
    "lmfao",
    "rofl",
    "omg",
    "omfg",
    "wtf",
    "wth",
    "xd",
    "haha",
    "hahaha",
    "hehe",
    "smh",
    "tbh",
    "idk",
    "imo",
    "imho",
    "btw",
    "fyi",
    "ikr",
    "irl",
    "pls",
    "plz",
    "thx",
    "lmk",
    "brb",
    "af",
    "yay",
    "ugh",
    "oh",
    "ohh",
    "ooh",
    "hmm",
    "wow",
    "hi",
    "hey",
    "hello",
    "ok",
    "okay",
    "yeah",
    "yep",
    "nope",
    "um",
    "umm",
    "uh",
    "uhm",
    "erm",
    "ah",
    "ahh",
    "aw",
    // A post's congratulations and thanks, and its address to a reader.
    "congrats",
    "thanks",
    "bro",
    // Latin abbreviations of running text ("(e.g. Smith et al.)").
    "e.g.",
    "i.e.",
    "etc.",
    "cf.",
});

// Pronouns and words that stand for people or things already named
// ("hi all", "thanks everyone"): in lower-case text the tagger, which can no
// longer lean on capitals, took the one after a greeting for a name.
constexpr auto kPronounWords = WordHashes({
    "all",  "everyone", "everybody", "anyone", "someone", "guys", "folks", "you",   "ya",    "i",    "me",    "we",
    "they", "them",     "he",        "she",    "it",      "this", "that",  "these", "those", "here", "there",
});

// A word that names nothing: a generic acronym written with its capitals
// (`text`: "AI", "SUVs", "IoT"; with one capital it may be a name: "Nguyen
// Thi Lan", "Ai Weiwei"), a page's label in capitals or capitalised, a chat
// word in any case, a pronoun in lower case.
bool NamesNothing(const ner::TokenFacts& facts, std::string_view text) {
  auto in_capitals = [&] {
    return std::count_if(text.begin(), text.end(), [](char c) { return IsUpperAscii(c); }) >= 2;
  };
  return (IsCapitalisedToken(facts) && ((ner::Contains(kGenericAcronyms, facts.lower) && in_capitals()) ||
                                        ner::Contains(kPageLabels, facts.lower))) ||
         (facts.token_class <= ner::kAllCapsWord && ner::Contains(kChatWords, facts.lower)) ||
         (facts.token_class == ner::kLowerWord && ner::Contains(kPronounWords, facts.lower));
}

// Whether `word` ends with `suffix` and has more before it.
bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// Whether token `k` is a name of its own (a U tag).
bool IsLoneName(const uint8_t* tags, int k) {
  return tags[k] != ner::kOutsideTag && ner::TagPosition(tags[k]) == ner::kUnit;
}

// Takes words that name nothing out of the decoded tags: a lone one becomes
// O, one at the edge of a longer mention is trimmed off ("Intel CEO" ->
// "Intel", "lol WTH" -> nothing). The sequence stays well-formed.
void DropWordsNamingNothing(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  using ner::kOutsideTag;
  // An ordinal alone ("Sixth appearance" in a table was a person); in a
  // name it stays ("Fourth Estate", "Sixth Form College").
  static constexpr auto kOrdinals =
      WordHashes({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"});
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i) && IsCapitalisedToken(facts[i]) && ner::Contains(kOrdinals, facts[i].lower)) {
      tags[i] = kOutsideTag;
      continue;
    }
    if (tags[i] == kOutsideTag || !NamesNothing(facts[i], TokenText(doc, begin, i))) continue;
    const int type = ner::TagType(tags[i]);
    switch (ner::TagPosition(tags[i])) {
      case ner::kUnit:
        break;
      case ner::kLast:
        tags[i - 1] = static_cast<uint8_t>(
            ner::MakeTag(type, ner::TagPosition(tags[i - 1]) == ner::kBegin ? ner::kUnit : ner::kLast));
        break;
      case ner::kBegin:
        tags[i + 1] = static_cast<uint8_t>(
            ner::MakeTag(type, ner::TagPosition(tags[i + 1]) == ner::kLast ? ner::kUnit : ner::kBegin));
        break;
      case ner::kInside:
        continue;  // inside a longer name ("Bank of AI Research") it stays
    }
    tags[i] = kOutsideTag;
  }
}

// Name types in tag order (ner/tags.h).
constexpr int kPersonType = 0, kOrgType = 1, kLocType = 2, kMiscType = 3;

// Journalists' titles that a beat comes before ("Music correspondent",
// "Political editor"). Lower-form hashes.
constexpr auto kBeatRoles = WordHashes({"correspondent", "editor", "reporter", "columnist"});

// "By Mark Savage, Music correspondent", "By Faisal Islam, Economics
// editor": a one-word person or MISC name right before such a title, after a
// comma or opening the sentence, is the beat (an outlet before it, "BBC
// correspondent", is an organisation and stays, and so does a place:
// "Europe editor"). Not after a word ("appointed Viner editor"), nor before
// "critic" ("Trump critic Liz Cheney").
void DropBeats(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    const bool opens = i == 0 || facts[i - 1].token_class == ner::kOtherToken;
    const bool beat_type =
        tags[i] == ner::MakeTag(kPersonType, ner::kUnit) || tags[i] == ner::MakeTag(kMiscType, ner::kUnit);
    if (opens && beat_type && IsLowerWordIn(facts, n, i + 1, kBeatRoles)) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// Honours and ranks of counsel after a person's name ("Nicholas Johnson KC",
// "Sir Keir Starmer KC", "Jane Smith OBE", "Mark Tedeschi, QC,") name
// nothing: the tagger called "KC" an organisation, which then "said" what
// the barrister told the jury. Only right after a person, or after a person
// and a comma ("KC" alone may be Kansas City, "SC" South Carolina).
void DropPostNominals(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPostNominalHashes = WordHashes(kPostNominals);
  auto ends_person_at = [&](int k) {
    return k >= 0 && tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kPersonType &&
           (ner::TagPosition(tags[k]) == ner::kLast || ner::TagPosition(tags[k]) == ner::kUnit);
  };
  for (int i = 1; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || !ner::Contains(kPostNominalHashes, facts[i].lower)) continue;
    const int position = ner::TagPosition(tags[i]);
    const bool ends_person = position == ner::kLast && ner::TagType(tags[i]) == kPersonType;
    const bool after_person =
        position == ner::kUnit && (ends_person_at(i - 1) || (facts[i - 1].lower == kComma && ends_person_at(i - 2)));
    if (!ends_person && !after_person) continue;
    if (ends_person) {
      tags[i - 1] = static_cast<uint8_t>(
          ner::MakeTag(kPersonType, ner::TagPosition(tags[i - 1]) == ner::kBegin ? ner::kUnit : ner::kLast));
    }
    tags[i] = ner::kOutsideTag;
  }
}

// Writes `type` as a well-formed mention over tags [first, last].
void SetMention(int first, int last, int type, uint8_t* tags) {
  if (first == last) {
    tags[first] = static_cast<uint8_t>(ner::MakeTag(type, ner::kUnit));
    return;
  }
  tags[first] = static_cast<uint8_t>(ner::MakeTag(type, ner::kBegin));
  for (int k = first + 1; k < last; ++k) tags[k] = static_cast<uint8_t>(ner::MakeTag(type, ner::kInside));
  tags[last] = static_cast<uint8_t>(ner::MakeTag(type, ner::kLast));
}

// The last token of the tagged run that starts at token `first` (a B or U tag).
int LastOfRun(const uint8_t* tags, int first) {
  int last = first;
  while (ner::TagPosition(tags[last]) != ner::kLast && ner::TagPosition(tags[last]) != ner::kUnit) ++last;
  return last;
}

// Whether a name begins at token `k` (a B or U tag).
bool BeginsName(const uint8_t* tags, int k) {
  return tags[k] != ner::kOutsideTag &&
         (ner::TagPosition(tags[k]) == ner::kBegin || ner::TagPosition(tags[k]) == ner::kUnit);
}

// Whether a name ends at token `k` (an L or U tag).
bool EndsName(const uint8_t* tags, int k) {
  return tags[k] != ner::kOutsideTag &&
         (ner::TagPosition(tags[k]) == ner::kLast || ner::TagPosition(tags[k]) == ner::kUnit);
}

// A letter alone, with or without a period: a section's or an initial.
// Lower-form hashes.
constexpr auto kLetters = SortedWordHashes(
    {"a",  "b",  "c",  "d",  "e",  "f",  "g",  "h",  "i",  "j",  "k",  "l",  "m",  "n",  "o",  "p",  "q",  "r",
     "s",  "t",  "u",  "v",  "w",  "x",  "y",  "z",  "a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i.", "j.",
     "k.", "l.", "m.", "n.", "o.", "p.", "q.", "r.", "s.", "t.", "u.", "v.", "w.", "x.", "y.", "z."});

// "Group C", "Path A", "Figure B": a part of a list or a document that a
// capital letter names is a label, not a name (CoNLL leaves "group C"
// untagged; the tagger made "Group C" a place and "Group D." MISC). The
// label and its letter are taken out when they are the whole mention, or
// the letter alone is.
void DropLetteredSections(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kSections =
      WordHashes({"group", "pool", "path", "section", "phase", "stage", "zone", "category", "figure", "table",
                  "appendix", "exhibit", "annex", "chapter", "tier"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kSections, facts[i].lower) ||
        facts[i + 1].token_class == ner::kLowerWord || !ContainsSorted(kLetters, facts[i + 1].lower)) {
      continue;
    }
    const bool pair = tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) == ner::kBegin &&
                      tags[i + 1] == ner::MakeTag(ner::TagType(tags[i]), ner::kLast);
    if (pair) tags[i] = ner::kOutsideTag;
    if (pair || (tags[i] == ner::kOutsideTag && IsLoneName(tags, i + 1))) tags[i + 1] = ner::kOutsideTag;
  }
}

// "(Photo: Special Arrangement)", "Image Credit: Gulf News Archives": the
// label of a picture's credit before its colon names nothing (the tagger
// made "Photo" MISC).
void DropCreditLabels(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kLabels = WordHashes({"photo", "photos", "image", "images", "picture", "pictures", "video",
                                              "credit", "credits", "caption", "graphic", "illustration", "file"});
  for (int i = 0; i + 1 < n; ++i) {
    if (IsLoneName(tags, i) && facts[i + 1].lower == kColon && IsCapitalisedToken(facts[i]) &&
        ner::Contains(kLabels, facts[i].lower)) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// "DL", "CB", "S" alone in a table's cell (a sentence of one token, since a
// tab parts sentences): a label of a row or a column, an abbreviation of
// one or two letters that names nothing (they were organisations). `n` is
// the sentence's length.
void DropLabelCells(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  constexpr size_t kMaxLabelLetters = 2;
  if (n != 1 || !IsLoneName(tags, 0) || !IsCapitalisedToken(facts[0])) return;
  const Token& token = doc.tokens[begin];
  if (token.end - token.begin <= kMaxLabelLetters && token.Has(kAllCaps)) tags[0] = ner::kOutsideTag;
}

// The first token of the tagged run that ends at token `last` (an L or U tag).
int FirstOfRun(const uint8_t* tags, int last) {
  int first = last;
  while (ner::TagPosition(tags[first]) != ner::kBegin && ner::TagPosition(tags[first]) != ner::kUnit) --first;
  return first;
}

// "Eng Juma Said Kihwelo" was two persons: "Said", an Arabic and Swahili
// name, capitalised inside a sentence between two persons' names is part of
// one name (not in a headline: "Obama Said Trump Lied").
void JoinNamesAcrossSaid(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kSaid = WordHashes({"said"})[0];
  for (int i = 1; i + 1 < n; ++i) {
    if (facts[i].lower != kSaid || facts[i].token_class != ner::kCapitalizedWord || tags[i] != ner::kOutsideTag ||
        (facts[i].context & (ner::kCaseModes | ner::kSentenceInitial)) || !EndsName(tags, i - 1) ||
        ner::TagType(tags[i - 1]) != kPersonType || !BeginsName(tags, i + 1) ||
        ner::TagType(tags[i + 1]) != kPersonType) {
      continue;
    }
    const int first = FirstOfRun(tags, i - 1), last = LastOfRun(tags, i + 1);
    SetMention(first, last, kPersonType, tags);
    i = last;
  }
}

// "Robert F. Kennedy Jr.", "Kennedy Jr.": a generation's suffix is part of
// the person's name, which without it names the father (the tagger, taught
// by CoNLL-2003, left it out or made "Kennedy Jr." an organisation). A
// holiday named for the person is the holiday's, MISC ("Martin Luther King
// Jr. Day"); a street or a memorial named for one is left as it was.
void JoinGenerationSuffixes(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kSuffixes = WordHashes({"jr.", "jr", "sr.", "sr"});
  static constexpr uint64_t kDay = WordHashes({"day"})[0];
  static constexpr auto kNamedAfter = WordHashes({"boulevard", "avenue", "street", "drive", "memorial"});
  for (int i = 1; i < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kSuffixes, facts[i].lower) ||
        tags[i - 1] == ner::kOutsideTag) {
      continue;
    }
    const bool next_capitalised = i + 1 < n && IsCapitalisedToken(facts[i + 1]);
    if (next_capitalised && ner::Contains(kNamedAfter, facts[i + 1].lower)) continue;
    if (next_capitalised && facts[i + 1].lower == kDay && tags[i + 1] == ner::kOutsideTag) {
      SetMention(FirstOfRun(tags, i - 1), i + 1, kMiscType, tags);
      continue;
    }
    int first;
    if (tags[i] == ner::kOutsideTag) {
      // After a person's name, or a one-word name of any type.
      const int position = ner::TagPosition(tags[i - 1]);
      if (position != ner::kLast && position != ner::kUnit) continue;
      first = FirstOfRun(tags, i - 1);
      if (first != i - 1 && ner::TagType(tags[i - 1]) != kPersonType) continue;
    } else {
      // Inside the name's run ("Kennedy Jr." an organisation).
      if (ner::TagPosition(tags[i]) != ner::kLast) continue;
      first = FirstOfRun(tags, i);
    }
    SetMention(first, i, kPersonType, tags);
  }
}

// "2019-11-18T20:51:19Z Science & Astronomy": a letter glued to the number
// before it is the number's ("Z" of a timestamp, "K" of "4K"), no name's
// first word (the tagger made "Z Science & Astronomy" an organisation).
void DropLettersGluedToNumbers(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || begin + i == 0) continue;
    const Token& token = doc.tokens[begin + i];
    const Token& before = doc.tokens[begin + i - 1];
    constexpr uint32_t kMaxUnitLetters = 3;  // not "10:57PMJeb Bush", a name glued to a time
    if (token.Has(kSpaceBefore) || token.begin != before.end || before.kind != TokenKind::kNumber ||
        token.end - token.begin > kMaxUnitLetters) {
      continue;
    }
    const int last = LastOfRun(tags, i), type = ner::TagType(tags[i]);
    tags[i] = ner::kOutsideTag;
    if (last > i) SetMention(i + 1, last, type, tags);
  }
}

// A word with no capital alone, in a sentence cased as prose, names
// nothing ("my nan's house": "nan" was an organisation); "anti-Trump",
// "eBay" hold one, and a name the lists know may be written so in a tweet
// or a list of tags ("clinton speaking", "Filed under afghanistan").
void DropLowerCaseWords(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!IsLoneName(tags, i) || facts[i].token_class != ner::kLowerWord || (facts[i].context & ner::kCaseModes)) {
      continue;
    }
    // (A list knows it as a name of the type it was given.)
    const int type = ner::TagType(tags[i]);
    const uint32_t known = facts[i].gazetteer;
    if ((type == kLocType && (known & kKnownPlaceBits)) || (type == kPersonType && (known & kPersonNameBits)) ||
        (type == kOrgType && (known & (AnyPosition(kCompanyBit) | AnyPosition(kKnownOrgBit))))) {
      continue;
    }
    // (Capitals outside Latin-1 count: "Łeba" is a town.)
    const std::string_view word = TokenText(doc, begin, i);
    if (!doc.tokens[begin + i].Has(kCapitalized) &&
        std::none_of(word.begin(), word.end(), [](char c) { return IsUpperAscii(c); })) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// "PM2.5 readings", "USD476.98EUR527.92": letters glued to digits, a decimal
// point and more digits are a pollutant's or a price's code, no name (the
// tagger made "PM2.5" a place). The whole name the code is in goes.
void DropDecimalCodes(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 0; i + 2 < n; ++i) {
    const Token& word = doc.tokens[begin + i];
    const Token& point = doc.tokens[begin + i + 1];
    const Token& digits = doc.tokens[begin + i + 2];
    if (tags[i] == ner::kOutsideTag || word.kind != TokenKind::kWord || point.begin != word.end ||
        digits.begin != point.end || digits.kind != TokenKind::kNumber || doc.text[point.begin] != '.' ||
        !IsAsciiDigit(doc.text[word.end - 1])) {
      continue;
    }
    const int first = FirstOfRun(tags, i), last = LastOfRun(tags, first);
    for (int k = first; k <= last; ++k) tags[k] = ner::kOutsideTag;
    i = last;
  }
}

// Whether token `k` is a market data code of a wire story: a future's
// ("CLc1", "LCOc1", "NKc1": capitals, "c", a digit) or an index's after a
// dot (".DJI", ".SPX" of "the Dow Jones Industrial Average .DJI").
bool IsInstrumentCode(const Document& doc, int k) {
  const Token& token = doc.tokens[k];
  // Both kinds of code begin with a capital letter: most words are turned
  // away before their letters are read.
  if (!token.Has(kCapitalized) && !token.Has(kAllCaps)) return false;
  const std::string_view text = TokenText(doc, 0, k);
  const size_t c = text.rfind('c');
  if (c != std::string_view::npos && c >= 1 && c + 1 < text.size()) {
    bool code = true;
    for (size_t i = 0; i < c; ++i) code &= text[i] >= 'A' && text[i] <= 'Z';
    for (size_t i = c + 1; i < text.size(); ++i) code &= text[i] >= '0' && text[i] <= '9';
    if (code) return true;
  }
  if (k == 0 || !token.Has(kAllCaps)) return false;
  const Token& dot = doc.tokens[k - 1];
  return dot.end == token.begin && dot.end == dot.begin + 1 && doc.text[dot.begin] == '.' && dot.Has(kSpaceBefore);
}

// "Brent LCOc1 was last at $60.73", "the Nasdaq Composite .IXIC added":
// the code names nothing, and the name right before it is the instrument's,
// a commodity or an index, with the capitalised words between ("the Dow
// Jones Industrial Average .DJI"; the tagger made "Brent LCOc1" a person,
// "DJI" an organisation and stopped at "Dow Jones").
void DropInstrumentCodes(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!IsInstrumentCode(doc, begin + i)) continue;
    if (tags[i] != ner::kOutsideTag) {
      const int first = FirstOfRun(tags, i), last = LastOfRun(tags, first);
      for (int k = first; k <= last; ++k) tags[k] = ner::kOutsideTag;
      if (first < i) SetMention(first, i - 1, kMiscType, tags);
      continue;
    }
    int end = i - 1;  // the instrument's last word, before the dot of ".DJI"
    if (end >= 0 && doc.tokens[begin + end].kind == TokenKind::kPunct) --end;
    int k = end;
    while (k >= 0 && tags[k] == ner::kOutsideTag && doc.tokens[begin + k].Has(kCapitalized) && end - k < 3) --k;
    // (A place stays one when the code follows it alone: "shares outside
    // Japan .MIAPJ0000PUS".)
    if (k >= 0 && EndsName(tags, k) && !IsInstrumentCode(doc, begin + k) &&
        (k < end || ner::TagType(tags[k]) != kLocType)) {
      SetMention(FirstOfRun(tags, k), end, kMiscType, tags);
    }
  }
}

// "Sun Dec 8", "Mon Dec 9" in a page's listings: a month before a day's
// number is a date's (the numbers' rules find "Dec 8"), no name's last
// word, and a weekday's abbreviation left alone names nothing (the tagger
// made "Sun Dec" an organisation).
// Months' names and abbreviations, not "March" and "May", which are words
// too. Lower-form hashes.
constexpr auto kMonths =
    WordHashes({"jan",  "feb",  "mar",    "apr",       "jun",     "jul",      "aug",     "sep",      "sept",
                "oct",  "nov",  "dec",    "jan.",      "feb.",    "mar.",     "apr.",    "jun.",     "jul.",
                "aug.", "sep.", "sept.",  "oct.",      "nov.",    "dec.",     "january", "february", "april",
                "june", "july", "august", "september", "october", "november", "december"});

//
// So is a weekday's abbreviation before a day's number, and a page's word
// for posting before it ("Posted Mon 7 Jul 2025 at 12:52pm" was the
// organisation "Posted Mon").
void DropMonthsBeforeDays(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr auto kWeekdays = WordHashes({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                                                "sun", "mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."});
  static constexpr auto kPostedWords = WordHashes({"posted", "updated", "published"});
  for (int m = 0; m + 1 < n; ++m) {
    if (!EndsName(tags, m) || facts[m].token_class != ner::kCapitalizedWord ||
        facts[m + 1].token_class != ner::kNumberToken) {
      continue;
    }
    const bool month = ner::Contains(kMonths, facts[m].lower);
    if (!month && !ner::Contains(kWeekdays, facts[m].lower)) continue;
    const Token& day = doc.tokens[begin + m + 1];
    if (day.end - day.begin > 2) continue;  // a day of the month, not a year
    const int first = FirstOfRun(tags, m), type = ner::TagType(tags[m]);
    tags[m] = ner::kOutsideTag;
    if (first == m) continue;
    SetMention(first, m - 1, type, tags);
    const uint64_t before = facts[first].lower;
    if (first == m - 1 && (month ? ner::Contains(kWeekdays, before) : ner::Contains(kPostedWords, before))) {
      tags[first] = ner::kOutsideTag;
    }
  }
}

// Titles the tagger's list lacks, taken off names all the same: "Morowali
// Regent Rachmansyah Lamusu", East Africa's "Eng" (engineer): "Eng Juma
// Kihwelo". Lower-form hashes.
constexpr auto kMoreTitles = WordHashes({"regent", "eng", "eng.", "engr", "engr."});

bool IsTitleToken(const ner::TokenFacts& facts) {
  return IsCapitalisedToken(facts) && (ner::IsTitle(facts.lower) || ner::Contains(kMoreTitles, facts.lower));
}

bool IsHonorificToken(const ner::TokenFacts& facts) {
  return IsCapitalisedToken(facts) && ner::IsHonorific(facts.lower);
}

// "Emily Hart, 31, from Harehills", "Jamal Price, 24, of Chapeltown": where a
// person named with an age is from is a place (the tagger made an unknown
// one-word district a person), unless a list knows the word for a given name.
void ApplyHomesAfterAges(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kFromOrOf = WordHashes({"from", "of"});
  const uint8_t lone_person = ner::MakeTag(kPersonType, ner::kUnit);
  for (int i = 5; i < n; ++i) {
    if (tags[i] != lone_person || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].gazetteer & AnyPosition(kFirstNameBit)) || !ner::Contains(kFromOrOf, facts[i - 1].lower) ||
        facts[i - 2].lower != kComma || facts[i - 3].token_class != ner::kNumberToken || facts[i - 4].lower != kComma ||
        !EndsName(tags, i - 5) || ner::TagType(tags[i - 5]) != kPersonType) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kLocType, ner::kUnit));
  }
}

// "Villagers in Wrington, North Somerset, have …", "Born in Ilford, Essex,
// she …": after a place and a comma, a name set off by another comma or the
// sentence's end is the region the place lies in (it was a person or an
// organisation) when it opens with a compass word; or when it is one word
// that no list knows for a person's name and, unless a list of places knows
// it, none for a company or an organisation ("Essex Property Trust"), the
// place follows a preposition of place, and the name ends its sentence or a
// pronoun or a phrase of time follows its comma (not a list, "In London, Barclays, HSBC and
// Lloyds fell", nor an aside, "in Egypt, Assad, aided by the Russians,
// held on").
void ApplyRegionsAfterPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kMoreCompass = WordHashes({"greater", "mid"});
  static constexpr auto kPlacePrepositions = WordHashes({"in", "near", "from", "outside"});
  auto known_non_place = [&](int k) {
    auto known = [&](int g) { return HasGazetteerPosition(facts[k], g, ner::kUnit); };
    return known(kFirstNameBit) || known(kPersonNameBit) ||
           (!known(kPlaceBit) && (known(kCompanyBit) || known(kKnownOrgBit)));
  };
  static constexpr auto kPronouns = WordHashes({"he", "she", "they", "it", "we", "i", "who", "which", "where"});
  // "Officers were called to an address in Stapleton Road, Easton, at about
  // 22:30": when, after the place.
  static constexpr auto kTimePrepositions = WordHashes({"at", "on", "in", "shortly", "early", "late", "last"});
  for (int i = 2; i + 1 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagType(tags[i]) == kLocType || facts[i - 1].lower != kComma ||
        (ner::TagPosition(tags[i]) != ner::kBegin && ner::TagPosition(tags[i]) != ner::kUnit) ||
        !IsCapitalisedToken(facts[i]) || tags[i - 2] == ner::kOutsideTag || ner::TagType(tags[i - 2]) != kLocType) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    const bool set_off = last + 1 >= n || facts[last + 1].token_class == ner::kOtherToken;
    const bool compass = ner::Contains(kCompassWords, facts[i].lower) || ner::Contains(kMoreCompass, facts[i].lower);
    auto lone_region = [&] {
      const int place = FirstOfRun(tags, i - 2);
      return last == i && facts[i].token_class == ner::kCapitalizedWord && !known_non_place(i) && place > 0 &&
             ner::Contains(kPlacePrepositions, facts[place - 1].lower) &&
             (last + 1 >= n || facts[last + 1].lower == kPeriod ||
              (facts[last + 1].lower == kComma && last + 2 < n &&
               (ner::Contains(kPronouns, facts[last + 2].lower) ||
                IsLowerWordIn(facts, n, last + 2, kTimePrepositions))));
    };
    if (set_off && last - i <= 2 && (compass || lone_region())) SetMention(i, last, kLocType, tags);
    i = last;
  }
}

// "Fresno, Calif.", "JASPER, Alta. —": a state's or a province's
// abbreviation after a place and a comma is the region it lies in, whatever
// the tagger made of a word it rarely saw with its period.
void ApplyAbbreviatedRegions(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 2; i < n; ++i) {
    if (facts[i - 1].lower != kComma || !EndsName(tags, i - 2) || ner::TagType(tags[i - 2]) != kLocType ||
        (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kUnit)) {
      continue;
    }
    // (Not the first part of a word: "Kansas City, Mo.-based".)
    if (i + 1 < n && doc.tokens[i + 1].begin == doc.tokens[i].end && doc.text[doc.tokens[i + 1].begin] == '-') continue;
    const std::string_view word = doc.text.substr(doc.tokens[i].begin, doc.tokens[i].end - doc.tokens[i].begin);
    if (word.size() >= 3 && word.back() == '.' &&
        LookupAbbreviation(word.substr(0, word.size() - 1)) == AbbreviationKind::kRegion) {
      SetMention(i, i, kLocType, tags);
    }
  }
}

// "Health Secretary Wes Streeting", "Communications Minister Anika Wells":
// a cabinet portfolio before an office is part of the title, no name (the
// tagger made "Health" and "Communications" organisations). Lower-form hashes.
constexpr auto kPortfolios = WordHashes({
    "health",      "education", "communications", "defence",     "defense",     "finance", "foreign",
    "home",        "trade",     "transport",      "environment", "energy",      "culture", "housing",
    "agriculture", "interior",  "immigration",    "employment",  "industry",    "science", "sport",
    "tourism",     "welfare",   "infrastructure", "climate",     "communities", "work",    "transportation",
    "justice",     "commerce",  "economy",
});
constexpr auto kPortfolioOffices =
    WordHashes({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner"});

// So is the level of government before them in India's and Nigeria's
// titles: "Union Minister Piyush Goyal", "Union Home Minister Amit Shah",
// "Federal Health Minister" ("Union" was a place).
constexpr auto kGovernmentLevels = WordHashes({"union", "federal"});

// Whether token `k` follows an office and "of" or "for": "Minister for
// [Housing]", "Minister of [State]".
bool FollowsOfficeAndPreposition(const ner::TokenFacts* facts, int k) {
  return k >= 2 && (facts[k - 1].lower == kOf || facts[k - 1].lower == kFor) &&
         facts[k - 1].token_class == ner::kLowerWord && IsCapitalisedToken(facts[k - 2]) &&
         ner::Contains(kPortfolioOffices, facts[k - 2].lower);
}

// Or a head's: "Executive Director of Yale Hospitality", "Provincial
// Director of Environment", "Head of Research".
bool FollowsOfficeOrHeadAndPreposition(const ner::TokenFacts* facts, int k) {
  static constexpr auto kHeads = WordHashes({"director", "head"});
  return FollowsOfficeAndPreposition(facts, k) ||
         (k >= 2 && (facts[k - 1].lower == kOf || facts[k - 1].lower == kFor) &&
          facts[k - 1].token_class == ner::kLowerWord && IsCapitalisedToken(facts[k - 2]) &&
          ner::Contains(kHeads, facts[k - 2].lower));
}

void DropPortfolios(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto office_at = [&](int k) {
    return k < n && IsCapitalisedToken(facts[k]) && ner::Contains(kPortfolioOffices, facts[k].lower);
  };
  auto portfolio_at = [&](int k) {
    return k < n && IsCapitalisedToken(facts[k]) && ner::Contains(kPortfolios, facts[k].lower);
  };
  for (int i = 0; i + 1 < n; ++i) {
    // ("Trade and Industry" one name before the office.)
    if (BeginsName(tags, i) && LastOfRun(tags, i) == i + 2 && facts[i + 1].lower == kAnd && office_at(i + 3) &&
        IsCapitalisedToken(facts[i]) && IsCapitalisedToken(facts[i + 2])) {
      for (int k = i; k <= i + 2; ++k) tags[k] = ner::kOutsideTag;
      continue;
    }
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit || !IsCapitalisedToken(facts[i])) {
      continue;
    }
    const bool portfolio = portfolio_at(i) && office_at(i + 1);
    const bool level = ner::Contains(kGovernmentLevels, facts[i].lower) &&
                       (office_at(i + 1) || (portfolio_at(i + 1) && office_at(i + 2)));
    // "Petroleum and Energy Minister Tomaiyo Aki", "Trade and Industry
    // Secretary": two fields before the office, the first of any name (the
    // tagger made "Petroleum" a place, and it took his words).
    const bool two_fields = i + 3 < n && facts[i + 1].lower == kAnd && IsCapitalisedToken(facts[i + 2]) &&
                            office_at(i + 3) && (tags[i + 2] == ner::kOutsideTag || IsLoneName(tags, i + 2));
    if (two_fields) tags[i + 2] = ner::kOutsideTag;
    if (portfolio || level || two_fields) tags[i] = ner::kOutsideTag;
  }
  // "Minister for Housing Darragh O'Brien", "Minister of Health Mark
  // Holland": the portfolio after the office and "for" or "of" ends the
  // title, and the two words or more after it name the person (the tagger
  // read one organisation or place).
  // (Also "the Commissioner for the Environment and Water Resources, Mr
  // Tokunbo Wahab": the portfolio after "the", and a second one after "and"
  // that ends before the comma.)
  for (int i = 2; i + 2 < n; ++i) {
    const int preposition = facts[i - 1].lower == kThe && facts[i - 1].token_class == ner::kLowerWord ? i - 2 : i - 1;
    if (!BeginsName(tags, i) || !portfolio_at(i) || !FollowsOfficeAndPreposition(facts, preposition + 1)) continue;
    const int last = LastOfRun(tags, i);
    // ("the Minister of Finance, Wale Edun": the portfolio alone is no
    // organisation.)
    if (last == i) {
      tags[i] = ner::kOutsideTag;
      const int second = i + 2;
      if (second < n && facts[i + 1].lower == kAnd && BeginsName(tags, second)) {
        const int second_last = LastOfRun(tags, second);
        if (second_last + 1 < n && facts[second_last + 1].lower == kComma) {
          for (int k = second; k <= second_last; ++k) tags[k] = ner::kOutsideTag;
        }
      }
    }
    if (last < i + 2 || !IsCapitalisedToken(facts[i + 1]) || portfolio_at(i + 1)) continue;
    tags[i] = ner::kOutsideTag;
    SetMention(i + 1, last, kPersonType, tags);
    i = last;
  }
  // Kenya's "Health Cabinet Secretary Deborah Barasa", "Treasury Cabinet
  // Secretary John Mbadi": the portfolio and "Cabinet" before the office,
  // read as one organisation or the portfolio alone as one.
  static constexpr auto kCabinet = WordHashes({"cabinet"});
  static constexpr uint64_t kTreasury = WordHashes({"treasury"})[0];
  for (int i = 0; i + 2 < n; ++i) {
    const bool cabinet_office = IsCapitalisedToken(facts[i + 1]) && ner::Contains(kCabinet, facts[i + 1].lower) &&
                                office_at(i + 2) && (portfolio_at(i) || facts[i].lower == kTreasury);
    if (!cabinet_office || tags[i] == ner::kOutsideTag) continue;
    const bool one_name = ner::TagPosition(tags[i]) == ner::kBegin && ner::TagPosition(tags[i + 1]) == ner::kLast;
    const bool portfolio_alone = ner::TagPosition(tags[i]) == ner::kUnit && tags[i + 1] == ner::kOutsideTag;
    if (one_name || portfolio_alone) tags[i] = tags[i + 1] = ner::kOutsideTag;
  }
}

// Whether document tokens `a` and `b` stand one space apart (not across a
// line: a menu's "Sport\nRussia", a list's "Most Popular\n1").
bool OneSpaceBetween(const Document& doc, int a, int b) {
  return doc.text.substr(doc.tokens[a].end, doc.tokens[b].begin - doc.tokens[a].end) == " ";
}

// Whether tokens [first, last] are exactly one entry of gazetteer type index
// `g` (kPlaceBit, kCompanyBit, …).
bool IsGazetteerSpan(const ner::TokenFacts* facts, int first, int last, int g) {
  auto has = [&](int k, ner::Position p) { return HasGazetteerPosition(facts[k], g, p); };
  if (first == last) return has(first, ner::kUnit);
  if (!has(first, ner::kBegin) || !has(last, ner::kLast)) return false;
  for (int k = first + 1; k < last; ++k) {
    if (!has(k, ner::kInside)) return false;
  }
  return true;
}

// Whether tokens [first, last] are a name the lists know as a company or an
// organisation.
bool IsListedOrganisation(const ner::TokenFacts* facts, int first, int last) {
  return IsGazetteerSpan(facts, first, last, kCompanyBit) || IsGazetteerSpan(facts, first, last, kKnownOrgBit);
}

// Whether tokens [first, last] are a name the lists know as a place or a
// country.
bool IsListedPlace(const ner::TokenFacts* facts, int first, int last) {
  return IsGazetteerSpan(facts, first, last, kPlaceBit) || IsGazetteerSpan(facts, first, last, kCountryBit);
}

// Lower-case words that may follow a place's name where a phrase ends.
// Lower-form hashes.
constexpr auto kAfterPlacePhrase = WordHashes({"and", "or", "in", "on", "of", "near", "where", "which", "that", "who",
                                               "when", "to", "for", "with", "at", "after", "before", "since", "by"});

// "a North Austin apartment complex", "South Beirut": a compass word and a
// place the lists know, which the tagger made a person (Austin is a given
// name too, and the person then spread to the dateline's "AUSTIN"), are a
// part of that place.
void ApplyCompassPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) == ner::kUnit || ner::TagType(tags[i]) != kPersonType) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (facts[i].token_class == ner::kCapitalizedWord && ner::Contains(kCompassWords, facts[i].lower) &&
        IsListedPlace(facts, i + 1, last)) {
      SetMention(i, last, kLocType, tags);
    }
    i = last;
  }
}

// "the eastern Himalaya", "in northern Kivu": a person's name after a
// compass adjective in lower case is a place's (it took the next "he
// said"). Over the whole document's tags, after the consistency pass, which
// spread a headline's person to it.
void ApplyPlacesAfterCompassAdjectives(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kCompassAdjectives =
      WordHashes({"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                  "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"});
  for (int i = 1; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if (ner::TagType(tags[i]) == kPersonType && last - i < 2 && IsLowerWordIn(facts, n, i - 1, kCompassAdjectives)) {
      SetMention(i, last, kLocType, tags);
    }
    i = last;
  }
}

// "British Columbia Premier David Eby" opening a sentence was tagged a
// people's word and a place: two names side by side that a list knows
// whole for a place or a country are that place.
void JoinListedPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if (last + 1 < n && BeginsName(tags, last + 1)) {
      const int next_last = LastOfRun(tags, last + 1);
      if (IsListedPlace(facts, i, next_last)) {
        SetMention(i, next_last, kLocType, tags);
        i = next_last;
        continue;
      }
    }
    i = last;
  }
}

// "The Democratic Alliance (DA), led by …", "The Coalition trails Labor":
// the tagger took the sentence's opening "The" into an institution's name,
// which it never holds inside a sentence ("the Democratic Party"). A
// publication's keeps it ("The Washington Post"): its head is no
// institution's. So do the bodies named by one word that always take "the"
// ("The Politburo said", "The Knesset approved").
void DropOpeningArticles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kOneWordBodies =
      WordHashes({"politburo", "knesset", "bundestag", "bundesrat", "duma", "storting", "riksdag", "sejm", "kremlin",
                  "pentagon", "vatican", "taliban", "senate", "congress", "parliament", "cabinet", "treasury"});
  if (n < 2 || facts[0].lower != kThe || !BeginsName(tags, 0) || ner::TagType(tags[0]) != kOrgType) return;
  const int last = LastOfRun(tags, 0);
  if (last >= 1 && (ner::ContainsSorted(kInstitutionHeads, facts[last].lower) ||
                    (last == 1 && ner::Contains(kOneWordBodies, facts[1].lower)))) {
    SetMention(1, last, kOrgType, tags);
  }
}

// Prepositions that open a sentence before a name and are no part of it (not
// those that open titles: "Inside Man", "After Earth", "Under the Dome").
constexpr auto kOpeningPrepositions = WordHashes({"against", "for", "from", "in", "on", "at", "with", "without",
                                                  "unlike", "like", "despite", "during", "since", "across"});

// "HONG KONG (AP) — A Hong Kong court": an article opening a sentence
// after a dateline's dash is no part of the name after it, which the
// tagger read as mid-sentence. A name right after a dash that opens with
// "A" or "An" and is otherwise a name some list knows, while the whole is
// none ("A Coruña"), starts after the article ("An Post" opening a
// sentence stays). So does a name that opens a sentence, or a quotation,
// with a preposition ("“Against Madrid, it is never over,”").
void DropLeadingArticles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kArticles = WordHashes({"a", "an"});
  static constexpr auto kDashes = WordHashes({"-", "\u2013", "\u2014", "--"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) == ner::kUnit ||
        facts[i].token_class != ner::kCapitalizedWord) {
      continue;
    }
    const bool after_dash =
        i > 0 && ner::Contains(kDashes, facts[i - 1].lower) && ner::Contains(kArticles, facts[i].lower);
    const bool opens = i == 0 || facts[i - 1].token_class == ner::kOtherToken;
    if (!after_dash && !(opens && ner::Contains(kOpeningPrepositions, facts[i].lower))) continue;
    const int last = LastOfRun(tags, i);
    bool known = false, whole = false;
    for (int g : {kPlaceBit, kCompanyBit, kCountryBit, kKnownOrgBit}) {
      known |= IsGazetteerSpan(facts, i + 1, last, g);
      whole |= IsGazetteerSpan(facts, i, last, g);
    }
    if (known && !whole) {
      tags[i] = ner::kOutsideTag;
      SetMention(i + 1, last, ner::TagType(tags[last]), tags);
    }
    i = last;
  }
}

// "Dar es Salaam", "Rio de Janeiro" tagged a person's name for its particle:
// a person's name with a word in lower case inside that a list knows whole
// for a place is the place.
void RetypePlacesWithParticles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kPersonType) continue;
    const int last = LastOfRun(tags, i);
    bool particle = false;
    for (int k = i + 1; k < last; ++k) particle |= facts[k].token_class == ner::kLowerWord;
    if (particle && IsGazetteerSpan(facts, i, last, kPlaceBit)) SetMention(i, last, kLocType, tags);
    i = last;
  }
}

// Capitalised particles that open a part of a name: Irish "Ó", "Ní", "Nic",
// "Uí" before a family name ("Fergal Ó Muircheartaigh" was "Muircheartaigh"
// alone), with the given name before them; Māori "Te" before any name ("Te
// Tahi Land Trust" was "Tahi Land Trust"). Not at a sentence's start.
void JoinCapitalisedParticles(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i] != ner::kOutsideTag || !BeginsName(tags, i + 1) || (facts[i].context & ner::kSentenceInitial)) {
      continue;
    }
    const std::string_view word = TokenText(doc, begin, i);
    const int last = LastOfRun(tags, i + 1);
    if (word == "Te") {
      SetMention(i, last, ner::TagType(tags[i + 1]), tags);
    } else if (IsOneOf(word, {"Ó", "Ní", "Nic", "Uí"}) && ner::TagType(tags[i + 1]) == kPersonType && i > 0 &&
               facts[i - 1].token_class == ner::kCapitalizedWord && !IsTitleToken(facts[i - 1]) &&
               (tags[i - 1] == ner::kOutsideTag || EndsName(tags, i - 1))) {
      const int first = tags[i - 1] == ner::kOutsideTag ? i - 1 : FirstOfRun(tags, i - 1);
      SetMention(first, last, kPersonType, tags);
    }
    i = last;
  }
}

bool IsAnyGivenName(const ner::TokenFacts& facts);

// "Alphabet CEO Sundar Pichai" was one MISC name: a name not a person's
// that holds a title (an office, or a chief officer's acronym) and ends in
// two or three capitalised words after it is the body before the title and
// the person after it; the title names neither.
void SplitTitleInsideName(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kChiefOfficers = WordHashes({"ceo", "cfo", "coo", "cto"});
  static constexpr auto kLegislators =
      WordHashes({"mp", "mep", "msp", "mla", "td", "senator", "sen.", "congressman", "congresswoman"});
  auto title = [&](int k) {
    return IsTitleToken(facts[k]) || (IsCapitalisedToken(facts[k]) && ner::Contains(kChiefOfficers, facts[k].lower));
  };
  // (In a person's name, a place's office: "Morowali Regent Rachmansyah
  // Lamusu" is the regency's regent, "Goshing Gup Ugyen Dorji" the block's
  // headman; "Zhemgang Dzongda" alone the district's governor, no one's
  // name, unless a given name comes first: "Michel Mayor".)
  static constexpr auto kPlaceOffices = WordHashes({"regent", "governor", "mayor", "akim", "dzongda", "gup"});
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    if (ner::TagType(tags[i]) == kPersonType && i + 3 <= last && !title(i) &&
        facts[i].token_class == ner::kCapitalizedWord && IsCapitalisedToken(facts[i + 1]) &&
        ner::Contains(kPlaceOffices, facts[i + 1].lower) && last - (i + 2) >= 1 && last - (i + 2) <= 2) {
      SetMention(i, i, kLocType, tags);
      tags[i + 1] = ner::kOutsideTag;
      SetMention(i + 2, last, kPersonType, tags);
      i = last;
      continue;
    }
    if (ner::TagType(tags[i]) == kPersonType && i + 1 == last && facts[i].token_class == ner::kCapitalizedWord &&
        !title(i) && !IsAnyGivenName(facts[i]) && ner::Contains(kPlaceOffices, facts[last].lower)) {
      SetMention(i, i, kLocType, tags);
      tags[last] = ner::kOutsideTag;
      i = last;
      continue;
    }
    // (And a legislator's title after the party or the place, or a chief
    // officer's after the company: "Isamaa MP Urmas Rebane", "Samagi Jana
    // Balawegaya MP Harshana Wijesundara", "Nimbus CEO Ingrid Solheim" were
    // one person.)
    if (ner::TagType(tags[i]) == kPersonType && !title(i)) {
      auto inner_title = [&](int k) {
        return IsCapitalisedToken(facts[k]) &&
               (ner::Contains(kLegislators, facts[k].lower) || ner::Contains(kChiefOfficers, facts[k].lower));
      };
      int member = i + 1;
      while (member < last - 1 && !inner_title(member)) ++member;
      bool name = member < last - 1 && last - member <= 3;
      for (int k = i; name && k < member; ++k) name = facts[k].token_class == ner::kCapitalizedWord;
      for (int k = member + 1; name && k <= last; ++k)
        name = facts[k].token_class == ner::kCapitalizedWord && !title(k);
      if (name) {
        // (A chief officer's is a company's: "Wells Fargo CEO John Stumpf".)
        const bool place = IsListedPlace(facts, i, member - 1) && !ner::Contains(kChiefOfficers, facts[member].lower);
        SetMention(i, member - 1, place ? kLocType : kOrgType, tags);
        tags[member] = ner::kOutsideTag;
        SetMention(member + 1, last, kPersonType, tags);
      }
      i = last;
      continue;
    }
    if (title(i)) {
      i = last;
      continue;
    }
    int p = i + 1;
    while (p < last && !title(p)) ++p;
    int q = p;  // the title's last word
    while (q + 1 < last && title(q + 1)) ++q;
    const int person = q + 1;
    bool name = p < last && last - person >= 1 && last - person <= 2;
    for (int k = person; name && k <= last; ++k) name = facts[k].token_class == ner::kCapitalizedWord && !title(k);
    if (name) {
      SetMention(i, p - 1, kOrgType, tags);
      for (int k = p; k <= q; ++k) tags[k] = ner::kOutsideTag;
      SetMention(person, last, kPersonType, tags);
    }
    i = last;
  }
}

// Roman numbers as kings, popes and laws' titles go (lower-form hashes).
constexpr auto kRomanNumerals =
    WordHashes({"ii",   "iii", "iv", "v",   "vi",   "vii",   "viii", "ix", "x",   "xi",   "xii",
                "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix",  "xx", "xxi", "xxii", "xxiii"});

// Whether the token is a Roman number in capitals ("II", "XVI").
bool IsRomanNumeral(const ner::TokenFacts& facts) {
  return facts.token_class == ner::kAllCapsWord && ner::Contains(kRomanNumerals, facts.lower);
}

// "Queen Elizabeth II", "Pope Benedict XVI": a name that opens with a
// monarch's or pope's title and ends with a regnal number is a person's,
// whatever the tagger made of it (organisations, mostly). Not without the
// title: "World War II", "Super Bowl LVII", "Apollo XIII".
bool IsRegnalName(const ner::TokenFacts* facts, const uint8_t* tags, int first) {
  static constexpr auto kSovereigns = WordHashes({"king", "queen", "pope", "emperor", "empress", "tsar", "czar"});
  if (ner::TagPosition(tags[first]) != ner::kBegin || !IsCapitalisedToken(facts[first]) ||
      !ner::Contains(kSovereigns, facts[first].lower)) {
    return false;
  }
  const int last = LastOfRun(tags, first);
  return last - first == 2 && facts[first + 1].token_class == ner::kCapitalizedWord && IsRomanNumeral(facts[last]);
}

bool IsInstitutionHead(const ner::TokenFacts& facts);

// Given names of today's news that the tagger, which knows given names from
// a list of mostly English-speaking ones, leaves out before the family name
// ("Barack Obama" was tagged Obama alone 26 times of 28 on PolNeAR and the
// pages; adding these to the tagger's list and retraining made "Facebook" a
// person on the pages), and the kunya, "father of" and "mother of", which
// opens an Arabic name ("Abu Mohammed al-Golani" was tagged without it).
// Lower-form hashes.
constexpr auto kWorldGivenNames = WordHashes({
    "abdullah",
    "abu",
    "umm",
    "abdel",
    "abdelaziz",
    "abdulaziz",
    "abdulrahman",
    "abdul",
    "abbas",
    "ahmad",
    "ahmet",
    "anwar",
    "ashraf",
    "ayman",
    "bashar",
    "ebrahim",
    "hamad",
    "hamid",
    "hossein",
    "ibrahim",
    "ismail",
    "jamal",
    "javad",
    "karim",
    "khaled",
    "khalid",
    "mahmoud",
    "majid",
    "hassan",
    "mehmet",
    "mohamed",
    "mohammad",
    "mohammed",
    "muhammad",
    "mustafa",
    "nabil",
    "qasem",
    "rashid",
    "recep",
    "salman",
    "samir",
    "tamim",
    "walid",
    "yahya",
    "yasser",
    "youssef",
    "yusuf",
    "naftali",
    "yair",
    "yitzhak",
    "yoav",
    "amit",
    "arvind",
    "imran",
    "joko",
    "narendra",
    "nawaz",
    "prabowo",
    "rahul",
    "ranil",
    "rishi",
    "sanjay",
    "satya",
    "shehbaz",
    "sundar",
    "mahathir",
    "fumio",
    "jinping",
    "keqiang",
    "shinzo",
    "yoshihide",
    "abiy",
    "bola",
    "cyril",
    "emmerson",
    "hakainde",
    "muhammadu",
    "olusegun",
    "raila",
    "thabo",
    "uhuru",
    "yoweri",
    "andrés",
    "dilma",
    "evo",
    "jair",
    "luiz",
    "nayib",
    "nicolás",
    "xiomara",
    "andrzej",
    "dmitry",
    "dmitri",
    "ilham",
    "mikheil",
    "nikol",
    "shavkat",
    "volodymyr",
    "yevgeny",
    "yulia",
    "kristalina",
    "kyriakos",
    "mette",
    "olaf",
    "sanna",
    "barack",
    "elon",
    "kamala",
    "malala",
    // Given names of West, East and southern Africa, which the tagger's and
    // US birth records' lists lack ("Temitope Adeyemi-Clarke" was an
    // organisation).
    "temitope",
    "folake",
    "funmilayo",
    "oluwaseun",
    "olumide",
    "adebayo",
    "adewale",
    "ayodele",
    "babatunde",
    "bolanle",
    "damilola",
    "folasade",
    "kehinde",
    "yetunde",
    "abimbola",
    "adeola",
    "tolulope",
    "olufemi",
    "chinedu",
    "chukwuemeka",
    "emeka",
    "ngozi",
    "chiamaka",
    "chidinma",
    "chioma",
    "obinna",
    "ifeanyi",
    "uchenna",
    "nnamdi",
    "adaeze",
    "chinonso",
    "ikenna",
    "kelechi",
    "nkechi",
    "chimamanda",
    "chinenye",
    "kwame",
    "kofi",
    "kwabena",
    "kwaku",
    "kwesi",
    "kojo",
    "kwadwo",
    "akosua",
    "adwoa",
    "abena",
    "afua",
    "wanjiru",
    "wambui",
    "njeri",
    "wanjiku",
    "akinyi",
    "atieno",
    "achieng",
    "thandiwe",
    "sipho",
    "nomvula",
    "lindiwe",
    "bongani",
    "sibusiso",
    "nokuthula",
    "lerato",
    "tshepo",
    "tesfaye",
    "mulugeta",
    "tigist",
    "yohannes",
});

// A given name of the tagger's list or of today's news.
bool IsAnyGivenName(const ner::TokenFacts& facts) {
  return ner::IsGivenName(facts) || ner::Contains(kWorldGivenNames, facts.lower);
}

// The Arabic title that is also a part of many names. Lower-form hashes.
constexpr auto kSheikh = WordHashes({"sheikh", "sheik", "shaikh"});

// "said Associate Professor Tan Wei Ming", "Assoc Prof Tan added", "Vice
// Provost (Research)": a word that ranks a title, before it, is part of the
// title, no name (the tagger made "Associate" a person, who spoke, and kept
// "Assoc Prof" in the name). Before TrimTitles, which then takes the title off.
void DropTitleRanks(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kRanks = WordHashes({"associate", "assoc", "assistant", "asst", "adjunct", "emeritus",
                                             "visiting", "vice", "deputy", "acting", "senior", "honorary"});
  static constexpr auto kRankedTitles = WordHashes({"professor", "prof", "provost", "chancellor", "lecturer"});
  auto rank_at = [&](int k) { return IsCapitalisedToken(facts[k]) && ner::Contains(kRanks, facts[k].lower); };
  auto ranked_title_at = [&](int k) {
    return IsCapitalisedToken(facts[k]) && ner::Contains(kRankedTitles, facts[k].lower);
  };
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i), type = ner::TagType(tags[i]);
    // (The title alone after the rank names no one: "Vice Provost", "Deputy
    // Akim".)
    if (last == i && i > 0 && rank_at(i - 1) && (ranked_title_at(i) || IsTitleToken(facts[i]))) {
      tags[i] = ner::kOutsideTag;
    }
    const int title = facts[i + 1].lower == kPeriod && i + 2 < n ? i + 2 : i + 1;
    if (rank_at(i) && ranked_title_at(title)) {
      for (int k = i; k < title && k <= last; ++k) tags[k] = ner::kOutsideTag;
      if (last >= title) SetMention(title, last, type, tags);
    }
    i = last;
  }
}

// Takes titles off the front of person names ("Mayor Bill de Blasio" ->
// "Bill de Blasio"); a "name" of several words that are all titles ("Prime
// Minister") is none, while a lone one stays: "said King" names Mr King. A
// name of any type after an honorific, inside or out, is a person's
// ("Professor Eastman" tagged an organisation, "Mr. Trump" with "Trump" one),
// as are capitalised words after one that the tagger left untagged.
void TrimTitles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNameWords = 4;
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag) {
      // Capitalised words the tagger left out after an honorific ("Mr. Trump,").
      // Not when a title follows: "Mr. President", "Mr. Chief Justice".
      auto name_word = [&](int k) {
        return facts[k].token_class == ner::kCapitalizedWord && !ner::IsTitle(facts[k].lower);
      };
      if (i == 0 || !IsHonorificToken(facts[i - 1]) || !name_word(i)) continue;
      int last = i;
      while (last + 1 < n && last + 1 < i + kMaxNameWords && tags[last + 1] == ner::kOutsideTag &&
             name_word(last + 1)) {
        ++last;
      }
      // Up to a person's name right after them, which they open ("Dr Clare"
      // + "Bailey Mosley").
      if (last + 1 < n && BeginsName(tags, last + 1) && ner::TagType(tags[last + 1]) == kPersonType) {
        last = LastOfRun(tags, last + 1);
      }
      SetMention(i, last, kPersonType, tags);
      i = last;
      continue;
    }
    // "Rep. Jason Chaffetz (R-Utah)" made "Rep." MISC: an abbreviated title
    // alone before a capitalised word names no one itself.
    static constexpr auto kAbbreviatedTitles = WordHashes(
        {"rep.", "sen.", "gov.", "gen.", "col.", "capt.", "lt.", "sgt.", "rev.", "dr.", "mr.", "mrs.", "ms."});
    if (ner::TagPosition(tags[i]) == ner::kUnit && ner::Contains(kAbbreviatedTitles, facts[i].lower) && i + 1 < n &&
        IsCapitalisedToken(facts[i + 1])) {
      tags[i] = ner::kOutsideTag;
      continue;
    }
    if (ner::TagType(tags[i]) != kPersonType) {
      const int position = ner::TagPosition(tags[i]);
      const bool starts_with_honorific = position == ner::kBegin && IsHonorificToken(facts[i]);
      const bool after_honorific =
          (position == ner::kBegin || position == ner::kUnit) && i > 0 && IsHonorificToken(facts[i - 1]);
      // "Sheriff Craig Apple" was an organisation (Apple is a company): a
      // title, a given name and a word after it name a person; not a place
      // or an institution named for one ("Emperor Norton Bridge", "Bishop
      // Noll Institute").
      static constexpr auto kNamedForPeople = WordHashes(
          {"bridge", "park",   "street",   "road",  "avenue",     "boulevard",   "square",  "hall",  "house",
           "center", "centre", "building", "tower", "station",    "airport",     "stadium", "arena", "memorial",
           "award",  "prize",  "trophy",   "cup",   "fellowship", "scholarship", "lecture", "day"});
      const bool titled_given_name = position == ner::kBegin && IsTitleToken(facts[i]) && i + 2 < n &&
                                     ner::IsGivenName(facts[i + 1]) && ner::TagPosition(tags[i + 1]) == ner::kInside &&
                                     ner::TagPosition(tags[i + 2]) == ner::kLast && !IsInstitutionHead(facts[i + 2]) &&
                                     !ner::Contains(kNamedForPeople, facts[i + 2].lower) &&
                                     !(facts[i + 2].gazetteer & AnyPosition(kOrgWordBit));
      if (!starts_with_honorific && !after_honorific && !titled_given_name && !IsRegnalName(facts, tags, i)) continue;
      SetMention(i, LastOfRun(tags, i), kPersonType, tags);
    }
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    // "served as Rector of the university": a lone title before "of" is
    // the office, no one's name.
    if (position == ner::kUnit && IsTitleToken(facts[i]) && i + 1 < n && facts[i + 1].lower == kOf) {
      tags[i] = ner::kOutsideTag;
      continue;
    }
    // "Charles Bolden, NASA Administrator": an agency's acronym and an
    // office after it are the office, and the acronym the agency's.
    if (position == ner::kBegin && ner::TagPosition(tags[i + 1]) == ner::kLast &&
        facts[i].token_class == ner::kAllCapsWord && !(facts[i].context & ner::kCaseModes) &&
        IsTitleToken(facts[i + 1])) {
      SetMention(i, i, kOrgType, tags);
      tags[i + 1] = ner::kOutsideTag;
      i = i + 1;
      continue;
    }
    const int last = LastOfRun(tags, i);
    int first = i;
    // "Chief of Staff Rui Costa": the tagger began the name at the office's
    // last word after a title and "of".
    if (ner::TagType(tags[i]) == kPersonType && i >= 2 && i + 1 < last && facts[i - 1].lower == kOf &&
        IsTitleToken(facts[i - 2]) && facts[i].token_class == ner::kCapitalizedWord && !ner::IsGivenName(facts[i])) {
      ++first;
    }
    while (first < last && IsTitleToken(facts[first])) ++first;
    if (first == last && last > i && IsTitleToken(facts[last])) ++first;  // only titles
    // "Sandy Hook Elementary Principal Dawn Hochsprung": a title inside,
    // before a given name, ends what names the person's school, town or
    // firm. Its type is unknown here, so it goes untagged. After an acronym
    // alone ("TMC MP Mahua Moitra", "UK MP …") the title ends the acronym's
    // name whatever the given name, and the acronym keeps one of its own: a
    // country's or an organisation's.
    // So does a place a list knows before the title ("Maharashtra CM
    // Fadnavis", "Karnataka CM Siddaramaiah"), which keeps its own, and an
    // abbreviated title, which no name holds ("Akbayan Rep. Perci Cendaña").
    const bool acronym_first =
        facts[first].token_class == ner::kAllCapsWord && !(facts[first].context & ner::kCaseModes);
    int owner_first = -1, owner_last = -1, owner_type = kOrgType;
    for (int k = first + 1; k < last; ++k) {
      if (!IsTitleToken(facts[k])) continue;
      // "Hassan Sheikh Mohamud" (Somalia's president; Hassan is a town in
      // India too): "Sheikh" after a given name inside a person's name is
      // part of the name.
      if (ner::TagType(tags[i]) == kPersonType && ner::Contains(kSheikh, facts[k].lower) &&
          IsAnyGivenName(facts[k - 1])) {
        continue;
      }
      int name = k + 1;
      while (name < last && IsTitleToken(facts[name])) ++name;
      const bool place =
          IsListedPlace(facts, first, k - 1) || (k == first + 1 && (facts[first].gazetteer & kKnownPlaceBits));
      if (k + 1 == last && !place) break;
      if (acronym_first && k == first + 1 && facts[name].token_class == ner::kCapitalizedWord) {
        owner_first = owner_last = first;
        owner_type = ner::Contains(kCountryAcronyms, facts[first].lower) ? kLocType : kOrgType;
      } else if (place && facts[name].token_class == ner::kCapitalizedWord) {
        owner_first = first, owner_last = k - 1, owner_type = kLocType;
      } else if (!ner::IsGivenName(facts[name]) && !ner::Contains(kAbbreviatedTitles, facts[k].lower)) {
        break;
      }
      first = name;
      break;
    }
    for (int k = i; k < first; ++k) tags[k] = ner::kOutsideTag;
    if (owner_first >= 0) SetMention(owner_first, owner_last, owner_type, tags);
    if (first > i && first <= last) SetMention(first, last, kPersonType, tags);
    i = last;
  }
}

// "Marcus Allen, 24, and Devon Price, 19, were arrested": a name that opens
// with a given name, or of words no list knows, and is followed by an age
// between commas is a person's, whatever the tagger made of its last word ("Price" an
// organisation). Ages of one or two digits. And where that person lives:
// "Tyrese Campbell, 24, of Lawrence Hill," made "Lawrence Hill" a person;
// a name after the age and "of" that the tagger called a person is a
// place (an organisation stays: "Jane Doe, 45, of Acme Corp").
void ApplyAgeAppositions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kAges = WordHashes({"0", "00"});
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag) continue;
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    const int last = LastOfRun(tags, i);
    const int age = last + 2;
    const bool aged = age + 1 < n && facts[last + 1].lower == kComma && facts[age].token_class == ner::kNumberToken &&
                      ner::Contains(kAges, facts[age].lower) && facts[age + 1].lower == kComma;
    // (Or a name no list knows a word of: "Zohran Mamdani, 33," was an
    // organisation.)
    bool unknown = true;
    for (int k = i; k <= last && unknown; ++k) unknown = facts[k].gazetteer == 0;
    if (aged && position == ner::kBegin && ner::TagType(tags[i]) != kPersonType &&
        (ner::IsGivenName(facts[i]) || unknown)) {
      SetMention(i, last, kPersonType, tags);
    }
    const int home = age + 3;
    // (After "from" an organisation too, unless a list knows it for one and
    // not for a place: "Claire Martin, 45, from Lyon" made the football club.)
    const bool from = home < n && facts[age + 2].lower == kFrom;
    const bool of_or_from = home < n && (facts[age + 2].lower == kOf || from);
    const bool moved_type = of_or_from && BeginsName(tags, home) &&
                            (ner::TagType(tags[home]) == kPersonType ||
                             (from && ner::TagType(tags[home]) == kOrgType &&
                              ((facts[home].gazetteer & kKnownPlaceBits) ||
                               !(facts[home].gazetteer & (AnyPosition(kCompanyBit) | AnyPosition(kKnownOrgBit))))));
    if (aged && ner::TagType(tags[i]) == kPersonType && of_or_from && facts[age + 2].token_class == ner::kLowerWord &&
        moved_type) {
      // On over capitalised words the tagger left out ("of Martin Luther"
      // + "King Drive").
      int end = LastOfRun(tags, home);
      while (end + 1 < n && tags[end + 1] == ner::kOutsideTag && IsCapitalisedToken(facts[end + 1])) ++end;
      SetMention(home, end, kLocType, tags);
    }
    i = last;
  }
}

// "Kemi Badenoch, who was elected leader …" was a place (Badenoch is a
// Scottish district): a name of two words or more that heads its phrase
// (not after a preposition: "the opposition in North-Rhine Westphalia,
// who") and is set off before "who" is a person's, when no list knows it
// whole as a place and none of its words is a country's ("New Zealand, who
// beat …" is a team); and so is that name wherever else the article calls
// it a place (its headline). Over the whole document's tags.
void ApplyPersonsBeforeWho(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 4;
  std::pair<int, int> names[kMaxNames];
  int count = 0;
  auto place_run = [&](int i) {
    return BeginsName(tags, i) && ner::TagPosition(tags[i]) != ner::kUnit && ner::TagType(tags[i]) == kLocType;
  };
  for (int i = 0; i + 3 < n && count < kMaxNames; ++i) {
    if (!place_run(i)) continue;
    const int last = LastOfRun(tags, i);
    const bool heads_phrase =
        i == 0 || (facts[i].context & ner::kSentenceInitial) || facts[i - 1].token_class != ner::kLowerWord;
    const bool before_who = last + 2 < n && facts[last + 1].lower == kComma && facts[last + 2].lower == kWho;
    bool country = false;
    for (int k = i; k <= last; ++k) country = country || (facts[k].gazetteer & AnyPosition(kCountryBit));
    if (heads_phrase && before_who && !country && !IsListedPlace(facts, i, last)) names[count++] = {i, last};
    i = last;
  }
  if (count == 0) return;
  for (int i = 0; i < n; ++i) {
    if (!place_run(i)) continue;
    const int last = LastOfRun(tags, i);
    for (int c = 0; c < count; ++c) {
      const auto [first, end] = names[c];
      if (last - i == end - first && SameWords(facts, i, first, last - i + 1)) SetMention(i, last, kPersonType, tags);
    }
    i = last;
  }
}

// "The suspect, identified as Colt Gray, surrendered" made a place: a name
// of two or three words after "identified as" or "named as" (perhaps with
// "him" or "her", or "only" or "publicly", between: "identified only as
// Nahel M.") is a person's, unless a list knows it whole for a place or an
// organisation.
void ApplyPersonsIdentifiedAs(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kIdentifying = WordHashes({"identified", "named"});
  static constexpr auto kBetween = WordHashes({"him", "her", "them", "only", "publicly", "officially", "locally"});
  for (int i = 2; i + 2 < n; ++i) {
    if (facts[i].lower != kAs || facts[i].token_class != ner::kLowerWord) continue;
    const int verb = IsLowerWordIn(facts, n, i - 1, kBetween) ? i - 2 : i - 1;
    if (!IsLowerWordIn(facts, n, verb, kIdentifying) || !BeginsName(tags, i + 1) ||
        ner::TagPosition(tags[i + 1]) == ner::kUnit || ner::TagType(tags[i + 1]) == kPersonType) {
      continue;
    }
    const int last = LastOfRun(tags, i + 1);
    if (last - (i + 1) > 2 || IsListedPlace(facts, i + 1, last) || IsGazetteerSpan(facts, i + 1, last, kCompanyBit) ||
        IsGazetteerSpan(facts, i + 1, last, kKnownOrgBit)) {
      continue;
    }
    SetMention(i + 1, last, kPersonType, tags);
  }
}

// Lower-case particles inside a person's name: Arabic "bin", "ibn" (son
// of), Romance and Germanic "de", "da", "van", "von" ("Mohammed bin
// Salman", "Ursula von der Leyen"), Welsh "ap" and "ab" (son or daughter
// of: "Gwenllian ap Iorwerth"), Spanish "y" between two family names
// ("Ignacio Sánchez-Arjona y Velasco"), Filipino "dela" and "delos"
// ("Lourdes dela Cruz"). Lower-form hashes.
// Portuguese "do" ("André Corrêa do Lago") is also an English verb: it
// joins only after a name of two words or more ("let Biden do …" stays).
constexpr uint64_t kDo = WordHashes({"do"})[0];

constexpr auto kNameParticles = WordHashes({
    "bin", "bint", "binti", "binte", "ibn", "al",  "el", "de", "da", "das", "dos", "del", "della", "di",    "du",
    "van", "von",  "der",   "den",   "ter", "ten", "la", "le", "zu", "ap",  "ab",  "y",   "dela",  "delos",
});

// Family names of China (pinyin, then Hong Kong and Taiwan spellings),
// Singapore and Malaysia, Korea and Vietnam, which news writes before the
// given name ("Li Qiang", "Lim Wei Ming", "Kim Jong Un", "Nguyen Phu
// Trong"); only those that are no English word ("He", "Song", "Park", "Sun",
// "Low", "Ho" are left out). Lower-form hashes.
constexpr auto kFamilyNamesWrittenFirst = WordHashes({
    "lim",   "tan",  "ng",     "ong",   "goh",   "teo",   "koh",    "chua", "yeo",   "tay",   "quek",  "seah",
    "li",    "wang", "zhang",  "liu",   "chen",  "yang",  "huang",  "zhao", "wu",    "zhou",  "xu",    "zhu",
    "guo",   "luo",  "gao",    "zheng", "liang", "xie",   "feng",   "deng", "cao",   "peng",  "zeng",  "xiao",
    "tian",  "dong", "yuan",   "cai",   "jiang", "cheng", "wei",    "ding", "ren",   "shen",  "yao",   "qian",
    "xi",    "wen",  "hu",     "lin",   "qin",   "meng",  "xue",    "duan", "xiong", "jia",   "qiu",   "zou",
    "tsai",  "wong", "cheung", "leung", "chow",  "tsang", "chiang", "hsu",  "kuo",   "kim",   "choi",  "jung",
    "jeong", "yoon", "shin",   "kwon",  "hwang", "ahn",   "yoo",    "jeon", "baek",  "roh",   "chung", "nguyen",
    "tran",  "pham", "hoang",  "huynh", "phan",  "vu",    "vo",     "bui",  "ngo",   "duong", "trinh", "dinh",
});

// "Minister for National Development Lim Wei Ming", "Minister of State
// Mary Butler": a portfolio of words no list knows, after the office and
// "for" or "of", ends where a given name or a family name written first
// opens the person's name (the tagger read one organisation), or where the
// person's name the tagger found begins; "Minister for
// Housing Seán Mac Giolla Bhríde": a capitalised word it left out between a
// known portfolio and the person's name opens the name.
void SplitPortfoliosFromNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // (An initial too: "Minister for Water Resources T. Kathiravan".)
  auto opens_name = [&](int k) {
    return (facts[k].token_class == ner::kCapitalizedWord &&
            (ner::IsGivenName(facts[k]) || ner::Contains(kWorldGivenNames, facts[k].lower) ||
             ner::Contains(kFamilyNamesWrittenFirst, facts[k].lower))) ||
           (facts[k].token_class != ner::kLowerWord && ContainsSorted(kLetters, facts[k].lower) && k + 1 < n &&
            IsCapitalisedToken(facts[k + 1]));
  };
  for (int i = 2; i + 2 < n; ++i) {
    if (!IsCapitalisedToken(facts[i]) || !FollowsOfficeOrHeadAndPreposition(facts, i)) continue;
    if (tags[i] == ner::kOutsideTag) {
      if (ner::Contains(kPortfolios, facts[i].lower) && tags[i + 1] == ner::kOutsideTag &&
          IsCapitalisedToken(facts[i + 1]) && !ner::Contains(kPortfolios, facts[i + 1].lower) &&
          !IsTitleToken(facts[i + 1]) && BeginsName(tags, i + 2) && ner::TagType(tags[i + 2]) == kPersonType) {
        SetMention(i + 1, LastOfRun(tags, i + 2), kPersonType, tags);
      }
      continue;
    }
    // (A person's name too: "Executive Director of Yale Hospitality Lorraine
    // Asante-Kerr" was one organisation; "Yale" is a given name, but a later
    // one opens the person's.)
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool later_name = false;
    for (int k = i + 2; k < last && !later_name; ++k) later_name = opens_name(k);
    if (opens_name(i) && !later_name) continue;
    // ("Minister of Trade and Industry Gan Kim Yong": the portfolio a name
    // of its own right before the person's.)
    if (last + 1 < n && BeginsName(tags, last + 1) && ner::TagType(tags[last + 1]) == kPersonType) {
      for (int k = i; k <= last; ++k) tags[k] = ner::kOutsideTag;
      i = last;
      continue;
    }
    int name = i + 1;
    while (name + 1 <= last && !(opens_name(name) && (name > i + 1 || !later_name))) ++name;
    if (name + 1 > last) continue;  // (two words at least: "Lim Wei Ming")
    for (int k = i; k < name; ++k) tags[k] = ner::kOutsideTag;
    // (A body named after a given name stays one: "Yale Hospitality".)
    if (later_name && opens_name(i)) SetMention(i, name - 1, kOrgType, tags);
    SetMention(name, last, kPersonType, tags);
    i = last;
  }
}

// "Provincial Director of Environment and Urbanization Ayşegül Öztürk": the
// last word of a portfolio of two joined by "and" after an office and "of"
// or "for" is no part of the person's name the tagger ran it into, when
// two words at least are left; nor is the office with its first portfolio
// an organisation ("Provincial Director of Environment" was one).
void DropPortfolioTailsFromPersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 4; i + 2 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kPersonType || LastOfRun(tags, i) < i + 2 ||
        facts[i - 1].lower != kAnd || !IsCapitalisedToken(facts[i - 2])) {
      continue;
    }
    const int portfolio = i - 2;
    if (tags[portfolio] == ner::kOutsideTag) {
      if (!FollowsOfficeOrHeadAndPreposition(facts, portfolio)) continue;
    } else {
      // (The office inside the organisation the tagger ended there.)
      if (!EndsName(tags, portfolio) || ner::TagType(tags[portfolio]) != kOrgType) continue;
      const int first = FirstOfRun(tags, portfolio);
      bool office = false;
      for (int k = first + 2; k <= portfolio && !office; ++k) office = FollowsOfficeOrHeadAndPreposition(facts, k);
      if (!office) continue;
      for (int k = first; k <= portfolio; ++k) tags[k] = ner::kOutsideTag;
    }
    SetMention(i + 1, LastOfRun(tags, i), kPersonType, tags);
    tags[i] = ner::kOutsideTag;
  }
}

// "The Environment, Urbanization and Climate Change Ministry": an
// institution's name whose list of portfolios the tagger broke at the
// comma and "and" ("Urbanization" was a place) opens after the article.
void JoinPortfolioListsOfInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 5; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType || !IsInstitutionHead(facts[LastOfRun(tags, i)]) ||
        facts[i - 1].lower != kAnd || facts[i - 3].lower != kComma || facts[i - 5].lower != kThe ||
        !IsCapitalisedToken(facts[i - 2]) || !IsCapitalisedToken(facts[i - 4]) ||
        !(tags[i - 2] == ner::kOutsideTag || ner::TagPosition(tags[i - 2]) == ner::kUnit) ||
        !(tags[i - 4] == ner::kOutsideTag || ner::TagPosition(tags[i - 4]) == ner::kUnit)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    SetMention(i - 4, last, kOrgType, tags);
    i = last;
  }
}

// "Hélène de La Roche-Aymon watches": no person's name ends with a
// surname's particle, so one the tagger ended there takes in the
// capitalised word after it that it left out.
void ExtendNamesEndingInParticles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 1; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kPersonType || ner::TagPosition(tags[i]) == ner::kUnit ||
        !ner::Contains(kNameParticles, facts[i].lower) || facts[i + 1].token_class != ner::kCapitalizedWord ||
        tags[i + 1] != ner::kOutsideTag) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), i + 1, kPersonType, tags);
    ++i;
  }
}

// "Bali Tourism Agency head Made Wirawan said": a Balinese birth-order
// name before a person's name opens it; "Made" is an English word, which
// the tagger left out (and "Made said" became someone else). Inside a
// sentence of prose only ("Made in China" has no name after it).
void JoinBalineseBirthOrderNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kBirthOrderNames =
      WordHashes({"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "nengah", "gede"});
  for (int i = 1; i + 1 < n; ++i) {
    if (tags[i] != ner::kOutsideTag || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & (ner::kSentenceInitial | ner::kCaseModes)) ||
        !ner::Contains(kBirthOrderNames, facts[i].lower) || !BeginsName(tags, i + 1) ||
        ner::TagType(tags[i + 1]) != kPersonType) {
      continue;
    }
    SetMention(i, LastOfRun(tags, i + 1), kPersonType, tags);
  }
}

// "Tbilisi City Hall unveils plan": a city's or a town's hall is its
// government, an organisation, or the building, a place ("Hall" made it a
// person, and a later "She" hers).
void RetypeCityHalls(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kCityOrTown = WordHashes({"city", "town"});
  static constexpr uint64_t kHall = WordHashes({"hall"})[0];
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) == kOrgType || ner::TagType(tags[i]) == kLocType ||
        facts[i].lower != kHall || !IsCapitalisedToken(facts[i]) || !IsCapitalisedToken(facts[i - 1]) ||
        !ner::Contains(kCityOrTown, facts[i - 1].lower) || tags[i - 1] == ner::kOutsideTag) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), i, kOrgType, tags);
  }
}

// Weekdays and months: "the Council on Monday", "the Committee in May" are no longer names. Lower-form hashes.
constexpr auto kDateWords = WordHashes({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",  "sunday",  "january",  "february", "march",
    "april",  "may",     "june",      "july",     "august", "september", "october", "november", "december",
});

// Whether token `i` of the sentence at `begin` is a given name of the
// tagger's list that US birth records give one sex (FirstNameGender), inside a sentence of a body (its
// capital says something: not "Author Roger Stone will discuss", nor a
// headline's "'Bloodline' Star Norbert Leo Butz"), in a document that never
// writes it in lower case ("will", "rose"), and no month, weekday or place
// ("April", "America").
bool IsUsualGivenName(const Document& doc, const ner::TokenFacts* facts, int begin, int i) {
  static constexpr uint64_t kAt = WordHashes({"@"})[0];  // a handle's ("@Hillary Clinton folks")
  const ner::TokenFacts& f = facts[i];
  return !(i > 0 && facts[i - 1].lower == kAt) && !(f.context & (ner::kSentenceInitial | ner::kCaseModes)) &&
         !(f.document & ner::kSeenLowerCase) && !(f.gazetteer & kKnownPlaceBits) &&
         !ner::Contains(kDateWords, f.lower) && ner::IsGivenName(f) &&
         FirstNameGender(TokenText(doc, begin, i)) != Gender::kUnknown;
}

// "President-elect Donald Trump wrote" (the tagger, which had never seen the
// title, made the name an organisation): a name of two or three capitalised
// words right after a person's title, opening with a given name of one sex,
// is a person's. Not one a list knows for a place or an organisation.
void RetypeTitledGivenNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  for (int i = 1; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) == ner::kUnit || ner::TagType(tags[i]) == kPersonType ||
        tags[i - 1] != ner::kOutsideTag || !IsTitleToken(facts[i - 1])) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    bool words = last - i <= 2;
    for (int k = i; k <= last && words; ++k) words = facts[k].token_class == ner::kCapitalizedWord;
    if (words && FirstNameGender(TokenText(doc, begin, i)) != Gender::kUnknown &&
        !IsListedOrganisation(facts, i, last) && !IsGazetteerSpan(facts, i, last, kPlaceBit)) {
      SetMention(i, last, kPersonType, tags);
    }
    i = last;
  }
}

// Joins what the tagger split of one person's name: two person names
// either side of lower-case particles, or a capitalised word the tagger left
// out after them ("Mohammed bin Salman" tagged Mohammed and Salman), and an
// untagged East Asian family name before a person's given name ("Premier Li
// Qiang" tagged Qiang alone). Names of other types are left alone.
// "Zbigniew Łukaszewicz", "Tomasz Żółkiewski", "İsmail Kartal": a word whose
// capital lies outside Latin-1 looks lower-case to the tagger's word shapes
// (they tell capitals of ASCII and Latin-1 only), so it was left out of the
// person's name beside it; untagged and capitalised by the tokenizer, it is
// part of that name, after it or before it.
void JoinWordsWithWiderCapitals(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  auto wider_capital = [&](int k) {
    return k >= 0 && k < n && tags[k] == ner::kOutsideTag && facts[k].token_class == ner::kLowerWord &&
           doc.tokens[begin + k].Has(kCapitalized) && !(facts[k].context & ner::kCaseModes);
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kPersonType) continue;
    int first = i, last = LastOfRun(tags, i);
    while (wider_capital(first - 1)) --first;
    while (wider_capital(last + 1)) ++last;
    SetMention(first, last, kPersonType, tags);
    i = last;
  }
}

// Whether `word` is two capitals, one of them J ("JD", "AJ", "TJ"; not "DJ",
// a disc jockey's title: "DJ Beverly Bond").
bool IsPairOfInitialsWithJ(std::string_view word) {
  return word.size() == 2 && IsUpperAscii(word[0]) && IsUpperAscii(word[1]) && (word[0] == 'J' || word[1] == 'J') &&
         word != "DJ";
}

void JoinPersonNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  auto is_person_start = [&](int k) { return k < n && BeginsName(tags, k) && ner::TagType(tags[k]) == kPersonType; };
  auto is_untagged_name_word = [&](int k) {
    return k < n && tags[k] == ner::kOutsideTag && facts[k].token_class == ner::kCapitalizedWord &&
           !ner::IsTitle(facts[k].lower);
  };
  for (int i = 0; i < n; ++i) {
    // "Barack Obama" tagged Obama alone: such a given name, or one of US
    // birth records ("Defence barrister Colin Mandy SC" tagged "Mandy SC"),
    // the tagger left out right before a person's name opens it (after a
    // title or nothing capitalised: not a menu's run of words).
    if (is_untagged_name_word(i) && is_person_start(i + 1) &&
        (ner::Contains(kWorldGivenNames, facts[i].lower) || IsUsualGivenName(doc, facts, begin, i)) &&
        !(i > 0 && IsCapitalisedToken(facts[i - 1]) && !ner::IsTitle(facts[i - 1].lower))) {
      SetMention(i, LastOfRun(tags, i + 1), kPersonType, tags);
    }
    // "Donald J. Trump" tagged "J. Trump": a given name of US birth records
    // (FirstNameGender) left out before a person's name that opens with an
    // initial opens it too, as does a one-word person ("Judge Lewis A.
    // Kaplan" tagged "Lewis" and "A. Kaplan").
    const bool lone_person_word =
        facts[i].token_class == ner::kCapitalizedWord && tags[i] == ner::MakeTag(kPersonType, ner::kUnit);
    if ((lone_person_word ||
         (is_untagged_name_word(i) && FirstNameGender(TokenText(doc, begin, i)) != Gender::kUnknown)) &&
        is_person_start(i + 1) && facts[i + 1].token_class != ner::kLowerWord &&
        ContainsSorted(kLetters, facts[i + 1].lower)) {
      SetMention(i, LastOfRun(tags, i + 1), kPersonType, tags);
    }
    // "Vice Premier He Lifeng" (the tagger had "Lifeng" an organisation):
    // the family name He after a title and before a capitalised name is no
    // pronoun.
    static constexpr uint64_t kHe = WordHashes({"he"})[0];
    if (is_untagged_name_word(i) && facts[i].lower == kHe && i > 0 && IsTitleToken(facts[i - 1]) && i + 1 < n &&
        facts[i + 1].token_class == ner::kCapitalizedWord && !ner::IsTitle(facts[i + 1].lower) &&
        (tags[i + 1] == ner::kOutsideTag || ner::TagPosition(tags[i + 1]) == ner::kUnit)) {
      SetMention(i, i + 1, kPersonType, tags);
      ++i;
      continue;
    }
    // "Ohio Sen. JD Vance", "AJ Brown": two capitals without periods, one a J
    // (John, James, Jean: the given names initials most often stand for; not
    // "PM Trudeau", "BY KASHMIRA GANDER", "MX Master"), that no list knows,
    // after a title or nothing capitalised, right before a person's name are
    // the person's initials.
    if (tags[i] == ner::kOutsideTag && facts[i].token_class == ner::kAllCapsWord && facts[i].gazetteer == 0 &&
        IsPairOfInitialsWithJ(TokenText(doc, begin, i)) && is_person_start(i + 1) &&
        !(i > 0 && IsCapitalisedToken(facts[i - 1]) && !IsTitleToken(facts[i - 1]))) {
      SetMention(i, LastOfRun(tags, i + 1), kPersonType, tags);
    }
    if (is_untagged_name_word(i) && ner::Contains(kFamilyNamesWrittenFirst, facts[i].lower) && is_person_start(i + 1)) {
      const int last = LastOfRun(tags, i + 1);
      if (last - i <= 2) SetMention(i, last, kPersonType, tags);
      i = last;
      continue;
    }
    if (!is_person_start(i)) continue;
    const int last = LastOfRun(tags, i);
    int after = last + 1;
    while (after < n && after <= last + 2 && facts[after].token_class == ner::kLowerWord &&
           (ner::Contains(kNameParticles, facts[after].lower) || (facts[after].lower == kDo && last > i))) {
      ++after;
    }
    if (after == last + 1) continue;
    int end = -1;
    if (is_person_start(after)) {
      end = LastOfRun(tags, after);
    } else if (is_untagged_name_word(after)) {
      end = after;
      if (is_untagged_name_word(end + 1)) ++end;
    }
    if (end < 0) continue;
    SetMention(i, end, kPersonType, tags);
    i = end;
  }
}

// Head nouns of things people make: a name right before one ("Nvidia's
// proprietary CUDA platform", "the CloudMatrix 384 supernode") names a
// product, which is MISC, unless the name is a known company ("Nvidia chips",
// "Huawei phones": the maker). Lower-form hashes.
constexpr auto kProductHeads = WordHashes({
    "platform",   "software",  "app",           "apps",       "chip",        "chips",    "chipset",    "processor",
    "processors", "supernode", "supercomputer", "smartphone", "smartphones", "handset",  "laptop",     "laptops",
    "tablet",     "console",   "headset",       "browser",    "chatbot",     "jet",      "jets",       "airliner",
    "drone",      "drones",    "missile",       "missiles",   "rifle",       "vaccine",  "framework",  "toolkit",
    "keyboard",   "keyboards", "headphones",    "earbuds",    "charger",     "chargers", "smartwatch", "firmware",
});

bool IsProductHead(const ner::TokenFacts& facts) {
  return facts.token_class == ner::kLowerWord && ner::Contains(kProductHeads, facts.lower);
}

// Heads too general alone ("the Medicare system", "the Tesla model") that
// name a product after a model number: "the CloudMatrix 384 system", "the
// Ascend 910C accelerator". Lower-form hashes.
constexpr auto kModelHeads =
    WordHashes({"system", "systems", "server", "servers", "model",       "models",       "phone", "phones",
                "car",    "cars",    "gpu",    "gpus",    "accelerator", "accelerators", "robot", "robots",
                "camera", "cameras", "card",   "cards",   "rocket",      "satellite"});

// The product head at token `k`, or after an apposition's comma and article
// there ("the RTX Pro 6000D, a chip designed for China"): whether one
// stands there. `model_number` widens the heads to kModelHeads.
bool ProductHeadAt(const ner::TokenFacts* facts, int n, int k, bool model_number) {
  static constexpr auto kArticles = WordHashes({"a", "an"});
  // In an apposition, a product's word before a noun for who makes or works
  // with it modifies that noun: "Sanjay Mehta, a software engineer," and
  // "Zhipu, a chatbot maker," are no products.
  static constexpr auto kMakers = WordHashes(
      {"engineer", "engineers", "developer", "developers", "designer",   "designers",    "maker",      "makers",
       "company",  "companies", "firm",      "firms",      "startup",    "executive",    "executives", "analyst",
       "analysts", "expert",    "experts",   "specialist", "consultant", "entrepreneur", "investor",   "industry",
       "sector",   "business",  "giant",     "group",      "division",   "unit",         "worker",     "workers"});
  auto head = [&](int t) {
    return IsProductHead(facts[t]) ||
           (model_number && facts[t].token_class == ner::kLowerWord && ner::Contains(kModelHeads, facts[t].lower));
  };
  if (k >= n) return false;
  if (head(k)) return true;
  if (facts[k].lower != kComma || k + 2 >= n || !ner::Contains(kArticles, facts[k + 1].lower)) return false;
  constexpr int kMaxModifiers = 2;  // "a new AI chip"
  for (int t = k + 2; t < n && t <= k + 2 + kMaxModifiers; ++t) {
    if (head(t)) return !IsLowerWordIn(facts, n, t + 1, kMakers);
    if (facts[t].token_class == ner::kOtherToken) return false;
  }
  return false;
}

// The words that close a list of names ("Blackwell and Rubin chips", "Pro
// and Pro Max"). Lower-form hashes.
constexpr auto kAndOr = WordHashes({"and", "or"});

// Whether tokens [first, last] hold a company's or a known organisation's
// name (gazetteer bits kGazetteerOrg and kGazetteerKnownOrganisation).
bool NamesCompany(const ner::TokenFacts* facts, int first, int last) {
  constexpr uint32_t kCompanyBits = AnyPosition(kCompanyBit) | AnyPosition(kKnownOrgBit);
  bool company = false;
  for (int k = first; k <= last; ++k) company |= (facts[k].gazetteer & kCompanyBits) != 0;
  return company;
}

// "its Blackwell and Rubin chips", "the A18, A18 Pro and M5 processors": the
// names of a list that "and" or "or" closes right before the product named
// at `first` are products too (Blackwell was a person). Not places nor known
// companies ("Nvidia and AMD chips" are makers), and a comma alone joins no
// list ("For Zelensky, Patriot missiles are …").
void RetypeCoordinatedProducts(const ner::TokenFacts* facts, int first, uint8_t* tags) {
  if (first < 2 || !ner::Contains(kAndOr, facts[first - 1].lower)) return;
  while (first >= 2 && (ner::Contains(kAndOr, facts[first - 1].lower) || facts[first - 1].lower == kComma) &&
         tags[first - 1] == ner::kOutsideTag && tags[first - 2] != ner::kOutsideTag) {
    const int begin = FirstOfRun(tags, first - 2);
    if (NamesCompany(facts, begin, first - 2) || ner::TagType(tags[begin]) == kLocType) return;
    SetMention(begin, first - 2, kMiscType, tags);
    first = begin;
  }
}

// "iPhone 17 Pro and Pro Max", "the iPhone Air", "iPad mini": a product
// whose name is Apple's lower-case "i" and a word (iPhone, iPad, iMac, iPod),
// with the model's number and variant words after it, is MISC; the tagger,
// which never saw one, called "Pro" and "Pro Max" persons and left "iPhone"
// out. A variant named after "and" or "or" is one too.
void ApplyLowerCaseBrandProducts(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr auto kVariants =
      WordHashes({"air", "pro", "max", "mini", "plus", "se", "ultra", "touch", "nano", "classic"});
  // Apple's only: "iDubbbz" is a YouTuber.
  static constexpr std::string_view kBrands[] = {"iPhone", "iPad", "iPod", "iMac", "iTunes", "iCloud"};
  auto variant = [&](int k) {
    return k < n && IsCapitalisedToken(facts[k]) && ner::Contains(kVariants, facts[k].lower);
  };
  for (int i = 0; i < n; ++i) {
    // The cheap test first: a lower-case "i" opens the word.
    if (facts[i].token_class == ner::kCapitalizedWord || facts[i].token_class == ner::kNumberToken) continue;
    const Token& token = doc.tokens[begin + i];
    if (doc.text[token.begin] != 'i') continue;
    const std::string_view text = doc.Text(Span{token.begin, token.end});
    const bool brand = std::any_of(std::begin(kBrands), std::end(kBrands),
                                   [&](std::string_view b) { return text.substr(0, b.size()) == b; });
    if (!brand) continue;
    // Not inside a longer name ("Apple iPhone Fans Club").
    if (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kBegin &&
        ner::TagPosition(tags[i]) != ner::kUnit) {
      continue;
    }
    int last = i;
    while (last + 1 < n && (facts[last + 1].token_class == ner::kNumberToken || variant(last + 1))) ++last;
    // A name tagged from inside goes on to its end.
    while (last + 1 < n && tags[last + 1] != ner::kOutsideTag &&
           (ner::TagPosition(tags[last + 1]) == ner::kInside || ner::TagPosition(tags[last + 1]) == ner::kLast)) {
      ++last;
    }
    SetMention(i, last, kMiscType, tags);
    // "… Pro and Pro Max": the next variant of the list.
    if (last + 2 < n && ner::Contains(kAndOr, facts[last + 1].lower) && variant(last + 2) &&
        (tags[last + 2] == ner::kOutsideTag || ner::TagPosition(tags[last + 2]) == ner::kBegin ||
         ner::TagPosition(tags[last + 2]) == ner::kUnit)) {
      int end = last + 2;
      while (variant(end + 1)) ++end;
      while (end + 1 < n && tags[end + 1] != ner::kOutsideTag &&
             (ner::TagPosition(tags[end + 1]) == ner::kInside || ner::TagPosition(tags[end + 1]) == ner::kLast)) {
        ++end;
      }
      SetMention(last + 2, end, kMiscType, tags);
      last = end;
    }
    i = last;
  }
}

// Retypes names before a product head noun as MISC, taking in a model number
// that follows the name ("CloudMatrix 384", "RTX Pro 6000D", whose letter is
// a token of its own); places ("Texas chip plants") and known companies and
// organisations keep their type.
void ApplyProductRule(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  // The end of the model number that starts at token k: the number and a
  // word glued to it.
  auto model_number_end = [&](int k) {
    if (k + 1 < n && facts[k + 1].token_class != ner::kOtherToken && tags[k + 1] == ner::kOutsideTag &&
        doc.tokens[begin + k].end == doc.tokens[begin + k + 1].begin) {
      return k + 2;
    }
    return k + 1;
  };
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag) continue;
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    const int last = LastOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    int end = last + 1;
    if (end < n && facts[end].token_class == ner::kNumberToken && tags[end] == ner::kOutsideTag) {
      end = model_number_end(end);
    }
    // A company's word that opens a longer name with a model number names the
    // product line ("RTX Pro 6000D chip"; RTX is also a company), not the
    // company whole ("Advanced Micro Devices 2024 chips").
    const bool product_line = end > last + 1 && last > i && !IsGazetteerSpan(facts, i, last, kCompanyBit) &&
                              !IsGazetteerSpan(facts, i, last, kKnownOrgBit);
    // A place the tagger guessed that no list knows is the product's name
    // ("the Grok chatbot"); a known one, or one in capitals ("U.S."), makes
    // it ("Texas chip plants").
    bool known_place = false;
    for (int k = i; k <= last; ++k) {
      known_place |= (facts[k].gazetteer & kKnownPlaceBits) != 0 || facts[k].token_class != ner::kCapitalizedWord;
    }
    if (ProductHeadAt(facts, n, end, end > last + 1) && (type != kLocType || !known_place) &&
        (product_line || !NamesCompany(facts, i, last))) {
      SetMention(i, end - 1, kMiscType, tags);
      RetypeCoordinatedProducts(facts, i, tags);
    }
    i = end - 1;
  }
}

// Whether `text` is a model's code: one to three capitals and one to four
// digits ("S24", "A17", "M3", "RTX4090"); not a quarter, a half or a fiscal
// year ("Q2", "H1", "FY24") nor a channel ("TV18").
bool IsModelCode(std::string_view text) {
  size_t capitals = 0;
  while (capitals < text.size() && IsUpperAscii(text[capitals])) ++capitals;
  const size_t digits = text.size() - capitals;
  if (capitals < 1 || capitals > 3 || digits < 1 || digits > 4) return false;
  const std::string_view letters = text.substr(0, capitals);
  if (letters == "Q" || letters == "H" || letters == "FY" || letters == "TV") return false;
  return std::all_of(text.begin() + capitals, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words of a product's edition after its name or number ("Galaxy S25
// Ultra", "PlayStation 5 Pro", "AirPods Pro"). Lower-form hashes.
constexpr auto kEditionWords = WordHashes(
    {"ultra", "pro", "max", "plus", "mini", "lite", "slim", "edge", "fe", "fold", "flip", "air", "neo", "se"});

// "the Galaxy S25 Ultra", "last year's S24 Ultra", "Pixel 9 Pro": a
// model's code after its line's name or before an edition's word is a
// product, MISC, with both (the tagger made "S24 Ultra" a place and cut
// "Ultra" off "Galaxy S25").
void ApplyModelCodes(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!IsModelCode(TokenText(doc, begin, i)) || (facts[i].context & ner::kCaseModes)) continue;
    int last = i;
    while (last + 1 < n && IsCapitalisedToken(facts[last + 1]) && ner::Contains(kEditionWords, facts[last + 1].lower)) {
      ++last;
    }
    int first = i;
    if (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kBegin &&
        ner::TagPosition(tags[i]) != ner::kUnit) {
      first = FirstOfRun(tags, i);  // the tagger's "Galaxy S25"
    } else if (i > 0 && EndsName(tags, i - 1) && ner::TagType(tags[i - 1]) != kPersonType) {
      first = FirstOfRun(tags, i - 1);
    }
    if (first == i && last == i) continue;  // a code alone: "G7", "A1"
    if (tags[last] != ner::kOutsideTag && LastOfRun(tags, FirstOfRun(tags, last)) > last) continue;
    SetMention(first, last, kMiscType, tags);
    i = last;
  }
}

// "the Model 3, Model S, Model X and Model Y", "the Ford Model T": a
// capitalised "Model" and one letter or a number name a car, MISC, with the
// maker's name right before it (the tagger made "Model S" a place and
// "Model" alone an organisation; "Model UN" stays).
void ApplyModelNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr uint64_t kModel = WordHashes({"model"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].lower != kModel || facts[i].token_class != ner::kCapitalizedWord) continue;
    const Token& next = doc.tokens[begin + i + 1];
    const std::string_view text = TokenText(doc, begin, i + 1);
    const bool letter = text.size() == 1 && text[0] >= 'A' && text[0] <= 'Z';
    const bool number = next.kind == TokenKind::kNumber && text.size() <= 2;
    if (!letter && !number) continue;
    int first = i;
    if (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kBegin &&
        ner::TagPosition(tags[i]) != ner::kUnit) {
      first = FirstOfRun(tags, i);  // "Ford Model T"
    } else if (i > 0 && EndsName(tags, i - 1) && ner::TagType(tags[i - 1]) == kOrgType) {
      first = FirstOfRun(tags, i - 1);  // "Tesla Model 3"
    }
    const int last = tags[i + 1] != ner::kOutsideTag ? LastOfRun(tags, FirstOfRun(tags, i + 1)) : i + 1;
    if (tags[i] != ner::kOutsideTag && first == i) {
      const int run_last = LastOfRun(tags, i);
      if (run_last > last) continue;
    }
    SetMention(first, last, kMiscType, tags);
    i = last;
  }
}

// "the iPhone 16e", "the Pixel 9a": a product's model number goes on with
// the letters glued to it, which are a token of their own ("16" "e"). Over
// the whole document's tokens and tags (a document rule).
void JoinModelSuffixes(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr size_t kMaxSuffixLetters = 2;
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kMiscType || facts[i].token_class != ner::kNumberToken ||
        tags[i + 1] != ner::kOutsideTag || facts[i + 1].token_class == ner::kOtherToken ||
        facts[i + 1].token_class == ner::kNumberToken) {
      continue;
    }
    const Token& number = doc.tokens[i];
    const Token& suffix = doc.tokens[i + 1];
    const std::string_view letters = doc.Text(Span{suffix.begin, suffix.end});
    if (number.end != suffix.begin || letters.size() > kMaxSuffixLetters ||
        !std::all_of(letters.begin(), letters.end(), [](char c) { return IsLowerAscii(c) || IsUpperAscii(c); })) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), i + 1, kMiscType, tags);
    ++i;
  }
}

// "Gemini 2.0 Flash", "Claude 3.5 Sonnet": a product's version number goes
// on with one capitalised word after it on the same line, its variant,
// which the tagger left out or made a name of its own; not after a year
// ("Africa Twin 2020") nor before a longer name ("iOS 18 Apple
// Intelligence" is two). Over the whole document's tags.
void JoinVersionVariants(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    const int variant = i + 1;
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kMiscType || facts[i].token_class != ner::kNumberToken ||
        facts[variant].token_class != ner::kCapitalizedWord || (facts[variant].context & ner::kCaseModes) ||
        !(tags[variant] == ner::kOutsideTag ||
          (IsLoneName(tags, variant) && ner::TagType(tags[variant]) == kMiscType)) ||
        (variant + 1 < n && IsCapitalisedToken(facts[variant + 1]))) {
      continue;
    }
    const Token &number = doc.tokens[i], &word = doc.tokens[variant];
    const std::string_view version = doc.Text(Span{number.begin, number.end});
    const std::string_view gap = doc.Text(Span{number.end, word.begin});
    if ((version.size() > 2 && version.find('.') == std::string_view::npos) ||
        gap.find('\n') != std::string_view::npos) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), variant, kMiscType, tags);
    ++i;
  }
}

// "Toyota and Lexus models, including the Camry, RAV4, Tundra, Highlander
// and Lexus RX": the names that a plural noun of made things lists after
// ", including" or ", such as" are products (Tundra was a person,
// Highlander an organisation). A one-word company or a place in the list
// stays ("phones such as Apple's" names the maker). Not "games" (matches:
// "four games, including Chelsea and Arsenal") nor "products" (brands).
void ApplyListedProducts(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kMadeThings =
      WordHashes({"models", "vehicles", "cars", "trucks", "phones", "smartphones", "devices", "consoles", "laptops",
                  "apps", "aircraft", "jets", "drugs", "medicines", "vaccines", "rifles"});
  static constexpr uint64_t kIncluding = WordHashes({"including"})[0];
  static constexpr auto kSuchAs = WordHashes({"such", "as"});
  for (int i = 0; i + 3 < n; ++i) {
    if (facts[i].token_class != ner::kLowerWord || !ner::Contains(kMadeThings, facts[i].lower) ||
        facts[i + 1].lower != kComma) {
      continue;
    }
    int k = i + 2;
    if (facts[k].lower == kIncluding) {
      ++k;
    } else if (k + 1 < n && facts[k].lower == kSuchAs[0] && facts[k + 1].lower == kSuchAs[1]) {
      k += 2;
    } else {
      continue;
    }
    if (k < n && facts[k].lower == kThe) ++k;
    bool closing = false;  // after "and" or "or": the list's last name
    while (k < n && BeginsName(tags, k)) {
      const int last = LastOfRun(tags, k);
      const bool company = last == k && NamesCompany(facts, k, last);
      if (!company && ner::TagType(tags[k]) != kLocType) SetMention(k, last, kMiscType, tags);
      k = last + 1;
      if (closing || k + 1 >= n) break;
      closing = ner::Contains(kAndOr, facts[k].lower);
      if (!closing && facts[k].lower != kComma) break;
      ++k;
    }
    i = k;
  }
}

// The possessive endings as tokens ("'s" and a plural's apostrophe; curly
// ones fold to these). Lower-form hashes.
constexpr uint64_t kApostrophe = WordHashes({"'"})[0];
constexpr std::array<uint64_t, 2> kPossessives = {WordHashes({"'s"})[0], kApostrophe};

// Whether token k of the sentence's n tokens is a possessive ending (k may
// lie outside the sentence).
bool IsPossessiveAt(const ner::TokenFacts* facts, int n, int k) {
  return k >= 0 && k < n && ner::Contains(kPossessives, facts[k].lower);
}

// Whether a token is an institution's head word, capitalised ("Office",
// "University").
bool IsInstitutionHead(const ner::TokenFacts& facts) {
  return facts.token_class == ner::kCapitalizedWord && ner::ContainsSorted(kInstitutionHeads, facts.lower);
}

// "the Australian Competition and Consumer Commission", "the Office of Gas
// and Electricity Markets" aside, "the Smithsonian Institution's National
// Air and Space Museum": an institution's name may open with its first
// field before "and" ("Competition and Consumer", "Air and Space"), which
// the tagger cut off (it made "Australian" MISC and "Consumer Commission"
// the organisation, "National Air" an organisation and "Space Museum" a
// place). After "the" or a possessive, one or two capitalised words that no
// other name holds (a nationality may open them), "and", and an
// organisation whose last word is an institution's head are one
// organisation; so are such words the tagger made an organisation without an
// institution's head and a place with one.
void JoinCoordinatedInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxFieldWords = 2;
  for (int i = 2; i + 1 < n; ++i) {
    if (facts[i].lower != kAnd || facts[i].token_class != ner::kLowerWord || !BeginsName(tags, i + 1) ||
        (ner::TagType(tags[i + 1]) != kOrgType && ner::TagType(tags[i + 1]) != kLocType)) {
      continue;
    }
    const int last = LastOfRun(tags, i + 1);
    if (!IsInstitutionHead(facts[last]) || !IsCapitalisedToken(facts[i - 1])) continue;
    int first = i - 1;
    if (tags[i - 1] == ner::kOutsideTag) {
      // (A country's name may open them too: "The Namibia Fishing and
      // Maritime Workers' Union" was "Maritime Workers' Union" alone.)
      while (first > 0 && i - first < kMaxFieldWords && IsCapitalisedToken(facts[first - 1]) &&
             (tags[first - 1] == ner::kOutsideTag || tags[first - 1] == ner::MakeTag(kMiscType, ner::kUnit) ||
              tags[first - 1] == ner::MakeTag(kLocType, ner::kUnit))) {
        --first;
      }
    } else if (EndsName(tags, i - 1) && ner::TagType(tags[i - 1]) == kOrgType &&
               ner::TagType(tags[i + 1]) == kLocType && !IsInstitutionHead(facts[i - 1])) {
      // (An organisation and a place the tagger cut the name into: two
      // organisations keep theirs, "the FBI and Justice Department".)
      first = FirstOfRun(tags, i - 1);
      if (i - first > kMaxFieldWords || IsGazetteerSpan(facts, first, i - 1, kKnownOrgBit)) continue;
    } else {
      continue;
    }
    if (first == 0 || (facts[first - 1].lower != kThe && !IsPossessiveAt(facts, n, first - 1))) continue;
    SetMention(first, last, kOrgType, tags);
    i = last;
  }
}

// "the International Association of Machinists and Aerospace Workers
// District 751", "the Department of Health and Human Services": an
// organisation's name that goes on with "of" takes a second field after
// "and" that the tagger made another kind of name or left untagged (not an
// organisation, person or place of its own: "the Bank of America and Wells
// Fargo"; a person only of words no list knows for a person's).
void JoinFieldsAfterOf(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 2; i + 1 < n; ++i) {
    if (facts[i].lower != kAnd || facts[i].token_class != ner::kLowerWord || !EndsName(tags, i - 1) ||
        ner::TagType(tags[i - 1]) != kOrgType || !IsCapitalisedToken(facts[i + 1])) {
      continue;
    }
    // (One field after "and": "… Obstetricians and Gynecologists and
    // Easter Seals" is two names.)
    const int first = FirstOfRun(tags, i - 1);
    bool of = false, and_inside = false;
    for (int k = first + 1; k < i - 1; ++k) {
      of = of || facts[k].lower == kOf;
      and_inside = and_inside || facts[k].lower == kAnd;
    }
    if (!of || and_inside) continue;
    int last = i + 1;
    if (tags[i + 1] != ner::kOutsideTag) {
      // (Or a person of words no list knows for a person's: "the Ministry of
      // the Environment and Climate Change", whose "Climate Change" spoke;
      // not "the Department of Justice and Loretta Lynch".)
      constexpr int kMaxFieldWords = 3;
      if (!BeginsName(tags, i + 1)) continue;
      last = LastOfRun(tags, i + 1);
      bool person_field = ner::TagType(tags[i + 1]) == kPersonType && last - i <= kMaxFieldWords;
      for (int k = i + 1; person_field && k <= last; ++k) {
        person_field = facts[k].token_class == ner::kCapitalizedWord && !(facts[k].gazetteer & kPersonNameBits);
      }
      if (ner::TagType(tags[i + 1]) != kMiscType && !person_field) continue;
    } else {
      // (Not a title before a name: "the University of Chicago and
      // Professor Jane Smith".)
      while (last + 1 < n && tags[last + 1] == ner::kOutsideTag && IsCapitalisedToken(facts[last + 1])) ++last;
      if (IsTitleToken(facts[i + 1]) || (last + 1 < n && BeginsName(tags, last + 1))) continue;
    }
    SetMention(first, last, kOrgType, tags);
    i = last;
  }
}

// "the Africa Centres for Disease Control and Prevention", "the European
// Centre for Disease Prevention and Control": an institution's head, "for"
// and its fields, the last after "and", are one organisation with the
// capitalised words before the head (the tagger made "Africa" a place and
// "Disease Control" a person, or cut the name at "and"). The fields are
// words no list knows for a person's; at most three of them, and two before
// the head. Not in a headline whose case tells nothing ("… in a Hospital for
// Mental Issues"). "The Department for Levelling Up, Housing and
// Communities", "the Ministry of Housing, Communities and Local Government":
// fields after commas before the last, after "for" or "of", were names of
// their own (and "Communities" a speaker); no country's nor people's name
// among them ("the Ministry of Defence, Britain and France"), nor a place's
// after "of" ("the University of Oxford, Cambridge and Durham").
void JoinInstitutionFields(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxFieldWords = 3, kMaxWordsBefore = 2;
  constexpr uint32_t kPeopleOrCountry = AnyPosition(kCountryBit) | AnyPosition(kDemonymBit);
  auto field_word = [&](int k) {
    return k < n && facts[k].token_class == ner::kCapitalizedWord && !(facts[k].gazetteer & kPersonNameBits);
  };
  auto field_end = [&](int start) {
    int end = start;
    while (end - start + 1 < kMaxFieldWords && field_word(end + 1)) ++end;
    return end;
  };
  auto and_at = [&](int k) {
    return k + 1 < n && facts[k].lower == kAnd && facts[k].token_class == ner::kLowerWord && field_word(k + 1);
  };
  // (Bodies that sit "on" their topics: "Parliament's Committee on Food,
  // Agriculture and Cocoa Affairs".)
  static constexpr auto kBodiesOnTopics = WordHashes({"committee", "commission", "council"});
  static constexpr uint64_t kOn = WordHashes({"on"})[0];
  for (int i = 1; i + 4 < n; ++i) {
    const bool after_of = facts[i + 1].lower == kOf;
    const bool after_on = facts[i + 1].lower == kOn && ner::Contains(kBodiesOnTopics, facts[i].lower);
    if (!IsInstitutionHead(facts[i]) || (facts[i + 1].lower != kFor && !after_of && !after_on) || !field_word(i + 2) ||
        (facts[i].context & ner::kCaseModes)) {
      continue;
    }
    int last = field_end(i + 2);
    int listed = last;
    bool listed_ok = true;
    // (A listed field may open with "the": "the Department of Climate
    // Change, Energy, the Environment and Water".)
    auto field_at = [&](int k) {
      if (field_word(k)) return k;
      return k < n && facts[k].token_class == ner::kLowerWord && facts[k].lower == kThe && field_word(k + 1) ? k + 1
                                                                                                             : -1;
    };
    while (listed + 2 < n && facts[listed + 1].lower == kComma && field_at(listed + 2) >= 0) {
      const int start = field_at(listed + 2), end = field_end(start);
      for (int k = start; k <= end; ++k) {
        listed_ok &= !(facts[k].gazetteer & kPeopleOrCountry) &&
                     !((after_of || after_on) && IsGazetteerSpan(facts, k, k, kPlaceBit));
      }
      listed = end;
    }
    if (listed > last && listed_ok && and_at(listed + 1)) {
      last = listed;
    } else if (after_of || after_on) {
      continue;  // (One field and "and" after "of" is JoinFieldsAfterOf's.)
    }
    if (and_at(last + 1)) {
      last += 2;
      if (field_word(last + 1)) ++last;
    }
    // The name ends there: no capitalised word goes on after it, nor a
    // name the tagger found across it ("… Missing & Exploited Children").
    if (last + 1 < n &&
        (IsCapitalisedToken(facts[last + 1]) || (tags[last + 1] != ner::kOutsideTag && !BeginsName(tags, last + 1)))) {
      continue;
    }
    int first = i;
    while (first > 0 && i - first < kMaxWordsBefore && IsCapitalisedToken(facts[first - 1]) &&
           !(facts[first - 1].context & ner::kSentenceInitial) && facts[first - 1].lower != kThe) {
      --first;
    }
    // Never shorter than an organisation the tagger found about the head
    // ("Al Jazeera Centre for Public Liberties & Human Rights", "Parliament's
    // Committee on Food, …").
    if (tags[i] != ner::kOutsideTag && ner::TagType(tags[i]) == kOrgType) {
      if (LastOfRun(tags, FirstOfRun(tags, i)) > last) continue;
      first = std::min(first, FirstOfRun(tags, i));
    }
    SetMention(first, last, kOrgType, tags);
    i = last;
  }
}

// "Anthropic PBC", "Bayer AG": a company's legal form in capitals right
// after its name is part of it (the tagger made "PBC" a second
// organisation). Not "SE", also an edition's mark ("iPhone SE").
void JoinLegalForms(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kForms =
      WordHashes({"pbc", "gmbh", "ag", "sa", "nv", "plc", "llc", "llp", "lp", "spa", "ab", "asa", "bv", "oyj"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    const int form = i + 1;
    if (facts[form].token_class != ner::kAllCapsWord || (facts[form].context & ner::kCaseModes) ||
        !ner::Contains(kForms, facts[form].lower) ||
        !(tags[form] == ner::kOutsideTag || tags[form] == ner::MakeTag(kOrgType, ner::kUnit))) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), form, kOrgType, tags);
    i = form;
  }
}

// "the Newfoundland and Labrador Court of Appeal", "the Trinidad and Tobago
// Football Association": a place whose name holds "and" (a list knows
// "Newfoundland and Labrador") opens the organisation after it, which the
// tagger cut at "and" (a place, then "Labrador Court of Appeal").
void JoinPlacesWithAnd(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 1; i + 1 < n; ++i) {
    if (facts[i].lower != kAnd || !BeginsName(tags, i + 1) || ner::TagType(tags[i + 1]) != kOrgType ||
        tags[i - 1] == ner::kOutsideTag || !EndsName(tags, i - 1)) {
      continue;
    }
    const int first = FirstOfRun(tags, i - 1), last = LastOfRun(tags, i + 1);
    if (last == i + 1 ||
        (!IsGazetteerSpan(facts, first, i + 1, kPlaceBit) && !IsGazetteerSpan(facts, first, i + 1, kCountryBit))) {
      continue;
    }
    SetMention(first, last, kOrgType, tags);
    i = last;
  }
}

// "Service" heads institutions ("Meteorological Service of Jamaica") and
// names of rites and ideals as well: "Service of Remembrance", "Service of
// Thanksgiving for the life of …", "Institute of Politics and Public
// Service". Lower-form hashes.
constexpr uint64_t kService = WordHashes({"service"})[0];
constexpr auto kRites = WordHashes({"remembrance", "thanksgiving", "lessons", "prayer", "worship", "dedication",
                                    "commemoration", "celebration", "reconciliation", "nine", "hope", "light"});

// Whether token k is "Service" opening a rite's name: "Service of
// Remembrance", "Service of Nine Lessons and Carols".
bool OpensRite(const ner::TokenFacts* facts, int n, int k) {
  return facts[k].lower == kService && k + 2 < n && ner::Contains(kRites, facts[k + 2].lower);
}

// Heads of armed bodies' names ("Rapid Support Forces", "Republican Guard").
constexpr auto kForceHeads = WordHashes({"forces", "army", "guard", "guards", "militia", "brigade", "brigades"});

// Heads of institutions that are also family names ("Margaret Court"):
// a person's name may end in one.
constexpr auto kInstitutionHeadSurnames = WordHashes({"court", "bank", "board", "front", "union", "church"});

// Whether "of the Year" follows token `k`: an award named after an
// institution's head ("Museum of the Year", "Independent School of the
// Year"), no institution.
constexpr uint64_t kYear = WordHashes({"year"})[0];
bool BeforeOfTheYear(const ner::TokenFacts* facts, int n, int k) {
  return k + 3 < n && facts[k + 1].lower == kOf && facts[k + 2].lower == kThe && facts[k + 3].lower == kYear;
}

// Whether tokens [first, last] hold an institution's capitalised head word
// and "of" after it ("University of Toronto", "National Bank of Greece").
bool HeadOfInside(const ner::TokenFacts* facts, int first, int last) {
  for (int k = first; k < last; ++k) {
    if (IsInstitutionHead(facts[k]) && facts[k + 1].lower == kOf) {
      return true;
    }
  }
  return false;
}

// Whether tokens [first, last] name an institution on their own: a head and
// "of" inside, or words before a head at the end ("Harvard Medical School",
// not "Human Services" or a lone "School").
bool NamesInstitution(const ner::TokenFacts* facts, int first, int last) {
  return HeadOfInside(facts, first, last) ||
         (last > first && IsInstitutionHead(facts[last]) && facts[last].lower != kService);
}

// A person's name never ends in an institution's head word: such a name
// is an organisation ("Brennan Center" was a person). And this joins an
// institution's name that the tagger cut at "of", "for" or "on": a
// name ending in an institution's head word (Office, Institute, Commission,
// Party, ...), "of", "for" or "on" (and "the"), then capitalised words
// ("UN Office for the Coordination of Humanitarian Affairs" was two
// organisations, "Institute for Fiscal Studies" an organisation and a
// place), with "of", "and", "for" and "the" between capitalised words. Not
// when what follows is a person ("the Office of Joe Biden") or a date, and
// not in headlines or lower-case text, where case says nothing. A person's,
// a MISC or a place's name (the place's only with a head that never names
// one: "London School of Hygiene") that opens with a head and "of" is an
// organisation, and such a name goes on over the subject after "and"
// ("… and Tropical Medicine").
void ApplyInstitutionNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  // Heads that never name a place themselves (not "West Bank", "Western
  // Front", "Earls Court", "Lincoln Center", "State College"), nor a
  // building one goes to ("taken to Victoria Hospital").
  static constexpr auto kNeverPlaceHeads = WordHashes({"school", "university", "academy", "institute", "ministry"});
  static constexpr auto kJoining = WordHashes({"of", "for", "on"});
  static constexpr uint64_t kOn = WordHashes({"on"})[0];
  static constexpr auto kInside = WordHashes({"of", "and", "for", "the"});
  auto capitalised = [&](int k) { return k < n && facts[k].token_class == ner::kCapitalizedWord; };
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag) continue;
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    const int first = i;
    const int last = LastOfRun(tags, i);
    i = last;
    // A head word and "of", "for" or "on" at token k: "Office of …".
    auto head_joined = [&](int k) {
      return k < n && IsInstitutionHead(facts[k]) && IsLowerWordIn(facts, n, k + 1, kJoining) &&
             !OpensRite(facts, n, k);
    };
    // "Office of Civil Defense" and "National Library of the Netherlands"
    // were MISC: a name that opens so, after capitalised words only, is the
    // institution's.
    // So is a place that opens so with a head that never names a place:
    // "London School of Hygiene" was a place.
    const int type = ner::TagType(tags[first]);
    // Not an award: "Independent School of the Year".
    if (type != kOrgType && facts[last].lower != kYear) {
      for (int k = first; k + 1 < last && capitalised(k); ++k) {
        if (!head_joined(k) || (type == kLocType && !ner::Contains(kNeverPlaceHeads, facts[k].lower))) continue;
        SetMention(first, last, kOrgType, tags);
        break;
      }
    }
    // "Independent Office for Police" + "Conduct": a name with one inside
    // goes on over the capitalised words the tagger left out after it (not a
    // date, nor a title: "the Bank of England Governor Andrew Bailey").
    bool head_inside = false;
    for (int k = first; k + 1 < last; ++k) head_inside |= head_joined(k);
    if (head_inside && !(facts[first].context & ner::kCaseModes)) {
      // "International Association of Machinists" + "and Aerospace Workers":
      // two plurals joined by "and" inside the name (not "… Scientists and
      // Friends of the Earth", a name of its own).
      auto plural = [&](int k) {
        const Token& token = doc.tokens[begin + k];
        const std::string_view word = doc.Text(Span{token.begin, token.end});
        return word.size() > 2 && word.back() == 's' && word[word.size() - 2] != 's';
      };
      // (Not "Veterans Affairs and Congress", "Teachers and Democrats": only
      // into an organisation's words, and plurals not in -ss.)
      if (plural(last) && IsLowerWordIn(facts, n, last + 1, std::array<uint64_t, 1>{kAnd}) && capitalised(last + 2) &&
          (tags[last + 2] == ner::kOutsideTag || ner::TagType(tags[last + 2]) == kOrgType)) {
        int end = tags[last + 2] == ner::kOutsideTag ? last + 2 : LastOfRun(tags, last + 2);
        while (capitalised(end + 1) && tags[end + 1] == ner::kOutsideTag) ++end;
        if (plural(end) && !IsLowerWordIn(facts, n, end + 1, kInside)) {
          SetMention(first, end, kOrgType, tags);
          i = end;
          continue;
        }
      }
      // "London School of Hygiene" + "and Tropical Medicine": the subject
      // goes on after "and" over an organisation the tagger began there of
      // words no list knows (not "… and Congress", "… and Rolls-Royce"),
      // unless it is an institution of its own ("… and Harvard Medical
      // School").
      if (IsLowerWordIn(facts, n, last + 1, std::array<uint64_t, 1>{kAnd}) && BeginsName(tags, last + 2) &&
          ner::TagType(tags[last + 2]) == kOrgType) {
        const int end = LastOfRun(tags, last + 2);
        bool subject = end > last + 2 && !NamesInstitution(facts, last + 2, end);
        for (int k = last + 2; subject && k <= end; ++k) subject = capitalised(k) && !facts[k].gazetteer;
        if (subject) {
          SetMention(first, end, kOrgType, tags);
          i = end;
          continue;
        }
      }
      int end = last;
      while (capitalised(end + 1) && tags[end + 1] == ner::kOutsideTag &&
             !ner::Contains(kDateWords, facts[end + 1].lower) && !IsTitleToken(facts[end + 1])) {
        ++end;
      }
      if (end > last) {
        SetMention(first, end, ner::TagType(tags[first]), tags);
        i = end;
        continue;
      }
    }
    if (!IsInstitutionHead(facts[last]) || OpensRite(facts, n, last)) continue;
    if (ner::TagType(tags[first]) == kPersonType && last > first &&
        !ner::Contains(kInstitutionHeadSurnames, facts[last].lower)) {
      SetMention(first, last, kOrgType, tags);
    }
    // "Harrow School" was a place, after the town it is named for.
    if (ner::TagType(tags[first]) == kLocType && last > first && ner::Contains(kNeverPlaceHeads, facts[last].lower)) {
      SetMention(first, last, kOrgType, tags);
    }
    // In a headline every word is capitalised: "Bank of America Reports Record Profit".
    if ((facts[first].context & ner::kCaseModes) || !IsLowerWordIn(facts, n, last + 1, kJoining)) continue;
    int start = last + 2;
    if (start < n && facts[start].token_class == ner::kLowerWord && facts[start].lower == kThe) ++start;
    if (!capitalised(start) || ner::Contains(kDateWords, facts[start].lower) || BeforeOfTheYear(facts, n, last)) {
      continue;
    }
    if (tags[start] != ner::kOutsideTag && ner::TagType(tags[start]) == kPersonType) continue;
    // "Institute on Aging", "Council on Foreign Relations": after "on" only
    // words the tagger left untagged, or a name that no list knows as a
    // place, company or organisation ("Commission on" + "Human Rights" was a
    // place; not "the Labour Party on Twitter").
    // (Only a body that deliberates: "Hofstra University on Long Island" is
    // a university and a place.)
    static constexpr auto kBodiesOn = WordHashes({"commission", "committee", "subcommittee", "council", "panel"});
    if (facts[last + 1].lower == kOn && tags[start] != ner::kOutsideTag &&
        ((facts[start].gazetteer & kKnownNameBits) || !ner::Contains(kBodiesOn, facts[last].lower))) {
      continue;
    }
    // Past small words, but not past "and" into a name the tagger began
    // there ("the Institute on Aging and the National Health and Medical
    // Research Council" are two).
    int end = start;
    auto goes_on = [&](int joiners) {
      const int k = end + joiners + 1;
      if (!capitalised(k)) return false;
      for (int j = end + 1; j < k; ++j) {
        if (!IsLowerWordIn(facts, n, j, kInside)) return false;
      }
      const bool other_name = BeginsName(tags, k);
      return !(other_name && (facts[end + 1].lower == kAnd || facts[k - 1].lower == kAnd));
    };
    // (Not into a title or a person's name: "the Council on American-Islamic
    // Relations National Executive Director Nihad Awad".)
    auto name_word = [&](int k) {
      return capitalised(k) && !IsTitleToken(facts[k]) &&
             !(tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kPersonType);
    };
    for (;;) {
      if (name_word(end + 1)) {
        ++end;
      } else if (goes_on(1)) {
        end += 2;
      } else if (goes_on(2)) {
        end += 3;
      } else {
        break;
      }
    }
    // A name tagged inside must end inside: no person or place is cut in two.
    if (end + 1 < n && tags[end + 1] != ner::kOutsideTag && ner::TagPosition(tags[end + 1]) != ner::kBegin &&
        ner::TagPosition(tags[end + 1]) != ner::kUnit) {
      continue;
    }
    SetMention(first, end, kOrgType, tags);
    i = end;
  }
}

// "Joeri Rogelj of Imperial College London" was one organisation: a name of
// two capitalised words, "of", and an institution's name (one with a head
// word such as College or University) is the person and the institution,
// when neither word before "of" is an institution's or organisation's
// word ("Royal Society of Chemistry", "U.S. Chamber of Commerce" stay).
void SplitPersonOfInstitution(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kOrgWordBits = AnyPosition(kOrgWordBit);
  // (Nor a building's word: "Trinity Hall of Cambridge University" is a college.)
  static constexpr auto kBuildings = WordHashes({"hall", "house", "lodge", "tower", "chapel", "abbey", "palace"});
  auto person_word = [&](int k) {
    return facts[k].token_class == ner::kCapitalizedWord && !(facts[k].gazetteer & kOrgWordBits) &&
           !ner::ContainsSorted(kInstitutionHeads, facts[k].lower) && !ner::Contains(kBuildings, facts[k].lower);
  };
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    const int of = i + 2;
    if (ner::TagType(tags[i]) != kOrgType || of + 1 > last || facts[of].lower != kOf || !person_word(i) ||
        !person_word(i + 1)) {
      i = last;
      continue;
    }
    bool institution = false;
    for (int k = of + 1; k <= last; ++k) {
      institution |= IsInstitutionHead(facts[k]);
    }
    if (institution) {
      SetMention(i, i + 1, kPersonType, tags);
      tags[of] = ner::kOutsideTag;
      SetMention(of + 1, last, kOrgType, tags);
    }
    i = last;
  }
}

// "U.S. Ambassador to the European Union Gordon Sondland", "detained in
// China Michael Spavor": a country, a known organisation or a place of
// several words that the lists know whole, then a given name and one more
// capitalised word, tagged as one name, are that name and a person. Not
// when the lists know the two last words for a company or an organisation
// ("Bank of America Merrill Lynch"), nor an all-capitals given name.
void SplitPersonAfterKnownName(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kWhole = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit) | AnyPosition(kKnownOrgBit);
  constexpr uint32_t kCompanies = AnyPosition(kCompanyBit) | AnyPosition(kKnownOrgBit) | AnyPosition(kOrgWordBit);
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    const int given = last - 1;
    const ner::TokenFacts& head = facts[given - 1 < i ? i : given - 1];
    // A listed phrase of type index `g` ends at the head: its last or only word.
    auto ends_phrase = [&](int g) {
      return HasGazetteerPosition(head, g, ner::kLast) || HasGazetteerPosition(head, g, ner::kUnit);
    };
    // (A place of one word may be a word of a venue's name: "South Park Mall".)
    const bool known_head = given - 1 >= i && (HasGazetteerPosition(head, kPlaceBit, ner::kLast) ||
                                               ends_phrase(kCountryBit) || ends_phrase(kKnownOrgBit));
    if (ner::TagType(tags[i]) == kPersonType || !known_head || facts[given].token_class != ner::kCapitalizedWord ||
        facts[last].token_class != ner::kCapitalizedWord || !ner::IsGivenName(facts[given]) ||
        ((facts[given].gazetteer | facts[last].gazetteer) & (kWhole | kCompanies)) || IsTitleToken(facts[given]) ||
        IsTitleToken(facts[last])) {
      i = last;
      continue;
    }
    const int type = ends_phrase(kKnownOrgBit) ? kOrgType : ends_phrase(kCountryBit) ? kLocType : ner::TagType(tags[i]);
    SetMention(i, given - 1, type, tags);
    SetMention(given, last, kPersonType, tags);
    i = last;
  }
}

// "the University of New South Wales" read as "University of New South"
// and the place "Wales": a place right after an organisation whose name
// holds "of", with nothing between them in the sentence, ends that name.
void JoinPlaceTailsOfOrganisations(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if (ner::TagType(tags[i]) != kOrgType || last + 1 >= n || !BeginsName(tags, last + 1) ||
        ner::TagType(tags[last + 1]) != kLocType || !IsCapitalisedToken(facts[last]) ||
        facts[last + 1].sentence_offset == 0) {
      i = last;
      continue;
    }
    bool of = false;
    for (int k = i + 1; k < last; ++k) of |= facts[k].lower == kOf;
    if (of) SetMention(i, LastOfRun(tags, last + 1), kOrgType, tags);
    i = last;
  }
}

// "Avon and Somerset Police", "Devon and Cornwall Police": a force named
// after two places, which the tagger cut at "and" into two organisations or
// a place and an organisation. A one-word name, "and", then a name of two
// to five words ending in Police or Constabulary ("Hampshire and Isle of
// Wight Constabulary", the second a place) is one organisation; not a body
// of its own before "and" ("Border Force and Kent Police", "the FBI and
// Kent Police": a known organisation).
void JoinForcesOfTwoPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kForces = WordHashes({"police", "constabulary"});
  constexpr int kMaxForceWords = 5;
  for (int i = 0; i + 3 < n; ++i) {
    const uint8_t unit_org = ner::MakeTag(kOrgType, ner::kUnit), unit_place = ner::MakeTag(kLocType, ner::kUnit);
    if ((tags[i] != unit_org && tags[i] != unit_place) || facts[i + 1].lower != kAnd ||
        ner::TagPosition(tags[i + 2]) != ner::kBegin || tags[i + 2] == ner::kOutsideTag ||
        ner::TagType(tags[i + 2]) == kPersonType || IsGazetteerSpan(facts, i, i, kKnownOrgBit)) {
      continue;
    }
    const int last = LastOfRun(tags, i + 2);
    if (last - (i + 2) >= kMaxForceWords || !ner::Contains(kForces, facts[last].lower)) continue;
    SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// "the Justice Department and Congress", "Alphabet and Facebook", "Wells
// Fargo and Bank of America": the tagger reads "and" inside an
// organisation's name ("Securities and Exchange Commission", "Department
// of Health and Human Services") also between two names. It splits there
// when the part before "and" ends in an institution's or a company's head
// word ("Fox Business Network and Fox News"), when each part is a company
// or a known organisation on its own, or when the part before "and" is a
// head and "of" and the part after names an institution of its own ("the
// University of Toronto and Harvard Medical School" was one). Over the
// whole document's tags, after the consistency pass.
void SplitCoordinatedNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // Last words of media and companies' names, besides institutions' heads.
  static constexpr auto kCompanyHeads =
      WordHashes({"network", "news", "times", "journal", "company", "group", "inc", "corp"});
  static constexpr uint64_t kTrust = WordHashes({"trust"})[0];
  // A one-word name that the document also writes in lower case is a word
  // ("Industry and Energy", "Arts and Entertainment" stay whole).
  auto known = [&](int first, int last) {
    if (first == last && (facts[first].document & ner::kSeenLowerCase)) return false;
    return IsListedOrganisation(facts, first, last);
  };
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    int first = i;
    for (int k = i + 1; type == kOrgType && k < last; ++k) {
      if (facts[k].lower != kAnd || facts[k].token_class != ner::kLowerWord) continue;
      const bool head_before = (IsInstitutionHead(facts[k - 1]) && facts[k - 1].lower != kService) ||
                               (IsCapitalisedToken(facts[k - 1]) && ner::Contains(kCompanyHeads, facts[k - 1].lower));
      if (!head_before && !(known(first, k - 1) && known(k + 1, last)) &&
          !(HeadOfInside(facts, first, k - 1) && NamesInstitution(facts, k + 1, last))) {
        continue;
      }
      // "Citizens Bank and Trust Company" is one; "the University of Oxford
      // and Cambridge" names two universities, not a place.
      if (facts[k + 1].lower == kTrust || IsGazetteerSpan(facts, k + 1, last, kPlaceBit)) continue;
      SetMention(first, k - 1, type, tags);
      tags[k] = ner::kOutsideTag;
      SetMention(k + 1, last, type, tags);
      first = k + 1;
    }
    i = last;
  }
}

// "The Organization of the" + "Petroleum Exporting Countries", "University
// of" + "South Carolina": an untagged capitalised head word and "of" or
// "for" (and "the") before a name the tagger began there open the
// institution's name. Not before a person ("the Office of Joe Biden"), nor
// in headlines or lower-case text. Over the whole document's tags, after
// the consistency pass: the tagger reads the types it gave a word earlier
// in the document, and "South Carolina" as part of an organisation made
// the next "… Marist South Carolina poll" one.
void ApplyInstitutionPrefixes(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kOfFor = WordHashes({"of", "for"});
  for (int i = 2; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagType(tags[i]) == kPersonType || (facts[i].context & ner::kCaseModes)) {
      continue;
    }
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    const int joiner = facts[i - 1].lower == kThe && facts[i - 1].token_class == ner::kLowerWord ? i - 2 : i - 1;
    const int head = joiner - 1;
    if (head < 0 || tags[head] != ner::kOutsideTag || facts[joiner].token_class != ner::kLowerWord ||
        !ner::Contains(kOfFor, facts[joiner].lower) || facts[head].token_class != ner::kCapitalizedWord ||
        !ner::ContainsSorted(kInstitutionHeads, facts[head].lower)) {
      continue;
    }
    int last = LastOfRun(tags, i);
    // "the Archdiocese of Saint Paul and Minneapolis": a see named for two
    // cities is one.
    static constexpr auto kSees = WordHashes({"diocese", "archdiocese", "eparchy"});
    if (ner::Contains(kSees, facts[head].lower) && IsLowerWordIn(facts, n, last + 1, std::array{kAnd}) &&
        last + 2 < n && BeginsName(tags, last + 2) && ner::TagType(tags[last + 2]) == kLocType) {
      last = LastOfRun(tags, last + 2);
    }
    SetMention(head, last, kOrgType, tags);
    i = last;
  }
}

// "the Prime Minister's Office said", "the Attorney General's Office": an
// office holder's title, "'s" and "Office" name the office, an organisation.
// The tagger kept only "Office", which the attribution then credited with
// the words and linked to another office ("the President's Office") by its
// head word. Not in headlines, lower-case or all-capitals text.
void ApplyTitleHoldersOffices(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kOffice = WordHashes({"office"})[0];
  for (int i = 2; i < n; ++i) {
    if (facts[i].lower != kOffice || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & ner::kCaseModes) || !ner::Contains(kPossessives, facts[i - 1].lower)) {
      continue;
    }
    const int holder = i - 2;
    if (!IsTitleToken(facts[holder]) || facts[holder].token_class != ner::kCapitalizedWord ||
        (tags[holder] != ner::kOutsideTag && ner::TagType(tags[holder]) == kPersonType)) {
      continue;
    }
    // Words before the holder's title make one title only when that title is
    // one that ends compounds ("Prime Minister", "Attorney General", "Vice
    // President"); after another title it is a name ("Mayor King's Office").
    static constexpr auto kCompoundHeads =
        WordHashes({"minister", "general", "president", "governor", "secretary", "commissioner", "chancellor"});
    static constexpr auto kCompoundWords =
        WordHashes({"attorney", "surgeon", "solicitor", "auditor", "inspector", "first", "foreign"});
    int first = holder;
    while (first > 0 && facts[first - 1].token_class == ner::kCapitalizedWord &&
           (IsTitleToken(facts[first - 1]) || ner::Contains(kCompoundWords, facts[first - 1].lower))) {
      --first;
    }
    if (first < holder && !ner::Contains(kCompoundHeads, facts[holder].lower)) continue;
    if (i + 1 < n && tags[i + 1] != ner::kOutsideTag && ner::TagPosition(tags[i + 1]) != ner::kBegin &&
        ner::TagPosition(tags[i + 1]) != ner::kUnit) {
      continue;  // "Office" inside a longer name
    }
    SetMention(first, i, kOrgType, tags);
  }
}

// "Police Scotland", "Fisheries New Zealand", "Statistics Canada", "Cricket
// Australia": national agencies and sports' governing bodies are named by
// their field and then the country or region, and the tagger, which knew
// the place, left the field's word out ("Police Scotland said" credited
// the words to Scotland). A capitalised field word one space before a
// place the lists know, tagged a place all alone, makes one organisation. Over
// the whole document's tags, after the consistency pass, which spreads the
// place's own type. Not in headlines, lower-case or all-capitals text.
void ApplyNationalBodies(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kFields = WordHashes({
      "police",      "fisheries",   "health",     "statistics", "tourism",  "transport",  "sport",    "parks",
      "immigration", "biosecurity", "radio",      "air",        "historic", "natural",    "heritage", "forestry",
      "screen",      "creative",    "enterprise", "invest",     "cricket",  "rugby",      "football", "tennis",
      "athletics",   "hockey",      "netball",    "swimming",   "cycling",  "basketball", "golf",     "skate",
  });
  for (int i = 0; i + 1 < n; ++i) {
    const int place = i + 1;
    if (tags[i] != ner::kOutsideTag || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & ner::kCaseModes) || !ner::Contains(kFields, facts[i].lower) || !BeginsName(tags, place) ||
        ner::TagType(tags[place]) != kLocType || !OneSpaceBetween(doc, i, place)) {
      continue;
    }
    const int last = LastOfRun(tags, place);
    if (IsListedPlace(facts, place, last)) {
      SetMention(i, last, kOrgType, tags);
    }
    i = last;
  }
}

// Head words of the names of events and awards ("Venice Film Festival",
// "BAFTA Award", "Korean War"), which are MISC. Lower-form hashes.
constexpr auto kEventHeads = WordHashes({
    "festival",
    "award",
    "awards",
    "prize",
    "championship",
    "championships",
    "cup",
    "olympics",
    "tournament",
    "trophy",
    "war",
    "marathon",
    "finals",
});

// An untagged run of two or more capitalised words inside a sentence that
// ends in an institution's head word is an institution's name ("the
// paramilitary Rapid Support Forces", "the Supreme Electoral Council"):
// the tagger, which knew none of its words, left it out, though a reader
// sees a name; one that ends in an event's head is the event's ("the
// Champions Trophy"), MISC. A leading "The" is not part of it. Only in
// running text, not in headlines or lower-case text, where case says
// nothing.
void ApplyUntaggedInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto capitalised = [&](int k) { return k < n && facts[k].token_class == ner::kCapitalizedWord; };
  for (int i = 0; i < n; ++i) {
    if (!capitalised(i) || (i > 0 && IsCapitalisedToken(facts[i - 1]))) continue;
    int last = i;
    while (capitalised(last + 1)) ++last;
    const int first = facts[i].lower == kThe ? i + 1 : i;
    const int at = i;
    i = last;
    if (last - first < 1 || (facts[first].context & ner::kCaseModes)) continue;
    // In running text: after a lower-case word, or "The" opening the
    // sentence (whose first word is capitalised anyway; a menu's "Press/Media
    // Center" is no prose).
    const bool in_prose = at > 0 ? facts[at - 1].token_class == ner::kLowerWord : first > at;
    if (!in_prose) continue;
    // "the Champions Trophy", "the Edinburgh Festival": an event's head
    // makes an event's name, MISC.
    const bool institution =
        ner::ContainsSorted(kInstitutionHeads, facts[last].lower) || ner::Contains(kForceHeads, facts[last].lower);
    if (!institution && !ner::Contains(kEventHeads, facts[last].lower)) continue;
    if (BeforeOfTheYear(facts, n, last)) continue;  // an award: "Independent School of the Year"
    bool untagged = true;
    for (int k = first; k <= last; ++k) untagged &= tags[k] == ner::kOutsideTag;
    if (untagged) SetMention(first, last, institution ? kOrgType : kMiscType, tags);
  }
}

// Peoples, ethnic groups, faiths and their branches, named in today's world
// news far more than in 1996 Reuters: the tagger called "Rohingya",
// "Baloch" and "Maori" persons, "Tigrayan" an organisation, and left
// "Fulani herders" and "Druze leaders" untagged. CoNLL-2003 makes such
// words MISC, as it does nationalities. None is an English word or a
// common first name (not Karen, Han, Shan, Roma, Chin, Christian: "Christian
// Horner"). Lower-form hashes.
constexpr auto kPeoples = SortedWordHashes({
    "rohingya", "uyghur",       "uyghurs",    "uighur",    "uighurs",   "kurd",       "kurds",       "yazidi",
    "yazidis",  "yezidi",       "tigrayan",   "tigrayans", "tigrinya",  "amhara",     "oromo",       "fulani",
    "hausa",    "igbo",         "yoruba",     "hutu",      "hutus",     "tutsi",      "tutsis",      "maasai",
    "xhosa",    "pashtun",      "pashtuns",   "hazara",    "hazaras",   "tajik",      "tajiks",      "uzbek",
    "uzbeks",   "baloch",       "baluch",     "balochi",   "sindhi",    "sindhis",    "punjabi",     "punjabis",
    "bengali",  "bengalis",     "tamil",      "tamils",    "sinhalese", "druze",      "alawite",     "alawites",
    "sunni",    "sunnis",       "shia",       "shiite",    "shiites",   "ismaili",    "ahmadi",      "ahmadis",
    "copt",     "copts",        "coptic",     "maronite",  "maronites", "bedouin",    "bedouins",    "berber",
    "berbers",  "amazigh",      "tuareg",     "tuaregs",   "inuit",     "maori",      "tatar",       "tatars",
    "chechen",  "chechens",     "circassian", "rakhine",   "kachin",    "hmong",      "sikh",        "sikhs",
    "dalit",    "dalits",       "muslim",     "muslims",   "jew",       "jews",       "jewish",      "hindu",
    "hindus",   "buddhist",     "buddhists",  "catholic",  "catholics", "protestant", "protestants", "mormon",
    "mormons",  "evangelicals",
});

// Lower-case nouns for a place: "of" and its name follow ("the town of
// Jasper", "the island of Cebu", "the state of Vermont"; not "kingdom": "the
// kingdom of God"), or a people's name comes before ("the Amhara region").
// Lower-form hashes.
constexpr auto kPlaceNouns = WordHashes({
    "town",   "city",       "village",   "hamlet",        "municipality", "province", "state",
    "island", "county",     "district",  "region",        "suburb",       "zone",     "emirate",
    "canton", "prefecture", "territory", "neighbourhood", "neighborhood",
});

// Nouns for people of a place or its parts, before "of" and its name ("a
// resident of Anand Vihar", "the outskirts of Kherson"). Lower-form hashes.
constexpr auto kPlacePeopleNouns =
    WordHashes({"resident", "residents", "native", "natives", "inhabitants", "outskirts", "suburbs", "mayor"});

// Those of them for a settlement, which no organisation is called by
// ("the province of Twitter" is a figure of speech; "the city of X" is not).
constexpr auto kSettlementNouns = WordHashes({
    "town",
    "city",
    "village",
    "hamlet",
    "municipality",
    "suburb",
    "prefecture",
    "neighbourhood",
    "neighborhood",
});

// "the Dane said", "a Scot", "the Kiwi", "the Dane Mikkel Sørensen": a
// noun for one person of a nation, after an article, is MISC as "the
// Briton" is, or is no part of the name after it (the tagger made it a
// person or an organisation: "Dane", "Finn" and "Scot" are given names too,
// so only after an article).
void ApplyNationalityNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kArticles = WordHashes({"the", "a", "an", "fellow"});
  static constexpr auto kNationals = WordHashes(
      {"dane", "finn", "scot", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman",
       "englishman", "englishwoman", "frenchman", "frenchwoman", "dutchman", "kiwi", "aussie", "swede", "spaniard"});
  for (int i = 1; i < n; ++i) {
    if (!ner::Contains(kArticles, facts[i - 1].lower) || !IsCapitalisedToken(facts[i]) ||
        !ner::Contains(kNationals, facts[i].lower) || (tags[i] != ner::kOutsideTag && !BeginsName(tags, i))) {
      continue;
    }
    const int last = tags[i] == ner::kOutsideTag ? i : LastOfRun(tags, i);
    if (last > i && ner::TagType(tags[i]) == kPersonType) {
      SetMention(i + 1, last, kPersonType, tags);
      tags[i] = ner::kOutsideTag;
    } else if (last == i && (i + 1 == n || !IsCapitalisedToken(facts[i + 1]))) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    }
  }
}

// A capitalised word naming a people is MISC: a mention made only of such
// words is retyped, and one the tagger left untagged becomes one ("Fulani
// herders"). A longer name holding one ("Tamil Nadu", "Maori Party") is the
// tagger's to call.
void ApplyPeoples(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto people = [&](int k) { return IsCapitalisedToken(facts[k]) && ner::ContainsSorted(kPeoples, facts[k].lower); };
  // Not the start of a longer name the tagger cut ("Tigrayan People's
  // Liberation Front") nor a place named after a people ("the Amhara region").
  auto ends_here = [&](int last) {
    return last + 1 == n ||
           (!IsCapitalisedToken(facts[last + 1]) && !ner::Contains(kPlaceNouns, facts[last + 1].lower));
  };
  for (int i = 0; i < n; ++i) {
    if (!people(i)) continue;
    if (tags[i] == ner::kOutsideTag) {
      const bool alone = i == 0 || tags[i - 1] == ner::kOutsideTag || !IsCapitalisedToken(facts[i - 1]);
      if (alone && ends_here(i)) tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
      continue;
    }
    const int position = ner::TagPosition(tags[i]);
    if (position != ner::kBegin && position != ner::kUnit) continue;
    const int last = LastOfRun(tags, i);
    bool all_peoples = true;
    for (int k = i; k <= last; ++k) all_peoples &= people(k);
    if (all_peoples && ends_here(last)) SetMention(i, last, kMiscType, tags);
    i = last;
  }
  // "Indigenous Maori" was a person (and then "Maori" alone with it): a
  // people's name after a word for a native people is still a people.
  static constexpr auto kNativeWords = WordHashes({"indigenous", "native", "aboriginal", "ethnic"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) != ner::kBegin || !IsCapitalisedToken(facts[i]) ||
        !ner::Contains(kNativeWords, facts[i].lower) || LastOfRun(tags, i) != i + 1 || !people(i + 1) ||
        !ends_here(i + 1)) {
      continue;
    }
    SetMention(i, i + 1, kMiscType, tags);
  }
}

// Names a list knows whole for one type (of the gazetteer's type index `g`)
// are of that type: a mention with exactly that span is retyped, and a
// capitalised run that is exactly such a name and that the tagger left
// untagged, or tagged only in part, becomes one. A longer name holding one
// is left alone. Names of one word only when `single_words`; names that
// open with "the" only when `with_article`. The last word may be a family
// name in lower case joined to its particle ("Hayat Tahrir al-Sham") after
// two words or more, when `doc` is given (with the sentence's first token
// `begin`).
bool IsGluedParticleSurname(std::string_view word);
void ApplyListedNames(const ner::TokenFacts* facts, int n, int g, int type, bool single_words, bool with_article,
                      uint8_t* tags, const Document* doc = nullptr, int begin = 0) {
  auto has = [&](int k, ner::Position p) { return HasGazetteerPosition(facts[k], g, p); };
  auto ends_name = [&](int first, int last) {
    return IsCapitalisedToken(facts[last]) ||
           (doc != nullptr && last - first >= 2 && IsGluedParticleSurname(TokenText(*doc, begin, last)));
  };
  for (int i = 0; i < n; ++i) {
    int last = -1;
    if (has(i, ner::kBegin)) {
      int j = i + 1;
      while (j < n && has(j, ner::kInside)) ++j;
      if (j < n && has(j, ner::kLast)) last = j;
    }
    if (last < 0 && single_words && has(i, ner::kUnit)) last = i;
    if (last < 0 || !IsCapitalisedToken(facts[i]) || !ends_name(i, last) || (!with_article && facts[i].lower == kThe)) {
      continue;
    }
    // (In a headline in capitals or title case, capitals around the name say
    // nothing: "THE FEDERAL RESERVE CUT RATES".)
    const bool alone = StandsAlone(facts, n, i, last) || (facts[i].context & ner::kHeadlineModes);
    const int first_position = ner::TagPosition(tags[i]), last_position = ner::TagPosition(tags[last]);
    const bool same_span =
        tags[i] != ner::kOutsideTag && tags[last] != ner::kOutsideTag &&
        (i == last ? first_position == ner::kUnit : first_position == ner::kBegin && last_position == ner::kLast);
    // Untagged, or holding only names that lie wholly inside it ("Alternative
    // for Germany" had only "Germany", a place): no mention crosses its edges.
    const bool contained =
        (tags[i] == ner::kOutsideTag || first_position == ner::kBegin || first_position == ner::kUnit) &&
        (tags[last] == ner::kOutsideTag || last_position == ner::kLast || last_position == ner::kUnit);
    if ((contained && alone) || same_span) SetMention(i, last, type, tags);
    i = last;
  }
}

// Names of organisations a reader knows (the known-organisation list:
// "Al Jazeera", "the Taliban", "CNN") are organisations ("Al Jazeera" tagged
// a person, "Taliban" MISC; "(The report was published by CNN.)", "USA
// TODAY" and "Islamic State" of which the tagger had "USA" a place and
// "Islamic" MISC). "CNN International" is left alone.
void ApplyKnownOrganisations(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  ApplyListedNames(facts, n, kKnownOrgBit, kOrgType, /*single_words=*/true, /*with_article=*/true, tags, &doc, begin);
}

// Countries of several words are places: "the Democratic Republic of Congo
// (DRC)" was an organisation beside another's acronym, and "Democratic
// Republic of the Congo" a place cut in two at "the". One word may be a
// person's ("Jordan", "Chad") and is left to the tagger, and so is "the"
// of "The Netherlands" (CoNLL leaves the article out).
void ApplyCountryNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  ApplyListedNames(facts, n, kCountryBit, kLocType, /*single_words=*/false, /*with_article=*/false, tags);
  // "Cote d'Ivoire" as the wires write it, without the accent: the list
  // knows "Côte d’Ivoire" only, and the lower-case "d'" hid the name.
  static constexpr auto kCote = WordHashes({"cote", "côte"});
  static constexpr auto kIvoire = WordHashes({"d'ivoire", "d’ivoire"});
  for (int i = 0; i + 1 < n; ++i) {
    if (IsCapitalisedToken(facts[i]) && ner::Contains(kCote, facts[i].lower) &&
        ner::Contains(kIvoire, facts[i + 1].lower) && (tags[i] == ner::kOutsideTag || BeginsName(tags, i)) &&
        (tags[i + 1] == ner::kOutsideTag || EndsName(tags, i + 1))) {
      SetMention(i, i + 1, kLocType, tags);
    }
  }
}

// "the Fed's decision", "Fed chairman Alan Greenspan": the Federal Reserve
// by its short name, which the tagger left untagged (and which the
// known-organisation list cannot hold: "Fed up with …", "Fed by rain").
// After "the", or before its officers or a possessive; not inside a longer
// name ("the Fed Cup").
void ApplyFed(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kFed = WordHashes({"fed"})[0];
  static constexpr auto kAfterFed = WordHashes({"chairman", "chair", "chairwoman", "governor", "governors", "official",
                                                "officials", "policymakers", "'s", "’s"});
  for (int i = 0; i < n; ++i) {
    if (facts[i].lower != kFed || facts[i].token_class != ner::kCapitalizedWord || tags[i] != ner::kOutsideTag ||
        (i + 1 < n && IsCapitalisedToken(facts[i + 1]))) {
      continue;
    }
    if ((i > 0 && facts[i - 1].lower == kThe) || (i + 1 < n && ner::Contains(kAfterFed, facts[i + 1].lower))) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    }
  }
}

// Head words of the names of venues and regions ("Arthur Ashe Stadium",
// "Heathrow Airport", "Tiananmen Square", "Coral Sky Amphitheatre", "Ak-Chin
// Pavilion", "Federal Capital Territory", "Tigray Province", "Eastern
// Economic Corridor") and of
// landmarks ("Jerónimos Monastery" was a person, "Belém Tower" an
// organisation), which are places ("County" has its own rule:
// ApplyCountyNames). Not heads that are surnames too ("Castle", "Temple").
// Lower-form hashes.
constexpr auto kVenueHeads =
    WordHashes({"stadium", "arena", "airport", "square", "amphitheatre", "amphitheater", "pavilion", "territory",
                "province", "monastery", "cathedral", "basilica", "mosque", "abbey", "tower", "bridge", "corridor"});

// Head words of natural features' names, which are places: "Second Thomas
// Shoal" was a person, "Kolumbo Volcano" an organisation. Lower-form hashes.
constexpr auto kNaturalFeatureHeads =
    WordHashes({"shoal", "shoals", "reef", "atoll", "glacier", "volcano", "canyon", "peninsula", "archipelago",
                "lagoon", "fjord", "estuary", "reservoir", "dam", "trail"});

// Head words of places often named after a person. Lower-form hashes.
constexpr auto kNamedAfterHeads = WordHashes({"bay", "harbour", "harbor", "beach", "falls", "heights"});

// "Second Thomas Shoal": a capitalised ordinal the tagger left out before
// a natural feature's name opens it.
void JoinOrdinalsOfFeatures(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kOrdinalWords = WordHashes({"first", "second", "third", "fourth", "fifth"});
  for (int i = 1; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kLocType || tags[i - 1] != ner::kOutsideTag ||
        facts[i - 1].token_class != ner::kCapitalizedWord || !ner::Contains(kOrdinalWords, facts[i - 1].lower)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (ner::Contains(kNaturalFeatureHeads, facts[last].lower)) SetMention(i - 1, last, kLocType, tags);
    i = last;
  }
}

// Head words of streets' names ("Harehills Lane" was MISC, "Exchange Street"
// a person), which are places; an organisation stays ("Wall Street" for the
// markets, "Downing Street" for the government). Lower-form hashes.
constexpr auto kStreetHeads = WordHashes({"street", "road", "lane", "avenue", "boulevard"});

// Retypes a name of at least `min_words` words that ends in a capitalised
// word of `heads` as `type`, unless it is of `type` or of `keep_type`, or,
// with `keep_institutions`, an institution's that opens with its head and
// "of" or "for" and ends in an "of" phrase ("Institute for the Study of War"
// is no war). A person's name after an honorific stays a person's ("Dr
// Melissa Lane" was a street).
template <typename Heads>
void RetypeByHead(const ner::TokenFacts* facts, int n, const Heads& heads, int min_words, int type, int keep_type,
                  uint8_t* tags, bool keep_institutions = false) {
  static constexpr auto kOfFor = WordHashes({"of", "for"});
  for (int i = 0; i < n; ++i) {
    if (!EndsName(tags, i)) continue;
    const int tagged = ner::TagType(tags[i]);
    if (tagged == type || tagged == keep_type || !IsCapitalisedToken(facts[i]) ||
        !ner::Contains(heads, facts[i].lower)) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    if (tagged == kPersonType && first > 0 && IsHonorificToken(facts[first - 1])) continue;
    // (The event's head right after "of" or "of the": "Bank of America
    // Chicago Marathon" and "Council of Europe Prize" stay events.)
    const int before = i > first && facts[i - 1].lower == kThe ? i - 2 : i - 1;
    const bool institution = keep_institutions && first + 1 < i && IsInstitutionHead(facts[first]) &&
                             ner::Contains(kOfFor, facts[first + 1].lower) && before > first + 1 &&
                             facts[before].lower == kOf;
    if (i - first + 1 >= min_words && !institution) SetMention(first, i, type, tags);
  }
}

// Before the titles in quotation marks, which stay MISC (“Mercy Street,” a
// television drama). Numbered roads too: "Interstate 95" was an
// organisation and a number, "Highway 1" a number.
void ApplyStreetNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // "near Woodrow Wilson Avenue" tagged the president alone: a street's
  // head the tagger left out after a person's name makes the street.
  for (int i = 0; i + 1 < n; ++i) {
    if (EndsName(tags, i) && ner::TagType(tags[i]) == kPersonType && tags[i + 1] == ner::kOutsideTag &&
        facts[i + 1].token_class == ner::kCapitalizedWord && ner::Contains(kStreetHeads, facts[i + 1].lower)) {
      SetMention(FirstOfRun(tags, i), i + 1, kLocType, tags);
    }
  }
  RetypeByHead(facts, n, kStreetHeads, 2, kLocType, kOrgType, tags);
  static constexpr auto kRoadWords = WordHashes({"interstate", "interstates", "highway", "route", "motorway"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kRoadWords, facts[i].lower) ||
        facts[i + 1].token_class != ner::kNumberToken || (i + 2 < n && IsCapitalisedToken(facts[i + 2]))) {
      continue;
    }
    // Inside a longer name it stays ("Route 66 Diner" ends elsewhere).
    if (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kBegin &&
        ner::TagPosition(tags[i]) != ner::kUnit) {
      continue;
    }
    SetMention(i, i + 1, kLocType, tags);
    ++i;
  }
}

// "in Sergiyev Posad 70 km from the capital": a number before a unit of
// measure is a distance, no part of the place's name before it.
void DropDistancesFromNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kUnits = WordHashes(
      {"km", "kilometres", "kilometers", "miles", "mi", "metres", "meters", "m", "ft", "feet", "yards", "kg"});
  for (int i = 1; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kNumberToken || tags[i] == ner::kOutsideTag ||
        ner::TagPosition(tags[i]) != ner::kLast || !IsLowerWordIn(facts, n, i + 1, kUnits)) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    tags[i] = ner::kOutsideTag;
    SetMention(first, i - 1, type, tags);
  }
}

// Words that open a place's name before "of" ("Isle of Skye", "Gulf of
// Mexico", "Strait of Hormuz", "Municipality of Culion", "Republic of
// Korea"; not "Kingdom": "Kingdom of Heaven" is a film). Lower-form hashes.
constexpr auto kPlaceHeadsFirst =
    WordHashes({"isle", "isles", "gulf", "strait", "straits", "sea", "bay", "cape", "lake", "mount", "horn",
                "municipality", "province", "district", "county", "republic"});

// Head words that open institutions' names in Spanish, Portuguese and
// French ("Instituto Floresta Viva", "Fundação Getulio Vargas", "Banco
// Santander", "Institut Pasteur"). Lower-form hashes.
constexpr auto kRomanceInstitutionHeads = WordHashes({
    "instituto",    "institut",    "fundação",     "fundación",    "fondation",  "associação",   "asociación",
    "universidade", "universidad", "université",   "banco",        "banque",     "ministerio",   "ministério",
    "ministère",    "secretaría",  "partido",      "movimento",    "movimiento", "confederação", "confederación",
    "federação",    "federación",  "sindicato",    "syndicat",     "comissão",   "comisión",     "conselho",
    "consejo",      "conseil",     "agência",      "agencia",      "agence",     "companhia",    "compañía",
    "grupo",        "corporación", "observatório", "observatorio",
});

// A name of two words or more that opens with such a head is an
// organisation where the tagger made it a person, a place or MISC
// ("Instituto Floresta Viva" was a person, and said what its policy
// coordinator said).
void ApplyRomanceInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) == ner::kUnit) continue;
    const int last = LastOfRun(tags, i);
    if (ner::TagType(tags[i]) != kOrgType && IsCapitalisedToken(facts[i]) &&
        ner::Contains(kRomanceInstitutionHeads, facts[i].lower)) {
      SetMention(i, last, kOrgType, tags);
    }
    i = last;
  }
}

// Lower-case words inside French, Spanish, Portuguese and Italian names
// ("Centre National de Recherche et de Formation sur le Paludisme",
// "Instituto Nacional de Estadística y Geografía"). Lower-form hashes.
constexpr auto kRomanceNameLinks =
    WordHashes({"de",  "des", "du",  "da",  "do", "dos", "das", "del", "della", "di",   "la", "le",
                "les", "el",  "los", "las", "et", "e",   "y",   "sur", "pour",  "para", "en"});
// Those of them that say the name is in such a language: "of" in it.
constexpr auto kRomanceOf = WordHashes({"de", "des", "du", "da", "do", "dos", "das", "del", "della", "di"});

// An organisation's name in such a language goes on past the tagger's end
// through its linking words and capitalised words: "Paludisme" was a
// person, whom the next "She" meant. Not into another institution ("… y
// el Ministerio de Salud").
void JoinRomanceNameTails(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxLinks = 3;  // "et de la"
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    int last = LastOfRun(tags, i);
    bool romance = ner::Contains(kRomanceInstitutionHeads, facts[i].lower);
    for (int k = i + 1; k < last; ++k) romance |= ner::Contains(kRomanceOf, facts[k].lower);
    while (romance) {
      int k = last + 1;
      while (k < n && k - last <= kMaxLinks && facts[k].token_class == ner::kLowerWord &&
             ner::Contains(kRomanceNameLinks, facts[k].lower)) {
        ++k;
      }
      if (k == last + 1 || k - last > kMaxLinks || k >= n || facts[k].token_class != ner::kCapitalizedWord ||
          IsInstitutionHead(facts[k]) || ner::Contains(kRomanceInstitutionHeads, facts[k].lower) ||
          (tags[k] != ner::kOutsideTag && ner::TagPosition(tags[k]) != ner::kBegin &&
           ner::TagPosition(tags[k]) != ner::kUnit)) {
        break;
      }
      last = tags[k] == ner::kOutsideTag ? k : LastOfRun(tags, k);
      while (last + 1 < n && facts[last + 1].token_class == ner::kCapitalizedWord &&
             tags[last + 1] == ner::kOutsideTag) {
        ++last;
      }
    }
    if (last != LastOfRun(tags, i)) SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// A name that opens with such a word and "of" is a place where the tagger
// called it MISC or a person ("Isle of Skye", "Gulf of Mexico" were MISC),
// or left the head and "of" out; an organisation stays ("Bank of …" is none
// of these).
void ApplyPlaceHeadsFirst(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 2 < n; ++i) {
    // The head and "of" left out before the name ("Cape of Good Hope" had
    // "Good Hope" a person).
    if (tags[i] == ner::kOutsideTag && facts[i].token_class == ner::kCapitalizedWord &&
        ner::Contains(kPlaceHeadsFirst, facts[i].lower) && facts[i + 1].lower == kOf && BeginsName(tags, i + 2) &&
        ner::TagType(tags[i + 2]) != kOrgType && LastOfRun(tags, i + 2) - i <= 4) {
      SetMention(i, LastOfRun(tags, i + 2), kLocType, tags);
      i = LastOfRun(tags, i);
      continue;
    }
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    // Not an event, an award or an act named after the place ("the Isle of
    // Wight Festival", "the Gulf of Tonkin Resolution").
    static constexpr auto kNamedAfterPlace = WordHashes({"resolution", "act", "treaty", "race", "open", "prix"});
    const bool named_after =
        ner::Contains(kEventHeads, facts[last].lower) || ner::Contains(kNamedAfterPlace, facts[last].lower);
    if ((type == kMiscType || type == kPersonType) && IsCapitalisedToken(facts[i]) &&
        ner::Contains(kPlaceHeadsFirst, facts[i].lower) && facts[i + 1].lower == kOf && last > i + 1 && last - i <= 3 &&
        !named_after) {
      SetMention(i, last, kLocType, tags);
    }
    i = last;
  }
}

// "its predecessor GPT-4o", "the Suzuki GZ125 Marauder": a word of ASCII
// letters and digits names no person (no name of one holds a digit); the
// tagger's "person" is a product, MISC. Not a letter garbled into a digit
// ("GÃ1⁄4len").
void RetypePersonsWithDigits(const Document& doc, int begin, int n, uint8_t* tags) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto letters_and_digits = [&](int k) {
    const std::string_view text = TokenText(doc, begin, k);
    bool letter = false, digit = false;
    for (const char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
      letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      digit |= is_digit(c);
    }
    return letter && digit;
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool digits = false;
    for (int k = i; k <= last; ++k) digits |= letters_and_digits(k);
    if (digits && ner::TagType(tags[i]) == kPersonType) SetMention(i, last, kMiscType, tags);
    i = last;
  }
}

// "the resignation of Benedict XVI", "Louis XIV": a given name and a Roman
// numeral name a monarch or a pope, a person (the tagger made "Benedict XVI"
// an organisation). Not "World War II" or "Super Bowl LVIII": the first
// word must be a given name a list knows. (Not a numeral of one letter:
// "Henry V" stays the tagger's.)
void RetypeRegnalNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  auto roman = [&](int k) { return IsRomanNumeral(facts[k]) && TokenText(doc, begin, k).size() >= 2; };
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if (last == i + 1 && ner::TagType(tags[i]) != kPersonType && roman(last) &&
        HasGazetteerPosition(facts[i], kFirstNameBit, ner::kUnit)) {
      SetMention(i, last, kPersonType, tags);
    }
    i = last;
  }
}

// Words after a number that make it a count or a share, no version's
// number ("4 percent", "3 million", "10 years").
constexpr auto kAfterCounts = WordHashes({"%", "percent", "per", "million", "billion", "years", "times"});

// "Anthropic's Claude Opus 4", "Meta's Llama 3", "Google's Gemini 2": a
// name of up to three words after a company's possessive and before a
// version number is the company's product, MISC with its number (the tagger
// made "Claude Opus" an organisation and "4" a count). Not before a unit or a
// percentage, nor a date or a numbered label.
void ApplyOwnedVersionedProducts(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // Dates and numbered labels, no products: "Carrier's Feb. 10
  // announcement", "the Browns' Week 11 game", "Forbes' Under 30 Summit".
  static constexpr auto kNotProducts =
      WordHashes({"week", "day", "round", "game", "stage", "phase", "year", "quarter", "under", "over", "top", "no."});
  auto names_product = [&](int first, int last) {
    for (int k = first; k <= last; ++k) {
      const uint64_t word = facts[k].lower;
      if (ner::Contains(kNotProducts, word) || ner::Contains(kMonths, word) || ner::Contains(kDateWords, word)) {
        return false;
      }
    }
    return true;
  };
  for (int owner = 0; owner + 3 < n; ++owner) {
    if (!EndsName(tags, owner) || ner::TagType(tags[owner]) != kOrgType ||
        !ner::Contains(kPossessives, facts[owner + 1].lower)) {
      continue;
    }
    const int first = owner + 2;
    int last = first;
    while (last + 1 < n && last - first < 2 && IsCapitalisedToken(facts[last + 1])) ++last;
    const int number = last + 1;
    if (!IsCapitalisedToken(facts[first]) || number >= n || facts[number].token_class != ner::kNumberToken ||
        !names_product(first, last) || (number + 1 < n && ner::Contains(kAfterCounts, facts[number + 1].lower)) ||
        (tags[first] != ner::kOutsideTag && !BeginsName(tags, first)) ||
        (tags[number] != ner::kOutsideTag && !IsLoneName(tags, number)) ||
        (number + 1 < n && tags[number + 1] != ner::kOutsideTag && !BeginsName(tags, number + 1))) {
      continue;
    }
    SetMention(first, number, kMiscType, tags);
    owner = number;
  }
}

// Whether `word` has a capital after a lower-case letter, as product names do
// ("AirPods", "PlayStation", "MacBook").
bool IsCamelCase(std::string_view word) {
  for (size_t k = 1; k < word.size(); ++k) {
    if (IsUpperAscii(word[k]) && IsLowerAscii(word[k - 1])) return true;
  }
  return false;
}

// "AirPods 4", "the PlayStation 5 Pro", "Apple Watch Series 10", "Galaxy
// Watch 7": a product's name and its generation's number of one or two
// digits, with an edition's word after it, are the product, MISC (the tagger
// made "AirPods" an organisation and "4" a count, left "PlayStation" out and
// ended the watch before its number). The name is a word in camel case, a
// MISC name (not a plural word: "Republicans 12, Democrats 10") or one ending in
// a device's word. Not a count of something after it ("a BPA-free 5 gallon
// bottle", "CJ DeBose 2 assists"), nor a number glued to a word ("49ers")
// or set apart by more than a space (a list's "Most Popular\n1", a table's
// "Greedy Williams\t73").
// Over the whole document's tags, after the consistency pass, whose votes
// would otherwise move the name alone ("MagSafe" a person once "MagSafe 2"
// no longer voted for an organisation).
void ApplyNumberedProducts(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kDeviceWords = WordHashes({"watch", "buds", "tab", "pad"});
  // Words in lower case that may follow a product's number.
  static constexpr auto kAfterProducts =
      WordHashes({"and", "or", "with", "in", "on", "at", "for", "to", "from", "by", "is", "are", "was", "were", "has",
                  "have", "will", "costs", "comes"});
  for (int number = 1; number < n; ++number) {
    const int name = number - 1, after = number + 1;
    if (facts[number].token_class != ner::kNumberToken || TokenText(doc, 0, number).size() > 2 ||
        !IsCapitalisedToken(facts[name]) || (facts[name].context & ner::kCaseModes) ||
        (tags[number] != ner::kOutsideTag && !IsLoneName(tags, number)) || !OneSpaceBetween(doc, name, number) ||
        (after < n && doc.tokens[after].begin == doc.tokens[number].end &&
         facts[after].token_class != ner::kOtherToken) ||
        (after < n && facts[after].token_class == ner::kLowerWord &&
         !ner::Contains(kAfterProducts, facts[after].lower)) ||
        (after < n && ner::Contains(kAfterCounts, facts[after].lower))) {
      continue;
    }
    const bool untagged = tags[name] == ner::kOutsideTag;
    if (!untagged && !EndsName(tags, name)) continue;
    const std::string_view word = TokenText(doc, 0, name);
    const bool misc =
        !untagged && ner::TagType(tags[name]) == kMiscType && !(IsLoneName(tags, name) && word.back() == 's');
    const bool product = IsCamelCase(word) || misc || (!untagged && ner::Contains(kDeviceWords, facts[name].lower));
    if (!product || (!untagged && ner::TagType(tags[name]) == kPersonType)) continue;
    int last = number;
    if (after < n && IsCapitalisedToken(facts[after]) && ner::Contains(kEditionWords, facts[after].lower) &&
        (tags[after] == ner::kOutsideTag || IsLoneName(tags, after))) {
      last = after;
    }
    if (last + 1 < n && tags[last + 1] != ner::kOutsideTag && !BeginsName(tags, last + 1)) continue;
    SetMention(untagged ? name : FirstOfRun(tags, name), last, kMiscType, tags);
    number = last;
  }
}

// "the Copa del Rey", "the Coppa Italia", "the Coupe de France": a name
// that opens with a cup in Spanish, Italian or French is the competition,
// MISC (the tagger made them a place and an organisation).
void ApplyCupNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kCups = WordHashes({"copa", "coppa", "coupe"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) == ner::kUnit || !IsCapitalisedToken(facts[i]) ||
        !ner::Contains(kCups, facts[i].lower)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    SetMention(i, last, kMiscType, tags);
    i = last;
  }
}

// "Fort Nelson" was a person, "Fort St." a place and "John" a person: a name
// that opens with "Fort" and a capitalised word is a place, with the name
// that follows its "St."; an organisation stays ("Fort Worth Star-Telegram").
void ApplyFortNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kFort = WordHashes({"fort"})[0];
  static constexpr auto kSaint = WordHashes({"st.", "ste.", "saint"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].lower != kFort || !IsCapitalisedToken(facts[i]) || !IsCapitalisedToken(facts[i + 1])) continue;
    // "near Fort" + "Nelson": the tagger may leave "Fort" out.
    const int name = tags[i] == ner::kOutsideTag ? i + 1 : i;
    if (!BeginsName(tags, name) || ner::TagType(tags[name]) == kOrgType) {
      continue;
    }
    // Two words, or three with the saint's: a longer name is an event's or
    // a team's ("the Fort Worth P.D. Open").
    int last = LastOfRun(tags, name);
    if (last == i + 1 && ner::Contains(kSaint, facts[last].lower) && last + 1 < n &&
        ner::TagPosition(tags[last + 1]) == ner::kUnit) {
      ++last;
    }
    const bool saint = last == i + 2 && ner::Contains(kSaint, facts[i + 1].lower);
    if (last == i + 1 || saint) SetMention(i, last, kLocType, tags);
    i = last;
  }
}

// A saint's word before a name ("St. Kitts", "St Peter's Square").
constexpr auto kSaint = WordHashes({"st.", "st", "saint"});

// "the parish of St. Elizabeth" gave a person "Elizabeth": a saint's name
// that opens a name and is all of it is a place after a preposition of
// place, or after a noun of places and "of" ("St. Kitts", "in St.
// Andrew"). Not the saint ("prayed to St. Jude", "relics of St. Nicholas"),
// nor a family name ("Prime Minister St. Laurent"), nor before more of a
// name or a possessive ("St. Mary's Hospital" is an institution's).
void ApplySaintNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // (Or after a compass point: "Farmers in south St Elizabeth say".)
  static constexpr auto kPlacePrepositions =
      WordHashes({"in", "across", "from", "near", "around", "outside", "throughout", "into", "toward", "towards",
                  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"});
  static constexpr auto kPlaceNouns =
      WordHashes({"parish", "town", "city", "county", "island", "village", "district", "province", "region", "state",
                  "parishes", "residents", "farmers", "farms"});
  for (int i = 1; i + 1 < n; ++i) {
    const int name = i + 1;
    if (!ner::Contains(kSaint, facts[i].lower) || !IsCapitalisedToken(facts[i]) || tags[i] != ner::kOutsideTag ||
        tags[name] != ner::MakeTag(kPersonType, ner::kUnit) || tags[i - 1] != ner::kOutsideTag) {
      continue;
    }
    // (… or after a place and "and": "toward St. Lucia and St. Vincent".)
    const bool after_place =
        facts[i - 1].lower == kAnd && i >= 2 && EndsName(tags, i - 2) && ner::TagType(tags[i - 2]) == kLocType;
    const bool place = IsLowerWordIn(facts, n, i - 1, kPlacePrepositions) || after_place ||
                       (facts[i - 1].lower == kOf && IsLowerWordIn(facts, n, i - 2, kPlaceNouns)) ||
                       IsLowerWordIn(facts, n, name + 1, kPlaceNouns);
    const bool more =
        name + 1 < n && (IsCapitalisedToken(facts[name + 1]) || ner::Contains(kPossessives, facts[name + 1].lower));
    if (place && !more) SetMention(i, name, kLocType, tags);
  }
}

// "St Catherine's Monastery", "St Peter's Square": a saint's possessive
// before the head of a holy or public place names that place (the tagger
// ended the name at the possessive and made the saint an organisation and
// the head a place of its own).
void JoinSaintsPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHeads = WordHashes({"square", "monastery", "cathedral", "basilica", "church", "chapel",
                                             "abbey", "priory", "park", "island", "bay", "gate"});
  for (int i = 0; i + 3 < n; ++i) {
    if (!ner::Contains(kSaint, facts[i].lower) || !IsCapitalisedToken(facts[i]) || !BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i), head = last + 2;
    if (last != i + 1 || head >= n || !ner::Contains(kPossessives, facts[last + 1].lower) ||
        facts[head].token_class != ner::kCapitalizedWord || !ner::Contains(kHeads, facts[head].lower) ||
        !(tags[head] == ner::kOutsideTag || ner::TagPosition(tags[head]) == ner::kUnit)) {
      continue;
    }
    SetMention(i, head, kLocType, tags);
    i = head;
  }
}

// Names of events and awards are MISC (the tagger called festivals and
// awards named after a place or person by that place or person's type);
// venues of two words or more are places (it called stadiums named after
// a person organisations; a MISC venue, "the Emirates Stadium deal", is
// left alone), and companies of two words or more organisations
// ("Universal Pictures' adaptation" was MISC).
// "Monaco" + "Grand Prix", "Paris" + "Olympics": a place right before an
// event's name (MISC, ending in an event's head word or "Prix", "Open",
// "Games") is part of it. And "NBA" + "Finals", "ATP" + "Finals", "WTA
// Finals": an organisation or an untagged acronym right before a
// capitalised event head the tagger left out names the organisation's
// event (not "Games", which ends companies' names: "Riot Games").
void JoinPlaceAndEvent(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kMoreEventHeads = WordHashes({"prix", "open", "games"});
  static constexpr auto kOrganisersEventHeads = WordHashes({"finals", "open"});
  for (int i = 0; i + 1 < n; ++i) {
    const int next = i + 1;
    const bool organiser = EndsName(tags, i) ? ner::TagType(tags[i]) == kOrgType
                                             : tags[i] == ner::kOutsideTag && facts[i].token_class == ner::kAllCapsWord;
    if (organiser && tags[next] == ner::kOutsideTag && facts[next].token_class == ner::kCapitalizedWord &&
        (ner::Contains(kEventHeads, facts[next].lower) || ner::Contains(kOrganisersEventHeads, facts[next].lower))) {
      SetMention(tags[i] == ner::kOutsideTag ? i : FirstOfRun(tags, i), next, kMiscType, tags);
      i = next;
      continue;
    }
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kLocType) continue;
    if (tags[next] == ner::kOutsideTag || ner::TagType(tags[next]) != kMiscType) continue;
    const int next_position = ner::TagPosition(tags[next]);
    if (next_position != ner::kBegin && next_position != ner::kUnit) continue;
    const int last = LastOfRun(tags, next);
    if (IsCapitalisedToken(facts[last]) &&
        (ner::Contains(kEventHeads, facts[last].lower) || ner::Contains(kMoreEventHeads, facts[last].lower))) {
      SetMention(FirstOfRun(tags, i), last, kMiscType, tags);
    }
    i = last;
  }
}

// Head words of market indexes' names ("Hang Seng Index", "Shanghai
// Composite", "Dow Jones Industrial Average"), MISC as CoNLL-2003 tags them
// ("the NASDAQ Index"); the tagger made "Shanghai Composite" an
// organisation. Lower-form hashes.
constexpr auto kIndexHeads = WordHashes({"index", "composite", "average"});

// "the National Action Party (PAN)" made "PAN" MISC: an acronym in
// parentheses right after an organisation's name is that organisation's,
// and one after an index's name the index's ("Hang Seng Index (HSI)" made
// "HSI" an organisation, "Kospi Index (KOSPI)" a place), and one after a
// country's the country's ("the Democratic Republic of Congo (DRC)").
void ApplyAcronymsOfOrganisations(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kDashes = WordHashes({"-", "--", "\u2013", "\u2014"});
  for (int i = 2; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kAllCapsWord || facts[i - 1].lower != kOpenBracket ||
        facts[i + 1].lower != kCloseBracket || !EndsName(tags, i - 2) ||
        (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kUnit)) {
      continue;
    }
    const int type = ner::TagType(tags[i - 2]);
    // (A country of several words, not before a dash: after one word,
    // "HANOI, Vietnam (AP)", or before a dash, "GYEONGJU, South Korea (AP)
    // —", it is a dateline's agency.)
    const int first = FirstOfRun(tags, i - 2);
    const bool country = type == kLocType && first < i - 2 && IsGazetteerSpan(facts, first, i - 2, kCountryBit) &&
                         !(i + 2 < n && ner::Contains(kDashes, facts[i + 2].lower));
    if (type == kOrgType || (type == kMiscType && ner::Contains(kIndexHeads, facts[i - 2].lower)) || country) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(type, ner::kUnit));
    }
  }
}

// "the River Monnow has burst its banks" was an organisation: "River" and
// one capitalised word name a river, unless a list knows the pair as a
// company or an organisation ("River Island", a retailer).
void ApplyRiverNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kRiver = WordHashes({"river"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) == kLocType || facts[i].lower != kRiver ||
        facts[i].token_class != ner::kCapitalizedWord || LastOfRun(tags, i) != i + 1 ||
        IsListedOrganisation(facts, i, i + 1)) {
      continue;
    }
    SetMention(i, i + 1, kLocType, tags);
  }
}

// "Kensington Palace declined to comment" made "Kensington" a place: a
// place the tagger ended right before an untagged "Palace" names, with it,
// the royal household or the office that speaks from there, as it called
// "Buckingham Palace".
void JoinPalaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kPalace = WordHashes({"palace"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kLocType || tags[i + 1] != ner::kOutsideTag ||
        facts[i + 1].token_class != ner::kCapitalizedWord || facts[i + 1].lower != kPalace) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), i + 1, kOrgType, tags);
  }
}

// "the Countess of Chester Hospital", "the Duchess of Kent Hospital": a
// hospital or school named after a noble's title is one name with it (the
// tagger left the title out, as it leaves titles out of persons' names, and
// kept "Chester Hospital" a place).
void JoinNobleTitlesOfInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kNobleTitles =
      WordHashes({"countess", "duchess", "duke", "earl", "prince", "princess", "queen", "king", "marquess"});
  for (int i = 2; i < n; ++i) {
    if (!BeginsName(tags, i) || facts[i - 1].lower != kOf || facts[i - 1].token_class != ner::kLowerWord ||
        tags[i - 2] != ner::kOutsideTag || facts[i - 2].token_class != ner::kCapitalizedWord ||
        !ner::Contains(kNobleTitles, facts[i - 2].lower)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (last > i && IsInstitutionHead(facts[last])) SetMention(i - 2, last, kOrgType, tags);
    i = last;
  }
}

// "Dick Clark Productions denied …", "Tyler Perry Studios": a name the
// tagger ended right before an untagged capitalised company head (the
// founder's name it knew, the head it did not) is, with the head, the
// company. Not in headlines, where every word is capitalised.
void JoinCompanyHeads(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || tags[i + 1] != ner::kOutsideTag || facts[i + 1].token_class != ner::kCapitalizedWord ||
        !ner::Contains(kCompanyHeads, facts[i + 1].lower) || (facts[i + 1].context & ner::kCaseModes)) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), i + 1, kOrgType, tags);
  }
}

// "the Dow Jones Industrial Average dropped": a name the tagger ended before
// one or two untagged capitalised words ending in an index's head is, with
// them, the index (MISC). Not in headlines.
void JoinIndexHeads(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxWords = 2;
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i)) continue;
    for (int end = i + 1; end < n && end <= i + kMaxWords; ++end) {
      if (tags[end] != ner::kOutsideTag || facts[end].token_class != ner::kCapitalizedWord ||
          (facts[end].context & ner::kCaseModes)) {
        break;
      }
      if (ner::Contains(kIndexHeads, facts[end].lower)) {
        SetMention(FirstOfRun(tags, i), end, kMiscType, tags);
        i = end;
        break;
      }
    }
  }
}

// The last words of a broadcaster's or paper's channel or desk ("Sky
// Sport", "Fox News", "Wyoming Public Radio"). Lower-form hashes.
constexpr auto kBroadcastDesks = WordHashes({"sport", "sports", "news", "radio", "tv", "television"});

// A broadcaster's channel or desk is an organisation: "Sky Sport
// commentator Kahu Rewiti" (a person), "Wyoming Public Radio" (a place). Not
// a place a list knows ("Newport News"), nor MISC ("Fake News").
void RetypeBroadcasters(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || !IsCapitalisedToken(facts[i]) || !ner::Contains(kBroadcastDesks, facts[i].lower)) {
      continue;
    }
    const int type = ner::TagType(tags[i]), first = FirstOfRun(tags, i);
    const bool known_place = IsListedPlace(facts, first, i);
    if (first < i && (type == kPersonType || (type == kLocType && !known_place))) SetMention(first, i, kOrgType, tags);
  }
}

// "According to New Zealand Rugby", "Cricket Australia said", "Athletics
// Kenya": a country's name and a sport, capitalised, either way round, name
// the sport's national body (the tagger read the country, the speaker a
// place, and left the sport out). Not in a headline's or capitals' text,
// where case says nothing.
void ApplyNationalSportBodies(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kSports =
      WordHashes({"rugby",      "cricket", "football",  "soccer",   "netball",   "hockey", "athletics",  "basketball",
                  "tennis",     "cycling", "golf",      "swimming", "rowing",    "boxing", "volleyball", "baseball",
                  "gymnastics", "squash",  "badminton", "sailing",  "triathlon", "archery"});
  auto sport = [&](int k) {
    return k >= 0 && k < n && tags[k] == ner::kOutsideTag && facts[k].token_class == ner::kCapitalizedWord &&
           !(facts[k].context & ner::kCaseModes) && ner::Contains(kSports, facts[k].lower);
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kLocType) continue;
    const int last = LastOfRun(tags, i);
    if (!IsGazetteerSpan(facts, i, last, kCountryBit)) continue;
    if (sport(last + 1)) {
      SetMention(i, last + 1, kOrgType, tags);
    } else if (sport(i - 1)) {
      SetMention(i - 1, last, kOrgType, tags);
    }
    i = last;
  }
}

// A county's name ("Marin County", "Miami-Dade County") is a place: it was an
// organisation, a person or MISC by its first word. Not a football club in a
// result line, where the score follows ("Notts County 3"), and not a name
// that holds a county ("World Affairs Council of Orange County").
void ApplyCountyNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kCounty = WordHashes({"county"})[0];
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || facts[i].lower != kCounty || facts[i].token_class != ner::kCapitalizedWord ||
        ner::TagType(tags[i]) == kLocType || (i + 1 < n && facts[i + 1].token_class == ner::kNumberToken)) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    bool joins_names = false;
    for (int k = first; k < i; ++k) joins_names |= facts[k].lower == kOf || facts[k].lower == kAnd;
    if (first < i && !joins_names) SetMention(first, i, kLocType, tags);
  }
  // Ireland's "Co Cork", "Co. Kerry": the county before its name (the
  // tagger made "Cork" a person). Not a company's "Co." after its name
  // ("Ford Motor Co. Chairman …").
  static constexpr auto kCo = WordHashes({"co", "co."});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kCo, facts[i].lower) ||
        (i > 0 && (IsCapitalisedToken(facts[i - 1]) || facts[i - 1].lower == kAmpersand)) ||
        facts[i + 1].token_class != ner::kCapitalizedWord || IsTitleToken(facts[i + 1]) ||
        (i + 2 < n && IsCapitalisedToken(facts[i + 2])) ||
        !((tags[i] == ner::kOutsideTag && (tags[i + 1] == ner::kOutsideTag || IsLoneName(tags, i + 1))) ||
          (BeginsName(tags, i) && LastOfRun(tags, i) == i + 1))) {
      continue;
    }
    SetMention(i, i + 1, kLocType, tags);
  }
}

// "the Environmental Protection Agency", "the Migration Policy Institute":
// an other name of two words or more that ends in the head word of a body is
// that body (not heads that also end events, leagues, programmes or
// buildings: "Premier League", "Apollo Program", "World Trade Center"). A
// center that someone directs is a body too ("director of the Vaccine
// Education Center").
void RetypeMiscInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kBodyHeads =
      WordHashes({"institute", "university", "college",     "hospital",    "foundation",   "commission", "committee",
                  "council",   "ministry",   "department",  "agency",      "authority",    "bureau",     "association",
                  "society",   "academy",    "directorate", "secretariat", "inspectorate", "library"});
  static constexpr auto kCenterHeads = WordHashes({"center", "centre"});
  static constexpr auto kCenterFields =
      WordHashes({"space", "flight", "research", "policy", "legal", "medical", "cancer", "health", "studies", "science",
                  "sciences", "law", "justice", "rights", "poverty", "climate", "security"});
  static constexpr auto kLeaders =
      WordHashes({"director", "head", "founder", "president", "chief", "chair", "chairman", "chairwoman"});
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kMiscType || ner::TagPosition(tags[i]) != ner::kLast ||
        facts[i].token_class != ner::kCapitalizedWord) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    const bool directed_center = ner::Contains(kCenterHeads, facts[i].lower) && first >= 3 &&
                                 facts[first - 1].lower == kThe && facts[first - 2].lower == kOf &&
                                 IsLowerWordIn(facts, n, first - 3, kLeaders);
    // "NASA's Goddard Space Flight Center", "the Bipartisan Policy Center":
    // a center of work or study is a body (not an arena or a building: "the
    // Pepsi Center", "the World Trade Center").
    const bool working_center =
        ner::Contains(kCenterHeads, facts[i].lower) && i > first && ner::Contains(kCenterFields, facts[i - 1].lower);
    if (ner::Contains(kBodyHeads, facts[i].lower) || directed_center || working_center) {
      SetMention(first, i, kOrgType, tags);
    }
  }
}

// "the High Court", "the Constitutional Court", "Orange County Court": a
// court of law named by its rank or jurisdiction is a body, not a place (the
// tagger made "at the High Court" a place); a tennis court ("Centre Court")
// or a street ("Court Street") has no such word.
void ApplyCourtsOfLaw(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kCourt = WordHashes({"court"})[0];
  static constexpr auto kJurisdictions = WordHashes(
      {"high", "supreme", "constitutional", "district", "appeals", "appellate", "criminal", "federal", "circuit",
       "superior", "crown", "magistrates", "family", "administrative", "bankruptcy", "military", "county", "town"});
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kLocType || facts[i].lower != kCourt) continue;
    const int first = FirstOfRun(tags, i);
    bool jurisdiction = false;
    for (int k = first; k < i; ++k) jurisdiction |= ner::Contains(kJurisdictions, facts[k].lower);
    if (jurisdiction) SetMention(first, i, kOrgType, tags);
  }
}

// "the U.S. Court of Appeals for the Federal Circuit", "the District Court
// for the Southern District of New York": a court's name goes on with "for
// the" and the circuit or district it sits for (the tagger made two
// organisations, or a court and a place).
void JoinCourtCircuits(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kCourt = WordHashes({"court"})[0];
  static constexpr auto kSeats = WordHashes({"circuit", "district"});
  for (int i = 0; i + 4 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    const int last = LastOfRun(tags, i);
    bool court = false;
    for (int k = i; k <= last; ++k) court |= facts[k].lower == kCourt;
    if (!court || last + 3 >= n || facts[last + 1].lower != kFor || facts[last + 2].lower != kThe) {
      i = last;
      continue;
    }
    constexpr int kMaxSeatWords = 3;
    int end = last + 3;
    while (end < n && end <= last + 2 + kMaxSeatWords && IsCapitalisedToken(facts[end]) &&
           !ner::Contains(kSeats, facts[end].lower)) {
      ++end;
    }
    if (end >= n || !ner::Contains(kSeats, facts[end].lower) || !IsCapitalisedToken(facts[end])) {
      i = last;
      continue;
    }
    // "… for the Southern District of New York": and the place it names.
    if (end + 2 < n && facts[end + 1].lower == kOf && IsCapitalisedToken(facts[end + 2])) {
      end += 2;
      while (end + 1 < n && IsCapitalisedToken(facts[end + 1]) && end < last + 12) ++end;
    }
    SetMention(i, end, kOrgType, tags);
    i = end;
  }
}

// (Kept out of ApplyTypeRules, which it would make past the size V8
// compiles well in parts: tests/js/load-cost.test.mjs.)
[[gnu::noinline]] void ApplyHeadWordRules(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // A policy named after its author is no person: "the Marshall Plan", "the
  // Monroe Doctrine" were persons. Nor is a treaty an organisation: "the
  // 1951 Mutual Defense Treaty", "the Good Friday Agreement".
  static constexpr auto kPolicyHeads =
      WordHashes({"plan", "doctrine", "treaty", "pact", "accord", "accords", "agreement"});
  RetypeByHead(facts, n, kEventHeads, 1, kMiscType, kMiscType, tags, /*keep_institutions=*/true);
  RetypeByHead(facts, n, kPolicyHeads, 2, kMiscType, kMiscType, tags);
  ApplyCupNames(facts, n, tags);
  JoinPlaceAndEvent(facts, n, tags);
  RetypeByHead(facts, n, kVenueHeads, 2, kLocType, kMiscType, tags);
  RetypeByHead(facts, n, kNaturalFeatureHeads, 2, kLocType, kLocType, tags);
  // A place named after a person, of three words or more: "Nelson Mandela
  // Bay" was a person (not "Michael Bay"; a team of "Tampa Bay" stays).
  RetypeByHead(facts, n, kNamedAfterHeads, 3, kLocType, kOrgType, tags);
  // (Of two words when the first is no given name: "Qixingtan Beach" was a
  // person or MISC.)
  for (int i = 0; i + 1 < n; ++i) {
    // (Not MISC "Stadia Falls" of a headline: "Falls Short".)
    static constexpr uint64_t kFalls = WordHashes({"falls"})[0];
    const bool misc = tags[i] == ner::MakeTag(kMiscType, ner::kBegin) && facts[i + 1].lower != kFalls;
    if ((tags[i] == ner::MakeTag(kPersonType, ner::kBegin) || misc) && ner::TagPosition(tags[i + 1]) == ner::kLast &&
        ner::Contains(kNamedAfterHeads, facts[i + 1].lower) && IsCapitalisedToken(facts[i + 1]) &&
        !IsAnyGivenName(facts[i])) {
      SetMention(i, i + 1, kLocType, tags);
    }
  }
  // No one is called "Heights" or "Hills": "Mona Heights", "Jackson
  // Heights", "Dubai Hills" (a novel, MISC, stays).
  static constexpr auto kHeights = WordHashes({"heights", "hills"});
  RetypeByHead(facts, n, kHeights, 2, kLocType, kMiscType, tags);
  JoinOrdinalsOfFeatures(facts, n, tags);
  ApplyCountyNames(facts, n, tags);
  ApplyNationalSportBodies(facts, n, tags);
  JoinCompanyHeads(facts, n, tags);
  RetypeByHead(facts, n, kCompanyHeads, 2, kOrgType, kOrgType, tags);
  // ("Seoul Metropolitan Government" was a place, "Welsh Government" MISC.)
  static constexpr auto kGovernment = WordHashes({"government"});
  RetypeByHead(facts, n, kGovernment, 2, kOrgType, kOrgType, tags);
  RetypeCityHalls(facts, n, tags);
  RetypeBroadcasters(facts, n, tags);
  // ("Copyright © 2026 Al Nisr Publishing LLC" was MISC.)
  RetypeByHead(facts, n, kLegalSuffixes, 2, kOrgType, kOrgType, tags);

  JoinIndexHeads(facts, n, tags);
  RetypeByHead(facts, n, kIndexHeads, 2, kMiscType, kMiscType, tags);
  RetypeMiscInstitutions(facts, n, tags);
  ApplyCourtsOfLaw(facts, n, tags);
  JoinCourtCircuits(facts, n, tags);
  ApplyPlaceHeadsFirst(facts, n, tags);
  ApplyRomanceInstitutions(facts, n, tags);
  JoinRomanceNameTails(facts, n, tags);
  ApplyFortNames(facts, n, tags);
  ApplySaintNames(facts, n, tags);
  JoinSaintsPlaces(facts, n, tags);
  JoinPalaces(facts, n, tags);
  JoinNobleTitlesOfInstitutions(facts, n, tags);
  ApplyRiverNames(facts, n, tags);
  ApplyAcronymsOfOrganisations(facts, n, tags);
}

// One-word names of things, which CoNLL-2003 tags MISC: diseases and their
// viruses ("AIDS", "BSE"), several named after a place ("Zika", "Ebola"),
// which the tagger called places and persons ("COVID-19" a place); voice
// assistants and chatbots, which it called persons ("use Alexa to control
// connected devices", "activate Siri"); and devices and consoles ("Xbox
// shipments" an organisation). None is an English word or a common
// first name. Lower-form hashes, whose digits are folded to 0 ("covid-00" is
// COVID-19, "h0n0" H5N1 and H1N1).
constexpr auto kMiscWords = SortedWordHashes({
    "covid",       "covid-00", "sars",        "sars-cov-0", "mers",    "ebola",       "zika",
    "hiv",         "aids",     "mpox",        "monkeypox",  "h0n0",    "omicron",     "dengue",
    "coronavirus", "alexa",    "chikungunya", "siri",       "cortana", "bixby",       "chatgpt",
    "iphone",      "ipad",     "macbook",     "airpods",    "xbox",    "playstation", "kindle",
});

// Feasts, MISC too ("an election at Christmas" gave a place); also family
// names ("Dr. Easter", "Christmas Abbott"). Lower-form hashes.
constexpr auto kFeasts = WordHashes(
    {"christmas", "easter", "ramadan", "diwali", "hanukkah", "passover", "thanksgiving", "eid", "halloween"});

// Such a one-word name is MISC: a one-word mention that is such a name is
// retyped, and one the tagger left untagged becomes one. A longer name
// holding one ("Zika Forest", "Ebola River", "Alexa Chung") is the tagger's
// to call.
void ApplyMiscWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto misc = [&](int k) {
    return IsCapitalisedToken(facts[k]) &&
           (ner::ContainsSorted(kMiscWords, facts[k].lower) || ner::Contains(kFeasts, facts[k].lower));
  };
  // A feast is also a name: "Dr. Easter, the lead author, said", "Christmas
  // Abbott" stay persons.
  auto person_named = [&](int k) {
    return ner::Contains(kFeasts, facts[k].lower) && tags[k] == ner::MakeTag(kPersonType, ner::kUnit) &&
           ((k > 0 && ner::Contains(ner::kHonorifics, facts[k - 1].lower)) ||
            (k + 1 < n && IsCapitalisedToken(facts[k + 1])));
  };
  // "Mac" is also a given name ("Mac Jones"): only the computer the tagger
  // made a company ("Mac shipments rose", "a redesigned Mac mini").
  static constexpr uint64_t kMac = WordHashes({"mac"})[0];
  for (int i = 0; i < n; ++i) {
    if (facts[i].lower == kMac && tags[i] == ner::MakeTag(kOrgType, ner::kUnit) && IsCapitalisedToken(facts[i])) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    }
    if (!misc(i) || person_named(i)) continue;
    // "AirPods Pro", "Xbox Series X" keep their edition's word.
    if (i + 1 < n && IsCapitalisedToken(facts[i + 1]) && ner::Contains(kEditionWords, facts[i + 1].lower) &&
        (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) == ner::kUnit ||
         (ner::TagPosition(tags[i]) == ner::kBegin && ner::TagPosition(tags[i + 1]) == ner::kLast)) &&
        (tags[i + 1] == ner::kOutsideTag || ner::TagPosition(tags[i + 1]) == ner::kLast ||
         ner::TagPosition(tags[i + 1]) == ner::kUnit)) {
      SetMention(i, i + 1, kMiscType, tags);
      ++i;
      continue;
    }
    const bool alone = StandsAlone(facts, n, i, i);
    if (tags[i] == ner::kOutsideTag) {
      if (alone) tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
      continue;
    }
    if (ner::TagPosition(tags[i]) == ner::kUnit) tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
  }
}

// Days named by a word before the weekday: "Black Friday", "Cyber Monday",
// "Good Friday", "Super Tuesday". Each is one name, MISC like the feasts;
// alone, the weekday became a date and the word before it a person
// ("Black") or nothing. Lower-form hashes.
constexpr auto kDayNameWords = WordHashes({"black", "cyber", "good", "easter", "palm", "ash", "super", "fat", "giving",
                                           "holy", "maundy", "shrove", "bloody", "whit"});
constexpr auto kWeekdays = WordHashes({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});

// Such a day is MISC where it does not begin a longer name ("the Good
// Friday Agreement" is the tagger's).
void ApplyNamedDays(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!IsCapitalisedToken(facts[i]) || !IsCapitalisedToken(facts[i + 1]) ||
        !ner::Contains(kDayNameWords, facts[i].lower) || !ner::Contains(kWeekdays, facts[i + 1].lower)) {
      continue;
    }
    const bool ends_here = tags[i + 1] == ner::kOutsideTag || EndsName(tags, i + 1);
    if (!ends_here ||
        (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kLast && !BeginsName(tags, i))) {
      continue;
    }
    // A name the tagger ended on the day's first word ends before it, and
    // one word before it alone is no name ("Best Black Friday deals").
    if (ner::TagPosition(tags[i]) == ner::kLast) {
      const int first = FirstOfRun(tags, i);
      if (first == i - 1) {
        tags[first] = ner::kOutsideTag;
      } else {
        SetMention(first, i - 1, ner::TagType(tags[i]), tags);
      }
    }
    SetMention(i, i + 1, kMiscType, tags);
    ++i;
  }
}

// Parties named by a common word: "Labor" (Australia) and "Labour" (UK)
// alone are the party wherever the tagger tagged them as a name ("Labor
// backbenchers" were a person). Untagged they stay words: "Labor shifted
// from farming to mining". Lower-form hashes.
constexpr auto kPartyWords = WordHashes({"labor", "labour"});

// A party's members named by its common word, MISC as "Democrats" is
// ("accused the Liberals of mismanaging the file" made them a person).
// Lower-form hashes.
constexpr auto kPartyMembers =
    WordHashes({"liberals", "conservatives", "greens", "nationals", "socialists", "progressives"});

// A one-word name that is such a party is an organisation; one that is its
// members, tagged a person, is MISC.
void RetypePartyWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (!IsLoneName(tags, i) || !IsCapitalisedToken(facts[i])) continue;
    if (ner::Contains(kPartyWords, facts[i].lower)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    } else if (ner::TagType(tags[i]) == kPersonType && ner::Contains(kPartyMembers, facts[i].lower)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    }
  }
}

// The part of a CamelCase word before its first inner capital ("We" of
// "WeWork", "Survey" of "SurveyMonkey"), or "" when the word is not
// CamelCase. Names with a prefix ("McDonald", "DeSantis", "LeBron",
// "MacArthur", "O'Brien") are not.
std::string_view CamelCaseHead(std::string_view word) {
  if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') return {};
  // ASCII words only: a name mangled between encodings ("García" read as
  // Latin-1, then decomposed) can hold an ASCII capital.
  if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return {};
  for (size_t k = 1; k + 1 < word.size(); ++k) {
    const char c = word[k], next = word[k + 1];
    if (c < 'a' || c > 'z') {
      if (IsUpperAscii(c)) return {};  // "NYTimes": capitals, then lower case
      continue;
    }
    if (IsUpperAscii(next)) {
      const std::string_view head = word.substr(0, k + 1);
      if (IsOneOf(head, {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Al", "El"})) return {};
      return head;
    }
  }
  return {};
}

// In an article, a one-word person in CamelCase is a company or a site
// ("WeWork" was a person 45 times on the pages and PolNeAR, "SurveyMonkey",
// "GoFundMe", "RealClearPolitics"), unless it opens with a given name: a
// handle glued from a person's names ("TimKaine", "MaryJBlige") stays a
// person. Not in a short text such as a post (under 200 tokens; a news item
// of 260 had "WeWork" a person 8 times), where such a word is as often a
// user's name ("MysteryGuitarMan").
void RetypeCamelCasePersons(const Document& doc, const ner::Gazetteer& gazetteer, int begin, int n, uint8_t* tags) {
  constexpr size_t kMinArticleTokens = 200;
  if (doc.tokens.size() < kMinArticleTokens) return;
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit ||
        ner::TagType(tags[i]) != kPersonType) {
      continue;
    }
    const Token& token = doc.tokens[begin + i];
    const std::string_view head = CamelCaseHead(doc.Text(Span{token.begin, token.end}));
    if (head.empty()) continue;
    const uint8_t types = gazetteer.Lookup(ner::ExtendPhraseHash(ner::kEmptyPhraseHash, ner::LowerFormHash(head)));
    if (!(types & ner::kGazetteerFirstName)) tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "the US-China trade war", "India-Pakistan tensions", "Russia-Ukraine
// talks": one word of two places joined by a hyphen tells what the places
// share, MISC like "Sino-Japanese" (the tagger made "US-China" an
// organisation; "Obama-Clinton foreign policy" a person). Both parts must
// be places or countries the lists know, and the whole no place of its own.
void RetypePlacePairs(const Document& doc, const ner::Gazetteer& gazetteer, int begin, int n, uint8_t* tags) {
  // Countries the place lists hold by their full names only.
  static constexpr auto kAbbreviatedCountries = WordHashes({"us", "u.s.", "uk", "u.k.", "eu", "uae"});
  // The gazetteer's types of `part`, with the abbreviations as countries.
  auto types_of = [&](std::string_view part) -> uint8_t {
    if (part.empty() || !IsUpperAscii(part[0])) return 0;
    const uint64_t lower = ner::LowerFormHash(part);
    if (ner::Contains(kAbbreviatedCountries, lower)) return ner::kGazetteerCountry;
    return gazetteer.Lookup(ner::ExtendPhraseHash(ner::kEmptyPhraseHash, lower));
  };
  constexpr uint8_t kPlace = ner::kGazetteerLocation | ner::kGazetteerCountry;
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit || ner::TagType(tags[i]) == kMiscType) {
      continue;
    }
    const Token& token = doc.tokens[begin + i];
    const std::string_view word = doc.Text(Span{token.begin, token.end});
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos || word.find('-', hyphen + 1) != std::string_view::npos ||
        (types_of(word) & kPlace)) {
      continue;
    }
    const uint8_t left = types_of(word.substr(0, hyphen)), right = types_of(word.substr(hyphen + 1));
    // A place the tagger found stays one unless both parts are countries:
    // "Miami-Dade" and "Winston-Salem" are each one place.
    const uint8_t needed = ner::TagType(tags[i]) == kLocType ? uint8_t{ner::kGazetteerCountry} : kPlace;
    if ((left & needed) && (right & needed)) tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
  }
}

// The ASCII letter a Latin letter with a diacritic stands for (U+00C0 to
// U+017F: "ā" a, "é" e, "ü" u), lower case; 0 for any other code point.
char BaseLetter(char32_t c) {
  // Latin-1's letters from U+00C0, then Latin Extended-A's from U+0100 (its
  // letters come in capital and small pairs).
  static constexpr char kLatin1[] =
      "aaaaaaaceeeeiiii"
      "dnooooo.ouuuuyts"
      "aaaaaaaceeeeiiii"
      "dnooooo.ouuuuyty";
  static constexpr char kExtendedA[] =
      "aaaaaaccccccccdddd"
      "eeeeeeeeee"
      "gggggggghhhh"
      "iiiiiiiiii"
      "..jjkkk"
      "llllllllll"
      "nnnnnnnnn"
      "oooooo.."
      "rrrrrr"
      "ssssssss"
      "tttttt"
      "uuuuuuuuuuuu"
      "wwyyyzzzzzzs";
  if (c >= 0xC0 && c < 0x100) return kLatin1[c - 0xC0] == '.' ? 0 : kLatin1[c - 0xC0];
  if (c >= 0x100 && c < 0x100 + sizeof kExtendedA - 1) return kExtendedA[c - 0x100] == '.' ? 0 : kExtendedA[c - 0x100];
  return 0;
}

// A body's name and its acronym in brackets after it, the acronym an
// organisation's: "the Makkal Nala Munnetra Kazhagam (MNMK)" was a person.
// Only when the acronym spells the capitalised words' initials, and only a
// person's name ("the Affordable Care Act (ACA)" stays a law). And a body's
// short name before its name in full, in brackets: "Inpe (National
// Institute for Space Research)" was a person (not a word a list knows for
// a person's).
void ApplyBracketedFullNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  constexpr int kMaxWords = 8;
  for (int i = 1; i + 2 < n; ++i) {
    if (facts[i].lower != kOpenBracket) continue;
    // The full name first: "… Kazhagam (MNMK)".
    if (EndsName(tags, i - 1) && ner::TagType(tags[i - 1]) == kPersonType && facts[i + 2].lower == kCloseBracket &&
        facts[i + 1].token_class == ner::kAllCapsWord && IsLoneName(tags, i + 1) &&
        ner::TagType(tags[i + 1]) == kOrgType) {
      const int first = FirstOfRun(tags, i - 1);
      const std::string_view acronym = TokenText(doc, begin, i + 1);
      std::string_view::size_type letter = 0;
      bool spells = i - first <= kMaxWords;
      for (int k = first; spells && k < i; ++k) {
        if (!IsCapitalisedToken(facts[k])) continue;
        spells = letter < acronym.size() && TokenText(doc, begin, k)[0] == acronym[letter++];
      }
      if (spells && letter == acronym.size() && letter >= 3) SetMention(first, i - 1, kOrgType, tags);
      continue;
    }
    // The short name first: "Inpe (National Institute …)".
    if (IsLoneName(tags, i - 1) && ner::TagType(tags[i - 1]) != kOrgType &&
        facts[i - 1].token_class == ner::kCapitalizedWord && !(facts[i - 1].gazetteer & kPersonNameBits) &&
        BeginsName(tags, i + 1) && ner::TagType(tags[i + 1]) == kOrgType) {
      const int last = LastOfRun(tags, i + 1);
      bool institution = false;
      for (int k = i + 1; k <= last; ++k) institution |= IsInstitutionHead(facts[k]);
      if (last - i >= 3 && last + 1 < n && facts[last + 1].lower == kCloseBracket && institution) {
        SetMention(i - 1, i - 1, kOrgType, tags);
      }
    }
  }
}

// "Māori" was a person, where "Maori" is MISC: a name of one word with
// diacritics that the lists know, without them, for a people's is MISC
// ("Québécois" too).
void RetypeAccentedPeoples(const Document& doc, const ner::Gazetteer& gazetteer, int begin, int n, uint8_t* tags) {
  constexpr size_t kMaxLetters = 32;
  for (int i = 0; i < n; ++i) {
    if (!IsLoneName(tags, i) || ner::TagType(tags[i]) == kMiscType) continue;
    const Token& token = doc.tokens[begin + i];
    const std::string_view word = doc.Text(Span{token.begin, token.end});
    if (word.size() > 2 * kMaxLetters ||
        std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
      continue;
    char folded[kMaxLetters];
    size_t length = 0;
    bool ok = true;
    for (size_t at = 0; ok && at < word.size() && length < kMaxLetters;) {
      const char32_t c = DecodeUtf8(word, &at);
      const char ascii = c < 0x80 ? LowerAscii(static_cast<char>(c)) : BaseLetter(c);
      ok = ascii != 0;
      folded[length++] = ascii;
    }
    if (!ok || length == kMaxLetters) continue;
    const uint64_t lower = ner::LowerFormHash({folded, length});
    if (ner::ContainsSorted(kPeoples, lower) ||
        (gazetteer.Lookup(ner::ExtendPhraseHash(ner::kEmptyPhraseHash, lower)) & ner::kGazetteerDemonym)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    }
  }
}

// "South Dakotans", "New Yorkers", "North Carolinians", "British
// Columbians": the people of a place of several words, named by the place
// and "-ns", "-ers" or "-ians" for its final "a", are MISC as "Americans"
// are (the tagger made "South Dakotans" an organisation). The place must be
// one the lists know, and the words before the last no place of several
// words of their own ("New York Islanders" is a team of New York).
void RetypePlacesPeople(const Document& doc, const ner::Gazetteer& gazetteer, int begin, int n, uint8_t* tags) {
  constexpr uint8_t kPlace = ner::kGazetteerLocation | ner::kGazetteerCountry;
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) == kMiscType) continue;
    const int first = FirstOfRun(tags, i);
    if (first == i) continue;
    const Token& token = doc.tokens[begin + i];
    const std::string_view word = doc.Text(Span{token.begin, token.end});
    if (word.size() < 5 || word.back() != 's') continue;
    // The words before the last, as a phrase of the place lists.
    uint64_t phrase = ner::kEmptyPhraseHash;
    for (int k = first; k < i; ++k) {
      const Token& t = doc.tokens[begin + k];
      phrase = ner::ExtendPhraseHash(phrase, ner::LowerFormHash(doc.Text(Span{t.begin, t.end})));
    }
    if (i - first >= 2 && (gazetteer.Lookup(phrase) & kPlace)) continue;
    // The stem without a heap copy ("Carolin" + "a" goes through a buffer
    // as long as the word).
    char with_a[64];
    auto is_place = [&](std::string_view stem) {
      return (gazetteer.Lookup(ner::ExtendPhraseHash(phrase, ner::LowerFormHash(stem))) & kPlace) != 0;
    };
    auto is_place_with_a = [&](std::string_view stem) {
      if (stem.size() + 1 > sizeof with_a) return false;
      std::memcpy(with_a, stem.data(), stem.size());
      with_a[stem.size()] = 'a';
      return is_place(std::string_view(with_a, stem.size() + 1));
    };
    const bool people =
        (word.compare(word.size() - 2, 2, "ns") == 0 && is_place(word.substr(0, word.size() - 2))) ||
        (word.compare(word.size() - 3, 3, "ers") == 0 && is_place(word.substr(0, word.size() - 3))) ||
        (word.compare(word.size() - 4, 4, "ians") == 0 && is_place_with_a(word.substr(0, word.size() - 4)));
    if (people) SetMention(first, i, kMiscType, tags);
  }
}

// Whether a word is a given name glued at an apostrophe, straight or curly,
// to a capital after two or three letters ("De'Aaron", "Ja’Marr"); not a
// one-letter elision or surname prefix ("L'Oréal", "D'Amico", "O'Reilly").
bool IsApostropheName(std::string_view word) {
  constexpr std::string_view kCurly = "\u2019";
  for (size_t k = 2; k <= 3 && k < word.size(); ++k) {
    const size_t mark = word[k] == '\'' ? 1 : word.substr(k, kCurly.size()) == kCurly ? kCurly.size() : 0;
    if (mark && k + mark + 1 < word.size() && IsUpperAscii(word[k + mark])) return true;
  }
  return false;
}

// "De'Aaron Fox added 22 points" was an organisation: a name of two
// capitalised words that opens with such a word is a person's, unless its
// other word is an organisation's or an institution's head.
void RetypeApostrophePersons(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i] != ner::MakeTag(kOrgType, ner::kBegin) || ner::TagPosition(tags[i + 1]) != ner::kLast) continue;
    const Token& token = doc.tokens[begin + i];
    const ner::TokenFacts& other = facts[i + 1];
    if (IsApostropheName(doc.Text(Span{token.begin, token.end})) && other.token_class == ner::kCapitalizedWord &&
        !(other.gazetteer & AnyPosition(kOrgWordBit)) && !IsInstitutionHead(other)) {
      SetMention(i, i + 1, kPersonType, tags);
    }
  }
}

// One-word names of companies in today's news (S&P 500 members) that the
// tagger, which learned from 1996 Reuters, read as places: "Amazon said it
// would cut 14,000 jobs" was a place 56 times on PolNeAR and the pages,
// "Boeing" 5 and "Walmart" 4. Not every listed name: the company list also
// holds words such as "America" and "State". Lower-form hashes.
constexpr auto kCompaniesReadAsPlaces = WordHashes({"amazon", "boeing", "walmart", "netflix", "uber", "salesforce"});

// Such a company tagged a place is the company where a company's words
// surround it: a verb of what companies do or say after it ("Amazon said",
// "Amazon rose 1%"), its possessive, or the sentence's punctuation; and
// before it nothing, a capitalised word or a preposition ("Shares in
// Amazon", "founder of Amazon"), never "the", a possessive or an adjective
// ("the Amazon", "Brazil's Amazon", "the southern Amazon"). A place's
// words after it ("Amazon rainforest", "Amazon nations", "Amazon and
// Cerrado ecosystems") keep the place.
// What companies do and say, after a company's name ("Amazon said",
// "Amazon rose 1%"). Lower-form hashes.
constexpr auto kCompanyVerbs =
    WordHashes({"said",    "says",      "announced", "announces", "reported", "reports",  "rose",     "fell",
                "employs", "offers",    "offered",   "sells",     "sold",     "launched", "launches", "plans",
                "planned", "is",        "was",       "has",       "had",      "will",     "would",    "shares",
                "stock",   "discounts", "confirmed", "declined",  "added",    "also",     "today",    "now",
                "began",   "bought",    "buys",      "acquired",  "acquires", "agreed",   "invested"});

// The token where a company's verb after the name at `i` would be: the next,
// or the one after "on" and a day ("Amazon on Monday said"); sets `*dated`
// in the second case.
int CompanyVerbPosition(const ner::TokenFacts* facts, int n, int i, bool* dated) {
  static constexpr auto kOn = WordHashes({"on"});
  *dated = IsLowerWordIn(facts, n, i + 1, kOn) && i + 2 < n && ner::Contains(kDateWords, facts[i + 2].lower) &&
           facts[i + 2].token_class != ner::kLowerWord;
  return *dated ? i + 3 : i + 1;
}

void ApplyCompaniesCalledPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPrepositions = WordHashes({"at", "on", "from", "to", "by", "with", "for", "of", "in", "and"});
  for (int i = 0; i < n; ++i) {
    if (tags[i] != ner::MakeTag(kLocType, ner::kUnit) || !ner::Contains(kCompaniesReadAsPlaces, facts[i].lower) ||
        !IsCapitalisedToken(facts[i]) || !StandsAlone(facts, n, i, i)) {
      continue;
    }
    bool dated = false;
    const int verb = CompanyVerbPosition(facts, n, i, &dated);
    const bool before_ok =
        i == 0 || facts[i - 1].token_class != ner::kLowerWord || ner::Contains(kPrepositions, facts[i - 1].lower);
    const bool after_ok = i + 1 == n || facts[i + 1].token_class == ner::kOtherToken ||
                          ner::Contains(kPossessives, facts[i + 1].lower) ||
                          (IsLowerWordIn(facts, n, verb, kCompanyVerbs));
    const bool possessive_before = i > 0 && ner::Contains(kPossessives, facts[i - 1].lower);
    if (before_ok && after_ok && !possessive_before) tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "Apple on Wednesday announced …", "Target on Monday said …": a listed
// company opening a sentence, then "on" and a day, then a company's verb,
// which the tagger left out (it took the word for the fruit or the noun),
// is an organisation: a common noun would not stand there without its
// article ("Paper says …" in a headline may be any paper). Not a word the
// document also writes in lower case ("One on Monday said": the list of
// brands holds "One" and "Oil" as well). After the
// consistency pass: "Amazon deforestation hits …" in the same document
// stays what the tagger made it.
void ApplyListedCompanySubjects(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (tags[i] != ner::kOutsideTag || !(facts[i].context & ner::kSentenceInitial) || !IsCapitalisedToken(facts[i]) ||
        !IsGazetteerSpan(facts, i, i, kCompanyBit) || (facts[i].document & ner::kSeenLowerCase)) {
      continue;
    }
    bool dated = false;
    const int verb = CompanyVerbPosition(facts, n, i, &dated);
    if (dated && IsLowerWordIn(facts, n, verb, kCompanyVerbs)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    }
  }
}

std::vector<uint64_t> FullPersonSurnames(const ner::TokenFacts* facts, int n, const uint8_t* tags);

// Makes each one-word person whose word is in `words` an organisation, but
// the surname of a person named in full in the document and, with
// `keep_listed_names`, a word the lists know as a person's name.
void RetypeLonePersonsAsOrganisations(const ner::TokenFacts* facts, int n, const std::vector<uint64_t>& words,
                                      bool keep_listed_names, uint8_t* tags) {
  if (words.empty()) return;
  const std::vector<uint64_t> surnames = FullPersonSurnames(facts, n, tags);
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i) && ner::TagType(tags[i]) == kPersonType &&
        !(keep_listed_names && (facts[i].gazetteer & kPersonNameBits)) &&
        std::find(words.begin(), words.end(), facts[i].lower) != words.end() &&
        !std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i].lower))) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    }
  }
}

// "Chipotle Mexican Grill chief executive Brian Niccol" made the company a
// person: a name of two words or more the tagger called a person, not
// opening with a given name, right before a lower-case company office and a
// person's name is the company that person serves, and so is its first word
// alone as a person elsewhere ("Chipotle's fell 7.5%"; not a surname of
// someone named in full). Not a name opening with a given name ("Boris
// Johnson spokesman …"), nor one word.
void ApplyEmployersBeforeOffices(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kOffices = WordHashes({"chief", "executive", "financial", "operating", "officer", "ceo",
                                               "chairman", "chairwoman", "founder", "co-founder", "president"});
  std::vector<uint64_t> firsts;
  for (int i = 0; i + 3 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) != ner::kBegin || ner::TagType(tags[i]) != kPersonType ||
        ner::IsGivenName(facts[i])) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    int office = last + 1;
    while (office < n && office <= last + 3 && IsLowerWordIn(facts, n, office, kOffices)) ++office;
    if (office > last + 1 && office < n && BeginsName(tags, office) && ner::TagType(tags[office]) == kPersonType) {
      SetMention(i, last, kOrgType, tags);
      firsts.push_back(facts[i].lower);
    }
    i = last;
  }
  RetypeLonePersonsAsOrganisations(facts, n, firsts, /*keep_listed_names=*/true, tags);
}

// "Ticketmaster said …. Shares in Ticketmaster fell", "Ticketmaster's parent
// company Live Nation": a one-word name the article shows as a company (an
// organisation after "shares in", or the owner of what only a company has)
// is that company where it stands alone as a person too (the tagger read "X
// said" as a surname's). Not a word the lists know as a person's name, nor
// one a person's full name ends with in the article ("Adani said" after
// "Gautam Adani").
void RetypeCompanyWords(const ner::TokenFacts* facts, int n, std::vector<uint64_t> companies, uint8_t* tags) {
  static constexpr auto kCompanysOwn = WordHashes({"parent", "subsidiary", "shares", "stock", "shareholders", "ceo",
                                                   "headquarters", "revenue", "revenues", "earnings"});
  for (int i = 0; i + 2 < n; ++i) {
    if (facts[i].token_class == ner::kCapitalizedWord && (tags[i] == ner::kOutsideTag || IsLoneName(tags, i)) &&
        facts[i + 1].lower == kPossessives[0] && facts[i + 2].token_class == ner::kLowerWord &&
        ner::Contains(kCompanysOwn, facts[i + 2].lower)) {
      companies.push_back(facts[i].lower);
    }
  }
  RetypeLonePersonsAsOrganisations(facts, n, companies, /*keep_listed_names=*/true, tags);
}

// "Shares in Kering fell", "a 5% stake in Ocado", "Shares of Eli Lilly
// rose", "Lilly shares rose": what one holds shares or a stake in is a
// company, not a place or a person (the tagger read "in" as a place's, "Eli
// Lilly" as a person's name), unless a list knows the name as a place or it
// is a part of the world ("Shares in London fell", "in Europe": the markets
// there). Not an owner before a possessive ("a stake in Elon Musk's firm").
void ApplyCompaniesAfterShares(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHoldings = WordHashes({"shares", "stake", "stakes", "stock", "shareholders", "shareholder"});
  static constexpr auto kShares = WordHashes({"shares", "stock"});
  static constexpr auto kMarketMoves = WordHashes({"rose", "fell", "jumped", "climbed", "dropped", "slid", "gained",
                                                   "surged", "plunged", "tumbled", "slumped", "soared", "sank"});
  auto holding_before = [&](int i) {
    return i >= 2 && facts[i - 1].token_class == ner::kLowerWord &&
           (facts[i - 1].lower == kIn ? ner::Contains(kHoldings, facts[i - 2].lower)
                                      : facts[i - 1].lower == kOf && ner::Contains(kShares, facts[i - 2].lower));
  };
  auto shares_moving_after = [&](int last) {
    return last + 2 < n && facts[last + 1].token_class == ner::kLowerWord &&
           ner::Contains(kShares, facts[last + 1].lower) && ner::Contains(kMarketMoves, facts[last + 2].lower);
  };
  std::vector<uint64_t> companies;  // one-word names found so
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if ((!holding_before(i) && !shares_moving_after(last)) ||
        (last + 1 < n && (facts[last + 1].lower == kPossessives[0] || facts[last + 1].lower == kPossessives[1]))) {
      i = last;
      continue;
    }
    const int type = ner::TagType(tags[i]);
    bool place = false;
    for (int k = i; k <= last; ++k) {
      place |= (facts[k].gazetteer & kKnownPlaceBits) != 0 || ner::Contains(kWorldRegions, facts[k].lower);
    }
    if (!place && (type == kLocType || type == kPersonType)) SetMention(i, last, kOrgType, tags);
    if (!place && last == i && type != kMiscType) companies.push_back(facts[i].lower);
    i = last;
  }
  RetypeCompanyWords(facts, n, std::move(companies), tags);
}

// "Leeds Magistrates' Court", "the Teachers' Union", "the Bengaluru
// Commuters' Collective", "the Doctors' Forum": a plural with its
// apostrophe glued on and an institution's head word right after it are one
// organisation with the name the plural ends, or the capitalised words it
// ends (the tagger cut at the apostrophe, left the head out or took it
// alone). Not a possessive before another name ("Fox News' Megyn Kelly",
// "Sanders' Senate race"), nor the possessive of a place or person a list
// knows ("Wales' Assembly").
void JoinPluralPossessives(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr auto kMoreHeads = WordHashes({"collective", "guild", "network", "trust"});
  constexpr int kMaxLeftOutWords = 2;
  for (int mark = 1; mark + 1 < n; ++mark) {
    const int plural = mark - 1, head = mark + 1;
    if (tags[mark] != ner::kOutsideTag || facts[mark].lower != kApostrophe ||
        doc.tokens[begin + mark].begin != doc.tokens[begin + plural].end || !IsCapitalisedToken(facts[head]) ||
        !(ner::ContainsSorted(kInstitutionHeads, facts[head].lower) || ner::Contains(kMoreHeads, facts[head].lower))) {
      continue;
    }
    const std::string_view text = TokenText(doc, begin, plural);
    if (text.empty() || text.back() != 's') continue;  // "Magistrates'"
    // The head alone, one word or an organisation's run, or left out.
    const bool head_alone = tags[head] == ner::kOutsideTag;
    if (!head_alone && (!BeginsName(tags, head) ||
                        (ner::TagPosition(tags[head]) != ner::kUnit && ner::TagType(tags[head]) != kOrgType))) {
      continue;
    }
    // The name the plural ends, or that ends right before the plural the
    // tagger left out ("Leeds" + "Magistrates"), or the plural and the
    // capitalised words before it the tagger left out ("Doctors").
    if (facts[plural].gazetteer & (kKnownNameBits | AnyPosition(kPersonNameBit))) continue;
    int first = plural;
    if (tags[plural] != ner::kOutsideTag) {
      if (!EndsName(tags, plural) || ner::TagType(tags[plural]) == kPersonType) continue;
      first = FirstOfRun(tags, plural);
    } else if (facts[plural].token_class != ner::kCapitalizedWord) {
      continue;
    } else if (plural > 0 && EndsName(tags, plural - 1)) {
      if (ner::TagType(tags[plural - 1]) == kPersonType) continue;
      first = FirstOfRun(tags, plural - 1);
    } else {
      while (first > 0 && plural - first < kMaxLeftOutWords && tags[first - 1] == ner::kOutsideTag &&
             facts[first - 1].token_class == ner::kCapitalizedWord && facts[first - 1].sentence_offset > 0) {
        --first;
      }
    }
    const int last = head_alone ? head : LastOfRun(tags, head);
    SetMention(first, last, kOrgType, tags);
    mark = last;
  }
}

// "King's College London", "Queen's University", "St Mary's Hospital":
// the possessive of a king, a queen, a saint or a kind of people opens the
// institution named after them (the tagger began at the head, and "King's
// College London" said what its professor said); a kind of people also any
// institution ("the Women's Institute", "the People's Bank"). Not another
// name's possessive: "Harvard's Kennedy School".
void JoinPossessiveInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPatrons = WordHashes({"king", "queen", "prince", "princess", "guy"});
  static constexpr auto kPeoples = WordHashes({"children", "women", "men", "people"});
  static constexpr auto kSaints = WordHashes({"st", "st.", "saint"});
  // (Places of learning, care and worship: not "Mayor King's Office".)
  static constexpr auto kNamedHeads =
      WordHashes({"college", "university", "school", "academy", "hospital", "church", "cathedral", "chapel"});
  for (int s = 2; s < n; ++s) {
    if (!BeginsName(tags, s) || ner::TagType(tags[s]) == kPersonType || !IsCapitalisedToken(facts[s]) ||
        facts[s - 1].lower != kPossessives[0] || facts[s - 2].token_class != ner::kCapitalizedWord) {
      continue;
    }
    const bool people = ner::Contains(kPeoples, facts[s - 2].lower);
    if (!ner::Contains(kNamedHeads, facts[s].lower) &&
        !(people && ner::ContainsSorted(kInstitutionHeads, facts[s].lower))) {
      continue;
    }
    int start = -1;
    if (people || ner::Contains(kPatrons, facts[s - 2].lower)) start = s - 2;
    if (s >= 3 && IsCapitalisedToken(facts[s - 3]) && ner::Contains(kSaints, facts[s - 3].lower)) start = s - 3;
    // Not out of the middle of a longer name.
    if (start < 0 || (tags[start] != ner::kOutsideTag && !BeginsName(tags, start))) continue;
    const int last = LastOfRun(tags, s);
    SetMention(start, last, kOrgType, tags);
    s = last;
  }
}

// Whether a token is a birthplace or home modifier ("Korean-born", "San
// Sebastián-born", "Lagos-based").
// In lower case only: "Plant-Based Foods Association" is a name.
bool IsOriginModifier(std::string_view word) { return EndsWith(word, "-born") || EndsWith(word, "-based"); }

// "San Sebastián-born Zubimendi made 236 appearances", "Lagos-based
// Financial Derivatives Company": where a name was tagged from before such a
// modifier, the name starts after it. Such a modifier alone is MISC, as
// CoNLL-2003 tags "Boston-based" (the tagger called "Lagos-based" an
// organisation before the company's name).
void TrimOriginModifiers(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i)) {
      const Token& token = doc.tokens[begin + i];
      if (IsOriginModifier(doc.Text(Span{token.begin, token.end}))) tags[i] = ner::MakeTag(kMiscType, ner::kUnit);
    }
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    int modifier = -1;
    for (int k = i; k < last; ++k) {
      const Token& token = doc.tokens[begin + k];
      if (IsOriginModifier(doc.Text(Span{token.begin, token.end}))) modifier = k;
    }
    if (modifier >= 0) {
      const int type = ner::TagType(tags[i]);
      for (int k = i; k <= modifier; ++k) tags[k] = ner::kOutsideTag;
      SetMention(modifier + 1, last, type, tags);
    }
    i = last;
  }
}

// "Singapore S$1.2 billion" gave a place "Singapore S": the letters glued
// before "$" are a currency's ("S$", "HK$", "C$"), MISC on their own as
// CoNLL-2003 tags them, never the end of a longer name.
void SplitCurrencyPrefixes(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 1; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagPosition(tags[i]) != ner::kLast) continue;
    const Token& token = doc.tokens[begin + i];
    const Token& next = doc.tokens[begin + i + 1];
    const bool dollar = next.begin == token.end && doc.Text(Span{next.begin, next.end}) == "$";
    if (!dollar || token.end - token.begin > 3 || !token.Has(kAllCaps)) continue;
    SetMention(FirstOfRun(tags, i), i - 1, ner::TagType(tags[i]), tags);
    tags[i] = ner::MakeTag(kMiscType, ner::kUnit);
  }
}

// "Rep. Jason Chaffetz (R-Utah)", "Rep. Stephen Lynch, D-Mass.": a party's
// initial, a hyphen and a state after a bracket or a comma is the member's
// affiliation, no name (it was an organisation, MISC or a place).
void DropPartyAffiliations(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 1; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const std::string_view word = TokenText(doc, begin, i);
    const std::string_view before = TokenText(doc, begin, i - 1);
    const bool affiliation = word.size() >= 3 && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') &&
                             word[1] == '-' && IsUpperAscii(word[2]);
    if (!affiliation || (before != "(" && before != ",")) continue;
    const int last = LastOfRun(tags, i);
    for (int k = i; k <= last; ++k) tags[k] = ner::kOutsideTag;
    i = last;
  }
}

// Whether a word is a family name glued to its particle ("dePolo",
// "vanHoose", "DeLong"): a particle of kNameParticles, then a capital, then
// lower case.
bool IsGluedParticleSurname(std::string_view word) {
  // The particle is one of kNameParticles, in lower case ("bin", "van"),
  // glued or joined by a hyphen ("al-Jalali", "el-Sisi").
  constexpr size_t kMaxParticle = 5;
  for (size_t k = 2; k <= kMaxParticle + 1 && k + 1 < word.size(); ++k) {
    const char c = word[k - 1];
    const bool hyphen = c == '-' && k >= 3;
    if (!hyphen && (c < 'a' || c > 'z' || k > kMaxParticle)) return false;
    const char capital = word[k], next = word[k + 1];
    if (IsUpperAscii(capital) && IsLowerAscii(next)) {
      return ner::Contains(kNameParticles, ner::LowerFormHash(word.substr(0, hyphen ? k - 1 : k)));
    }
    if (hyphen) return false;
  }
  return false;
}

// "Dr Paige dePolo, who led the study": the tagger stops a person's name
// before a family name in lower case glued to its particle; it is the
// name's last word.
void JoinGluedParticleSurnames(const Document& doc, int begin, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) != kPersonType || tags[i + 1] != ner::kOutsideTag) continue;
    const Token& next = doc.tokens[begin + i + 1];
    if (IsGluedParticleSurname(doc.Text(Span{next.begin, next.end}))) {
      SetMention(FirstOfRun(tags, i), i + 1, kPersonType, tags);
      ++i;
    }
  }
}

// The last words of the persons named in two words or more in `tags`
// ("musk" for "Elon Musk") or after an honorific ("badenoch" for "Mrs
// Badenoch"), sorted.
std::vector<uint64_t> FullPersonSurnames(const ner::TokenFacts* facts, int n, const uint8_t* tags) {
  std::vector<uint64_t> surnames;
  for (int i = 1; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagType(tags[i]) != kPersonType) continue;
    const int position = ner::TagPosition(tags[i]);
    if (position == ner::kLast || (position == ner::kUnit && IsHonorificToken(facts[i - 1]))) {
      surnames.push_back(facts[i].lower);
    }
  }
  std::sort(surnames.begin(), surnames.end());
  return surnames;
}

// "Kohl's and Macy's are tanking", "Rival Lowe's was also lower",
// "McDonald’s hiring": a company whose name is a founder's possessive is the
// name with its "'s", an organisation (the tagger made "Kohl", "Macy" and
// "Lowe" persons and "McDonald" a place, and missed "Domino"). Not a
// person's possessive: after a given name or an honorific, inside a longer
// name ("Rob Lowe's new show", "Ronald McDonald's"), or the surname of a
// person the article names in full ("Michael McDonald … McDonald's cameo").
// Names that are often a person's ("Christie's" is mostly Chris Christie's,
// "Wendy's" anyone's) are left out. Over the whole document's tags.
void ApplyPossessiveCompanies(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kFounders =
      WordHashes({"lowe", "mcdonald", "macy", "kohl", "sotheby", "domino", "chili", "applebee", "denny", "arby",
                  "hardee", "dillard", "sainsbury", "walgreen", "kellogg"});
  std::vector<uint64_t> surnames;
  bool listed = false;
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i + 1].lower != kPossessives[0] || facts[i].token_class != ner::kCapitalizedWord ||
        !ner::Contains(kFounders, facts[i].lower) || (tags[i] != ner::kOutsideTag && !IsLoneName(tags, i)) ||
        (i > 0 && (ner::IsGivenName(facts[i - 1]) || IsHonorificToken(facts[i - 1])))) {
      continue;
    }
    if (!listed) surnames = FullPersonSurnames(facts, n, tags), listed = true;
    if (std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i].lower))) continue;
    SetMention(i, i + 1, kOrgType, tags);
  }
}

// "St. Louis-based Mercantile Bancorp Inc. …" then "the most coveted bank
// out there is Mercantile": a company named in full with its legal suffix
// is named by its first word alone later, which is the company wherever the
// tagger called it a person or a place; so is one named with a company's or
// an investment firm's head ("Alden Global Capital" … "Alden publications"). Not a first word that is a place or
// a people's ("Michigan Corp.", "Kansas City Southern Industries Inc"), nor
// the surname of a person named in full in the article. The suffix may
// stand after a comma ("Dräger, Inc."). Over the whole document's tags,
// after the consistency pass.
void ApplyCompanyShortNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // Investment firms' heads ("Alden Global Capital" … "Alden publications"
  // made Alden a person).
  static constexpr auto kInvestorHeads = WordHashes({"capital", "partners", "ventures", "investments"});
  constexpr uint32_t kPlaceOrPeople = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit) | AnyPosition(kDemonymBit);
  constexpr int kMaxCompanies = 8;
  uint64_t names[kMaxCompanies];
  int count = 0;
  for (int i = 0; i + 1 < n && count < kMaxCompanies; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || (facts[i].gazetteer & kPlaceOrPeople) ||
        (facts[i].context & ner::kCaseModes)) {
      continue;
    }
    // "Senior Vice President of Sales for Dräger, Inc.": the suffix after a
    // comma, outside the one-word name the tagger made a person.
    if (IsLoneName(tags, i) && i + 2 < n && facts[i + 1].lower == kComma &&
        ner::Contains(kLegalSuffixes, facts[i + 2].lower) &&
        (tags[i + 2] == ner::kOutsideTag || BeginsName(tags, i + 2))) {
      names[count++] = facts[i].lower;
      continue;
    }
    if (tags[i] != ner::MakeTag(kOrgType, ner::kBegin)) continue;
    const int last = LastOfRun(tags, i);
    if (last - i < 1 ||
        !(ner::Contains(kLegalSuffixes, facts[last].lower) || ner::Contains(kCompanyHeads, facts[last].lower) ||
          ner::Contains(kInvestorHeads, facts[last].lower))) {
      continue;
    }
    names[count++] = facts[i].lower;
    i = last;
  }
  if (count == 0) return;
  const std::vector<uint64_t> surnames = FullPersonSurnames(facts, n, tags);
  for (int i = 0; i < n; ++i) {
    const uint8_t tag = tags[i];
    if ((tag != ner::MakeTag(kPersonType, ner::kUnit) && tag != ner::MakeTag(kLocType, ner::kUnit)) ||
        std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) == names + count ||
        std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i].lower))) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// Whether token `i` opens a sentence (or a quotation that opens one:
// "“Libraries are lifelines …”") or a numbered item of a list ("8. Start
// hitting the gym", "6. Max out your retirement accounts").
bool OpensSentenceOrItem(const ner::TokenFacts* facts, int i) {
  static constexpr auto kItemMarks = WordHashes({".", ")"});
  if (facts[i].context & ner::kSentenceInitial) return true;
  if (facts[i].sentence_offset == 1 && (facts[i].context & ner::kAfterQuoteOrColon)) return true;
  return facts[i].sentence_offset == 2 && facts[i - 2].token_class == ner::kNumberToken &&
         ner::Contains(kItemMarks, facts[i - 1].lower);
}

// "Afterwards, The Tennis Podcast team …", "Contact him direct at …",
// "Best situation is to sell", "1. Prioritize, prioritize, prioritize": a
// capitalised word alone that opens a sentence or a numbered item says
// nothing by its capital, and where the document writes it in lower case
// and never capitalised inside a sentence, it is that word, no name. Not a
// word the name lists know ("Will", "Rose"), nor one that opens a headline
// or text in capitals (no lower-case evidence is read there). Over the whole
// document's tags, after the consistency pass.
void DropOpeningCommonWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kKnownName = kPersonNameBits | kKnownNameBits;
  auto opening_word = [&](int i) {
    const ner::TokenFacts& f = facts[i];
    return f.token_class == ner::kCapitalizedWord && !(f.context & ner::kCaseModes) && OpensSentenceOrItem(facts, i);
  };
  // Words capitalised inside a sentence (the document's evidence counts
  // items' too), but as a later word of a longer name: "Libraries are
  // lifelines" after "Save Birmingham Libraries" is the plural. And a
  // person's family name whose lower case was its own ("Al-Shennawy told
  // reporters" after "Tarek al-Shennawy").
  std::vector<uint64_t> inside;
  for (int i = 0; i < n; ++i) {
    const ner::TokenFacts& f = facts[i];
    if (f.token_class == ner::kLowerWord && i > 0 && tags[i] != ner::kOutsideTag && !BeginsName(tags, i) &&
        ner::TagType(tags[i]) == kPersonType) {
      inside.push_back(f.lower);
      continue;
    }
    if (!(f.document & ner::kSeenCapitalizedMidSentence) || f.token_class != ner::kCapitalizedWord ||
        (f.context & ner::kCaseModes) || OpensSentenceOrItem(facts, i) ||
        (tags[i] != ner::kOutsideTag && !BeginsName(tags, i))) {
      continue;
    }
    inside.push_back(f.lower);
  }
  std::sort(inside.begin(), inside.end());
  for (int i = 0; i < n; ++i) {
    const ner::TokenFacts& f = facts[i];
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit || !opening_word(i) ||
        (f.gazetteer & kKnownName)) {
      continue;
    }
    if ((f.document & ner::kSeenLowerCase) && !std::binary_search(inside.begin(), inside.end(), uint64_t{f.lower})) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// "Maybe Instagram likes it that way", "Perhaps Google will …", "Even Han
// Dong-hoon, the leader of Yoon's own party, said": a sentence adverb that
// opens the sentence is no part of the name after it (the tagger took
// "Maybe Instagram" for one organisation); nor is an adjective
// that tells how the name stands to the story ("Rival Nissan Motor Co said",
// "Embattled Boeing"); nor a preposition ("Under National Health Fund
// (NFZ) rules" was one organisation) unless the document capitalises it
// inside a sentence too ("Under Armour"). Over the whole document's tags.
void DropOpeningAdverbs(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPrepositions =
      WordHashes({"under", "despite", "amid", "following", "during", "after", "before", "since", "unlike", "without",
                  "within", "across", "throughout", "until", "per", "via"});
  static constexpr auto kAdverbs = WordHashes(
      {"maybe",   "perhaps",   "hopefully",   "unfortunately", "fortunately", "sadly",      "luckily", "surely",
       "clearly", "obviously", "apparently",  "meanwhile",     "however",     "indeed",     "instead", "rival",
       "fellow",  "embattled", "beleaguered", "troubled",      "struggling",  "ailing",     "even",    "still",
       "thus",    "likewise",  "similarly",   "notably",       "ironically",  "predictably"});
  for (int i = 0; i + 1 < n; ++i) {
    const bool preposition = ner::Contains(kPrepositions, facts[i].lower) &&
                             !(facts[i].document & ner::kSeenCapitalizedMidSentence) &&
                             ner::TagPosition(tags[i]) == ner::kBegin;
    if (!BeginsName(tags, i) || facts[i].token_class != ner::kCapitalizedWord || !OpensSentenceOrItem(facts, i) ||
        !(ner::Contains(kAdverbs, facts[i].lower) || preposition)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    // (The two words read as a person's names: "Embattled Boeing".)
    const int type = last > i && !preposition && IsListedOrganisation(facts, i + 1, last) ? static_cast<int>(kOrgType)
                                                                                          : ner::TagType(tags[i]);
    tags[i] = ner::kOutsideTag;
    if (last > i) SetMention(i + 1, last, type, tags);
  }
}

// "About Acme Robotics" heading a press release's boilerplate, "Follow
// Reuters on X", "Meet Leo": a heading's opening word is no part of the name
// after it, when the document writes that name's first word capitalised
// inside a sentence too (the tagger took "About Acme Robotics" for one
// organisation); before a pronoun ("Contact Us", "Follow Us On Twitter", a
// menu's) the heading names nothing. Over the whole document's tags.
void DropHeadingWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHeadingWords = WordHashes({"about", "contact", "follow", "meet", "introducing"});
  static constexpr auto kPronouns = WordHashes({"us", "me", "you", "our", "my", "your"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagPosition(tags[i]) != ner::kBegin ||
        facts[i].token_class != ner::kCapitalizedWord || !OpensSentenceOrItem(facts, i) ||
        !ner::Contains(kHeadingWords, facts[i].lower)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (facts[i + 1].token_class == ner::kCapitalizedWord && ner::Contains(kPronouns, facts[i + 1].lower)) {
      for (int k = i; k <= last; ++k) tags[k] = ner::kOutsideTag;
    } else if (facts[i + 1].document & ner::kSeenCapitalizedMidSentence) {
      const int type = ner::TagType(tags[i]);
      tags[i] = ner::kOutsideTag;
      SetMention(i + 1, last, type, tags);
    }
    i = last;
  }
}

// "Enter Lugg, Instacart, DoorDash, GrubHub and Homejoy", "Birmingham,
// Bradford, Dewsbury, Leeds": the names of a list are of one kind. In a list
// of three or more whose commonest kind besides persons (organisations,
// places or other names) has at least two names and more than any other, a
// one-word "person" that no list of names knows and that is no surname of a
// person the article names in full is of that kind too (the tagger had
// guessed from an unknown word's shape). So is a one-word "place" that a
// list of companies knows in a list of organisations ("Microsoft, Amazon
// and Meta Platforms"), and no list of places knows (not "Street, London,
// SE1"). Over the whole document's tags, after the
// consistency pass.
void ApplyListKinds(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kConjunctions = WordHashes({"and", "or"});
  constexpr int kMaxItems = 16;
  const uint8_t kLonePerson = ner::MakeTag(kPersonType, ner::kUnit);
  const uint8_t kLonePlace = ner::MakeTag(kLocType, ner::kUnit);
  auto known_company = [&](int at) {
    return tags[at] == kLonePlace && (facts[at].gazetteer & AnyPosition(kCompanyBit)) &&
           !(facts[at].gazetteer & kKnownPlaceBits) && facts[at].token_class == ner::kCapitalizedWord;
  };
  int firsts[kMaxItems];
  std::vector<uint64_t> surnames;
  bool surnames_ready = false;
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    // The list's names, each after a comma, a conjunction or both.
    int count = 0, last = LastOfRun(tags, i);
    firsts[count++] = i;
    while (count < kMaxItems) {
      int next = last + 1;
      if (next < n && facts[next].lower == kComma) ++next;
      if (next < n && ner::Contains(kConjunctions, facts[next].lower)) ++next;
      if (next == last + 1 || next >= n || !BeginsName(tags, next)) break;
      firsts[count++] = next;
      last = LastOfRun(tags, next);
    }
    const int list_end = last;
    int of_type[kMiscType + 1] = {}, lone_persons = 0, companies = 0;
    for (int k = 0; k < count; ++k) {
      ++of_type[ner::TagType(tags[firsts[k]])];
      lone_persons += tags[firsts[k]] == kLonePerson;
      companies += known_company(firsts[k]);
    }
    // The one kind that most of the names besides persons are of, or none (-1).
    int kind = -1, most = 1;
    for (int type : {kOrgType, kLocType, kMiscType}) {
      if (of_type[type] > most) {
        kind = type;
        most = of_type[type];
      } else if (of_type[type] == most) {
        kind = -1;
      }
    }
    if (count >= 3 && kind == kOrgType && companies > 0) {
      for (int k = 0; k < count; ++k) {
        if (known_company(firsts[k])) tags[firsts[k]] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
      }
    }
    if (count >= 3 && kind >= 0 && lone_persons > 0) {
      if (!surnames_ready) {
        surnames = FullPersonSurnames(facts, n, tags);
        surnames_ready = true;
      }
      for (int k = 0; k < count; ++k) {
        const int at = firsts[k];
        if (tags[at] != kLonePerson || (facts[at].gazetteer & kPersonNameBits) ||
            (facts[at].context & ner::kCaseModes) ||
            std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[at].lower))) {
          continue;
        }
        tags[at] = static_cast<uint8_t>(ner::MakeTag(kind, ner::kUnit));
      }
    }
    // In a list of places, so is a "person" of two words whose first no
    // list knows for a name ("Papine, Mona Heights, Barbican and Stony
    // Hill"; "Hill" is a surname).
    for (int k = 0; count >= 3 && kind == kLocType && k < count; ++k) {
      const int at = firsts[k];
      if (tags[at] == ner::MakeTag(kPersonType, ner::kBegin) && LastOfRun(tags, at) == at + 1 &&
          facts[at].token_class == ner::kCapitalizedWord && !(facts[at].gazetteer & kPersonNameBits) &&
          !(facts[at].context & ner::kCaseModes)) {
        SetMention(at, at + 1, kLocType, tags);
      }
    }
    i = list_end;
  }
}

// "Rob Goldman, President Ascom North America": a company the document
// names by one word, then that word and a place, is the company's unit in
// that place, an organisation (it was a person and a place). Not when the
// word is a place too ("Georgia Southern"), nor for a person whose surname
// names a town too. Over the whole document's tags.
void ApplyRegionalUnits(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kPlaces = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit);
  constexpr int kMaxCompanies = 16;
  uint64_t companies[kMaxCompanies];
  int count = 0;
  for (int i = 0; i < n && count < kMaxCompanies; ++i) {
    if (tags[i] == ner::MakeTag(kOrgType, ner::kUnit) && facts[i].token_class == ner::kCapitalizedWord &&
        !(facts[i].gazetteer & kPlaces)) {
      companies[count++] = facts[i].lower;
    }
  }
  if (count == 0) return;
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kBegin) continue;
    const int last = LastOfRun(tags, i);
    // The place: a known one ("Toyota Canada"), or a part of the world
    // after at most one compass word ("Ascom Europe", "Ascom North America").
    const bool region = ner::Contains(kWorldRegions, facts[last].lower) &&
                        (last == i + 1 || (last == i + 2 && ner::Contains(kCompassWords, facts[i + 1].lower)));
    const bool place = region || IsListedPlace(facts, i + 1, last);
    // (Not a person whose surname is a town's name too, "Nigella Lawson":
    // a person's is a unit in a country or a part of the world only.)
    const bool surname =
        ner::TagType(tags[i]) == kPersonType && !region && !IsGazetteerSpan(facts, i + 1, last, kCountryBit);
    if (ner::TagType(tags[i]) != kOrgType && !(facts[i].context & ner::kCaseModes) && place && !surname &&
        std::find(companies, companies + count, facts[i].lower) != companies + count) {
      SetMention(i, last, kOrgType, tags);
    }
    i = last;
  }
}

// "Real Madrid" then "equalised for Real", "the Boston Globe" then "the
// Globe reported": an organisation of two words named after a place goes by
// its other word alone, which is the organisation wherever the tagger
// called it a person, a place or MISC, or left it untagged inside running
// text (a word the article never writes in lower case, not beside another
// capitalised word). Over the whole document's tags, after the consistency
// pass.
void ApplyPlaceNamedShortNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kPlace = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit);
  constexpr int kMaxNames = 8;
  uint64_t names[kMaxNames];
  int count = 0;
  for (int i = 0; i + 1 < n && count < kMaxNames; ++i) {
    if (tags[i] != ner::MakeTag(kOrgType, ner::kBegin) || tags[i + 1] != ner::MakeTag(kOrgType, ner::kLast) ||
        facts[i].token_class != ner::kCapitalizedWord || facts[i + 1].token_class != ner::kCapitalizedWord ||
        (facts[i].context & ner::kCaseModes)) {
      continue;
    }
    const bool first_place = facts[i].gazetteer & kPlace, second_place = facts[i + 1].gazetteer & kPlace;
    // ("Northern Europe", tagged an organisation, is a region.)
    if (first_place == second_place || ner::Contains(kCompassWords, facts[i].lower)) continue;
    const ner::TokenFacts& other = facts[first_place ? i + 1 : i];
    if (ner::IsTitle(other.lower) || (other.document & ner::kSeenLowerCase) ||
        (other.gazetteer & AnyPosition(kDemonymBit))) {
      continue;
    }
    names[count++] = other.lower;
  }
  // ("Trump Tower": the word of a person named in full stays the person.)
  const std::vector<uint64_t> surnames = count > 0 ? FullPersonSurnames(facts, n, tags) : std::vector<uint64_t>();
  count = static_cast<int>(
      std::remove_if(names, names + count,
                     [&](uint64_t name) { return std::binary_search(surnames.begin(), surnames.end(), name); }) -
      names);
  if (count == 0) return;
  for (int i = 0; i < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || (facts[i].context & ner::kCaseModes) ||
        std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) == names + count) {
      continue;
    }
    // Untagged, only inside a sentence ("Place an ad" opens a menu's line).
    const bool alone = (i == 0 || !IsCapitalisedToken(facts[i - 1])) &&
                       (i + 1 == n || !IsCapitalisedToken(facts[i + 1])) &&
                       (tags[i] != ner::kOutsideTag || !(facts[i].context & ner::kSentenceInitial));
    const bool retype =
        IsLoneName(tags, i) && (ner::TagType(tags[i]) == kPersonType || ner::TagType(tags[i]) == kLocType);
    if (alone && (retype || tags[i] == ner::kOutsideTag))
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "President Trump", "Senator Warren": a one-word name right after a
// person's title is a person's, and so is that word alone anywhere in the
// article wherever the tagger typed it otherwise ("Trump’s" opening a
// headline made Trump an organisation 22 times in one article). Not a word
// that lists know for a place or a company ("General Motors" is one name).
// Over the whole document's tags, after the consistency pass.
void ApplyTitledPersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kPlaceOrCompany = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit) | AnyPosition(kCompanyBit) |
                                       AnyPosition(kKnownOrgBit) | AnyPosition(kOrgWordBit);
  constexpr int kMaxNames = 16;
  uint64_t names[kMaxNames];
  int count = 0;
  // Offices held by one person named by surname ("Governor Pritzker and I
  // have been clear"): a word in no list right after one, mid-sentence and
  // alone, is that person even where the tagger left it out.
  static constexpr auto kSoleOffices = WordHashes({"governor", "gov.", "senator", "sen.", "mayor", "president",
                                                   "congressman", "congresswoman", "rep.", "chancellor"});
  for (int i = 1; i + 1 < n; ++i) {
    if (tags[i] == ner::kOutsideTag && tags[i - 1] == ner::kOutsideTag && IsTitleToken(facts[i - 1]) &&
        ner::Contains(kSoleOffices, facts[i - 1].lower) && facts[i].token_class == ner::kCapitalizedWord &&
        facts[i].gazetteer == 0 && !(facts[i].context & (ner::kCaseModes | ner::kSentenceInitial)) &&
        !(facts[i - 1].context & ner::kSentenceInitial) && !IsCapitalisedToken(facts[i + 1]) &&
        !ner::IsTitle(facts[i].lower)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
    }
  }
  for (int i = 1; i < n && count < kMaxNames; ++i) {
    if (tags[i - 1] != ner::kOutsideTag || !IsTitleToken(facts[i - 1]) || tags[i] == ner::kOutsideTag ||
        ner::TagPosition(tags[i]) != ner::kUnit || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & ner::kCaseModes) || (facts[i].gazetteer & kPlaceOrCompany) ||
        ner::IsTitle(facts[i].lower)) {
      continue;
    }
    if (std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) == names + count) {
      names[count++] = facts[i].lower;
    }
  }
  for (int i = 0; i < n && count > 0; ++i) {
    if (IsLoneName(tags, i) && ner::TagType(tags[i]) != kPersonType &&
        std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) != names + count) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
    }
  }
}

// Words that name a storm with the name after them ("Cyclone Phailin",
// "Hurricane Katrina"). Lower-form hashes.
constexpr auto kStormWords = WordHashes({"hurricane", "cyclone", "typhoon", "storm"});

// "the end of El Nino", "a weak La Niña": the Pacific's warm and cold
// phases are a weather pattern's name, MISC like a storm's (the tagger made
// them persons).
void ApplyClimatePatterns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kArticles = WordHashes({"el", "la"});
  static constexpr auto kPhases = WordHashes({"nino", "niño", "nina", "niña"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kArticles, facts[i].lower) ||
        !ner::Contains(kPhases, facts[i + 1].lower) || (tags[i] != ner::kOutsideTag && !BeginsName(tags, i)) ||
        (tags[i + 1] != ner::kOutsideTag && !EndsName(tags, i + 1))) {
      continue;
    }
    SetMention(i, i + 1, kMiscType, tags);
  }
}

// A capitalised storm word and the name after it are a storm, MISC ("Cyclone
// Phailin" was an organisation or a person), and so is that name alone
// anywhere in the document ("Phailin's winds", "Katrina killed 1,800
// people": the tagger knew Katrina as a woman's name). Over the whole
// document's tags, after the consistency pass, since the name alone may come
// first. Not in headlines or lower-case text, where case says nothing.
void ApplyStormNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxStorms = 8;
  uint64_t storms[kMaxStorms];
  int count = 0;
  // (Not a storm's services: "a Hurricane Warning", "the Storm Centre".)
  static constexpr auto kNotStormNames =
      WordHashes({"warning", "warnings", "watch", "season", "center", "centre", "hunters", "relief", "fund", "force",
                  "shelter", "alley", "preparedness", "names", "surge", "tracker", "update", "damage"});
  static constexpr uint64_t kTropical = WordHashes({"tropical"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (!IsCapitalisedToken(facts[i]) || !ner::Contains(kStormWords, facts[i].lower) ||
        (facts[i].context & ner::kCaseModes) || facts[i + 1].token_class != ner::kCapitalizedWord) {
      continue;
    }
    // The storm word may open the tagged name, after "Tropical" ("Tropical
    // Cyclone Kalo"), or stand just before it; or a name the tagger left
    // out follows it alone ("during Storm Desmond in 2015").
    const int first = i > 0 && facts[i - 1].lower == kTropical && IsCapitalisedToken(facts[i - 1]) &&
                              tags[i - 1] != ner::kOutsideTag && ner::TagPosition(tags[i - 1]) == ner::kBegin
                          ? i - 1
                          : i;
    const bool opens = tags[first] != ner::kOutsideTag && ner::TagPosition(tags[first]) == ner::kBegin;
    const bool before = tags[i] == ner::kOutsideTag && tags[i + 1] != ner::kOutsideTag &&
                        ner::TagPosition(tags[i + 1]) != ner::kInside && ner::TagPosition(tags[i + 1]) != ner::kLast;
    const bool untagged = tags[i] == ner::kOutsideTag && tags[i + 1] == ner::kOutsideTag &&
                          !(facts[i + 1].document & ner::kSeenLowerCase) &&
                          !ner::Contains(kNotStormNames, facts[i + 1].lower) &&
                          (i + 2 >= n || !IsCapitalisedToken(facts[i + 2]));
    if (!opens && !before && !untagged) continue;
    const int last = untagged ? i + 1 : LastOfRun(tags, opens ? first : i + 1);
    if (last != i + 1) continue;  // one word of a name: "Storm Ciaran", not "Storm Prediction Center"
    SetMention(first, last, kMiscType, tags);
    if (count < kMaxStorms) storms[count++] = facts[last].lower;
  }
  if (count == 0) return;
  // The name alone, or after "TC" (tropical cyclone): "TC Kalo".
  static constexpr uint64_t kTc = WordHashes({"tc"})[0];
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag ||
        std::find(storms, storms + count, static_cast<uint64_t>(facts[i].lower)) == storms + count) {
      continue;
    }
    if (ner::TagPosition(tags[i]) == ner::kUnit) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    } else if (i > 0 && facts[i - 1].lower == kTc && LastOfRun(tags, i - 1) == i && BeginsName(tags, i - 1)) {
      SetMention(i - 1, i, kMiscType, tags);
    }
  }
}

// Nouns for a vessel with its name right after them ("the aircraft carrier
// Carl Vinson", "the shuttle Discovery"), and the words that may stand
// before such a noun: a determiner or a kind of vessel ("Dubai's flagship
// carrier Emirates Airline" is an airline, and "Migrants found alive in
// ferry" a headline before another). Lower-form hashes.
constexpr auto kVesselNouns =
    WordHashes({"carrier", "carriers", "ship", "warship", "destroyer", "frigate", "cruiser", "submarine", "vessel",
                "tanker", "freighter", "yacht", "ferry", "liner", "shuttle", "spacecraft", "rover"});
constexpr auto kBeforeVessels =
    WordHashes({"the", "a", "an", "aircraft", "cruise", "research", "space", "cargo", "container", "passenger", "navy",
                "naval", "supply", "fishing", "rescue", "nuclear", "missile", "amphibious", "assault"});

// A vessel's name is MISC ("the aircraft carrier Carl Vinson" was a person,
// "Enterprise" an organisation), and so are its words anywhere else in the
// document ("The Carl Vinson leads a battle group"), or its last word alone
// ("the carriers Vinson and Enterprise"). After such a noun, and after "and"
// that follows such a name. Over the whole document's tags, after the
// consistency pass; not in headlines or lower-case text.
void ApplyVesselNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxVessels = 8, kMaxWords = 3;
  struct Vessel {
    uint64_t words[kMaxWords];
    int length;
  } vessels[kMaxVessels];
  int count = 0;
  auto name_at = [&](int k) {
    return k < n && tags[k] != ner::kOutsideTag && facts[k].token_class == ner::kCapitalizedWord &&
           (ner::TagPosition(tags[k]) == ner::kBegin || ner::TagPosition(tags[k]) == ner::kUnit) &&
           !(facts[k].context & ner::kCaseModes);
  };
  for (int i = 0; i + 1 < n && count < kMaxVessels; ++i) {
    if (i == 0 || !IsLowerWordIn(facts, n, i, kVesselNouns) || !name_at(i + 1) ||
        !ner::Contains(kBeforeVessels, facts[i - 1].lower)) {
      continue;
    }
    // An airline is a carrier too: only an aircraft carrier is a ship.
    static constexpr auto kCarriers = WordHashes({"carrier", "carriers"});
    static constexpr uint64_t kAircraft = WordHashes({"aircraft"})[0];
    if (ner::Contains(kCarriers, facts[i].lower) && facts[i - 1].lower != kAircraft) continue;
    for (int first = i + 1; name_at(first) && count < kMaxVessels;) {
      const int last = LastOfRun(tags, first);
      if (last - first + 1 > kMaxWords) break;
      SetMention(first, last, kMiscType, tags);
      Vessel& vessel = vessels[count++];
      vessel.length = last - first + 1;
      for (int k = 0; k < vessel.length; ++k) vessel.words[k] = facts[first + k].lower;
      if (last + 2 >= n || facts[last + 1].lower != kAnd) break;
      first = last + 2;
    }
  }
  if (count == 0) return;
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagType(tags[i]) == kMiscType ||
        (ner::TagPosition(tags[i]) != ner::kBegin && ner::TagPosition(tags[i]) != ner::kUnit)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    const int length = last - i + 1;
    for (int v = 0; v < count; ++v) {
      const Vessel& vessel = vessels[v];
      const bool whole =
          length == vessel.length && std::equal(vessel.words, vessel.words + length, facts + i,
                                                [](uint64_t w, const ner::TokenFacts& f) { return w == f.lower; });
      const bool last_word = length == 1 && vessel.length > 1 && facts[i].lower == vessel.words[vessel.length - 1];
      if (whole || last_word) {
        SetMention(i, last, kMiscType, tags);
        break;
      }
    }
    i = last;
  }
}

// "Ten Hag's final match" after "Erik ten Hag": the consistency pass found
// the surname alone, and a particle that opens it in the full name opens it
// alone too, in either case. Over the whole document's tags, after the
// consistency pass.
void JoinParticleSurnames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  std::pair<uint64_t, uint64_t> names[kMaxNames];  // (particle, surname)
  int count = 0;
  for (int i = 2; i < n && count < kMaxNames; ++i) {
    if (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) == ner::kLast &&
        ner::TagType(tags[i]) == kPersonType && ner::Contains(kNameParticles, facts[i - 1].lower) &&
        ner::TagPosition(tags[i - 1]) == ner::kInside) {
      names[count++] = {facts[i - 1].lower, facts[i].lower};
    }
  }
  for (int i = 1; i < n && count > 0; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit ||
        ner::TagType(tags[i]) != kPersonType || tags[i - 1] != ner::kOutsideTag) {
      continue;
    }
    const std::pair<uint64_t, uint64_t> name{facts[i - 1].lower, facts[i].lower};
    if (std::find(names, names + count, name) != names + count) SetMention(i - 1, i, kPersonType, tags);
  }
}

// Every one-word person the tagger found whose word is one of `names`
// becomes a one-word name of `type`; with `organisations_too`, every
// one-word organisation too, and with `misc_too` every one-word MISC.
void RetypeLonePersons(const ner::TokenFacts* facts, int n, const uint64_t* names, int count, int type, uint8_t* tags,
                       bool organisations_too = false, bool misc_too = false) {
  for (int i = 0; i < n && count > 0; ++i) {
    const bool lone = tags[i] == ner::MakeTag(kPersonType, ner::kUnit) ||
                      (organisations_too && tags[i] == ner::MakeTag(kOrgType, ner::kUnit)) ||
                      (misc_too && tags[i] == ner::MakeTag(kMiscType, ner::kUnit));
    if (lone && std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) != names + count) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(type, ner::kUnit));
    }
  }
}

// Lower-case nouns for a person's role that come straight before the
// name ("striker Erling Haaland", "director Awa Ndiaye-Sarr"). Lower-form
// hashes.
constexpr auto kPersonRoles = WordHashes(
    {"manager",    "coach",      "striker",  "midfielder", "goalkeeper", "winger",    "spokesman", "spokeswoman",
     "minister",   "senator",    "governor", "mayor",      "actor",      "actress",   "singer",    "rapper",
     "novelist",   "lawyer",     "attorney", "prosecutor", "judge",      "economist", "professor", "chairman",
     "chairwoman", "journalist", "wife",     "husband",    "son",        "daughter",  "boss",      "quarterback",
     "teammate",   "team-mate",  "defender", "driver",     "director",   "filmmaker"});

// Nouns for a company or a body that come straight before its name ("the
// blood-testing start-up Theranos", "chipmaker Nvidia", "militant group
// Hamas"). Lower-form hashes.
constexpr auto kCompanyNouns = WordHashes({
    "company",     "firm",     "startup", "start-up",   "carmaker",    "automaker",    "chipmaker",
    "drugmaker",   "retailer", "lender",  "insurer",    "airline",     "conglomerate", "giant",
    "brewer",      "miner",    "maker",   "bank",       "broadcaster", "publisher",    "supplier",
    "exchange",    "fund",     "group",   "subsidiary", "outlet",      "manufacturer", "newspaper",
    "consultancy", "charity",  "chain",   "regulator",  "watchdog",    "publication",  "magazine",
});

// Nouns for a political body: "the Azimio la Umoja coalition", "the party
// Reform UK". Lower-form hashes.
constexpr auto kPartyNouns = WordHashes({"party", "coalition", "alliance", "movement", "militia"});

// People who work at an organisation ("analysts at Bernstein"). Lower-form
// hashes.
constexpr auto kEmployeeNouns = WordHashes({
    "analyst",     "analysts",  "economist",  "economists", "strategist", "strategists", "researcher",
    "researchers", "scientist", "scientists", "engineer",   "engineers",  "executive",   "executives",
    "employee",    "employees", "staff",      "worker",     "workers",
});

// A one-word name the tagger called a person that stands right after such a
// noun, or after one of those people and "at", is the organisation's
// ("Theranos" was a person in "the start-up Theranos" and in "Former
// Theranos boss", "Bernstein" in "Analysts at Bernstein said"), and so is that word alone
// anywhere in the document. Not a given name ("the company John built"), nor
// the last word of a person named in full elsewhere ("the company Musk
// bought" where Elon Musk is named). Over the whole document's tags, after
// the consistency pass; not in headlines or lower-case text.
void ApplyCompanyNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  uint64_t names[kMaxNames] = {};
  int count = 0;
  std::vector<uint64_t> surnames;  // found when the first candidate needs them
  bool surnames_found = false;
  static constexpr uint64_t kAt = WordHashes({"at"})[0];
  // "the start-up Theranos", "analysts at Bernstein".
  auto names_company_next = [&](int k) {
    return IsLowerWordIn(facts, n, k, kCompanyNouns) ||
           (facts[k].lower == kAt && k > 0 && ner::Contains(kEmployeeNouns, facts[k - 1].lower));
  };
  // "Despite the defeat, Rotor are well placed": one person is never "are"
  // or "were"; a team or a company in British usage is. Not the last of
  // several ("Smith and Jones are"), an example of a plural ("heroes like
  // Obi-Wan are"), the last of a list of names ("African-Americans,
  // Hispanics are"), nor a sentence's first word, which may be a plural
  // noun ("Gibbons are incredible tree swingers").
  static constexpr auto kPluralVerbs = WordHashes({"are", "were"});
  static constexpr auto kBeforeOneOfSeveral = WordHashes({"and", "or", "&", "nor", "like", "as", "including"});
  auto takes_plural_verb = [&](int k) {
    return IsLowerWordIn(facts, n, k + 1, kPluralVerbs) && !(facts[k].context & ner::kSentenceInitial) &&
           !(k > 1 && facts[k - 1].lower == kComma && IsCapitalisedToken(facts[k - 2])) &&
           !(k > 0 && ner::Contains(kBeforeOneOfSeveral, facts[k - 1].lower));
  };
  // "an analyst at Creative Strategies" was MISC, "Analysts at Nomura" a
  // place, "an analyst at D.A. Davidson" a person: analysts work at a firm,
  // whatever its words (engineers may be "at CES", an event). Not a modifier
  // before the firm's own name ("analysts at Lagos-based Cordros
  // Securities").
  // So do heads of a firm's department ("head of strategy at StoneX" was a
  // place).
  static constexpr auto kAnalysts =
      WordHashes({"analyst", "analysts", "economist", "economists", "strategist", "strategists"});
  static constexpr auto kDepartments =
      WordHashes({"strategy", "research", "economics", "investments", "markets", "trading", "equities"});
  auto works_at = [&](int at) {
    return ner::Contains(kAnalysts, facts[at - 1].lower) ||
           (at >= 2 && facts[at - 2].lower == kOf && ner::Contains(kDepartments, facts[at - 1].lower));
  };
  for (int i = 1; i + 1 < n; ++i) {
    const int position = ner::TagPosition(tags[i + 1]);
    if (facts[i].lower != kAt || !works_at(i) || tags[i + 1] == ner::kOutsideTag ||
        ner::TagType(tags[i + 1]) == kOrgType || (position != ner::kBegin && position != ner::kUnit)) {
      continue;
    }
    const int last = LastOfRun(tags, i + 1);
    if (last + 1 < n && BeginsName(tags, last + 1)) continue;
    SetMention(i + 1, last, kOrgType, tags);
  }
  // "the consultancy Vespucci Maritime" was a person: a longer name the
  // tagger called a person right after such a noun, not opening with a
  // given name or an initial, is the company there. (Not after a noun that
  // also names people: "newspaper publisher A. G. Sulzberger", "retailing
  // giant Amancio Ortega".)
  static constexpr auto kPeopleToo = WordHashes({"publisher", "giant", "maker"});
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i + 1] == ner::MakeTag(kPersonType, ner::kBegin) && tags[i] == ner::kOutsideTag &&
        IsLowerWordIn(facts, n, i, kCompanyNouns) && !ner::Contains(kPeopleToo, facts[i].lower) &&
        !(facts[i].context & ner::kCaseModes) && !ner::IsGivenName(facts[i + 1]) &&
        facts[i + 1].token_class == ner::kCapitalizedWord) {
      SetMention(i + 1, LastOfRun(tags, i + 1), kOrgType, tags);
    }
  }
  for (int i = 0; i + 1 < n && count < kMaxNames; ++i) {
    if (tags[i + 1] != ner::MakeTag(kPersonType, ner::kUnit) || (facts[i + 1].context & ner::kCaseModes) ||
        ner::IsGivenName(facts[i + 1])) {
      continue;
    }
    const bool after_noun =
        tags[i] == ner::kOutsideTag && facts[i].token_class == ner::kLowerWord && names_company_next(i);
    if (!after_noun && !takes_plural_verb(i + 1)) continue;
    if (!surnames_found) {
      surnames = FullPersonSurnames(facts, n, tags);
      surnames_found = true;
    }
    const uint64_t name = facts[i + 1].lower;
    // "workers at Smith's farm": the firm is the farm.
    if (IsPossessiveAt(facts, n, i + 2)) continue;
    if (std::binary_search(surnames.begin(), surnames.end(), name)) continue;
    if (std::find(names, names + count, name) == names + count) names[count++] = name;
  }
  RetypeLonePersons(facts, n, names, count, kOrgType, tags);
}

// "the state news agency Antara", "the retailer Amazon", "the advocacy group
// Progress Iowa", "Iraqi activist group Mosul Eye": a name the tagger
// called a place or an other name right after a noun for an organisation
// is that organisation. The noun must head a noun phrase, with a determiner
// or a modifier before it, so "to fund Zika", "we fund K-12" and "becomes
// giant Christmas" are no such nouns. Not a country or a place some list
// knows whole ("a network Russia set up"). Over the whole document's tags.
void ApplyNamesAfterOrganisationNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // Besides the company and party nouns: bodies of every kind.
  static constexpr auto kBodyNouns = WordHashes(
      {"agency", "network", "daily", "tabloid", "union", "organisation", "organization", "association", "body"});
  static constexpr auto kDeterminers = WordHashes({"the", "a", "an", "its", "their", "his", "her", "our"});
  // Lower-case words that show the noun is a verb or a predicate ("to
  // fund", "we fund", "becomes giant").
  static constexpr auto kNotModifiers = WordHashes({
      "to",      "we",     "they", "you", "i",    "will", "would", "can", "could", "should",
      "may",     "might",  "must", "not", "be",   "is",   "are",   "was", "were",  "become",
      "becomes", "became", "and",  "or",  "that", "who",  "which", "of",
  });
  static constexpr auto kForOrOf = WordHashes({"for", "of"});
  static constexpr auto kSubordinators = WordHashes({"after", "when", "since", "before", "as", "while", "once", "until",
                                                     "although", "though", "if", "because", "soon", "shortly"});
  constexpr uint32_t kKnownPlace = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit);
  // Whether the noun at `k` heads a noun phrase: a determiner within four
  // words before it, only modifiers between; or at least one modifier
  // opening the sentence or a clause ("Iraqi activist group …").
  auto heads_noun_phrase = [&](int k) {
    int modifiers = 0;
    for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
      const ner::TokenFacts& word = facts[j];
      // (A determiner opening the sentence is capitalised: "The state oil
      // company, Pemex, said".)
      const bool lower_or_first = word.token_class == ner::kLowerWord || (word.context & ner::kSentenceInitial);
      if (lower_or_first && ner::Contains(kDeterminers, word.lower)) return true;
      // "Brazil's telecommunications regulator": an owner's possessive.
      if (IsPossessiveAt(facts, n, j)) return true;
      const bool modifier = (word.token_class == ner::kLowerWord && !ner::Contains(kNotModifiers, word.lower)) ||
                            (word.gazetteer & AnyPosition(kDemonymBit));
      if (!modifier) return modifiers > 0 && (word.lower == kComma || word.token_class == ner::kOtherToken);
      ++modifiers;
      if (word.context & ner::kSentenceInitial) return true;
    }
    return false;
  };
  // The one-word persons made organisations, which are those everywhere.
  constexpr int kMaxRetyped = 8;
  uint64_t retyped[kMaxRetyped];
  int count = 0;
  for (int i = 1; i + 1 < n; ++i) {
    // (Or set off by a comma, in apposition: "the national weather agency,
    // Aemet, …", where the tagger made it a person no list knows.)
    const bool apposition = i + 2 < n && facts[i + 1].lower == kComma;
    const int at = apposition ? i + 2 : i + 1;
    if (!BeginsName(tags, at) || tags[i] != ner::kOutsideTag || (facts[i].context & ner::kCaseModes) ||
        !(IsLowerWordIn(facts, n, i, kCompanyNouns) || IsLowerWordIn(facts, n, i, kBodyNouns) ||
          IsLowerWordIn(facts, n, i, kPartyNouns))) {
      continue;
    }
    const int type = ner::TagType(tags[at]);
    int last = LastOfRun(tags, at);
    // (Not the object of "of": "the new face of the party, Donald J. Trump,".)
    bool unknown_person = type == kPersonType && apposition && !(i >= 2 && facts[i - 2].lower == kOf) &&
                          !(i >= 3 && facts[i - 3].lower == kOf);
    for (int k = at; k <= last && unknown_person; ++k) unknown_person = !(facts[k].gazetteer & kPersonNameBits);
    if (type != kLocType && type != kMiscType && !unknown_person) continue;
    if (apposition && last + 1 < n && facts[last + 1].lower != kComma && facts[last + 1].lower != kPeriod) continue;
    // Not the subject after an opening clause that ends with such a noun
    // ("After he left the company, Jones, who was 25, moved"), nor one a
    // relative clause for a person follows.
    if (apposition && (ner::Contains(kSubordinators, facts[i - facts[i].sentence_offset].lower) ||
                       (last + 2 < n && facts[last + 2].lower == kWho))) {
      continue;
    }
    if (!StandsAlone(facts, n, at, last) || !heads_noun_phrase(i)) continue;
    // "America's Voice" was cut at the possessive; which words go on is
    // unclear, so the name is left as it is.
    if (IsPossessiveAt(facts, n, last + 1)) continue;
    // "the progressive advocacy group Democracy for America": a name "for"
    // or "of" a name goes on.
    if (IsLowerWordIn(facts, n, last + 1, kForOrOf) && last + 2 < n && BeginsName(tags, last + 2) &&
        IsCapitalisedToken(facts[last + 2])) {
      last = LastOfRun(tags, last + 2);
    }
    if (IsListedPlace(facts, at, last) || (at == last && (facts[last].gazetteer & kKnownPlace))) {
      continue;
    }
    if (type == kPersonType && at == last && count < kMaxRetyped) retyped[count++] = facts[at].lower;
    SetMention(at, last, kOrgType, tags);
  }
  RetypeLonePersons(facts, n, retyped, count, kOrgType, tags);
}

// "Perplexity AI", "Scale AI", "Stability AI": a capitalised word the tagger
// left out, right before "AI", names an AI company,
// and so does that word alone elsewhere in the document ("Perplexity", not
// opening a sentence). Not a sentence's or a quotation's first word ("“The AI
// features are …”") nor a heading's, nor a kind of AI ("generative AI").
// Over the whole document's tags.
void ApplyAiCompanies(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kAi = WordHashes({"ai"})[0];
  static constexpr auto kKindsOfAi = WordHashes({"generative", "agentic", "conversational", "responsible", "open",
                                                 "sovereign", "physical", "general", "artificial", "edge", "gen"});
  constexpr int kMaxCompanies = 8;
  uint64_t names[kMaxCompanies];
  int count = 0;
  for (int i = 1; i + 1 < n; ++i) {
    const int ai = i + 1;
    if (facts[ai].lower != kAi || facts[ai].token_class != ner::kAllCapsWord ||
        facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & (ner::kSentenceInitial | ner::kAfterQuoteOrColon | ner::kCaseModes)) ||
        ner::Contains(kKindsOfAi, facts[i].lower)) {
      continue;
    }
    // In running text: after a lower-case word or punctuation, and no
    // capitalised word after "AI" ("6 Emerging AI And Machine Learning
    // Trends" is a title-case heading).
    const bool in_prose = facts[i - 1].token_class == ner::kLowerWord || facts[i - 1].token_class == ner::kOtherToken;
    if (!in_prose || (ai + 1 < n && facts[ai + 1].token_class == ner::kCapitalizedWord)) continue;
    // (A name the tagger found stays: "a Beijing-based AI startup".)
    if (tags[i] != ner::kOutsideTag || (tags[ai] != ner::kOutsideTag && ner::TagType(tags[ai]) != kMiscType)) continue;
    SetMention(i, ai, kOrgType, tags);
    if (count < kMaxCompanies) names[count++] = facts[i].lower;
  }
  // The company's word alone, capitalised inside a sentence, elsewhere.
  for (int i = 1; i < n && count > 0; ++i) {
    if (tags[i] == ner::kOutsideTag && facts[i].token_class == ner::kCapitalizedWord &&
        !(facts[i].context & (ner::kSentenceInitial | ner::kCaseModes)) && !IsCapitalisedToken(facts[i - 1]) &&
        !(i + 1 < n && IsCapitalisedToken(facts[i + 1])) &&
        std::find(names, names + count, static_cast<uint64_t>(facts[i].lower)) != names + count) {
      SetMention(i, i, kOrgType, tags);
    }
  }
}

// "The Verdi union is demanding", "the GMB union": one word between "the"
// and "union" is the union, an organisation (the tagger made "Verdi" a
// person), and so is that word alone as a person elsewhere ("Verdi strike
// grounds flights"), but for a surname of someone named in full. Not a
// place or a people a list knows ("the European union" of careless case).
// Over the whole document's tags.
void ApplyUnionNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kUnionNouns = WordHashes({"union", "unions"});
  constexpr uint32_t kKnownPlaceOrPeople = kKnownPlaceBits | AnyPosition(kDemonymBit);
  std::vector<uint64_t> names;
  for (int i = 1; i + 1 < n; ++i) {
    if (!IsLoneName(tags, i) || ner::TagType(tags[i]) == kOrgType || (facts[i].context & ner::kCaseModes) ||
        facts[i - 1].lower != kThe || !IsLowerWordIn(facts, n, i + 1, kUnionNouns) ||
        (facts[i].gazetteer & kKnownPlaceOrPeople)) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    names.push_back(facts[i].lower);
  }
  RetypeLonePersonsAsOrganisations(facts, n, names, /*keep_listed_names=*/false, tags);
}

// "the Azimio la Umoja coalition", "the Pheu Thai party": a name of several
// words the tagger called a place, between a determiner and a noun for a
// political body, is that body's name. Not a place some list knows ("the
// Kenya coalition", "the New York party" name the place), nor one word,
// which may be a person's ("the Trump movement"). Over the whole document's
// tags.
void ApplyNamesBeforePartyNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kDeterminers = WordHashes({"the", "its", "their", "his", "her"});
  for (int i = 1; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kLocType || (facts[i].context & ner::kCaseModes) ||
        !IsLowerWordIn(facts, n, i - 1, kDeterminers)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    bool known_place = false;
    for (int k = i; k <= last; ++k) known_place |= (facts[k].gazetteer & kKnownPlaceBits) != 0;
    if (last > i && !known_place && IsLowerWordIn(facts, n, last + 1, kPartyNouns)) SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// "the Japan Innovation party, known as Ishin", "Myanmar, also known as
// Burma": a name given as another's alias after a comma and "known as"
// names the same thing and takes its type (the tagger made "Ishin" an
// other name). The first name may end before a noun for its kind ("party",
// "company"). Over the whole document's tags.
void ApplyAliases(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kKnown = WordHashes({"known"})[0];
  static constexpr auto kAlso = WordHashes({"also", "better", "commonly", "widely", "locally", "formally"});
  for (int i = 2; i + 2 < n; ++i) {
    if (facts[i].lower != kKnown || facts[i + 1].lower != kAs || !BeginsName(tags, i + 2)) continue;
    int comma = i - 1;
    if (IsLowerWordIn(facts, n, comma, kAlso)) --comma;
    if (comma < 1 || facts[comma].lower != kComma) continue;
    int end = comma - 1;
    if (IsLowerWordIn(facts, n, end, kPartyNouns) || IsLowerWordIn(facts, n, end, kCompanyNouns)) --end;
    if (end < 0 || !EndsName(tags, end)) continue;
    const int type = ner::TagType(tags[end]), alias = i + 2;
    if (ner::TagType(tags[alias]) != type) SetMention(alias, LastOfRun(tags, alias), type, tags);
  }
}

// Whether the capitalised words of tokens [first, last] begin with the
// letters of `acronym` in order (in any case: "Knut"), one word per letter,
// with only "and", "of", "for", "the", "on", "&" and commas between them.
bool SpellsAcronym(const Document& doc, const ner::TokenFacts* facts, int first, int last, std::string_view acronym) {
  static constexpr auto kJoiners = WordHashes({"and", "of", "for", "the", "on", ",", "&"});
  size_t letter = acronym.size();
  for (int k = last; k >= first; --k) {
    if (facts[k].token_class == ner::kCapitalizedWord) {
      if (letter == 0 || (TokenText(doc, 0, k)[0] | 0x20) != (acronym[letter - 1] | 0x20)) return false;
      --letter;
    } else if (k == last || k == first || !ner::Contains(kJoiners, facts[k].lower)) {
      return false;
    }
  }
  return letter == 0;
}

// "the Philippine Atmospheric, Geophysical and Astronomical Services
// Administration (PAGASA)" was three organisations: a name that the acronym
// in parentheses after it spells out is one name, commas included
// ("National Aeronautics and Space Administration (NASA)"). An organisation
// only: some word of it was one, or it ends in an institution's head; the
// acronym is the organisation's too. Over the whole document's tags.
void JoinAcronymExpansions(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr size_t kMinLetters = 3, kMaxLetters = 8;
  for (int i = 2; i + 1 < n; ++i) {
    const std::string_view acronym = TokenText(doc, 0, i);
    // In capitals, or as British and East African papers write it ("the
    // Kenya National Union of Teachers (Knut)").
    const bool in_capitals = facts[i].token_class == ner::kAllCapsWord &&
                             std::all_of(acronym.begin(), acronym.end(), [](char c) { return IsUpperAscii(c); });
    const bool capitalised = facts[i].token_class == ner::kCapitalizedWord && IsUpperAscii(acronym[0]) &&
                             std::all_of(acronym.begin() + 1, acronym.end(), [](char c) { return IsLowerAscii(c); });
    if (!(in_capitals || capitalised) || facts[i - 1].lower != kOpenBracket || facts[i + 1].lower != kCloseBracket ||
        acronym.size() < kMinLetters || acronym.size() > kMaxLetters) {
      continue;
    }
    const int last = i - 2;
    int first = last;
    size_t capitals = facts[last].token_class == ner::kCapitalizedWord ? 1 : 0;
    const int sentence_first = i - facts[i].sentence_offset;
    while (capitals < acronym.size() && first > sentence_first) {
      --first;
      if (facts[first].token_class == ner::kCapitalizedWord) ++capitals;
    }
    if (capitals != acronym.size() || !SpellsAcronym(doc, facts, first, last, acronym) ||
        (tags[first] != ner::kOutsideTag && !BeginsName(tags, first))) {
      continue;
    }
    // (Or the acronym was one, after a name the tagger saw only a part of,
    // ending in no place: "New Zealand Rugby (NZR)", where it saw the
    // country.)
    bool organisation =
        IsInstitutionHead(facts[last]) || (IsLoneName(tags, i) && ner::TagType(tags[i]) == kOrgType &&
                                           tags[first] != ner::kOutsideTag && tags[last] == ner::kOutsideTag);
    for (int k = first; k <= last && !organisation; ++k) {
      organisation = tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kOrgType;
    }
    if (!organisation || (tags[last] != ner::kOutsideTag && !EndsName(tags, last))) continue;
    SetMention(first, last, kOrgType, tags);
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "local government financing vehicles (LGFVs) … owed by LGFVs": an
// acronym in brackets that the lower-case words before it spell out (a
// plural's "s" aside) stands for a common noun, and names nothing anywhere
// in the document (the tagger made both a person). Over the whole
// document's tags.
void DropAcronymsOfCommonNouns(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr size_t kMinLetters = 3, kMaxLetters = 8;
  for (int i = 1; i + 1 < n; ++i) {
    if (facts[i - 1].lower != kOpenBracket || facts[i + 1].lower != kCloseBracket) continue;
    std::string_view acronym = TokenText(doc, 0, i);
    if (acronym.size() > kMinLetters && acronym.back() == 's') acronym.remove_suffix(1);
    if (acronym.size() < kMinLetters || acronym.size() > kMaxLetters ||
        !std::all_of(acronym.begin(), acronym.end(), [](char c) { return IsUpperAscii(c); })) {
      continue;
    }
    const int letters = static_cast<int>(acronym.size());
    if (i - 1 - letters < 0) continue;
    bool spells = true;
    for (int k = 0; k < letters && spells; ++k) {
      const int word = i - 1 - letters + k;
      spells = facts[word].token_class == ner::kLowerWord && TokenText(doc, 0, word)[0] == (acronym[k] | 0x20);
    }
    if (!spells) continue;
    for (int k = 0; k < n; ++k) {
      if (!IsLoneName(tags, k)) continue;
      std::string_view word = TokenText(doc, 0, k);
      if (word.size() == acronym.size() + 1 && word.back() == 's') word.remove_suffix(1);
      if (word == acronym) tags[k] = ner::kOutsideTag;
    }
  }
}

// Whether ASCII words `a` and `b` are the same letters in any case ("Knut",
// "KNUT").
bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (LowerAscii(a[k]) != LowerAscii(b[k])) return false;
  }
  return true;
}

// "the pro-business Democratic Alliance … DA leader John Steenhuisen": an
// acronym that an organisation's name in the article spells out is that
// organisation's wherever the tagger gave it another type (the headline's
// "unity government with DA" made it a place, and the body followed), and
// one a place's name of several words spells out is that place's ("the
// Democratic Republic of Congo … in eastern DRC" was MISC), and so is a
// thing's where the article defines it in brackets ("the Laser
// Interferometer Space Antenna (LISA)" made "LISA" an organisation). Not a
// country's acronym for an organisation ("United Steelworkers" … "US").
// Over the whole document's tags, after the rules that type the long names.
void ApplyAcronymsOfLongNames(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kJoiners = WordHashes({"and", "of", "for", "the", "on", ",", "&"});
  constexpr size_t kMinLetters = 2, kMaxLetters = 6, kMaxAcronyms = 16;
  std::array<std::array<char, kMaxLetters>, kMaxAcronyms> acronyms{};
  std::array<size_t, kMaxAcronyms> sizes{};
  std::array<int, kMaxAcronyms> types{};
  std::array<bool, kMaxAcronyms> written_as_word{};
  size_t count = 0;
  for (int i = 0; i < n && count < kMaxAcronyms; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i), type = ner::TagType(tags[i]);
    if (type == kOrgType || ((type == kLocType || type == kMiscType) && last > i)) {
      size_t letters = 0;
      bool spelled = true;
      for (int k = i; k <= last && spelled; ++k) {
        if (facts[k].token_class == ner::kCapitalizedWord && letters < kMaxLetters) {
          acronyms[count][letters++] = TokenText(doc, 0, k)[0];
        } else {
          spelled = k > i && k < last && ner::Contains(kJoiners, facts[k].lower);
        }
      }
      // (A thing's only where the article defines it so, "… Antenna (LISA)":
      // "Democratic National Convention" spells the committee's "DNC" too.)
      const bool bracketed = last + 3 < n && TokenText(doc, 0, last + 1) == "(" && TokenText(doc, 0, last + 3) == ")";
      const std::string_view spelt(acronyms[count].data(), letters);
      const bool defined = type != kMiscType || (bracketed && TokenText(doc, 0, last + 2) == spelt);
      // (Written as a word, "Knut", only where the article defines it so.)
      written_as_word[count] = bracketed && facts[last + 2].token_class == ner::kCapitalizedWord &&
                               SameLetters(TokenText(doc, 0, last + 2), spelt);
      if (spelled && defined && letters >= kMinLetters) sizes[count] = letters, types[count++] = type;
    }
    i = last;
  }
  for (int i = 0; i < n && count > 0; ++i) {
    const bool as_word = facts[i].token_class == ner::kCapitalizedWord;
    if ((facts[i].token_class != ner::kAllCapsWord && !as_word) || tags[i] == ner::kOutsideTag ||
        ner::TagPosition(tags[i]) != ner::kUnit) {
      continue;
    }
    const bool country =
        ner::Contains(kCountryAcronyms, facts[i].lower) || (facts[i].gazetteer & AnyPosition(kCountryBit));
    const std::string_view word = TokenText(doc, 0, i);
    for (size_t a = 0; a < count; ++a) {
      const std::string_view acronym(acronyms[a].data(), sizes[a]);
      const bool same = as_word ? written_as_word[a] && SameLetters(word, acronym) : word == acronym;
      if (!same || ner::TagType(tags[i]) == types[a]) continue;
      if (types[a] == kOrgType && country) continue;
      tags[i] = static_cast<uint8_t>(ner::MakeTag(types[a], ner::kUnit));
      break;
    }
  }
}

// "Veridia Biologics (NASDAQ: VRDB)", "Shirakawa Denki (TSE: 6839)": in a
// listing's brackets the exchange is an organisation and the ticker names
// nothing (the tagger made "VRDB" and "AAPL" places), and the company
// before the brackets is an organisation whatever the tagger said.
void ApplyStockListings(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kExchanges = WordHashes({"nasdaq", "nyse", "tse", "lse", "asx", "hkex", "sgx", "bse", "nse",
                                                 "tsx", "otc", "jse", "krx", "sse", "szse", "xetra", "amex"});
  for (int i = 1; i + 3 < n; ++i) {
    if (facts[i - 1].lower != kOpenBracket || !ner::Contains(kExchanges, facts[i].lower) ||
        facts[i + 1].lower != kColon || facts[i + 3].lower != kCloseBracket ||
        facts[i + 2].token_class == ner::kLowerWord) {
      continue;
    }
    SetMention(i, i, kOrgType, tags);
    if (tags[i + 2] != ner::kOutsideTag) {
      const int first = FirstOfRun(tags, i + 2), last = LastOfRun(tags, first);
      for (int k = first; k <= last; ++k) tags[k] = ner::kOutsideTag;
    }
    if (i >= 2 && EndsName(tags, i - 2)) SetMention(FirstOfRun(tags, i - 2), i - 2, kOrgType, tags);
  }
}

// "Google's Pixel 9 Pro is …. In our tests the Pixel 9 Pro lasted …": a
// product's name with a number in it, once found whole, is that product
// wherever the article writes the same words (the tagger made the others an
// organisation and a count). Only where the words are no part of a longer
// name. Over the whole document's tags.
void ApplyProductNamesAgain(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxProducts = 16, kMaxWords = 6;
  std::array<std::pair<int, int>, kMaxProducts> products;  // first token, length
  int count = 0;
  for (int i = 0; i < n && count < kMaxProducts; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool number = false;
    for (int k = i + 1; k <= last; ++k) number = number || facts[k].token_class == ner::kNumberToken;
    if (ner::TagType(tags[i]) == kMiscType && last > i && last - i < kMaxWords && number &&
        IsCapitalisedToken(facts[i])) {
      products[count++] = {i, last - i + 1};
    }
    i = last;
  }
  if (count == 0) return;
  // Where any product's first word stands: one pass over the document, not
  // one per product, with a bit per first word's hash turning most words
  // away at once.
  uint64_t first_words = 0;
  for (int p = 0; p < count; ++p) first_words |= uint64_t{1} << (facts[products[p].first].lower & 63);
  std::vector<int> starts;
  for (int i = 0; i < n; ++i) {
    if (!((first_words >> (facts[i].lower & 63)) & 1)) continue;
    for (int p = 0; p < count; ++p) {
      if (facts[i].lower == facts[products[p].first].lower) {
        starts.push_back(i);
        break;
      }
    }
  }
  for (int p = 0; p < count; ++p) {
    const auto [source, length] = products[p];
    int after = 0;  // the first token past the latest mention this product set
    for (const int i : starts) {
      if (i < after || i + length > n || i == source || !SameWords(facts, i, source, length)) continue;
      const int last = i + length - 1;
      if ((tags[i] != ner::kOutsideTag && !BeginsName(tags, i)) ||
          (tags[last] != ner::kOutsideTag && !EndsName(tags, last)) ||
          (last + 1 < n && tags[last + 1] != ner::kOutsideTag && !BeginsName(tags, last + 1))) {
        continue;
      }
      SetMention(i, last, kMiscType, tags);
      after = last + 1;
    }
  }
}

// "Man charged with murder after stabbing in Leeds" over "A woman was
// stabbed in Leeds city centre": a heading's name (of up to four words)
// that the article's sentences name with one other type, every time, takes
// theirs (the tagger read the heading's "Leeds" as the club, "Japan's Nihon
// Hidankyo wins Nobel Peace Prize" made a person of "a Japanese organisation
// of atomic bomb survivors"). A heading: one of the
// first sentences, a line of its own without a sentence's final mark. Over
// the whole document's tags, last.
void ApplyBodyTypesToHeadings(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kFinalMarks = WordHashes({".", "!", "?", ":"});
  constexpr int kMaxHeadings = ner::kHeadlineZone;
  int body = 0;  // the first token after the headings
  for (int sentences = 0; body < n && sentences < kMaxHeadings; ++sentences) {
    const int last = body + facts[body].sentence_left - 1;
    const size_t after = doc.tokens[last].end;
    if (last >= n || ner::Contains(kFinalMarks, facts[last].lower) ||
        (after < doc.text.size() && doc.text[after] != '\n' && doc.text[after] != '\r')) {
      break;
    }
    body = last + 1;
  }
  // Whether the name [k, k + length) in the body is the heading's [i, ..).
  auto same_name = [&](int k, int i, int length) {
    return BeginsName(tags, k) && IsCapitalisedToken(facts[k]) && LastOfRun(tags, k) == k + length - 1 &&
           SameWords(facts, k, i, length);
  };
  constexpr int kMaxWords = 4;
  for (int i = 0; i < body; ++i) {
    if (!BeginsName(tags, i) || !IsCapitalisedToken(facts[i])) continue;
    const int last = LastOfRun(tags, i), length = last - i + 1;
    int type = -1;
    bool one_type = length <= kMaxWords;
    for (int k = body; k + length <= n && one_type; ++k) {
      if (!same_name(k, i, length)) continue;
      one_type = type < 0 || type == ner::TagType(tags[k]);
      type = ner::TagType(tags[k]);
    }
    if (one_type && type >= 0) SetMention(i, last, type, tags);
    i = last;
  }
}

// "Roe v. Wade", "Walmart Stores v. Dukes", "Fisher v. University of
// Texas": a court case is named by its two parties about "v.", one other name
// (the tagger made the parties a person and an organisation, and the second
// spoke for the case: "Dukes, which denied class-action status"). The sports
// fixture's bare "v" ("Arsenal v Chelsea") names two teams, and "Vladimir V.
// Putin" has an initial. Over the whole document's tags, last: institution
// rules would make "Brown v. Board of Education" a board.
void ApplyCourtCases(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kVersus = WordHashes({"v"})[0];
  auto name_or_capital = [&](int k) { return tags[k] != ner::kOutsideTag || IsCapitalisedToken(facts[k]); };
  for (int i = 1; i + 2 < n; ++i) {
    if (facts[i].lower != kVersus || facts[i].token_class != ner::kLowerWord || facts[i + 1].lower != kPeriod ||
        doc.tokens[i].end != doc.tokens[i + 1].begin || !name_or_capital(i - 1) || !name_or_capital(i + 2)) {
      continue;
    }
    int first = i - 1, last = i + 2;
    if (tags[first] != ner::kOutsideTag) {
      first = FirstOfRun(tags, first);
    } else {
      while (first > 0 && tags[first - 1] == ner::kOutsideTag && IsCapitalisedToken(facts[first - 1]) &&
             !(facts[first - 1].context & ner::kSentenceInitial)) {
        --first;
      }
    }
    if (tags[last] != ner::kOutsideTag) {
      if (!BeginsName(tags, last)) continue;
      last = LastOfRun(tags, last);
    } else {
      while (last + 1 < n && tags[last + 1] == ner::kOutsideTag && IsCapitalisedToken(facts[last + 1])) ++last;
    }
    SetMention(first, last, kMiscType, tags);
    i = last;
  }
}

// "The S&P 500 fell", "Japan's Nikkei 225", "the Stoxx 600": a stock index
// whose name ends in the count of its shares is an other name, the number in
// it (the tagger knew "S&P" as an organisation and left the number out). Not
// a count of something ("S&P 500 points" reads the same, so a unit after the
// number keeps it out).
void ApplyStockIndexNumbers(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kIndexBrands = WordHashes({"s&p", "ftse", "nikkei", "stoxx", "russell", "dax", "cac", "kospi",
                                                   "nifty", "sensex", "asx", "tsx", "topix", "nasdaq"});
  static constexpr auto kUnits = WordHashes({"points", "point", "%", "percent", "per", "million", "billion", "shares"});
  static constexpr uint64_t kIndex = WordHashes({"index"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || !IsCapitalisedToken(facts[i]) || !ner::Contains(kIndexBrands, facts[i].lower)) {
      continue;
    }
    // (Not a person's name: "Kurt Russell 2000 fans".)
    const int position = ner::TagPosition(tags[i]);
    if ((position != ner::kLast && position != ner::kUnit) || ner::TagType(tags[i]) == kPersonType) continue;
    const int number = i + 1;
    // ("Japan's Topix index rose": the brand alone before "index".)
    if (position == ner::kUnit && facts[number].lower == kIndex && facts[number].token_class == ner::kLowerWord) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
      continue;
    }
    if (facts[number].token_class != ner::kNumberToken || tags[number] != ner::kOutsideTag ||
        (number + 1 < n && ner::Contains(kUnits, facts[number + 1].lower))) {
      continue;
    }
    SetMention(FirstOfRun(tags, i), number, kMiscType, tags);
  }
}

// Capitalised words that, alone before such lower-case words, open a phrase
// rather than name anything: "Born in London in 1934, Goodall …" ("Max
// Born" stays), "Sporting director Andrea Berta", "Managing director …"
// (the tagger made "Born" a place and "Sporting" an organisation).
struct OpeningWord {
  uint64_t word;
  std::array<uint64_t, 5> next;
};
constexpr OpeningWord kOpeningWords[] = {
    {WordHashes({"born"})[0], WordHashes({"in", "on", "at", "to", "into"})},
    {WordHashes({"sporting"})[0], WordHashes({"director", "directors", "manager", "chief", "officer"})},
    {WordHashes({"managing"})[0], WordHashes({"director", "directors", "editor", "partner", "partners"})},
    {WordHashes({"technical"})[0], WordHashes({"director", "directors", "manager", "chief", "officer"})},
    {WordHashes({"artistic"})[0], WordHashes({"director", "directors", "manager", "adviser", "advisor"})},
};

// Takes a lone such word out of the tags.
void DropOpeningWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit ||
        facts[i + 1].token_class != ner::kLowerWord) {
      continue;
    }
    for (const OpeningWord& opening : kOpeningWords) {
      if (facts[i].lower == opening.word && ner::Contains(opening.next, facts[i + 1].lower)) tags[i] = ner::kOutsideTag;
    }
  }
}

// "told Channel 12", "Channel 4 reported", "BBC Radio 5 Live", "told Fox
// 35": a channel's or a station's name is the word (or a network's, whose
// local stations take its name and their channel's number), its number and
// a word that ends such names ("Live", "Extra", "News"), an organisation
// (the tagger made "Channel" and "Fox" persons, left the number out, and
// split "BBC Radio" from "Live").
void ApplyChannelNumbers(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kChannels = WordHashes({"channel", "radio", "fox", "abc", "nbc", "cbs", "ctv", "cw"});
  static constexpr auto kCountedUnits =
      WordHashes({"million", "billion", "thousand", "years", "year", "months", "days", "hours", "minutes", "percent",
                  "times", "people", "viewers", "listeners", "subscribers"});
  static constexpr auto kEndings = WordHashes({"live", "extra", "xtra", "news"});
  for (int i = 0; i + 1 < n; ++i) {
    if (!ner::Contains(kChannels, facts[i].lower) || !IsCapitalisedToken(facts[i]) ||
        facts[i + 1].token_class != ner::kNumberToken || tags[i + 1] != ner::kOutsideTag) {
      continue;
    }
    // "the Discovery Channel 15 years ago", "Sirius XM Radio 2 million
    // subscribers": a count, not the station's number.
    if (i + 2 < n && ner::Contains(kCountedUnits, facts[i + 2].lower)) continue;
    // The station's owner before it stays in the name ("BBC Radio").
    int first = i;
    if (tags[i] != ner::kOutsideTag) {
      const int position = ner::TagPosition(tags[i]);
      if (ner::TagType(tags[i]) != kOrgType && position != ner::kUnit) continue;
      if (position == ner::kLast) {
        while (first > 0 && ner::TagPosition(tags[first]) != ner::kBegin) --first;
      } else if (position != ner::kUnit) {
        continue;
      }
    }
    int last = i + 1;
    if (last + 1 < n && IsCapitalisedToken(facts[last + 1]) && ner::Contains(kEndings, facts[last + 1].lower) &&
        (tags[last + 1] == ner::kOutsideTag || IsLoneName(tags, last + 1))) {
      ++last;
    }
    SetMention(first, last, kOrgType, tags);
    i = last;
  }
}

// "protests in Charlotte, N.C.", "Ferguson, Mo.": a name before a comma and
// a US state's abbreviation in the style of news agencies is a town (they
// were persons), and so is that word alone where the tagger made it a
// person elsewhere in the document, unless it ends a person's name there
// ("Alex Ferguson"). The two-letter postal codes also follow names as
// degrees and posts ("Smith, MD", "Jones, PA"), so they count only in a list
// of places written so: a tour's dates with "Nashville, TN", "Tampa, FL"
// and two more places before their codes, tagged so or known to the place
// list ("Charlotte, NC", "Mansfield, MA" were persons there, and in a tour
// of "Cincinnati, OH" and "Denver, CO" every town was).
void ApplyTownsBeforeStates(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kStates =
      WordHashes({"ala.", "ariz.", "ark.",  "calif.", "colo.", "conn.", "del.",  "fla.",  "ga.",  "ill.",  "ind.",
                  "kan.", "ky.",   "la.",   "md.",    "mass.", "mich.", "minn.", "miss.", "mo.",  "mont.", "neb.",
                  "nev.", "n.h.",  "n.j.",  "n.m.",   "n.y.",  "n.c.",  "n.d.",  "okla.", "ore.", "pa.",   "r.i.",
                  "s.c.", "s.d.",  "tenn.", "vt.",    "va.",   "wash.", "w.va.", "wis.",  "wyo.", "d.c."});
  static constexpr auto kPostalCodes = WordHashes(
      {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
       "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
       "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"});
  auto postal_code_after = [&](int i) {
    return i + 2 < n && facts[i + 1].lower == kComma && facts[i + 2].token_class == ner::kAllCapsWord &&
           ner::Contains(kPostalCodes, facts[i + 2].lower);
  };
  constexpr int kMinListedPlaces = 3;
  int listed_places = 0;
  for (int i = 0; i + 2 < n && listed_places < kMinListedPlaces; ++i) {
    const bool place = ner::TagType(tags[i]) == kLocType || (facts[i].gazetteer & AnyPosition(kPlaceBit));
    listed_places += EndsName(tags, i) && place && postal_code_after(i);
  }
  const bool postal_list = listed_places >= kMinListedPlaces;
  constexpr int kMaxTowns = 8;
  uint64_t towns[kMaxTowns];
  int count = 0;
  for (int i = 0; i + 2 < n; ++i) {
    // In a list of places by postal code a town the tagger made an
    // organisation is one too ("Raleigh, NC"), and so is the code itself.
    const bool listed = postal_list && postal_code_after(i);
    if (listed && EndsName(tags, i + 2) && ner::TagPosition(tags[i + 2]) == ner::kUnit) {
      SetMention(i + 2, i + 2, kLocType, tags);
    }
    const bool retyped =
        tags[i] == ner::MakeTag(kPersonType, ner::kUnit) || (listed && tags[i] == ner::MakeTag(kOrgType, ner::kUnit));
    if (!retyped || facts[i + 1].lower != kComma || facts[i + 2].token_class == ner::kLowerWord ||
        !(ner::Contains(kStates, facts[i + 2].lower) || listed)) {
      continue;
    }
    SetMention(i, i, kLocType, tags);
    if (count < kMaxTowns) towns[count++] = facts[i].lower;  // the others elsewhere: the first few
  }
  if (count == 0) return;
  const std::vector<uint64_t> surnames = FullPersonSurnames(facts, n, tags);
  count = static_cast<int>(
      std::remove_if(towns, towns + count,
                     [&](uint64_t town) { return std::binary_search(surnames.begin(), surnames.end(), town); }) -
      towns);
  RetypeLonePersons(facts, n, towns, count, kLocType, tags);
}

// "Jupiter's icy moon Europa" was a person six times on one page: a
// one-word name right after a lower-case noun for a heavenly body is a
// place (as "Mars" and "Jupiter" are), and so is that word alone where the
// tagger made it a person, an organisation or MISC elsewhere in the document;
// so is "the Moon".
// Not after "star" ("Brazil star Neymar"). Over the whole document's tags;
// not in headlines or lower-case text.
void ApplyHeavenlyBodies(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kBodies = WordHashes({"moon", "moons", "planet", "exoplanet", "asteroid", "comet", "galaxy"});
  constexpr int kMaxBodies = 4;
  uint64_t bodies[kMaxBodies] = {};  // (zeroed only to quiet GCC, which cannot see `count` guard them)
  int count = 0;
  for (int i = 0; i + 1 < n && count < kMaxBodies; ++i) {
    if (!IsLowerWordIn(facts, n, i, kBodies) || tags[i + 1] == ner::kOutsideTag ||
        ner::TagPosition(tags[i + 1]) != ner::kUnit || facts[i + 1].token_class != ner::kCapitalizedWord ||
        (facts[i + 1].context & ner::kCaseModes)) {
      continue;
    }
    SetMention(i + 1, i + 1, kLocType, tags);
    bodies[count++] = facts[i + 1].lower;
  }
  RetypeLonePersons(facts, n, bodies, count, kLocType, tags, /*organisations_too=*/true, /*misc_too=*/true);
  // "land humans on the Moon": Earth's moon by its name, a place as Earth
  // is (it was an organisation or MISC). Not before another capitalised word
  // ("the Moon Express lander").
  static constexpr uint64_t kMoon = WordHashes({"moon"})[0];
  for (int i = 1; i < n; ++i) {
    if (facts[i].lower != kMoon || facts[i].token_class != ner::kCapitalizedWord || facts[i - 1].lower != kThe ||
        (facts[i].context & ner::kCaseModes) || (i + 1 < n && IsCapitalisedToken(facts[i + 1])) ||
        (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kUnit)) {
      continue;
    }
    SetMention(i, i, kLocType, tags);
  }
}

// "NASA, the European Space Agency and the Canadian Space Agency operate
// Webb": a telescope named after a person is MISC, whole ("the James Webb
// Space Telescope") or by its person's surname ("the Hubble telescope"), and
// so is that surname alone elsewhere in the document, which the tagger read
// as a person ("Webb telescope spots carbon dioxide"). Over the whole
// document's tags.
void ApplyTelescopeNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kTelescope = WordHashes({"telescope"})[0];
  static constexpr uint64_t kSpace = WordHashes({"space"})[0];
  constexpr int kMaxNames = 4;
  uint64_t names[kMaxNames] = {};  // (zeroed only to quiet GCC, which cannot see `count` guard them)
  int count = 0;
  for (int i = 1; i < n && count < kMaxNames; ++i) {
    if (facts[i].lower != kTelescope) continue;
    if (facts[i].token_class == ner::kCapitalizedWord && tags[i] != ner::kOutsideTag &&
        ner::TagPosition(tags[i]) == ner::kLast) {
      // The word before "(Space) Telescope" in the name: "Webb", "Hubble".
      const int name = facts[i - 1].lower == kSpace && i >= 2 ? i - 2 : i - 1;
      if (facts[name].token_class != ner::kCapitalizedWord || ner::TagPosition(tags[name]) == ner::kUnit ||
          tags[name] == ner::kOutsideTag) {
        continue;
      }
      SetMention(FirstOfRun(tags, i), i, kMiscType, tags);
      names[count++] = facts[name].lower;
    } else if (facts[i].token_class == ner::kLowerWord && tags[i - 1] == ner::MakeTag(kPersonType, ner::kUnit) &&
               facts[i - 1].token_class == ner::kCapitalizedWord) {
      // (Only a person's: "Hawaii telescope" is where it stands.)
      tags[i - 1] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
      names[count++] = facts[i - 1].lower;
    }
  }
  RetypeLonePersons(facts, n, names, count, kMiscType, tags);
}

// "Yeltsin endorses Lebed Chechnya peace plan": the surname of a person
// named in full elsewhere ("Alexander Lebed") and a place the gazetteer
// knows, tagged one person, are the person and the place. The place alone
// elsewhere, which the consistency pass made that "person's" surname, is
// the place again. Not a place word that ends another person's name too
// ("Denzel Washington"), nor one the article writes in lower case or never
// names alone, nor after a given name ("Hillary Clinton": Clinton is a
// town too).
void SplitSurnameBeforePlace(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kPlace = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit);
  constexpr int kMaxPlaces = 4;
  uint64_t places[kMaxPlaces] = {};
  int count = 0;
  std::vector<uint64_t> surnames;
  for (int i = 0; i + 1 < n && count < kMaxPlaces; ++i) {
    if (tags[i] != ner::MakeTag(kPersonType, ner::kBegin) || tags[i + 1] != ner::MakeTag(kPersonType, ner::kLast) ||
        facts[i + 1].token_class != ner::kCapitalizedWord || !(facts[i + 1].gazetteer & kPlace) ||
        ner::IsGivenName(facts[i]) || ner::IsGivenName(facts[i + 1]) || (facts[i + 1].document & ner::kSeenLowerCase)) {
      continue;
    }
    if (surnames.empty()) surnames = FullPersonSurnames(facts, n, tags);
    const auto place = std::equal_range(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i + 1].lower));
    if (place.second - place.first != 1 ||
        !std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i].lower))) {
      continue;
    }
    // The place is named alone elsewhere too ("Lebed is now in Chechnya");
    // a given name of a name in family-first order is not ("Li Jifeng").
    bool alone_elsewhere = false;
    for (int k = 0; k < n && !alone_elsewhere; ++k) {
      alone_elsewhere =
          k != i + 1 && facts[k].lower == facts[i + 1].lower && (tags[k] == ner::kOutsideTag || IsLoneName(tags, k));
    }
    if (!alone_elsewhere) continue;
    SetMention(i, i, kPersonType, tags);
    SetMention(i + 1, i + 1, kLocType, tags);
    places[count++] = facts[i + 1].lower;
  }
  RetypeLonePersons(facts, n, places, count, kLocType, tags);
}

// A capitalised word the document never writes in lower case: a word that
// may be a person's given or family name ("Trump", not "Team" of "team").
bool IsNameWord(const ner::TokenFacts& word) {
  return word.token_class == ner::kCapitalizedWord && !(word.document & ner::kSeenLowerCase);
}

// "Donald Trump turns 70 … He's going to": a first name of US birth
// records (FirstNameGender) and one more word, with the document's personal
// pronouns after it ("he", "his", "she", "her") outnumbering "it" and "its"
// and the second word a name alone twice or more, or a given name of
// today's news and one more word ("Temitope Adeyemi-Clarke's The Salt
// Road"), name a person: the pair
// when the tagger called it an organisation or MISC, and the second word
// alone wherever it did. A document's "Trump campaign" and "a Trump rally"
// had turned every "Trump" into an organisation through the tagger's history
// of the word. Not a name a list knows for a company, place or people, nor
// one with an institution's or company's head, nor words also written in
// lower case in the document. Over the whole document's tags.
void ApplyGivenNamePersons(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPersonal = WordHashes({"he", "his", "him", "she", "her", "hers"});
  static constexpr auto kImpersonal = WordHashes({"it", "its"});
  constexpr int kWindow = 40;  // tokens after a name where its pronouns are
  auto pronouns_after = [&](int last) {
    int balance = 0;
    for (int k = last + 1; k < std::min(n, last + 1 + kWindow); ++k) {
      balance += ner::Contains(kPersonal, facts[k].lower) - ner::Contains(kImpersonal, facts[k].lower);
    }
    return balance;
  };
  // The words that are names alone, sorted when a pair first asks, so each
  // asks in log time (a long text has many pairs; most texts none).
  std::vector<uint64_t> lone_words;
  bool indexed = false;
  auto alone = [&](uint64_t word) {
    if (!indexed) {
      for (int k = 0; k < n; ++k) {
        if (IsLoneName(tags, k)) lone_words.push_back(facts[k].lower);
      }
      std::sort(lone_words.begin(), lone_words.end());
      indexed = true;
    }
    const auto range = std::equal_range(lone_words.begin(), lone_words.end(), word);
    return range.second - range.first;
  };
  constexpr uint32_t kNotPersons = kKnownNameBits | AnyPosition(kDemonymBit);
  // (A given name of today's news is no English word, and needs neither
  // pronouns nor a second sighting; "Abu" and "Umm" open places and groups
  // too: "Abu Sayyaf".)
  static constexpr auto kKinship = WordHashes({"abu", "umm"});
  auto world_given_name = [&](int k) {
    return ner::Contains(kWorldGivenNames, facts[k].lower) && !ner::Contains(kKinship, facts[k].lower);
  };
  std::vector<uint64_t> family_names;
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    const bool plain_words = IsNameWord(facts[i]) && IsNameWord(facts[last]) &&
                             !((facts[i].gazetteer | facts[last].gazetteer) & kNotPersons);
    if (last == i + 1 && type != kLocType && plain_words && !IsInstitutionHead(facts[last]) &&
        !ner::Contains(kCompanyHeads, facts[last].lower) &&
        (world_given_name(i) || (FirstNameGender(TokenText(doc, 0, i)) != Gender::kUnknown &&
                                 pronouns_after(last) >= 0 && alone(facts[last].lower) >= 2))) {
      if (type != kPersonType) SetMention(i, last, kPersonType, tags);
      family_names.push_back(facts[last].lower);
    }
    i = last;
  }
  if (family_names.empty()) return;
  std::sort(family_names.begin(), family_names.end());
  for (int i = 0; i < n; ++i) {
    const int type = ner::TagType(tags[i]);
    if (IsLoneName(tags, i) && (type == kOrgType || type == kMiscType) &&
        std::binary_search(family_names.begin(), family_names.end(), facts[i].lower)) {
      SetMention(i, i, kPersonType, tags);
    }
  }
}

// "Accepting the award, director Awa Ndiaye-Sarr dedicated it …" after a
// headline's "Awa Ndiaye-Sarr's debut feature …": a name of two or three
// words the tagger called an organisation or a place right after a noun
// for a person's role is the person, and so is the same name wherever it
// stands whole (the consistency pass had spread the headline's
// organisation over the role's person). Not a name a list knows for a
// company, one ending in an institution's head, nor one before another
// capitalised word. Over the whole document's tags.
void ApplyRolePersonsThroughout(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  std::array<std::pair<int, int>, kMaxNames> names;  // first token, length
  int count = 0;
  auto person_candidate = [&](int i, int last) {
    const int type = ner::TagType(tags[i]);
    return (type == kOrgType || type == kLocType) && last > i && last - i < 3 && !NamesCompany(facts, i, last) &&
           !IsInstitutionHead(facts[last]) && !IsListedPlace(facts, i, last) &&
           (last + 1 >= n || !IsCapitalisedToken(facts[last + 1]));
  };
  for (int i = 1; i < n && count < kMaxNames; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    if (IsLowerWordIn(facts, n, i - 1, kPersonRoles) && person_candidate(i, last)) names[count++] = {i, last - i + 1};
    i = last;
  }
  for (int p = 0; p < count; ++p) {
    const auto [source, length] = names[p];
    for (int i = 0; i + length <= n; ++i) {
      if (!BeginsName(tags, i) || LastOfRun(tags, i) != i + length - 1 || !SameWords(facts, i, source, length) ||
          !person_candidate(i, i + length - 1)) {
        continue;
      }
      SetMention(i, i + length - 1, kPersonType, tags);
    }
  }
}

// A given name of two syllables joined by a hyphen, the second in lower
// case: "Seo-yeon", "Ying-hsuan", "Jae-hoon".
bool IsHyphenatedGivenName(std::string_view word) {
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size() && IsLowerAscii(word[hyphen + 1]);
}

// "Park Seo-yeon won the Korea Open …. “…,” Park said" made "Park" a place
// (the tagger knew "Olympic Park"): in a person's name of two words whose
// second is a hyphenated given name ("Seo-yeon", "Ying-hsuan", "Jae-hoon"),
// the first word is the family name, and that word alone elsewhere, of
// another type or untagged, is that person. Not a word the article writes
// in lower case, nor the first word of a longer name. Over the whole
// document's tags.
void ApplyFamilyNamesFirst(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // "Union head Oh Seung-woo told reporters" tagged "Seung-woo" alone: a
  // short capitalised word the tagger left out right before such a given
  // name, tagged a person alone, is its family name.
  constexpr size_t kMaxFamilyNameBytes = 5;
  for (int i = 1; i < n; ++i) {
    if (!IsLoneName(tags, i) || ner::TagType(tags[i]) != kPersonType || tags[i - 1] != ner::kOutsideTag ||
        facts[i - 1].token_class != ner::kCapitalizedWord || IsTitleToken(facts[i - 1]) ||
        TokenText(doc, 0, i - 1).size() > kMaxFamilyNameBytes || !IsHyphenatedGivenName(TokenText(doc, 0, i))) {
      continue;
    }
    SetMention(i - 1, i, kPersonType, tags);
  }
  // "Legislator Candy Wong Siu-fong said" tagged "Wong Siu-fong": in Hong
  // Kong and Macau a Western given name goes before the Chinese name, so a
  // word the lists know as a given name, left out right before a family
  // name and such a given name, opens the person's name. A sentence's first
  // word, whose capital says nothing, only when records give the name mostly
  // to one sex ("Candy Wong Siu-fong has lived", not "Even Han Dong-hoon").
  for (int i = 1; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kPersonType || LastOfRun(tags, i) != i + 1 ||
        tags[i - 1] != ner::kOutsideTag || facts[i - 1].token_class != ner::kCapitalizedWord ||
        ((facts[i - 1].context & ner::kSentenceInitial) &&
         FirstNameGender(TokenText(doc, 0, i - 1)) == Gender::kUnknown) ||
        IsTitleToken(facts[i - 1]) || !HasGazetteerPosition(facts[i - 1], kFirstNameBit, ner::kUnit) ||
        (facts[i - 1].document & ner::kSeenLowerCase) || !IsHyphenatedGivenName(TokenText(doc, 0, i + 1))) {
      continue;
    }
    SetMention(i - 1, i + 1, kPersonType, tags);
  }
  std::vector<uint64_t> family_names;
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kPersonType || LastOfRun(tags, i) != i + 1) continue;
    if (facts[i].token_class == ner::kCapitalizedWord && IsHyphenatedGivenName(TokenText(doc, 0, i + 1)) &&
        !(facts[i].document & ner::kSeenLowerCase)) {
      family_names.push_back(facts[i].lower);
    }
    ++i;
  }
  if (family_names.empty()) return;
  for (int i = 0; i < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || (facts[i].context & ner::kCaseModes) ||
        std::find(family_names.begin(), family_names.end(), facts[i].lower) == family_names.end()) {
      continue;
    }
    const bool alone = (tags[i] == ner::kOutsideTag || IsLoneName(tags, i)) &&
                       (i == 0 || !IsCapitalisedToken(facts[i - 1]) || (facts[i].context & ner::kSentenceInitial)) &&
                       (i + 1 >= n || !IsCapitalisedToken(facts[i + 1]));
    if (alone) tags[i] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
  }
}

// "Zohran Mamdani has won …" was an organisation, and "Mamdani, 34," a
// person: a given and a family name (an initial may stand between) that the
// tagger called an organisation, whose family name is a person alone
// elsewhere in the document, with an honorific, an age or a verb of speech
// or twice, is that person. Not when either word is also
// written in lower case in the document ("Team Trump", "Privacy Policy"),
// a list knows the name for a company, or it ends in an institution's head.
// Over the whole document's tags.
void ApplyFamilyNamePersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // A person alone with what only a person has: an honorific before
  // ("Mr. Mamdani"), an age after ("Mamdani, 34,") or a verb of speech
  // beside it ("Mamdani said", "said Mamdani"), not the tagger's word alone
  // once ("Lynch" in "Merrill Lynch" stays a bank's).
  static constexpr auto kSpeech = WordHashes({"said", "says", "told", "tells", "added", "wrote", "asked"});
  std::vector<uint64_t> family_names, alone;
  for (int i = 0; i < n; ++i) {
    if (tags[i] != ner::MakeTag(kPersonType, ner::kUnit) || facts[i].token_class != ner::kCapitalizedWord) continue;
    const bool honorific = i > 0 && ner::Contains(ner::kHonorifics, facts[i - 1].lower);
    const bool age = i + 2 < n && facts[i + 1].lower == kComma && facts[i + 2].token_class == ner::kNumberToken;
    const bool speaks = IsLowerWordIn(facts, n, i + 1, kSpeech) || IsLowerWordIn(facts, n, i - 1, kSpeech);
    (honorific || age || speaks ? family_names : alone).push_back(facts[i].lower);
  }
  // (Or a person alone twice or more.)
  std::sort(alone.begin(), alone.end());
  for (size_t k = 1; k < alone.size(); ++k) {
    if (alone[k] == alone[k - 1]) family_names.push_back(alone[k]);
  }
  if (family_names.empty()) return;
  std::sort(family_names.begin(), family_names.end());
  // Words of names of things that a stray person's name may end in
  // ("Student Journal" in a menu, "Shoreline Amphitheatre", "Team Trump").
  static constexpr auto kNotNames =
      WordHashes({"journal", "amphitheatre", "amphitheater", "theatre", "theater", "policy", "team"});
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    const int last = LastOfRun(tags, i);
    const bool initial = last == i + 2 && facts[i + 1].token_class == ner::kAllCapsWord;
    const bool head = IsInstitutionHead(facts[last]) || ner::Contains(kVenueHeads, facts[last].lower) ||
                      ner::Contains(kCompanyHeads, facts[last].lower) || ner::Contains(kNotNames, facts[last].lower) ||
                      ner::Contains(kNotNames, facts[i].lower);
    if ((last == i + 1 || initial) && IsNameWord(facts[i]) && IsNameWord(facts[last]) &&
        std::binary_search(family_names.begin(), family_names.end(), facts[last].lower) &&
        !NamesCompany(facts, i, last) && !head) {
      SetMention(i, last, kPersonType, tags);
    }
    // ("the Assembly Sanjay Kadam": a given name after an institution's
    // head word.)
    if (last == i + 2 && IsInstitutionHead(facts[i]) && IsAnyGivenName(facts[i + 1]) && IsNameWord(facts[last]) &&
        std::binary_search(family_names.begin(), family_names.end(), facts[last].lower) &&
        !NamesCompany(facts, i + 1, last)) {
      SetMention(i, i, kOrgType, tags);
      SetMention(i + 1, last, kPersonType, tags);
    }
    i = last;
  }
}

// "Trump said on Monday that …", "…, said Pence.": a capitalised word alone
// that speaks names a person even where the tagger, which knows "trump" and
// "pence" as common words, left it out; so do its other capitalised
// occurrences alone inside a sentence ("a win for Trump"). Only before or
// after a lower-case verb of speech, at a clause's start ("Trump said", ",
// and Trump said", "Trump, speaking to reporters, said"), and not a word
// that could be the subject in its common sense: no closed-class word
// ("Everyone", "Some", "From"), collective or role noun ("Police",
// "Plaintiff"), sentence adverb ("Meanwhile"), title, weekday or month
// ("said Tuesday."; so not "May"), plural-looking word ("Officials",
// "Aides"), word with a capital inside ("PolitiFact says"), word a list knows
// for a place or an organisation, nor one the document writes in lower case.
// Not in headlines or lower-case text. Over the whole document's tags, after
// the consistency pass.
void ApplySpeakingNames(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kSpeech = WordHashes({"said", "says", "told", "tells", "added"});
  static constexpr auto kSpeakingAsides =
      WordHashes({"speaking", "talking", "writing", "testifying", "responding", "asked", "interviewed"});
  static constexpr auto kClauseOpeners = WordHashes(
      {",",    ";",  ":",     "(",    "\"",      "“",     "”",      "-",     "–",      "—",        "and", "but",
       "that", "as", "while", "when", "because", "after", "before", "since", "though", "although", "if",  "where"});
  static constexpr auto kCommonSubjects = WordHashes({
      "he",
      "she",
      "it",
      "they",
      "we",
      "you",
      "i",
      "who",
      "what",
      "which",
      "that",
      "this",
      "these",
      "those",
      "there",
      "here",
      "one",
      "none",
      "some",
      "all",
      "any",
      "each",
      "every",
      "both",
      "either",
      "neither",
      "many",
      "much",
      "most",
      "more",
      "few",
      "several",
      "another",
      "other",
      "everyone",
      "everybody",
      "anyone",
      "anybody",
      "someone",
      "somebody",
      "nobody",
      "nothing",
      "something",
      "enough",
      "mine",
      "yours",
      "ours",
      "theirs",
      "his",
      "hers",
      "so",
      "then",
      "hence",
      "having",
      "from",
      "police",
      "staff",
      "management",
      "security",
      "government",
      "personnel",
      "military",
      "media",
      "press",
      "family",
      "public",
      "crowd",
      "plaintiff",
      "defendant",
      "counsel",
      "prosecution",
      "defence",
      "defense",
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "correction",
      "update",
      "editor",
      "source",
      "witness",
      "reporter",
      "everything",
      "anything",
      "somewhere",
      "nature",
      "history",
      // Sentence adverbs ("Meanwhile, speaking to MSNBC, …").
      "meanwhile",
      "however",
      "later",
      "earlier",
      "still",
      "also",
      "instead",
      "now",
      "today",
      "yesterday",
      "tonight",
      "afterward",
      "afterwards",
      "nevertheless",
      "nonetheless",
      "moreover",
      "furthermore",
      "besides",
      "otherwise",
      "therefore",
      "thus",
      "indeed",
      "again",
      "first",
      "finally",
      "separately",
      "additionally",
      "similarly",
      "likewise",
      "overall",
      "ultimately",
  });
  constexpr uint32_t kNotPersons = kKnownNameBits | AnyPosition(kDemonymBit) | AnyPosition(kOrgWordBit);
  auto plain_word = [&](int i) {
    const ner::TokenFacts& f = facts[i];
    return f.token_class == ner::kCapitalizedWord && !(f.context & ner::kCaseModes) && tags[i] == ner::kOutsideTag &&
           !(f.document & ner::kSeenLowerCase) && !(f.gazetteer & kNotPersons) && StandsAlone(facts, n, i, i);
  };
  auto clause_start = [&](int i) {
    return (facts[i].context & ner::kSentenceInitial) || (i > 0 && ner::Contains(kClauseOpeners, facts[i - 1].lower));
  };
  auto ends_clause = [&](int i) { return i + 1 == n || facts[i + 1].token_class == ner::kOtherToken; };
  std::vector<uint64_t> speakers;
  for (int i = 0; i < n; ++i) {
    if (!plain_word(i) || ner::Contains(kCommonSubjects, facts[i].lower) || ner::Contains(kDateWords, facts[i].lower) ||
        ner::IsTitle(facts[i].lower)) {
      continue;
    }
    // "Trump, speaking to reporters aboard Air Force One, said …".
    const bool speaking_aside =
        i + 2 < n && facts[i + 1].lower == kComma && IsLowerWordIn(facts, n, i + 2, kSpeakingAsides);
    const bool speaks = (clause_start(i) && (IsLowerWordIn(facts, n, i + 1, kSpeech) || speaking_aside)) ||
                        (IsLowerWordIn(facts, n, i - 1, kSpeech) && ends_clause(i));
    const std::string_view word = TokenText(doc, 0, i);
    const bool inner_capital = std::any_of(word.begin() + 1, word.end(), [](char c) { return IsUpperAscii(c); });
    if (speaks && word.back() != 's' && !inner_capital) speakers.push_back(facts[i].lower);
  }
  if (speakers.empty()) return;
  std::sort(speakers.begin(), speakers.end());
  for (int i = 0; i < n; ++i) {
    if (plain_word(i) && std::binary_search(speakers.begin(), speakers.end(), uint64_t{facts[i].lower})) {
      SetMention(i, i, kPersonType, tags);
    }
  }
}

// Plural nouns of places ("Benton and Franklin counties", "the Brisbane and
// Lockyer rivers"). Lower-form hashes.
constexpr auto kPlacesPlural = WordHashes(
    {"counties", "provinces", "states", "regions", "districts", "islands", "cities", "towns", "villages", "territories",
     "suburbs", "boroughs", "municipalities", "parishes", "prefectures", "rivers", "lakes", "valleys", "mountains"});

// "its wind warning for counties Galway and Mayo" made Mayo a person: the
// names of a list that commas and "and" join right after a plural noun of
// places are places, where the list ends at "and" and its last name (no
// organisation a list knows, nor one in capitals).
void ApplyPlacesAfterPluralPlaceNoun(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kLowerWord || !ner::Contains(kPlacesPlural, facts[i].lower) ||
        !BeginsName(tags, i + 1)) {
      continue;
    }
    int firsts[kMaxNames], lasts[kMaxNames], count = 0;
    bool joined = false;
    // The names, each after a comma, "and" or ", and", up to the one after "and".
    for (int k = i + 1; k < n && count < kMaxNames && BeginsName(tags, k);) {
      firsts[count] = k;
      lasts[count] = LastOfRun(tags, k);
      const int after = lasts[count++] + 1;
      if (joined || after + 1 >= n) break;
      if (facts[after].lower == kAnd) {
        joined = true;
        k = after + 1;
      } else if (facts[after].lower == kComma) {
        joined = facts[after + 1].lower == kAnd;
        k = joined ? after + 2 : after + 1;
      } else {
        break;
      }
    }
    if (!joined || count < 2) continue;
    for (int c = 0; c < count; ++c) {
      const int type = ner::TagType(tags[firsts[c]]);
      if ((type == kPersonType || type == kOrgType) && !IsGazetteerSpan(facts, firsts[c], lasts[c], kKnownOrgBit) &&
          !IsGazetteerSpan(facts, firsts[c], lasts[c], kCompanyBit) &&
          facts[firsts[c]].token_class != ner::kAllCapsWord) {
        SetMention(firsts[c], lasts[c], kLocType, tags);
      }
    }
    i = lasts[count - 1];
  }
}

// "Ventura and Los Angeles counties", "Santiago de Cuba and Granma
// provinces": two names joined by "and" before a plural noun of places are
// places (the tagger made "Ventura" an organisation, "Granma" a person, and
// "Benton and Franklin counties" two), and so are the names of a list that
// commas join before them ("Barry, Berrien, Calhoun, Cass, Kalamazoo and Van
// Buren counties" made Calhoun and Cass persons; "the Brisbane, Bremer and
// Lockyer rivers" two persons). The last is only when an
// organisation or a person ("Midwest and Western states" keeps its MISC),
// and none when a list knows it for an organisation or it is in capitals
// ("China and ASEAN states").
void ApplyPlacesBeforePluralPlaceNoun(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  const auto ends_name = [&](int t) {
    return t >= 0 && tags[t] != ner::kOutsideTag &&
           (ner::TagPosition(tags[t]) == ner::kLast || ner::TagPosition(tags[t]) == ner::kUnit);
  };
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i + 1].token_class != ner::kLowerWord || !ner::Contains(kPlacesPlural, facts[i + 1].lower) ||
        !ends_name(i)) {
      continue;
    }
    const int second = FirstOfRun(tags, i);
    // The first name's last token, before "and" (or ", and").
    int first_last = second - 2;
    if (first_last >= 1 && facts[second - 1].lower == kAnd && facts[first_last].lower == kComma) --first_last;
    if (first_last < 0 || facts[second - 1].lower != kAnd || !ends_name(first_last)) continue;
    // Not an organisation a list knows or one in capitals ("China and
    // ASEAN states", "Britain and EU states").
    auto organisation = [&](int b, int e) {
      return (ner::TagType(tags[b]) == kOrgType && IsGazetteerSpan(facts, b, e, kCompanyBit)) ||
             IsGazetteerSpan(facts, b, e, kKnownOrgBit) || facts[b].token_class == ner::kAllCapsWord;
    };
    const int second_type = ner::TagType(tags[i]);
    if ((second_type == kOrgType || second_type == kPersonType) && !organisation(second, i)) {
      SetMention(second, i, kLocType, tags);
    }
    if (ner::TagType(tags[i]) != kLocType) continue;
    // Back through the list, one name and its comma at a time.
    for (int last = first_last; ends_name(last);) {
      const int first = FirstOfRun(tags, last);
      if (organisation(first, last)) break;
      if (ner::TagType(tags[last]) != kLocType) SetMention(first, last, kLocType, tags);
      if (first < 2 || facts[first - 1].lower != kComma) break;
      last = first - 2;
    }
  }
  ApplyPlacesAfterPluralPlaceNoun(facts, n, tags);
}

// A name after such a noun and "of" is the place's, where the tagger called
// it a person or MISC ("the evacuation of the town of Jasper" made Jasper a
// man, and "Jasper Mayor Richard Ireland" too), and so is that word alone
// anywhere in the document when the tagger called it a person, as is the
// name in "the Isle of Skye" ("Skye was becoming …"). Not before a
// possessive, and organisations are left alone ("the province of Twitter" is a figure of speech), as are
// the last words of persons named in full. Over the whole document's tags,
// after the consistency pass; not in headlines or lower-case text.
void ApplyPlaceNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  uint64_t names[kMaxNames] = {}, organisation_names[kMaxNames] = {};
  int count = 0, organisation_count = 0;
  for (int i = 0; i + 2 < n; ++i) {
    // The cheap tests first: a name after "of" is rare, a place noun before it rarer.
    // (A noun for a place's people may open the sentence: "Residents of Agua
    // Bonita fled"; "Town of Jasper" there is a name.)
    const bool people_noun = ner::Contains(kPlacePeopleNouns, facts[i].lower);
    const bool lower = facts[i].token_class == ner::kLowerWord ||
                       (people_noun && (facts[i].context & ner::kSentenceInitial) &&
                        facts[i].token_class == ner::kCapitalizedWord && tags[i] == ner::kOutsideTag);
    if (tags[i + 2] == ner::kOutsideTag || facts[i + 1].lower != kOf || !lower ||
        (facts[i].context & ner::kCaseModes) || (!ner::Contains(kPlaceNouns, facts[i].lower) && !people_noun)) {
      continue;
    }
    const int first = i + 2;
    if (tags[first] == ner::kOutsideTag || ner::TagPosition(tags[first]) == ner::kInside ||
        ner::TagPosition(tags[first]) == ner::kLast) {
      continue;
    }
    const int type = ner::TagType(tags[first]);
    const int last = LastOfRun(tags, first);
    // "the Mexican resort city of Acapulco" was an organisation (after a
    // headline's "Hurricane Otis slams Acapulco"): after a word for a
    // settlement or its people ("Residents of Agua Bonita"), an
    // organisation no list knows is the place too.
    const bool settlement_organisation =
        type == kOrgType &&
        (ner::Contains(kSettlementNouns, facts[i].lower) || ner::Contains(kPlacePeopleNouns, facts[i].lower)) &&
        !IsGazetteerSpan(facts, first, last, kKnownOrgBit) && !IsGazetteerSpan(facts, first, last, kCompanyBit);
    if (type != kPersonType && type != kMiscType && !settlement_organisation) continue;
    // "New York, the state of Sanders' younger years" is his.
    if (IsPossessiveAt(facts, n, last + 1)) continue;
    SetMention(first, last, kLocType, tags);
    if (first == last && settlement_organisation && organisation_count < kMaxNames) {
      organisation_names[organisation_count++] = facts[first].lower;
    } else if (first == last && count < kMaxNames) {
      names[count++] = facts[first].lower;
    }
  }
  RetypeLonePersons(facts, n, organisation_names, organisation_count, kLocType, tags, /*organisations_too=*/true);
  // "the Isle of Skye" (a place by ApplyPlaceHeadsFirst), then "Skye" alone.
  for (int i = 0; i + 2 < n && count < kMaxNames; ++i) {
    if (facts[i + 1].lower == kOf && tags[i] == ner::MakeTag(kLocType, ner::kBegin) &&
        tags[i + 2] == ner::MakeTag(kLocType, ner::kLast) && ner::Contains(kPlaceHeadsFirst, facts[i].lower)) {
      names[count++] = facts[i + 2].lower;
    }
  }
  if (count == 0) return;
  const std::vector<uint64_t> surnames = FullPersonSurnames(facts, n, tags);
  int kept = 0;
  for (int k = 0; k < count; ++k) {
    if (!std::binary_search(surnames.begin(), surnames.end(), names[k])) names[kept++] = names[k];
  }
  RetypeLonePersons(facts, n, names, kept, kLocType, tags);
}

// "from Shinchi town", "in Elgeyo Marakwet county", "in the Los Olivos
// neighborhood": a name the tagger called a person or MISC right before a
// lower-case noun for a settlement or a district, after a preposition of
// place or "the", is that place, when the noun ends the phrase (not a
// compound: "at Hillary town hall"). Not a people's name ("the Mexican city
// of", "the Kurdish town") nor an organisation ("in the Labour county
// council").
void ApplyNamesBeforePlaceNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kNouns = WordHashes({"town", "city", "village", "hamlet", "municipality", "township", "county",
                                             "district", "province", "prefecture", "neighbourhood", "neighborhood"});
  static constexpr auto kBefore = WordHashes(
      {"in", "from", "near", "at", "of", "across", "outside", "around", "into", "the", "through", "throughout"});
  for (int noun = 2; noun < n; ++noun) {
    if (facts[noun].token_class != ner::kLowerWord || (facts[noun].context & ner::kCaseModes) ||
        !ner::Contains(kNouns, facts[noun].lower) || !EndsName(tags, noun - 1) ||
        (noun + 1 < n && facts[noun + 1].token_class != ner::kOtherToken &&
         !IsLowerWordIn(facts, n, noun + 1, kAfterPlacePhrase))) {
      continue;
    }
    const int last = noun - 1, first = FirstOfRun(tags, last);
    const int type = ner::TagType(tags[last]);
    // (Or after a place's possessive: "in Florence's Oltrarno district".)
    const bool places_own = first >= 2 && IsPossessiveAt(facts, n, first - 1) && EndsName(tags, first - 2) &&
                            ner::TagType(tags[first - 2]) == kLocType;
    if ((type != kPersonType && type != kMiscType) || first == 0 ||
        !(IsLowerWordIn(facts, n, first - 1, kBefore) || places_own) ||
        IsGazetteerSpan(facts, first, last, kDemonymBit)) {
      continue;
    }
    // (One word of MISC is mostly a people's adjective: "the Saudi province".)
    bool people = type == kMiscType && first == last;
    for (int k = first; k <= last; ++k) people |= ner::ContainsSorted(kPeoples, facts[k].lower);
    if (!people) SetMention(first, last, kLocType, tags);
  }
}

// "Ontario Premier Doug Ford", "Texas Gov. Greg Abbott": a known place
// (the GeoNames gazetteer) right before a political office and a person's
// name is the place the office governs, whatever the tagger made of it
// ("Ontario" is also a company's name and was an organisation), and so is
// that word alone elsewhere in the document ("an Ontario advertisement").
// Not before "President" or "Chairman": "Barcelona President Joan Laporta"
// heads a club. Over the whole document's tags, after the consistency pass.
void ApplyPlacesBeforeOffices(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kOffices =
      WordHashes({"premier", "governor", "gov.", "mayor", "senator", "sen.", "minister", "chief", "mp"});
  constexpr int kMaxNames = 8;
  uint64_t names[kMaxNames] = {};
  int count = 0;
  for (int i = 0; i + 2 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) == ner::kInside ||
        ner::TagPosition(tags[i]) == ner::kLast) {
      continue;
    }
    const int first = i;
    const int last = LastOfRun(tags, i);
    const int type = ner::TagType(tags[i]);
    const int office = last + 1;
    i = last;
    if ((type != kOrgType && type != kPersonType) || office + 1 >= n || !IsCapitalisedToken(facts[office]) ||
        !ner::Contains(kOffices, facts[office].lower) || !IsGazetteerSpan(facts, first, last, kPlaceBit)) {
      continue;
    }
    // "Kerala Chief Minister Pinarayi Vijayan": more words of the title.
    int name = office + 1;
    while (name < n && name <= office + 2 && tags[name] == ner::kOutsideTag && IsTitleToken(facts[name])) ++name;
    if (name >= n || tags[name] == ner::kOutsideTag || ner::TagType(tags[name]) != kPersonType) continue;
    SetMention(first, last, kLocType, tags);
    if (first == last && count < kMaxNames) names[count++] = facts[first].lower;
  }
  RetypeLonePersons(facts, n, names, count, kLocType, tags, /*organisations_too=*/true);
}

// Whether tokens [first, last] are a known place (GeoNames) and no known
// organisation: a city, not "UNITED NATIONS".
bool NamesKnownPlaceOnly(const ner::TokenFacts* facts, int first, int last) {
  return IsGazetteerSpan(facts, first, last, kPlaceBit) && !IsGazetteerSpan(facts, first, last, kKnownOrgBit);
}

// Whether token i stands where only a place can: after "in", after "the
// mayor of" or "the outskirts of", or before "mayor" ("the Leeds mayor").
bool InPlaceContext(const ner::TokenFacts* facts, int n, int i) {
  static constexpr auto kPlaceOfNouns = WordHashes(
      {"mayor", "mayors", "mayoralty", "outskirts", "suburbs", "residents", "townspeople", "city", "town", "village"});
  static constexpr auto kMayor = WordHashes({"mayor", "mayoral"});
  auto lower_word = [&](int j) { return facts[j].token_class == ner::kLowerWord; };
  if (i + 1 < n && ner::Contains(kMayor, facts[i + 1].lower)) return true;
  // Headlines capitalise words that are no names.
  if ((facts[i].context & ner::kCaseModes) || (i + 1 < n && IsCapitalisedToken(facts[i + 1]))) return false;
  if (i >= 1 && facts[i - 1].lower == kIn) return lower_word(i - 1);
  return i >= 2 && facts[i - 1].lower == kOf && lower_word(i - 1) && lower_word(i - 2) &&
         ner::Contains(kPlaceOfNouns, facts[i - 2].lower);
}

// "Thousands of Hanoi residents …. Hanoi will ban motorbikes": a known
// place the tagger called a person everywhere is the place when one of its
// occurrences stands where only a place can (InPlaceContext, or before
// "residents"; not before a possessive: "in Obama's Cabinet"), and nowhere
// in the article where a person does: after a title, before a verb of
// speech, as a surname ("Obama", "Clinton" are towns too).
void RetypePersonsNamedAsPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kItsPeople = WordHashes({"residents"});
  const uint8_t kLonePerson = ner::MakeTag(kPersonType, ner::kUnit);
  constexpr int kMaxPlaces = 8;
  uint64_t places[kMaxPlaces];
  int count = 0;
  std::vector<uint64_t> surnames;
  // (Or the county of that name: a letter's "Co Cork" under "Cork's new bus
  // network" and "Cork is growing", both persons.)
  static constexpr auto kCounty = WordHashes({"co", "co.", "county"});
  auto county = [&](int i) {
    return i > 0 && tags[i] == ner::MakeTag(kLocType, ner::kLast) &&
           tags[i - 1] == ner::MakeTag(kLocType, ner::kBegin) && ner::Contains(kCounty, facts[i - 1].lower);
  };
  for (int i = 0; i < n && count < kMaxPlaces; ++i) {
    if ((tags[i] != kLonePerson && !county(i)) || !NamesKnownPlaceOnly(facts, i, i) ||
        (facts[i].cues & (ner::kCueAfterTitle | ner::kCueBeforeSpeechVerb)) ||
        (tags[i] == kLonePerson && ((i + 1 < n && ner::Contains(kPossessives, facts[i + 1].lower)) ||
                                    !(InPlaceContext(facts, n, i) || IsLowerWordIn(facts, n, i + 1, kItsPeople))))) {
      continue;
    }
    if (count == 0) surnames = FullPersonSurnames(facts, n, tags);
    if (!std::binary_search(surnames.begin(), surnames.end(), static_cast<uint64_t>(facts[i].lower))) {
      places[count++] = facts[i].lower;
    }
  }
  for (int i = 0; i < n && count > 0; ++i) {
    if (tags[i] == kLonePerson && std::find(places, places + count, facts[i].lower) != places + count) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kLocType, ner::kUnit));
    }
  }
}

// "found dead in Leeds flat", "a flat in Leeds,", "the mayor of Leeds", "the
// Leeds mayor", a letter's "Margaret Hill, Leeds": a known place where only
// a place can stand that the tagger called an organisation (in 1996 Reuters
// a city's name was mostly its football club) is the place, when no
// capitalised word goes on the name and it is no known organisation. Over
// the whole document's tags.
void ApplyKnownPlacesInContext(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // "Margaret Hill, Leeds" signing a letter: a line of a person's name, a
  // comma and the place alone.
  auto signs_off = [&](int i) {
    if (i < 3 || facts[i - 1].lower != kComma || !EndsName(tags, i - 2) || ner::TagType(tags[i - 2]) != kPersonType ||
        (i + 1 < n && facts[i + 1].sentence_offset != 0)) {
      return false;
    }
    return facts[FirstOfRun(tags, i - 2)].sentence_offset == 0;
  };
  for (int i = 0; i < n; ++i) {
    if (tags[i] != ner::MakeTag(kOrgType, ner::kUnit)) continue;
    if ((InPlaceContext(facts, n, i) || signs_off(i)) && NamesKnownPlaceOnly(facts, i, i)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kLocType, ner::kUnit));
    }
  }
  RetypePersonsNamedAsPlaces(facts, n, tags);
}

// "U Aung Myint Oo, a member of the village administration," was a place:
// Burmese names have no family name, and the honorific before them, "U"
// for a man and "Daw" for a woman, goes with the name everywhere. One of
// them right before one to four capitalised words (of any type or none)
// makes those words a person's name, the honorific outside it like "Mr".
// Not a place or building named for a person ("U Street", "U Thant
// Island"), nor a word with a capital before it ("Ye U"). Over the whole
// document's tags.
void ApplyBurmeseHonorifics(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kNoPersonHeads =
      WordHashes({"street", "road", "avenue", "island", "park", "hall", "house", "bridge", "pagoda", "centre", "center",
                  "school", "township", "district", "village", "line", "turn", "boat"});
  constexpr int kMaxNameWords = 4;
  for (int i = 0; i + 1 < n; ++i) {
    const std::string_view honorific = TokenText(doc, 0, i);
    if ((honorific != "U" && honorific != "Daw") || (i > 0 && IsCapitalisedToken(facts[i - 1])) ||
        (tags[i] != ner::kOutsideTag && !BeginsName(tags, i))) {
      continue;
    }
    int last = i;
    bool named_for_person = false;
    while (last + 1 < n && last + 1 <= i + kMaxNameWords && facts[last + 1].token_class == ner::kCapitalizedWord &&
           !IsTitleToken(facts[last + 1])) {
      ++last;
      named_for_person |= IsInstitutionHead(facts[last]) || ner::Contains(kNoPersonHeads, facts[last].lower) ||
                          ner::Contains(kPlaceNouns, facts[last].lower);
    }
    // (The name ends where a mention that runs on past its last word does.)
    const bool runs_on = last + 1 < n && tags[last + 1] != ner::kOutsideTag && !BeginsName(tags, last + 1);
    if (last == i || named_for_person || runs_on) continue;
    tags[i] = ner::kOutsideTag;
    SetMention(i + 1, last, kPersonType, tags);
    i = last;
  }
}

// "between Al Quoz and Business Bay", "a villa in Al Barsha": a name that
// opens with the Arabic article "Al" or "El" and no given name before it,
// after a preposition only a place follows, is a place the tagger made a
// person (whose names hold the article: "Khalid Saeed Al Mazrouei"). Not a
// person some list knows, nor one the article names in full ("in Al
// Mazrouei's office" after "Khalid Saeed Al Mazrouei"). Over the whole
// document's tags.
void ApplyArabicArticlePlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kArticles = WordHashes({"al", "el"});
  // (Not "to", "from", "on", "at": "spoke to Al Gore", "a call from Al
  // Sharpton".)
  static constexpr auto kPlacePrepositions =
      WordHashes({"in", "between", "near", "outside", "into", "via", "across", "throughout"});
  constexpr int kMaxWords = 3;  // "Al Barsha South"
  // The last words of persons named with a given name first.
  auto named_in_full = [&](uint64_t word) {
    for (int k = 0; k < n; ++k) {
      if (!BeginsName(tags, k) || ner::TagType(tags[k]) != kPersonType) continue;
      const int end = LastOfRun(tags, k);
      if (end > k && !ner::Contains(kArticles, facts[k].lower) && facts[end].lower == word) return true;
      k = end;
    }
    return false;
  };
  for (int i = 1; i + 1 < n; ++i) {
    if (ner::TagPosition(tags[i]) != ner::kBegin || ner::TagType(tags[i]) != kPersonType ||
        facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kArticles, facts[i].lower) ||
        !IsLowerWordIn(facts, n, i - 1, kPlacePrepositions)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    bool person = last - i + 1 > kMaxWords;
    for (int k = i + 1; k <= last && !person; ++k) person = (facts[k].gazetteer & kPersonNameBits) != 0;
    if (!person && !named_in_full(facts[last].lower)) SetMention(i, last, kLocType, tags);
    i = last;
  }
}

// "Young people left for Cardiff, Liverpool and London": the names of a list
// that commas and "and" or "or" join are of one kind, so where one is a
// place the tagger found and the others organisations that are known places
// and no known organisations (in 1996 Reuters a city's name was mostly its
// club), they are places. A list with any other organisation stays
// ("Liverpool, Arsenal and London"). Over the whole document's tags.
void ApplyPlaceLists(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kOr = WordHashes({"or"})[0];
  constexpr int kMaxItems = 12;
  int firsts[kMaxItems], lasts[kMaxItems];
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    // The list's names, each after a comma, and the last after "and" or "or".
    int count = 0;
    bool joined = false;
    for (int k = i; count < kMaxItems && k < n && BeginsName(tags, k);) {
      firsts[count] = k;
      lasts[count++] = LastOfRun(tags, k);
      if (joined) break;
      int next = lasts[count - 1] + 1;
      if (next < n && facts[next].lower == kComma) ++next;
      if (next < n && (facts[next].lower == kAnd || facts[next].lower == kOr)) {
        joined = true;
        ++next;
      } else if (next == lasts[count - 1] + 1) {
        break;  // neither a comma nor a conjunction: the list ends
      }
      k = next;
    }
    const int end = lasts[count - 1];
    if (!joined) {
      i = end;
      continue;
    }
    bool place = false, retype = false, other = false;
    for (int k = 0; k < count; ++k) {
      const int type = ner::TagType(tags[firsts[k]]);
      const bool known_place = NamesKnownPlaceOnly(facts, firsts[k], lasts[k]);
      place |= type == kLocType;
      retype |= type == kOrgType && known_place;
      other |= (type == kOrgType && !known_place) || type == kPersonType || type == kMiscType;
    }
    if (place && retype && !other) {
      for (int k = 0; k < count; ++k) SetMention(firsts[k], lasts[k], kLocType, tags);
    }
    i = end;
  }
}

// "The WHO said", "WHO Director-General Tedros", "the WHO's emergency
// committee": "WHO" in capitals in a sentence that is not in capitals is
// the World Health Organization (the known-organisation list leaves it out,
// as the word "who"; the tagger left it untagged). Over the whole document's
// tags.
void ApplyWhoInCapitals(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i < n; ++i) {
    if (facts[i].lower == kWho && facts[i].token_class == ner::kAllCapsWord &&
        !(facts[i].context & ner::kHeadlineSentence) && (tags[i] == ner::kOutsideTag || IsLoneName(tags, i))) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    }
  }
}

// "a telescope atop Mauna Kea": a name right after "atop" is where something
// stands, a place, not a person (the tagger knew neither word). Not one that
// owns what follows ("atop Smith's car").
void ApplyPlacesAfterAtop(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kAtop = WordHashes({"atop"})[0];
  for (int i = 1; i < n; ++i) {
    if (facts[i - 1].lower != kAtop || facts[i - 1].token_class != ner::kLowerWord || !BeginsName(tags, i) ||
        ner::TagType(tags[i]) != kPersonType) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (IsPossessiveAt(facts, n, last + 1)) continue;
    SetMention(i, last, kLocType, tags);
  }
}

// "the Kansas City Chiefs won", "the New York Jets": a known place and a
// capitalised plural (or a team's singular name) right after it that the document never writes in
// lower case are a team, an organisation (the tagger had "Kansas City" a
// place and "Chiefs" nothing, "New York Jets" a place). Not a place's plural
// head ("the Florida Keys", "the Canary Islands"), a people's or a party's
// members ("the Texas Democrats"). Over the whole document's tags.
void ApplyTeamNames(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  // Heads of places' names besides the plural nouns of places, and the
  // members of the two US parties (the others' are kPartyMembers).
  static constexpr auto kNotTeams =
      WordHashes({"isles", "keys", "hills", "heights", "falls", "springs", "highlands", "lowlands", "plains", "woods",
                  "fields", "gardens", "docks", "flats", "democrats", "republicans"});
  // Teams named in the singular ("the Oklahoma City Thunder", "the Miami
  // Heat", "the Tampa Bay Lightning").
  static constexpr auto kSingularTeams = WordHashes(
      {"thunder", "heat", "magic", "jazz", "wild", "lightning", "avalanche", "kraken", "fever", "liberty", "mercury"});
  auto team_word = [&](int k) {
    const std::string_view word = TokenText(doc, 0, k);
    const bool plural = (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's') ||
                        ner::Contains(kSingularTeams, facts[k].lower);
    return plural && facts[k].token_class == ner::kCapitalizedWord && !(facts[k].document & ner::kSeenLowerCase) &&
           !(facts[k].context & ner::kCaseModes) && !ner::Contains(kPlacesPlural, facts[k].lower) &&
           !ner::Contains(kPartyMembers, facts[k].lower) && !ner::Contains(kNotTeams, facts[k].lower) &&
           !(facts[k].gazetteer & (kKnownPlaceBits | AnyPosition(kDemonymBit)));
  };
  // (After "the", on one line: not a menu's "Texas\nObituaries" nor a
  // headline's "Hong Kong Protests".)
  auto same_line = [&](int k) {
    const Token &before = doc.tokens[k - 1], &token = doc.tokens[k];
    return doc.text.substr(before.end, token.begin - before.end).find('\n') == std::string_view::npos;
  };
  for (int i = 1; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kLocType || facts[i - 1].lower != kThe) continue;
    const int last = LastOfRun(tags, i);
    // The tagger's place with the plural inside ("New York Jets"; not a
    // compass word alone, which a list knows for a town: "the West
    // Midlands"), or before it, untagged ("Kansas City" "Chiefs").
    if (last > i && team_word(last) && same_line(last) && IsGazetteerSpan(facts, i, last - 1, kPlaceBit) &&
        !(last == i + 1 && ner::Contains(kCompassWords, facts[i].lower))) {
      SetMention(i, last, kOrgType, tags);
    } else if (last + 1 < n && tags[last + 1] == ner::kOutsideTag && team_word(last + 1) && same_line(last + 1) &&
               IsGazetteerSpan(facts, i, last, kPlaceBit)) {
      SetMention(i, last + 1, kOrgType, tags);
    }
    i = last;
  }
}

// "The Kansas City Chiefs beat the Buffalo Bills …. The Chiefs will face
// …": a team named by its place and a plural is "the" and the plural alone
// later (the tagger left it out or made it a person). Not a word written in
// lower case in the article ("police chiefs").
void ApplyTeamShortNames(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  std::vector<uint64_t> plurals, places;
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    const int last = LastOfRun(tags, i);
    const std::string_view word = TokenText(doc, 0, last);
    if (last > i && word.size() >= 4 && word.back() == 's' && facts[last].token_class == ner::kCapitalizedWord &&
        IsGazetteerSpan(facts, i, last - 1, kPlaceBit)) {
      plurals.push_back(facts[last].lower);
      if (last == i + 1) places.push_back(facts[i].lower);
    }
    i = last;
  }
  if (plurals.empty()) return;
  // The place alone that the tagger made a person is the team too: "33
  // points for Denver, which led 89-72" after "the Denver Nuggets".
  RetypeLonePersonsAsOrganisations(facts, n, places, /*keep_listed_names=*/false, tags);
  for (int i = 1; i < n; ++i) {
    if (facts[i - 1].lower != kThe || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].document & ner::kSeenLowerCase) || !(tags[i] == ner::kOutsideTag || IsLoneName(tags, i)) ||
        (i + 1 < n && facts[i + 1].token_class == ner::kCapitalizedWord) ||
        std::find(plurals.begin(), plurals.end(), facts[i].lower) == plurals.end()) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "Chelsea have agreed a fee with Benfica", "Arsenal were beaten": a one-word
// name that opens its sentence before "have", "are" or "were" is a team or
// a company spoken of in the plural, as British English does, not a person
// (who takes "has", "is", "was"); so is the word standing alone as a person
// elsewhere in the article ("Chelsea agree £100m deal"). Not a word ending
// in "s", a plural noun's ("Gibbons are incredible tree swingers"), nor a
// surname of a person named in full there.
void ApplyPluralVerbOrganisations(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPluralVerbs = WordHashes({"have", "are", "were"});
  std::vector<uint64_t> organisations;
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].sentence_offset == 0 && IsLoneName(tags, i) && ner::TagType(tags[i]) == kPersonType &&
        TokenText(doc, 0, i).back() != 's' && facts[i + 1].token_class == ner::kLowerWord &&
        ner::Contains(kPluralVerbs, facts[i + 1].lower)) {
      organisations.push_back(facts[i].lower);
    }
  }
  RetypeLonePersonsAsOrganisations(facts, n, organisations, /*keep_listed_names=*/false, tags);
}

// "Rishi Sunak said he was proud": a name of two or three capitalised words
// that no list knows, right before a verb of speech and "he" or "she", is a
// person's (the tagger made it an organisation; an organisation is "it"),
// and so is its last word alone as an organisation elsewhere in the article
// ("Sunak concedes"). Not a name a list knows for a company ("Google said
// he had broken its rules").
void ApplyPronounSpeakers(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kSpeech = WordHashes({"said", "says", "told", "tells", "added", "wrote", "insisted"});
  static constexpr auto kPersonalPronouns = WordHashes({"he", "she"});
  std::vector<uint64_t> surnames;
  for (int i = 0; i + 3 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) != kOrgType) continue;
    const int last = LastOfRun(tags, i);
    bool unknown = last > i && last - i <= 2;
    for (int k = i; k <= last && unknown; ++k) {
      unknown = facts[k].token_class == ner::kCapitalizedWord && facts[k].gazetteer == 0;
    }
    if (unknown && IsLowerWordIn(facts, n, last + 1, kSpeech) && IsLowerWordIn(facts, n, last + 2, kPersonalPronouns)) {
      SetMention(i, last, kPersonType, tags);
      surnames.push_back(facts[last].lower);
    }
    i = last;
  }
  for (int i = 0; i < n && !surnames.empty(); ++i) {
    if (IsLoneName(tags, i) && ner::TagType(tags[i]) == kOrgType &&
        std::find(surnames.begin(), surnames.end(), facts[i].lower) != surnames.end()) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
    }
  }
}

// "pardoned his son Hunter": a capitalised word right after a possessive
// and a word for kin names that person, also a word that is a common noun
// too (the tagger left "Hunter" out). Not a word written in lower case
// elsewhere in the article, nor a day's or a month's ("his wife Tuesday").
void ApplyKinNamePersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPossessiveDeterminers = WordHashes({"his", "her", "their", "my", "our", "your"});
  static constexpr auto kKin =
      WordHashes({"son",      "daughter",      "wife",       "husband", "brother",      "sister", "mother",  "father",
                  "grandson", "granddaughter", "nephew",     "niece",   "cousin",       "fiancé", "fiancée", "fiance",
                  "fiancee",  "boyfriend",     "girlfriend", "stepson", "stepdaughter", "widow",  "widower"});
  for (int i = 2; i < n; ++i) {
    if (tags[i] != ner::kOutsideTag || facts[i].token_class != ner::kCapitalizedWord || facts[i].sentence_offset == 0 ||
        (facts[i].document & ner::kSeenLowerCase) || !IsLowerWordIn(facts, n, i - 1, kKin) ||
        !IsLowerWordIn(facts, n, i - 2, kPossessiveDeterminers) || ner::IsTitle(facts[i].lower) ||
        ner::IsTitleSmallWord(facts[i].lower) || ner::Contains(kDateWords, facts[i].lower)) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
  }
}

// "Sens. John Fetterman and Catherine Cortez Masto": a plural title before a
// person's name names no one (the tokenizer leaves its period out and the
// segmenter ends a sentence there, so the tagger read "Sens" as an
// organisation). Not alone: "the Sens beat the Maple Leafs" is Ottawa's
// team. Over the whole document's tags, across that sentence end.
void DropPluralTitles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPluralTitles = WordHashes({"sens", "reps"});
  for (int i = 0; i + 2 < n; ++i) {
    if (tags[i] == ner::kOutsideTag || !ner::Contains(kPluralTitles, facts[i].lower) || facts[i + 1].lower != kPeriod) {
      continue;
    }
    const int position = ner::TagPosition(tags[i]);
    const uint8_t next = tags[i + 2];
    if ((position != ner::kUnit && position != ner::kLast) || next == ner::kOutsideTag ||
        ner::TagType(next) != kPersonType ||
        (ner::TagPosition(next) != ner::kBegin && ner::TagPosition(next) != ner::kUnit)) {
      continue;
    }
    // "Florida Sens. Marco Rubio and Bill Nelson": the state stays.
    if (position == ner::kLast) SetMention(FirstOfRun(tags, i - 1), i - 1, ner::TagType(tags[i]), tags);
    tags[i] = ner::kOutsideTag;
  }
}

// "raised $120 million in Series C funding": a funding round, "Series" and
// one capital letter, names nothing (it was a place).
void DropFundingRounds(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr uint64_t kSeries = WordHashes({"series"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].lower != kSeries || ner::TagPosition(tags[i]) != ner::kBegin || tags[i] == ner::kOutsideTag ||
        LastOfRun(tags, i) != i + 1) {
      continue;
    }
    const Token& letter = doc.tokens[begin + i + 1];
    const char c = doc.text[letter.begin];
    if (letter.end - letter.begin == 1 && IsUpperAscii(c)) tags[i] = tags[i + 1] = ner::kOutsideTag;
  }
}

// "The Liberal Democrats' treasury spokesperson": a name runs no further
// than a possessive mark followed only by words in lower case (the tagger
// had "Liberal Democrats' treasury" an organisation); the owner is the name.
void TrimPossessedNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int first = 0; first < n; ++first) {
    if (!BeginsName(tags, first) || ner::TagPosition(tags[first]) == ner::kUnit) continue;
    const int last = LastOfRun(tags, first);
    for (int k = first + 1; k < last; ++k) {
      if (!ner::Contains(kPossessives, facts[k].lower)) continue;
      bool lower_after = true;
      for (int j = k + 1; j <= last && lower_after; ++j) lower_after = facts[j].token_class == ner::kLowerWord;
      if (!lower_after) break;
      const int type = ner::TagType(tags[first]);
      for (int j = first; j <= last; ++j) tags[j] = ner::kOutsideTag;
      SetMention(first, k - 1, type, tags);
      break;
    }
    first = last;
  }
}

// "1 tsp ground ginger", "a \"democratic\" socialist", "their most common
// alma mater": in a sentence written with capitals, a name has one. A run
// of words with no capital letter at all that the name lists do not know
// names nothing, whatever the tagger made of an unknown word; a known one
// may be a tag or a handle written in lower case ("Filed under china",
// "''It's jeff feltman''"). Text in lower case throughout ("the taliban
// said") keeps its names: there no word has a capital.
void DropNamesWithoutCapitals(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  if (n == 0 || (facts[0].context & ner::kLowerCaseSentence)) return;
  auto has_capital = [&](const Token& token) {
    if (token.flags & (kCapitalized | kAllCaps | kNonLatinLetter)) return true;
    for (uint32_t k = token.begin; k < token.end; ++k) {
      if (doc.text[k] >= 'A' && doc.text[k] <= 'Z') return true;  // "iPhone", "pro-Trump"
    }
    return false;
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool capital = false;
    for (int k = i; k <= last && !capital; ++k) {
      capital = has_capital(doc.tokens[begin + k]) || (facts[k].gazetteer & (kPersonNameBits | kKnownNameBits));
    }
    if (!capital) std::fill(tags + i, tags + last + 1, ner::kOutsideTag);
    i = last;
  }
}

// "the U.N. Middle East envoy", "the EU Syria envoy", "the U.S. Iran
// envoy": a body's or a country's acronym and a region before an envoy's
// title are two names, the body and the region it sends someone to (the
// tagger made "U.N. Middle East" one place). Lower-form hashes.
constexpr auto kBodyAcronyms = WordHashes({"u.n.", "un", "eu", "nato", "au", "imf"});
constexpr auto kEnvoyTitles = WordHashes({"envoy", "envoys", "ambassador", "representative", "coordinator", "mission",
                                          "delegation", "negotiator", "special"});

void SplitEnvoyRegions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 0; i + 1 < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    const bool body = ner::Contains(kBodyAcronyms, facts[i].lower);
    if (last == i || last + 1 >= n || !(body || ner::Contains(kCountryAcronyms, facts[i].lower)) ||
        facts[i].token_class == ner::kLowerWord || !ner::Contains(kEnvoyTitles, facts[last + 1].lower)) {
      i = last;
      continue;
    }
    SetMention(i, i, body ? kOrgType : kLocType, tags);
    SetMention(i + 1, last, kLocType, tags);
    i = last;
  }
}

// "Photograph: Jeenah Moon/Bloomberg/Getty Images", "AT&T, Comcast/Xfinity
// and T-Mobile": a slash between names, with no space either side, parts
// them; a part of two words that opens with a given name and is no known
// place or organisation is a person (the photographer of a credit; not
// "ABC News/Washington Post").
void SplitSlashedNames(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  auto slash = [&](int k) {
    const Token& t = doc.tokens[begin + k];
    return TokenText(doc, begin, k) == "/" && doc.tokens[begin + k - 1].end == t.begin &&
           t.end == doc.tokens[begin + k + 1].begin;
  };
  auto set_part = [&](int first, int last, int type) {
    const bool person = last == first + 1 && (facts[first].gazetteer & AnyPosition(kFirstNameBit)) &&
                        IsCapitalisedToken(facts[last]) &&
                        !((facts[first].gazetteer | facts[last].gazetteer) & kKnownNameBits);
    SetMention(first, last, person ? kPersonType : type, tags);
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i), type = ner::TagType(tags[i]);
    int part = i;
    for (int k = i + 1; k < last; ++k) {
      if (!slash(k)) continue;
      set_part(part, k - 1, type);
      tags[k] = ner::kOutsideTag;
      part = k + 1;
    }
    if (part != i) set_part(part, last, type);
    i = last;
  }
}

// "WASHINGTON (AP) —": the news agency in a dateline's brackets is an
// organisation. "AP" alone is not in the known-organisation list, since it
// also names school courses ("AP exams"); in brackets after a dateline's
// place it is the Associated Press.
void ApplyDatelineAgency(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr uint64_t kAp = WordHashes({"ap"})[0];
  auto text = [&](int k) { return TokenText(doc, begin, k); };
  // The place in capitals opens it; a headline in capitals is no dateline.
  if (n < 4 || facts[0].token_class != ner::kAllCapsWord || (facts[0].context & ner::kCaseModes)) return;
  bool dash = false;
  for (int i = 2; i + 1 < n && i < kMaxDatelineTokens && !dash; ++i) {
    dash = IsDatelineDash(text(i));
    // "SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ --": a press release's wire.
    if (text(i - 1) == "/" && text(i + 1) == "/" && IsCapitalisedToken(facts[i])) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
      continue;
    }
    // "DAYTON, Ohio (WHIO) —": one capitalised word in brackets right before
    // the dash is the agency or the station that filed the story.
    const bool bracketed = text(i - 1) == "(" && text(i + 1) == ")";
    if (bracketed && i + 2 < n && IsDatelineDash(text(i + 2)) && IsCapitalisedToken(facts[i]) &&
        (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) == ner::kUnit)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
      continue;
    }
    if (facts[i].lower != kAp || facts[i].token_class != ner::kAllCapsWord || tags[i] != ner::kOutsideTag) continue;
    if (bracketed) tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
  // The place itself, up to a comma or a bracket, is a place when the
  // tagger called it a person or MISC ("SAO PAULO, Nov 5 (Reuters) -" was a
  // person), or an organisation that is a known place and no known
  // organisation ("BOSTON (AP) —" was the city's team). An organisation
  // stays: "UNITED NATIONS (Reuters) -".
  int last = 0;
  while (last + 1 < n && facts[last + 1].token_class == ner::kAllCapsWord) ++last;
  // (Or the dash right after it, "KHAN YOUNIS — Amal Hassan has not …";
  // then not MISC: "NOW OPEN—" labels a listing.)
  const bool dash_after = last + 1 < n && IsDatelineDash(text(last + 1));
  const bool set_off = last + 1 < n && (text(last + 1) == "," || text(last + 1) == "(" || dash_after);
  if (!dash || !set_off || tags[0] == ner::kOutsideTag || LastOfRun(tags, 0) != last) return;
  const int type = ner::TagType(tags[0]);
  if (dash_after && type == kMiscType) return;
  if (type == kPersonType || type == kMiscType || (type == kOrgType && NamesKnownPlaceOnly(facts, 0, last))) {
    SetMention(0, last, kLocType, tags);
  }
}

// "By Aisha Khan, BBC News, Derna": a byline's last name after the
// reporter's and the outlet's is where the story was filed from, a place (the
// tagger made "Derna" a person). Not a listed organisation ("By Jane Doe,
// Reuters, Bloomberg" is no place).
void ApplyBylinePlaces(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  auto text = [&](int k) { return TokenText(doc, begin, k); };
  auto name_of = [&](int k, int type) {
    return k < n && BeginsName(tags, k) && ner::TagType(tags[k]) == type ? LastOfRun(tags, k) : -1;
  };
  if (n < 7 || text(0) != "By") return;
  const int reporter = name_of(1, kPersonType);
  if (reporter < 0 || reporter + 2 >= n || text(reporter + 1) != ",") return;
  const int outlet = name_of(reporter + 2, kOrgType);
  if (outlet < 0 || outlet + 2 >= n || text(outlet + 1) != ",") return;
  const int place = outlet + 2;
  if (!BeginsName(tags, place) || LastOfRun(tags, place) != n - 1 || IsListedOrganisation(facts, place, n - 1)) return;
  SetMention(place, n - 1, kLocType, tags);
}

// Whether token i of `doc` is a double quotation mark or a guillemet.
bool IsDoubleQuote(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kQuote) return false;
  const std::string_view text = doc.Text(Span{t.begin, t.end});
  return text != "'" && text != "`" && text != "\xE2\x80\x98" && text != "\xE2\x80\x99";
}

// A title in quotation marks ("Return of the Legend", "The Wealth of
// Nations", «Crime and Punishment»): two to eight words, every one
// capitalised but the small words of titles, names a work, which is MISC.
// Not in headlines or lower-case text, where case says nothing, and not a
// nickname between a person's names (Roberto "Hands of Stone" Duran), which
// is that person when the names either side of it were tagged PERSON, nor a
// known organisation. Mentions the tagger found inside the title give way to
// it.
void ApplyQuotedTitles(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  constexpr int kMaxTitleWords = 8;
  for (int open = 0; open + 3 < n; ++open) {
    if (!IsDoubleQuote(doc, begin + open) || (facts[open].context & ner::kCaseModes)) continue;
    int close = open + 1;
    while (close < n && close <= open + kMaxTitleWords + 1 && !IsDoubleQuote(doc, begin + close)) ++close;
    if (close >= n || close > open + kMaxTitleWords + 1 || close - open - 1 < 1) continue;
    const int first = open + 1;
    // American style puts a comma or period inside the marks: "the 1985
    // single “We Are the World.”", "“The Color Purple,” which he produced".
    int last = close - 1;
    if (last > first && facts[last].token_class == ner::kOtherToken) {
      const Token& mark = doc.tokens[begin + last];
      const std::string_view text = doc.Text(Span{mark.begin, mark.end});
      if (text == "," || text == ".") --last;
    }
    const auto is_person = [&](int k) { return tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kPersonType; };
    const bool nickname =
        open > 0 && close + 1 < n && IsCapitalisedToken(facts[open - 1]) && IsCapitalisedToken(facts[close + 1]);
    // A nickname between a person's names makes one person of them, marks
    // and all, as CoNLL-2003 and OntoNotes write it (Hector "Macho" Camacho;
    // Gerardo “Tata” Martino made “Tata” an organisation).
    const bool names_either_side = nickname && is_person(open - 1) && is_person(close + 1);
    if (last - first < 1) {
      if (last == first && names_either_side && IsCapitalisedToken(facts[first])) {
        SetMention(FirstOfRun(tags, open - 1), LastOfRun(tags, close + 1), kPersonType, tags);
      }
      open = close - 1;
      continue;
    }
    int capitalised = 0;
    // (Not a person with an honorific: “Mr. Trump”.)
    bool title = IsCapitalisedToken(facts[first]) && IsCapitalisedToken(facts[last]) && !IsHonorificToken(facts[first]);
    // A possessive between capitalised words: "“Dawson’s Creek”", "“Schindler’s List”";
    // not a pronoun's "is" ("“That's Derrick,” Mazzulla said").
    auto possessive = [&](int k) {
      return k > first && k < last && ner::Contains(kPossessives, facts[k].lower) && IsCapitalisedToken(facts[k + 1]) &&
             !ner::Contains(kPronounWords, facts[k - 1].lower);
    };
    for (int k = first; k <= last && title; ++k) {
      if (IsCapitalisedToken(facts[k]))
        ++capitalised;
      else
        title = facts[k].token_class == ner::kNumberToken || ner::IsTitleSmallWord(facts[k].lower) || possessive(k);
      title = title && ner::CanBeInName(doc, static_cast<size_t>(begin + k));
    }
    // Words shouted in capitals are said, no title: "hailed the decision as
    // a “BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY.”"
    int shouted = 0;
    for (int k = first; k <= last; ++k) shouted += facts[k].token_class == ner::kAllCapsWord;
    if (shouted >= 3 && shouted == last - first + 1) title = false;
    // A person or place inside that the lists know is more likely a name in
    // its own right ("Protector of Mexico") than a word of a title ("We Are
    // the World" made "World" a place).
    const bool whole = ner::TagPosition(tags[first]) == ner::kBegin && tags[first] != ner::kOutsideTag &&
                       ner::TagPosition(tags[last]) == ner::kLast && tags[last] != ner::kOutsideTag;
    bool person_or_place = false;
    for (int k = first; k <= last && !whole; ++k) {
      const int type = tags[k] == ner::kOutsideTag ? -1 : ner::TagType(tags[k]);
      // (not the owner in the title nor what it owns: "Dawson’s Creek")
      person_or_place |= (type == kPersonType || type == kLocType) && !possessive(k + 1) && !possessive(k - 1) &&
                         (facts[k].gazetteer & (kKnownPlaceBits | kPersonNameBits));
    }
    // An outlet or a company the lists know keeps its name in marks (the
    // «Financial Times», as translated news writes them).
    if (title && IsListedOrganisation(facts, first, last)) {
      SetMention(first, last, kOrgType, tags);
    } else if (title && names_either_side) {
      SetMention(FirstOfRun(tags, open - 1), LastOfRun(tags, close + 1), kPersonType, tags);
    } else if (title && capitalised >= 2 && !nickname && !person_or_place) {
      SetMention(first, last, kMiscType, tags);
    }
    open = close - 1;
  }
}

// "Her first novel, Purple Hibiscus, was published", "his 1985 album,
// Born in the U.S.A., sold", "Her second novel, Half of a Yellow Sun, set
// during …": a title in apposition to a work's noun, between commas, is the
// work's name, MISC (the tagger made "Purple Hibiscus" a person and "Yellow
// Sun" an organisation). Lower-form hashes.
constexpr auto kWorkNouns = WordHashes({"novel",   "book",     "memoir",  "album",       "film",       "movie", "song",
                                        "single",  "play",     "poem",    "documentary", "collection", "essay", "opera",
                                        "musical", "painting", "podcast", "novella",     "sequel",     "debut"});

// "the Tokyo Games", "the Commonwealth Games", "the Asian Games": a place's,
// a people's or the Commonwealth's name before "Games" names the sporting
// event, MISC (the tagger made the first two organisations); a company's
// name stays one ("Epic Games"). Lower-form hashes.
void ApplyGamesOfPlaces(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kGames = WordHashes({"games"})[0];
  static constexpr auto kGamesHosts = WordHashes({"commonwealth", "olympic", "paralympic", "pan", "winter", "summer"});
  constexpr uint32_t kPlaceOrPeople = AnyPosition(kPlaceBit) | AnyPosition(kCountryBit) | AnyPosition(kDemonymBit);
  for (int i = 1; i < n; ++i) {
    if (facts[i].lower != kGames || facts[i].token_class != ner::kCapitalizedWord || !EndsName(tags, i) ||
        ner::TagType(tags[i]) == kMiscType) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    if (first == i || IsListedOrganisation(facts, first, i)) continue;
    const bool host = (facts[first].gazetteer & kPlaceOrPeople) || ner::Contains(kGamesHosts, facts[first].lower);
    if (host && !IsGazetteerSpan(facts, first, i, kCompanyBit)) SetMention(first, i, kMiscType, tags);
  }
}

// "Gemini, Google's AI assistant, is built in", "Ozempic, a diabetes drug,":
// a name with a product's noun in apposition after it, between commas, is
// the product, MISC (the tagger made "Gemini" a person). An assistant only
// an AI's, a voice's or a virtual one ("Sarah, a research assistant," is a
// person). Lower-form hashes.
constexpr auto kProductNouns =
    WordHashes({"chatbot", "app", "smartphone", "phone", "browser", "chip", "processor", "drug", "vaccine", "console",
                "laptop", "tablet", "headset", "smartwatch", "software", "jet", "airliner", "missile", "rifle"});

void ApplyProductAppositions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kAssistants = WordHashes({"assistant", "chatbots", "assistants"});
  static constexpr auto kMachineWords = WordHashes({"ai", "voice", "virtual", "digital"});
  constexpr int kMaxNameWords = 3, kMaxAppositionWords = 6;
  for (int i = 0; i + 3 < n; ++i) {
    if (!BeginsName(tags, i) || ner::TagType(tags[i]) == kMiscType) continue;
    const int last = LastOfRun(tags, i);
    if (last - i >= kMaxNameWords || last + 3 >= n || facts[last + 1].lower != kComma) {
      i = last;
      continue;
    }
    // A noun phrase: an article or an owner's name opens it (not
    // "KeyCorp, contacted by phone,").
    const bool phrase = ner::Contains(kArticles, facts[last + 2].lower) ||
                        (IsCapitalisedToken(facts[last + 2]) && IsPossessiveAt(facts, n, last + 3));
    int close = last + 2;
    while (close < n && close <= last + 1 + kMaxAppositionWords && facts[close].lower != kComma) ++close;
    if (phrase && close < n && facts[close].lower == kComma && close - 1 > last + 1) {
      const ner::TokenFacts& head = facts[close - 1];
      const bool product = head.token_class == ner::kLowerWord && ner::Contains(kProductNouns, head.lower);
      const bool assistant = head.token_class == ner::kLowerWord && ner::Contains(kAssistants, head.lower) &&
                             ner::Contains(kMachineWords, facts[close - 2].lower);
      if (product || assistant) SetMention(i, last, kMiscType, tags);
    }
    i = last;
  }
}

void ApplyWorkAppositions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxTitleWords = 8;
  // (Not the work's maker: "The author of the book, Mitchell Zuckoff,",
  // "the director of the film, Michael Bay,".)
  auto maker_of = [&](int noun) {
    for (int k = std::max(0, noun - 3); k < noun; ++k) {
      if (facts[k].lower == kOf) return true;
    }
    return false;
  };
  for (int i = 1; i + 3 < n; ++i) {
    if (facts[i].lower != kComma || !ner::Contains(kWorkNouns, facts[i - 1].lower) ||
        facts[i - 1].token_class != ner::kLowerWord || !IsCapitalisedToken(facts[i + 1]) || maker_of(i - 1)) {
      continue;
    }
    // Up to the apposition's closing comma or its sentence's period ("her
    // new book, Blue Heat.").
    auto closes = [&](int k) {
      return facts[k].lower == kComma || (facts[k].lower == kPeriod && facts[k].sentence_left == 1);
    };
    int close = i + 1;
    while (close < n && close <= i + kMaxTitleWords && !closes(close)) ++close;
    if (close >= n || !closes(close)) continue;
    const int first = i + 1, last = close - 1;
    bool title = IsCapitalisedToken(facts[last]);
    for (int k = first; k <= last && title; ++k) {
      title = IsCapitalisedToken(facts[k]) || facts[k].token_class == ner::kNumberToken ||
              ner::IsTitleSmallWord(facts[k].lower);
    }
    if (title) SetMention(first, last, kMiscType, tags);
    i = close - 1;
  }
}

// "Read “How It Works” Magazine", "our sister title “All About Space”
// Magazine": a publication's noun alone after its quoted title names no one
// (it was a person); in "Time Magazine" it is part of the name and stays.
// Over the whole document's tags, after the rules that spread a name's
// words ("Magazine" as the short name of "Time Magazine").
void DropLonePublicationNouns(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPublicationNouns = WordHashes({"magazine", "newsletter", "podcast"});
  for (int i = 1; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit ||
        facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kPublicationNouns, facts[i].lower) ||
        facts[i - 1].token_class != ner::kOtherToken) {
      continue;
    }
    tags[i] = ner::kOutsideTag;
  }
}

// "a BART train", "Link to KLOOK website", "— CSPAN (@cspan)": a word in
// capitals alone in a sentence in normal case is an acronym or a brand,
// far more often an organisation's than a person's (the tagger, which met
// persons in capitals in CoNLL's headlines and tables, called these
// persons). Not a word the name lists know as a person's, nor a speaker's
// label in a transcript ("PENCE: …"), nor one beside other words in
// capitals ("TO HIS ANOINTED, CYRUS"), nor one the document also writes
// capitalised or in lower case ("Bart"), nor in a document mostly in
// capitals. Over the whole document's tags.
void RetypeCapitalLetterPersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto capitals_at = [&](int k) { return k >= 0 && k < n && facts[k].token_class == ner::kAllCapsWord; };
  int lower_words = 0, capital_words = 0;
  for (int i = 0; i < n; ++i) {
    lower_words += facts[i].token_class == ner::kLowerWord;
    capital_words += facts[i].token_class == ner::kAllCapsWord;
  }
  if (capital_words >= lower_words) return;
  for (int i = 0; i < n; ++i) {
    if (tags[i] != ner::MakeTag(kPersonType, ner::kUnit) || facts[i].token_class != ner::kAllCapsWord ||
        (facts[i].context & ner::kCaseModes) ||
        (facts[i].document & (ner::kSeenCapitalizedMidSentence | ner::kSeenLowerCase)) || capitals_at(i - 1) ||
        capitals_at(i + 1) || (i + 1 < n && facts[i + 1].lower == kColon)) {
      continue;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "A HUNTER who killed and ate a wild rabbit …": the first words of a story
// set in capitals, as tabloids set them, are common words the story also
// writes in lower case ("a hunter killed"), no name (it was a person). A
// name made only of such words, of five letters or more ("US" and "WHO"
// are names and words), and an article before them; and the same word in
// lower case where the consistency pass made it that name ("the hunter was
// stable"). Not a word the lists of places and organisations know
// ("CHINA"), nor in a headline or a text in capitals. Over the whole
// document's tags.
void DropShoutedCommonWords(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr uint32_t kMinLetters = 5;
  constexpr int kMaxDropped = 8;
  uint64_t dropped[kMaxDropped] = {};
  int dropped_count = 0;
  auto shouted_word = [&](int k) {
    return facts[k].token_class == ner::kAllCapsWord && (facts[k].document & ner::kSeenLowerCase) &&
           !(facts[k].context & ner::kCaseModes) && !(facts[k].gazetteer & kKnownNameBits);
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool common = true;
    for (int k = i; k <= last && common; ++k) {
      common = (k == i && ner::Contains(kArticles, facts[k].lower)) ||
               (shouted_word(k) && doc.tokens[k].end - doc.tokens[k].begin >= kMinLetters);
    }
    // (In a sentence mostly in lower case: "RUGBY UNION - ENGLISH, SCOTTISH
    // AND WELSH RESULTS" is a headline the case modes missed.)
    int lower_words = 0, capital_words = 0;
    const int sentence_last = last + facts[last].sentence_left;
    for (int k = i - facts[i].sentence_offset; common && k <= sentence_last; ++k) {
      lower_words += facts[k].token_class == ner::kLowerWord;
      capital_words += facts[k].token_class == ner::kAllCapsWord;
    }
    if (common && lower_words > capital_words) {
      for (int k = i; k <= last; ++k) {
        tags[k] = ner::kOutsideTag;
        if (dropped_count < kMaxDropped && shouted_word(k)) dropped[dropped_count++] = facts[k].lower;
      }
    }
    i = last;
  }
  // The word in lower case, which the consistency pass made the same name
  // ("the hunter was stable"), is that word again.
  for (int i = 0; i < n && dropped_count > 0; ++i) {
    if (IsLoneName(tags, i) && facts[i].token_class == ner::kLowerWord &&
        std::find(dropped, dropped + dropped_count, static_cast<uint64_t>(facts[i].lower)) != dropped + dropped_count) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// "PAC", a political action committee, is a kind of body as "committee" is:
// alone it names nothing ("a super PAC", "Karl Rove's PAC" and "the PAC"
// were organisations, "the super PAC" a person, "super PACs" MISC), and
// after a name it is the name's last word ("Ready PAC", "Keep the Promise
// PAC" and "Purple PAC" were persons, "Our Principles PAC" MISC). Not a name
// after an indefinite article ("a Republican PAC") or "super", nor one in a
// headline, where every word is capitalised; a name that the tagger ran
// into "Super PAC" stays as it was ("Jeb Bush Super PAC"). Over the whole
// document's tags, after the consistency pass.
void ApplyPoliticalActionCommittees(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kPac = WordHashes({"pac"})[0], kPacs = WordHashes({"pacs"})[0];
  static constexpr uint64_t kSuper = WordHashes({"super"})[0];
  static constexpr auto kHyphenated = WordHashes({"super-pac", "super-pacs"});
  static constexpr auto kIndefinite = WordHashes({"a", "an", "one"});
  static constexpr auto kConnectors = WordHashes({"the", "of", "for", "to", "and"});
  auto is_pac = [&](int k) {
    return (facts[k].lower == kPac && facts[k].token_class == ner::kAllCapsWord) ||
           (facts[k].lower == kPacs && facts[k].token_class == ner::kCapitalizedWord);
  };
  // The first word of the committee's name before "PAC" at token `i`: the
  // capitalised words of its sentence and the connectors between two of them
  // ("Keep the Promise PAC"); a sentence's first word only when the tagger
  // made it part of a name, or right before "PAC" or a connector
  // ("Alternative PAC", "America Rising PAC", not "As Purple PAC"). `i` if
  // none.
  auto name_start = [&](int i) {
    if (facts[i].context & ner::kCaseModes) return i;
    int first = i;
    for (int k = i - 1; k >= i - facts[i].sentence_offset; --k) {
      const bool opening = facts[k].context & ner::kSentenceInitial;
      if (IsCapitalisedToken(facts[k]) && facts[k].lower != kSuper && !is_pac(k) &&
          (!opening || tags[k] != ner::kOutsideTag || k + 1 == i || facts[k + 1].token_class == ner::kLowerWord)) {
        first = k;
      } else if (!(first < i && facts[k].token_class == ner::kLowerWord && ner::Contains(kConnectors, facts[k].lower) &&
                   k > 0 && IsCapitalisedToken(facts[k - 1]))) {
        break;
      }
    }
    const bool indefinite = first < i && first > 0 && ner::Contains(kIndefinite, facts[first - 1].lower);
    return indefinite ? i : first;
  };
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i) && ner::Contains(kHyphenated, facts[i].lower)) tags[i] = ner::kOutsideTag;
    if (!is_pac(i)) continue;
    const bool tagged = tags[i] != ner::kOutsideTag;
    const int mention_first = tagged ? FirstOfRun(tags, i) : i, mention_last = tagged ? LastOfRun(tags, i) : i;
    const int first = name_start(i);
    if (first < i) {
      // A name the tagger began before the committee's stays, shortened.
      const bool cut = tags[first] != ner::kOutsideTag && !BeginsName(tags, first);
      if (cut) SetMention(FirstOfRun(tags, first), first - 1, ner::TagType(tags[first]), tags);
      SetMention(first, i, kOrgType, tags);
    } else if (mention_first == i || (mention_first + 1 == i && facts[mention_first].lower == kSuper)) {
      for (int k = mention_first; k <= i; ++k) tags[k] = ner::kOutsideTag;
    } else {
      continue;  // "Jeb Bush Super PAC"
    }
    // The committee named right after "PAC" ("super PAC Priorities USA" was MISC).
    if (mention_last > i) SetMention(i + 1, mention_last, kOrgType, tags);
  }
}

// "from Mettur for kuruvai", "the Netflix of games", "Times from": no name
// with capitals ends with a word in lower case, so such words at its end
// are cut off. Not a word with a capital or a digit inside ("Bashar
// al-Assad", "Côte d'Ivoire", "Intel Core i7") or glued to the word before
// ("D.C.-based"), nor in a text in lower case or capitals, whose words say
// nothing by their case. Over the whole document's tags, last.
void DropTrailingLowerCaseWords(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto plain_lower = [&](int k) {
    if (facts[k].token_class != ner::kLowerWord || (facts[k].context & ner::kCaseModes) ||
        !doc.tokens[k].Has(kSpaceBefore)) {
      return false;
    }
    const std::string_view text = TokenText(doc, 0, k);
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.'; });
  };
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    int end = last;
    while (end > i && plain_lower(end)) --end;
    if (plain_lower(i)) end = last;
    // (An initial alone names nothing: "S. border" of "non-U.S. citizens",
    // "Charles G. and David H. Koch"; a letter without its period may: "Mr.
    // X". The period may be a token of its own. Only before a word in lower
    // case: "posted on X. He added" ends a sentence.)
    const bool period = end == i + 1 && TokenText(doc, 0, end) == ".";
    const bool initial = (period || (end == i && TokenText(doc, 0, i).back() == '.')) && end + 1 < n &&
                         facts[end + 1].token_class == ner::kLowerWord && facts[i].token_class != ner::kLowerWord &&
                         ContainsSorted(kLetters, facts[i].lower);
    if (end < last || initial) {
      const int type = ner::TagType(tags[i]);
      for (int k = i; k <= last; ++k) tags[k] = ner::kOutsideTag;
      if (!initial) SetMention(i, end, type, tags);
    }
    i = last;
  }
}

// "Will Warren continue to face the heat, or will …?": a question that opens
// with "Will" before a name and a verb in lower case asks about the person;
// "Will" is no given name there (it made "Will Warren" a person). Only when
// the document names the person without it ("Elizabeth Warren", "Warren")
// and never writes "Will" and that name inside a sentence, as it would
// "Will Smith". Over the whole document's tags.
void DropQuestionWill(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kWill = WordHashes({"will"})[0];
  static constexpr auto kEnds = WordHashes({".", "!", "?"});
  static constexpr uint64_t kQuestionMark = WordHashes({"?"})[0];
  constexpr int kMaxQuestionTokens = 40;
  // Whether the sentence of token `k` ends in a question mark.
  auto in_question = [&](int k) {
    int end = k;
    while (end < n && end <= k + kMaxQuestionTokens && !ner::Contains(kEnds, facts[end].lower)) ++end;
    return end < n && facts[end].lower == kQuestionMark;
  };
  // A capitalised "Will" with a word after it.
  auto will_at = [&](int k) { return facts[k].lower == kWill && IsCapitalisedToken(facts[k]) && k + 1 < n; };
  // A question that opens with "Will" and a person's name at token `i`.
  auto asks_about = [&](int i) {
    if (!will_at(i) || tags[i] != ner::MakeTag(kPersonType, ner::kBegin) ||
        !(facts[i].context & ner::kSentenceInitial)) {
      return false;
    }
    const int last = LastOfRun(tags, i);
    return last + 1 < n && facts[last + 1].token_class == ner::kLowerWord && in_question(last + 1);
  };
  // Most documents hold no such question: nothing more to do for them.
  int first_question = 0;
  while (first_question + 2 < n && !asks_about(first_question)) ++first_question;
  if (first_question + 2 >= n) return;
  // One pass for what the document says elsewhere: the words after "Will"
  // outside questions, and the last words of persons named without "Will".
  std::vector<uint64_t> with_will, without_will;
  for (int k = 0; k < n; ++k) {
    if (will_at(k) && !in_question(k)) with_will.push_back(facts[k + 1].lower);
    if (EndsName(tags, k) && ner::TagType(tags[k]) == kPersonType && facts[FirstOfRun(tags, k)].lower != kWill) {
      without_will.push_back(facts[k].lower);
    }
  }
  std::sort(with_will.begin(), with_will.end());
  std::sort(without_will.begin(), without_will.end());
  for (int i = first_question; i + 2 < n; ++i) {
    if (!asks_about(i)) continue;
    const int last = LastOfRun(tags, i);
    if (std::binary_search(with_will.begin(), with_will.end(), static_cast<uint64_t>(facts[i + 1].lower)) ||
        !std::binary_search(without_will.begin(), without_will.end(), static_cast<uint64_t>(facts[last].lower))) {
      continue;
    }
    tags[i] = ner::kOutsideTag;
    SetMention(i + 1, last, kPersonType, tags);
  }
}

// "its new Water (Special Measures) Act": a law's name with a bracketed
// part is one MISC name, brackets and all (the tagger made "Water" a
// person). Capitalised words before the brackets and inside them, "Act"
// after them, and the year after that if there is one. Over the whole
// document's tags.
void ApplyBracketedActs(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kAct = WordHashes({"act"})[0];
  constexpr int kMaxWords = 4;
  for (int act = 3; act < n; ++act) {
    if (facts[act].lower != kAct || facts[act].token_class != ner::kCapitalizedWord ||
        facts[act - 1].lower != kCloseBracket) {
      continue;
    }
    int open = act - 2;
    while (open > 0 && act - open <= kMaxWords + 1 && IsCapitalisedToken(facts[open])) --open;
    if (facts[open].lower != kOpenBracket || open == act - 2) continue;
    int first = open;
    while (first > 0 && open - first < kMaxWords && IsCapitalisedToken(facts[first - 1])) --first;
    if (first == open) continue;
    const bool year = act + 1 < n && facts[act + 1].token_class == ner::kNumberToken;
    SetMention(first, year ? act + 1 : act, kMiscType, tags);
  }
}

// "Title IX", "provisions in Title IV", "Title 42 expulsions": a title of a
// code of laws, MISC (the tagger left them untagged). Not part of a longer
// name ("Title IX Coordinator" is the tagger's). So is an amendment numbered
// with digits ("removal of Trump by the 25th Amendment" made "Amendment" a
// place). Over the whole document's tags.
void ApplyLegalTitles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kTitle = WordHashes({"title"})[0];
  // (Lower forms fold digits to 0.)
  static constexpr auto kOrdinalNumbers = WordHashes({"0st", "0nd", "0rd", "0th", "00st", "00nd", "00rd", "00th"});
  static constexpr auto kAmendments = WordHashes({"amendment", "amendments"});
  for (int i = 0; i + 1 < n; ++i) {
    if (ner::Contains(kOrdinalNumbers, facts[i].lower) && tags[i] == ner::kOutsideTag &&
        facts[i + 1].token_class == ner::kCapitalizedWord && ner::Contains(kAmendments, facts[i + 1].lower) &&
        (tags[i + 1] == ner::kOutsideTag || IsLoneName(tags, i + 1))) {
      SetMention(i, i + 1, kMiscType, tags);
      continue;
    }
    if (facts[i].lower != kTitle || facts[i].token_class != ner::kCapitalizedWord || tags[i] != ner::kOutsideTag ||
        tags[i + 1] != ner::kOutsideTag) {
      continue;
    }
    const bool roman = IsRomanNumeral(facts[i + 1]);
    const bool number = facts[i + 1].token_class == ner::kNumberToken;
    if (!roman && !number) continue;
    if (i + 2 < n && tags[i + 2] != ner::kOutsideTag && !BeginsName(tags, i + 2)) continue;
    SetMention(i, i + 1, kMiscType, tags);
  }
}

// "posted on X", "organised on TikTok and X.": the platform X is a company,
// after "on" or after a listed company and "and" or "or" (the tagger left it
// out, or made "TikTok and X." one place, or "X." an initial). Not before
// a capitalised word, where it is a name's initial ("on X. Smith"). Over the
// whole document's tags.
void ApplyPlatformX(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kX = WordHashes({"x", "x."});
  static constexpr uint64_t kOn = WordHashes({"on"})[0], kOr = WordHashes({"or"})[0];
  for (int i = 1; i < n; ++i) {
    if (!ner::Contains(kX, facts[i].lower) || !IsCapitalisedToken(facts[i]) || (facts[i].context & ner::kCaseModes) ||
        (i + 1 < n && IsCapitalisedToken(facts[i + 1]) && !(facts[i + 1].context & ner::kSentenceInitial))) {
      continue;
    }
    const bool after_on = facts[i - 1].lower == kOn && facts[i - 1].token_class == ner::kLowerWord;
    const bool after_company = i >= 2 && (facts[i - 1].lower == kAnd || facts[i - 1].lower == kOr) &&
                               IsListedOrganisation(facts, i - 2, i - 2);
    if (!after_on && !after_company) continue;
    if (after_company) {
      // (Not inside a longer name that the company ends.)
      if (tags[i - 2] != ner::kOutsideTag && FirstOfRun(tags, i - 2) != i - 2) continue;
      SetMention(i - 2, i - 2, kOrgType, tags);
      tags[i - 1] = ner::kOutsideTag;
    }
    tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
  }
}

// "demonstrations led largely by Gen Z protesters": a generation is a group
// of people, MISC like a people's name, not an organisation (the tagger's).
// Over the whole document's tags.
void RetypeGenerations(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kGen = WordHashes({"gen"})[0];
  static constexpr auto kCohorts = WordHashes({"x", "y", "z", "alpha"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].lower != kGen || facts[i].token_class != ner::kCapitalizedWord || !BeginsName(tags, i) ||
        LastOfRun(tags, i) != i + 1 || !ner::Contains(kCohorts, facts[i + 1].lower) ||
        !IsCapitalisedToken(facts[i + 1])) {
      continue;
    }
    SetMention(i, i + 1, kMiscType, tags);
    ++i;
  }
}

// "passing House Bill 6", "Senate Bill 1047", "voters approved Proposition
// 22", "Security Council Resolution 1701": a numbered bill, ballot measure or
// a body's resolution is MISC, the chamber's name in it (the tagger made
// "House" an organisation and left the rest out; "1701" was a date). Over
// the whole document's tags.
void ApplyNumberedBills(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kChambers = WordHashes({"house", "senate", "assembly"});
  static constexpr auto kBills = WordHashes({"bill", "resolution"});
  static constexpr auto kNumberedMeasures = WordHashes({"proposition", "resolution"});
  static constexpr auto kJointKinds = WordHashes({"joint", "concurrent"});
  auto capitalised_in = [&](int k, auto words) {
    return facts[k].token_class == ner::kCapitalizedWord && ner::Contains(words, facts[k].lower);
  };
  auto free_or_lone = [&](int k) { return tags[k] == ner::kOutsideTag || IsLoneName(tags, k); };
  for (int i = 0; i + 1 < n; ++i) {
    int last = -1;  // the number's token
    if (i + 2 < n && capitalised_in(i, kChambers) && capitalised_in(i + 1, kBills) && free_or_lone(i) &&
        free_or_lone(i + 1)) {
      last = i + 2;
    } else if (capitalised_in(i, kNumberedMeasures) && free_or_lone(i)) {
      last = i + 1;
    }
    if (last < 0 || facts[last].token_class != ner::kNumberToken || tags[last] != ner::kOutsideTag ||
        (last + 1 < n && IsCapitalisedToken(facts[last + 1]))) {
      continue;
    }
    // "U.S.G. Joint Resolution 36-01": the kind of resolution is the
    // measure's, not the end of its body's name.
    int first = i;
    if (i > 0 && capitalised_in(i - 1, kJointKinds)) {
      first = i - 1;
      if (tags[first] != ner::kOutsideTag) {
        const int body = FirstOfRun(tags, first), type = ner::TagType(tags[first]);
        for (int k = body; k <= first; ++k) tags[k] = ner::kOutsideTag;
        if (body < first) SetMention(body, first - 1, type, tags);
      }
    }
    SetMention(first, last, kMiscType, tags);
    i = last;
  }
}

// "The Taoiseach said …", "the Chancellor told MPs", "return as
// Taoiseach": a title alone after "the" or "as" describes the person
// holding it and names no one (a name of the tagger's, a person, or "the
// Pope" a place); "said King" after neither stays, and so does a
// title that is someone's name elsewhere in the document ("the Justice
// properties" of "Mr. Justice"). Over the whole document's tags.
void DropTitlesAfterArticle(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  auto lone_title = [&](int i) {
    const int type = ner::TagType(tags[i]);  // not an organisation: "the Justice deals" (the Department)
    return IsLoneName(tags, i) && (type == kPersonType || type == kLocType) &&
           (facts[i - 1].lower == kThe || facts[i - 1].lower == kAs) && facts[i].token_class == ner::kCapitalizedWord &&
           ner::IsTitle(facts[i].lower);
  };
  std::vector<uint64_t> lone_titles, named;  // most documents have none of the first
  for (int i = 1; i < n; ++i) {
    if (lone_title(i)) lone_titles.push_back(static_cast<uint64_t>(i));
  }
  if (lone_titles.empty()) return;
  for (int k = 0; k < n; ++k) {
    if (tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kPersonType && (k == 0 || !lone_title(k))) {
      named.push_back(facts[k].lower);
    }
  }
  std::sort(named.begin(), named.end());
  for (const uint64_t i : lone_titles) {
    if (!std::binary_search(named.begin(), named.end(), uint64_t{facts[i].lower})) tags[i] = ner::kOutsideTag;
  }
}

// "That is the oath Senators swore", "Governors met in Denver": a plural
// office alone names no one (it was an organisation), unless the document
// names a team with it ("Ottawa Senators … the Senators won", "Senators 4,
// Red Wings 3"). Over the whole document's tags.
void DropLonePluralOffices(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPluralOffices =
      WordHashes({"senators", "governors", "ministers", "mayors", "congressmen", "congresswomen", "lawmakers",
                  "legislators", "judges", "justices", "ambassadors", "presidents", "commissioners"});
  bool team = false;
  for (int i = 0; i < n && !team; ++i) {
    if (!ner::Contains(kPluralOffices, facts[i].lower)) continue;
    const bool in_longer_name = i > 0 && tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) == ner::kLast;
    const bool score = i + 1 < n && facts[i + 1].token_class == ner::kNumberToken;  // "Senators 4, Red Wings 3"
    team = in_longer_name || score;
  }
  if (team) return;
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i) && facts[i].token_class == ner::kCapitalizedWord &&
        ner::Contains(kPluralOffices, facts[i].lower)) {
      tags[i] = ner::kOutsideTag;
    }
  }
}

// "Obamacare", "Trumpcare", "Medicare": a programme of care, no person (the
// tagger made "Obamacare" one, after the name inside it), but MISC. Over the
// whole document's tags.
void RetypeCarePrograms(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPrograms = WordHashes({"obamacare", "trumpcare", "romneycare", "medicare", "medicaid"});
  for (int i = 0; i < n; ++i) {
    if (IsLoneName(tags, i) && ner::TagType(tags[i]) == kPersonType && ner::Contains(kPrograms, facts[i].lower)) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kMiscType, ner::kUnit));
    }
  }
}

// Colours in lower form.
constexpr auto kColours = WordHashes(
    {"black", "white", "green", "gray", "grey", "blue", "red", "pink", "purple", "yellow", "silver", "gold"});

// "a silver Vauxhall Corsa", "a black Ford Fiesta", "the black Monoprice
// Essentials cable": a maker's name and a model's after an article and a
// colour in lower case are a product, MISC (the tagger made them the
// maker, an organisation, or a place). Two or three capitalised words. Over
// the whole document's tags.
void ApplyColouredVehicles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  for (int i = 1; i + 2 < n; ++i) {
    if (!IsLowerWordIn(facts, n, i, kColours) || !IsLowerWordIn(facts, n, i - 1, kArticles) ||
        ner::TagPosition(tags[i + 1]) != ner::kBegin || tags[i + 1] == ner::kOutsideTag) {
      continue;
    }
    const int last = LastOfRun(tags, i + 1);
    bool capitalised = last - i <= 3;
    for (int k = i + 1; capitalised && k <= last; ++k) capitalised = facts[k].token_class == ner::kCapitalizedWord;
    if (capitalised) SetMention(i + 1, last, kMiscType, tags);
  }
}

// "iPhone 7, 32GB – Black (Renewed)", "Sport Band: White": a colour alone
// names no one (it was a person or a place) unless the document names
// someone in full with it ("Jack White … White said"), a title stands
// before it ("Mr. Green") or a verb after it. Not "Brown", far more often
// a surname than a product's colour. Over the whole document's tags.
void DropLoneColours(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kAuxiliaries =
      WordHashes({"is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "scored", "won"});
  auto colour = [&](int k) -> int {
    for (size_t c = 0; c < kColours.size(); ++c) {
      if (facts[k].lower == kColours[c]) return static_cast<int>(c);
    }
    return -1;
  };
  uint32_t ends_longer_name = 0;  // bit c: a name of two words or more ends in colour c
  for (int i = 1; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kLast) continue;
    const int c = colour(i);
    if (c >= 0) ends_longer_name |= 1u << c;
  }
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit || ner::TagType(tags[i]) == kMiscType ||
        !IsCapitalisedToken(facts[i])) {
      continue;
    }
    const int c = colour(i);
    if (c < 0 || (ends_longer_name >> c & 1) || (i > 0 && IsTitleToken(facts[i - 1]))) continue;
    // A person's surname alone as a subject stays: "Green is not a better
    // player than Barkley", "White said".
    if ((facts[i].cues & ner::kCueBeforeSpeechVerb) || (i + 1 < n && ner::Contains(kAuxiliaries, facts[i + 1].lower))) {
      continue;
    }
    tags[i] = ner::kOutsideTag;
  }
}

// A one-word name in quotation marks after a person's possessive or a noun
// of works is the work, MISC: "Chloé Zhao's “Hamnet,”" and "the film
// “Hamnet”" made the title a person ("Zhao's “Nomadland”" and "the album
// “Renaissance”" too). Not in headlines or lower-case text.
void ApplyQuotedWorks(const Document& doc, const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  static constexpr auto kWorks = WordHashes(
      {"film", "movie",   "novel", "book",        "memoir",  "album", "song",     "single", "series", "show",
       "play", "musical", "opera", "documentary", "podcast", "poem",  "painting", "sitcom", "drama",  "thriller"});
  static constexpr auto kYesNo = WordHashes({"yes", "no"});
  static constexpr auto kLabels = WordHashes(
      {"vote", "votes", "slogan", "message", "email",  "pitch",  "jibe",     "bill",  "campaign", "plan",   "speech",
       "post", "tweet", "remark", "label",   "policy", "agenda", "doctrine", "motto", "brand",    "moment", "era"});
  for (int open = 1; open + 2 < n; ++open) {
    const int word = open + 1;
    if (!IsDoubleQuote(doc, begin + open) || (facts[open].context & ner::kCaseModes) ||
        !IsCapitalisedToken(facts[word])) {
      continue;
    }
    int close = word + 1;
    if (close + 1 < n && facts[close].token_class == ner::kOtherToken && !IsDoubleQuote(doc, begin + close)) {
      const Token& mark = doc.tokens[begin + close];
      const std::string_view text = doc.Text(Span{mark.begin, mark.end});
      if (text == "," || text == ".") ++close;
    }
    if (!IsDoubleQuote(doc, begin + close)) continue;
    const int before = open - 1;
    // Not a vote or a label: "Collins's “No” vote", "Starmer's “Change” slogan".
    const bool label =
        ner::Contains(kYesNo, facts[word].lower) || (close + 1 < n && IsLowerWordIn(facts, n, close + 1, kLabels));
    const bool owner = before > 0 && ner::Contains(kPossessives, facts[before].lower) && EndsName(tags, before - 1) &&
                       ner::TagType(tags[before - 1]) == kPersonType && !label;
    const bool work = IsLowerWordIn(facts, n, before, kWorks) && !ner::Contains(kYesNo, facts[word].lower);
    const bool alone = tags[word] == ner::kOutsideTag || IsLoneName(tags, word);
    if ((owner || work) && alone) tags[word] = ner::MakeTag(kMiscType, ner::kUnit);
    open = close;
  }
}

// "won the best director Oscar", "nominated for an Oscar for best actor":
// an award that is also a given name is the award, MISC, after its
// category and before the end of the clause or a word such as "for" or
// "nomination", or a few lower-case words after a verb of winning (the
// tagger made "Oscar" a person; "the best Tony could do", "the film Oscar
// directed", "said Oscar" and "Oscar Piastri" stay persons).
void ApplyAwardNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kAwards =
      WordHashes({"oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "tony", "tonys", "bafta", "baftas"});
  static constexpr auto kCategories =
      WordHashes({"director", "actor", "actress", "picture", "song", "score", "screenplay", "honorary", "supporting",
                  "documentary", "album", "comedy", "drama"});
  static constexpr auto kWinning =
      WordHashes({"won", "win", "wins", "winning", "nominated", "received", "earned", "collected", "scooped", "bagged",
                  "awarded", "claimed", "took", "got", "gotten", "get", "gets"});
  static constexpr auto kAwardWords = WordHashes({"award", "awards", "prize", "prizes"});
  static constexpr auto kAwardNouns = WordHashes({"ceremony", "ceremonies", "nomination", "nominations", "nod", "nods",
                                                  "winner", "winners", "statuette", "campaign", "race"});
  static constexpr auto kAfterAwards =
      WordHashes({"for", "nomination", "nominations", "nod", "nods", "win", "wins", "winner", "winners", "race",
                  "campaign", "ceremony", "statuette", "and", "or", "in", "at"});
  for (int i = 1; i < n; ++i) {
    if (!IsCapitalisedToken(facts[i]) || !ner::Contains(kAwards, facts[i].lower)) continue;
    const bool category = IsLowerWordIn(facts, n, i - 1, kCategories);
    // A verb of winning a few lower-case words before ("won his first
    // Grammy last year", "took home the Tony"), with nothing capitalised
    // after it.
    bool won = false;
    for (int k = i - 1; k >= 0 && k >= i - 4 && !won && facts[k].token_class == ner::kLowerWord; --k) {
      won = ner::Contains(kWinning, facts[k].lower);
    }
    const bool next_capitalised = i + 1 < n && IsCapitalisedToken(facts[i + 1]);
    const bool ends =
        i + 1 == n || facts[i + 1].token_class == ner::kOtherToken || (IsLowerWordIn(facts, n, i + 1, kAfterAwards));
    // Or before a word only an award goes with: "the first Oscar ceremony",
    // "Tony nominations", "Oscar winner Emma Stone".
    const bool award_noun = i + 1 < n && IsLowerWordIn(facts, n, i + 1, kAwardNouns);
    // Or after another award and "and": "28 Grammy Awards and an Emmy",
    // "three Emmys and a Tony".
    int k = i - 1;
    if (k > 0 && (facts[k].token_class == ner::kNumberToken || IsLowerWordIn(facts, n, k, kArticles))) --k;
    const bool after_award =
        k > 0 && IsLowerWordIn(facts, n, k, kAndOr) && !next_capitalised &&
        (ner::Contains(kAwards, facts[k - 1].lower) || ner::Contains(kAwardWords, facts[k - 1].lower)) &&
        tags[k - 1] != ner::kOutsideTag && ner::TagType(tags[k - 1]) == kMiscType;
    const bool award = (category && ends) || (won && !next_capitalised) || award_noun || after_award;
    if (award && (tags[i] == ner::kOutsideTag || IsLoneName(tags, i))) {
      tags[i] = ner::MakeTag(kMiscType, ner::kUnit);
    }
  }
}

// "told Variety", "said in an interview with People", "spoke to Wired": a
// magazine or site whose name is an English word, after "told" or after a
// speech word and "to" or "with", is the organisation (the tagger made
// "Variety" a person). Not before "who" or "of" ("told People who …"), nor
// in headlines, where every word is capitalised.
void ApplyMediaWords(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kMedia = WordHashes({"variety", "people", "deadline", "billboard", "vogue", "politico", "axios",
                                             "semafor", "wired", "slate", "vox", "esquire", "elle"});
  static constexpr uint64_t kTold = WordHashes({"told"})[0];
  static constexpr auto kToWith = WordHashes({"to", "with"});
  static constexpr auto kSpeech =
      WordHashes({"said", "says", "spoke", "speaking", "talked", "talking", "interview", "explained", "confirmed",
                  "revealed", "admitted", "added", "insisted", "statement", "according"});
  static constexpr auto kNotAfter = WordHashes({"who", "of", "whose", "which"});
  for (int i = 1; i < n; ++i) {
    if (!IsCapitalisedToken(facts[i]) || !ner::Contains(kMedia, facts[i].lower) ||
        (facts[i].context & ner::kCaseModes) || (i + 1 < n && IsCapitalisedToken(facts[i + 1])) ||
        IsLowerWordIn(facts, n, i + 1, kNotAfter)) {
      continue;
    }
    const bool told = facts[i - 1].token_class == ner::kLowerWord && facts[i - 1].lower == kTold;
    // ("According to Variety" opens its sentence.)
    const bool speech =
        i >= 2 && facts[i - 2].token_class != ner::kOtherToken && ner::Contains(kSpeech, facts[i - 2].lower);
    if (!told && !(IsLowerWordIn(facts, n, i - 1, kToWith) && speech)) continue;
    if (tags[i] == ner::kOutsideTag || IsLoneName(tags, i)) {
      tags[i] = ner::MakeTag(kOrgType, ner::kUnit);
    }
  }
}

// "told the Nation", "told the Groat": whom one tells "the" and one
// capitalised word is a paper or a body, an organisation (the tagger made
// Kenya's "Nation" a place, Caithness's "Groat" a person or MISC). Not a
// place or a people a list knows ("told the Philippines", "told the
// Americans"), nor a word before a noun or another name.
void ApplyOutletsAfterTold(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kTold = WordHashes({"told", "tells", "telling", "tell"});
  // What may follow the listener: its clause or a phrase of time or place,
  // not a noun it modifies ("told the Biblical story").
  static constexpr auto kClauseGoesOn =
      WordHashes({"that", "he",   "she", "it",    "they",   "we",     "i",       "on",  "in",  "at",  "about",
                  "last", "this", "how", "why",   "what",   "when",   "there",   "his", "her", "its", "their",
                  "the",  "a",    "an",  "after", "before", "during", "earlier", "by",  "of",  "was", "is"});
  for (int i = 2; i < n; ++i) {
    if (!IsLoneName(tags, i) || ner::TagType(tags[i]) == kOrgType || facts[i].token_class != ner::kCapitalizedWord ||
        (facts[i].context & ner::kCaseModes) || facts[i - 1].token_class != ner::kLowerWord ||
        facts[i - 1].lower != kThe || !IsLowerWordIn(facts, n, i - 2, kTold) ||
        (i + 1 < n && facts[i + 1].token_class != ner::kOtherToken && !IsLowerWordIn(facts, n, i + 1, kClauseGoesOn)) ||
        (facts[i].gazetteer & (AnyPosition(kPlaceBit) | AnyPosition(kCountryBit) | AnyPosition(kDemonymBit)))) {
      continue;
    }
    tags[i] = ner::MakeTag(kOrgType, ner::kUnit);
  }
  // A broadcaster's or paper's desk told without "the": "told RTÉ Sport" was
  // a person, who then took the manager's "He added" (MISC and known places
  // too, which RetypeBroadcasters leaves).
  for (int i = 1; i + 1 < n; ++i) {
    if (!IsLowerWordIn(facts, n, i - 1, kTold) || !BeginsName(tags, i) || ner::TagType(tags[i]) == kOrgType) continue;
    const int last = LastOfRun(tags, i);
    if (last > i && IsCapitalisedToken(facts[last]) && ner::Contains(kBroadcastDesks, facts[last].lower)) {
      SetMention(i, last, kOrgType, tags);
    }
  }
}

// Months in Portuguese, Spanish, French, Italian and German ("Julho (155)"
// in a blog's archive was a person 15 times on one page): beside a number,
// an opening bracket or "de", such a word is a date's, no name. (Not
// alone: "Julio" and "Mai" are given names too.) Lower-form hashes.
void DropForeignMonths(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kMonths = WordHashes({
      "janeiro",  "fevereiro", "março",      "abril",    "maio",      "junho",     "julho",     "agosto",
      "setembro", "outubro",   "novembro",   "dezembro", "enero",     "febrero",   "marzo",     "mayo",
      "junio",    "julio",     "septiembre", "octubre",  "noviembre", "diciembre", "janvier",   "février",
      "avril",    "juin",      "juillet",    "août",     "septembre", "octobre",   "novembre",  "décembre",
      "gennaio",  "febbraio",  "aprile",     "maggio",   "giugno",    "luglio",    "settembre", "ottobre",
      "dicembre", "januar",    "februar",    "märz",     "juni",      "juli",      "oktober",   "dezember",
  });
  static constexpr auto kOpenings = WordHashes({"(", "de", "del"});
  static constexpr uint64_t kDe = WordHashes({"de"})[0];
  for (int i = 0; i < n; ++i) {
    if (tags[i] == ner::kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit ||
        !ner::Contains(kMonths, facts[i].lower)) {
      continue;
    }
    const bool number_after =
        i + 1 < n && (facts[i + 1].token_class == ner::kNumberToken || ner::Contains(kOpenings, facts[i + 1].lower));
    const bool number_before = i > 0 && (facts[i - 1].token_class == ner::kNumberToken || facts[i - 1].lower == kDe);
    if (number_after || number_before) tags[i] = ner::kOutsideTag;
  }
}

// "former Miss Universe Alicia Machado", "Mr. Olympia": "Miss" or "Mr."
// before a world, a country or a contest's word is a pageant's title, MISC
// (the honorific made "Universe" a person). The person after it stays.
void ApplyPageantTitles(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPageantHonorifics = WordHashes({"miss", "mr", "mr.", "mister", "ms", "ms."});
  static constexpr auto kPageantWords =
      WordHashes({"universe", "world", "america", "usa", "earth", "teen", "international", "olympia"});
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kPageantHonorifics, facts[i].lower) ||
        !IsCapitalisedToken(facts[i + 1]) || !ner::Contains(kPageantWords, facts[i + 1].lower)) {
      continue;
    }
    // The title's words alone, whatever the tagger joined to them.
    const bool own_run = tags[i + 1] == ner::kOutsideTag || IsLoneName(tags, i + 1) ||
                         (ner::TagPosition(tags[i + 1]) == ner::kLast && tags[i] != ner::kOutsideTag &&
                          ner::TagPosition(tags[i]) == ner::kBegin);
    if (!own_run || (tags[i] != ner::kOutsideTag && ner::TagPosition(tags[i]) != ner::kBegin &&
                     ner::TagPosition(tags[i]) != ner::kUnit)) {
      continue;
    }
    SetMention(i, i + 1, kMiscType, tags);
    ++i;
  }
}

// "Britain's Sun newspaper reported", "the Guardian newspaper": a name
// right before "newspaper" or "tabloid" is the paper, an organisation (the
// tagger left "Sun" out; "Guardian" and "Times" are words too). Not inside a
// longer name.
void ApplyNewspaperNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPaperNouns = WordHashes({"newspaper", "tabloid"});
  for (int i = 1; i < n; ++i) {
    if (!IsLowerWordIn(facts, n, i, kPaperNouns) || tags[i] != ner::kOutsideTag ||
        facts[i - 1].token_class != ner::kCapitalizedWord || (facts[i - 1].context & ner::kCaseModes)) {
      continue;
    }
    const int last = i - 1;
    if (tags[last] == ner::kOutsideTag) {
      // An untagged word or two ("Sun", "Daily Mail"), not opening the
      // sentence ("The newspaper has", "If newspaper endorsements").
      if (facts[last].context & ner::kSentenceInitial) continue;
      int first = last;
      if (first > 0 && tags[first - 1] == ner::kOutsideTag && facts[first - 1].token_class == ner::kCapitalizedWord &&
          !(facts[first - 1].context & ner::kSentenceInitial)) {
        --first;
      }
      SetMention(first, last, kOrgType, tags);
    } else if (ner::TagPosition(tags[last]) == ner::kUnit || ner::TagPosition(tags[last]) == ner::kLast) {
      // Not a people's adjective ("A British newspaper said").
      const int first = FirstOfRun(tags, last);
      if (ner::TagType(tags[last]) == kMiscType && (facts[first].gazetteer & AnyPosition(kDemonymBit))) continue;
      SetMention(first, last, kOrgType, tags);
    }
  }
}

// "the Orlando Sentinel", "the Charlotte Observer", "the Washington
// Examiner": a place's name and a newspaper's word are the paper, an
// organisation (the tagger made all three persons, as Orlando, Charlotte and
// Washington are given names too). Not without the place: "Heath Ledger".
void ApplyCityNewspapers(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPaperWords =
      WordHashes({"observer", "examiner", "sentinel", "tribune", "herald", "gazette", "chronicle", "courier", "beacon",
                  "inquirer", "enquirer", "dispatch", "ledger", "bulletin", "statesman"});
  for (int i = 1; i < n; ++i) {
    if (!EndsName(tags, i) || ner::TagType(tags[i]) == kOrgType || !IsCapitalisedToken(facts[i]) ||
        !ner::Contains(kPaperWords, facts[i].lower)) {
      continue;
    }
    const int first = FirstOfRun(tags, i);
    if (first < i && (facts[first].gazetteer & kKnownPlaceBits)) SetMention(first, i, kOrgType, tags);
  }
}

// "a study published in Nature Medicine", "published in the journal Science
// Advances", "published in The Lancet", "writing in The Telegraph", "The
// Australian" (a people's word after "The", which the name holds): what a
// study or an article is published or written in is a journal or a paper,
// an organisation (the tagger made the first two and the last places). Not a
// place or a language a list knows ("published in London", "in Spanish").
void ApplyPublishedIn(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kPublished = WordHashes({"published", "writing", "wrote", "writes"});
  static constexpr auto kJournalNouns = WordHashes({"journal", "magazine"});
  for (int i = 0; i + 2 < n; ++i) {
    if (!IsLowerWordIn(facts, n, i, kPublished) || facts[i + 1].lower != kIn) continue;
    int k = i + 2;
    const int the = k;
    const bool title_the =
        facts[k].lower == kThe && tags[k] == ner::kOutsideTag && facts[k].token_class == ner::kCapitalizedWord;
    if (facts[k].lower == kThe && tags[k] == ner::kOutsideTag) ++k;
    if (IsLowerWordIn(facts, n, k, kJournalNouns)) ++k;
    // A people's word after "The" is a paper's name ("The Australian").
    const uint32_t not_a_paper = title_the ? kKnownPlaceBits : kKnownPlaceBits | AnyPosition(kDemonymBit);
    if (k >= n || (ner::TagPosition(tags[k]) != ner::kBegin && ner::TagPosition(tags[k]) != ner::kUnit) ||
        tags[k] == ner::kOutsideTag || (facts[k].gazetteer & not_a_paper)) {
      continue;
    }
    const int type = ner::TagType(tags[k]);
    const bool people = facts[k].gazetteer & AnyPosition(kDemonymBit);  // only after "The", as above
    if (type == kLocType || type == kPersonType || type == kMiscType) {
      SetMention(people ? the : k, LastOfRun(tags, k), kOrgType, tags);
    }
  }
  // Wherever it stands, a name right after "the journal" or one that holds
  // the word Journal is the journal: "published on Monday in the journal
  // Nature Geoscience" (a person), "The New England Journal of Medicine" (a
  // place).
  static constexpr uint64_t kJournal = WordHashes({"journal"})[0];
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    bool journal = i >= 2 && facts[i - 1].lower == kJournal && facts[i - 1].token_class == ner::kLowerWord &&
                   facts[i - 2].lower == kThe && !(facts[i].gazetteer & kKnownPlaceBits);
    for (int k = i; k <= last && !journal; ++k) {
      journal = facts[k].lower == kJournal && facts[k].token_class == ner::kCapitalizedWord;
    }
    if (journal && ner::TagType(tags[i]) != kOrgType) SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// "City manager Pep Guardiola told", "striker Erling Haaland": a name the
// tagger called an organisation (or a place, or MISC of two words or more)
// right after a noun for a person's role is the person, when no list knows it for a company and it
// ends in no institution's head ("asset manager BlackRock" is a company's
// role).
void ApplyRoleNounPersons(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr const auto& kRoles = kPersonRoles;
  static constexpr auto kFirmRoles =
      WordHashes({"asset", "fund", "investment", "money", "portfolio", "hedge", "wealth"});
  // "TM Roh, head of Samsung's mobile business, said": the role after a
  // comma and before "of" or "at".
  static constexpr auto kHeads =
      WordHashes({"head", "chief", "director", "president", "founder", "chairman", "chairwoman", "spokesman",
                  "spokeswoman", "spokesperson", "secretary", "minister", "professor", "ceo"});
  static constexpr auto kOfAt = WordHashes({"of", "at"});
  static constexpr uint64_t kLeader = WordHashes({"leader"})[0];
  // A leader of a league, a market or an industry is a club's or a firm's.
  static constexpr auto kRankings = WordHashes({"league", "market", "industry", "global", "world", "table", "group",
                                                "sector", "series", "points", "category", "division"});
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i);
    // (MISC too, of two words or more: "teammate Oscar Piastri", where the
    // tagger saw the award.)
    const bool long_misc = ner::TagType(tags[i]) == kMiscType && last > i;
    if (ner::TagType(tags[i]) != kOrgType && ner::TagType(tags[i]) != kLocType && !long_misc) {
      i = last;
      continue;
    }
    // ("Conservative leader Kemi Badenoch": a leader's name has two words
    // at least, after a capitalised word: a party, a movement, a country.)
    auto leader_at = [&](int k) {
      return k >= 1 && facts[k].token_class == ner::kLowerWord && facts[k].lower == kLeader &&
             IsCapitalisedToken(facts[k - 1]) && !ner::Contains(kRankings, facts[k - 1].lower);
    };
    const bool leader = last > i && leader_at(i - 1);
    const bool place = ner::TagType(tags[i]) == kLocType;
    // (Not "Investment manager Schroders", nor "the manager Chelsea sacked",
    // where the club is the subject of a relative clause; a place no list
    // knows is rarely that: "the rapper Kanye West released".)
    const bool firm_role = i >= 2 && ner::Contains(kFirmRoles, facts[i - 2].lower);
    const bool relative = !place && i >= 2 && facts[i - 2].lower == kThe && last + 1 < n &&
                          facts[last + 1].token_class == ner::kLowerWord;
    const bool role_before = (IsLowerWordIn(facts, n, i - 1, kRoles) || leader) && !firm_role && !relative;
    // "The Tory leader, Kemi Badenoch, attacked": the role and the name in
    // apposition between commas.
    const bool apposed = i >= 3 && facts[i - 1].lower == kComma && last + 1 < n && facts[last + 1].lower == kComma &&
                         !ner::Contains(kFirmRoles, facts[i - 3].lower);
    const bool role_apposed = apposed && (IsLowerWordIn(facts, n, i - 2, kRoles) || leader_at(i - 2));
    // (The name opens its clause: not "the boards of Crystal Palace,
    // director of football at Brentford".)
    const bool opens = i == 0 || facts[i - 1].token_class == ner::kOtherToken;
    const bool role_after = opens && last + 3 < n && last > i && facts[last + 1].lower == kComma &&
                            IsLowerWordIn(facts, n, last + 2, kHeads) && IsLowerWordIn(facts, n, last + 3, kOfAt);
    bool words = true;
    for (int k = i; k <= last && words; ++k) words = IsCapitalisedToken(facts[k]);
    // (Not a service's name before a title: "spokesman Navy Capt. Jeff Davis".)
    const bool more = last + 1 < n && IsCapitalisedToken(facts[last + 1]);
    // A name tagged a place is the person only when no list knows it for a
    // place ("the rapper Kanye West"; not "governor Texas").
    const bool known_place = place && IsListedPlace(facts, i, last);
    if ((role_before || role_apposed || role_after) && words && !more && last - i < 3 &&
        (place || !NamesCompany(facts, i, last)) && !IsInstitutionHead(facts[last]) && !known_place) {
      SetMention(i, last, kPersonType, tags);
    }
    i = last;
  }
}

// "a Service of Thanksgiving for the life of …", "the Service of Nine
// Lessons and Carols": a rite's name, MISC, over the capitalised words and
// "and" after "Service of" (the tagger made "A Service" a person).
void ApplyRites(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kArticles = WordHashes({"a", "the"});
  for (int k = 0; k + 2 < n; ++k) {
    if (!IsCapitalisedToken(facts[k]) || !OpensRite(facts, n, k) || facts[k + 1].lower != kOf) continue;
    int end = k + 2;
    while (end + 1 < n && (IsCapitalisedToken(facts[end + 1]) ||
                           (facts[end + 1].lower == kAnd && end + 2 < n && IsCapitalisedToken(facts[end + 2])))) {
      end += IsCapitalisedToken(facts[end + 1]) ? 1 : 2;
    }
    // What was tagged up to "Service" ends before it; an article alone names nothing.
    if (k > 0 && tags[k - 1] != ner::kOutsideTag) {
      const int first = FirstOfRun(tags, k - 1);
      if (first == k - 1 && ner::Contains(kArticles, facts[first].lower)) {
        tags[first] = ner::kOutsideTag;
      } else {
        SetMention(first, k - 1, ner::TagType(tags[first]), tags);
      }
    }
    if (end + 1 < n && tags[end + 1] != ner::kOutsideTag && !BeginsName(tags, end + 1)) {
      SetMention(end + 1, LastOfRun(tags, end + 1), ner::TagType(tags[end + 1]), tags);
    }
    SetMention(k, end, kMiscType, tags);
    k = end;
  }
}

// "Krutham, a Johannesburg-based consultancy", "Pollstar, the trade
// publication that tracks the industry": an apposition whose head names a
// kind of organisation the tagger's own list of heads lacks makes the name
// of up to three words before it an organisation (it was a place and a
// person). Not a person's name that opens with a given name, nor a place a
// list knows, nor the end of a longer name ("Democracy for America, a
// progressive outfit").
void ApplyMoreOrganisationAppositions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHeads =
      WordHashes({"consultancy", "publication", "magazine", "website", "outlet", "tank", "watchdog", "regulator",
                  "nonprofit", "non-profit", "foundation", "outfit", "chain", "label", "broker", "orchestra", "band"});
  for (int i = 0; i + 3 < n; ++i) {
    if (!BeginsName(tags, i)) continue;
    const int last = LastOfRun(tags, i), type = ner::TagType(tags[i]);
    const int comma = last + 1;
    if (type == kOrgType || last - i > 2 || comma + 2 >= n || facts[comma].lower != kComma ||
        (type == kPersonType && ner::IsGivenName(facts[i])) || IsListedPlace(facts, i, last) ||
        (i >= 2 && (facts[i - 1].lower == kFor || facts[i - 1].lower == kOf) && IsCapitalisedToken(facts[i - 2]) &&
         (tags[i - 2] == ner::kOutsideTag || ner::TagType(tags[i - 2]) != kPersonType))) {
      i = last;
      continue;
    }
    const int head = ner::AppositionHead(facts, comma, n);
    if (head >= 0 && ner::Contains(kHeads, facts[head].lower)) SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// Organisation and place evidence that 1996 news could not teach:
// - "DeepSeek, a Beijing-based AI company, ...": a capitalised run followed
//   by an apposition whose head noun names an organisation (company, firm,
//   startup, ...) is an organisation, whatever the tagger said; one whose
//   head names a place ("Darayya, a suburb of Damascus") is a place (the
//   same for persons, "X, a 25-year-old striker", cost dev F1: not done);
// - a lone organisation word ("the Politburo", org-word gazetteer) that the
//   tagger called a place or MISC is an organisation, as in every such case
//   in the training data.
// Runs that are part of a longer mention are left alone.
void ApplyOrganisationRules(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  using ner::kOutsideTag;
  auto continues_left = [&](int i) {
    return i > 0 && tags[i - 1] != kOutsideTag &&
           (ner::TagPosition(tags[i - 1]) == ner::kBegin || ner::TagPosition(tags[i - 1]) == ner::kInside);
  };
  auto continues_right = [&](int i) {
    return i + 1 < n && tags[i + 1] != kOutsideTag &&
           (ner::TagPosition(tags[i + 1]) == ner::kInside || ner::TagPosition(tags[i + 1]) == ner::kLast);
  };
  auto type_of_head = [](uint8_t apposition) {
    switch (apposition) {
      case ner::kAppositionOrgHead:
        return kOrgType;
      case ner::kAppositionPlaceHead:
        return kLocType;
      default:
        return -1;
    }
  };
  for (int i = 0; i < n;) {
    const int type = type_of_head(facts[i].apposition_class);
    if (type < 0) {
      ++i;
      continue;
    }
    int last = i;
    while (last + 1 < n && facts[last + 1].apposition_class == facts[i].apposition_class) ++last;
    // "In Idlib, the northwestern province …": the run of capitalised words
    // opens with the sentence's preposition, and the name after it is one
    // only where the tagger found one ("On Thursday, the CNN president
    // said" holds no apposition).
    const bool preposition =
        i < last && (facts[i].context & ner::kSentenceInitial) && ner::Contains(kOpeningPrepositions, facts[i].lower);
    const int first = preposition ? i + 1 : i;
    // (Not a head that "who" follows, a person's work: "Nasima Akter, a
    // sewing operator who has worked at the factory".)
    const int head = type == kOrgType ? ner::AppositionHead(facts, last + 1, n) : -1;
    const bool person = head >= 0 && head + 1 < n && facts[head + 1].lower == kWho;
    if (!continues_left(first) && !continues_right(last) && !(preposition && tags[first] == kOutsideTag) && !person) {
      SetMention(first, last, type, tags);
    }
    i = last + 1;
  }
  constexpr uint32_t kOrgWordUnit = 1u << (4 * kOrgWordBit + ner::kUnit);
  for (int i = 0; i < n; ++i) {
    if (tags[i] == kOutsideTag || ner::TagPosition(tags[i]) != ner::kUnit) continue;
    if (!(facts[i].gazetteer & kOrgWordUnit) || facts[i].token_class != ner::kCapitalizedWord) continue;
    if (ner::TagType(tags[i]) == kLocType || ner::TagType(tags[i]) == kMiscType) {
      tags[i] = static_cast<uint8_t>(ner::MakeTag(kOrgType, ner::kUnit));
    }
  }
}

// Whether `word` is written laughter of any length and case ("haha",
// "HHAHAHAHA", "hehehe", "lolol", "LMAOO", "kekeke", "xDD"), which the
// chat-word list cannot spell out: a post's laughter in capitals looked
// like an organisation to the tagger.
bool IsLaughter(std::string_view word) {
  constexpr size_t kMaxLetters = 40;
  if (word.size() < 2 || word.size() > kMaxLetters) return false;
  // Every token passes here: most words are turned away by their first
  // letter and length (laughter opens with h, a, e, k, l or x, and only "xd"
  // is shorter than 4), the rest by one pass that gives up at the first
  // letter no laughter holds.
  const char first = static_cast<char>(word[0] | 0x20);
  if (first != 'x' &&
      (word.size() < 4 || (first != 'h' && first != 'a' && first != 'e' && first != 'k' && first != 'l'))) {
    return false;
  }
  char lower[kMaxLetters];
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = static_cast<char>(word[k] | 0x20);  // ASCII letters to lower case
    switch (c) {
      case 'h':
      case 'a':
      case 'e':
      case 'k':
      case 'l':
      case 'o':
      case 'm':
      case 'f':
      case 'x':
      case 'd':
        lower[k] = c;
        break;
      default:
        return false;
    }
  }
  const std::string_view w(lower, word.size());
  auto only = [&](std::string_view letters) { return w.find_first_not_of(letters) == std::string_view::npos; };
  auto has = [&](char c) { return w.find(c) != std::string_view::npos; };
  if (only("hae") && w.size() >= 4 && has('h') && (has('a') || has('e'))) return true;  // haha, hehe
  if (only("ke") && w.size() >= 6 && has('k') && has('e')) return true;                 // kekeke (not Keke)
  if (only("lo") && w.size() >= 4 && w.front() == 'l' && w.back() == 'l') return true;  // lool, lolol
  for (std::string_view stem : {"lmao", "lmfao"}) {                                     // lmaoo, lmfaooo
    if (w.rfind(stem, 0) == 0 && w.find_first_not_of('o', stem.size()) == std::string_view::npos) return true;
  }
  return w[0] == 'x' && w.find_first_not_of('d', 1) == std::string_view::npos;  // xd, xDD
}

// Calls to act on a page or in a post ("SUBSCRIBE", "Subscribe Now", "Plz
// Subscribe to my channel"), which the tagger took for organisations and
// products: unlike a chat word they are no part of a name at all, so that
// "Subscribe Now" leaves no "Now" behind. Lower-form hashes.
constexpr auto kCallsToAct = WordHashes({"subscribe", "unsubscribe"});

// The small lower-case words that names hold: "Bank of England", "Trinidad
// and Tobago", "Ursula von der Leyen", "Mohammed bin Salman", "Roe v. Wade".
// Lower-form hashes.
constexpr auto kNameSmallWords = SortedWordHashes({
    "of",  "and", "the", "for", "on",  "in",  "at",  "to",    "a",    "an",    "with",  "upon", "by",    "from",  "de",
    "du",  "da",  "das", "dos", "do",  "des", "del", "della", "di",   "degli", "van",   "von",  "der",   "den",   "ter",
    "ten", "zu",  "la",  "le",  "les", "el",  "al",  "bin",   "bint", "ibn",   "y",     "e",    "binti", "binte", "es",
    "&",   "'n'", "n'",  "v",   "vs",  "v.",  "vs.", "'s",    "'",    "or",    "under", "over", "et",    "op",
});

// "Google unveils Gemini 3", "Alphabet CEO Sundar Pichai" were each one
// MISC name: in a sentence cased as prose, a word in lower case that is no
// small word of names ("unveils") is no part of a name, whatever the tagger
// learned. Not in headlines nor lower-case text, where case says nothing,
// nor a word with a capital or a digit inside it ("iPhone", "13th").
bool IsLowerCaseContentWord(const Document& doc, const ner::TokenFacts& facts, int k) {
  if (facts.token_class != ner::kLowerWord || (facts.context & ner::kCaseModes) ||
      ner::ContainsSorted(kNameSmallWords, facts.lower)) {
    return false;
  }
  const Token& token = doc.tokens[k];
  for (uint32_t b = token.begin; b < token.end; ++b) {
    const char c = doc.text[b];
    if (IsUpperAscii(c) || (c >= '0' && c <= '9')) return false;  // "13th Amendment"
  }
  return true;
}

// Whether a neighbour of token `i` is capitalised: the lower-case word
// would join capitalised words into a name ("Google unveils Gemini"); alone
// or among lower-case words it may be a name typed in lower case ("amy
// schumer" in a post).
bool NextToCapitalised(const ner::TokenFacts* facts, int n, int i) {
  return (i > 0 && IsCapitalisedToken(facts[i - 1])) || (i + 1 < n && IsCapitalisedToken(facts[i + 1]));
}

// Whether token `t` is part of a social media handle ("@MattBevin",
// "@Indiapost_News", ".@TimKaine"): a word glued to an "@" that is not
// glued to a word or a number before it ("4K@60FPS"), or a token glued to
// the previous token of the handle (`previous`). A handle addresses an
// account as a link does; whom it names is the account's business
// ("@NolteNC" was a MISC, "@USATOpinion" a place).
bool InHandle(const Document& doc, int t, bool previous) {
  if (t == 0) return false;
  const Token& token = doc.tokens[t];
  const Token& at = doc.tokens[t - 1];
  if (at.end != token.begin) return false;
  if (previous) {
    return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber ||
           doc.Text(Span{token.begin, token.end}) == "_";
  }
  if (token.kind != TokenKind::kWord || doc.Text(Span{at.begin, at.end}) != "@") return false;
  if (t == 1) return true;
  const Token& before = doc.tokens[t - 2];
  return before.end != at.begin || (before.kind != TokenKind::kWord && before.kind != TokenKind::kNumber);
}

// The consistency pass gives a handle the label its word has elsewhere
// ("Rep. Ilhan Omar (@Ilhan)"): the runs that hold a handle's word go.
void DropHandles(const Document& doc, uint8_t* tags) {
  const int n = static_cast<int>(doc.tokens.size());
  bool in_handle = false;
  for (int i = 0; i < n; ++i) {
    in_handle = InHandle(doc, i, in_handle);
    if (!in_handle || tags[i] == ner::kOutsideTag) continue;
    int first = i;
    while (!BeginsName(tags, first)) --first;
    const int last = LastOfRun(tags, first);
    std::fill(tags + first, tags + last + 1, ner::kOutsideTag);
  }
}

// Makes every name tag of a token that cannot be part of a name hopeless
// before decoding, so the decoder routes names around it. Nor can a word in
// another script than Latin: the model learned English names, and took
// every word of a pasted Russian page for a person; nor can laughter or a
// call to act. (Only here, not in CanBeInName, which the trainer shares:
// GUM's few such words stay in its training data as they are.) `facts` are
// those of the tokens [begin, begin + n).
void ExcludeNonNameTokens(const Document& doc, const ner::TokenFacts* facts, int begin, int n, int32_t* emission) {
  // Far below any real path (at most kMaxFeatures weights of 32767 per token),
  // far above int32 overflow even summed over a few such tokens in a row.
  constexpr int32_t kHopeless = -(1 << 24);
  bool in_handle = false;
  for (int i = 0; i < n; ++i) {
    const Token& token = doc.tokens[begin + i];
    in_handle = InHandle(doc, begin + i, in_handle);
    if (!in_handle && ner::CanBeInName(doc, static_cast<size_t>(begin + i)) && !token.Has(kNonLatinLetter) &&
        !IsLaughter(doc.Text(Span{token.begin, token.end})) && !ner::Contains(kCallsToAct, facts[i].lower) &&
        !(IsLowerCaseContentWord(doc, facts[i], begin + i) && NextToCapitalised(facts, n, i))) {
      continue;
    }
    int32_t* scores = emission + i * ner::kNumTags;
    for (int tag = 0; tag < ner::kNumTags; ++tag) {
      if (tag != ner::kOutsideTag) scores[tag] = kHopeless;
    }
  }
}

// The rules after decoding, in their order, in three groups that the
// compiler keeps apart: inlined into one, with the recognizer, they made a
// wasm function past the size that V8 compiles well in parts
// (tests/js/load-cost.test.mjs). First a sentence's names: what a title, a
// join, a known name or an institution's words make of them.
[[gnu::noinline]] void ApplyNameRules(const Document& doc, const ner::TokenFacts* facts, int begin, int n,
                                      uint8_t* tags) {
  DropWordsNamingNothing(doc, facts, begin, n, tags);
  DropLetteredSections(facts, n, tags);
  DropLabelCells(doc, facts, begin, n, tags);
  DropCreditLabels(facts, n, tags);
  JoinNamesAcrossSaid(facts, n, tags);
  JoinCapitalisedParticles(doc, facts, begin, n, tags);
  RetypePlacesWithParticles(facts, n, tags);
  DropMonthsBeforeDays(doc, facts, begin, n, tags);
  DropLettersGluedToNumbers(doc, begin, n, tags);
  DropInstrumentCodes(doc, begin, n, tags);
  DropDecimalCodes(doc, begin, n, tags);
  DropLowerCaseWords(doc, facts, begin, n, tags);
  DropTitleRanks(facts, n, tags);
  TrimTitles(facts, n, tags);
  SplitTitleInsideName(facts, n, tags);
  DropPortfolios(facts, n, tags);
  SplitPortfoliosFromNames(facts, n, tags);
  DropPortfolioTailsFromPersons(facts, n, tags);
  ExtendNamesEndingInParticles(facts, n, tags);
  JoinPortfolioListsOfInstitutions(facts, n, tags);
  DropLeadingArticles(facts, n, tags);
  ApplyRegionsAfterPlaces(facts, n, tags);
  ApplyCompassPlaces(facts, n, tags);
  JoinListedPlaces(facts, n, tags);
  JoinPersonNames(doc, facts, begin, n, tags);
  JoinWordsWithWiderCapitals(doc, facts, begin, n, tags);
  JoinBalineseBirthOrderNames(facts, n, tags);
  RetypeTitledGivenNames(doc, facts, begin, n, tags);
  ApplyAgeAppositions(facts, n, tags);
  ApplyPersonsIdentifiedAs(facts, n, tags);
  ApplyKnownOrganisations(doc, facts, begin, n, tags);
  ApplyCountryNames(facts, n, tags);
  ApplyFed(facts, n, tags);
  ApplyCompaniesCalledPlaces(facts, n, tags);
  ApplyOrganisationRules(facts, n, tags);
  ApplyMoreOrganisationAppositions(facts, n, tags);
  DropOpeningArticles(facts, n, tags);  // (also the article an apposition's run took in)
  ApplyUntaggedInstitutions(facts, n, tags);
  ApplyInstitutionNames(doc, facts, begin, n, tags);
  JoinCoordinatedInstitutions(facts, n, tags);
  JoinInstitutionFields(facts, n, tags);
  JoinFieldsAfterOf(facts, n, tags);
  ApplyHomesAfterAges(facts, n, tags);
  JoinPlacesWithAnd(facts, n, tags);
  JoinLegalForms(facts, n, tags);
  ApplyStockListings(facts, n, tags);
  SplitPersonOfInstitution(facts, n, tags);
  SplitPersonAfterKnownName(facts, n, tags);
}

// Then their types, and the names of things, over the same sentence.
[[gnu::noinline]] void ApplyTypeRules(const Document& doc, const ner::Gazetteer& gazetteer,
                                      const ner::TokenFacts* facts, int begin, int n, uint8_t* tags) {
  ApplyPeoples(facts, n, tags);
  ApplyNationalityNouns(facts, n, tags);
  ApplyMiscWords(facts, n, tags);
  ApplyNamedDays(facts, n, tags);
  RetypePartyWords(facts, n, tags);
  RetypeCamelCasePersons(doc, gazetteer, begin, n, tags);
  RetypePlacePairs(doc, gazetteer, begin, n, tags);
  RetypePlacesPeople(doc, gazetteer, begin, n, tags);
  RetypeAccentedPeoples(doc, gazetteer, begin, n, tags);
  ApplyBracketedFullNames(doc, facts, begin, n, tags);
  RetypeApostrophePersons(doc, facts, begin, n, tags);
  TrimOriginModifiers(doc, begin, n, tags);
  SplitCurrencyPrefixes(doc, begin, n, tags);
  DropPartyAffiliations(doc, begin, n, tags);
  JoinGluedParticleSurnames(doc, begin, n, tags);
  JoinPluralPossessives(doc, facts, begin, n, tags);
  JoinPossessiveInstitutions(facts, n, tags);
  DropBeats(facts, n, tags);
  DropPostNominals(facts, n, tags);
  JoinGenerationSuffixes(facts, n, tags);
  ApplyChannelNumbers(facts, n, tags);
  ApplyStockIndexNumbers(facts, n, tags);
  DropOpeningWords(facts, n, tags);
  ApplyProductRule(doc, facts, begin, n, tags);
  ApplyModelNames(doc, facts, begin, n, tags);
  ApplyModelCodes(doc, facts, begin, n, tags);
  ApplyOwnedVersionedProducts(facts, n, tags);
  RetypePersonsWithDigits(doc, begin, n, tags);
  RetypeRegnalNames(doc, facts, begin, n, tags);
  ApplyListedProducts(facts, n, tags);
  ApplyLowerCaseBrandProducts(doc, facts, begin, n, tags);
  ApplyStreetNames(facts, n, tags);
  DropDistancesFromNames(facts, n, tags);
  ApplyQuotedTitles(doc, facts, begin, n, tags);
  ApplyQuotedWorks(doc, facts, begin, n, tags);
  ApplyAwardNames(facts, n, tags);
  ApplyMediaWords(facts, n, tags);
  ApplyOutletsAfterTold(facts, n, tags);
  ApplyNewspaperNames(facts, n, tags);
  ApplyPublishedIn(facts, n, tags);
  ApplyCityNewspapers(facts, n, tags);
  ApplyPageantTitles(facts, n, tags);
  DropForeignMonths(facts, n, tags);
  ApplyRoleNounPersons(facts, n, tags);
  ApplyRites(facts, n, tags);
  ApplyDatelineAgency(doc, facts, begin, n, tags);
  ApplyBylinePlaces(doc, facts, begin, n, tags);
  DropFundingRounds(doc, facts, begin, n, tags);
  DropNamesWithoutCapitals(doc, facts, begin, n, tags);
  TrimPossessedNouns(facts, n, tags);
  SplitSlashedNames(doc, facts, begin, n, tags);
  SplitEnvoyRegions(facts, n, tags);
  ApplyHeadWordRules(facts, n, tags);
}

// Whether the word is a French or Italian family name with its particle
// elided: "d'Ursel", "d’Estaing", "D'Alema" (one token).
bool IsElidedParticleName(std::string_view word) {
  if (word.size() < 4 || (word[0] != 'd' && word[0] != 'D')) return false;
  const size_t rest = word[1] == '\'' ? 2 : word.substr(1, 3) == "\u2019" ? 4 : 0;
  return rest != 0 && rest < word.size() && word[rest] >= 'A' && word[rest] <= 'Z';
}

// "Jean-Baptiste d'Ursel, a professor, said …. “…,” d'Ursel said": the
// tagger left the lower-case "d'" name out of the person before it (and
// alone), and the professor's words went to another. Such a word right
// after a person's name ends the name; alone, where the document has it
// so, it is that person.
void JoinElidedParticleNames(const Document& doc, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  std::string_view names[kMaxNames];
  int count = 0;
  for (int k = 1; k < n; ++k) {
    const std::string_view word = TokenText(doc, 0, k);
    if (tags[k] != ner::kOutsideTag || !EndsName(tags, k - 1) || ner::TagType(tags[k - 1]) != kPersonType ||
        !IsElidedParticleName(word) || doc.tokens[k].begin != doc.tokens[k - 1].end + 1) {
      continue;
    }
    SetMention(FirstOfRun(tags, k - 1), k, kPersonType, tags);
    if (count < kMaxNames) names[count++] = word;
  }
  for (int k = 0; k < n && count > 0; ++k) {
    if (tags[k] == ner::kOutsideTag && std::find(names, names + count, TokenText(doc, 0, k)) != names + count) {
      tags[k] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
    }
  }
}

// "a professor at the Université libre de Bruxelles" made "de Bruxelles" a
// person: a French institution's name keeps its adjectives in lower case.
// Its head, one or two lower-case words and "de", "du" or "des" before
// capitalised words are one organisation (not "Université de Montréal",
// which the tagger knows, nor one ending in lower case, whose end no
// capital shows: "École normale supérieure").
void ApplyFrenchInstitutionNames(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHeads =
      WordHashes({"université", "universite", "école", "ecole", "institut", "lycée", "collège", "hôpital", "musée",
                  "conservatoire", "bibliothèque", "société", "compagnie", "banque", "centre"});
  static constexpr auto kOfs = WordHashes({"de", "du", "des"});
  constexpr int kMaxAdjectives = 2, kMaxNameWords = 3;
  for (int i = 0; i + 3 < n; ++i) {
    if (facts[i].token_class != ner::kCapitalizedWord || !ner::Contains(kHeads, facts[i].lower) ||
        (tags[i] != ner::kOutsideTag && !BeginsName(tags, i))) {
      continue;
    }
    int of = i + 1;
    while (of < n && of <= i + kMaxAdjectives && facts[of].token_class == ner::kLowerWord &&
           !ner::Contains(kOfs, facts[of].lower)) {
      ++of;
    }
    if (of == i + 1 || of + 1 >= n || !ner::Contains(kOfs, facts[of].lower)) continue;
    int last = of;
    while (last + 1 < n && last < of + kMaxNameWords && facts[last + 1].token_class == ner::kCapitalizedWord) ++last;
    if (last == of || (last + 1 < n && tags[last + 1] != ner::kOutsideTag && !BeginsName(tags, last + 1)) ||
        (tags[last] != ner::kOutsideTag && !EndsName(tags, last))) {
      continue;
    }
    SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// "the hydropower project in Sindhupalchok", "a village in Zaarat",
// "beaches across Tairāwhiti": one word the tagger made a person right
// after "in", "across", "throughout" or "near" is where something is,
// a place, when no list knows it as a person's name, the document never
// writes it in a longer person's name, and nothing owns or believes in it
// ("in Smith's view", "faith in Jesus"); so are its other one-word
// mentions. Not a case's party ("in Clements and Clements", "in Roe v.
// Wade"), nor two family names joined ("in Dodd-Frank", a law). Over the
// whole document's tags.
void ApplyPlacesAfterIn(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kVersus = WordHashes({"v", "v.", "vs", "vs."});
  static constexpr auto kPlacePrepositions = WordHashes({"in", "across", "throughout", "near"});
  static constexpr auto kInSomeone =
      WordHashes({"faith", "trust", "confidence", "interest", "belief", "believe", "believed", "believes", "believing",
                  "role", "rival", "ally", "partner", "stake", "invest", "invested", "investment", "hope"});
  constexpr int kMaxPlaces = 8;
  uint64_t places[kMaxPlaces];
  int count = 0;
  auto in_longer_person = [&](uint64_t word) {
    for (int k = 0; k < n; ++k) {
      if (facts[k].lower == word && tags[k] != ner::kOutsideTag && ner::TagType(tags[k]) == kPersonType &&
          ner::TagPosition(tags[k]) != ner::kUnit) {
        return true;
      }
    }
    return false;
  };
  for (int k = 1; k < n && count < kMaxPlaces; ++k) {
    if (tags[k] != ner::MakeTag(kPersonType, ner::kUnit) || !ner::Contains(kPlacePrepositions, facts[k - 1].lower) ||
        facts[k - 1].token_class != ner::kLowerWord || facts[k].token_class != ner::kCapitalizedWord ||
        (facts[k].gazetteer & kPersonNameBits) || IsPossessiveAt(facts, n, k + 1) ||
        (k >= 2 && ner::Contains(kInSomeone, facts[k - 2].lower)) || in_longer_person(facts[k].lower)) {
      continue;
    }
    const bool party =
        k + 2 < n &&
        (ner::Contains(kVersus, facts[k + 1].lower) ||
         (facts[k + 1].lower == kAnd && BeginsName(tags, k + 2) && ner::TagType(tags[k + 2]) == kPersonType));
    const std::string_view word = TokenText(doc, 0, k);
    const size_t hyphen = word.find('-');
    if (party || (hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'A' &&
                  word[hyphen + 1] <= 'Z')) {
      continue;
    }
    places[count++] = facts[k].lower;
  }
  RetypeLonePersons(facts, n, places, count, kLocType, tags);
}

// "Ysgol Cwm Tawel, which has 19 pupils": a name that opens with the Welsh
// word for a school, a university or a college is an institution's (the
// tagger made it a person, who took a mother's "she told councillors"), and
// the place it is named after, a person the tagger found alone, is a place
// ("no future for Cwm Tawel").
void ApplyWelshInstitutions(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr auto kHeads = WordHashes({"ysgol", "prifysgol", "coleg"});
  int named_after = -1, words = 0;  // the first institution's place
  for (int i = 0; i < n; ++i) {
    if (!BeginsName(tags, i) || facts[i].token_class != ner::kCapitalizedWord ||
        !ner::Contains(kHeads, facts[i].lower)) {
      continue;
    }
    const int last = LastOfRun(tags, i);
    if (last > i) SetMention(i, last, kOrgType, tags);
    if (named_after < 0 && last > i) named_after = i + 1, words = last - i;
    i = last;
  }
  for (int k = 0; named_after >= 0 && k + words <= n; ++k) {
    if (k == named_after || !BeginsName(tags, k) || ner::TagType(tags[k]) != kPersonType ||
        LastOfRun(tags, k) != k + words - 1 || !SameWords(facts, k, named_after, words)) {
      continue;
    }
    SetMention(k, k + words - 1, kLocType, tags);
  }
}

// "Statistics Poland (GUS)", "Statistics Canada": the national statistics
// office named "Statistics" and its country is an organisation (the tagger
// made it a place, or left the word out before the country's).
void ApplyStatisticsOffices(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  static constexpr uint64_t kStatistics = WordHashes({"statistics"})[0];
  for (int i = 0; i + 1 < n; ++i) {
    if (facts[i].lower != kStatistics || facts[i].token_class != ner::kCapitalizedWord) continue;
    int last;
    if (tags[i] == ner::kOutsideTag) {
      if (!BeginsName(tags, i + 1) || ner::TagType(tags[i + 1]) == kPersonType) continue;
      last = LastOfRun(tags, i + 1);
    } else if (ner::TagPosition(tags[i]) == ner::kBegin) {
      last = LastOfRun(tags, i);
    } else {
      continue;
    }
    if (!IsListedPlace(facts, i + 1, last)) continue;
    SetMention(i, last, kOrgType, tags);
    i = last;
  }
}

// "Deputy Akim (Mayor) of Almaty Nurlan Seitkali said" made "Almaty
// Nurlan Seitkali" one organisation: after an office (a gloss in brackets
// may follow it) and "of", a name whose first word is a known place and no
// given name, and whose two or three words after it are capitalised names
// of no institution, is that place and the office holder; the holder's
// family name alone is the person too (the consistency pass had made
// "Seitkali" an organisation after the whole).
void SplitPlaceBeforeOfficeHolder(const ner::TokenFacts* facts, int n, uint8_t* tags) {
  constexpr int kMaxNames = 8;
  uint64_t surnames[kMaxNames];
  int count = 0;
  for (int i = 2; i + 2 < n; ++i) {
    if (!BeginsName(tags, i) || facts[i - 1].lower != kOf || facts[i - 1].token_class != ner::kLowerWord) continue;
    int office = i - 2;
    if (facts[office].lower == kCloseBracket && office >= 3 && facts[office - 2].lower == kOpenBracket) office -= 3;
    const int last = LastOfRun(tags, i);
    bool holder = ner::TagType(tags[i]) != kLocType && IsTitleToken(facts[office]) && last - i >= 2 && last - i <= 3 &&
                  IsListedPlace(facts, i, i) && !IsAnyGivenName(facts[i]);
    for (int k = i + 1; holder && k <= last; ++k) {
      holder = facts[k].token_class == ner::kCapitalizedWord && !IsInstitutionHead(facts[k]) && !IsTitleToken(facts[k]);
    }
    if (holder) {
      SetMention(i, i, kLocType, tags);
      SetMention(i + 1, last, kPersonType, tags);
      if (count < kMaxNames) surnames[count++] = facts[last].lower;
    }
    i = last;
  }
  for (int k = 0; k < n && count > 0; ++k) {
    if (tags[k] != ner::kOutsideTag && ner::TagPosition(tags[k]) == ner::kUnit &&
        std::find(surnames, surnames + count, static_cast<uint64_t>(facts[k].lower)) != surnames + count) {
      tags[k] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
    }
  }
}

// "Deputy Prime Minister S.Amarbat said": Mongolian names join the
// initial of the father's name to the given name (the tokenizer keeps
// "S.Amarbat", "Kh.Bolormaa" as one word). Such a word is a person's name
// on its own, taken out of a mention it ran into ("Light Industry
// Kh.Bolormaa" was an organisation), whatever the tagger made of it.
void ApplyJoinedInitialNames(const Document& doc, int n, uint8_t* tags) {
  for (int k = 0; k < n; ++k) {
    if (!IsJoinedInitialName(TokenText(doc, 0, k))) continue;
    if (tags[k] != ner::kOutsideTag) {
      const int type = ner::TagType(tags[k]);
      const int first = BeginsName(tags, k) ? k : FirstOfRun(tags, k - 1);
      const int last = EndsName(tags, k) ? k : LastOfRun(tags, k + 1);
      if (first < k) SetMention(first, k - 1, type, tags);
      if (k < last) SetMention(k + 1, last, type, tags);
    }
    tags[k] = static_cast<uint8_t>(ner::MakeTag(kPersonType, ner::kUnit));
  }
}

// Last, over the whole document's tags after the consistency pass.
[[gnu::noinline]] void ApplyDocumentRules(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  ApplyStormNames(facts, n, tags);
  ApplyClimatePatterns(facts, n, tags);
  ApplyVesselNames(facts, n, tags);
  ApplyHeavenlyBodies(facts, n, tags);
  ApplyTelescopeNames(facts, n, tags);
  ApplyWorkAppositions(facts, n, tags);
  ApplyProductAppositions(facts, n, tags);
  ApplyGamesOfPlaces(facts, n, tags);
  ApplyTownsBeforeStates(facts, n, tags);
  ApplyCompanyNouns(facts, n, tags);
  ApplyEmployersBeforeOffices(facts, n, tags);
  ApplyPersonsBeforeWho(facts, n, tags);
  ApplyCompaniesAfterShares(facts, n, tags);
  ApplyListedCompanySubjects(facts, n, tags);
  ApplyNamesAfterOrganisationNouns(facts, n, tags);
  ApplyNamesBeforePartyNouns(facts, n, tags);
  ApplyUnionNames(facts, n, tags);
  ApplyAliases(facts, n, tags);
  ApplyAiCompanies(facts, n, tags);
  ApplyPoliticalActionCommittees(facts, n, tags);
  RetypeCapitalLetterPersons(facts, n, tags);
  DropShoutedCommonWords(doc, facts, n, tags);
  ApplyTitledPersons(facts, n, tags);
  ApplyCompanyShortNames(facts, n, tags);
  ApplyPossessiveCompanies(facts, n, tags);
  ApplyListKinds(facts, n, tags);
  DropOpeningCommonWords(facts, n, tags);
  DropHeadingWords(facts, n, tags);
  DropOpeningAdverbs(facts, n, tags);
  ApplyJoinedInitialNames(doc, n, tags);
  SplitPlaceBeforeOfficeHolder(facts, n, tags);
  JoinElidedParticleNames(doc, n, tags);
  ApplyFrenchInstitutionNames(facts, n, tags);
  ApplyPlacesAfterIn(doc, facts, n, tags);
  ApplyStatisticsOffices(facts, n, tags);
  ApplyWelshInstitutions(facts, n, tags);
}

// The document's rules after those, kept apart for the same reason as the
// groups above (tests/js/load-cost.test.mjs).
[[gnu::noinline]] void ApplyLateDocumentRules(const Document& doc, const ner::TokenFacts* facts, int n, uint8_t* tags) {
  ApplyPlaceNamedShortNames(facts, n, tags);
  ApplyPlaceNouns(facts, n, tags);
  ApplyNamesBeforePlaceNouns(facts, n, tags);
  ApplyPlacesBeforePluralPlaceNoun(facts, n, tags);
  ApplyFamilyNamePersons(facts, n, tags);
  ApplyFamilyNamesFirst(doc, facts, n, tags);
  ApplyRolePersonsThroughout(facts, n, tags);
  ApplySpeakingNames(doc, facts, n, tags);
  SplitSurnameBeforePlace(facts, n, tags);
  ApplyPlacesBeforeOffices(facts, n, tags);
  ApplyKnownPlacesInContext(facts, n, tags);
  ApplyArabicArticlePlaces(facts, n, tags);
  ApplyBurmeseHonorifics(doc, facts, n, tags);
  ApplyPlaceLists(facts, n, tags);
  ApplyWhoInCapitals(facts, n, tags);
  ApplyPlacesAfterAtop(facts, n, tags);
  ApplyPlacesAfterCompassAdjectives(facts, n, tags);
  DropPluralTitles(facts, n, tags);
  ApplyTeamNames(doc, facts, n, tags);
  ApplyTeamShortNames(doc, facts, n, tags);
  ApplyPluralVerbOrganisations(doc, facts, n, tags);
  ApplyKinNamePersons(facts, n, tags);
  ApplyPronounSpeakers(facts, n, tags);
  ApplyInstitutionPrefixes(facts, n, tags);
  ApplyTitleHoldersOffices(facts, n, tags);
  ApplyNationalBodies(doc, facts, n, tags);
  JoinParticleSurnames(facts, n, tags);
  SplitCoordinatedNames(facts, n, tags);
  JoinForcesOfTwoPlaces(facts, n, tags);
  JoinPlaceTailsOfOrganisations(facts, n, tags);
  DropLonePublicationNouns(facts, n, tags);
  DropLoneColours(facts, n, tags);
  ApplyColouredVehicles(facts, n, tags);
  RetypeCarePrograms(facts, n, tags);
  ApplyRegionalUnits(facts, n, tags);
  DropLonePluralOffices(facts, n, tags);
  ApplyLegalTitles(facts, n, tags);
  ApplyNumberedBills(facts, n, tags);
  ApplyPlatformX(facts, n, tags);
  RetypeGenerations(facts, n, tags);
  DropTitlesAfterArticle(facts, n, tags);
  ApplyBracketedActs(facts, n, tags);
  DropQuestionWill(facts, n, tags);
  JoinAcronymExpansions(doc, facts, n, tags);
  DropAcronymsOfCommonNouns(doc, facts, n, tags);
  ApplyCourtCases(doc, facts, n, tags);
  ApplyAbbreviatedRegions(doc, facts, n, tags);
  ApplyAcronymsOfLongNames(doc, facts, n, tags);
  ApplyNumberedProducts(doc, facts, n, tags);
  ApplyProductNamesAgain(facts, n, tags);
  ApplyBodyTypesToHeadings(doc, facts, n, tags);
  JoinModelSuffixes(doc, facts, n, tags);
  JoinVersionVariants(doc, facts, n, tags);
  DropTrailingLowerCaseWords(doc, facts, n, tags);
}

// Per-thread buffers, grown to the largest document seen and then reused.
struct Scratch {
  ner::FeatureExtractor extractor{nullptr};
  ner::RowCache rows;
  Recognizer::SentenceScratch sentence;
  std::vector<int32_t> emission;
  std::vector<uint8_t> classes;
  std::vector<uint8_t> tags;
  ner::ViterbiScratch<int32_t> viterbi;
};

}  // namespace

namespace {

// The file's tag-major weight codes as the tagger's rows (feature * kNumTags
// + tag) of fixed-point weights. This is most of a model's load, so it goes
// in blocks of features whose rows stay in the L1 cache while every tag's
// codes are read in order.
void DecodeWeights(const int8_t* codes, size_t features, const int16_t decoded[ner::kCodebookSize],
                   std::vector<int16_t>* rows) {
  rows->resize(features * ner::kNumTags);
  int16_t* out = rows->data();
  constexpr size_t kBlock = 512;
  for (size_t begin = 0; begin < features; begin += kBlock) {
    const size_t end = std::min(features, begin + kBlock);
    for (int tag = 0; tag < ner::kNumTags; ++tag) {
      const uint8_t* in = reinterpret_cast<const uint8_t*>(codes) + tag * features;
      for (size_t f = begin; f < end; ++f) out[f * ner::kNumTags + tag] = decoded[in[f] ^ 0x80];
    }
  }
}

}  // namespace

Status Recognizer::Load(std::string_view model_bytes, ner::ModelIntegrity integrity) {
  *this = Recognizer();
  ner::NerModel model;
  Status status = ner::ParseModel(model_bytes, &model, integrity);
  if (!status.ok()) return status;
  num_features_ = model.feature_keys.size();
  index_.Build(model.feature_keys.data(), static_cast<uint32_t>(num_features_));
  // Fixed point, so tagging adds integers: the largest codebook weight
  // becomes 32767; transitions may exceed it and stay 32-bit.
  float largest = 0;
  for (float w : model.codebook) largest = std::max(largest, std::fabs(w));
  const float unit = largest > 0 ? largest / 32767.0f : 1.0f;
  // Viterbi adds a transition and a token's weights per token of a chunk in
  // 32 bits: a transition beyond 2^20 units (a trained one is a few hundred)
  // could overflow, so a model holding one is corrupt. (The parser has
  // already refused values that are not finite.)
  for (float t : model.transitions) {
    if (std::fabs(t / unit) > float(1 << 20)) {
      return Status::DataLoss("NER model transitions out of range");
    }
  }
  int16_t decoded[ner::kCodebookSize];
  for (int c = 0; c < ner::kCodebookSize; ++c) {
    decoded[c] = static_cast<int16_t>(std::lround(model.codebook[c] / unit));
  }
  DecodeWeights(model.weights.data(), num_features_, decoded, &weights_);
  std::vector<int32_t> transitions(model.transitions.size());
  for (size_t i = 0; i < transitions.size(); ++i) transitions[i] = std::lround(model.transitions[i] / unit);
  transitions_.Assign(transitions.data());
  gazetteer_.Assign(std::move(model.gazetteer_keys), std::move(model.gazetteer_types));
  word_classes_.Assign(std::move(model.word_keys), std::move(model.word_classes));
  word_classes_.AssignEmbedding(std::move(model.embedding_keys), std::move(model.embedding_classes),
                                model.embedding_key_bits);
  static std::atomic<uint64_t> last_id{0};
  id_ = ++last_id;
  loaded_ = true;
  return Status::Ok();
}

namespace {

// The keys of token i's cached group sums (see ScoreSentence), in `keys`.
void GroupKeys(const ner::FeatureExtractor& extractor, int i, uint64_t* keys) {
  keys[0] = extractor.OwnKey(i);
  for (int slot = 0; slot < ner::kNumNeighborSlots; ++slot) keys[1 + slot] = extractor.NeighborKey(i, slot);
}

}  // namespace

// The emission scores of the tokens [begin, begin + n) of one sentence, in
// `emission`: for each token, the cached sums of the features that depend on
// the token alone and on each neighbour alone, plus its few contextual
// features one by one.
//
// The weight table and the cache are far larger than the CPU caches, so
// nearly every read misses. The tokens go through three stages a few tokens
// apart, so that the misses of later tokens overlap with the work on earlier
// ones: fetch the index slots of token i's contextual features and its cached
// sums; find the weight rows of token i - d and fetch them; add up token i - 2d.
void Recognizer::ScoreSentence(const ner::FeatureExtractor& extractor, int begin, int n, ner::RowCache* cache,
                               SentenceScratch* scratch, int32_t* emission) const {
  constexpr int kKeys = 1 + ner::kNumNeighborSlots, kDistance = 4;
  // Grown, never shrunk: resizing up again would zero the buffers for every
  // sentence longer than the one before.
  if (scratch->context_begin.size() < static_cast<size_t>(n) + 1) {
    scratch->group_keys.resize(static_cast<size_t>(n) * kKeys);
    scratch->context_keys.resize(static_cast<size_t>(n) * ner::kMaxFeatures);
    scratch->context_rows.resize(scratch->context_keys.size());
    scratch->context_begin.resize(static_cast<size_t>(n) + 1);
  }
  uint64_t* group_keys = scratch->group_keys.data();
  uint32_t* context_keys = scratch->context_keys.data();
  const int16_t** context_rows = scratch->context_rows.data();
  int32_t* context_begin = scratch->context_begin.data();
  int total = 0;
  for (int i = 0; i < n; ++i) {
    GroupKeys(extractor, begin + i, group_keys + i * kKeys);
    uint64_t features[ner::kMaxFeatures];
    const int count = extractor.Extract(begin + i, features, ner::kContextFeatures);
    context_begin[i] = total;
    for (int k = 0; k < count; ++k) context_keys[total++] = ner::FoldKey(features[k]);
  }
  context_begin[n] = total;
  for (int i = 0; i < n + 2 * kDistance; ++i) {
    if (i < n) {
      for (int k = context_begin[i]; k < context_begin[i + 1]; ++k) index_.Prefetch(context_keys[k]);
      for (int k = 0; k < kKeys; ++k) cache->Prefetch(group_keys[i * kKeys + k]);
    }
    const int found = i - kDistance;
    if (found >= 0 && found < n) {
      for (int k = context_begin[found]; k < context_begin[found + 1]; ++k) {
        const int32_t row = index_.Find(context_keys[k]);
        const int16_t* w = row < 0 ? nullptr : weights_.data() + static_cast<size_t>(row) * ner::kNumTags;
        if (w) {
          ner::Prefetch(w);
          ner::Prefetch(w + ner::kNumTags - 1);
        }
        context_rows[k] = w;
      }
    }
    const int scored = i - 2 * kDistance;
    if (scored < 0) continue;
    int32_t* scores = emission + scored * ner::kNumTags;
    const uint64_t* keys = group_keys + scored * kKeys;
    const int32_t* own = OwnSum(extractor, begin + scored, keys[0], cache);
    std::copy(own, own + ner::kNumTags, scores);
    for (int slot = 0; slot < ner::kNumNeighborSlots; ++slot) {
      const int32_t* row = GroupSum(extractor, begin + scored, keys[1 + slot], ner::NeighborFeatures(slot), cache);
      for (int t = 0; t < ner::kNumTags; ++t) scores[t] += row[t];
    }
    for (int k = context_begin[scored]; k < context_begin[scored + 1]; ++k) {
      const int16_t* w = context_rows[k];
      if (!w) continue;
      for (int t = 0; t < ner::kNumTags; ++t) scores[t] += w[t];
    }
  }
}

// The summed weights of token i's own features (OwnKey `key`). They vary
// with the sentence and the document, so the cache often misses; then the
// part that depends on the word alone comes from the cache (which mostly
// hits) and only the rest is summed feature by feature.
const int32_t* Recognizer::OwnSum(const ner::FeatureExtractor& extractor, int i, uint64_t key,
                                  ner::RowCache* cache) const {
  if (const ner::RowCache::Entry* entry = cache->Find(key)) return entry->row;
  // A local copy: claiming the entry of `key` could evict the lexical one.
  int32_t row[ner::kNumTags];
  const int32_t* lexical = GroupSum(extractor, i, extractor.LexicalKey(i), ner::kOwnLexicalFeatures, cache);
  std::copy(lexical, lexical + ner::kNumTags, row);
  uint64_t features[ner::kMaxFeatures];
  AddWeights(features, extractor.Extract(i, features, ner::kOwnContextFeatures), row);
  bool found;
  ner::RowCache::Entry* entry = cache->Lookup(key, &found);
  std::copy(row, row + ner::kNumTags, entry->row);
  return entry->row;
}

// The summed weights of token i's features in `group`, which depend only on
// what `key` hashes.
const int32_t* Recognizer::GroupSum(const ner::FeatureExtractor& extractor, int i, uint64_t key, unsigned group,
                                    ner::RowCache* cache) const {
  bool found;
  ner::RowCache::Entry* entry = cache->Lookup(key, &found);
  if (!found) {
    uint64_t features[ner::kMaxFeatures];
    std::fill(entry->row, entry->row + ner::kNumTags, 0);
    AddWeights(features, extractor.Extract(i, features, group), entry->row);
  }
  return entry->row;
}

// The weight table is far larger than the CPU caches, so nearly every
// feature costs two cache misses (its index slot, then its row). Looking up
// in three passes (prefetch every slot, find every row and prefetch it, add)
// lets those misses overlap. Integer sums do not depend on the order.
void Recognizer::AddWeights(const uint64_t* features, int count, int32_t* scores) const {
  uint32_t keys[ner::kMaxFeatures];
  for (int k = 0; k < count; ++k) {
    keys[k] = ner::FoldKey(features[k]);
    index_.Prefetch(keys[k]);
  }
  const int16_t* rows[ner::kMaxFeatures];
  int found = 0;
  for (int k = 0; k < count; ++k) {
    const int32_t row = index_.Find(keys[k]);
    if (row < 0) continue;
    const int16_t* w = weights_.data() + static_cast<size_t>(row) * ner::kNumTags;
    ner::Prefetch(w);
    ner::Prefetch(w + ner::kNumTags - 1);
    rows[found++] = w;
  }
  for (int k = 0; k < found; ++k) {
    const int16_t* w = rows[k];
    for (int t = 0; t < ner::kNumTags; ++t) scores[t] += w[t];
  }
}

namespace {

// "posted the video on X.", "inspired by Malcolm X.": the tokenizer keeps a
// capital letter's period as an initial's, and a name that ends its
// sentence with one ends before the period, which is the sentence's.
void LeaveOutSentencePeriods(const Document& doc, const ner::TokenFacts* facts, size_t first,
                             std::vector<Mention>* mentions) {
  for (size_t m = first; m < mentions->size(); ++m) {
    Span& span = (*mentions)[m].span;
    const std::string_view text = doc.Text(span);
    if (text.size() < 2 || text.back() != '.' || !IsUpperAscii(text[text.size() - 2]) ||
        (text.size() > 2 && text[text.size() - 3] != ' ')) {
      continue;
    }
    const auto last = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.end,
                                       [](const Token& token, uint32_t end) { return token.end < end; });
    if (last == doc.tokens.end() || facts[last - doc.tokens.begin()].sentence_left != 1) continue;
    // (Where a capitalised word or a new line follows: not an initial before
    // a nickname, "Rep. Robert C. “Bobby” Scott".)
    const auto next = last + 1;
    if (next == doc.tokens.end() || next->Has(kNewlineBefore) ||
        (next->kind == TokenKind::kWord && next->Has(kCapitalized) && next->Has(kSpaceBefore))) {
      --span.end;
    }
  }
}

}  // namespace

void Recognizer::Recognize(const Document& doc, std::vector<Mention>* mentions) const {
  if (!loaded_ || doc.tokens.empty()) return;
  thread_local Scratch scratch;
  ner::FeatureExtractor& extractor = scratch.extractor;
  extractor.set_lexicons(&gazetteer_, word_classes_.size() ? &word_classes_ : nullptr, id_);
  extractor.BeginDocument(doc);
  scratch.rows.Use(id_, extractor.tokens_seen());
  scratch.tags.resize(doc.tokens.size());
  for (const auto& sentence : extractor.sentences()) {
    const int begin = sentence.first, n = sentence.second - sentence.first;
    if (scratch.emission.size() < static_cast<size_t>(n) * ner::kNumTags) {
      scratch.emission.resize(static_cast<size_t>(n) * ner::kNumTags);
      scratch.classes.resize(n);
    }
    ScoreSentence(extractor, begin, n, &scratch.rows, &scratch.sentence, scratch.emission.data());
    for (int i = 0; i < n; ++i) scratch.classes[i] = extractor.facts()[begin + i].token_class;
    ExcludeNonNameTokens(doc, extractor.facts().data() + begin, begin, n, scratch.emission.data());
    uint8_t* tags = scratch.tags.data() + begin;
    ner::ViterbiDecode(scratch.emission.data(), scratch.classes.data(), n, transitions_, &scratch.viterbi, tags);
    const ner::TokenFacts* facts = extractor.facts().data() + begin;
    ApplyNameRules(doc, facts, begin, n, tags);
    ApplyTypeRules(doc, gazetteer_, facts, begin, n, tags);
    extractor.RecordTags(begin, begin + n, tags);
  }
  ner::MakeConsistent(extractor.facts(), extractor.sentences(), scratch.tags.data());
  ApplyDocumentRules(doc, extractor.facts().data(), static_cast<int>(doc.tokens.size()), scratch.tags.data());
  ApplyLateDocumentRules(doc, extractor.facts().data(), static_cast<int>(doc.tokens.size()), scratch.tags.data());
  ApplyGivenNamePersons(doc, extractor.facts().data(), static_cast<int>(doc.tokens.size()), scratch.tags.data());
  DropHandles(doc, scratch.tags.data());
  // Every sentence's tags are well formed, so one pass over the document's
  // tags, in text order, reads off its mentions.
  const size_t first_new = mentions->size();
  ner::AppendMentions(doc.tokens.data(), scratch.tags.data(), static_cast<int>(doc.tokens.size()), mentions);
  LeaveOutSentencePeriods(doc, extractor.facts().data(), first_new, mentions);
  extractor.ReleaseLargeBuffers();
  if (scratch.tags.capacity() > (1 << 20)) std::vector<uint8_t>().swap(scratch.tags);
}

namespace {

struct Embedded {
  Recognizer recognizer;
  Status status;
  Embedded() {
    status = kEmbeddedNerModel_size == 0
                 ? Status::Internal("no NER model was compiled in (models/ner.model missing)")
                 : recognizer.Load(
                       std::string_view(reinterpret_cast<const char*>(kEmbeddedNerModel), kEmbeddedNerModel_size),
                       ner::ModelIntegrity::kCompiledIn);
  }
};

const Embedded& GetEmbedded() {
  static const Embedded embedded;
  return embedded;
}

}  // namespace

const Recognizer& EmbeddedRecognizer() { return GetEmbedded().recognizer; }
Status EmbeddedRecognizerStatus() { return GetEmbedded().status; }

}  // namespace annotator
