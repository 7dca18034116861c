#include "attribution/transcripts.h"

#include <algorithm>
#include <vector>

#include "ascii_case.h"
#include "attribution/coreference.h"
#include "attribution/lexicon.h"
#include "interview_labels.h"
#include "person_gender.h"

namespace annotator {
namespace attribution {
namespace {

// kCapitals: a label in capitals that names no person by itself ("WARREN",
// which the recognizer took for the town); a speaker's when another label
// that is a person's ends with the same word ("SEN. ELIZABETH WARREN").
enum class Label { kNone, kQuestion, kAnswer, kSpeaker, kCapitals };

// A paragraph read as a turn: its label's tokens [label_first, colon) and
// the words spoken after the colon, tokens [colon + 1, end).
struct Turn {
  Label label = Label::kNone;
  uint32_t label_first = 0;
  uint32_t colon = 0;
  uint32_t end = 0;
  uint32_t key = 0;  // the label's word that names its speaker across turns
};

// Whether token `t` ends a person's name here, or is the last word of a
// person named elsewhere in the text ("TAPPER" after "Jake Tapper").
bool EndsPersonName(const Context& ctx, uint32_t t) {
  const Document& doc = ctx.doc();
  const int32_t mention = ctx.MentionEndingAt(t);
  if (mention >= 0) return doc.mentions[mention].type == EntityType::kPerson;
  const int32_t echo = ctx.NameEchoAt(t);
  return echo >= 0 && doc.entities[echo].type == EntityType::kPerson;
}

// Whether tokens [first, end) are a speaker's label in capitals ("BLITZER",
// "JAKE TAPPER"): a person's name, not a field of a list ("PROS:", "CHARGE:",
// "BBC ONE:"), a dateline's place ("PATNA:") or a letter's "DEAR ABBY:".
// (A title's period may stand in it: "SEN. ELIZABETH WARREN".)
bool InCapitals(const Context& ctx, uint32_t first, uint32_t end) {
  if (EqualsLower(ctx.TokenText(first), "dear")) return false;
  for (uint32_t t = first; t < end; ++t) {
    const bool period = t > first && ctx.IsPunct(t, ".");
    if (!period && (!ctx.tokens()[t].Has(kAllCaps) || ctx.TokenText(t).size() < 2)) return false;
  }
  return true;
}

// Whether a person's title abbreviated opens tokens [first, end) before a
// name ("GOV. DESANTIS", "SEN. ELIZABETH WARREN"), whatever the recognizer
// made of the name in capitals (not "ST. LOUIS", a dateline).
bool OpensWithPersonsTitle(const Context& ctx, uint32_t first, uint32_t end) {
  const std::string_view title = ctx.TokenText(first);
  return first + 2 < end && ctx.IsPunct(first + 1, ".") && IsPersonTitle(title) && !EqualsLower(title, "st");
}

bool IsCapitalsLabel(const Context& ctx, uint32_t first, uint32_t end) {
  return InCapitals(ctx, first, end) && (EndsPersonName(ctx, end - 1) || OpensWithPersonsTitle(ctx, first, end));
}

// Whether tokens [first, end) are exactly a person's name ("Santos").
bool IsPersonLabel(const Context& ctx, uint32_t first, uint32_t end) {
  const int32_t mention = ctx.MentionStartingAt(first);
  return mention >= 0 && ctx.doc().mentions[mention].type == EntityType::kPerson &&
         ctx.FirstTokenAt(ctx.doc().mentions[mention].span.end) == end;
}

// Whether token `t` is a word in capitals or an initial ("VAN", "A").
bool CapitalsOrInitial(const Context& ctx, uint32_t t) {
  const std::string_view word = ctx.TokenText(t);
  return ctx.IsWord(t) && (ctx.tokens()[t].Has(kAllCaps) || (word.size() == 1 && IsUpperAscii(word[0])));
}

// A parliament's or a court's record labels its turns with the speaker's
// office after "The", or the name in capitals after an honorific and
// initials, perhaps with the name or the party in brackets: "The MINISTER
// OF WATER AND SANITATION (Ms N P Mahlangu-Dlamini):", "The MINISTER:", "Ms
// A VAN DER MERWE:", "Mr S M NDLOVU (ANC):". The colon's token, or kNoToken;
// `*key` the word that names the speaker across turns (the office's first,
// the name's last).
uint32_t RecordLabelColon(const Context& ctx, uint32_t first, uint32_t end, uint32_t* key) {
  constexpr uint32_t kMaxLabelWords = 8, kMaxBracketTokens = 10;
  uint32_t t = first;
  const bool office = ctx.TokenText(t) == "The";
  if (office) {
    ++t;
  } else if (ctx.IsWord(t) && IsPersonTitle(ctx.TokenText(t)) && ctx.tokens()[t].Has(kCapitalized) &&
             !ctx.tokens()[t].Has(kAllCaps)) {
    t += t + 1 < end && ctx.IsPunct(t + 1, ".") ? 2 : 1;  // "Mr", "Ms", "Dr."
  } else {
    return kNoToken;
  }
  const uint32_t words = t;
  bool capitals = false;
  while (t < end && t < words + kMaxLabelWords && CapitalsOrInitial(ctx, t)) {
    capitals |= ctx.TokenText(t).size() >= 2;
    ++t;
  }
  if (!capitals) return kNoToken;
  const uint32_t last_word = t - 1;
  if (t < end && ctx.IsPunct(t, "(")) {
    uint32_t close = t + 1;
    while (close < end && close <= t + kMaxBracketTokens && !ctx.IsPunct(close, ")")) ++close;
    if (close >= end || !ctx.IsPunct(close, ")")) return kNoToken;
    t = close + 1;
  }
  if (t >= end || !ctx.IsPunct(t, ":")) return kNoToken;
  *key = office ? words : last_word;
  return t;
}

// The turn of the paragraph of tokens [first, end): a label of at most three
// words, or a record's label, a colon and at least three words spoken.
Turn ReadTurn(const Context& ctx, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxLabelWords = 3;
  constexpr size_t kMinTurnWords = 3;
  Turn turn{Label::kNone, first, first, end};
  uint32_t colon = first, words = 0;
  while (colon < end && words < kMaxLabelWords &&
         (ctx.IsWord(colon) || (colon > first && ctx.IsPunct(colon, ".") && ctx.IsWord(colon - 1)))) {
    words += ctx.IsWord(colon);
    ++colon;
  }
  uint32_t record_key = 0;
  const uint32_t record_colon = RecordLabelColon(ctx, first, end, &record_key);
  if (record_colon != kNoToken && ctx.CountWords(record_colon + 1, end) >= kMinTurnWords) {
    turn.colon = record_colon;
    turn.key = record_key;
    turn.label = Label::kSpeaker;
    return turn;
  }
  if (colon == first || colon >= end || !ctx.IsPunct(colon, ":") || ctx.CountWords(colon + 1, end) < kMinTurnWords) {
    return turn;
  }
  turn.colon = colon;
  turn.key = colon - 1;
  const std::string_view word = ctx.TokenText(first);
  // The interviewer's turns are questions: "Q:", "HOST:", "Interviewer:".
  if (colon == first + 1 && IsQuestionLabel(word)) {
    turn.label = Label::kQuestion;
  } else if (colon == first + 1 && IsAnswerLabel(word)) {
    turn.label = Label::kAnswer;
  } else if (IsCapitalsLabel(ctx, first, colon) || IsPersonLabel(ctx, first, colon)) {
    turn.label = Label::kSpeaker;
  } else if (InCapitals(ctx, first, colon)) {
    turn.label = Label::kCapitals;
  }
  return turn;
}

// Whether a person's mention follows "by" ("Interview by Jane Doe").
bool AfterBy(const Context& ctx, const Mention& mention) {
  const uint32_t first = ctx.FirstTokenAt(mention.span.begin);
  return first > 0 && EqualsLower(ctx.TokenText(first - 1), "by");
}

// The interviewee of a Q&A whose first turn starts at offset `until`: the
// one person the text names before it, as its last mention there, when an
// interview's word comes there too ("We asked Dr. Maria Santos to
// explain", "spoke to", "sat down with"); -1 when it names none or
// several, when that person is the interviewer ("Interview by Jane Doe"),
// or when nothing says an interview took place (an explainer that names
// the minister who announced the rules).
int32_t Interviewee(const Context& ctx, uint32_t until) {
  const Document& doc = ctx.doc();
  bool interview = false;
  for (uint32_t t = 0; t < ctx.size() && ctx.tokens()[t].end <= until; ++t) {
    interview |= ctx.IsWord(t) && IsOneOf(ctx.TokenText(t), {"asked", "interview", "interviewed", "spoke", "talked",
                                                             "sat", "chat", "chatted", "conversation", "Q&A"});
  }
  if (!interview) return -1;
  int32_t found = -1;
  for (size_t m = 0; m < doc.mentions.size() && doc.mentions[m].span.end <= until; ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::kPerson || mention.boilerplate) continue;
    if (found >= 0 && (mention.entity < 0 || doc.mentions[found].entity != mention.entity)) return -1;
    found = static_cast<int32_t>(m);
  }
  if (found < 0 || doc.mentions[found].entity < 0) return found;
  for (int32_t m : doc.entities[doc.mentions[found].entity].mentions) {
    if (AfterBy(ctx, doc.mentions[m])) return -1;
  }
  return found;
}

// "IB: You've said … / Taufa-Vaipulu: Our members …": an outlet's initials
// in capitals, no one's name, that open two turns or more, each right
// before a turn of one person's label, are the interviewer's questions.
void AskInitialsBeforePerson(const Context& ctx, std::vector<Turn>* turns) {
  constexpr int kMinQuestions = 2;
  uint32_t initials = 0;
  int asked = 0;
  for (size_t k = 0; k < turns->size(); ++k) {
    const Turn& turn = (*turns)[k];
    if (turn.label != Label::kCapitals || turn.colon != turn.label_first + 1) continue;
    const uint32_t key = ctx.WordHash(turn.key);
    const bool answered = k + 1 < turns->size() && (*turns)[k + 1].label == Label::kSpeaker;
    if (!answered || (asked > 0 && key != initials)) return;
    initials = key;
    ++asked;
  }
  if (asked < kMinQuestions) return;
  for (Turn& turn : *turns) {
    if (turn.label == Label::kCapitals) turn.label = Label::kQuestion;
  }
}

}  // namespace

// (Kept out of AttributeQuotes, which it would make past the size V8
// compiles well in parts: tests/js/load-cost.test.mjs.)
[[gnu::noinline]] std::vector<TurnSpan> AddTranscriptTurns(Context* ctx) {
  Document& doc = ctx->doc();
  std::vector<TurnSpan> added;
  std::vector<Turn> turns;
  std::vector<uint32_t> person_labels;  // the last words of labels that are persons'
  for (const Span& paragraph : doc.paragraphs) {
    const uint32_t first = ctx->FirstTokenAt(paragraph.begin), end = ctx->FirstTokenAt(paragraph.end);
    if (first >= end) continue;
    const Turn turn = ReadTurn(*ctx, first, end);
    if (turn.label == Label::kNone) continue;
    turns.push_back(turn);
    if (turn.label == Label::kSpeaker) person_labels.push_back(ctx->WordHash(turn.key));
  }
  std::sort(person_labels.begin(), person_labels.end());
  for (Turn& turn : turns) {
    if (turn.label != Label::kCapitals) continue;
    const bool person = std::binary_search(person_labels.begin(), person_labels.end(), ctx->WordHash(turn.key));
    if (person) turn.label = Label::kSpeaker;
  }
  AskInitialsBeforePerson(*ctx, &turns);
  int speakers = 0, answers = 0, questions = 0;
  for (Turn& turn : turns) {
    if (turn.label == Label::kCapitals) turn.label = Label::kNone;
    speakers += turn.label == Label::kSpeaker;
    answers += turn.label == Label::kAnswer;
    questions += turn.label == Label::kQuestion;
  }
  // A transcript's speakers take turns: at least two labels (by their last
  // word: "JAKE TAPPER", then "TAPPER") that each open two turns or more.
  // One label alone is a heading or a dateline; labels that come once each
  // are a list ("Sanders: Win in a walk.", "Cruz: Just hang on.", an arrest
  // log) or a page's furniture ("PUBLISHED:", "READ MORE:"). In a Q&A whose
  // questions are "Q:", one such label answers them ("Q: Why try again?",
  // "Johnson: Because …").
  std::vector<uint32_t> keys;
  for (const Turn& turn : turns) {
    if (turn.label == Label::kSpeaker) keys.push_back(ctx->WordHash(turn.key));
  }
  std::sort(keys.begin(), keys.end());
  auto turns_of = [&](uint32_t key) {
    return std::upper_bound(keys.begin(), keys.end(), key) - std::lower_bound(keys.begin(), keys.end(), key);
  };
  int taking_turns = 0;
  for (size_t k = 0; k < keys.size(); k += turns_of(keys[k])) taking_turns += turns_of(keys[k]) >= 2;
  if (taking_turns < 2 && !(taking_turns == 1 && questions >= 2)) speakers = 0;
  if (speakers < 2 && answers < 2) return added;
  int32_t interviewee = -1;
  for (const Turn& turn : turns) {
    if (turn.label != Label::kQuestion && turn.label != Label::kAnswer) continue;
    interviewee = Interviewee(*ctx, doc.tokens[turn.label_first].begin);
    break;
  }
  // How many tokens before each token a quotation found so far holds (the
  // context's token ranges, nested ones too), to skip turns that overlap one;
  // speech reported without quotation marks may lie inside a turn.
  std::vector<uint32_t> quoted_before(ctx->size() + 1, 0);
  for (uint32_t q = 0; q < doc.quotes.size(); ++q) {
    if (doc.quotes[q].kind == QuoteKind::kIndirect) continue;
    for (uint32_t t = ctx->QuoteFirst(q); t < ctx->QuoteLast(q); ++t) quoted_before[t + 1] = 1;
  }
  for (uint32_t t = 0; t < ctx->size(); ++t) quoted_before[t + 1] += quoted_before[t];
  // A record's office speaks for the person its first label named in
  // brackets: "The MINISTER OF … (Ms N P Mahlangu-Dlamini):", then "The
  // MINISTER:".
  std::vector<std::pair<uint32_t, int32_t>> named_keys;
  auto label_entity = [&](const Turn& turn) {
    int32_t entity = SpeakerEntity(*ctx, ctx->TokenSpan(turn.label_first, turn.colon));
    for (uint32_t t = turn.label_first; entity < 0 && t < turn.colon; ++t) {
      const int32_t m = ctx->MentionStartingAt(t);
      if (m >= 0 && doc.mentions[m].type == EntityType::kPerson) entity = doc.mentions[m].entity;
    }
    const uint32_t key = ctx->WordHash(turn.key);
    auto named = std::find_if(named_keys.begin(), named_keys.end(), [&](const auto& k) { return k.first == key; });
    if (entity >= 0 && named == named_keys.end()) named_keys.emplace_back(key, entity);
    return entity >= 0 || named == named_keys.end() ? entity : named->second;
  };
  for (const Turn& turn : turns) {
    Quote quote;
    // (Once two speakers take turns, a person's label that speaks once is a
    // turn too: "SEN. TIM SCOTT: Thank you, Senator.")
    if (turn.label == Label::kSpeaker && speakers >= 2 &&
        (turns_of(ctx->WordHash(turn.key)) >= 2 || taking_turns >= 2)) {
      quote.speaker = ctx->TokenSpan(turn.label_first, turn.colon);
      quote.speaker_entity = label_entity(turn);
    } else if (turn.label == Label::kAnswer && answers >= 2 && interviewee >= 0) {
      quote.speaker = doc.mentions[interviewee].span;
      quote.speaker_entity = doc.mentions[interviewee].entity;
    } else {
      continue;
    }
    if (quoted_before[turn.end] != quoted_before[turn.colon + 1]) continue;
    quote.span = ctx->TokenSpan(turn.colon + 1, turn.end);
    quote.content = quote.span;
    quote.kind = QuoteKind::kDirect;
    quote.cue = ctx->TokenSpan(turn.colon, turn.colon + 1);
    doc.quotes.push_back(quote);
    ctx->AddQuoteRange(turn.colon + 1, turn.end);
    added.push_back(TurnSpan{quote.span, quote.speaker_entity});
  }
  return added;
}

bool InsideTurnOf(const std::vector<TurnSpan>& turns, Span span, int32_t entity) {
  if (entity < 0) return false;
  auto after = std::upper_bound(turns.begin(), turns.end(), span.begin,
                                [](uint32_t begin, const TurnSpan& turn) { return begin < turn.span.begin; });
  if (after == turns.begin()) return false;
  const TurnSpan& turn = *(after - 1);
  return span.end <= turn.span.end && turn.speaker_entity == entity;
}

}  // namespace attribution
}  // namespace annotator
