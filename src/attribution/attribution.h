// Who said what: gives every quotation a kind, a speaker and a cue, and adds
// reported speech without quotation marks ("Xi said that China must act").
#pragma once

#include "document.h"

namespace annotator {
namespace attribution {
struct Model;
struct Trace;
}  // namespace attribution

// Runs after ClusterEntities: needs tokens, sentences, paragraphs, the direct
// quotations from FindQuotations, mentions and entities.
//
//  * Each quotation becomes `direct` (a speaker's words: `“…,” X said`,
//    `X said: “…”`, a follow-on paragraph of quotation), `mixed` (a fragment
//    inside reported speech: `he called it “a disaster”`) or `scare` (a term
//    or title nobody is said to have spoken: short, no cue, no speaker).
//  * Reported speech (`X said that …`, `…, he said.`, `according to X, …`)
//    is added as `indirect` quotations whose span and content are the
//    reported clause; `doc->quotes` stays sorted by begin offset.
//  * `speaker` is the mention of the source (a name, a pronoun or a
//    description such as "officials"), `speaker_entity` its entity (a
//    pronoun resolves to the most recent compatible entity), `cue` the
//    speech verb or phrase (said, told, according to, a colon).
void AttributeQuotes(Document* doc);

// The same with another model's weights, recording every learned decision's
// features in `trace` when it is not null (for training).
void AttributeQuotes(Document* doc, const attribution::Model& model, attribution::Trace* trace);

}  // namespace annotator
