// Document-level consistency of the recognizer's names (the second pass of
// Ratinov & Roth 2009): an article calls one name one thing. After every
// sentence is tagged, the words of each name are looked up across the
// document:
//  - a surname of a person named in full or after an honorific ("Donald
//    Trump", "Mr. Trump") is that person wherever it stands alone;
//  - where the same words were tagged with different types in the body (not
//    in headlines), every body occurrence takes the type at least two thirds
//    of them have: "Coron" tagged a place four times and an organisation
//    twice is a place six times;
//  - where the same capitalised words stand untagged elsewhere, away from
//    other capitalised words (and not first in a sentence when it is one
//    word), they are tagged too;
//  - a name in a title-case headline that runs across a verb, a pronoun or a
//    preposition ("Kepa Arrizabalaga From Athletic Bilbao") is remade from
//    the names the body settled on.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "ner/features.h"

namespace annotator {
namespace ner {

// Whether the token is in the gazetteer's list of given names.
bool IsGivenName(const TokenFacts& f);

// `facts` are the document's TokenFacts (FeatureExtractor::facts), `tags` the
// document's decoded tags, one per token, well formed within each of
// `sentences` (token ranges). Rewrites `tags` in place.
void MakeConsistent(const std::vector<TokenFacts>& facts, const std::vector<std::pair<int32_t, int32_t>>& sentences,
                    uint8_t* tags);

}  // namespace ner
}  // namespace annotator
