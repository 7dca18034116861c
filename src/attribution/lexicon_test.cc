#include "attribution/lexicon.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace attribution {
namespace {

CueClass CueOf(std::string_view word) { return DescribeWord(word, TokenKind::kWord).cue; }

TEST_CASE("lexicon: speech verbs in every form, and in any case") {
  for (std::string_view w : {"said", "Says", "told", "telling", "added", "argued", "insists", "warned", "denied",
                             "admitted", "announced", "explained", "wrote", "testified", "according",
                             // The Indian and Nigerian press's "opined", "averred".
                             "opined", "averred"}) {
    CHECK_MESSAGE(CueOf(w) == CueClass::kSpeech, w);
  }
}

TEST_CASE("lexicon: quotation verbs frame quotations only; stance verbs are no cue at all") {
  for (std::string_view w : {"called", "described", "dubbed", "continued", "joked", "yelled"}) {
    CHECK_MESSAGE(CueOf(w) == CueClass::kQuotation, w);
  }
  for (std::string_view w : {"believes", "think", "wanted", "hopes", "expected", "plans", "aims", "learned", "found",
                             "shows", "follows", "embraced", "voted", "offered"}) {
    CHECK_MESSAGE(CueOf(w) == CueClass::kNone, w);
  }
  CHECK((ListsOf("believes") & kStanceVerbList) != 0);
  CHECK((ListsOf("revealed") & kNeedsThatClauseList) != 0);
  CHECK((ListsOf("written") & kNeedsThatClauseList) != 0);  // "have written letters" reports nothing
  CHECK((ListsOf("said") & kNeedsThatClauseList) == 0);
}

TEST_CASE("lexicon: speaker nouns, and one typing slip away from one") {
  for (std::string_view w : {"officials", "Spokeswoman", "analysts", "company", "report"}) {
    CHECK_MESSAGE((ListsOf(w) & kSpeakerNounList) != 0, w);
  }
  CHECK((ListsOf("limits") & kSpeakerNounList) == 0);
  // A prefix and a hyphen before one keep it a speaker's noun.
  for (std::string_view w : {"co-president", "Co-moderator", "ex-wife", "vice-chairman"}) {
    CHECK_MESSAGE((ListsOf(w) & kSpeakerNounList) != 0, w);
  }
  CHECK((ListsOf("co-limits") & kSpeakerNounList) == 0);
  CHECK(IsMisspeltSpeakerNoun("Analyts"));
  CHECK(IsMisspeltSpeakerNoun("offcials"));
  CHECK(IsMisspeltSpeakerNoun("spokesmna"));
  CHECK_FALSE(IsMisspeltSpeakerNoun("Months"));
  CHECK_FALSE(IsMisspeltSpeakerNoun("amid"));
  CHECK_FALSE(IsMisspeltSpeakerNoun("mayoral"));
}

TEST_CASE("lexicon: pronouns and words too long for any list") {
  CHECK(PronounKind("She") == Pronoun::kPerson);
  CHECK(PronounKind("they") == Pronoun::kThing);
  CHECK(PronounKind("we") == Pronoun::kOther);
  CHECK(PronounKind("officials") == Pronoun::kNone);
  CHECK(ListsOf(std::string(kMaxWord + 1, 's')) == 0);
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
