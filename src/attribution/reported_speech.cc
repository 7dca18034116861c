#include "attribution/reported_speech.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "ascii_case.h"
#include "attribution/speaker_candidates.h"
#include "dateline.h"
#include "document.h"
#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

// Fewer words are a fragment, not a report of what someone said.
constexpr size_t kMinReportedWords = 3;

// Whether the word at `t` can open a clause's subject: a name's capital, a
// pronoun or a determiner.
bool OpensSubjectAt(const Context& ctx, uint32_t t) {
  return ctx.IsWord(t) &&
         (ctx.tokens()[t].Has(kCapitalized) || ctx.PronounAt(t) != Pronoun::kNone || ctx.InList(t, kDeterminerList));
}

// "said Friday as he entered the talks", "said Thursday morning on Fox
// News": when the words after a speech verb open with the day or time of
// speaking, what follows them decides. Returns the first token past those
// time words (`rb` when there are none).
uint32_t PastTimeOfSpeaking(const Context& ctx, uint32_t rb, uint32_t re) {
  uint32_t t = rb;
  // "said in a statement it had agreed", "said in an interview the plan
  // was dead": where the words were said, before a clause that opens with a
  // pronoun, a determiner or a name (not "in a statement released by …").
  if (t + 3 < re && EqualsLower(ctx.TokenText(t), "in") &&
      IsOneOf(ctx.TokenText(t + 1), {"a", "an", "its", "his", "her", "their"}) &&
      IsMediumOfWords(ctx.TokenText(t + 2))) {
    if (OpensSubjectAt(ctx, t + 3)) t += 3;
  }
  // "said on Monday the plan was dead".
  if (t + 1 < re && EqualsLower(ctx.TokenText(t), "on") && ctx.IsWord(t + 1) &&
      IsTimeOfSpeaking(ctx.TokenText(t + 1))) {
    ++t;
  }
  while (t < re && ctx.IsWord(t) && IsTimeOfSpeaking(ctx.TokenText(t))) ++t;
  // "announced Nov. 18 that …", "said on November 18 the plan …": a date.
  const uint32_t month = t == rb && t + 2 < re && EqualsLower(ctx.TokenText(t), "on") ? t + 1 : t;
  if (month + 1 < re && ctx.tokens()[month + 1].kind == TokenKind::kNumber &&
      IsOneOf(ctx.TokenText(month),
              {"Jan.",  "Feb.",  "Aug.", "Sept.", "Sep.", "Oct.",   "Nov.",      "Dec.",    "January",  "February",
               "March", "April", "May",  "June",  "July", "August", "September", "October", "November", "December"})) {
    t = month + 2;
    if (t + 1 < re && ctx.InList(t, kWordThat)) ++t;
  }
  // "said last week", "said earlier this month": a period named in a few
  // words, the last of them the period, before what no subject can go on
  // with: a comma, a colon, "that", a name, a pronoun or a determiner (in
  // "said last year was the hottest on record" and "said last week's attack
  // was …" the period is what was said about).
  if (t == rb) {
    constexpr uint32_t kMaxPeriodWords = 3;
    static constexpr std::string_view kPeriodModifiers[] = {"last", "this", "earlier", "late", "early"};
    for (uint32_t u = t; u < re && u < t + kMaxPeriodWords && ctx.IsWord(u); ++u) {
      const std::string_view word = ctx.TokenText(u);
      const bool period = IsOneOf(word, {"week", "month", "year", "weekend"}) || (u > t && IsTimeOfSpeaking(word));
      if (period && u > t) {
        const uint32_t next = u + 1;
        const bool set_off = next >= re || ctx.IsPunct(next, ",") || ctx.IsPunct(next, ":") ||
                             OpensSubjectAt(ctx, next) || (ctx.IsWord(next) && ctx.InList(next, kWordThat));
        if (set_off) t = next;
        break;
      }
      if (!std::any_of(std::begin(kPeriodModifiers), std::end(kPeriodModifiers),
                       [&](std::string_view m) { return EqualsLower(word, m); })) {
        break;
      }
    }
  }
  if (t > rb && t + 1 < re && ctx.IsPunct(t, ":")) ++t;  // "said Tuesday: the plan is dead"
  return t;
}

// Whether the -ing word at `rb` is the subject of the clause it opens
// ("…, he said, replacing her would be harder"): a modal or a form of "be"
// follows it within a few words, before any comma, relative pronoun or
// subordinate clause, and not as an infinitive ("…, forcing families who had
// fled to flee again" and "…, declining to be named because the talks were
// private" are participial phrases).
bool OpensGerundSubject(const Context& ctx, uint32_t rb, uint32_t re) {
  constexpr uint32_t kMaxWords = 8;
  for (uint32_t t = rb + 1; t < re && t <= rb + kMaxWords && ctx.IsWord(t); ++t) {
    const std::string_view word = ctx.TokenText(t);
    if (IsOneOf(word, {"who", "which", "that", "whose", "whom"}) || IsTimeOrCauseConjunction(word)) return false;
    if ((ctx.InList(t, kBeFormList) || IsModal(word)) && !ctx.InList(t - 1, kWordTo)) {
      return true;
    }
  }
  return false;
}

// Whether the words after a comma that follows the cue are a participial
// phrase of the main clause ("…, the group said, compared with $2,700",
// "based on", "accompanied by"; "Fighting spread to the city, the UN said,
// forcing thousands to flee") rather than reported words: a lower-case -ed
// word and a preposition, "including", or a lower-case -ing word that is no
// gerund subject open them. (A
// parenthetical cue may be followed by the rest of the reported clause:
// "The museum, he said, celebrated …". A speech participle, "…, he said,
// adding …", is a cue of its own and reports its clause itself.)
bool OpensParticipialPhrase(const Context& ctx, const Cue& cue, uint32_t rb, uint32_t re) {
  if (rb <= cue.last || rb + 1 >= re || !ctx.IsPunct(rb - 1, ",") || !ctx.IsWord(rb) ||
      ctx.tokens()[rb].Has(kCapitalized)) {
    return false;
  }
  if (ctx.TokenText(rb) == "including") return true;
  if (ctx.WordEndsWith(rb, "ing") && ctx.TokenText(rb).size() > 5) return !OpensGerundSubject(ctx, rb, re);
  return ctx.WordEndsWith(rb, "ed") && ctx.IsWord(rb + 1) && ctx.InList(rb + 1, kPrepositionList);
}

// The subordinating conjunction that opens the clause holding the cue
// ("When the mayor said …", "Although officials warned …", "…, and when I
// asked her …", "… and once he has said his piece, …") with no comma
// between it and the cue, or kNoToken: the cue is in that clause, which
// opens its sentence or follows "and" or "but".
uint32_t OpeningSubordinator(const Context& ctx, const Cue& cue) {
  static constexpr std::string_view kSubordinators[] = {
      "after", "although", "as",     "because", "before", "if",      "once",
      "since", "though",   "unless", "until",   "when",   "whereas", "while",
  };
  auto subordinator = [&](uint32_t t) {
    return ctx.IsWord(t) && std::any_of(std::begin(kSubordinators), std::end(kSubordinators),
                                        [&](std::string_view s) { return EqualsLower(ctx.TokenText(t), s); });
  };
  // An opening clause is short; a longer run is no such clause, and the
  // bound keeps a giant sentence of cues linear.
  constexpr uint32_t kMaxClauseTokens = 64;
  const uint32_t sb = ctx.SentenceBegin(cue.first);
  uint32_t first = cue.first;
  // "When my employer, a small software firm in Leeds, proposed …": past an
  // apposition on the subject, an article's phrase between commas, once.
  auto apposition_start = [&](uint32_t comma) {
    constexpr uint32_t kMaxAppositionTokens = 12;
    for (uint32_t t = comma; t > sb + 1 && t + kMaxAppositionTokens > comma; --t) {
      if (!ctx.IsPunct(t - 1, ",")) continue;
      const bool article = IsOneOf(ctx.TokenText(t), {"a", "an", "the"});
      return article && ctx.IsWord(t - 2) ? t - 1 : kNoToken;
    }
    return kNoToken;
  };
  bool past_apposition = false;
  while (first > sb && first + kMaxClauseTokens > cue.first) {
    if (ctx.IsPunct(first - 1, ",")) {
      const uint32_t open = past_apposition ? kNoToken : apposition_start(first - 1);
      if (open == kNoToken) break;
      past_apposition = true;
      first = open;
      continue;
    }
    // "and" or "but" right before a subordinator joins its clause, comma or none.
    if (first - 1 > sb && subordinator(first - 1) && ctx.InList(first - 2, kWordAnd | kWordBut)) return first - 1;
    --first;
  }
  if (first > sb) {
    // After a comma only a clause that "and" or "but" joins.
    if (!ctx.IsPunct(first - 1, ",") || first + 1 >= cue.first || !ctx.InList(first, kWordAnd | kWordBut)) {
      return kNoToken;
    }
    ++first;
  }
  while (first < cue.first && !ctx.IsWord(first)) ++first;
  if (first >= cue.first || cue.first - first > kMaxClauseTokens) return kNoToken;
  return subordinator(first) ? first : kNoToken;
}

// "After the union objected, the case was moved": a cue inside the
// subordinate clause that opens its sentence (or a clause after "and" or
// "but") reports nothing past the comma that closes that clause. ("Though
// it was seamless, he said, replacing her would be …" has its cue after
// that comma.)
bool InOpeningSubordinateClause(const Context& ctx, const Cue& cue, uint32_t rb) {
  if (rb <= cue.last || !ctx.IsPunct(rb - 1, ",")) return false;
  const uint32_t subordinator = OpeningSubordinator(ctx, cue);
  // "As Comey noted, people involved could still be sanctioned": the clause
  // after the comma is what "as" says was noted (not a request: "As you
  // comment, please be respectful").
  const bool as_noted = subordinator != kNoToken && EqualsLower(ctx.TokenText(subordinator), "as") &&
                        rb == cue.last + 1 && rb < ctx.size() && !EqualsLower(ctx.TokenText(rb), "please");
  return subordinator != kNoToken && !as_noted;
}

// Whether the cue's verb opens with `stem` in any case.
bool VerbStartsWith(const Context& ctx, const Cue& cue, std::string_view stem) {
  return ctx.WordStartsWith(cue.first, stem);
}

// Whether what follows the cue is a person as its object: "has recalled
// Kyra Cooney-Cross" to a squad, "denying Mohamed Salah twice" (not
// "recalled Obama saying", "recalled Ali's generosity").
bool TakesPerson(const Context& ctx, const Cue& cue) {
  const int32_t person = cue.after_begin < cue.after_end ? ctx.MentionStartingAt(cue.after_begin) : -1;
  if (person < 0 || ctx.doc().mentions[person].type != EntityType::kPerson) return false;
  uint32_t next = cue.after_begin;
  while (next < cue.after_end && ctx.tokens()[next].begin < ctx.doc().mentions[person].span.end) ++next;
  if (next >= cue.after_end) return true;
  // Nor the subject of a clause: "denied Smith was involved", "denied Smith
  // had known".
  if (ctx.IsWord(next) && (ctx.InList(next, kBeFormList | kBetweenSubjectAndCueList) || ctx.WordEndsWith(next, "ed"))) {
    return false;
  }
  return !ctx.WordEndsWith(next, "ing") && !ctx.IsPossessive(next);
}

// Whether the cue's verb is a form of "deny".
bool IsDenial(const Context& ctx, const Cue& cue) {
  return VerbStartsWith(ctx, cue, "deny") || VerbStartsWith(ctx, cue, "deni");
}

// "Courtois kept Madrid in the game, denying Mohamed Salah twice": to deny
// a person is to stop them, no denial of what was said.
bool DeniesSomeone(const Context& ctx, const Cue& cue) { return IsDenial(ctx, cue) && TakesPerson(ctx, cue); }

bool OpensClause(const Context& ctx, uint32_t rb, uint32_t re);

// "is denying flu vaccines to immigrants", "was denied bail", "denied the
// request": to deny a thing asked for is to withhold it, no denial of what
// was said.
bool WithholdsSomething(const Context& ctx, const Cue& cue) {
  static constexpr std::string_view kWithheld[] = {
      "entry",   "access",   "bail",        "permission", "visa",     "visas",  "service",  "treatment",
      "care",    "coverage", "benefits",    "funding",    "parole",   "asylum", "vaccines", "vaccine",
      "request", "requests", "application", "appeal",     "petition", "motion", "licence",  "license"};
  if (!IsDenial(ctx, cue)) return false;
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  for (uint32_t t = rb; t < re && t < rb + 4 && ctx.IsWord(t); ++t) {
    if (std::any_of(std::begin(kWithheld), std::end(kWithheld),
                    [&](std::string_view w) { return EqualsLower(ctx.TokenText(t), w); })) {
      return !OpensClause(ctx, rb, re);
    }
  }
  return false;
}

// The first token from `begin` past up to three words that make a figure
// approximate or a bound ("more than", "nearly", "up to").
uint32_t PastAboutACount(const Context& ctx, uint32_t begin, uint32_t end) {
  static constexpr std::string_view kAboutACount[] = {"more", "than", "about",   "nearly", "almost", "around",
                                                      "over", "some", "roughly", "up",     "to",     "fewer"};
  uint32_t t = begin;
  while (t < end && t < begin + 3 &&
         std::any_of(std::begin(kAboutACount), std::end(kAboutACount),
                     [&](std::string_view w) { return EqualsLower(ctx.TokenText(t), w); })) {
    ++t;
  }
  return t;
}

// "Tesla recalled 2 million vehicles", "Qatar recalled its ambassador",
// "recalled Kyra Cooney-Cross": recall that takes back goods, envoys or
// players, not memories told ("recalling a 2007 reform bill").
bool RecallsGoodsOrEnvoys(const Context& ctx, const Cue& cue) {
  static constexpr std::string_view kTaken[] = {"ambassador", "ambassadors", "envoy",  "envoys",   "diplomats",
                                                "vehicles",   "cars",        "trucks", "products", "units"};
  if (!VerbStartsWith(ctx, cue, "recall")) return false;
  // "recalled 2 million", "is recalling more than 1 million": a count.
  const uint32_t count = PastAboutACount(ctx, cue.after_begin, cue.after_end);
  // ("recalled nearly 30 people were trapped" tells what happened.)
  if (count < cue.after_end && ctx.tokens()[count].kind == TokenKind::kNumber &&
      !OpensClause(ctx, cue.after_begin, cue.after_end)) {
    return true;
  }
  if (TakesPerson(ctx, cue)) return true;
  for (uint32_t t = cue.after_begin; t < cue.after_end && t < cue.after_begin + 4; ++t) {
    const std::string_view word = ctx.TokenText(t);
    if (std::any_of(std::begin(kTaken), std::end(kTaken), [&](std::string_view w) { return EqualsLower(word, w); })) {
      return true;
    }
  }
  return false;
}

// Whether words [rb, re) before their first comma open as a bare clause
// would: a subject pronoun first ("he sought to retaliate"), a name and a
// verb in the present ("Gülen runs …"), or within the first words a form of
// "be", an auxiliary, a modal, a past tense not right after a determiner
// ("3 million people voted", not "the disputed election"), or a noun after
// a determiner and then a verb ("the vaccine causes autism", "the police
// shot his brother"). The verb of a relative clause is passed over ("the
// man who attacked him was drunk"; "wrote a book that inspired the film"
// opens no clause).
bool OpensClause(const Context& ctx, uint32_t rb, uint32_t re) {
  if (rb < re && ctx.IsWord(rb) && ctx.PronounAt(rb) != Pronoun::kNone) return true;
  const int32_t name = rb < re ? ctx.MentionStartingAt(rb) : -1;
  if (name >= 0) {
    const uint32_t next = ctx.FirstTokenAt(ctx.doc().mentions[name].span.end);
    if (next < re && ctx.IsLowerWord(next) && !ctx.IsPossessive(next) && ctx.WordEndsWith(next, "s")) {
      return true;
    }
  }
  constexpr uint32_t kMaxWords = 16;
  bool in_relative = false;
  for (uint32_t t = rb; t < re && t < rb + kMaxWords && !ctx.IsPunct(t, ","); ++t) {
    if (!ctx.IsWord(t)) continue;
    // "claimed five for 39 as South Africa were bowled out": the verb of a
    // subordinate clause opens no reported one.
    if (t > rb && IsTimeOrCauseConjunction(ctx.TokenText(t))) return false;
    if (t > rb && ctx.InList(t, kWordThat | kWordWho | kWordWhich)) {
      in_relative = true;
      continue;
    }
    const std::string_view word = ctx.TokenText(t);
    bool verb =
        ctx.InList(t, kBeFormList) || IsOneOf(word, {"has", "have", "had", "will", "would", "can", "could", "should",
                                                     "may", "might", "must", "did", "does", "'re", "’re"});
    // (Not a participle after a noun of an "of" phrase: "photographs of
    // soldiers wrapped in flags".)
    verb = verb || (t > rb && ctx.WordEndsWith(t, "ed") && !ctx.InList(t - 1, kDeterminerList) &&
                    !(t >= rb + 2 && EqualsLower(ctx.TokenText(t - 2), "of")));
    // Determiner, noun, verb: "the vaccine causes", "the police shot".
    const bool after_noun = t >= rb + 2 && ctx.InList(t - 2, kDeterminerList) && ctx.IsLowerWord(t - 1) &&
                            !ctx.InList(t - 1, kDeterminerList) && ctx.IsLowerWord(t);
    verb =
        verb || (after_noun && ((ctx.WordEndsWith(t, "s") && !ctx.WordEndsWith(t, "ss")) ||
                                IsOneOf(word, {"hurt", "cut",  "put",  "shot", "made", "took",  "gave",  "knew",  "saw",
                                               "won",  "lost", "paid", "sent", "led",  "left",  "kept",  "broke", "ran",
                                               "came", "went", "got",  "told", "held", "built", "spent", "sold"})));
    if (!verb) continue;
    if (!in_relative) return true;
    in_relative = false;  // the relative clause's own verb
  }
  return false;
}

// "Engineers warned council officials about widening cracks": a listener
// and "about" after a verb that takes one say what the words were about,
// not what was said. (PolNeAR credits "said little about the plan" and
// "complained bitterly about …" with their topic, and so does this.)
bool WarnsAbout(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  if (!ctx.InList(cue.first, kObjectFirstCueList)) return false;
  for (uint32_t t = rb + 1; t < re && t <= rb + 2; ++t) {
    // (Not "about" and a number: "told reporters about 20 minutes later".)
    if (!EqualsLower(ctx.TokenText(t), "about") || (t + 1 < re && ctx.tokens()[t + 1].kind == TokenKind::kNumber)) {
      continue;
    }
    for (uint32_t w = rb; w < t; ++w) {
      if (!ctx.IsWord(w) || ctx.InList(w, kBeFormList | kBetweenSubjectAndCueList) ||
          ctx.PronounAt(w) != Pronoun::kNone) {
        return false;
      }
    }
    return true;
  }
  return false;
}

// "a strategist who has advised a pro-Rubio super PAC in 2016": to advise a
// client is to work for it. A short noun phrase with no clause after it is
// the client; a clause or an infinitive reports advice ("advised the
// president to resign", "advises the earlier people seek treatment, the
// more likely …").
bool AdvisesAClient(const Context& ctx, const Cue& cue) {
  constexpr uint32_t kMaxClientTokens = 8;
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  if (!VerbStartsWith(ctx, cue, "advis") || cue.explicit_clause || rb >= re || !ctx.InList(rb, kDeterminerList)) {
    return false;
  }
  uint32_t end = rb;  // the phrase runs to a comma
  for (; end < re && !ctx.IsPunct(end, ","); ++end) {
    if (ctx.InList(end, kWordTo | kWordThat | kClauseWordList)) return false;
  }
  return end - rb <= kMaxClientTokens && !OpensClause(ctx, rb, end) && (end >= re || !OpensClause(ctx, end + 1, re));
}

// "The researchers observed Europa for 17 nights": to observe a thing is to
// watch it; only a clause is what was observed in words ("observed that
// the plan had failed").
bool ObservesAThing(const Context& ctx, const Cue& cue) {
  return VerbStartsWith(ctx, cue, "observ") && !cue.explicit_clause &&
         !OpensClause(ctx, cue.after_begin, cue.after_end);
}

// "Nvidia reported record quarterly revenue of $57 billion", "posted a loss",
// "reported a 5% rise in sales", "reported in-line or better than expected
// results": a company reports its results as figures, an object, not a
// clause of what was said ("reported revenue rose 5%" reports one: a verb
// follows the noun). And "some of the men reported her entreaty as spam":
// what is reported as something is flagged, not said; what is reported to
// someone before any clause is an act ("reporting her managers to the
// regulator", "reported the theft to police"). Nor is reporting sick or
// for duty ("teachers reported sick, rejecting the offer" said nothing).
bool ReportsResults(const Context& ctx, const Cue& cue) {
  if (!VerbStartsWith(ctx, cue, "report") || cue.explicit_clause) return false;
  constexpr uint32_t kMaxWordsBeforeNoun = 6;
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  if (rb < re &&
      (IsOneOf(ctx.TokenText(rb), {"sick", "ill", "missing"}) ||
       (rb + 1 < re && EqualsLower(ctx.TokenText(rb), "for") && IsOneOf(ctx.TokenText(rb + 1), {"duty", "work"})))) {
    return true;
  }
  if (rb + 1 < re && ctx.InList(rb, kDeterminerList | kObjectPronounList)) {
    for (uint32_t t = rb + 1; t < re && t < rb + 4 && ctx.IsWord(t) && !ctx.IsCueWord(t); ++t) {
      if (EqualsLower(ctx.TokenText(t), "as")) return true;
    }
  }
  for (uint32_t t = rb; t < re && t < rb + kMaxWordsBeforeNoun && ctx.IsWord(t); ++t) {
    if (!ctx.InList(t, kWordTo)) continue;
    // (Not "reported to Congress that …": the listener, then the clause.)
    constexpr uint32_t kMaxListenerTokens = 6;
    for (uint32_t u = t + 1; u < re && u < t + kMaxListenerTokens; ++u) {
      if (ctx.InList(u, kWordThat) || ctx.IsPunct(u, ":")) return false;
    }
    return !OpensClause(ctx, rb, t);
  }
  for (uint32_t t = rb; t < re && t < rb + kMaxWordsBeforeNoun; ++t) {
    if (!IsOneOf(ctx.TokenText(t), {"revenue",  "revenues", "profit", "profits",  "earnings", "loss",    "losses",
                                    "sales",    "results",  "income", "turnover", "deficit",  "surplus", "rise",
                                    "increase", "decline",  "drop",   "jump",     "fall",     "gain",    "gains"})) {
      continue;
    }
    const uint32_t next = t + 1;
    return next >= re || ctx.tokens()[next].kind == TokenKind::kPunct ||
           IsOneOf(ctx.TokenText(next), {"of", "for", "in", "on", "and", "from", "at", "above", "below", "that",
                                         "which", "to", "than", "after", "before", "as", "despite", "last", "this"});
  }
  return false;
}

// Whether the region after `cue` opens with a mention of `type` (a name, a
// sum; after a determiner or none) and holds no clause: a thing, not words.
bool ObjectIsMentionOf(const Context& ctx, const Cue& cue, EntityType type) {
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  if (rb >= re || cue.explicit_clause) return false;
  // ("pledging more than $300 million": the sum after its bound.)
  const uint32_t first = PastAboutACount(ctx, ctx.InList(rb, kDeterminerList) ? rb + 1 : rb, re);
  if (first >= re) return false;
  const auto& mentions = ctx.doc().mentions;
  const uint32_t begin = ctx.tokens()[first].begin;
  auto m = std::lower_bound(mentions.begin(), mentions.end(), begin,
                            [](const Mention& mention, uint32_t offset) { return mention.span.begin < offset; });
  while (m != mentions.end() && m->span.begin == begin && m->type != type) ++m;
  if (m == mentions.end() || m->span.begin != begin) return false;
  const uint32_t after = ctx.FirstTokenAt(m->span.end);
  return !OpensClause(ctx, rb, re) && (after >= re || !OpensClause(ctx, after, re));
}

// "Apple announced the iPhone 16e, a lower-priced model", "Samsung unveiled
// its Galaxy S25": a product (a name the recognizer calls MISC, right after
// a determiner or none) announced is a thing launched, not words reported;
// "announced the iPhone would cost less" reports a clause.
bool AnnouncesAProduct(const Context& ctx, const Cue& cue) {
  return (VerbStartsWith(ctx, cue, "announc") || VerbStartsWith(ctx, cue, "unveil")) &&
         ObjectIsMentionOf(ctx, cue, EntityType::kMisc);
}

// "Scott Bessent, who had pledged a $20 billion swap line", "promised $5
// million in aid": a sum pledged or promised is money given, not words
// reported ("pledged that the aid would come" reports a clause).
bool PledgesASum(const Context& ctx, const Cue& cue) {
  return (VerbStartsWith(ctx, cue, "pledg") || VerbStartsWith(ctx, cue, "promis")) &&
         ObjectIsMentionOf(ctx, cue, EntityType::kMoney);
}

// "an American prisoner of war now charged with desertion": a charge in
// law, no speech.
bool ChargedWith(const Context& ctx, const Cue& cue) {
  if (!VerbStartsWith(ctx, cue, "charg")) return false;
  // (The cue may hold its preposition: "charged with".)
  for (uint32_t t = cue.first + 1; t <= cue.last + 1 && t < ctx.size(); ++t) {
    if (EqualsLower(ctx.TokenText(t), "with")) return true;
  }
  return false;
}

// "claimed victory", "claimed responsibility for the attack", "claimed five
// wickets", "the only object other than Earth boasting stable liquids": to
// claim or boast a thing is no speech; only a clause is what was claimed
// (or the rest of a sentence the cue interrupts: "This sort of opining, CNN
// claimed, violates its code").
bool ClaimsAThing(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin;
  return (VerbStartsWith(ctx, cue, "claim") || VerbStartsWith(ctx, cue, "boast")) &&
         !(rb > 0 && ctx.IsPunct(rb - 1, ",")) && !OpensClause(ctx, rb, cue.after_end);
}

// "…, Pistorius told a news conference in Berlin alongside lawmakers": the
// audience of "told", a determiner's noun phrase and a place or occasion
// after it, with no clause of its own, is no report; what was told comes
// before the cue. ("told residents to leave" and "told reporters he …"
// report.)
bool TellsAnAudience(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  if (!VerbStartsWith(ctx, cue, "tell") && !VerbStartsWith(ctx, cue, "told")) return false;
  if (cue.explicit_clause || rb >= re || !IsOneOf(ctx.TokenText(rb), {"a", "an", "the"})) return false;
  constexpr uint32_t kMaxAudienceWords = 5;
  for (uint32_t t = rb + 1; t < re && t <= rb + kMaxAudienceWords; ++t) {
    if (!ctx.IsWord(t) || ctx.InList(t, kWordTo)) return false;
    if (IsOneOf(ctx.TokenText(t), {"in", "at", "on", "during", "after", "alongside", "with", "before"})) {
      return !OpensClause(ctx, rb, re);
    }
    // "told a Senate panel Wednesday": the day of telling ends the region.
    if (IsTimeOfSpeaking(ctx.TokenText(t))) return t + 1 == re;
  }
  return false;
}

// "the story the White House is telling doesn't paint the full picture":
// "tell" whose object is a noun before it (the story told) and whose words
// after it open with an auxiliary or a modal: those are the writer's
// predicate, no report ("told reporters …" names its listener first).
bool TellsAStoryBefore(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin;
  if (!VerbStartsWith(ctx, cue, "tell") && !VerbStartsWith(ctx, cue, "told")) return false;
  if (rb >= cue.after_end || rb != cue.last || !ctx.IsWord(rb)) return false;
  const std::string_view word = ctx.TokenText(rb);
  return IsModal(word) || ctx.InList(rb, kBeFormList) || IsOneOf(word, {"does", "did", "do", "has", "have", "had"});
}

// Whether the preposition at `rb` opens a count, the subject of a clause,
// not a place or a time: "at least two people", "at most", "about 300
// homes", "around 40", "over 1,000 people" (not "about 2020", a year, nor
// "about 10:03 p.m.", a time).
bool OpensCount(const Context& ctx, uint32_t rb, uint32_t re) {
  if (rb + 1 >= re) return false;
  const std::string_view next = ctx.TokenText(rb + 1);
  if (EqualsLower(ctx.TokenText(rb), "at")) return EqualsLower(next, "least") || EqualsLower(next, "most");
  const bool approximately = EqualsLower(ctx.TokenText(rb), "about") || EqualsLower(ctx.TokenText(rb), "around") ||
                             EqualsLower(ctx.TokenText(rb), "over");
  const bool year = next.size() == 4 && (next.rfind("19", 0) == 0 || next.rfind("20", 0) == 0);
  // Nor a time or a number of times: "said about 20 minutes later that",
  // "over 100 times".
  const bool time = next.find(':') != std::string_view::npos ||
                    (rb + 2 < re && (IsClockSuffix(ctx.TokenText(rb + 2)) ||
                                     IsOneOf(ctx.TokenText(rb + 2), {"times", "seconds", "minutes", "hours", "days",
                                                                     "weeks", "months", "years", "ago", "later"})));
  return approximately && ctx.tokens()[rb + 1].kind == TokenKind::kNumber && !year && !time;
}

// Whether [rb, re) opens with an adverb of manner ("voluntarily",
// "pleasantly") and then a phrase of time or place, with no "that" clause
// after it nor a topic after "about".
bool MannerBeforePhrase(const Context& ctx, uint32_t rb, uint32_t re) {
  constexpr size_t kMinAdverbBytes = 5;  // not "fly", "Italy"
  if (rb >= re || !ctx.IsWord(rb) || ctx.tokens()[rb].Has(kCapitalized) || !ctx.WordEndsWith(rb, "ly") ||
      ctx.TokenText(rb).size() < kMinAdverbBytes) {
    return false;
  }
  const uint32_t next = rb + 1;
  if (next < re && (!ctx.InList(next, kPrepositionList) || EqualsLower(ctx.TokenText(next), "about"))) return false;
  for (uint32_t t = next; t < re; ++t) {
    if (ctx.InList(t, kWordThat)) return false;
  }
  return true;
}

// Whether the region after the cue holds reported words: a clause ("that
// …", "whether …", a bare clause, "to …" after promise or urge), not an
// adjunct ("said on Tuesday", "said before he died"), a topic ("commented on
// the report") or the object of an act ("revealed its plans").
bool AfterIsReported(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  const size_t words = ctx.CountAllWords(rb, re);
  // Words inside quotation marks are the quotation's, whatever its kind.
  if (ctx.CountWords(rb, re) < kMinReportedWords) return false;
  // "claims made in a viral Weibo post that said the company misreported its
  // sales": "said" right after "that" shows the cue a noun, the document
  // whose relative clause follows.
  if (rb > 0 && ctx.InList(rb - 1, kWordThat) && (ctx.TokenText(rb) == "said" || ctx.TokenText(rb) == "says")) {
    return false;
  }
  // "…, he said, adding he would never vote for her": a participle that
  // continues a speech verb reports a bare clause too.
  if (cue.needs_that_clause && !(cue.continues_speech && OpensClause(ctx, rb, re))) {
    // "revealed that …", "wondered whether …"; not "revealed how much it paid".
    return (rb > 0 && ctx.InList(rb - 1, kWordThat)) || (cue.question_verb && ctx.InList(rb, kClauseWordList));
  }
  if (cue.explicit_clause) return true;
  // "said little during the first half", "said nothing about the deal": how
  // much was said, not what ("said nothing had changed" reports a clause).
  // ("much of the talk was about Israel" is a clause's subject.)
  if (rb + 1 < re && IsOneOf(ctx.TokenText(rb), {"little", "nothing", "much", "anything", "less", "more"}) &&
      (IsOneOf(ctx.TokenText(rb + 1), {"about", "during", "on", "in", "at", "since", "after", "before", "until", "over",
                                       "beyond", "publicly", "else"}) ||
       ctx.IsPunct(rb + 1, ",") || ctx.IsPunct(rb + 1, "."))) {
    return false;
  }
  // "Sales rose 5% in June, the company said, the fastest pace in two
  // years": after the comma that closes a cue set off inside the sentence,
  // a superlative's phrase ranks the figure before the cue, and a phrase of
  // distance or change compares it ("Sheinbaum won 59% of the vote, the INE
  // said, far ahead of Galvez", "…, up 5% from a year earlier"); neither is
  // a report.
  const bool closes_cue = rb >= 2 && rb + 1 < re && ctx.IsPunct(rb - 1, ",") &&
                          (rb - 1 == cue.last || ctx.FirstTokenAt(cue.source.end) == rb - 1) &&
                          cue.before_end > cue.before_begin && ctx.IsPunct(cue.before_end, ",");
  const bool ranks_or_compares =
      closes_cue &&
      ((ctx.InList(rb, kDeterminerList) && ctx.IsLowerWord(rb + 1) &&
        (ctx.WordEndsWith(rb + 1, "est") || IsOneOf(ctx.TokenText(rb + 1), {"first", "most", "least", "record"}))) ||
       IsOneOf(ctx.TokenText(rb), {"far", "well", "up", "down", "ahead", "behind", "short", "from"}));
  if (ranks_or_compares && !OpensClause(ctx, rb, re)) return false;
  // "designed to think before it responds, a shift the company says …": a
  // phrase after the comma that follows a cue, opening with "a", is in
  // apposition to the clause before, not what was said ("Overall, she said,
  // a number of key constituencies are …" reports).
  if (rb + 1 < re && rb - 1 == cue.last && ctx.IsPunct(rb - 1, ",") && IsOneOf(ctx.TokenText(rb), {"a", "an"}) &&
      !IsWordOfQuantity(ctx.TokenText(rb + 1))) {
    return false;
  }
  // "the 10-year Treasury note fell to 1.45 percent", "jobless claims rose":
  // a verb of a market's movement right after the cue shows the cue a noun
  // of the sentence's subject; a report opens with its own subject.
  if (IsOneOf(ctx.TokenText(rb), {"fell", "rose", "grew", "sank", "slid", "climbed", "dropped", "jumped", "plunged",
                                  "soared", "tumbled", "edged", "surged", "slumped", "dipped", "rallied"})) {
    return false;
  }
  // "told jokes his fans loved", "told the truth": what is told as a thing,
  // not a clause.
  if (VerbStartsWith(ctx, cue, "tel") || VerbStartsWith(ctx, cue, "told")) {
    const uint32_t noun = rb + 1 < re && ctx.InList(rb, kDeterminerList) ? rb + 1 : rb;
    if (IsOneOf(ctx.TokenText(noun), {"joke", "jokes", "story", "stories", "lie", "lies", "tale", "tales", "truth",
                                      "anecdote", "anecdotes", "secret", "secrets"})) {
      return false;
    }
  }
  // "responded to molecules secreted by …", "responded to criticism by
  // pointing to …", "objected to parts of the statement": what a response
  // answers, not what was said.
  if ((VerbStartsWith(ctx, cue, "respond") || VerbStartsWith(ctx, cue, "repl") || VerbStartsWith(ctx, cue, "react") ||
       VerbStartsWith(ctx, cue, "object")) &&
      ctx.InList(rb, kWordTo)) {
    return false;
  }
  // "Apple has had a place in his heart since 1984, Benioff said, ever
  // since he did an internship": a time clause, no report.
  if (EqualsLower(ctx.TokenText(rb), "ever") && rb + 1 < re &&
      IsOneOf(ctx.TokenText(rb + 1), {"since", "after", "before", "when"})) {
    return false;
  }
  // "Clinton testified voluntarily in 1998", "smiled pleasantly into the
  // phone": an adverb of manner and a phrase of time or place tell how, not
  // what (its topic after "about" is credited, as "complained bitterly about
  // …", and so is a "that" clause after the adverb).
  if (MannerBeforePhrase(ctx, rb, re)) return false;
  // "as Breitbart reported a few days later", "said two weeks ago": a time
  // of a few words, nothing said.
  constexpr size_t kMaxTimeWords = 5;
  if (words <= kMaxTimeWords && re > rb && IsOneOf(ctx.TokenText(re - 1), {"later", "earlier", "ago"})) return false;
  // "once he has said his piece": what one thinks, said, no words reported.
  if (rb + 1 < re && IsPossessiveDeterminer(ctx.TokenText(rb)) && EqualsLower(ctx.TokenText(rb + 1), "piece")) {
    return false;
  }
  // "who asked not to be named": the source's request for anonymity.
  if (VerbStartsWith(ctx, cue, "ask") && rb + 2 < re && EqualsLower(ctx.TokenText(rb), "not") &&
      EqualsLower(ctx.TokenText(rb + 1), "to") && EqualsLower(ctx.TokenText(rb + 2), "be")) {
    return false;
  }
  // "reiterated them on a radio show": an object pronoun is no clause; but
  // it may be the listener before what was asked, urged or promised
  // ("urging them to reconsider", "asked him what he does", "promised them
  // the surgery would go ahead").
  // ("explained them to me": "to" before its object, not an infinitive.)
  const bool to_object =
      rb + 2 < re && ctx.InList(rb + 1, kWordTo) &&
      (ctx.InList(rb + 2, kObjectPronounList | kDeterminerList) || ctx.MentionStartingAt(rb + 2) >= 0);
  const bool object_pronoun = ctx.InList(rb, kObjectPronounList) && !EqualsLower(ctx.TokenText(rb), "her") &&
                              !EqualsLower(ctx.TokenText(rb), "you") && rb + 1 < re &&
                              (!ctx.InList(rb + 1, kWordTo | kClauseWordList) || to_object) &&
                              ctx.TokenText(rb + 1) != "not" && !OpensClause(ctx, rb + 1, re);
  if (ctx.InList(rb, kNotContentStartList) || object_pronoun || TellsAnAudience(ctx, cue) ||
      TellsAStoryBefore(ctx, cue) || WarnsAbout(ctx, cue) || RecallsGoodsOrEnvoys(ctx, cue) ||
      DeniesSomeone(ctx, cue) || WithholdsSomething(ctx, cue) || ClaimsAThing(ctx, cue) || ChargedWith(ctx, cue) ||
      AdvisesAClient(ctx, cue) || ObservesAThing(ctx, cue) || ReportsResults(ctx, cue) || AnnouncesAProduct(ctx, cue) ||
      PledgesASum(ctx, cue)) {
    return false;
  }
  if (OpensParticipialPhrase(ctx, cue, rb, re) || InOpeningSubordinateClause(ctx, cue, rb)) return false;
  // "isn't the only game not offering the quality Google promised – it's
  // revealed in …": a dash right after the cue sets off the writer's words,
  // unless a second one closes an aside before them ("said — on Twitter, as
  // it happens — that Trump raised …").
  if (IsDatelineDash(ctx.TokenText(rb))) {
    uint32_t t = rb + 1;
    while (t < re && !IsDatelineDash(ctx.TokenText(t))) ++t;
    if (t >= re) return false;
  }
  const uint32_t past_time = PastTimeOfSpeaking(ctx, rb, re);
  if (past_time > rb && (past_time >= re || ctx.InList(past_time, kNotContentStartList | kPrepositionList) ||
                         ctx.tokens()[past_time].kind == TokenKind::kPunct)) {
    return false;
  }
  // "the third witness testifying Tuesday who listened in on the call",
  // "asked Kasich, who is fourth": a relative clause after a time or a comma
  // says who someone is, not what was said ("announces who it believes
  // deserves the title" reports).
  if ((ctx.InList(past_time, kWordWho | kWordWhich) || EqualsLower(ctx.TokenText(past_time), "whose")) &&
      (past_time > rb || (past_time > 0 && ctx.IsPunct(past_time - 1, ",")))) {
    return false;
  }
  if (past_time > rb) return true;  // "said on Monday the plan was dead"
  if (ctx.InList(rb, kAdjunctStartList) && words <= 3) return false;
  if (!ctx.InList(rb, kPrepositionList)) return true;
  if (OpensCount(ctx, rb, re)) return true;  // "said at least two people had been injured"
  // "urged them to act" reports; "said to the TV", "told to reporters" do not.
  return OpensInfinitive(ctx, rb, re);
}

// "Everything Trump says is a lie": a free relative whose verb phrase
// follows the cue; what follows is the writer's predicate, not the
// speaker's words. ("what Trump says his plan would do" and "the money,
// which he said was lost" report: the gap is inside the reported clause.)
bool PredicateOfFreeRelative(const Context& ctx, const Cue& cue) {
  const uint32_t rb = cue.after_begin;
  if (rb >= cue.after_end || !ctx.IsWord(rb)) return false;
  const std::string_view next = ctx.TokenText(rb);
  if (!ctx.InList(rb, kBeFormList) && next != "has" && next != "have" && next != "had") return false;
  static constexpr std::string_view kFreeRelatives[] = {"what", "whatever", "everything", "anything", "nothing", "all"};
  const uint32_t first = ctx.FirstTokenAt(cue.source.begin);
  if (first == 0 || cue.source.begin >= ctx.tokens()[cue.first].begin) return false;
  const std::string_view before = ctx.TokenText(first - 1);
  return std::any_of(std::begin(kFreeRelatives), std::end(kFreeRelatives),
                     [&](std::string_view w) { return EqualsLower(before, w); });
}

// "Republicans can reasonably campaign saying that …", "closures could
// kindle widespread worker protests like those …": a subject never follows
// a modal but in a question, which reports nothing either; what stands
// there is the modal's verb phrase, read as a speaker.
bool SourceAfterModal(const Context& ctx, const Cue& cue) {
  const uint32_t first = ctx.FirstTokenAt(cue.source.begin);
  return first > 0 && IsModal(ctx.TokenText(first - 1));
}

// Past a connective and its comma that opens the sentence before `…, X
// said`: "Meanwhile, Russian drones struck Odesa, the governor said" links
// the writer's paragraphs; the governor said what follows it. Not in words
// said in the first person, whose connective is the speaker's ("However,
// we will fight on, the union leader said").
uint32_t PastConnective(const Context& ctx, uint32_t rb, uint32_t re) {
  if (rb + 2 >= re || !ctx.IsWord(rb)) return rb;
  // A conjunction needs no comma ("But Apple's iPhone 16 outsold every
  // Galaxy model, the firm said"); not "But for Trump, none of this would
  // have happened" (a condition), nor "Yet" as an adverb ("Yet another
  // strike", "Yet to be announced").
  const bool conjunction =
      IsOneOf(ctx.TokenText(rb), {"But", "And", "Yet"}) && !ctx.InList(rb + 1, kPrepositionList | kWordTo) &&
      !(ctx.TokenText(rb) == "Yet" && IsOneOf(ctx.TokenText(rb + 1), {"another", "more", "still", "again"}));
  const bool connective = (ctx.IsPunct(rb + 1, ",") && IsSentenceConnective(ctx.TokenText(rb))) || conjunction;
  if (!connective) return rb;
  for (uint32_t t = rb + 1; t < re; ++t) {
    if (IsOneOf(ctx.TokenText(t), {"I", "we", "We", "my", "My", "our", "Our", "us", "me"})) return rb;
  }
  return conjunction && !ctx.IsPunct(rb + 1, ",") ? rb + 1 : rb + 2;
}

// "confirmed her death in a statement to People magazine": after an
// object, not a clause, the way the words came ("in a statement", "in an
// interview", "on X", "in a post") ends what was said. Returns the region's
// end.
uint32_t BeforeMannerOfSpeaking(const Context& ctx, uint32_t rb, uint32_t re) {
  constexpr uint32_t kMaxMannerTokens = 8;
  for (uint32_t t = rb + 2; t + 2 <= re && t + kMaxMannerTokens + 2 > re; ++t) {
    const std::string_view preposition = ctx.TokenText(t);
    const std::string_view noun = ctx.TokenText(t + 2 < re && ctx.InList(t + 1, kDeterminerList) ? t + 2 : t + 1);
    const bool manner = (preposition == "in" && IsMediumOfWords(noun)) ||
                        (preposition == "on" && IsOneOf(noun, {"X", "Twitter", "Facebook", "Instagram", "TikTok",
                                                               "Threads", "Bluesky", "television", "radio"}));
    if (manner) return ctx.TrimEnd(rb, t);
  }
  return re;
}

bool EndsReport(const Context& ctx, const Cue& cue);

// Whether a relative word ("who", "which", "where", "whose"…) is at `t`: a
// comma before it goes on describing, it opens no clause of its own.
bool OpensRelative(const Context& ctx, uint32_t t) {
  return ctx.InList(t, kWordWho | kWordWhich) || IsOneOf(ctx.TokenText(t), {"where", "when", "whose", "whom"});
}

// "The video had been altered …, when, in fact, he responded quickly": a
// cue whose subject a subordinating conjunction opens (past a short aside
// between commas) is in a clause of its own; the main clause before it is
// the writer's.
bool SubjectAfterConjunction(const Context& ctx, const Cue& cue) {
  constexpr uint32_t kMaxAsideTokens = 5;
  uint32_t t = ctx.FirstTokenAt(cue.source.begin);
  if (t >= 2 && ctx.IsPunct(t - 1, ",")) {
    uint32_t u = t - 2;
    while (u > 0 && t - u <= kMaxAsideTokens && !ctx.IsPunct(u, ",")) --u;
    if (ctx.IsPunct(u, ",")) t = u;
  }
  if (t == 0) return false;
  const std::string_view before = ctx.TokenText(t - 1);
  return IsOneOf(before, {"when", "while", "because", "although", "though", "whereas", "since", "until", "unless", "if",
                          "after", "before", "once"});
}

// Whether the words [rb, re) before `cue` are a few words with no verb of
// their own ("One after another", "Back in September", "Worst of all") and
// the cue's verb takes an object straight after it ("declared bankruptcy",
// "wrote a letter"): words that open the sentence. Not when the cue is set
// inside the report ("The difference now, he told me on Friday, is that
// …", "The contrast, said Doyle, would be clear"), nor before an inverted
// source or "according to".
bool TakesObjectAfterOpening(const Context& ctx, const Cue& cue, uint32_t rb, uint32_t re) {
  constexpr size_t kMaxOpeningWords = 4;
  constexpr uint32_t kMaxParentheticalTokens = 6;
  const uint32_t next = cue.last;
  if (next >= ctx.size() || !ctx.IsWord(next) || cue.source.begin >= ctx.tokens()[cue.first].end ||
      ctx.TokenText(cue.first) == "according" || ctx.CountWords(rb, re) > kMaxOpeningWords ||
      ctx.CountAllWords(rb, re) != ctx.CountWords(rb, re) || OpensClause(ctx, rb, re)) {
    return false;
  }
  const uint32_t se = ctx.SentenceEnd(next);
  for (uint32_t t = next; t < se && t < next + kMaxParentheticalTokens; ++t) {
    if (ctx.IsPunct(t, ",") && t + 1 < se && ctx.IsLowerWord(t + 1)) return false;
  }
  return true;
}

// Whether the sentence before `…, X said` holds reported words: a clause set
// off by a comma ("Tariffs will fall, the minister said"), not words that
// run into the subject ("Summit ends with trade pledge"), an introductory
// phrase ("In his speech, Graham urged") or a subordinate clause ("When
// Congress cut funding, Mexico said enough"). Straight into "according to"
// is fine: "… will grow 3% according to the IMF".
bool BeforeIsReported(const Context& ctx, const Cue& cue) {
  uint32_t rb = PastDateline(ctx, cue.before_begin, cue.before_end);
  const uint32_t re = cue.before_end;
  if (ctx.CountWords(rb, re) < kMinReportedWords || re >= ctx.size() || ChargedWith(ctx, cue) ||
      SubjectAfterConjunction(ctx, cue)) {
    return false;
  }
  const bool set_off = ctx.IsPunct(re, ",") || ctx.tokens()[re].kind == TokenKind::kQuote || re == cue.first;
  if (!set_off) return false;
  // ("Olowe scored 34 points, Nikola Vasić added 22 points": a count right
  // after a verb whose subject came before it is its object, no aside.)
  const bool subject_before = !cue.source.empty() && cue.source.end <= ctx.tokens()[cue.first].begin;
  if (subject_before && cue.after_begin < cue.after_end && ctx.tokens()[cue.after_begin].kind == TokenKind::kNumber) {
    return false;
  }
  // "Her main rival, Xóchitl Gálvez, conceded": a name between commas right
  // before the verb, after a phrase with no comma of its own, is in
  // apposition to that phrase, the subject, which is no report ("Prices
  // will rise, Jones, an economist, said" and "…, a spokeswoman, Anna
  // White, said" report).
  // (Past a party and state in brackets and an adverb: "…, Sen. Joe
  // Lieberman (I-Conn.), also stated".)
  uint32_t after_source = ctx.FirstTokenAt(cue.source.end);
  if (after_source < cue.first && ctx.IsPunct(after_source, "(")) {
    uint32_t close = after_source;
    while (close < cue.first && close < after_source + 10 && !ctx.IsPunct(close, ")")) ++close;
    if (close < cue.first && ctx.IsPunct(close, ")")) after_source = close + 1;
  }
  const bool adverb = after_source + 2 == cue.first && ctx.IsWord(after_source + 1) &&
                      !ctx.tokens()[after_source + 1].Has(kCapitalized) &&
                      ctx.PronounAt(after_source + 1) == Pronoun::kNone;
  if (!cue.source.empty() && (after_source + 1 == cue.first || adverb) && ctx.IsPunct(after_source, ",")) {
    // (With the comma that ends the region before a description in
    // apposition: "…, a spokeswoman, Anna White, said".)
    const bool described = ctx.IsPunct(re, ",") && re + 1 < cue.first && ctx.InList(re + 1, kDeterminerList) &&
                           re + 1 < ctx.FirstTokenAt(cue.source.begin);
    bool comma_before = false;
    for (uint32_t t = rb; t < re + described && !comma_before; ++t) comma_before = ctx.IsPunct(t, ",");
    if (!comma_before) return false;
  }
  while (rb < re && !ctx.IsWord(rb)) ++rb;
  // "But the plan …"; a connective and its comma ("Meanwhile, in the
  // Champions League, Arsenal beat PSG, the club said": what follows a
  // connective may open with a phrase of its own).
  const uint32_t past = PastConnective(ctx, rb, re);
  // (Not a connective and a time alone: "Then, last week, Taylor Swift
  // posted on Twitter" reports nothing.)
  if (past > rb && ctx.IsPunct(past - 1, ",")) return PastTimeOfSpeaking(ctx, past, re) < re;
  rb = past;
  if (rb < re && ctx.InList(rb, kWordAnd | kWordBut)) ++rb;
  // ("Late last month, the company wrote a letter …, calling …": a time alone.)
  if (rb >= re || PastTimeOfSpeaking(ctx, rb, re) >= re) return false;
  // A participle opens an introductory phrase ("Speaking to reporters, …");
  // a name that ends so does not ("Boeing factory workers voted …").
  // ("If he wins the presidency, Trump has indicated": a condition alone,
  // with no clause after its comma.)
  bool condition = EqualsLower(ctx.TokenText(rb), "if");
  for (uint32_t t = rb; condition && t < re; ++t) condition = !ctx.IsPunct(t, ",");
  // (A count opens the subject of a clause, not a fragment before a cue the
  // sentence goes on after: "About 20 of them, he said, were children"
  // reports none.)
  const bool count = OpensCount(ctx, rb, re) && (OpensClause(ctx, rb, re) || EndsReport(ctx, cue));
  // ("Asked if he was ever bullied, the candidate said no": a participle
  // of asking or reaching the speaker.)
  const bool asked = IsOneOf(ctx.TokenText(rb), {"Asked", "Pressed", "Questioned", "Challenged", "Reached", "Contacted",
                                                 "Interviewed", "Confronted", "Quizzed"});
  // ("Rebranded to resemble a fact-checking account, it posted …", "Founded
  // in 1990, the firm said": a past participle and its preposition.)
  const bool past_participle = ctx.WordEndsWith(rb, "ed") && !ctx.WordEndsWith(rb, "eed") &&
                               ctx.TokenText(rb).size() >= 5 && rb + 1 < re && ctx.InList(rb + 1, kPrepositionList);
  const bool introductory = (ctx.InList(rb, kPrepositionList | kNotContentStartList) && !count) ||
                            ((ctx.WordEndsWith(rb, "ing") || past_participle) && ctx.MentionStartingAt(rb) < 0) ||
                            condition || asked;
  // "One after another, mining companies … declared bankruptcy", "Back in
  // September, he wrote a letter": a few words with no verb of their own
  // before a verb that takes its object straight after open the sentence;
  // nobody said them ("The breaking point, Ash wrote, came on Friday" is a
  // report cut by its cue).
  if (!introductory && TakesObjectAfterOpening(ctx, cue, rb, re)) return false;
  if (!introductory) return true;
  // "In New Jersey, Sherrill leads by 12 points, according to NBC News":
  // an introductory phrase and its comma before a clause of their own, when
  // the cue and its source end the sentence.
  // (Past a relative clause inside the phrase: "In the video, which was
  // posted on X, Musk said" reports nothing.)
  if (condition || !EndsReport(ctx, cue)) return false;
  for (uint32_t t = rb + 1; t + 1 < re; ++t) {
    if (!ctx.IsPunct(t, ",")) continue;
    if (OpensRelative(ctx, t + 1)) continue;
    return OpensClause(ctx, t + 1, re);
  }
  return false;
}

// Whether the word at `t` is a verb that a relative "that" opens: an
// auxiliary, or one that says what a programme or an event did.
bool IsRelativeClauseVerb(const Context& ctx, uint32_t t) {
  return ctx.InList(t, kBeFormList | kBetweenSubjectAndCueList) ||
         IsOneOf(ctx.TokenText(t), {"aired", "airs", "ran", "lasted", "lasts", "showed", "shows", "appeared",
                                    "followed", "preceded", "took", "drew", "featured", "premiered"});
}

// "told reporters after the meeting that was held on a boat", "said in a
// documentary that showed off the renovations": a "that" past a noun and
// followed straight by such a verb opens a relative clause, not a report.
// Right after the cue it is the subject: "warned that would worsen".
bool OpensRelativeClause(const Context& ctx, const Cue& cue, uint32_t rb) {
  return rb > cue.last + 1 && rb < ctx.size() && ctx.InList(rb - 1, kWordThat) && IsRelativeClauseVerb(ctx, rb);
}

// "told CNN in an interview that aired Sunday that he would run": past
// such a relative clause, the next "that" opens the report, unless a verb
// follows it too ("on a pleasure boat that cruised down the Danube"). `rb`
// when there is none before punctuation.
uint32_t PastRelativeClause(const Context& ctx, const Cue& cue, uint32_t rb, uint32_t re) {
  constexpr uint32_t kMaxRelativeTokens = 10;
  if (!OpensRelativeClause(ctx, cue, rb)) return rb;
  for (uint32_t t = rb + 1; t + 1 < re && t < rb + kMaxRelativeTokens; ++t) {
    if (!ctx.IsWord(t) || ctx.QuoteOf(t) >= 0) return rb;
    if (!ctx.InList(t, kWordThat)) continue;
    const bool verb_after = ctx.WordEndsWith(t + 1, "ed") || IsRelativeClauseVerb(ctx, t + 1);
    return verb_after ? rb : t + 1;
  }
  return rb;
}

// Whether the cue's sentence up to its source is a spoken quotation that
// ends right there: `“…,” he said`, `“…,” Mr. Clarke told`, or `“…?” he
// asked` cut into two sentences.
bool ClosesQuotation(const Context& ctx, const Cue& cue) {
  // "…,” she said, emphasizing it was time": the participle's own report
  // (not a finite verb after an apposition's comma: `“…,” Bill Eastland,
  // wearing a cowboy hat, said matter-of-factly as confetti fell`).
  if (cue.first > 0 && ctx.IsPunct(cue.first - 1, ",") && ctx.WordEndsWith(cue.first, "ing")) return false;
  if (!cue.before_quote.empty()) {
    // `… called the move “a betrayal of the youth.” The Law Society said it
    // would …`: words closed by a full stop inside a sentence begun before
    // them are that sentence's, no frame's, and this verb reports its own
    // clause (`“… the emails that are missing.” Trump said.` closes).
    const auto q = static_cast<uint32_t>(ctx.QuoteOf(ctx.FirstTokenAt(cue.before_quote.begin)));
    const uint32_t last = ctx.QuoteLast(q);  // past the closing mark
    return !(ctx.QuotedInsideSentence(q) && last >= ctx.QuoteFirst(q) + 2 && ctx.IsPunct(last - 2, "."));
  }
  if (cue.before_end <= cue.before_begin) return false;
  const int32_t q = ctx.QuoteOf(cue.before_end - 1);
  return q >= 0 && ctx.doc().quotes[q].kind != QuoteKind::kScare;
}

// Whether nothing but the time or place of speaking follows `cue` in its
// sentence: "…, the agency reported.", "…, prosecutors said in a statement"
// (not "…, he would advise buying it").
bool EndsReport(const Context& ctx, const Cue& cue) {
  // Not a parenthetical cue the sentence goes on after ("attacks that, Sweet
  // noted, Trump said …"). An inverted source's apposition or relative
  // clause ends the sentence with it: "…, said Dr Imran Sarwar, the
  // hospital's emergency director."
  uint32_t from = cue.last + 1;
  if (!cue.source.empty() && ctx.FirstTokenAt(cue.source.begin) >= cue.last) {
    from = ctx.FirstTokenAt(cue.source.end);
    if (from + 1 < ctx.size() && ctx.IsPunct(from, ",") &&
        (ctx.InList(from + 1, kDeterminerList) || EqualsLower(ctx.TokenText(from + 1), "who"))) {
      from += 2;
    }
  }
  for (uint32_t t = from; t < ctx.SentenceEnd(cue.first); ++t) {
    if (ctx.IsPunct(t, ",")) return false;
  }
  const uint32_t rb = cue.after_begin, re = cue.after_end;
  const size_t words = ctx.CountAllWords(rb, re);
  if (words == 0) return true;
  // A few words of time or place, not a clause ("Trump said during the
  // debate were sparked by …").
  constexpr size_t kMaxAdjunctWords = 6;
  if (words > kMaxAdjunctWords) return false;
  return ctx.InList(rb, kAdjunctStartList | kPrepositionList) || PastTimeOfSpeaking(ctx, rb, re) >= re;
}

// "Tehran denied supplying drones, the IRNA news agency reported": a
// later speech cue in the region after cue `c`, set off by a comma before
// its source and ending the report (EndsReport), credits the whole clause to its
// own source; cue `c` reports only up to that comma. Returns the region's
// end.
uint32_t BeforeLaterReport(const Context& ctx, const std::vector<Cue>& cues, size_t c, uint32_t rb, uint32_t re) {
  // A few cues ahead at most, so that a sentence of cues stays linear.
  constexpr size_t kMaxCuesAhead = 8;
  for (size_t d = c + 1; d < cues.size() && d <= c + kMaxCuesAhead && cues[d].first < re; ++d) {
    const Cue& later = cues[d];
    if (later.source.empty()) continue;
    // "He denied the charge, saying he had acted in self-defence": a
    // participle of the same subject after a comma reports its own clause.
    // (Whatever it reports: "confirmed her death, asking for privacy"; and
    // whatever its verb: "said it would appeal, accusing the Commission of
    // “unfairly targeting” the company". Right after an inverted cue's
    // comma, "…, he warned, adding that … “…”", the cue reports nothing
    // after it; the clause before is its.)
    const bool same_participle = later.source.begin == cues[c].source.begin && ctx.WordEndsWith(later.first, "ing");
    if (same_participle && later.first == rb && rb > 0 && ctx.IsPunct(rb - 1, ",")) return rb;
    if (later.first <= rb) continue;
    if (same_participle && later.first > rb + 1 && ctx.IsPunct(later.first - 1, ",")) {
      return ctx.TrimEnd(rb, later.first - 1);
    }
    if (later.cls != CueClass::kSpeech) continue;
    // "Meta said it had begun removing accounts …, but warned the law would
    // “…”": a second verb of the same subject after "but" or "and" opens a
    // report of its own.
    // A finite verb with words reported after it, not a noun or an
    // infinitive ("violated federal and state law", "reports and attacks on
    // his record", "urged her to raise her voice and say the word").
    // ("… business failures and alleged fraudulent schemes": a participle
    // that is often an adjective counts only before "that".)
    const uint32_t verb = later.first;
    const bool adjective = IsOneOf(ctx.TokenText(verb), {"alleged", "reported", "stated", "proposed", "noted",
                                                         "suggested", "claimed", "described", "quoted", "cited"});
    const bool finite = (ctx.WordEndsWith(verb, "ed") || ctx.WordEndsWith(verb, "s") ||
                         IsOneOf(ctx.TokenText(verb), {"said", "told", "wrote", "spoke", "sought", "thought"})) &&
                        (!adjective || later.explicit_clause);
    // After a comma, "but", "and said" again or before "that"; and a clause
    // after it ("Smith said the company cut 500 jobs and announced plans to
    // …" is one report: the company may have announced them).
    const bool comma = ctx.IsPunct(verb - 2, ",");
    const bool marked = comma || ctx.TokenText(verb - 1) == "but" || later.explicit_clause ||
                        IsOneOf(ctx.TokenText(verb), {"said", "says"});
    // (A short object that opens no clause reports nothing before the second
    // verb: "denies wrongdoing and says the cases are …".)
    const bool before_reported = verb > rb + kMinReportedWords || !OpensClause(ctx, rb, verb - 1);
    if (later.source.begin == cues[c].source.begin && before_reported && finite &&
        IsOneOf(ctx.TokenText(verb - 1), {"but", "and"}) && marked &&
        (later.explicit_clause || OpensClause(ctx, later.after_begin, later.after_end)) &&
        AfterIsReported(ctx, later)) {
      return ctx.TrimEnd(rb, comma ? verb - 2 : verb - 1);
    }
    // "The suspect told officers he had been drinking, according to court
    // papers": the outer source after a comma ends the report.
    if (EqualsLower(ctx.TokenText(verb), "according") && verb > rb + kMinReportedWords && ctx.IsPunct(verb - 1, ",")) {
      return ctx.TrimEnd(rb, verb - 1);
    }
    uint32_t source = ctx.FirstTokenAt(later.source.begin);
    // "…, the chairman, John Smith, has said": from the description in
    // apposition before the name, where the later cue's own region ends.
    if (later.before_end < source && later.before_end > rb && ctx.IsPunct(later.before_end, ",") &&
        ctx.InList(later.before_end + 1, kDeterminerList)) {
      source = later.before_end + 1;
    }
    if (source <= rb + kMinReportedWords || source >= later.first) continue;
    // "…, though it said Ukraine still had to …", "…, and Japan Nuclear Fuel
    // said …": a new report after a conjunction, as after a bare comma.
    // After "and" only a report that opens a clause of its own, not "said
    // no to arbitration" inside the report ("She said that if the union
    // refused, and the company said no to arbitration, the strike would
    // last"), nor "told him to wait".
    const bool and_report =
        EqualsLower(ctx.TokenText(source - 1), "and") &&
        (later.explicit_clause || ctx.InList(later.after_begin, kWordTo) ||
         (OpensClause(ctx, later.after_begin, later.after_end) && !ctx.InList(later.after_begin, kObjectPronounList)));
    if ((and_report || IsOneOf(ctx.TokenText(source - 1), {"but", "though", "although", "while", "whereas"})) &&
        ctx.IsPunct(source - 2, ",") && source - 2 > rb + kMinReportedWords) {
      --source;
    }
    // (The comma may close a quotation: `could be termed "influence
    // peddling," The Washington Post reported in 1991`.)
    const bool quotation_comma =
        ctx.tokens()[source - 1].kind == TokenKind::kQuote && source - 2 > rb && ctx.IsPunct(source - 2, ",");
    if (!ctx.IsPunct(source - 1, ",") && !quotation_comma) continue;
    // A report that ends the sentence, or the main clause of a new one ("While
    // his family suggested he was murdered, the director told lawmakers
    // …"); not a parenthetical cue inside the clause ("the price, analysts
    // noted, would rise").
    // (Not after an opening phrase of the clause: "said that as of 2016, the
    // country had admitted 1.4 million refugees".)
    const bool new_report = AfterIsReported(ctx, later) && !ctx.IsPunct(later.last + 1, ",") &&
                            ctx.CountWords(rb, source - 1) > kMinReportedWords;
    if (!EndsReport(ctx, later) && !new_report) continue;
    return quotation_comma ? source : ctx.TrimEnd(rb, source - 1);
  }
  return re;
}

// Whether lower-case words at `t` open a clause with a noun of their own and
// its verb, as after "as": a plural noun and any word ("as protesters
// gathered"), a mass noun and a verb in -s ("as pressure mounts"), or a
// plural noun after a modifier or two and a verb in -ed ("as overnight drone
// attacks killed", "as new data showed"). Not "as well as", "as many as",
// "as he said".
bool NounAndVerbAt(const Context& ctx, uint32_t t, uint32_t re) {
  auto plain = [&](uint32_t k) {
    return k < re && ctx.IsLowerWord(k) && ctx.PronounAt(k) == Pronoun::kNone &&
           !ctx.InList(k, kDeterminerList | kBeFormList | kBetweenSubjectAndCueList);
  };
  // (Also the plurals without an "s": "as new data showed", "as people fled".)
  auto plural = [&](uint32_t k) {
    return (ctx.WordEndsWith(k, "s") && !ctx.WordEndsWith(k, "ss")) ||
           IsOneOf(ctx.TokenText(k), {"data", "people", "police", "children", "men", "women"});
  };
  if (!plain(t) || !plain(t + 1) ||
      IsOneOf(ctx.TokenText(t), {"has", "does", "was", "is", "sometimes", "perhaps", "always", "well", "much", "long",
                                 "soon", "far", "many", "part"}) ||
      ctx.WordEndsWith(t, "ly")) {
    return false;
  }
  if (plural(t)) return true;
  if (!IsOneOf(ctx.TokenText(t + 1), {"as", "is", "was", "has", "does", "this", "its", "his"}) && plural(t + 1) &&
      !ctx.InList(t + 1, kPrepositionList)) {
    return true;  // a mass noun and its verb
  }
  constexpr uint32_t kMaxModifiers = 2;
  for (uint32_t head = t + 1; head <= t + kMaxModifiers && plain(head) && plain(head + 1); ++head) {
    if (plural(head)) return ctx.WordEndsWith(head + 1, "ed");
  }
  return false;
}

// "In Seattle, marchers held white roses, KING-TV reported, while in
// Chicago the parade began with a moment of silence, the Chicago Sun-Times
// reported": before a trailing cue, a clause after ", while" is all the
// speaker reports when what comes before it is another's report, its cue
// ending it; otherwise the comparison is one report ("X has 52
// percent, while Y has 33 percent, according to the poll"). Returns where
// the report begins.
uint32_t AfterContrastingWhile(const Context& ctx, uint32_t rb, uint32_t re) {
  for (uint32_t t = re; t > rb + kMinReportedWords; --t) {
    if (!ctx.IsPunct(t - 1, ",") || !IsOneOf(ctx.TokenText(t), {"while", "whereas"}) ||
        ctx.CountWords(t + 1, re) < kMinReportedWords) {
      continue;
    }
    // The other report's cue right before the comma ("KING-TV reported,",
    // "police said Tuesday,").
    auto finite_cue = [&](uint32_t u) { return ctx.IsCueWord(u) && ctx.IsFiniteVerbForm(u); };
    return finite_cue(t - 2) || (t >= rb + 3 && finite_cue(t - 3)) ? t + 1 : rb;
  }
  return rb;
}

// "Her lawyers argued that she should remain free, but the court rejected
// the request", "Ruto defended the tax, saying it would create jobs, as
// protests against the levy spread": a clause joined by ", but" or ", as"
// with a subject of its own, a name, a noun phrase with "the" or a plural
// and its verb, is the writer's turn back to the story, not more of what was
// said. Returns where the report ends.
uint32_t BeforeContrast(const Context& ctx, uint32_t rb, uint32_t re) {
  // "…, a day after protesters stormed parliament", "…, hours before the
  // vote": when the writer sets the report, not more of what was said.
  auto time_of_event = [&](uint32_t u) {
    if (u < re && (ctx.InList(u, kDeterminerList) || ctx.tokens()[u].kind == TokenKind::kNumber ||
                   IsOneOf(ctx.TokenText(u), {"just", "only", "several", "some"}))) {
      ++u;
    }
    if (u + 1 >= re || !IsOneOf(ctx.TokenText(u), {"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                                                   "minutes", "moments", "year", "years", "shortly"})) {
      return false;
    }
    return IsOneOf(ctx.TokenText(u + 1), {"after", "before"});
  };
  for (uint32_t t = rb + kMinReportedWords; t + 2 < re; ++t) {
    if (ctx.IsPunct(t, ",") && time_of_event(t + 1)) return ctx.TrimEnd(rb, t);
    // "Kennedy has said the vaccine is effective but has also promoted
    // vitamin A": the speaker's own second deed, told by the writer.
    if (ctx.TokenText(t) == "but" && t + 3 < re && IsOneOf(ctx.TokenText(t + 1), {"has", "have", "had"}) &&
        IsOneOf(ctx.TokenText(t + 2), {"also", "since", "repeatedly", "previously", "often"})) {
      return ctx.TrimEnd(rb, t);
    }
    if (!ctx.IsPunct(t, ",") || !IsOneOf(ctx.TokenText(t + 1), {"but", "as"})) continue;
    const uint32_t subject = t + 2;
    // "said conditions would ease this evening, but warned people not to
    // travel": a speech verb in the past after "but" is the speaker's next
    // report, a cue of its own.
    if (ctx.TokenText(t + 1) == "but" && ctx.CueAt(subject) == CueClass::kSpeech && ctx.WordEndsWith(subject, "ed")) {
      return ctx.TrimEnd(rb, t);
    }
    const int32_t name = ctx.MentionStartingAt(subject);
    const bool named = name >= 0 && (ctx.doc().mentions[name].type == EntityType::kPerson ||
                                     ctx.doc().mentions[name].type == EntityType::kOrg);
    // After "as" only ("…, but critics point to …" may be the speaker's
    // contrast as well as the writer's): a noun of its own and its verb.
    const bool clause = ctx.TokenText(t + 1) == "as" && NounAndVerbAt(ctx, subject, re);
    if (named || ctx.TokenText(subject) == "the" || clause) return ctx.TrimEnd(rb, t);
  }
  return re;
}

// "Mayor Ted Wheeler, who proposed the plan in April, said the city could
// not afford to wait": what a cue inside a relative clause reports ends with
// the clause, at its comma. Returns where the report ends.
uint32_t EndOfRelativeClause(const Context& ctx, const Cue& cue, uint32_t rb, uint32_t re) {
  if (!InRelativeClause(ctx, cue.first, ctx.SentenceBegin(cue.first))) return re;
  for (uint32_t t = rb; t < re; ++t) {
    if (ctx.IsPunct(t, ",")) return ctx.TrimEnd(rb, t);
  }
  return re;
}

// "When President Trump's advisers suggested that Beijing resume buying
// farm products as part of a trade deal, Mr. Trump wasn't sold": what a cue
// inside the sentence's opening subordinate clause reports ends with that
// clause, at the comma before the main clause. Not after "as": "As I said
// earlier, I don't see anyone …" reports the main clause.
uint32_t EndOfOpeningSubordinateClause(const Context& ctx, const Cue& cue, uint32_t rb, uint32_t re) {
  const uint32_t subordinator = OpeningSubordinator(ctx, cue);
  if (subordinator == kNoToken || EqualsLower(ctx.TokenText(subordinator), "as")) return re;
  for (uint32_t t = rb; t + 1 < re; ++t) {
    if (ctx.IsPunct(t, ",") && !OpensRelative(ctx, t + 1) && OpensClause(ctx, t + 1, re)) return ctx.TrimEnd(rb, t);
  }
  return re;
}

// "the RNC and 11 state parties", "state lawmakers": "state" before a plural
// noun is that noun's modifier, no verb of saying ("officials state that
// …", "reports state the plan …" open a clause).
bool StateModifiesNoun(const Context& ctx, const Cue& cue) {
  const uint32_t next = cue.first + 1;
  return EqualsLower(ctx.TokenText(cue.first), "state") && next < ctx.size() && ctx.IsWord(next) &&
         !ctx.tokens()[next].Has(kCapitalized) && ctx.WordEndsWith(next, "s") && !ctx.WordEndsWith(next, "ss") &&
         !ctx.InList(next, kDeterminerList | kWordThat | kClauseWordList | kNotInSubjectList) &&
         ctx.PronounAt(next) == Pronoun::kNone;
}

// "interventions that they believe are promising but that lack …", "a
// promising start", "the most promising": "promising" after a determiner or
// a degree word, or after a form of "be" with nothing it could govern next
// (a conjunction, a comma, the sentence's end), or after another word in
// lower case and "and" or "but", is an adjective ("is promising donors five
// tickets", "are promising to cut taxes" are verbs).
bool PromisingAsAdjective(const Context& ctx, const Cue& cue) {
  if (!EqualsLower(ctx.TokenText(cue.first), "promising") || cue.first == 0) return false;
  const uint32_t before = cue.first - 1, next = cue.first + 1;
  const bool governs_nothing = next >= ctx.size() || !ctx.IsWord(next) || ctx.InList(next, kWordAnd | kWordBut);
  // ("an awkward but promising transition"; not "… and promising to cut
  // taxes", "and promising that", "and promising them").
  const bool after_adjective = ctx.InList(before, kWordAnd | kWordBut) && next < ctx.size() && ctx.IsWord(next) &&
                               !ctx.InList(next, kWordTo | kWordThat) && ctx.PronounAt(next) == Pronoun::kNone &&
                               before > 0 && ctx.IsLowerWord(before - 1) && !ctx.IsCueWord(before - 1) &&
                               !ctx.WordEndsWith(before - 1, "ing");
  return ctx.InList(before, kDeterminerList) ||
         IsOneOf(ctx.TokenText(before), {"very", "most", "more", "less", "so"}) ||
         (ctx.InList(before, kBeFormList) && governs_nothing) || after_adjective;
}

// "… has been jailed for life and told he must serve at least 24 years":
// "told" (or "informed", "reminded") always names whom it tells, so one
// followed straight by a clause's subject pronoun is the passive, its "be"
// shared with an earlier verb or left out ("Staff, told they would lose …");
// its subject was told, and the teller goes unnamed.
bool TellsNoOne(const Context& ctx, const Cue& cue) {
  const uint32_t next = cue.first + 1;
  return next < ctx.size() && IsOneOf(ctx.TokenText(cue.first), {"told", "informed", "reminded"}) &&
         IsOneOf(ctx.TokenText(next), {"he", "she", "they", "we", "I"});
}

// "pleaded guilty to charges …", "pleaded not guilty": a plea in court, no
// report of what was said ("pleaded that …" and "pleaded with them" are).
bool IsPlea(const Context& ctx, const Cue& cue) {
  const std::string_view word = ctx.TokenText(cue.first);
  if (!EqualsLower(word.substr(0, std::min<size_t>(word.size(), 4)), "plea") && !EqualsLower(word, "pled")) {
    return false;
  }
  uint32_t next = cue.first + 1;
  if (next < ctx.size() && EqualsLower(ctx.TokenText(next), "not")) ++next;
  return next < ctx.size() && IsOneOf(ctx.TokenText(next), {"guilty", "innocent", "no", "Guilty", "Innocent"});
}

// "The economy, he said, is in good shape": a cue set off by commas inside
// the clause it reports, whose words after it open with a verb, reports
// that whole clause, its subject before the cue included (the words after
// the cue alone, "is in good shape", say nothing). Returns where the report
// starts: `rb`, or where the words before the cue start.
uint32_t SubjectBeforeParentheticalCue(const Context& ctx, const Cue& cue, uint32_t rb) {
  if (cue.source.empty() || rb == 0 || rb >= ctx.size() || rb != cue.last + 1 || !ctx.IsPunct(cue.last, ",") ||
      !ctx.IsWord(rb) || ctx.tokens()[rb].Has(kCapitalized) ||
      !ctx.InList(rb, kBeFormList | kBetweenSubjectAndCueList)) {
    return rb;
  }
  const uint32_t source = ctx.FirstTokenAt(cue.source.begin);
  if (source == 0 || !ctx.IsPunct(source - 1, ",") || cue.before_end + 1 != source) return rb;
  // A subject runs a few words; a longer run before the cue is no subject,
  // and the bound keeps a giant sentence of such cues linear.
  constexpr uint32_t kMaxSubjectTokens = 48;
  if (cue.before_end > cue.before_begin + kMaxSubjectTokens) return rb;
  uint32_t begin = PastConnective(ctx, PastDateline(ctx, cue.before_begin, cue.before_end), cue.before_end);
  // Past a clause before the subject's ("He had a rally that night - and
  // the permit, his campaign said, had been hard to get").
  for (uint32_t t = begin; t + 1 < cue.before_end; ++t) {
    const std::string_view word = ctx.TokenText(t);
    const bool dash = IsDatelineDash(word) || word == ";";
    const bool conjunction = (word == "and" || word == "but") && t > begin &&
                             (ctx.IsPunct(t - 1, ",") || IsDatelineDash(ctx.TokenText(t - 1)));
    if (dash || conjunction) begin = t + 1;
  }
  while (begin < cue.before_end && (ctx.InList(begin, kWordAnd | kWordBut) || !ctx.IsWord(begin))) ++begin;
  return ctx.CountWords(begin, cue.before_end) > 0 ? begin : rb;
}

// "… that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign
// manager for …": the rules took a name before the inverted cue for its
// subject and the person after it for what was said; such a cue reports
// nothing.
bool MissesInvertedPerson(const Context& ctx, const Cue& cue) {
  const Span person = PersonInvertedWithDescription(ctx, cue.first);
  return !person.empty() && !Overlaps(person, cue.source);
}

// "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested business mogul
// Donald Trump’s refusal … was disqualifying": a name after the cue that
// owns the noun after it opens what was said; it is no inverted subject,
// and the words before the cue are not what it said.
bool InvertedSourceOwnsNoun(const Context& ctx, const Cue& cue) {
  // ("According to HuffPost Pollster’s average" names its source so.)
  if (cue.source.empty() || cue.source.begin < cue.cue.end || EqualsLower(ctx.TokenText(cue.first), "according")) {
    return false;
  }
  const uint32_t after = ctx.FirstTokenAt(cue.source.end);
  return after < ctx.size() && IsOneOf(ctx.TokenText(after), {"’s", "'s"});
}

// "fast food workers in New York, Los Angeles and Seattle who demanded a $15
// minimum wage": "who" stands for people, never for the place named right
// before it; the rules' source is then a place that cannot have spoken (a
// longer source ending in a place speaks: "a professor at the University of
// California at Berkeley, who concluded").
bool PlaceBeforeWho(const Context& ctx, const Cue& cue) {
  if (cue.source.empty()) return false;
  const uint32_t last = ctx.FirstTokenAt(cue.source.end) - 1, after = last + 1;
  const int32_t mention = ctx.MentionEndingAt(last);
  return after < ctx.size() && mention >= 0 && ctx.doc().mentions[mention].type == EntityType::kLocation &&
         ctx.doc().mentions[mention].span.begin == cue.source.begin && EqualsLower(ctx.TokenText(after), "who");
}

// "NASA scientists using a telescope atop Mauna Kea have confirmed …",
// "Editorial pages across the country warned …", "senators vented about
// Sanders vowing to fight on and said …": a source right after a preposition
// is the object of a phrase inside the subject, not the subject; who spoke is
// unclear. Not when it is the subject of its own clause: a relative clause
// ("the investigation by a UN-OPCW panel, which said …") or a participle
// ("with Audi suggesting …"); nor a part's whole ("a third of independents
// say").
bool SourceAfterPreposition(const Context& ctx, const Cue& cue) {
  if (cue.source.empty() || cue.source.begin > cue.cue.begin) return false;
  uint32_t first = ctx.FirstTokenAt(cue.source.begin);
  // "Officials in Texas and Louisiana said", "voters in Alabama, Georgia
  // and Virginia said", "The exit poll published by the BBC, ITV and Sky
  // suggests": the first of names of one kind joined by "and", "or" or
  // commas follows the preposition.
  const int32_t last_name = ctx.MentionEndingAt(ctx.FirstTokenAt(cue.source.end) - 1);
  auto same_kind = [&](int32_t mention) {
    return mention >= 0 && last_name >= 0 && ctx.doc().mentions[mention].type == ctx.doc().mentions[last_name].type;
  };
  // (Names other than places only as a list's last after "and" or "or", not
  // after an opening phrase's comma: "In a letter to Zucker, Trump asked".)
  constexpr int kMaxJoinedNames = 8;
  const bool listed =
      last_name >= 0 && first >= 2 &&
      (ctx.doc().mentions[last_name].type == EntityType::kLocation || IsOneOf(ctx.TokenText(first - 1), {"and", "or"}));
  if (listed) {
    for (int joined = 0; joined < kMaxJoinedNames && first >= 2 && first < ctx.size() &&
                         (IsOneOf(ctx.TokenText(first - 1), {"and", "or"}) || ctx.IsPunct(first - 1, ","));
         ++joined) {
      const int32_t name = ctx.MentionEndingAt(first - 2);
      if (!same_kind(name)) break;
      first = ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin);
      // (Past its article: "by the BBC, ITV and Sky".)
      if (first > 0 && EqualsLower(ctx.TokenText(first - 1), "the")) --first;
    }
  }
  // (A capitalised "In" ends a headline before a line break.)
  if (first == 0 || first >= ctx.size() || !ctx.IsWord(first - 1) || !ctx.InList(first - 1, kPrepositionList) ||
      !IsLowerAscii(ctx.TokenText(first - 1)[0])) {
    return false;
  }
  // A participle's subject may follow "with" or "of": "with Audi
  // suggesting", "a chorus of Democrats urging" (not "the campaign of the
  // former senator from Pennsylvania saying").
  if (ctx.WordEndsWith(cue.first, "ing") && IsOneOf(ctx.TokenText(first - 1), {"with", "of", "without"})) return false;
  for (uint32_t t = ctx.FirstTokenAt(cue.source.end); t < cue.first && t < ctx.size(); ++t) {
    if (IsOneOf(ctx.TokenText(t), {"who", "which", "that"})) return false;
  }
  const bool part_of = EqualsLower(ctx.TokenText(first - 1), "of") && first >= 2 &&
                       (ctx.tokens()[first - 2].kind == TokenKind::kNumber ||
                        IsOneOf(ctx.TokenText(first - 2), {"third", "thirds", "half", "quarter", "percent", "%", "most",
                                                           "many", "some", "all", "majority", "few"}));
  return !part_of;
}

}  // namespace

// "Sen. Marco Rubio responded first, ripping into …", "at the moment he
// says it", "who advises the super PAC Priorities USA Action" (the name cut
// short): a word alone, or a time alone, is no clause of what was said.
bool SaysNothing(const Context& ctx, uint32_t rb, uint32_t re) {
  return ctx.CountAllWords(rb, re) <= 1 || PastTimeOfSpeaking(ctx, rb, re) >= re;
}

// (Kept out of its one caller: inlined, AttributeQuotes became a wasm
// function past the size V8 compiles well in parts, tests/js/load-cost.test.mjs.)
[[gnu::noinline]] void AddReportedSpeech(Context* ctx, const std::vector<Cue>& cues) {
  auto& quotes = ctx->doc().quotes;
  // Tokens inside spoken quotations before each token: a region holding
  // one is a quotation's, not reported speech.
  std::vector<uint32_t> spoken_before(ctx->size() + 1, 0);
  for (uint32_t t = 0; t < ctx->size(); ++t) {
    const int32_t q = ctx->QuoteOf(t);
    spoken_before[t + 1] = spoken_before[t] + (q >= 0 && quotes[q].kind != QuoteKind::kScare);
  }
  uint32_t covered_until = 0;  // a cue inside earlier reported speech is nested
  for (size_t c = 0; c < cues.size(); ++c) {
    const Cue& cue = cues[c];
    // Speech needs a speaker and a speech verb; headlines report nobody.
    if (cue.cue.begin < covered_until || cue.cls != CueClass::kSpeech || cue.source.empty() || cue.in_headline ||
        cue.negated || IsHypothetical(*ctx, cue.first) || PredicateOfFreeRelative(*ctx, cue) || IsPlea(*ctx, cue) ||
        StateModifiesNoun(*ctx, cue) || PromisingAsAdjective(*ctx, cue) || SourceAfterModal(*ctx, cue) ||
        IsPassiveVerb(*ctx, cue.first) || TellsNoOne(*ctx, cue) || MissesInvertedPerson(*ctx, cue) ||
        InvertedSourceOwnsNoun(*ctx, cue) || PlaceBeforeWho(*ctx, cue) || SourceAfterPreposition(*ctx, cue)) {
      continue;
    }
    uint32_t rb = cue.after_begin, re = cue.after_end;
    // A verb that introduces a quotation after it reports nothing else (one
    // after a later report's start is that report's: "Meta said it had
    // begun …, but warned the law would “…”").
    const uint32_t own_end = BeforeLaterReport(*ctx, cues, c, rb, re);
    if (re > rb && spoken_before[own_end] != spoken_before[rb]) continue;
    // One that closes a quotation (`“…,” Hollande said Friday as he entered
    // the talks`, `“…,” he said, cutting off a reporter`) reports the
    // quotation: what follows tells when, where or how, unless a clause
    // opens with "that"; a participle ("he said, adding he would…") reports
    // its own clause.
    if (ClosesQuotation(*ctx, cue) && !cue.explicit_clause) continue;
    rb = PastRelativeClause(*ctx, cue, rb, re);
    if (!AfterIsReported(*ctx, cue) || OpensRelativeClause(*ctx, cue, rb)) {
      if (!BeforeIsReported(*ctx, cue)) continue;
      re = cue.before_end;
      rb = AfterContrastingWhile(*ctx, PastConnective(*ctx, PastDateline(*ctx, cue.before_begin, re), re), re);
    } else {
      const uint32_t past_time = cue.explicit_clause ? rb : PastTimeOfSpeaking(*ctx, rb, re);
      // "said Friday [the plan is dead]"; the later report's start as above
      // unless the time words moved the start.
      re = BeforeContrast(*ctx, past_time, past_time == rb ? own_end : BeforeLaterReport(*ctx, cues, c, past_time, re));
      rb = past_time;
      re = EndOfOpeningSubordinateClause(*ctx, cue, rb, EndOfRelativeClause(*ctx, cue, rb, re));
      if (!cue.explicit_clause && !OpensClause(*ctx, rb, re)) re = BeforeMannerOfSpeaking(*ctx, rb, re);
      rb = SubjectBeforeParentheticalCue(*ctx, cue, rb);
    }
    if (spoken_before[re] != spoken_before[rb]) continue;
    // "Customers complained, the company said, that prices had risen": a
    // cue set off by commas right after this one's comma is the source of
    // what follows; this one reports nothing.
    if (c + 1 < cues.size() && rb > 0 && ctx->IsPunct(rb - 1, ",")) {
      const Cue& next = cues[c + 1];
      if (next.cls == CueClass::kSpeech && !next.source.empty() && next.source.begin == ctx->tokens()[rb].begin &&
          next.last < re && ctx->IsPunct(next.last, ",")) {
        continue;
      }
    }
    if (SaysNothing(*ctx, rb, re)) continue;
    Quote quote;
    quote.span = ctx->TokenSpan(rb, re);
    quote.content = quote.span;
    quote.kind = QuoteKind::kIndirect;
    quote.speaker = cue.source;
    quote.speaker_entity = cue.source_entity;
    quote.cue = cue.cue;
    quotes.push_back(quote);
    ctx->AddQuoteRange(rb, re);
    covered_until = std::max(covered_until, quote.span.end);
  }
}

}  // namespace attribution
}  // namespace annotator
