#include "attribution/speaker_model.h"

#include <algorithm>

#include "attribution/coreference.h"
#include "attribution/speaker_candidates.h"

namespace annotator {
namespace attribution {
namespace {

struct Candidate {
  Span span;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint8_t flags = 0;             // kFrom* bits
  uint8_t cue_relation = 0;      // 0 not a cue's source, else 1..6 (see AddCueCandidates)
  CueClass cue_class = CueClass::kNone;
  int32_t cue = -1;  // the cue it is the source of
  int32_t entity = -1;
};
constexpr uint8_t kFromRule = 1, kFromCue = 2, kFromMention = 4, kFromPronoun = 8, kFromPrevious = 16;

// The feature templates of a candidate; each has kFeatureValues values.
enum SpeakerTemplate : int {
  kSourceFlags,            // which kFrom* sources proposed it
  kSideDistance,           // before/after/inside the quotation × distance in tokens
  kSentenceParagraph,      // same/previous/other sentence × paragraph breaks between
  kCandidateKind,          // a name's type, or a pronoun, or a description
  kEntitySize,             // how many mentions its entity has
  kCueRelation,            // how a cue it is the source of relates to the quotation
  kCueClass,               // that cue's class
  kShape,                  // capitalisation, determiner, "-ly" head, digits
  kLength,                 // words
  kMixedSourceFlags,       // kSourceFlags for a mixed quotation
  kNextWord,               // NextWordClass × side
  kPreviousWord,           // PreviousWordClass × a possessive after it
  kTypeSide,               // kCandidateKind's type × side
  kSameEntity,             // same entity as the previous speaker / the rules' choice
  kRankSide,               // rank by distance among candidates on its side
  kWordsRulePronoun,       // quotation length × the rules' choice × pronoun
  kOpensSentenceSideRule,  // the quotation opens its sentence × side × rules' choice
  kDistanceRule,           // distance × rules' choice
  kCueRelationPronoun,     // kCueRelation × pronoun
  kRuleEmptyFlags,         // the rules found nobody × how it was proposed
  kNumSpeakerTemplates
};
static_assert(kNumSpeakerTemplates <= kSpeakerTemplates, "speaker templates exceed the model's feature space");

// How much more the scorer must prefer a candidate to the rules' choice to
// replace it, in log-probability: 2 is a candidate about seven times as
// likely. The rules' speaker is the subject of the cue that governs the
// quotation, and a wrong speaker costs a reader more than the rules'
// occasional miss. Chosen on PolNeAR dev: 1.5 to 2.5 score within one
// attribution of each other, 4 loses three (retrain, and choose again, when
// the features change).
constexpr float kOverrideMargin = 2.0f;

struct QuoteContext {
  uint32_t first = 0, last = 0;
  uint32_t q = 0;
  bool mixed = false;
  int32_t previous_entity = -1, rule_entity = -1;
  Span rule, previous;
  size_t words = 0;
  bool opens_sentence = false;
};

int DistanceBucket(uint32_t d) {
  if (d <= 2) return static_cast<int>(d);
  if (d <= 4) return 3;
  if (d <= 8) return 4;
  if (d <= 16) return 5;
  if (d <= 32) return 6;
  return 7;
}

class SpeakerRanker {
 public:
  SpeakerRanker(const Context& ctx, const std::vector<Cue>& cues, const Model& model, Trace* trace)
      : ctx_(ctx), tokens_(ctx.tokens()), cues_(cues), weights_(model.speaker_weights), trace_(trace) {}

  // The quotations of FindQuotations, in text order.
  void Run() {
    auto& quotes = ctx_.doc().quotes;
    Span previous;  // the rules' speaker of the previous quotation
    for (uint32_t q = 0; q < quotes.size(); ++q) {
      Quote& quote = quotes[q];
      if (!Reranks(q)) continue;
      QuoteContext qc = ContextOf(q, previous);
      previous = quote.speaker;
      const int n = GatherCandidates(qc);
      const int best = Best(qc, n);
      if (trace_ != nullptr) Record(quote, n);
      const Candidate& chosen = cands_[best];
      // The rules' choice is candidate 0 (GatherCandidates adds it first).
      if ((chosen.flags & kFromRule) || scores_[best] - scores_[0] < kOverrideMargin) continue;
      quote.speaker = chosen.span;
      quote.speaker_entity = chosen.entity;
      // The cue goes with the speaker: the chosen one's own, or none.
      quote.cue = chosen.cue >= 0 ? cues_[chosen.cue].cue : Span{};
    }
  }

 private:
  // The scorer reconsiders the speaker the rules found, never in a headline
  // (its "Name:" convention decides), and never invents one for a
  // quotation the rules left without.
  bool Reranks(uint32_t q) const {
    const Quote& quote = ctx_.doc().quotes[q];
    return quote.kind != QuoteKind::kScare && !quote.speaker.empty() && ctx_.QuoteFirst(q) < ctx_.QuoteLast(q) &&
           !ctx_.InHeadline(ctx_.QuoteFirst(q)) && !CreditedByFrame(quote);
  }

  // `“…,” as a memo put it` names the quotation's speaker outright: the
  // rules' choice stands.
  bool CreditedByFrame(const Quote& quote) const {
    if (quote.cue.empty()) return false;
    auto it = std::lower_bound(cues_.begin(), cues_.end(), quote.cue.begin,
                               [](const Cue& cue, uint32_t offset) { return cue.cue.begin < offset; });
    return it != cues_.end() && it->cue.begin == quote.cue.begin && it->as_frame >= 0;
  }

  QuoteContext ContextOf(uint32_t q, Span previous) const {
    const Quote& quote = ctx_.doc().quotes[q];
    QuoteContext qc;
    qc.q = q;
    qc.first = ctx_.QuoteFirst(q);
    qc.last = std::min(ctx_.QuoteLast(q), ctx_.size());
    qc.mixed = quote.kind == QuoteKind::kMixed;
    qc.rule = quote.speaker;
    qc.rule_entity = quote.speaker_entity;
    qc.previous = previous;
    qc.previous_entity = SpeakerEntity(ctx_, previous);
    qc.words = ctx_.CountAllWords(qc.first, qc.last);
    qc.opens_sentence = ctx_.CountWords(ctx_.SentenceBegin(qc.first), qc.first) == 0;
    return qc;
  }

  // The candidates near quotation `qc`, from the previous sentence (at most
  // 60 tokens back) to the end of its own (at most 30 tokens on): the rules'
  // choice, cue sources, pronouns, names and the previous speaker.
  int GatherCandidates(const QuoteContext& qc) {
    const uint32_t sb = ctx_.SentenceBegin(qc.first);
    const uint32_t s = ctx_.SentenceOf(qc.first);
    uint32_t wb = s > 0 ? ctx_.SentenceFirst(s - 1) : sb;
    wb = std::max(wb, qc.first > 60 ? qc.first - 60 : 0);
    const uint32_t we = std::min(ctx_.SentenceEnd(qc.last - 1), qc.last + 30);
    int n = 0;
    AddCandidate(qc.rule, kFromRule, &n);
    AddCueCandidates(qc, wb, we, &n);
    for (uint32_t t = wb; t < we && n < kMaxSpeakerCandidates; ++t) {
      // A dateline's place and agency wrote the article: "SAO PAULO, Nov 5
      // (Reuters) - Brazil's central bank …, saying … “very prolonged”".
      if (t == ctx_.SentenceBegin(t)) t = PastDateline(ctx_, t, we);
      if (t >= we) break;
      if (!ctx_.IsWord(t) || ctx_.QuoteOf(t) >= 0) continue;
      if (ctx_.PronounAt(t) != Pronoun::kNone) {
        AddCandidate(ctx_.TokenSpan(t, t + 1), kFromPronoun, &n);
        continue;
      }
      const int32_t mention = ctx_.MentionStartingAt(t);
      if (mention < 0) continue;
      const Mention& m = ctx_.doc().mentions[mention];
      if ((m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kMisc) &&
          TellBefore(ctx_, t, 0) == kNoToken &&  // whom someone told never speaks it
          !ModifiesNoun(t, ctx_.FirstTokenAt(m.span.end)) &&
          // "Senate Majority Leader Mitch McConnell", "Nvidia's Jensen
          // Huang": the person speaks, not the body.
          DescribedPersonAfterName(ctx_, mention, ctx_.SentenceEnd(t)).empty()) {
        AddCandidate(m.span, kFromMention, &n);
      }
      while (t + 1 < we && tokens_[t + 1].end <= m.span.end) ++t;
    }
    AddCandidate(qc.previous, kFromPrevious, &n);
    return n;
  }

  // "three SLS rockets", "the Trump campaign": a name (tokens [first,
  // after)) between a determiner or a number and a lower-case word that is
  // no verb of speech, adverb, auxiliary, preposition or clause link
  // modifies a noun; it names no speaker.
  bool ModifiesNoun(uint32_t first, uint32_t after) const {
    if (first == 0 || after >= tokens_.size() || !ctx_.IsWord(after) || tokens_[after].Has(kCapitalized)) return false;
    const bool opened = tokens_[first - 1].kind == TokenKind::kNumber ||
                        (ctx_.IsWord(first - 1) && ctx_.InList(first - 1, kDeterminerList));
    return opened && !ctx_.IsCueWord(after) &&
           !ctx_.InList(after, kBetweenSubjectAndCueList | kBeFormList | kPrepositionList | kWordWho | kWordWhich |
                                   kWordThat | kWordAnd | kWordBut);
  }

  // The best-scoring of the `n` candidates, their features in features_ and
  // scores in scores_.
  int Best(const QuoteContext& qc, int n) {
    // Tokens between a candidate and the quotation, on its side.
    auto distance = [&](const Candidate& c) {
      return c.last <= qc.first ? qc.first - c.last : c.first - std::min(c.first, qc.last);
    };
    int best = 0;
    float best_score = 0;
    for (int i = 0; i < n; ++i) {
      cands_[i].entity = SpeakerEntity(ctx_, cands_[i].span);
      // Rank among the candidates on its side, nearest first.
      const bool before = cands_[i].last <= qc.first;
      int rank = 0;
      for (int j = 0; j < n; ++j) {
        rank += j != i && (cands_[j].last <= qc.first) == before && distance(cands_[j]) < distance(cands_[i]);
      }
      feature_count_[i] = CandidateFeatures(cands_[i], qc, rank, features_[i]);
      float score = 0;
      for (int f = 0; f < feature_count_[i]; ++f) score += weights_[features_[i][f]];
      scores_[i] = score;
      if (i == 0 || score > best_score) {
        best = i;
        best_score = score;
      }
    }
    return best;
  }

  void Record(const Quote& quote, int n) const {
    SpeakerTraceItem item;
    item.quote = quote.span;
    item.kind = quote.kind;
    for (int i = 0; i < n; ++i) {
      item.candidates.push_back(cands_[i].span);
      item.features.emplace_back(features_[i], features_[i] + feature_count_[i]);
    }
    trace_->speakers.push_back(std::move(item));
  }

  // Adds `span` to the candidates or merges its flags into an equal one.
  Candidate* AddCandidate(Span span, uint8_t flags, int* n) {
    Candidate* cands = cands_;
    if (span.empty()) return nullptr;
    for (int i = 0; i < *n; ++i) {
      if (cands[i].span.begin == span.begin && cands[i].span.end == span.end) {
        cands[i].flags |= flags;
        return &cands[i];
      }
    }
    if (*n >= kMaxSpeakerCandidates) return nullptr;
    Candidate& c = cands[(*n)++];
    c = Candidate();
    c.span = span;
    c.flags = flags;
    c.first = ctx_.FirstTokenAt(span.begin);
    c.last = c.first;
    while (c.last < tokens_.size() && tokens_[c.last].begin < span.end) ++c.last;
    if (c.last == c.first) c.last = c.first + 1;
    return &c;
  }

  // How a cue relates to the quotation: 1..3 its region holds it (after,
  // before, a split sentence), 4 the quotation's own reported speech, 5 a
  // cue nearby that does not hold it; +6 when the cue is weak.
  void AddCueCandidates(const QuoteContext& qc, uint32_t wb, uint32_t we, int* n) {
    auto it =
        std::lower_bound(cues_.begin(), cues_.end(), wb, [](const Cue& cue, uint32_t t) { return cue.first < t; });
    for (; it != cues_.end() && it->first < we; ++it) {
      const Cue& cue = *it;
      Candidate* c = AddCandidate(cue.source, kFromCue, n);
      if (c == nullptr) continue;
      int relation = RegionOf(ctx_, cue, qc.q);
      if (relation == 0) relation = 5;
      if (cue.cls == CueClass::kQuotation) relation += 6;
      if (c->cue_relation == 0 || relation < c->cue_relation) {
        c->cue_relation = static_cast<uint8_t>(relation);
        c->cue_class = cue.cls;
        c->cue = static_cast<int32_t>(&cue - cues_.data());
      }
    }
  }

  // The features of one candidate; returns how many were written to `out`.
  int CandidateFeatures(const Candidate& c, const QuoteContext& qc, int rank, uint16_t* out) const {
    int n = 0;
    auto add = [&](SpeakerTemplate tmpl, int value) {
      if (n < kMaxSpeakerFeatures && value >= 0 && value < kFeatureValues) {
        out[n++] = static_cast<uint16_t>(tmpl * kFeatureValues + value);
      }
    };
    const Document& doc = ctx_.doc();
    int side;  // 0 before the quotation, 1 after, 2 inside (reported speech)
    uint32_t distance = 0;
    if (c.last <= qc.first) {
      side = 0;
      distance = qc.first - c.last;
    } else if (c.first >= qc.last) {
      side = 1;
      distance = c.first - qc.last;
    } else {
      side = 2;
    }
    const int dist = DistanceBucket(distance);
    const bool rule = (c.flags & kFromRule) != 0;
    add(kSourceFlags, c.flags);
    add(kSideDistance, dist + 8 * side);
    const uint32_t qs = side == 1 ? ctx_.SentenceOf(qc.last - 1) : ctx_.SentenceOf(qc.first);
    const uint32_t cs = ctx_.SentenceOf(std::min<uint32_t>(c.first, ctx_.size() - 1));
    const int relation = cs == qs ? 0 : cs + 1 == qs ? 1 : cs < qs ? 2 : 3;
    const uint32_t gap = side == 1 ? ctx_.ParagraphGap(doc.quotes[qc.q].span.end, c.span.begin)
                                   : ctx_.ParagraphGap(c.span.begin, doc.quotes[qc.q].span.begin);
    add(kSentenceParagraph, relation * 3 + static_cast<int>(std::min<uint32_t>(gap, 2)));
    // What the candidate is: a name's type, a pronoun, a description.
    int type = 4;
    const int32_t mention = ctx_.MentionEndingAt(c.last - 1);
    if (mention >= 0) type = std::min(static_cast<int>(doc.mentions[mention].type), 4);
    const int pronoun = c.last == c.first + 1 ? static_cast<int>(ctx_.PronounAt(c.first)) : 0;
    add(kCandidateKind, type + 5 * pronoun);
    int count = 0;
    if (c.entity >= 0) {
      const size_t m = doc.entities[c.entity].mentions.size();
      count = m <= 2 ? static_cast<int>(m) : m <= 5 ? 3 : 4;
    }
    add(kEntitySize, count);
    add(kCueRelation, c.cue_relation);
    add(kCueClass, c.cue_relation ? 1 + static_cast<int>(c.cue_class) : 0);
    int shape = 0;
    if (tokens_[c.first].Has(kCapitalized)) shape |= 1;
    if (tokens_[c.last - 1].Has(kCapitalized)) shape |= 2;
    if (ctx_.InList(c.first, kDeterminerList)) shape |= 4;
    if (ctx_.WordEndsWith(c.last - 1, "ly")) shape |= 8;
    for (uint32_t t = c.first; t < c.last; ++t) {
      if (tokens_[t].kind == TokenKind::kNumber) shape |= 16;
    }
    add(kShape, shape);
    const uint32_t length = c.last - c.first;
    add(kLength, length <= 3 ? static_cast<int>(length) - 1 : length <= 5 ? 3 : 4);
    if (qc.mixed) add(kMixedSourceFlags, c.flags);
    add(kNextWord, NextWordClass(c) + 6 * side);
    add(kPreviousWord, PreviousWordClass(c) + 8 * ctx_.IsPossessive(c.last));
    add(kTypeSide, type + 5 * side);
    add(kSameEntity, (c.entity >= 0 && c.entity == qc.previous_entity) +
                         2 * (c.entity >= 0 && c.entity == qc.rule_entity) +
                         4 * (!qc.rule.empty() && Overlaps(qc.rule, c.span) && !rule));
    add(kRankSide, std::min(rank, 7) + 8 * side);
    const int word_bucket = qc.words <= 3 ? 0 : qc.words <= 10 ? 1 : 2;
    add(kWordsRulePronoun, word_bucket * 4 + rule * 2 + (pronoun != 0));
    add(kOpensSentenceSideRule, qc.opens_sentence * 6 + side * 2 + rule);
    add(kDistanceRule, dist * 2 + rule);
    add(kCueRelationPronoun, c.cue_relation * 2 + (pronoun != 0));
    add(kRuleEmptyFlags, qc.rule.empty() * 8 + (c.flags & (kFromCue | kFromMention | kFromPronoun)) / 2);
    if (ctx_.Word(c.last - 1).short_word) {
      const uint32_t h = ctx_.WordHash(c.last - 1) % kSpeakerHeadBuckets;
      if (n < kMaxSpeakerFeatures) out[n++] = static_cast<uint16_t>(kSpeakerTemplates * kFeatureValues + h);
    }
    return n;
  }

  // What follows the candidate, past auxiliaries and adverbs: 1 a speech
  // verb, 2 a quotation verb, 3 (none, but a cue word before it), 4 a comma,
  // 5 another word, 0 else.
  int NextWordClass(const Candidate& c) const {
    uint32_t t = c.last;
    for (; t < tokens_.size() && t < c.last + 3 && ctx_.IsWord(t); ++t) {
      if (!ctx_.InList(t, kBetweenSubjectAndCueList)) break;
    }
    const CueClass next = t < tokens_.size() ? ctx_.CueAt(t) : CueClass::kNone;
    if (next == CueClass::kSpeech) return 1;
    if (next == CueClass::kQuotation) return 2;
    if (c.first > 0 && ctx_.IsCueWord(c.first - 1)) return 3;
    if (t < tokens_.size() && ctx_.IsPunct(t, ",")) return 4;
    if (t < tokens_.size() && ctx_.IsWord(t)) return 5;
    return 0;
  }

  // What precedes the candidate: 1 the sentence start, 2 a preposition, 3 a
  // comma, 4 a quotation, 5 "and"/"but", 6 "that"/"who"/"which", 0 else.
  int PreviousWordClass(const Candidate& c) const {
    if (c.first == ctx_.SentenceBegin(c.first)) return 1;
    const uint32_t p = c.first - 1;
    if (ctx_.IsPunct(p, ",")) return 3;
    if (tokens_[p].kind == TokenKind::kQuote || ctx_.QuoteOf(p) >= 0) return 4;
    if (ctx_.InList(p, kWordAnd | kWordBut)) return 5;
    if (ctx_.InList(p, kPrepositionList)) return 2;
    if (ctx_.InList(p, kWordThat | kWordWho | kWordWhich)) return 6;
    return 0;
  }

  const Context& ctx_;
  const std::vector<Token>& tokens_;
  const std::vector<Cue>& cues_;
  const float* weights_;
  Trace* trace_;
  Candidate cands_[kMaxSpeakerCandidates];
  uint16_t features_[kMaxSpeakerCandidates][kMaxSpeakerFeatures];
  int feature_count_[kMaxSpeakerCandidates];
  float scores_[kMaxSpeakerCandidates];
};

}  // namespace

void RerankSpeakers(const Context& ctx, const std::vector<Cue>& cues, const Model& model, Trace* trace) {
  SpeakerRanker(ctx, cues, model, trace).Run();
}

}  // namespace attribution
}  // namespace annotator
