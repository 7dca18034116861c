#include "attribution/attribution.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include "ascii_case.h"
#include "attribution/context.h"
#include "attribution/coreference.h"
#include "attribution/cues.h"
#include "attribution/model.h"
#include "attribution/quote_kinds.h"
#include "attribution/reported_speech.h"
#include "attribution/speaker_candidates.h"
#include "attribution/speaker_model.h"
#include "attribution/transcripts.h"

namespace annotator {

namespace {

// "Montell Figgins, who represents Thomas, said … He said …": a person whose
// name tells no gender takes that of the "he" or "she" credited to them,
// when they open the pronoun's sentence or the one before it as its subject,
// so that a later pronoun can go back to them as a sentence's subject
// (LatestPersonBefore passes over a subject of unknown gender for a later
// name whose gender is known: "Figgins declined to say whether Thomas slept
// … the night Epstein died. “…,” he said" was Epstein's). Also a person
// named as the speaker of the sentence right before one the pronoun opens
// ("“…,” Tsiklauri said. He noted that …"), whose subject is no name.
void LearnGender(const attribution::Context& ctx, Document* doc, const Quote& quote, const Quote* before) {
  if (quote.speaker_entity < 0) return;
  Entity& entity = doc->entities[quote.speaker_entity];
  if (entity.type != EntityType::kPerson || entity.gender != Gender::kUnknown) return;
  const std::string_view pronoun = doc->Text(quote.speaker);
  const Gender gender = EqualsLower(pronoun, "he")    ? Gender::kMale
                        : EqualsLower(pronoun, "she") ? Gender::kFemale
                                                      : Gender::kUnknown;
  if (gender == Gender::kUnknown) return;
  const uint32_t pronoun_token = ctx.FirstTokenAt(quote.speaker.begin);
  for (const int32_t m : attribution::OpeningSubjectNamesAt(ctx, pronoun_token)) {
    if (m >= 0 && doc->mentions[m].entity == quote.speaker_entity) entity.gender = gender;
  }
  if (before && before->speaker_entity == quote.speaker_entity && before->speaker_kind == SpeakerKind::kName &&
      ctx.SentenceBegin(pronoun_token) == pronoun_token && ctx.SentenceOf(pronoun_token) > 0 &&
      ctx.SentenceOf(ctx.FirstTokenAt(before->speaker.begin)) + 1 == ctx.SentenceOf(pronoun_token)) {
    entity.gender = gender;
  }
}

}  // namespace

namespace {

// "…, the Interior Ministry said. It said 43 people had been detained": "it"
// opening the sentence after one whose report an organisation named there
// made goes on with that organisation (the pronoun's resolution takes only
// one that opens a sentence). Not one a description made ("the company
// wrote"), whose organisation was itself resolved.
int32_t OrganisationGoingOn(const attribution::Context& ctx, const Quote& before, const Quote& quote) {
  const uint32_t pronoun = ctx.FirstTokenAt(quote.speaker.begin);
  if (before.speaker_entity < 0 || before.speaker_kind != SpeakerKind::kName ||
      ctx.doc().entities[before.speaker_entity].type != EntityType::kOrg ||
      !EqualsLower(ctx.TokenText(pronoun), "it") || pronoun != ctx.SentenceBegin(pronoun) ||
      ctx.SentenceOf(pronoun) != ctx.SentenceOf(ctx.FirstTokenAt(before.speaker.begin)) + 1) {
    return -1;
  }
  return before.speaker_entity;
}

}  // namespace

void AttributeQuotes(Document* doc) { AttributeQuotes(doc, attribution::EmbeddedModel(), nullptr); }

void AttributeQuotes(Document* doc, const attribution::Model& model, attribution::Trace* trace) {
  // Every stage asks which sentence a token is in.
  if (doc->tokens.empty() || doc->sentences.empty()) return;
  using namespace attribution;
  Context ctx(doc);
  const std::vector<Cue> cues = FindCues(ctx);
  AttributeQuotations(ctx, cues);
  ClassifyQuotations(ctx, cues, model, trace);
  RerankSpeakers(ctx, cues, model, trace);
  UnattributeParticipleNames(ctx);
  CreditSubjectsAfterQuotations(ctx);
  CreditNamesBeforeColons(ctx);
  CreditOrganisationsAfterArticles(ctx);
  CreditSplitQuotations(ctx);
  CreditNearestCueSubjects(ctx, cues);
  CreditSentenceFrames(ctx);
  CreditHeadlineQuotations(ctx);
  CreditNamesAfterHeadlineColons(ctx);
  const size_t quotations = doc->quotes.size();
  AddReportedSpeech(&ctx, cues);
  const std::vector<TurnSpan> turns = AddTranscriptTurns(&ctx);
  ctx.IndexReportCues();
  // In text order, a pronoun's quotation teaching later ones (LearnGender);
  // the quotations stay in the order the context indexes them until the end.
  std::vector<uint32_t> in_text_order(doc->quotes.size());
  std::iota(in_text_order.begin(), in_text_order.end(), 0u);
  std::stable_sort(in_text_order.begin(), in_text_order.end(),
                   [&](uint32_t a, uint32_t b) { return doc->quotes[a].span.begin < doc->quotes[b].span.begin; });
  int32_t previous = -1;  // the quotation before, in text order, not one inside another
  for (const uint32_t q : in_text_order) {
    Quote& quote = doc->quotes[q];
    const int32_t before = previous;
    if (previous < 0 || quote.span.end > doc->quotes[previous].span.end) previous = static_cast<int32_t>(q);
    // "“…,” said one Democrat familiar with the discussion", "said master of
    // ceremonies Asab Al-Tabchi": an inverted speaker the candidates missed.
    if (quote.speaker.empty() && quote.kind == QuoteKind::kDirect && !quote.cue.empty()) {
      quote.speaker = SpeakerAfterInvertedCue(ctx, ctx.FirstTokenAt(quote.cue.begin));
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
    }
    if (quote.speaker.empty()) continue;
    // "The Security Council issued a statement calling …", "The White House
    // released a statement: “…”": the issuer speaks, not "a statement". Set
    // after the scorers, which were trained with the statement as the
    // participle's subject.
    const uint32_t cue_first = quote.cue.empty() ? kNoToken : ctx.FirstTokenAt(quote.cue.begin);
    if (const Span issuer = IssuerOfDocument(ctx, quote.speaker);
        !issuer.empty() && cue_first != kNoToken &&
        (ctx.WordEndsWith(cue_first, "ing") || ctx.IsPunct(cue_first, ":"))) {
      quote.speaker = issuer;
      quote.speaker_entity = SpeakerEntity(ctx, issuer);
    }
    // "the Chicago Police Department which reported “…”": the organisation
    // or document whose relative clause the cue opens speaks. Set after the
    // scorers, whose candidates leave out an antecedent that a preposition
    // governs.
    if (const Span antecedent =
            quote.cue.empty() ? Span{} : AntecedentOfRelative(ctx, ctx.FirstTokenAt(quote.cue.begin));
        !antecedent.empty() && (antecedent.end <= quote.speaker.begin || antecedent.begin >= quote.speaker.end)) {
      quote.speaker = antecedent;
      quote.speaker_entity = SpeakerEntity(ctx, antecedent);
    }
    // "…,” study lead author Lucas Paganini, a planetary scientist at NASA's
    // Goddard Space Flight Center in Greenbelt, Maryland, and …, said": the
    // person speaks, not a name inside the apposition (the rules' candidates
    // stop at its last comma).
    if (!quote.cue.empty()) {
      if (const Span person = PersonHeadingApposition(ctx, quote.speaker, ctx.FirstTokenAt(quote.cue.begin));
          !person.empty()) {
        quote.speaker = person;
        quote.speaker_entity = SpeakerEntity(ctx, person);
      }
    }
    // "“…” that Sanders can catch Clinton, said Steve Elmendorf, deputy
    // campaign manager for …": the person after the inverted cue speaks.
    if (cue_first != kNoToken) {
      if (const Span person = PersonInvertedWithDescription(ctx, cue_first); !person.empty()) {
        quote.speaker = person;
        quote.speaker_entity = SpeakerEntity(ctx, person);
      }
    }
    // "…, said Zelenskiy's chief of staff Andriy Yermak": the person the title
    // runs on to (the candidates stop at "of", and "Zelenskiy's chief" spoke
    // for Zelenskiy).
    if (cue_first != kNoToken) {
      if (const Span title = InvertedTitleOf(ctx, quote.speaker, cue_first); !title.empty()) {
        quote.speaker = title;
        quote.speaker_entity = SpeakerEntity(ctx, title);
      }
    }
    // "according to American military officials": the officials speak,
    // not the adjective before them (a name of the recognizer's MISC type).
    if (const Span people = PeopleAfterAdjective(ctx, quote.speaker); !people.empty()) {
      quote.speaker = people;
      quote.speaker_entity = SpeakerEntity(ctx, people);
    }
    quote.speaker_kind = SpeakerKindOf(ctx, quote.speaker);
    // "he" and "she" go on with the subject of the sentence they follow
    // (set after the scorers, which were trained with the latest person).
    if (quote.speaker_kind == SpeakerKind::kPronoun) {
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker, /*prefer_subject=*/true,
                                           quote.kind == QuoteKind::kIndirect ? quote.span : Span{});
      // ("Zelensky: He said he wants the war to end quickly": not Zelensky.)
      if (InsideTurnOf(turns, quote.span, quote.speaker_entity)) quote.speaker_entity = -1;
      if (quote.speaker_entity < 0 && before >= 0) {
        quote.speaker_entity = OrganisationGoingOn(ctx, doc->quotes[before], quote);
      }
      LearnGender(ctx, doc, quote, before >= 0 ? &doc->quotes[before] : nullptr);
    }
    // "the President" after "President Bola Tinubu" is Tinubu (set after the
    // scorers, which were trained with descriptions as no one).
    if (quote.speaker_entity < 0 && quote.speaker_kind != SpeakerKind::kPronoun) {
      quote.speaker_entity = TitledPersonEntity(ctx, quote.speaker);
    }
    // "Health authorities in China’s Inner Mongolia" are no one's name: the
    // place in their modifier is not who spoke; nor is the person whose
    // lawyer or chief of staff did ("Trump's lawyer"). (The scorers, trained
    // with those entities, keep seeing them.)
    if ((NounHeadOf(ctx, quote.speaker) != ctx.HeadToken(quote.speaker) &&
         SpokespersonOf(ctx, quote.speaker) != quote.speaker_entity) ||
        NamesSomeoneOfPerson(ctx, quote.speaker)) {
      quote.speaker_entity = -1;
    }
  }
  if (doc->quotes.size() != quotations) {
    std::stable_sort(doc->quotes.begin(), doc->quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  }
}

}  // namespace annotator
