#include "numeric.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "ascii_case.h"
#include "tokenizer.h"
#include "word_table.h"

// Rules over the tokens of one sentence, left to right: at each token the
// patterns that start there are tried from the most specific (money, dates
// with a day, times) to the least (a bare number), the first match wins and
// scanning resumes after it. So mentions come out in order, never overlap
// and never cross a sentence, and the work is linear in the tokens (each
// pattern looks at most a handful of tokens ahead).
//
// Choices where OntoNotes leaves room:
//  * "Friday morning", "last night", "this morning" are one TIME span.
//  * "3.5 percentage points" is PERCENT.
//  * Durations are DATE ("five years", "two weeks ago") or TIME ("three hours").
//  * A bare 4-digit number 1500-2100 is a DATE (a year) unless a counted noun
//    follows it: "2000 people" is CARDINAL, "by 2028" DATE; "2,000"
//    (grouped) is never a year.
//  * "the" is part of decades and relative dates ("the 1990s", "the past
//    decade") but not of "by 2028" (prepositions are never included).

namespace annotator {
namespace {

struct Entry {
  std::string_view word;  // lower case
  int32_t value;
};

template <size_t N>
constexpr bool IsSortedTable(const Entry (&table)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(table[i - 1].word < table[i].word)) return false;
  }
  return true;
}

// Values are only compared in small ranges (days, hours), so "trillion"
// need not fit.
constexpr Entry kCardinalWords[] = {
    {"billion", 1000000000},
    {"dozen", 12},
    {"eight", 8},
    {"eighteen", 18},
    {"eighty", 80},
    {"eleven", 11},
    {"fifteen", 15},
    {"fifty", 50},
    {"five", 5},
    {"forty", 40},
    {"four", 4},
    {"fourteen", 14},
    {"hundred", 100},
    {"million", 1000000},
    {"nine", 9},
    {"nineteen", 19},
    {"ninety", 90},
    {"one", 1},
    {"seven", 7},
    {"seventeen", 17},
    {"seventy", 70},
    {"six", 6},
    {"sixteen", 16},
    {"sixty", 60},
    {"ten", 10},
    {"thirteen", 13},
    {"thirty", 30},
    {"thousand", 1000},
    {"three", 3},
    {"trillion", 2000000000},
    {"twelve", 12},
    {"twenty", 20},
    {"two", 2},
    {"zero", 0},
};
static_assert(IsSortedTable(kCardinalWords), "sorted, so without duplicates");

// Scale words that may follow a number written in digits: "1.5 million".
// With India's lakh (100,000) and crore (10 million): "Rs 24 lakh", "Rs
// 95,000 cr".
constexpr Entry kScaleWords[] = {
    {"billion", 1}, {"bln", 1},     {"bn", 1},  {"cr", 1}, {"crore", 1},    {"crores", 1}, {"hundred", 1},  {"lakh", 1},
    {"lakhs", 1},   {"million", 1}, {"mln", 1}, {"mn", 1}, {"thousand", 1}, {"tn", 1},     {"trillion", 1}, {"trn", 1},
};
static_assert(IsSortedTable(kScaleWords), "sorted, so without duplicates");

// Scale abbreviations glued to a sum of money: $1.5bn, €3m, $20k.
constexpr Entry kMoneyScales[] = {
    {"b", 1}, {"bln", 1}, {"bn", 1}, {"k", 1}, {"m", 1}, {"mil", 1}, {"mln", 1}, {"mn", 1}, {"tn", 1}, {"trn", 1},
};
static_assert(IsSortedTable(kMoneyScales), "sorted, so without duplicates");

constexpr Entry kOrdinalWords[] = {
    {"eighteenth", 18}, {"eighth", 8},        {"eleventh", 11}, {"fifteenth", 15},   {"fifth", 5},
    {"first", 1},       {"fourteenth", 14},   {"fourth", 4},    {"hundredth", 100},  {"millionth", 1000000},
    {"nineteenth", 19}, {"ninth", 9},         {"second", 2},    {"seventeenth", 17}, {"seventh", 7},
    {"sixteenth", 16},  {"sixth", 6},         {"tenth", 10},    {"third", 3},        {"thirteenth", 13},
    {"thirtieth", 30},  {"thousandth", 1000}, {"twelfth", 12},  {"twentieth", 20},
};
static_assert(IsSortedTable(kOrdinalWords), "sorted, so without duplicates");

// Months; abbreviations carry 100 + the month.
constexpr Entry kMonths[] = {
    {"apr", 104},     {"april", 4},    {"aug", 108},    {"august", 8},  {"dec", 112},  {"december", 12},
    {"feb", 102},     {"february", 2}, {"jan", 101},    {"january", 1}, {"jul", 107},  {"july", 7},
    {"jun", 106},     {"june", 6},     {"mar", 103},    {"march", 3},   {"may", 5},    {"nov", 111},
    {"november", 11}, {"oct", 110},    {"october", 10}, {"sep", 109},   {"sept", 109}, {"september", 9},
};
static_assert(IsSortedTable(kMonths), "sorted, so without duplicates");

constexpr Entry kWeekdays[] = {
    {"friday", 5}, {"monday", 1}, {"saturday", 6}, {"sunday", 7}, {"thursday", 4}, {"tuesday", 2}, {"wednesday", 3},
};
static_assert(IsSortedTable(kWeekdays), "sorted, so without duplicates");

// Words that make a relative date with last/next/this/past...: value 1 when
// the result is a TIME (parts of the day).
constexpr Entry kRelativeAnchors[] = {
    {"afternoon", 1}, {"autumn", 0},  {"century", 0}, {"decade", 0},  {"evening", 1}, {"fall", 0},
    {"month", 0},     {"morning", 1}, {"night", 1},   {"quarter", 0}, {"season", 0},  {"spring", 0},
    {"summer", 0},    {"week", 0},    {"weekend", 0}, {"winter", 0},  {"year", 0},
};
static_assert(IsSortedTable(kRelativeAnchors), "sorted, so without duplicates");

constexpr Entry kRelativeModifiers[] = {
    {"coming", 0}, {"following", 0}, {"last", 0}, {"next", 0}, {"past", 0}, {"previous", 0}, {"this", 0},
};
static_assert(IsSortedTable(kRelativeModifiers), "sorted, so without duplicates");

constexpr Entry kDayParts[] = {
    {"afternoon", 1},
    {"evening", 1},
    {"morning", 1},
    {"night", 1},
};
static_assert(IsSortedTable(kDayParts), "sorted, so without duplicates");

// After a number: value 0 makes a DATE ("five years"), 1 a TIME ("two hours").
constexpr Entry kDurationUnits[] = {
    {"centuries", 0}, {"century", 0}, {"day", 0},    {"days", 0},  {"decade", 0}, {"decades", 0}, {"h", 1},
    {"hour", 1},      {"hours", 1},   {"hr", 1},     {"hrs", 1},   {"min", 1},    {"mins", 1},    {"minute", 1},
    {"minutes", 1},   {"month", 0},   {"months", 0}, {"sec", 1},   {"second", 1}, {"seconds", 1}, {"secs", 1},
    {"week", 0},      {"weeks", 0},   {"year", 0},   {"years", 0},
};
static_assert(IsSortedTable(kDurationUnits), "sorted, so without duplicates");

constexpr Entry kCurrencyWords[] = {
    {"aed", 0},     {"ars", 0},      {"aud", 0},       {"baht", 0},     {"bam", 0},      {"bdt", 0},    {"bgn", 0},
    {"bhd", 0},     {"birr", 0},     {"bitcoin", 0},   {"bitcoins", 0}, {"brl", 0},      {"btn", 0},    {"cad", 0},
    {"cedi", 0},    {"cedis", 0},    {"cent", 0},      {"cents", 0},    {"chf", 0},      {"clp", 0},    {"cny", 0},
    {"czk", 0},     {"dinar", 0},    {"dinars", 0},    {"dirham", 0},   {"dirhams", 0},  {"dkk", 0},    {"dollar", 0},
    {"dollars", 0}, {"dong", 0},     {"dzd", 0},       {"egp", 0},      {"etb", 0},      {"eur", 0},    {"euro", 0},
    {"euros", 0},   {"fjd", 0},      {"forint", 0},    {"forints", 0},  {"franc", 0},    {"francs", 0}, {"gbp", 0},
    {"ghs", 0},     {"hkd", 0},      {"hryvnia", 0},   {"hryvnias", 0}, {"huf", 0},      {"idr", 0},    {"inr", 0},
    {"isk", 0},     {"jod", 0},      {"jpy", 0},       {"kes", 0},      {"kina", 0},     {"koruna", 0}, {"krona", 0},
    {"krone", 0},   {"kronor", 0},   {"krw", 0},       {"kuna", 0},     {"kunas", 0},    {"kwacha", 0}, {"kwachas", 0},
    {"kwd", 0},     {"kyat", 0},     {"lari", 0},      {"lek", 0},      {"leva", 0},     {"lira", 0},   {"liras", 0},
    {"lkr", 0},     {"manat", 0},    {"manats", 0},    {"mkd", 0},      {"mnt", 0},      {"mur", 0},    {"mxn", 0},
    {"myr", 0},     {"naira", 0},    {"nairas", 0},    {"ngn", 0},      {"ngultrum", 0}, {"nok", 0},    {"npr", 0},
    {"omr", 0},     {"pence", 0},    {"peso", 0},      {"pesos", 0},    {"pgk", 0},      {"pkr", 0},    {"pln", 0},
    {"pound", 0},   {"pounds", 0},   {"pula", 0},      {"qar", 0},      {"rand", 0},     {"reais", 0},  {"renminbi", 0},
    {"rials", 0},   {"riels", 0},    {"ringgit", 0},   {"ringgits", 0}, {"riyal", 0},    {"riyals", 0}, {"rmb", 0},
    {"ron", 0},     {"rouble", 0},   {"roubles", 0},   {"rsd", 0},      {"ruble", 0},    {"rubles", 0}, {"rupee", 0},
    {"rupees", 0},  {"rupiah", 0},   {"rupiahs", 0},   {"sar", 0},      {"sek", 0},      {"sgd", 0},    {"shekel", 0},
    {"shekels", 0}, {"shilling", 0}, {"shillings", 0}, {"soles", 0},    {"somoni", 0},   {"taka", 0},   {"tenge", 0},
    {"thb", 0},     {"tl", 0},       {"tnd", 0},       {"tugrik", 0},   {"tugriks", 0},  {"twd", 0},    {"tzs", 0},
    {"uah", 0},     {"ugx", 0},      {"usd", 0},       {"vnd", 0},      {"won", 0},      {"xaf", 0},    {"xof", 0},
    {"yen", 0},     {"yuan", 0},     {"zar", 0},       {"zloty", 0},    {"zlotys", 0},   {"zmw", 0},
};
static_assert(IsSortedTable(kCurrencyWords), "sorted, so without duplicates");

// Letters glued before "$": US$, HK$, A$, NZ$, R$, FJ$, J$, TT$, N$.
constexpr Entry kDollarPrefixes[] = {
    {"a", 0}, {"au", 0}, {"bz", 0}, {"c", 0}, {"ca", 0}, {"ec", 0}, {"fj", 0}, {"hk", 0}, {"j", 0},
    {"n", 0}, {"nt", 0}, {"nz", 0}, {"r", 0}, {"s", 0},  {"sg", 0}, {"tt", 0}, {"us", 0},
};
static_assert(IsSortedTable(kDollarPrefixes), "sorted, so without duplicates");

constexpr Entry kUnits[] = {
    {"acre", 0},        {"acres", 0},       {"barrel", 0},      {"barrels", 0},     {"bpd", 0},
    {"calorie", 0},     {"calories", 0},    {"carat", 0},       {"carats", 0},      {"centimeter", 0},
    {"centimeters", 0}, {"centimetre", 0},  {"centimetres", 0}, {"cm", 0},          {"cup", 0},
    {"cups", 0},        {"decibel", 0},     {"decibels", 0},    {"degree", 0},      {"degrees", 0},
    {"feet", 0},        {"foot", 0},        {"fps", 0},         {"ft", 0},          {"gallon", 0},
    {"gallons", 0},     {"gb", 0},          {"gbps", 0},        {"ghz", 0},         {"gigabyte", 0},
    {"gigabytes", 0},   {"gigawatt", 0},    {"gigawatts", 0},   {"gram", 0},        {"grams", 0},
    {"gw", 0},          {"gwh", 0},         {"hectare", 0},     {"hectares", 0},    {"horsepower", 0},
    {"hz", 0},          {"inch", 0},        {"inches", 0},      {"kb", 0},          {"kcal", 0},
    {"kg", 0},          {"khz", 0},         {"kilogram", 0},    {"kilograms", 0},   {"kilometer", 0},
    {"kilometers", 0},  {"kilometre", 0},   {"kilometres", 0},  {"kilowatt", 0},    {"kilowatts", 0},
    {"km", 0},          {"knot", 0},        {"knots", 0},       {"kph", 0},         {"kw", 0},
    {"kwh", 0},         {"lb", 0},          {"lbs", 0},         {"liter", 0},       {"liters", 0},
    {"litre", 0},       {"litres", 0},      {"mah", 0},         {"mb", 0},          {"mbps", 0},
    {"megabyte", 0},    {"megabytes", 0},   {"megapixel", 0},   {"megapixels", 0},  {"megawatt", 0},
    {"megawatts", 0},   {"meter", 0},       {"meters", 0},      {"metre", 0},       {"metres", 0},
    {"mg", 0},          {"mhz", 0},         {"microgram", 0},   {"micrograms", 0},  {"mile", 0},
    {"miles", 0},       {"milligram", 0},   {"milligrams", 0},  {"milliliter", 0},  {"milliliters", 0},
    {"millilitre", 0},  {"millilitres", 0}, {"millimeter", 0},  {"millimeters", 0}, {"millimetre", 0},
    {"millimetres", 0}, {"ml", 0},          {"mm", 0},          {"mph", 0},         {"mw", 0},
    {"mwh", 0},         {"nanometer", 0},   {"nanometers", 0},  {"nanometre", 0},   {"nanometres", 0},
    {"nm", 0},          {"ounce", 0},       {"ounces", 0},      {"oz", 0},          {"psi", 0},
    {"tablespoon", 0},  {"tablespoons", 0}, {"tb", 0},          {"tbsp", 0},        {"tbsp.", 0},
    {"teaspoon", 0},    {"teaspoons", 0},   {"terabyte", 0},    {"terabytes", 0},   {"ton", 0},
    {"tonne", 0},       {"tonnes", 0},      {"tons", 0},        {"tsp", 0},         {"tsp.", 0},
    {"twh", 0},         {"volt", 0},        {"volts", 0},       {"w", 0},           {"watt", 0},
    {"watts", 0},       {"yard", 0},        {"yards", 0},
};
static_assert(IsSortedTable(kUnits), "sorted, so without duplicates");

// After these a month name that is also a word is a date: "in May".
constexpr Entry kDatePrepositions[] = {
    {"after", 0},  {"around", 0}, {"before", 0},  {"between", 0}, {"by", 0}, {"circa", 0},
    {"during", 0}, {"early", 0},  {"fiscal", 0},  {"from", 0},    {"in", 0}, {"late", 0},
    {"of", 0},     {"since", 0},  {"through", 0}, {"till", 0},    {"to", 0}, {"until", 0},
};
static_assert(IsSortedTable(kDatePrepositions), "sorted, so without duplicates");

// Nouns that a year-like number counts rather than dates: "2000 people".
// Kept small on purpose: years are far more common in news than 4-digit
// counts written without a thousands separator.
constexpr Entry kCountedNouns[] = {
    {"cars", 0},         {"cases", 0},     {"children", 0},      {"companies", 0},     {"customers", 0},
    {"deaths", 0},       {"delegates", 0}, {"employees", 0},     {"firms", 0},         {"flights", 0},
    {"homes", 0},        {"houses", 0},    {"jobs", 0},          {"members", 0},       {"men", 0},
    {"migrants", 0},     {"officers", 0},  {"organisations", 0}, {"organizations", 0}, {"pages", 0},
    {"participants", 0}, {"patients", 0},  {"people", 0},        {"persons", 0},       {"police", 0},
    {"refugees", 0},     {"residents", 0}, {"schools", 0},       {"shops", 0},         {"soldiers", 0},
    {"staff", 0},        {"stores", 0},    {"students", 0},      {"times", 0},         {"troops", 0},
    {"units", 0},        {"users", 0},     {"vehicles", 0},      {"votes", 0},         {"women", 0},
    {"words", 0},        {"workers", 0},
};
static_assert(IsSortedTable(kCountedNouns), "sorted, so without duplicates");

constexpr Entry kTimeZones[] = {
    {"aedt", 0}, {"aest", 0}, {"awst", 0}, {"bst", 0}, {"cat", 0},  {"cdt", 0}, {"cest", 0}, {"cet", 0},  {"cst", 0},
    {"eat", 0},  {"edt", 0},  {"eest", 0}, {"eet", 0}, {"est", 0},  {"et", 0},  {"gmt", 0},  {"hkt", 0},  {"ict", 0},
    {"ist", 0},  {"jst", 0},  {"kst", 0},  {"mdt", 0}, {"msk", 0},  {"mst", 0}, {"nzdt", 0}, {"nzst", 0}, {"pdt", 0},
    {"pht", 0},  {"pkt", 0},  {"pst", 0},  {"pt", 0},  {"sast", 0}, {"sgt", 0}, {"utc", 0},  {"wat", 0},  {"wib", 0},
};
static_assert(IsSortedTable(kTimeZones), "sorted, so without duplicates");

// A bitmap over the first three letters of every word that can start a
// mention ("the", "last", "five", "November", "USD", "Q3"...): most words of
// a text fail this one test and skip all the table look-ups.
constexpr int kPrefixCodes = 27;  // a-z, then "other or end of word"
constexpr int PrefixCode(char c) { return IsLowerAscii(c) ? c - 'a' : IsUpperAscii(c) ? c - 'A' : kPrefixCodes - 1; }
constexpr size_t PrefixIndex(std::string_view word) {
  size_t index = 0;
  for (size_t k = 0; k < 3; ++k) {
    index = index * kPrefixCodes + PrefixCode(k < word.size() ? word[k] : ' ');
  }
  return index;
}
using PrefixSet = std::array<uint64_t, (kPrefixCodes * kPrefixCodes * kPrefixCodes + 63) / 64>;

template <size_t N>
constexpr void AddPrefixes(const Entry (&table)[N], PrefixSet* set) {
  for (const Entry& e : table) {
    const size_t index = PrefixIndex(e.word);
    (*set)[index / 64] |= uint64_t{1} << (index % 64);
  }
}

// Start words not in the tables below MatchAt's patterns use directly.
// ("GH" opens Ghana's "GH₵4,000". Of the currency letters of
// IsCurrencyLetters only "KSh", "Rp", "Tk" and "Br" stand alone before an
// amount set off by a space; glued to one, the tokenizer makes the letters a
// symbol, which MayStartMention lets through.)
constexpr Entry kOtherStartWords[] = {
    {"a", 0},   {"an", 0},       {"br", 0},       {"fiscal", 0},  {"fy", 0},        {"gh", 0}, {"h", 0},
    {"ksh", 0}, {"midnight", 0}, {"noon", 0},     {"q", 0},       {"rp", 0},        {"rs", 0}, {"the", 0},
    {"tk", 0},  {"today", 0},    {"tomorrow", 0}, {"tonight", 0}, {"yesterday", 0},
};

constexpr PrefixSet MakeStartPrefixes() {
  PrefixSet set{};
  AddPrefixes(kCardinalWords, &set);
  AddPrefixes(kOrdinalWords, &set);
  AddPrefixes(kMonths, &set);
  AddPrefixes(kWeekdays, &set);
  AddPrefixes(kRelativeModifiers, &set);
  AddPrefixes(kCurrencyWords, &set);
  AddPrefixes(kDollarPrefixes, &set);
  AddPrefixes(kOtherStartWords, &set);
  return set;
}
constexpr PrefixSet kStartPrefixes = MakeStartPrefixes();

bool MayStartWithWord(std::string_view word) {
  const size_t index = PrefixIndex(word);
  return (kStartPrefixes[index / 64] >> (index % 64)) & 1;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "4.2-billion", "9-million": digits (a decimal point allowed), a hyphen and
// a scale word.
bool IsHyphenScaledAmount(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || !IsDigit(word[0]) || !IsDigit(word[hyphen - 1])) {
    return false;
  }
  for (size_t k = 0; k < hyphen; ++k) {
    if (!IsDigit(word[k]) && word[k] != '.' && word[k] != ',') return false;
  }
  const std::string_view scale = word.substr(hyphen + 1);
  return scale == "million" || scale == "billion" || scale == "trillion";
}

// Capitalised nouns that a number after them names rather than counts:
// "Week 12", "Day 3, Part 16", "Apple Watch Series 3", "Chapter 11", "Title
// IX"'s kin "Article 50".
constexpr Entry kDesignators[] = {
    {"act", 0},     {"article", 0},  {"chapter", 0}, {"day", 0},   {"episode", 0}, {"figure", 0},
    {"game", 0},    {"gate", 0},     {"image", 0},   {"level", 0}, {"page", 0},    {"part", 0},
    {"phase", 0},   {"platform", 0}, {"round", 0},   {"route", 0}, {"scene", 0},   {"season", 0},
    {"section", 0}, {"series", 0},   {"stage", 0},   {"step", 0},  {"volume", 0},  {"week", 0},
};
static_assert(IsSortedTable(kDesignators), "sorted, so without duplicates");

// "no one", "the one", "this one", "one another": a pronoun, not a count.
constexpr Entry kLoneOneDeterminers[] = {
    {"any", 0}, {"each", 0}, {"every", 0}, {"no", 0}, {"that", 0}, {"the", 0}, {"this", 0}, {"which", 0},
};

// "a big one", "the old one", "his first one": after a determiner and an
// adjective, "one" stands for a noun too ("that" and "each" are left out:
// "a message that left one pastor", "each choose one").
constexpr Entry kAdjectiveOneDeterminers[] = {
    {"a", 0},   {"an", 0},  {"the", 0}, {"this", 0},  {"another", 0}, {"any", 0}, {"every", 0}, {"no", 0},
    {"his", 0}, {"her", 0}, {"its", 0}, {"their", 0}, {"my", 0},      {"our", 0}, {"your", 0},
};

// The words that may follow such a pronoun "one" ("the only one who", "a
// new one where", "the new one this weekend"); any other word is what it
// counts ("in a hospital one night", "the number one issue").
constexpr Entry kAfterPronounOne[] = {
    {"who", 0},  {"that", 0}, {"which", 0}, {"where", 0}, {"when", 0}, {"this", 0}, {"is", 0}, {"was", 0}, {"are", 0},
    {"were", 0}, {"will", 0}, {"would", 0}, {"has", 0},   {"had", 0},  {"to", 0},   {"in", 0}, {"on", 0},  {"at", 0},
    {"for", 0},  {"from", 0}, {"with", 0},  {"yet", 0},   {"ever", 0}, {"and", 0},  {"or", 0}, {"but", 0}, {"than", 0},
    {"you", 0},  {"we", 0},   {"they", 0},  {"he", 0},    {"she", 0},  {"i", 0},
};

// Every table above as one bit, so that a word is hashed once and looked up
// once for all of them (the values of the tables that have any ride along).
enum Table : uint32_t {
  kCardinalTable = 1u << 0,
  kScaleTable = 1u << 1,
  kMoneyScaleTable = 1u << 2,
  kOrdinalTable = 1u << 3,
  kMonthTable = 1u << 4,
  kWeekdayTable = 1u << 5,
  kRelativeAnchorTable = 1u << 6,
  kRelativeModifierTable = 1u << 7,
  kDayPartTable = 1u << 8,
  kDurationTable = 1u << 9,
  kCurrencyTable = 1u << 10,
  kDollarPrefixTable = 1u << 11,
  kUnitTable = 1u << 12,
  kDatePrepositionTable = 1u << 13,
  kCountedNounTable = 1u << 14,
  kTimeZoneTable = 1u << 15,
  kLoneOneDeterminerTable = 1u << 16,
  kAdjectiveOneDeterminerTable = 1u << 17,
  kAfterPronounOneTable = 1u << 18,
  kDesignatorTable = 1u << 19,
};
// What a number before it measures, counts or prices: "tonnes", "rand",
// "million", "people".
constexpr uint32_t kMeasureTables = kUnitTable | kCurrencyTable | kScaleTable | kCountedNounTable;

struct WordEntry {
  uint32_t tables = 0;  // Table bits
  int32_t cardinal = 0;
  int32_t month = 0;
  int32_t anchor = 0;    // value in kRelativeAnchors
  int32_t duration = 0;  // value in kDurationUnits
};

// Marks the words of `table` with `bit`; `value`, unless null, is the field
// that keeps their values.
template <size_t N>
void AddTable(const Entry (&table)[N], Table bit, int32_t WordEntry::*value, WordTable<WordEntry>* words) {
  for (const Entry& e : table) {
    WordEntry* entry = words->Insert(e.word);
    entry->tables |= bit;
    if (value != nullptr) entry->*value = e.value;
  }
}

const WordTable<WordEntry>& Words() {
  static const WordTable<WordEntry> words = [] {
    WordTable<WordEntry> w;
    AddTable(kCardinalWords, kCardinalTable, &WordEntry::cardinal, &w);
    AddTable(kScaleWords, kScaleTable, nullptr, &w);
    AddTable(kMoneyScales, kMoneyScaleTable, nullptr, &w);
    AddTable(kOrdinalWords, kOrdinalTable, nullptr, &w);
    AddTable(kMonths, kMonthTable, &WordEntry::month, &w);
    AddTable(kWeekdays, kWeekdayTable, nullptr, &w);
    AddTable(kRelativeAnchors, kRelativeAnchorTable, &WordEntry::anchor, &w);
    AddTable(kRelativeModifiers, kRelativeModifierTable, nullptr, &w);
    AddTable(kDayParts, kDayPartTable, nullptr, &w);
    AddTable(kDurationUnits, kDurationTable, &WordEntry::duration, &w);
    AddTable(kCurrencyWords, kCurrencyTable, nullptr, &w);
    AddTable(kDollarPrefixes, kDollarPrefixTable, nullptr, &w);
    AddTable(kUnits, kUnitTable, nullptr, &w);
    AddTable(kDatePrepositions, kDatePrepositionTable, nullptr, &w);
    AddTable(kCountedNouns, kCountedNounTable, nullptr, &w);
    AddTable(kTimeZones, kTimeZoneTable, nullptr, &w);
    AddTable(kLoneOneDeterminers, kLoneOneDeterminerTable, nullptr, &w);
    AddTable(kAdjectiveOneDeterminers, kAdjectiveOneDeterminerTable, nullptr, &w);
    AddTable(kAfterPronounOne, kAfterPronounOneTable, nullptr, &w);
    AddTable(kDesignators, kDesignatorTable, nullptr, &w);
    return w;
  }();
  return words;
}

// The entry of `word` (any ASCII case) when a table in `tables` holds it.
const WordEntry* Find(std::string_view word, uint32_t tables) {
  const WordEntry* entry = Words().Find(word);
  return entry != nullptr && (entry->tables & tables) ? entry : nullptr;
}

// The table entries of a document's tokens, looked up when first asked for:
// most tokens never are (MayStartWithWord turns them away first).
class TokenWords {
 public:
  explicit TokenWords(const Document& doc) : doc_(doc), entries_(doc.tokens.size(), &kUnknown) {}

  // The entry of token `i` when a table in `tables` holds it.
  const WordEntry* Find(size_t i, uint32_t tables) {
    const WordEntry*& entry = entries_[i];
    if (entry == &kUnknown) {
      const Token& t = doc_.tokens[i];
      entry = Words().Find(doc_.text.substr(t.begin, t.end - t.begin));
    }
    return entry != nullptr && (entry->tables & tables) ? entry : nullptr;
  }

  // Whether "pounds" after a number are money in this document: it writes
  // "£" or names sterling somewhere. Otherwise they weigh ("he weighs 236
  // pounds", "1.8M pounds of food"), as in American news. Read once, when
  // first asked.
  bool PoundsAreMoney() {
    if (pounds_are_money_ < 0) {
      pounds_are_money_ = doc_.text.find("\u00a3") != std::string_view::npos || ContainsWordIgnoringCase("sterling") ||
                          ContainsWordIgnoringCase("gbp");
    }
    return pounds_are_money_ != 0;
  }

 private:
  bool ContainsWordIgnoringCase(std::string_view word) const {
    for (const Token& t : doc_.tokens) {
      if (EqualsLower(doc_.text.substr(t.begin, t.end - t.begin), word)) return true;
    }
    return false;
  }

  static constexpr WordEntry kUnknown{};
  const Document& doc_;
  std::vector<const WordEntry*> entries_;
  int pounds_are_money_ = -1;  // not read yet
};

bool IsCurrencySymbol(std::string_view text) {
  // Asked of most words: every symbol but "$" is non-ASCII, so an ASCII
  // first byte other than '$' settles it without comparing.
  if (text.empty() || (text[0] != '$' && static_cast<unsigned char>(text[0]) < 0x80)) return false;
  static constexpr std::string_view kSymbols[] = {"$", "€", "£", "¥",   "₹",  "₩",  "₽", "₺",
                                                  "₪", "₦", "₱", "₿", "￥", "＄", "¢",   "₵"};
  return std::find(std::begin(kSymbols), std::end(kSymbols), text) != std::end(kSymbols);
}

// A number written in digits, as one token: 70  2,000  1.5  10:30  9/11
// 21st  1990s  ’90s.
// Up to three groups of at most four digits joined by one separator
// ("09.11.89", "2022/23", "555-123-4567"): how many digits each group has and
// its value; count 0 when the text is anything else.
struct DigitGroups {
  int count = 0;
  int digits[3] = {0, 0, 0};
  int values[3] = {0, 0, 0};
};

DigitGroups SplitDigitGroups(std::string_view text, char separator) {
  DigitGroups g;
  int group = 0;
  for (char c : text) {
    if (c == separator) {
      if (++group > 2) return {};
    } else if (IsDigit(c) && g.digits[group] < 4) {  // no longer group (nor an overflow)
      ++g.digits[group];
      g.values[group] = g.values[group] * 10 + (c - '0');
    } else {
      return {};
    }
  }
  g.count = group + 1;
  return g;
}

struct DigitsText {
  bool ok = false;
  double value = 0;
  int integer_digits = 0;  // digits before the first separator
  bool grouped = false;    // 2,000
  bool decimal = false;    // 1.5
  char separator = 0;      // ':', '/' or '-' when present (10:30, 9/11, 2024-05-01)
  int separators = 0;
  bool apostrophe = false;  // ’90s
  std::string_view suffix;  // st nd rd th s
};

DigitsText ParseDigits(std::string_view text) {
  DigitsText d;
  size_t pos = 0;
  if (text.substr(0, 3) == "’") {
    d.apostrophe = true;
    pos = 3;
  } else if (!text.empty() && text[0] == '\'') {
    d.apostrophe = true;
    pos = 1;
  }
  if (pos >= text.size() || !IsDigit(text[pos])) return d;
  double fraction_scale = 0;
  bool in_integer = true;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (IsDigit(c)) {
      if (d.separator != 0) continue;  // only the first field carries the value
      if (fraction_scale > 0) {
        d.value += (c - '0') * fraction_scale;
        fraction_scale /= 10;
      } else {
        d.value = d.value * 10 + (c - '0');
        if (in_integer) ++d.integer_digits;
      }
    } else if (c == ',') {
      d.grouped = true;
      in_integer = false;
    } else if (c == '.' && d.separator == 0) {
      d.decimal = true;
      fraction_scale = 0.1;
      in_integer = false;
    } else if (c == ':' || c == '/' || c == '-') {
      if (d.separator == 0) d.separator = c;
      ++d.separators;
      in_integer = false;
    } else {
      break;
    }
  }
  d.suffix = text.substr(pos);
  d.ok = true;
  return d;
}

struct Match {
  size_t end = 0;  // token after the mention; 0 when nothing matched
  EntityType type = EntityType::kCardinal;
};

// A number at some token: digits or number words, with its scale words.
struct Numeral {
  size_t end = 0;  // 0 when there is no number
  DigitsText digits;
  bool words = false;
  bool scaled = false;
};

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, TokenWords* words, size_t first, size_t last)
      : doc_(doc), words_(*words), first_(first), last_(last) {}

  void Run(std::vector<Mention>* mentions) {
    size_t i = first_;
    while (i < last_) {
      if (const size_t end = NoQuantityEnd(i)) {
        i = end;
        continue;
      }
      const Match match = MatchAt(i);
      if (match.end <= i) {
        ++i;
        continue;
      }
      Mention mention;
      mention.span = {doc_.tokens[i].begin, doc_.tokens[match.end - 1].end};
      // ("hit 38.5C.": the sentence's period, which the tokenizer kept with
      // the capital as an initial's, is no part of it.)
      if (EndsWithInitial(match.end - 1) && EndsSentence(match.end - 1)) --mention.span.end;
      mention.type = match.type;
      mentions->push_back(mention);
      i = match.end;
    }
  }

 private:
  bool Valid(size_t i) const { return i >= first_ && i < last_; }
  std::string_view Text(size_t i) const {
    if (!Valid(i)) return {};
    const Token& t = doc_.tokens[i];
    return doc_.text.substr(t.begin, t.end - t.begin);
  }
  bool Is(size_t i, std::string_view lower) const { return EqualsLower(Text(i), lower); }
  // Whether token `i` is one of `words` (lower case).
  template <size_t N>
  bool IsOneOf(size_t i, const std::string_view (&words)[N]) const {
    return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return Is(i, w); });
  }
  // The entry of token `i` when it is in the sentence and in one of `tables`.
  const WordEntry* Lookup(uint32_t tables, size_t i) const { return Valid(i) ? words_.Find(i, tables) : nullptr; }
  // No space between token i-1 and token i.
  bool Glued(size_t i) const { return Valid(i) && i > first_ && doc_.tokens[i].begin == doc_.tokens[i - 1].end; }
  // Past the time glued to an ISO 8601 date that ends before token i
  // ("2019-11-18T20:51:19Z", "2024-03-05T14:30:00+01:00": one timestamp,
  // whose pieces made a time "51:19" and the name "Z Science"); i when none.
  size_t IsoTimeEnd(size_t i) const {
    if (!Glued(i) || Text(i).size() < 2 || Text(i)[0] != 'T' || !IsDigit(Text(i)[1])) return i;
    size_t end = i + 1;
    while (Glued(end)) {
      const std::string_view t = Text(end);
      const bool piece = t == ":" || t == "+" || t == "-" || t == "Z" || t == "." || IsDigit(t[0]);
      if (!piece) break;
      ++end;
    }
    return end;
  }
  // "PM2.5", "USD476.98EUR527.92": token i is the decimals of a code, whose
  // letters and first digits the tokenizer kept as a word (and the
  // segmenter may have ended a sentence at the point).
  bool IsCodeDecimals(size_t i) const {
    if (i < 2) return false;
    const Token& point = doc_.tokens[i - 1];
    const Token& word = doc_.tokens[i - 2];
    return doc_.tokens[i].begin == point.end && point.begin == word.end && point.end == point.begin + 1 &&
           doc_.text[point.begin] == '.' && word.kind == TokenKind::kWord && IsDigit(doc_.text[word.end - 1]);
  }
  // Whether token i is three digits alone, one space after the number
  // before it, and no number follows it (not "555 123 4567").
  bool IsSpacedThousands(size_t i) const {
    if (!Valid(i) || doc_.tokens[i].kind != TokenKind::kNumber || Text(i).size() != 3 ||
        !std::all_of(Text(i).begin(), Text(i).end(), IsDigit)) {
      return false;
    }
    const Token& before = doc_.tokens[i - 1];
    const bool one_space = doc_.tokens[i].begin == before.end + 1 && doc_.text[before.end] == ' ';
    return one_space && !(Valid(i + 1) && doc_.tokens[i + 1].kind == TokenKind::kNumber && !IsSpacedThousands(i + 1));
  }
  // A word of letters glued to token i-1: "K" of "4K", "fps" of "60fps" (not "'s").
  bool GluedLetters(size_t i) const {
    if (!Glued(i) || !IsWord(i)) return false;
    const char first = LowerAscii(Text(i)[0]);
    return IsLowerAscii(first);
  }
  bool Capitalized(size_t i) const { return Valid(i) && doc_.tokens[i].Has(kCapitalized); }
  bool IsWord(size_t i) const { return Valid(i) && doc_.tokens[i].kind == TokenKind::kWord; }
  bool IsLowerWord(size_t i) const {
    if (!IsWord(i)) return false;
    const char first = Text(i)[0];
    return IsLowerAscii(first);
  }

  // Numbers that count nothing, so that a reader sees no quantity there:
  // a reference mark ("alarms per shift[1]", "[6]" in text copied from
  // Wikipedia) and a telephone number ("Phone +41 41 544 78 00", "555 123
  // 4567": after "+", or three groups of digits or more one space apart;
  // "(555) 123-4567"). The end of the tokens to pass over, or 0.
  size_t NoQuantityEnd(size_t i) const {
    if (doc_.tokens[i].kind != TokenKind::kNumber) return 0;
    if (Glued(i) && Is(i - 1, "[") && Glued(i + 1) && Is(i + 1, "]")) return i + 1;
    if (IsLocalPhoneNumber(Text(i)) || IsEmergencyNumber(i) || IsHouseNumber(i)) return i + 1;
    if (Text(i) == "24/7") return i + 1;  // "open 24/7": always, no fraction
    if (IsCodeDecimals(i)) return i + 1;
    if (IsItemNumber(i) || IsCitationNumber(i)) return i + 1;
    // "(555) 123-4567"
    if (Glued(i) && Is(i - 1, "(") && Text(i).size() == 3 && IsDigitGroup(i) && Glued(i + 1) && Is(i + 1, ")") &&
        Valid(i + 2) && IsLocalPhoneNumber(Text(i + 2))) {
      return i + 3;
    }
    // Groups of two digits or more, one space apart, one of three or more:
    // not a table's columns (tabs) or a line of scores ("Palm Bay 18 22 13
    // 17").
    auto group = [&](size_t k) { return IsDigitGroup(k) && Text(k).size() >= 2; };
    auto spaced = [&](size_t k) {
      return doc_.tokens[k].begin == doc_.tokens[k - 1].end + 1 && doc_.text[doc_.tokens[k - 1].end] == ' ';
    };
    // "+41 41", "+7(495)", "+49 (0)69"; not "40627.23+157.53" (a change in
    // an index) or "+28 C".
    const bool international = IsDigitGroup(i) && Glued(i) && Is(i - 1, "+") && !Glued(i - 1) &&
                               (Is(i + 1, "(") || (group(i + 1) && spaced(i + 1)));
    size_t end = i + 1;
    bool long_group = Text(i).size() >= 3;
    while ((international || group(i)) && group(end) && spaced(end)) {
      long_group = long_group || Text(end).size() >= 3;
      ++end;
    }
    // A trunk or area code in brackets after the country's: "+49 (0)69", "+7(495)".
    if (international && Is(end, "(") && IsDigitGroup(end + 1) && Is(end + 2, ")")) end += 3;
    return international || (end - i >= 3 && long_group) ? end : 0;
  }
  // Whether the capitalised word or number at token `j` opens a street's
  // name that ends, within a few words, with its kind: "Eighth St.", "17th
  // Street", "Caldwell Place" ("W. County Road 600S" has no kind and is left).
  bool EndsStreetName(size_t j) const {
    static constexpr std::string_view kKinds[] = {
        "street", "st.", "st",    "avenue", "ave.",      "ave",   "road", "rd.",     "rd",    "drive",  "dr.",
        "lane",   "ln.", "place", "pl.",    "boulevard", "blvd.", "blvd", "parkway", "pkwy.", "terrace"};
    for (size_t k = j; k < j + 4 && Valid(k) && (Capitalized(k) || doc_.tokens[k].kind == TokenKind::kNumber); ++k) {
      if (k > j && IsOneOf(k, kKinds)) return true;
    }
    return false;
  }

  // Whether token `j` is a capitalised title that a capitalised ordinal
  // opens ("First Minister Humza Yousaf", "the First Lady", "First Sea
  // Lord"): the ordinal is part of the title, no count.
  bool OpensTitle(size_t j) const {
    static constexpr std::string_view kTitles[] = {"minister", "lady",    "gentleman", "secretary",
                                                   "deputy",   "sea",     "vice",      "lieutenant",
                                                   "sergeant", "officer", "daughter",  "son"};
    return Valid(j) && Capitalized(j) && IsOneOf(j, kTitles);
  }

  // "of 1119 Eighth St.", "at 2134 Caldwell Place": a house number names a
  // building, no count (of two digits or more, or after "at" or "of").
  bool IsHouseNumber(size_t i) const {
    const std::string_view t = Text(i);
    if (!std::all_of(t.begin(), t.end(), IsDigit) || t.size() > 5 || !Capitalized(i + 1)) return false;
    return (t.size() >= 2 || Is(i - 1, "at") || Is(i - 1, "of")) && EndsStreetName(i + 1);
  }

  // "… eating disorder in the United States (1).", "… weight loss (10, 11).":
  // a source's number in brackets at a sentence's end, as health and science
  // sites cite (and a menu's "Novembro (113)" at its line's end, a tally of
  // posts, as little a count to a reader); not "(3-0)" nor "(2019)", nor a
  // count in brackets before more words ("(12 Dvd)").
  bool IsCitationNumber(size_t i) const {
    const std::string_view t = Text(i);
    if (t.size() > 3 || !std::all_of(t.begin(), t.end(), IsDigit) || !(Glued(i) || Text(i - 1) == ",")) return false;
    constexpr size_t kMaxListed = 12;  // tokens of "(10, 11, 12)" either side; a long run of numbers is no citation
    auto listed = [&](size_t k) { return Text(k) == "," || doc_.tokens[k].kind == TokenKind::kNumber; };
    size_t open = i - 1;
    while (open > first_ && i - open < kMaxListed && listed(open)) --open;
    if (Text(open) != "(") return false;
    size_t close = i + 1;
    while (Valid(close) && close - i < kMaxListed && listed(close)) ++close;
    if (!Valid(close) || Text(close) != ")" || !Glued(close)) return false;
    const size_t after = close + 1;
    // (Before a comma it may be an age: "Clinton (68), Trump (69)".)
    return !Valid(after) || Text(after) == "." || Text(after) == ";";
  }

  // "1. Prioritize", "2) Drink water": the number of a list's item, which
  // opens its line and is followed by a period or bracket and a space.
  bool IsItemNumber(size_t i) const {
    const Token& number = doc_.tokens[i];
    size_t line = number.begin;
    while (line > 0 && (doc_.text[line - 1] == ' ' || doc_.text[line - 1] == '\t')) --line;
    if (line > 0 && doc_.text[line - 1] != '\n') return false;
    if (!(Is(i + 1, ".") || Is(i + 1, ")")) || !Glued(i + 1) || !Valid(i + 2)) return false;
    return doc_.tokens[i + 2].begin > doc_.tokens[i + 1].end && Text(i).size() <= 2;
  }

  // "called 911", "a 911 dispatcher", "dial 999": the emergency number, as
  // the words around it show ("112 people" counts).
  bool IsEmergencyNumber(size_t i) const {
    const std::string_view t = Text(i);
    if (t != "911" && t != "999" && t != "112") return false;
    static constexpr std::string_view kBefore[] = {"call",  "calls",  "called",  "calling", "dial",
                                                   "dials", "dialed", "dialled", "dialing", "dialling"};
    static constexpr std::string_view kAfter[] = {"call",       "calls",       "caller",    "callers",   "dispatch",
                                                  "dispatcher", "dispatchers", "operator",  "operators", "center",
                                                  "centre",     "emergency",   "system",    "line",      "service",
                                                  "tape",       "tapes",       "recording", "recordings"};
    return IsOneOf(i - 1, kBefore) || IsOneOf(i + 1, kAfter);
  }

  // A day, a month and a year between periods, as most of Europe writes a
  // date: "01.01.2019", "9.11.2001", "09.11.89" (not "1.2.3" or "3.10.12",
  // versions); or the month first, as American bylines do: "11.14.2019";
  // or the year first.
  static bool IsDottedDate(std::string_view text) {
    const DigitGroups g = SplitDigitGroups(text, '.');
    if (g.count != 3 || g.digits[1] < 1 || g.digits[1] > 2) return false;
    auto day_month = [](int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; };
    // The year first, as East Asia writes it: "2018.04.05".
    if (g.digits[0] == 4) return g.digits[2] >= 1 && g.digits[2] <= 2 && day_month(g.values[2], g.values[1]);
    // A two-digit year only after a two-digit day and month: "3.10.12" is a version.
    const bool year = g.digits[2] == 4 || (g.digits[2] == 2 && g.digits[0] == 2 && g.digits[1] == 2);
    return g.digits[0] >= 1 && g.digits[0] <= 2 && year &&
           (day_month(g.values[0], g.values[1]) || day_month(g.values[1], g.values[0]));
  }

  // A season of two years: "2022/23", "1999/2000".
  static bool IsSeason(std::string_view text) {
    const DigitGroups g = SplitDigitGroups(text, '/');
    if (g.count != 2 || g.digits[0] != 4 || (g.digits[1] != 2 && g.digits[1] != 4)) return false;
    const int first = g.values[0], second = g.values[1];
    if (first < 1800 || first > 2199) return false;
    return g.digits[1] == 2 ? second == (first + 1) % 100 : second == first + 1;
  }

  // "123-4567", "555-123-4567", "02-751-1500": digit groups joined by
  // hyphens that end with four digits (a page range is "685-690", a date
  // "2019-11-20", a span of years "1990-2000").
  static bool IsLocalPhoneNumber(std::string_view text) {
    const DigitGroups g = SplitDigitGroups(text, '-');
    if (g.count == 2) return g.digits[0] == 3 && g.digits[1] == 4;
    return g.count == 3 && g.digits[0] >= 2 && g.digits[0] <= 4 && g.digits[1] >= 3 && g.digits[1] <= 4 &&
           g.digits[2] == 4;
  }
  // Digits alone, at most four ("544", "4567"; not "2,000" or "1.5").
  bool IsDigitGroup(size_t i) const {
    if (!Valid(i) || doc_.tokens[i].kind != TokenKind::kNumber) return false;
    const std::string_view text = Text(i);
    if (text.size() > 4) return false;
    for (char c : text) {
      if (!IsDigit(c)) return false;
    }
    return true;
  }

  // Tries the patterns that may start at token i, most specific first.
  Match MatchAt(size_t i) const {
    using Matcher = Match (SentenceScanner::*)(size_t) const;
    static constexpr Matcher kMatchers[] = {
        &SentenceScanner::MatchMoneyPrefix,  &SentenceScanner::MatchThe,         &SentenceScanner::MatchRelative,
        &SentenceScanner::MatchRelativeDay,  &SentenceScanner::MatchWeekday,     &SentenceScanner::MatchMonthDate,
        &SentenceScanner::MatchPeriodCode,   &SentenceScanner::MatchOrdinalWord, &SentenceScanner::MatchNumeral,
        &SentenceScanner::MatchArticleScale,
    };
    if (!MayStartMention(i)) return {};
    for (Matcher matcher : kMatchers) {
      const Match match = (this->*matcher)(i);
      if (match.end > i) return match;
    }
    return {};
  }

  // Cheap test first: every pattern starts with a number, a currency symbol
  // or a word of a known prefix.
  bool MayStartMention(size_t i) const {
    const Token& token = doc_.tokens[i];
    switch (token.kind) {
      case TokenKind::kNumber:
      case TokenKind::kSymbol:
        return true;
      case TokenKind::kWord:
        return MayStartWithWord(Text(i));
      default:
        return false;
    }
  }

  // Where the groups of three digits set off by one space after the number
  // at token i, whose digits are `d`, end ("600 000", as southern Africa and
  // much of Europe write thousands), or i + 1 when none follow or it is no
  // such number.
  size_t SpacedThousandsEnd(size_t i, const DigitsText& d) const {
    if (!d.ok || d.integer_digits > 3 || d.grouped || d.decimal || d.separator != 0 || !d.suffix.empty() ||
        d.apostrophe) {
      return i + 1;
    }
    size_t end = i + 1;
    while (IsSpacedThousands(end)) ++end;
    return end;
  }
  // Makes numeral `n` run on through the groups of three digits up to `end`.
  void JoinSpacedThousands(size_t end, Numeral* n) const {
    double value = n->digits.value;
    for (size_t k = n->end; k < end; ++k) value = value * 1000 + ParseDigits(Text(k)).value;
    n->digits.value = value;
    n->digits.grouped = true;
    n->end = end;
  }

  Numeral ParseNumeral(size_t i) const {
    Numeral n;
    if (!Valid(i)) return n;
    if (doc_.tokens[i].kind == TokenKind::kNumber) {
      n.digits = ParseDigits(Text(i));
      if (!n.digits.ok) return n;
      n.end = i + 1;
      // "600 000 tonnes": groups of three digits set off by one space, as
      // southern Africa and much of Europe write thousands.
      // (Only before what such a sum counts or weighs, or before the other
      // end of a range that does, "from 41 000 to 28 500 tonnes": "roughly
      // 400 737 Max jets", a picture's "540 960" stay apart.)
      const size_t end = SpacedThousandsEnd(i, n.digits);
      size_t measure = end;
      if (end > n.end && (Is(end, "to") || Is(end, "and") || Is(end, "-") || Is(end, "–")) && Valid(end + 1) &&
          doc_.tokens[end + 1].kind == TokenKind::kNumber) {
        const size_t other_end = SpacedThousandsEnd(end + 1, ParseDigits(Text(end + 1)));
        if (other_end > end + 2) measure = other_end;
      }
      if (end > n.end && Lookup(kMeasureTables, measure) && !Capitalized(measure)) JoinSpacedThousands(end, &n);
      // "7,2 tonnes", "5,4%": a decimal comma, as southern Africa and much of
      // Europe write it, before what the number measures or counts (not a
      // list's "rounds 1,2").
      if (const size_t end = DecimalCommaEnd(n); end != 0 && IsMeasureAt(end)) AddDecimals(end, &n);
      // "1.5 million", "$3 bn", "Rs 10 lakh crore", "two hundred thousand";
      // glued only when spelt out ("£71.6million"): "1.5bn" is left to money.
      if (n.digits.suffix.empty() && !n.digits.apostrophe && n.digits.separator == 0 &&
          (!Glued(n.end) || Text(n.end).size() >= 4) && Lookup(kScaleTable, n.end)) {
        n.scaled = true;
        ++n.end;
        while (Lookup(kScaleTable, n.end)) ++n.end;
      }
      return n;
    }
    if (!IsWord(i) || !IsNumberWord(i)) return n;
    n.words = true;
    n.end = i + 1;
    n.digits.value = NumberWordValue(i);
    while (IsWord(n.end) && IsNumberWord(n.end)) {
      const WordEntry* e = Lookup(kCardinalTable, n.end);
      if (e != nullptr && e->cardinal >= 100) n.scaled = true;
      ++n.end;
    }
    return n;
  }

  // The end of a decimal comma's digits after the plain integer `n` ("3,5"
  // is "3" "," "5"; thousands are one token), or 0.
  size_t DecimalCommaEnd(const Numeral& n) const {
    const DigitsText& d = n.digits;
    if (n.end == 0 || n.words || d.grouped || d.decimal || d.separator != 0 || !d.suffix.empty() || d.apostrophe ||
        Text(n.end) != "," || !Glued(n.end) || !Glued(n.end + 1)) {
      return 0;
    }
    const std::string_view decimals = Text(n.end + 1);
    const bool digits =
        !decimals.empty() && decimals.size() <= 2 && std::all_of(decimals.begin(), decimals.end(), IsDigit);
    return digits ? n.end + 2 : 0;
  }
  void AddDecimals(size_t end, Numeral* n) const {
    const DigitsText decimals = ParseDigits(Text(end - 1));
    n->digits.value += decimals.value / (decimals.integer_digits == 1 ? 10 : 100);
    n->digits.decimal = true;
    n->end = end;
  }
  // Whether token `j` says what the number before it measures, counts or
  // prices, or makes it a share: "tonnes", "rand", "million", "people", "%".
  bool IsMeasureAt(size_t j) const {
    return Lookup(kMeasureTables, j) || Text(j) == "%" || Is(j, "percent") || (Is(j, "per") && Is(j + 1, "cent"));
  }

  // "five", "twenty-five" at word token `i`.
  bool IsNumberWord(size_t i) const {
    if (Lookup(kCardinalTable, i)) return true;
    const std::string_view word = Text(i);
    const size_t hyphen = word.find('-');
    return hyphen != std::string_view::npos && Find(word.substr(0, hyphen), kCardinalTable) &&
           Find(word.substr(hyphen + 1), kCardinalTable);
  }
  double NumberWordValue(size_t i) const {
    if (const WordEntry* e = Lookup(kCardinalTable, i)) return e->cardinal;
    const std::string_view word = Text(i);
    const size_t hyphen = word.find('-');
    return Find(word.substr(0, hyphen), kCardinalTable)->cardinal +
           Find(word.substr(hyphen + 1), kCardinalTable)->cardinal;
  }

  static bool IsYear(const Numeral& n) {
    const DigitsText& d = n.digits;
    return n.end != 0 && !n.words && !n.scaled && d.separator == 0 && IsYearValue(d);
  }
  // The first field reads as a year: 2028, and the 2024 of 2024-05-01.
  static bool IsYearValue(const DigitsText& d) {
    return d.integer_digits == 4 && !d.grouped && !d.decimal && d.suffix.empty() && !d.apostrophe && d.value >= 1500 &&
           d.value <= 2100;
  }
  // "11 million Swedish crowns", "100 Hong Kong dollars": one or two
  // capitalised words of a country between the number and its currency's
  // word in lower case; the end of the amount, or 0. Not a year ("in 2016
  // Swiss francs rose"), nor a currency word that is also a verb ("won",
  // "pounds": "In 2024 Israel pounds Gaza").
  size_t CurrencyAfterCountry(const Numeral& n, size_t first) const {
    static constexpr std::string_view kCurrencies[] = {
        "dollars", "dollar", "euros", "francs",  "franc",   "crowns", "crown",   "kroner", "krone",
        "krona",   "kronor", "pesos", "peso",    "rupees",  "rupee",  "yen",     "yuan",   "riyals",
        "riyal",   "dinars", "dinar", "dirhams", "shekels", "rubles", "roubles", "lira"};
    if (IsPlainInteger(n) && n.digits.integer_digits == 4) return 0;
    for (size_t k = first; k < first + 2 && Capitalized(k) && !doc_.tokens[k].Has(kAllCaps); ++k) {
      if (IsLowerWord(k + 1) && IsOneOf(k + 1, kCurrencies)) return k + 2;
    }
    return 0;
  }
  static bool IsPlainInteger(const Numeral& n) {
    const DigitsText& d = n.digits;
    return n.end != 0 && !n.words && !n.scaled && !d.grouped && !d.decimal && d.separator == 0 && !d.apostrophe;
  }
  // Whether `d` is an ordinal by its suffix, the one its last digits take
  // ("1st", "22nd", "13th"; not the stones of "9st").
  static bool IsOrdinal(const DigitsText& d) {
    // (By fmod: a run of digits past int64's range is no undefined cast.)
    const auto last_two = static_cast<int>(std::fmod(d.value, 100.0));
    const std::string_view expected = last_two >= 11 && last_two <= 13 ? "th"
                                      : last_two % 10 == 1             ? "st"
                                      : last_two % 10 == 2             ? "nd"
                                      : last_two % 10 == 3             ? "rd"
                                                                       : "th";
    return EqualsLower(d.suffix, expected);
  }
  // Whether token text `text`, digits with a colon, reads as a clock's time:
  // an hour up to 24 and two digits of minutes ("10:30", "7:05:12"; not the
  // ratio of "the 5:2 diet").
  static bool IsClockText(std::string_view text) {
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || colon + 3 > text.size()) return false;
    const int hour = colon == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    return hour <= 24 && digit(colon + 1) && digit(colon + 2) && !digit(colon + 3);
  }
  static bool IsDecade(const Numeral& n) {
    const DigitsText& d = n.digits;
    return IsIntegerToken(n) && d.suffix == "s" && (d.integer_digits == 2 || d.integer_digits == 4) &&
           static_cast<int64_t>(d.value) % 10 == 0;
  }
  // Digits without separators, possibly after an elided century (’90s).
  static bool IsIntegerToken(const Numeral& n) {
    const DigitsText& d = n.digits;
    return n.end != 0 && !n.words && !n.scaled && !d.grouped && !d.decimal && d.separator == 0;
  }

  // End of a year at `i` (optionally after a comma), or `fallback`.
  size_t ExtendWithYear(size_t i, size_t fallback) const {
    size_t j = i;
    if (Is(j, ",")) ++j;
    return IsYear(ParseNumeral(j)) ? j + 1 : fallback;
  }

  // US$20, $1.5bn, € 3m, USD 20, RMB 200 million, Rs 300.
  Match MatchMoneyPrefix(size_t i) const {
    size_t j = i;
    if (Lookup(kDollarPrefixTable, i) && Capitalized(i) && Text(i + 1) == "$" && Glued(i + 1)) {
      j = i + 2;
    } else if (Text(i) == "GH" && (Text(i + 1) == "₵" || Text(i + 1) == "¢") && Glued(i + 1)) {
      j = i + 2;  // Ghana's cedis: "GH₵4,000", "GH¢2,070"
    } else if (IsCurrencySymbol(Text(i))) {
      j = i + 1;
    } else if (Lookup(kCurrencyTable, i) && Valid(i) && doc_.tokens[i].Has(kAllCaps)) {
      j = i + 1;  // codes such as USD, RMB
    } else if ((Is(i, "rs") || Is(i, "rs.")) && Capitalized(i)) {
      j = i + 1;  // rupees: "Rs 300", "Rs. 312 billion", "Rs45 million"
    } else if (IsCurrencyLetters(Text(i)) &&
               (Glued(i + 1) || Is(i, "ksh") || Is(i, "rp") || Text(i) == "Tk" || Text(i) == "Br")) {
      // The tokenizer's "N" of "N2.5 million" (naira); "KSh 3.2 billion", "Rp
      // 5 trillion", "Tk 500 crore" (taka), "Br 4.5 billion" (birr).
      j = i + 1;
    } else {
      return {};
    }
    // "C$4.2-billion": Canada's papers join the scale with a hyphen, and the
    // tokenizer keeps the whole a word.
    if (IsHyphenScaledAmount(Text(j))) return {j + 1, EntityType::kMoney};
    Numeral n = ParseNumeral(j);
    // "US$150 000": after a currency, groups of three digits are thousands.
    if (n.end == j + 1 && !n.words) {
      if (const size_t end = SpacedThousandsEnd(j, n.digits); end > n.end) JoinSpacedThousands(end, &n);
    }
    // "€3,50": after a currency a decimal comma needs no measure after it.
    if (const size_t end = DecimalCommaEnd(n); end != 0) AddDecimals(end, &n);
    // "$2-3 million": one dash inside the number is a range of sums.
    const bool range = n.digits.separator == '-' && n.digits.separators == 1;
    if (n.end == 0 || n.words || (n.digits.separator != 0 && !range)) return {};
    if (range && !Glued(n.end) && Lookup(kScaleTable, n.end)) {
      n.scaled = true;
      while (Lookup(kScaleTable, n.end)) ++n.end;
    }
    // "A$2.3–2.5 billion": a range's dash glued between two numbers, the
    // scale after the second.
    if (!n.scaled && (Text(n.end) == "-" || Text(n.end) == "–") && Glued(n.end) && Glued(n.end + 1)) {
      const Numeral upper = ParseNumeral(n.end + 1);
      if (upper.end != 0 && !upper.words && upper.digits.separator == 0) n = upper;
    }
    size_t end = n.end;
    if (!n.scaled && Glued(end) && Lookup(kMoneyScaleTable, end)) ++end;  // $1.5bn
    return {end, EntityType::kMoney};
  }

  // The 1990s, the ’90s, the past decade, the next five years, the third quarter.
  Match MatchThe(size_t i) const {
    if (!Is(i, "the")) return {};
    const Match relative = MatchRelative(i + 1);
    if (relative.end != 0) return relative;
    const Match period = MatchQuarterOrdinal(i + 1);
    if (period.end != 0) return period;
    const Numeral n = ParseNumeral(i + 1);
    if (IsDecade(n)) return {n.end, EntityType::kDate};
    return {};
  }

  // last year, next month, this week, past decade, last night, this
  // morning, last Friday, next March, past five years, past few weeks.
  Match MatchRelative(size_t i) const {
    if (!Lookup(kRelativeModifierTable, i)) return {};
    if (const WordEntry* anchor = Lookup(kRelativeAnchorTable, i + 1)) {
      return {i + 2, anchor->anchor ? EntityType::kTime : EntityType::kDate};
    }
    if (Lookup(kWeekdayTable, i + 1) || (Lookup(kMonthTable, i + 1) && Capitalized(i + 1))) {
      return {i + 2, EntityType::kDate};
    }
    // "would last six weeks", "expected to last three days": the verb and
    // its duration (not "compared to last year", an anchor's).
    static constexpr std::string_view kBeforeVerb[] = {"would", "will",   "could", "can", "may",
                                                       "might", "should", "must",  "to",  "did"};
    if (Is(i, "last") && i > first_ && IsOneOf(i - 1, kBeforeVerb) && IsLowerWord(i - 1)) return {};
    size_t unit = 0;
    if (Is(i + 1, "few") || Is(i + 1, "several")) {
      unit = i + 2;
    } else {
      const Numeral n = ParseNumeral(i + 1);
      if (n.end == 0) return {};
      unit = n.end;
    }
    if (const WordEntry* duration = Lookup(kDurationTable, unit)) {
      return {unit + 1, duration->duration ? EntityType::kTime : EntityType::kDate};
    }
    return {};
  }

  // yesterday, today, tomorrow (morning), tonight, noon, midnight. Not a
  // capitalised "Today" or "Tonight" between lower-case words: a
  // programme's name ("Radio 4's Today programme", "NBC's Today show"; a
  // headline's "10 Things to Know for Today" is the day).
  Match MatchRelativeDay(size_t i) const {
    if (Capitalized(i) && i > first_ && IsWord(i - 1) && !Capitalized(i - 1) && IsWord(i + 1) && !Capitalized(i + 1) &&
        !Glued(i + 1) && (Is(i, "today") || Is(i, "tonight"))) {
      return {};
    }
    if (Is(i, "yesterday") || Is(i, "today") || Is(i, "tomorrow")) {
      if (Lookup(kDayPartTable, i + 1)) return {i + 2, EntityType::kTime};
      return {i + 1, EntityType::kDate};
    }
    if (Is(i, "tonight") || Is(i, "noon") || Is(i, "midnight")) return {i + 1, EntityType::kTime};
    return {};
  }

  // Friday, Friday morning, Friday, November 29; "on tuesday" in text typed
  // in lower case, after a word of its sentence (a weekday's name means
  // nothing else there; not a handle's "@sunday_woman").
  Match MatchWeekday(size_t i) const {
    if (!Lookup(kWeekdayTable, i)) return {};
    if (!Capitalized(i) && !(i > 0 && IsLowerWord(i - 1) && doc_.tokens[i].Has(kSpaceBefore))) return {};
    if (Lookup(kDayPartTable, i + 1)) return {i + 2, EntityType::kTime};
    if (Is(i + 1, ",")) {
      const Match date = MatchMonthDate(i + 2);
      if (date.end != 0) return {date.end, EntityType::kDate};
    }
    return {i + 1, EntityType::kDate};
  }

  static bool IsDayOfMonth(const Numeral& n) {
    return IsPlainInteger(n) && n.digits.value >= 1 && n.digits.value <= 31 && n.digits.integer_digits <= 2;
  }

  // "12-14" of "June 12-14": two days of the month, the first before.
  static bool IsDayRange(std::string_view text) {
    const DigitGroups g = SplitDigitGroups(text, '-');
    return g.count == 2 && g.digits[0] <= 2 && g.digits[1] <= 2 && g.values[0] >= 1 && g.values[0] < g.values[1] &&
           g.values[1] <= 31;
  }

  // The end of a span of days after the first ("Oct. 5–7", "May 3 to 5"):
  // the last day is part of the date, not a count; else day.end.
  size_t DayRangeEnd(const Numeral& day) const {
    const size_t joint = day.end;
    if (!(Text(joint) == "-" || Text(joint) == "–" || Is(joint, "to") || Is(joint, "through"))) return joint;
    const Numeral last = ParseNumeral(joint + 1);
    if (!IsDayOfMonth(last) || !last.digits.suffix.empty() || last.digits.value <= day.digits.value ||
        MatchAfterNumber(last).end != 0 || Lookup(kCountedNounTable, last.end)) {
      return joint;
    }
    return last.end;
  }

  // November 29, 2026; Nov. 29; November 2026; November (when unambiguous);
  // June 12-14; Oct. 5–7.
  Match MatchMonthDate(size_t i) const {
    const WordEntry* month = Lookup(kMonthTable, i);
    if (month == nullptr) {
      // The tokenizer keeps the period of known abbreviations: "Nov."
      const std::string_view text = Text(i);
      if (text.size() < 4 || text.back() != '.') return {};
      month = Find(text.substr(0, text.size() - 1), kMonthTable);
      if (month == nullptr || month->month < 100) return {};
    }
    if (!Capitalized(i)) return {};
    const bool abbreviated = month->month >= 100;
    const bool has_period = Text(i).back() == '.';
    const Numeral day = ParseNumeral(i + 1);
    if (IsDayOfMonth(day) && (day.digits.suffix.empty() || IsOrdinal(day.digits))) {
      const size_t end = DayRangeEnd(day);
      return {ExtendWithYear(end, end), EntityType::kDate};
    }
    if (day.end == i + 2 && IsDayRange(Text(i + 1))) return {ExtendWithYear(day.end, day.end), EntityType::kDate};
    if (IsYear(ParseNumeral(i + 1))) return {i + 2, EntityType::kDate};
    // A month alone: "Jan" may be a name, "May" and "March" words, unless a
    // preposition makes them dates ("in May").
    const bool ambiguous = (abbreviated && !has_period) || month->month == 5 || month->month == 3;
    if (!ambiguous || Lookup(kDatePrepositionTable, i - 1)) return {i + 1, EntityType::kDate};
    return {};
  }

  // Q3, Q3 2025, H1, FY2025, fiscal 2025.
  Match MatchPeriodCode(size_t i) const {
    if (Is(i, "fiscal") && IsYear(ParseNumeral(i + 1))) return {i + 2, EntityType::kDate};
    const std::string_view t = Text(i);
    const bool quarter = t.size() == 2 && (t[0] == 'Q' && t[1] >= '1' && t[1] <= '4');
    const bool half = t.size() == 2 && (t[0] == 'H' && (t[1] == '1' || t[1] == '2'));
    const bool fiscal_year =
        t.size() >= 4 && t.size() <= 6 && t.substr(0, 2) == "FY" && std::all_of(t.begin() + 2, t.end(), IsDigit);
    if (!quarter && !half && !fiscal_year) return {};
    const size_t end = ExtendWithYear(i + 1, i + 1);
    // After a brand's name, a model's: "Apple H1 headphone chip", "Audi Q3"
    // (not after a company's letters: "Adani Ports & SEZ Q2 review").
    if ((quarter || half) && end == i + 1 && IsWord(i - 1) && Capitalized(i - 1) && !doc_.tokens[i - 1].Has(kAllCaps) &&
        !Glued(i)) {
      return {};
    }
    return {end, EntityType::kDate};
  }

  // third quarter, first half (of 2025).
  Match MatchQuarterOrdinal(size_t i) const {
    if (!Lookup(kOrdinalTable, i) || !(Is(i + 1, "quarter") || Is(i + 1, "half"))) return {};
    size_t end = i + 2;
    // Part of a unit, no period of the year: "the first half hour", "the
    // final quarter mile".
    if (Is(end, "hour") || Is(end, "mile") || Is(end, "inch") || Is(end, "point")) return {};
    if (Is(end, "of") && IsYear(ParseNumeral(end + 1))) return {end + 2, EntityType::kDate};
    return {ExtendWithYear(end, end), EntityType::kDate};
  }

  Match MatchOrdinalWord(size_t i) const {
    const Match period = MatchQuarterOrdinal(i);
    if (period.end != 0) return period;
    if (!Lookup(kOrdinalTable, i)) return {};
    if (Is(i, "second") && Is(i - 1, "per")) return {};
    if (Capitalized(i) && EndsStreetName(i)) return {};                 // "Eighth St."
    if (Capitalized(i) && OpensTitle(i + 1)) return {};                 // "First Minister", "First Lady"
    if (IsCentury(i + 1)) return {AfterEra(i + 2), EntityType::kDate};  // "the fifth century"
    return {i + 1, EntityType::kOrdinal};
  }

  Match MatchNumeral(size_t i) const { return MatchNumeralAt(i, /*in_range=*/false); }

  // `in_range`: the second number of a span ("60–90 minutes"), which opens
  // no span of its own, so "1 to 2 to 3 …" recurses no deeper than one.
  Match MatchNumeralAt(size_t i, bool in_range) const {
    const Numeral n = ParseNumeral(i);
    if (n.end == 0) return {};
    const DigitsText& d = n.digits;
    if (n.words && !n.scaled && d.value == 1 && IsLoneOne(i)) return {};
    if (!n.words) {
      if (n.end == i + 1 && IsDottedDate(Text(i))) return {n.end, EntityType::kDate};  // 01.01.2019
      if (d.separator == ':') {  // 10:30; a ratio or a score otherwise ("5:2", "2:1")
        if (IsClockText(Text(i))) return {ExtendTime(n.end), EntityType::kTime};
        // (Not digits run together: a page's "Dec 2, 20194:29 AM".)
        return d.integer_digits <= 2 ? Match{n.end, EntityType::kCardinal} : Match{};
      }
      if (d.separator == '/') {
        if (Text(i) == "9/11") return {n.end, EntityType::kDate};  // the attacks, by their day
        const Match measure = MatchAfterNumber(n);                 // "1/2 cup"
        if (measure.end != 0 && measure.type == EntityType::kQuantity) return measure;
        return {n.end, d.separators == 2 || IsSeason(Text(i)) ? EntityType::kDate : EntityType::kCardinal};
      }
      if (d.separator == '-') {
        // 2024-05-01 and 2015-2016 are dates; 6-3 and 97-12 are scores.
        if (!IsYearValue(d)) return {n.end, EntityType::kCardinal};
        return {d.separators == 2 ? IsoTimeEnd(n.end) : n.end, EntityType::kDate};
      }
      if (IsDecade(n)) return {n.end, EntityType::kDate};
      if (IsOrdinal(d)) {
        if (EndsStreetName(i)) return {};                                       // "17th Street"
        if (IsCentury(n.end)) return {AfterEra(n.end + 1), EntityType::kDate};  // "the 14th century"
        if (d.value <= 31 && Lookup(kMonthTable, n.end) && Capitalized(n.end)) {
          return {ExtendWithYear(n.end + 1, n.end + 1), EntityType::kDate};  // 29th November
        }
        return {n.end, EntityType::kOrdinal};
      }
      if (!d.suffix.empty() || d.apostrophe) return {};
    }
    const Match after = MatchAfterNumber(n);
    if (after.end != 0) return after;
    if (const Match range = in_range ? Match{} : MatchRangeEnd(n); range.end != 0) return range;
    if (IsPlainInteger(n) && (Text(i - 1) == "AD" || Text(i - 1) == "A.D."))
      return {n.end, EntityType::kDate};  // AD 79
    // "1 1/2 cups": a whole number and a fraction measure together.
    const Numeral fraction = ParseNumeral(n.end);
    if (IsPlainInteger(n) && fraction.end == n.end + 1 && fraction.digits.separator == '/' &&
        fraction.digits.separators == 1 && !Glued(n.end)) {
      const Match measure = MatchAfterNumber(fraction);
      if (measure.end != 0 && measure.type == EntityType::kQuantity) return measure;
    }
    if (IsYear(n) && IsYearInContext(i, n.end)) return {ExtendYear(n.end), EntityType::kDate};
    // Letters glued on that are no unit make a designation, no count: "4K",
    // "1080p", "5G", "3D" (a count in half a word read as a broken highlight).
    if (!n.words && GluedLetters(n.end)) return {};
    // "a 401(k)", "a 501(c)(3) charity": a bracketed letter glued on names a
    // plan or a section of law.
    if (!n.words && Text(n.end) == "(" && Glued(n.end) && GluedLetters(n.end + 1)) return {};
    if (!n.words && Glued(i) && Text(i - 1) == "(" && Glued(i - 1) && Text(i - 2) == ")") return {};  // the (3)
    // "Week 12", "Series 3": a number after a capitalised noun that it names.
    if (!n.scaled && Lookup(kDesignatorTable, i - 1) && Capitalized(i - 1)) return {};
    if (!n.words && !n.scaled && !d.grouped && EndsName(i)) return {};
    return {n.end, EntityType::kCardinal};
  }

  // "Destiny 2 in native 4K", "Formula 1.", "Titanfall 2's", "Geekbench 5.":
  // a number right after a capitalised word inside the sentence, before the
  // sentence's end, a colon, a bracket, a possessive or a preposition or
  // auxiliary, ends the name of a sequel, a model or a mission. Not after a
  // determiner ("The 10 Top Stories") or a month or weekday, nor before a
  // noun it counts ("Osaro 3 goals"), a comma ("Trump 384, Cruz 300") or a
  // capitalised word (a headline's "Unleashed 4 Words").
  bool EndsName(size_t i) const {
    static constexpr std::string_view kDeterminers[] = {"the", "a",   "an",  "these", "those", "all", "only", "some",
                                                        "his", "her", "our", "their", "its",   "my",  "your", "top"};
    static constexpr std::string_view kFunctionWords[] = {"with", "for",   "is",  "was", "are", "were", "has", "had",
                                                          "will", "would", "can", "at",  "in",  "on",   "of",  "from"};
    if (i <= first_ + 1 || !IsWord(i - 1) || !Capitalized(i - 1) || IsOneOf(i - 1, kDeterminers) ||
        Lookup(kMonthTable | kWeekdayTable | kUnitTable | kCurrencyTable, i - 1)) {
      return false;
    }
    // (The last of a list of tallies: "Rubio 151, and Kasich 37.")
    size_t before = i - 2;
    while (before > first_ && (Text(before) == "," || Text(before) == ";" || Is(before, "and"))) --before;
    if (before < i - 2 && doc_.tokens[before].kind == TokenKind::kNumber) return false;
    const size_t next = i + 1;
    if (!Valid(next)) return true;
    const std::string_view t = Text(next);
    return t == "." || t == ":" || t == ")" || t == "'s" || t == "’s" || IsOneOf(next, kFunctionWords);
  }

  // "60–90 minutes", "2 to 3 years", "350–375 million": a number and a dash
  // or "to" before a measured or scaled one are one span of its type (the
  // first was a count of its own). Not two bare counts ("voted 5 to 4"), nor
  // after a year ("by 2030 to 32 percent").
  Match MatchRangeEnd(const Numeral& n) const {
    const size_t joint = n.end;
    const bool dash = (Text(joint) == "-" || Text(joint) == "–") && Glued(joint) == Glued(joint + 1);  // no sign
    if (n.scaled || IsYear(n) || !(dash || Is(joint, "to"))) return {};
    const Numeral second = ParseNumeral(joint + 1);
    if (second.end == 0 || second.words != n.words) return {};  // "five to 10", a phrase more than a span
    const Match rest = MatchNumeralAt(joint + 1, /*in_range=*/true);
    const bool measured = rest.type == EntityType::kQuantity || rest.type == EntityType::kTime ||
                          rest.type == EntityType::kPercent || rest.type == EntityType::kMoney ||
                          (rest.type == EntityType::kDate && !IsYear(second)) ||  // "2 to 3 years"
                          (rest.type == EntityType::kCardinal && second.scaled);
    return rest.end > joint + 1 && measured ? rest : Match{};
  }

  // "a dozen", "a hundred", "a million dollars": the article is the number.
  Match MatchArticleScale(size_t i) const {
    if (!(Is(i, "a") || Is(i, "an"))) return {};
    const WordEntry* scale = Lookup(kCardinalTable, i + 1);
    if (scale == nullptr || scale->cardinal < 12) return {};
    const Match rest = MatchNumeral(i + 1);
    return rest.end > i + 1 ? Match{rest.end, rest.type} : Match{};
  }

  // "century", "centuries", "millennium" at token `i`: an ordinal before it
  // makes a date, as a year does.
  bool IsCentury(size_t i) const { return Is(i, "century") || Is(i, "centuries") || Is(i, "millennium"); }

  // An era written after a year or a century ("860 BC", "79 AD", "the fifth
  // century BCE"), in capitals: the token after it; else `i`.
  size_t AfterEra(size_t i) const {
    static constexpr std::string_view kEras[] = {"BC", "B.C.", "BCE", "AD", "A.D.", "CE"};
    return std::find(std::begin(kEras), std::end(kEras), Text(i)) != std::end(kEras) ? i + 1 : i;
  }

  // Whether token `j` is a capital letter and a period.
  bool EndsWithInitial(size_t j) const {
    const std::string_view text = Text(j);
    return text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.';
  }
  // Whether token `j`, ending in a period, ends its sentence: the last of
  // the sentence, or before a capitalised word (the segmenter took "C." of
  // "hit 38.5C. Temperatures …" for an initial).
  bool EndsSentence(size_t j) const {
    const size_t next = j + 1;
    if (next >= last_) return true;
    const Token& token = doc_.tokens[next];
    return token.kind == TokenKind::kWord && token.Has(kCapitalized) && token.Has(kSpaceBefore);
  }
  // Whether a word of temperature comes among the few tokens of the
  // sentence before token `j`.
  bool TemperatureBefore(size_t j) const {
    static constexpr std::string_view kTemperatureWords[] = {"temperature", "temperatures", "heat",    "highs",  "lows",
                                                             "degrees",     "hottest",      "coldest", "warmest"};
    constexpr size_t kMaxTokensBack = 8;
    for (size_t k = j; k > first_ && k + kMaxTokensBack > j; --k) {
      if (IsOneOf(k - 1, kTemperatureWords)) return true;
    }
    return false;
  }

  // What follows a number decides its type: 70 %, 200 yuan, 5 km, 3 p.m.,
  // 29 November, five years ago, 860 BC.
  Match MatchAfterNumber(const Numeral& n) const {
    const size_t j = n.end;
    if (!n.words && !n.scaled && n.digits.separator == 0 && n.digits.suffix.empty() && AfterEra(j) > j) {
      return {j + 1, EntityType::kDate};
    }
    if (Text(j) == "%" || Text(j) == "％" || Is(j, "percent") || Is(j, "pct")) {
      return {j + 1, EntityType::kPercent};
    }
    // "by 0930 GMT", "at 1630 local time": a 24-hour clock's four digits
    // before a time zone (the wire's style), no year nor count. The zone's
    // abbreviation is left to the recognizer, which names it as CoNLL does.
    if (IsPlainInteger(n) && n.digits.suffix.empty() && n.digits.integer_digits == 4) {
      const int clock = static_cast<int>(n.digits.value);  // four digits: at most 9999
      if (clock / 100 <= 23 && clock % 100 <= 59) {
        if (Lookup(kTimeZoneTable, j) && IsUpperUnit(j)) return {j, EntityType::kTime};
        if (Is(j, "local") && Is(j + 1, "time")) return {j + 2, EntityType::kTime};
      }
    }
    if (Is(j, "per") && Is(j + 1, "cent")) return {j + 2, EntityType::kPercent};
    if (Is(j, "percentage") && (Is(j + 1, "point") || Is(j + 1, "points"))) {
      return {j + 2, EntityType::kPercent};
    }
    // 5 million euros, 200 yuan, 3bn yuan, 100 €.
    size_t money = j;
    if (!n.scaled && !n.words && Glued(j) && Lookup(kMoneyScaleTable, j)) ++money;
    const bool pounds = Is(money, "pounds") || Is(money, "pound");
    // (In capitals as in lower case: "HELPED HER LOSE 25 POUNDS".)
    const bool common_noun = !Capitalized(money) || doc_.tokens[money].Has(kAllCaps);
    if (pounds && common_noun && (!words_.PoundsAreMoney() || Is(money + 1, "of"))) {
      return {money + 1, EntityType::kQuantity};  // 243 pounds, 5,200 pounds of water vapor
    }
    if ((Lookup(kCurrencyTable, money) && !Capitalized(money)) || IsCurrencySymbol(Text(money)) ||
        (Lookup(kCurrencyTable, money) && doc_.tokens[money].Has(kAllCaps))) {
      return {money + 1, EntityType::kMoney};
    }
    if (const size_t end = CurrencyAfterCountry(n, money); end != 0) return {end, EntityType::kMoney};
    // 16" and 14”, the inch mark glued on, where it closes no quotation
    // ("the bezels on the 13" are large") and the number is not itself in
    // marks (an attribute's value, id="771328864018726912").
    if (!n.words && Glued(j) && IsInchMark(Text(j)) && !ClosesQuotation(j) &&
        !(Glued(n.end - 1) && IsInchMark(Text(n.end - 2)))) {
      return {j + 1, EntityType::kQuantity};
    }
    size_t unit = j;
    if (Is(unit, "square") || Is(unit, "cubic") || Is(unit, "sq")) ++unit;
    // (Capitalised only in its own form, or glued on: "5 GB", "2.6GHz"; not "5 Miles" of a title.)
    // (Recipes capitalise their spoons: "1 Tbsp. green onions".)
    const bool spoon = Is(unit, "tbsp") || Is(unit, "tbsp.") || Is(unit, "tsp") || Is(unit, "tsp.");
    static constexpr std::string_view kScales[] = {"celsius", "fahrenheit", "centigrade"};
    if (Lookup(kUnitTable, unit) && (!Capitalized(unit) || IsUpperUnit(unit) || Glued(unit) || spoon)) {
      // "49.9 degrees Celsius": the scale after the degrees.
      const bool scale = (Is(unit, "degrees") || Is(unit, "degree")) && IsOneOf(unit + 1, kScales);
      return {scale ? unit + 2 : unit + 1, EntityType::kQuantity};
    }
    if (IsOneOf(j, kScales)) return {j + 1, EntityType::kQuantity};  // "(121.8 Fahrenheit)"
    // "220°C", "40 °C", "-5°": the degree sign and its scale's letter.
    if (Text(j) == "\xC2\xB0") {
      const bool scale = Glued(j + 1) && (Text(j + 1) == "C" || Text(j + 1) == "F");
      return {scale ? j + 2 : j + 1, EntityType::kQuantity};
    }
    // "hit 38.5C", "temperatures reached 40C": a scale's letter glued on,
    // after a decimal or where temperatures are spoken of (not a seat's
    // "12F").
    const bool scale_letter =
        Text(j) == "C" || Text(j) == "F" || ((Text(j) == "C." || Text(j) == "F.") && EndsSentence(j));
    if (Glued(j) && scale_letter && (n.digits.decimal || TemperatureBefore(j))) {
      return {j + 1, EntityType::kQuantity};
    }
    // "750g", "50g of butter": grams glued on (not "5g", "4g": networks).
    if (Glued(j) && Text(j) == "g" && n.digits.integer_digits >= 2) return {j + 1, EntityType::kQuantity};
    if (const WordEntry* duration = Lookup(kDurationTable, j)) {
      size_t end = j + 1;
      if (Is(end, "ago") || Is(end, "old") || Is(end, "earlier") || Is(end, "later")) ++end;
      return {end, duration->duration ? EntityType::kTime : EntityType::kDate};
    }
    if (IsPlainInteger(n) && n.digits.value >= 1 && n.digits.value <= 12 && IsMeridiem(j)) {
      return {ExtendTime(j), EntityType::kTime};  // 3 p.m., 10am
    }
    if (IsPlainInteger(n) && n.digits.value >= 1 && n.digits.value <= 31 && n.digits.integer_digits <= 2 &&
        Lookup(kMonthTable, j) && Capitalized(j)) {
      return {ExtendWithYear(j + 1, j + 1), EntityType::kDate};  // 29 November 2026
    }
    return {};
  }

  // Units written in capitals only in their own form: GB, TB, MW, GWh, km.
  bool IsUpperUnit(size_t i) const { return Valid(i) && doc_.tokens[i].Has(kAllCaps); }

  static bool IsInchMark(std::string_view text) { return text == "\"" || text == "\u201d" || text == "\u2033"; }

  // Whether token `i` is the closing mark of a quotation FindQuotations found
  // (outermost quotations only, so their ends are in order).
  bool ClosesQuotation(size_t i) const {
    const uint32_t end = doc_.tokens[i].end;
    const auto& quotes = doc_.quotes;
    const auto q = std::lower_bound(quotes.begin(), quotes.end(), end,
                                    [](const Quote& quote, uint32_t offset) { return quote.span.end < offset; });
    return q != quotes.end() && q->span.end == end;
  }

  bool IsMeridiem(size_t i) const {
    return Is(i, "a.m.") || Is(i, "p.m.") || Is(i, "am") || Is(i, "pm") || Is(i, "a.m") || Is(i, "p.m");
  }

  // Past the a.m./p.m. and the time zone of a time ending before token `i`.
  size_t ExtendTime(size_t i) const {
    if (IsMeridiem(i)) {
      ++i;
      if (Text(i) == "." && Glued(i) && (Is(i - 1, "a.m") || Is(i - 1, "p.m"))) ++i;
    }
    if (Lookup(kTimeZoneTable, i) && IsUpperUnit(i)) ++i;
    return i;
  }

  // 2020-2025, 2020–25 after a year ending before token `j`.
  size_t ExtendYear(size_t j) const {
    const std::string_view dash = Text(j);
    if (dash != "-" && dash != "–" && dash != "—") return j;
    const Numeral second = ParseNumeral(j + 1);
    if (IsYear(second) ||
        (IsPlainInteger(second) && second.digits.integer_digits == 2 && second.digits.suffix.empty())) {
      return second.end;
    }
    return j;
  }

  // A bare year-like number at token `i` is a year unless it counts
  // something (even "of 1500 units" is a count) or numbers something ("Case
  // No. 2019", "flight number 1987"; not "no 2020 Olympics").
  bool IsYearInContext(size_t i, size_t next) const {
    if (Lookup(kCountedNounTable, next)) return false;
    return !(Is(i - 1, "no.") || Is(i - 1, "nos.") || Is(i - 1, "number") || Is(i - 1, "#"));
  }

  // "no one", "the one", "this one", "one another", "a big one": a pronoun,
  // not a count.
  bool IsLoneOne(size_t i) const {
    if (Lookup(kLoneOneDeterminerTable, i - 1) || Is(i + 1, "another")) return true;
    const bool after_adjective = IsLowerWord(i - 1) && !Lookup(kCardinalTable, i - 1) && !Is(i - 1, "number") &&
                                 Lookup(kAdjectiveOneDeterminerTable, i - 2);
    return after_adjective && !(IsWord(i + 1) && !Lookup(kAfterPronounOneTable, i + 1));
  }

  const Document& doc_;
  TokenWords& words_;
  size_t first_;
  size_t last_;
};

}  // namespace

void FindNumericMentions(const Document& doc, std::vector<Mention>* mentions) {
  const std::vector<Token>& tokens = doc.tokens;
  TokenWords words(doc);
  if (doc.sentences.empty()) {
    SentenceScanner(doc, &words, 0, tokens.size()).Run(mentions);
    return;
  }
  size_t t = 0;
  for (const Span& sentence : doc.sentences) {
    while (t < tokens.size() && tokens[t].begin < sentence.begin) ++t;
    size_t end = t;
    while (end < tokens.size() && tokens[end].end <= sentence.end) ++end;
    if (end > t) SentenceScanner(doc, &words, t, end).Run(mentions);
    t = end;
  }
}

}  // namespace annotator
