// Head words and suffixes of organisations' names, lower-form hashes. The
// recognizer types names by them; the entity clustering tells by them a body
// from a part of it ("Boeing Co" is Boeing; "House Intelligence Committee"
// is not the House).
#pragma once

#include "ner/hash.h"

namespace annotator {
namespace ner {

// Head words of institutions whose names go on with "of" or "for" ("Bank of
// Japan", "Institute for Fiscal Studies"). Not company words: "Kia Motor
// Corp of South Korea" is a company and its country. Lower-form hashes.
inline constexpr auto kInstitutionHeads = SortedWordHashes({
    "office",    "institute",  "commission",  "committee",   "council",   "ministry",     "department",   "agency",
    "authority", "bureau",     "directorate", "secretariat", "assembly",  "court",        "tribunal",     "party",
    "union",     "federation", "association", "alliance",    "coalition", "league",       "university",   "college",
    "academy",   "foundation", "society",     "fund",        "bank",      "organisation", "organization", "board",
    "centre",    "center",     "initiative",  "programme",   "program",   "forum",        "movement",     "front",
    "library",   "museum",     "school",      "hospital",    "church",    "service",      "planetarium",  "observatory",
    "gallery",   "diocese",    "archdiocese", "eparchy",     "centres",   "centers",      "institutes",
});

// Head words of companies' names ("Universal Pictures", "Marvel Studios",
// "Columbia Records", "Hawaiian Airlines", "General Motors"). Lower-form
// hashes.
inline constexpr auto kCompanyHeads =
    WordHashes({"pictures", "studios", "records", "entertainment", "airlines", "airways", "motors", "pharmaceuticals",
                "holdings", "holding", "industries", "productions", "enterprises", "technologies", "laboratories",
                "publications", "gaming", "software", "systems", "solutions", "partners", "ventures", "semiconductor",
                "semiconductors", "electronics", "therapeutics", "logistics", "robotics", "petroleum",
                "biotherapeutics", "biologics", "biosciences", "biopharma", "diagnostics", "genomics", "aerospace",
                // Brokers and publishers ("Bintang Niaga Futures", "Umlando
                // Books" were persons).
                "futures", "securities", "books", "publishing"});

// Legal forms that end a company's name ("Boeing Co.", "Pfizer Inc").
inline constexpr auto kLegalSuffixes =
    WordHashes({"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "bancorp", "bancshares", "co", "co."});

}  // namespace ner
}  // namespace annotator
