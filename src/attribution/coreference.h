// Which entity a speaker refers to: a name's own entity, or for a pronoun or
// a description ("the company") the entity it most likely points back to.
#pragma once

#include <cstdint>

#include "attribution/context.h"

namespace annotator {
namespace attribution {

// The entity of speaker span `speaker`, or -1: the entity of a name inside
// it (a person or organisation before other types), else for "he"/"she" the
// latest person and for "it"/"they"/"the company" the latest organisation
// before it, outside boilerplate. With `prefer_subject`, "he"/"she" goes on
// with the person who opens the sentence of that latest person as its
// subject, if that is another person who agrees: "Kemi Badenoch accused
// Prime Minister Keir Starmer of …. “…,” she said" is Badenoch's (unless only
// the later person's gender is known to agree). A person named inside
// `reported`, the clause a pronoun reports, is not whom it means: "He said he
// expected Fonua-Mahe to be picked" is not Fonua-Mahe's.
int32_t SpeakerEntity(const Context& ctx, Span speaker, bool prefer_subject = false, Span reported = {});

// The person a description of a title refers to: "the President" after
// "President Bola Tinubu", "the prime minister" after "Prime Minister Keir
// Starmer": the entity of the persons named before it with that title
// right before their name, when they are one; else -1 ("President Trump
// met President Xi. The president said": which one is unsaid).
int32_t TitledPersonEntity(const Context& ctx, Span speaker);

// The name whose possessive opens speaker phrase `speaker` before its head
// ("China" of "China's government", "Trump" of "Trump's lawyer"): its
// mention, or -1.
int32_t PossessiveOwner(const Context& ctx, Span speaker);

// Whether speaker phrase `speaker`, opened by a person's possessive, names
// someone else ("Trump's lawyer", "Zelenskiy's chief of staff", "Scott's
// family"), not a body or a voice that speaks for that person ("Clinton's
// campaign", "Ryan's office", "Cameron's spokesman", "Pence's statement").
bool NamesSomeoneOfPerson(const Context& ctx, Span speaker);

// The token that heads speaker phrase `speaker`: its last, or the lower-case
// noun before a preposition that opens a modifier ("Health authorities in
// China’s Inner Mongolia"), whose names are not the speaker; the last
// when a name comes before the first preposition.
uint32_t NounHeadOf(const Context& ctx, Span speaker);

// The entity of the organisation whose spokesperson speaker phrase
// `speaker` is ("An ADB spokesperson", "a spokesman for the Foreign
// Ministry"), or -1: who speaks for it is it.
int32_t SpokespersonOf(const Context& ctx, Span speaker);

}  // namespace attribution
}  // namespace annotator
