// A small labelled fixture, written for this test and committed with it, so
// that a swap of two types or a lost type is caught without ../shared (where
// the model card's figures are checked on the real dev sets).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "annotator.h"

namespace annotator {
namespace {

// Plain news sentences; every name, date, amount and figure in them is
// marked [TYPE text]. Unmarked words name nothing.
constexpr const char* kLabelled[] = {
    "[PERSON Angela Merkel] met executives of [ORG Siemens] in [LOCATION Munich] on [DATE Tuesday].",
    "[ORG Toyota] said its profit rose [PERCENT 12 percent] to [MONEY $4.2 billion] in [DATE the third quarter].",
    "The [ORG World Health Organization] sent [CARDINAL 300] doctors to [LOCATION Sierra Leone] and "
    "[LOCATION Guinea].",
    "[PERSON Lionel Messi] scored twice as [ORG Inter Miami] beat [ORG Orlando City] in [LOCATION Florida].",
    "The [MISC Olympic] torch passed through [LOCATION Athens] before reaching [LOCATION Paris] in "
    "[DATE April].",
    "[PERSON Emmanuel Macron] and [PERSON Olaf Scholz] spoke by telephone about the war in "
    "[LOCATION Ukraine].",
    "[ORG Amazon] will open [CARDINAL two] warehouses near [LOCATION Leeds], creating [CARDINAL 1,500] jobs.",
    "Shares of [ORG Tesla] fell after [PERSON Elon Musk] sold stock worth [MONEY $3 billion].",
    "The [ORG European Central Bank] raised rates by a quarter point, its [ORDINAL tenth] rise in a row.",
    "[PERSON Narendra Modi] visited [LOCATION Washington] where he addressed the [ORG Congress].",
    "Many [MISC Australian] farmers lost their crops when the [LOCATION Murray River] flooded in "
    "[DATE 2022].",
    "[PERSON Sarah Kovner], a lawyer in [LOCATION Boston], represents [ORG Greenpeace] in the case.",
    "The [MISC Nobel Prize] in Physics went to [PERSON Anne L'Huillier] of [ORG Lund University].",
    "[ORG Reuters] reported that [LOCATION Brazil] exported [QUANTITY 90 million tonnes] of soybeans.",
    "Pope [PERSON Francis] will travel to [LOCATION Kinshasa] at the end of [DATE January].",
};

struct Labelled {
  std::string text;
  std::vector<std::pair<std::string, std::string>> gold;  // (type, text)
};

// "[PERSON Angela Merkel] met …" → the plain text and its (type, text) pairs.
Labelled Parse(const std::string& marked) {
  Labelled out;
  for (size_t i = 0; i < marked.size(); ++i) {
    if (marked[i] != '[') {
      out.text.push_back(marked[i]);
      continue;
    }
    const size_t space = marked.find(' ', i);
    const size_t close = marked.find(']', space);
    REQUIRE(space != std::string::npos);
    REQUIRE(close != std::string::npos);
    const std::string words = marked.substr(space + 1, close - space - 1);
    out.gold.emplace_back(marked.substr(i + 1, space - i - 1), words);
    out.text += words;
    i = close;
  }
  return out;
}

struct Counts {
  int found = 0, right = 0, gold = 0;
};

TEST_CASE("mention types on a labelled fixture: each type mostly right, so no two are swapped") {
  std::map<std::string, Counts> per_type;
  std::string errors;  // shown when a check fails
  for (const char* marked : kLabelled) {
    const Labelled sentence = Parse(std::string("Officials met on Monday.\n\n") + marked + "\n");
    Document doc;
    REQUIRE(Annotate(sentence.text, &doc).ok());
    std::vector<std::pair<std::string, std::string>> found;
    for (const Mention& m : doc.mentions) {
      if (doc.Text(m.span) == "Monday" || doc.Text(m.span) == "Officials") continue;  // the lead-in
      found.emplace_back(EntityTypeName(m.type), std::string(doc.Text(m.span)));
    }
    for (const auto& [type, text] : sentence.gold) per_type[type].gold++;
    for (const auto& pair : found) {
      per_type[pair.first].found++;
      bool right = false;
      for (const auto& gold : sentence.gold) right = right || gold == pair;
      per_type[pair.first].right += right;
      if (!right) errors += std::string("\n  ") + marked + "  ->  " + pair.first + " " + pair.second;
    }
  }
  for (const auto& entry : per_type) {
    const std::string& type = entry.first;
    const Counts& c = entry.second;
    CAPTURE(type);
    CAPTURE(errors);
    CAPTURE(c.right);
    CAPTURE(c.found);
    CAPTURE(c.gold);
    // Precision and recall of each type of at least 2 in 3 (the model errs
    // on a few of these, as on any text): a swapped or lost type scores 0.
    CHECK(c.right * 3 >= c.found * 2);
    CHECK(c.right * 3 >= c.gold * 2);
  }
  CHECK(per_type.size() >= 9);
}

}  // namespace
}  // namespace annotator
