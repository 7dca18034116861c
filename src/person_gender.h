// The grammatical gender a person's name or title signals, for resolving
// "he" and "she" and for telling "Mr. Clinton" from "Mrs. Clinton".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annotator {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// The gender of first name `word` (any ASCII case) when at least 90% of the
// people given it in US birth records were of one sex: "Sarah" and "Hillary"
// female, "Donald" male, "Kelly", "Jordan" and "Xi" unknown. A hyphenated
// name goes by its last part that tells: "Jean-Marc" male, "Anne-Marie" female.
Gender FirstNameGender(std::string_view word);

// The gender an honorific signals: Mr., Sir, Lord male; Mrs., Ms., Miss,
// Lady, Dame female; others (Dr., Sen.) unknown. A final period is ignored.
Gender HonorificGender(std::string_view word);

// Whether `word` is a title that may precede a person's name and is not part
// of it: honorifics and offices ("Mr.", "Sen.", "President", "Mayor").
bool IsPersonTitle(std::string_view word);

// Whether two genders may be one person's: equal, or one of them unknown.
inline bool CompatibleGenders(Gender a, Gender b) { return a == Gender::kUnknown || b == Gender::kUnknown || a == b; }

// Fingerprints of first names, generated from US birth records
// (first_names_data.cc): the names whose LowerWordHash has top byte b hold
// `fingerprints[offsets[b] .. offsets[b + 1])`, bits 8..23 of each hash,
// sorted.
struct FirstNameTable {
  const uint16_t* offsets;       // 257
  const uint16_t* fingerprints;  // offsets[256]
};
extern const FirstNameTable kMaleFirstNames;
extern const FirstNameTable kFemaleFirstNames;

}  // namespace annotator
