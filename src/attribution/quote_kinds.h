// What each quotation is: someone's words (`direct`), a fragment inside
// reported speech (`mixed`), or a term or title nobody is said to have
// spoken (`scare`); with the speaker and cue the rules find for it.
#pragma once

#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "attribution/model.h"

namespace annotator {
namespace attribution {

// Gives every quotation of FindQuotations a kind, and a speaker and cue where
// the rules find one. A quotation inside a cue's region takes that cue's
// source; it is `direct` when the region holds nothing but quotation, `mixed`
// otherwise. Without a cue: a dash credit, a colon introduction (`X: “…”`),
// then a quotation opening its sentence continues the latest speaker, then
// a short quotation is `scare` unless a weaker cue and its speaker govern it.
void AttributeQuotations(const Context& ctx, const std::vector<Cue>& cues);

// Turns a quotation the rules call spoken into a term (`scare`) where the
// learned scorer (model.h) disagrees by a margin; never the other way (see
// quote_kinds.cc). Records features in `trace` when it is not null.
void ClassifyQuotations(const Context& ctx, const std::vector<Cue>& cues, const Model& model, Trace* trace);

// A headline or subheading quotation with no speaker of its own whose words
// the story quotes again ("China commits to ‘self-reliance’" and later Xi's
// “self-reliance and self-strengthening”) takes that quotation's speaker and
// cue, and is `mixed`. So does a pull quote, a direct quotation of five
// words or more alone on its line with no cue of its own sentence, from the
// first later direct quotation of its words whose cue is in that
// quotation's sentence; it stays `direct`.
void CreditHeadlineQuotations(const Context& ctx);

// A quotation that opens its sentence and took the speaker of an earlier
// one (the previous speaker continues) is credited to the subject and verb
// that follow it in its sentence instead: "“Hands! Let me see your hands!”
// an officer ordered" after another speaker's paragraph. Run after the
// scorers, which were trained without it.
void CreditSubjectsAfterQuotations(const Context& ctx);

// A quotation right after a person's name and a colon that a dash sets off
// from the words before it ("Pollsters agree - Carl Bialik: “…”") is that
// person's, not the earlier cue's subject's. Run after the scorers, which
// were trained without it.
void CreditNamesBeforeColons(const Context& ctx);

// A headline that opens with a quotation, a colon and a person's name,
// perhaps after a title ("‘We can’t wait for Washington’: Mayor Brandon
// Johnson on Chicago’s budget"), credits the quotation to that person; it
// is `direct`. Run after the scorers, which were trained without it.
void CreditNamesAfterHeadlineColons(const Context& ctx);

// The second part of a quotation split by its frame, `“We are excited,” said
// Johnston, a guitarist, “and it is a celebration.”`, is the same speaker's
// (a cue inverted after the first part governs no words after its
// speaker). Only one with no speaker, after a comma, in the same sentence,
// with the first part's cue and speaker between the two. Run after the
// scorers, which were trained without it.
void CreditSplitQuotations(const Context& ctx);

// A quotation with no speaker, after a colon or `mixed`, whose sentence opens
// with "The" and an organisation's name: "The Democratic National Committee
// released a statement …, offering “a deep and sincere apology”", "the
// Illinois Board of Elections was conclusive in its findings: “…”". The
// organisation is the speaker. Run after the scorers, which were trained
// without it.
void CreditOrganisationsAfterArticles(const Context& ctx);

// A quotation inside a clause whose own verb of speech has another subject
// is that subject's: "Hunt said the figures were “a major milestone”, while
// Rachel Reeves said families were still “worse off”" had Hunt speak both.
// Only a `mixed` quotation with its speaker before it in its sentence, and
// the last such verb between them, its subject before it. Run after the
// scorers, which were trained without it.
void CreditNearestCueSubjects(const Context& ctx, const std::vector<Cue>& cues);

// A `mixed` quotation credited without a verb of speech takes the speaker
// and verb of a later quotation of its sentence that the sentence's closing
// frame credits: "The outages have been “terribly disruptive” and PG&E is
// taking steps …, “we won’t roll the dice …,” company CEO Andy Vesey said"
// had PG&E speak the first. Run after the scorers.
void CreditSentenceFrames(const Context& ctx);

// A quotation right after a participle of naming ("a memo titled “The Facts
// on Where the Race Stands”", "it is called “pigeon breeder’s lung”") is a
// name, nobody's words: `scare`, without speaker or cue. Not after a verb
// with its subject ("Tim Cook called “total political crap”"). Run after the
// scorers, which were trained without it.
// Also a quotation after a passive verb ("Oz … has been called “quack”"),
// whose subject did not speak, and one whose cue is a word of its speaker's
// name ("The Post sent its “national enterprise reporter”") or a noun ("Trump
// Addresses Munich Attack: ‘…’", "comedy writing is out to “break
// convention”"): mixed, without speaker or cue (a term, scare, when of three
// words or fewer).
void UnattributeParticipleNames(const Context& ctx);

}  // namespace attribution
}  // namespace annotator
