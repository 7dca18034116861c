#include "person_gender.h"

#include <doctest/doctest.h>

namespace annotator {
namespace {

TEST_CASE("person gender: first names from US birth records, in any case") {
  CHECK(FirstNameGender("Hillary") == Gender::kFemale);
  CHECK(FirstNameGender("SARAH") == Gender::kFemale);
  CHECK(FirstNameGender("Donald") == Gender::kMale);
  CHECK(FirstNameGender("anthony") == Gender::kMale);
  CHECK(FirstNameGender("Jean") == Gender::kFemale);
  CHECK(FirstNameGender("Jean-Marc") == Gender::kMale);
  CHECK(FirstNameGender("Anne-Marie") == Gender::kFemale);
  CHECK(FirstNameGender("Jean-Baptiste") == Gender::kMale);  // "Jean" alone is a woman's name in US records
  CHECK(FirstNameGender("Jean-Marie") == Gender::kMale);
  // Given to many of either sex, or not an English first name at all.
  CHECK(FirstNameGender("Kelly") == Gender::kUnknown);
  CHECK(FirstNameGender("Jordan") == Gender::kUnknown);
  CHECK(FirstNameGender("Xi") == Gender::kUnknown);
  CHECK(FirstNameGender("Huawei") == Gender::kUnknown);
}

TEST_CASE("person gender: honorifics and titles") {
  CHECK(HonorificGender("Mr.") == Gender::kMale);
  CHECK(HonorificGender("Ms") == Gender::kFemale);
  CHECK(HonorificGender("Mrs.") == Gender::kFemale);
  CHECK(HonorificGender("Sen.") == Gender::kUnknown);
  // Other languages' and faiths' honorifics in English news.
  CHECK(HonorificGender("U") == Gender::kMale);
  CHECK(HonorificGender("Daw") == Gender::kFemale);
  CHECK(HonorificGender("Aum") == Gender::kFemale);
  CHECK(HonorificGender("Dasho") == Gender::kMale);
  CHECK(HonorificGender("Hojatoleslam") == Gender::kMale);
  CHECK(HonorificGender("Alhaja") == Gender::kFemale);
  CHECK(HonorificGender("Frau") == Gender::kFemale);
  CHECK(IsPersonTitle("Sen."));
  CHECK(IsPersonTitle("President"));
  CHECK(IsPersonTitle("mr"));
  CHECK_FALSE(IsPersonTitle("Sarah"));
}

}  // namespace
}  // namespace annotator
