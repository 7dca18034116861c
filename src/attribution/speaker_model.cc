#include "attribution/speaker_model.h"

#include <algorithm>

#include "attribution/coreference.h"

namespace annotator {
namespace attribution {
namespace {

struct Candidate {
  Span span;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint8_t flags = 0;             // kFrom* bits
  uint8_t cue_relation = 0;      // 0 not a cue's source, else 1..6 (see AddCueCandidates)
  uint8_t cue_rate = 0;
  int32_t cue = -1;  // the cue it is the source of
  int32_t entity = -1;
};
constexpr uint8_t kFromRule = 1, kFromCue = 2, kFromMention = 4, kFromPronoun = 8, kFromPrevious = 16;

struct QuoteContext {
  uint32_t first = 0, last = 0;
  uint32_t q = 0;
  bool indirect = false, mixed = false;
  int32_t previous_entity = -1, rule_entity = -1;
  Span rule;
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
  SpeakerRanker(const Context& ctx, const std::vector<Cue>& cues, size_t direct_count,
                const std::vector<uint32_t>& cue_of, const Model& model, Trace* trace)
      : ctx_(ctx),
        tokens_(ctx.tokens()),
        cues_(cues),
        direct_count_(direct_count),
        cue_of_(cue_of),
        weights_(model.speaker_weights),
        trace_(trace) {}

  void Run() {
    auto& quotes = ctx_.doc().quotes;
    const uint32_t n_tokens = ctx_.size();
    // Document order over direct and indirect quotations.
    std::vector<uint32_t> order(quotes.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return quotes[a].span.begin < quotes[b].span.begin; });
    Span previous;  // the rules' speaker of the previous quotation
    Candidate cands[kMaxSpeakerCandidates];
    uint16_t features[kMaxSpeakerCandidates][kMaxSpeakerFeatures];
    int feature_count[kMaxSpeakerCandidates];
    for (uint32_t q : order) {
      Quote& quote = quotes[q];
      if (quote.kind == QuoteKind::kScare || ctx_.QuoteFirst(q) >= ctx_.QuoteLast(q)) continue;
      QuoteContext qc;
      qc.q = q;
      qc.first = ctx_.QuoteFirst(q);
      qc.last = std::min(ctx_.QuoteLast(q), n_tokens);
      qc.indirect = quote.kind == QuoteKind::kIndirect;
      qc.mixed = quote.kind == QuoteKind::kMixed;
      qc.rule = quote.speaker;
      qc.rule_entity = quote.speaker_entity;
      qc.previous_entity = SpeakerEntity(ctx_, previous);
      qc.words = ctx_.CountAllWords(qc.first, qc.last);
      const uint32_t sb = ctx_.SentenceBegin(qc.first);
      qc.opens_sentence = ctx_.CountWords(sb, qc.first) == 0;
      const uint32_t s = ctx_.SentenceOf(qc.first);
      uint32_t wb = s > 0 ? ctx_.SentenceFirst(s - 1) : sb;
      wb = std::max(wb, qc.first > 60 ? qc.first - 60 : 0);
      const uint32_t we = std::min(ctx_.SentenceEnd(qc.last - 1), qc.last + 30);
      int n = 0;
      AddCandidate(quote.speaker, kFromRule, cands, &n);
      AddCueCandidates(qc, wb, we, cands, &n);
      for (uint32_t t = wb; t < we && n < kMaxSpeakerCandidates; ++t) {
        if (!ctx_.IsWord(t) || (ctx_.QuoteOf(t) >= 0 && !(t >= qc.first && t < qc.last && qc.indirect))) continue;
        if (t >= qc.first && t < qc.last) continue;  // the quotation's own words
        const Pronoun pronoun = ctx_.PronounAt(t);
        if (pronoun != Pronoun::kNone) {
          AddCandidate(ctx_.TokenSpan(t, t + 1), kFromPronoun, cands, &n);
          continue;
        }
        const int32_t mention = ctx_.MentionStartingAt(t);
        if (mention >= 0) {
          const Mention& m = ctx_.doc().mentions[mention];
          if (m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kMisc) {
            AddCandidate(m.span, kFromMention, cands, &n);
          }
          while (t + 1 < we && tokens_[t + 1].end <= m.span.end) ++t;
        }
      }
      AddCandidate(previous, kFromPrevious, cands, &n);
      if (!quote.speaker.empty()) previous = quote.speaker;
      if (n == 0) continue;
      // Rank of each candidate among those on its side, nearest first.
      int best = 0;
      float best_score = 0;
      for (int i = 0; i < n; ++i) {
        cands[i].entity = SpeakerEntity(ctx_, cands[i].span);
        const bool before_i = cands[i].last <= qc.first;
        const uint32_t di = before_i ? qc.first - std::min(qc.first, cands[i].last)
                                     : cands[i].first - std::min(cands[i].first, qc.last);
        int rank = 0;
        for (int j = 0; j < n; ++j) {
          const bool before_j = cands[j].last <= qc.first;
          if (j == i || before_j != before_i) continue;
          const uint32_t dj = before_j ? qc.first - std::min(qc.first, cands[j].last)
                                       : cands[j].first - std::min(cands[j].first, qc.last);
          rank += dj < di;
        }
        feature_count[i] = CandidateFeatures(cands[i], qc, rank, features[i]);
        float score = 0;
        for (int f = 0; f < feature_count[i]; ++f) score += weights_[features[i][f]];
        if (i == 0 || score > best_score) {
          best = i;
          best_score = score;
        }
      }
      if (trace_ != nullptr) {
        SpeakerTraceItem item;
        item.quote = quote.span;
        item.kind = quote.kind;
        for (int i = 0; i < n; ++i) {
          item.candidates.push_back(cands[i].span);
          item.features.emplace_back(features[i], features[i] + feature_count[i]);
        }
        trace_->speakers.push_back(std::move(item));
      }
      const Candidate& chosen = cands[best];
      if (chosen.flags & kFromRule) continue;
      quote.speaker = chosen.span;
      quote.speaker_entity = chosen.entity;
      if (chosen.cue >= 0 && quote.cue.empty()) quote.cue = cues_[chosen.cue].cue;
    }
  }

 private:
  // Adds `span` to the candidates or merges its flags into an equal one.
  Candidate* AddCandidate(Span span, uint8_t flags, Candidate* cands, int* n) const {
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
  void AddCueCandidates(const QuoteContext& qc, uint32_t wb, uint32_t we, Candidate* cands, int* n) const {
    auto it = std::lower_bound(cues_.begin(), cues_.end(), wb, [](const Cue& cue, uint32_t t) { return cue.first < t; });
    for (; it != cues_.end() && it->first < we; ++it) {
      const Cue& cue = *it;
      Candidate* c = AddCandidate(cue.source, kFromCue, cands, n);
      if (c == nullptr) continue;
      int relation;
      if (qc.indirect) {
        relation = static_cast<uint32_t>(&cue - cues_.data()) == cue_of_[qc.q - direct_count_] ? 4 : 5;
      } else {
        relation = RegionOf(ctx_, cue, qc.q);
        if (relation == 0) relation = 5;
      }
      relation += 6 * cue.weak;
      if (c->cue_relation == 0 || relation < c->cue_relation) {
        c->cue_relation = static_cast<uint8_t>(relation);
        c->cue_rate = static_cast<uint8_t>(std::min(255, ctx_.CueRate(cue.first)));
        c->cue = static_cast<int32_t>(&cue - cues_.data());
      }
    }
  }

  // The features of one candidate; returns how many were written to `out`.
  int CandidateFeatures(const Candidate& c, const QuoteContext& qc, int rank, uint16_t* out) const {
    const int block = qc.indirect ? kSpeakerBlock : 0;
    int n = 0;
    auto add = [&](int tmpl, int value) {
      if (n < kMaxSpeakerFeatures && value >= 0 && value < kFeatureValues) {
        out[n++] = static_cast<uint16_t>(block + tmpl * kFeatureValues + value);
      }
    };
    const Document& doc = ctx_.doc();
    int side;
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
    add(0, c.flags);
    add(1, dist + 8 * side);
    // Sentence and paragraph relation.
    const uint32_t qs = side == 1 ? ctx_.SentenceOf(qc.last - 1) : ctx_.SentenceOf(qc.first);
    const uint32_t cs = ctx_.SentenceOf(std::min<uint32_t>(c.first, ctx_.size() - 1));
    const int relation = cs == qs ? 0 : cs + 1 == qs ? 1 : cs < qs ? 2 : 3;
    const uint32_t gap = side == 1 ? ctx_.ParagraphGap(doc.quotes[qc.q].span.end, c.span.begin)
                                   : ctx_.ParagraphGap(c.span.begin, doc.quotes[qc.q].span.begin);
    add(2, relation * 3 + static_cast<int>(std::min<uint32_t>(gap, 2)));
    // What the candidate is.
    int type = 4;
    const int32_t mention = ctx_.MentionEndingAt(c.last - 1);
    if (mention >= 0) type = static_cast<int>(doc.mentions[mention].type);
    if (type > 3) type = 4;
    const TokenWord& last_word = ctx_.Word(c.last - 1);
    const int pronoun = c.last == c.first + 1 ? static_cast<int>(PronounOf(last_word.lists)) : 0;
    // The head-word features read the last word back from scratch space
    // that later words overwrite (see ScratchWord).
    ScratchWord scratch;
    const size_t head_size = last_word.short_word ? ctx_.TokenText(c.last - 1).size() : 0;
    scratch.Write(ctx_.TokenText(c.last - 1));
    scratch.Write(ctx_.TokenText(c.first));
    add(3, type + 5 * pronoun);
    int count = 0;
    if (c.entity >= 0) {
      const size_t m = doc.entities[c.entity].mentions.size();
      count = m <= 2 ? static_cast<int>(m) : m <= 5 ? 3 : 4;
    }
    add(4, count);
    add(5, c.cue_relation);
    add(6, c.cue_relation ? 1 + c.cue_rate / 32 : 0);
    int shape = 0;
    if (tokens_[c.first].Has(kCapitalized)) shape |= 1;
    if (tokens_[c.last - 1].Has(kCapitalized)) shape |= 2;
    if (ctx_.InList(c.first, kDeterminerList)) shape |= 4;
    if (EndsWith(scratch.View(head_size), "ly")) shape |= 8;
    for (uint32_t t = c.first; t < c.last; ++t) {
      if (tokens_[t].kind == TokenKind::kNumber) shape |= 16;
    }
    add(7, shape);
    const uint32_t length = c.last - c.first;
    add(8, length <= 3 ? static_cast<int>(length) - 1 : length <= 5 ? 3 : 4);
    if (qc.mixed) add(10, c.flags);
    // What follows and precedes it.
    int follow = 0;
    {
      uint32_t t = c.last;
      for (; t < tokens_.size() && t < c.last + 3 && ctx_.IsWord(t); ++t) {
        scratch.Write(ctx_.TokenText(t));
        if (!ctx_.InList(t, kBetweenSubjectAndCueList)) break;
      }
      const int next_rate = t < tokens_.size() ? ctx_.CueRate(t) : 0;
      if (next_rate >= kMinCueRate) {
        follow = 1;
      } else if (next_rate >= kMinIndirectCueRate) {
        follow = 2;
      } else if (c.first > 0 && ctx_.CueRate(c.first - 1) >= kMinIndirectCueRate) {
        follow = 3;
      } else if (t < tokens_.size() && ctx_.IsPunct(t, ",")) {
        follow = 4;
      } else if (t < tokens_.size() && ctx_.IsWord(t)) {
        follow = 5;
      }
    }
    add(11, follow + 6 * side);
    int before = 0;
    if (c.first == ctx_.SentenceBegin(c.first)) {
      before = 1;
    } else {
      const uint32_t p = c.first - 1;
      scratch.Write(ctx_.TokenText(p));
      if (ctx_.IsPunct(p, ",")) {
        before = 3;
      } else if (tokens_[p].kind == TokenKind::kQuote || ctx_.QuoteOf(p) >= 0) {
        before = 4;
      } else if (ctx_.InList(p, kWordAnd | kWordBut)) {
        before = 5;
      } else if (ctx_.InList(p, kPrepositionList)) {
        before = 2;
      } else if (ctx_.InList(p, kWordThat | kWordWho | kWordWhich)) {
        before = 6;
      }
    }
    const bool possessive =
        c.last < tokens_.size() && (ctx_.TokenText(c.last) == "'s" || ctx_.TokenText(c.last) == "’s");
    add(12, before + 8 * possessive);
    add(13, type + 5 * side);
    add(14, (c.entity >= 0 && c.entity == qc.previous_entity) + 2 * (c.entity >= 0 && c.entity == qc.rule_entity) +
                4 * (!qc.rule.empty() && Overlaps(qc.rule, c.span) && !rule));
    add(15, std::min(rank, 7) + 8 * side);
    const int word_bucket = qc.words <= 3 ? 0 : qc.words <= 10 ? 1 : 2;
    add(16, word_bucket * 4 + rule * 2 + (pronoun != 0));
    add(17, qc.opens_sentence * 6 + side * 2 + rule);
    add(18, dist * 2 + rule);
    add(19, c.cue_relation * 2 + (pronoun != 0));
    add(20, qc.rule.empty() * 8 + (c.flags & (kFromCue | kFromMention | kFromPronoun)) / 2);
    if (head_size > 0) {
      const uint32_t h = LowerWordHash(scratch.View(head_size)) % kSpeakerHeadBuckets;
      if (n < kMaxSpeakerFeatures) out[n++] = static_cast<uint16_t>(block + kSpeakerTemplates * kFeatureValues + h);
    }
    return n;
  }

  const Context& ctx_;
  const std::vector<Token>& tokens_;
  const std::vector<Cue>& cues_;
  size_t direct_count_;
  const std::vector<uint32_t>& cue_of_;
  const float* weights_;
  Trace* trace_;
};

}  // namespace

void RerankSpeakers(const Context& ctx, const std::vector<Cue>& cues, size_t direct_count,
                    const std::vector<uint32_t>& cue_of, const Model& model, Trace* trace) {
  SpeakerRanker(ctx, cues, direct_count, cue_of, model, trace).Run();
}

}  // namespace attribution
}  // namespace annotator
