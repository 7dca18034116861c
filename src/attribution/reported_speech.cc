#include "attribution/reported_speech.h"

#include <algorithm>

namespace annotator {
namespace attribution {

void AddReportedSpeech(Context* ctx, const std::vector<Cue>& cues, std::vector<uint32_t>* cue_of) {
  auto& quotes = ctx->doc().quotes;
  const auto& tokens = ctx->tokens();
  uint32_t covered_until = 0;  // a cue inside earlier reported speech is nested
  for (const Cue& cue : cues) {
    if (cue.cue.begin < covered_until) continue;
    uint32_t rb = cue.after_begin, re = cue.after_end;
    // "…, the minister said on Tuesday.": a short adjunct is no speech.
    const bool adjunct_only = re > rb && ctx->InList(rb, kAdjunctStartList) && ctx->CountAllWords(rb, re) <= 3;
    if (ctx->CountAllWords(rb, re) < 2 || adjunct_only) {
      rb = cue.before_begin;
      re = cue.before_end;
      // Speech before its speaker is set off by punctuation ("Tariffs
      // will fall, the minister said"); words that run straight into the
      // subject are not ("Summit ends with trade pledge"). Straight into
      // the cue is fine: "… will grow 3% according to the IMF".
      const bool set_off = re < tokens.size() && (tokens[re].kind == TokenKind::kPunct || re == cue.first);
      if (!set_off) continue;
    }
    if (ctx->CountAllWords(rb, re) < 2) continue;
    bool holds_quote = false;
    for (uint32_t t = rb; t < re && !holds_quote; ++t) {
      holds_quote = ctx->QuoteOf(t) >= 0 && quotes[ctx->QuoteOf(t)].kind != QuoteKind::kScare;
    }
    if (holds_quote) continue;
    Quote quote;
    quote.span = ctx->TokenSpan(rb, re);
    quote.content = quote.span;
    quote.kind = QuoteKind::kIndirect;
    quote.speaker = cue.source;
    quote.speaker_entity = cue.source_entity;
    quote.cue = cue.cue;
    quotes.push_back(quote);
    ctx->AddQuoteRange(rb, re);
    cue_of->push_back(static_cast<uint32_t>(&cue - cues.data()));
    covered_until = std::max(covered_until, quote.span.end);
  }
}

}  // namespace attribution
}  // namespace annotator
