#include "attribution/speaker_candidates.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "ascii_case.h"
#include "dateline.h"
#include "person_gender.h"
#include "title_words.h"

namespace annotator {
namespace attribution {

// Whether the determiner at `det` is singular ("a", "each", "every") and
// the head at `head`, some words after it, a plural speaker noun, with no
// word of quantity right after the determiner.
bool SingularBeforePlural(const Context& ctx, uint32_t det, uint32_t head) {
  return det + 1 < head && IsOneOf(ctx.TokenText(det), {"a", "an", "A", "An", "each", "every", "Each", "Every"}) &&
         ctx.InList(head, kSpeakerNounList) && ctx.WordEndsWith(head, "s") && !ctx.WordEndsWith(head, "ss") &&
         !ctx.WordEndsWith(head, "us") && !ctx.WordEndsWith(head, "is") && !IsWordOfQuantity(ctx.TokenText(det + 1));
}

// The person named before an apposition that ends at token `t` ("Elspeth
// Macdonald, chief executive of the federation"): a person's name, a comma,
// then at most ten words that open in lower case; or an empty span.
Span PersonBeforeAppositionEndingAt(const Context& ctx, uint32_t t, uint32_t limit) {
  constexpr uint32_t kMaxWords = 10;
  uint32_t comma = t;
  while (comma > limit && t - comma < kMaxWords && ctx.IsWord(comma) && ctx.QuoteOf(comma) < 0) --comma;
  if (comma <= limit + 1 || comma == t || !ctx.IsPunct(comma, ",") || !ctx.IsLowerWord(comma + 1)) return {};
  const int32_t name = ctx.MentionEndingAt(comma - 1);
  if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) return {};
  // (Not the object of a preposition, which the speaker rules set aside: "a
  // frosty relationship with McConnell, now the Senate majority leader, who
  // in 2010 said".)
  const uint32_t first = ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin);
  if (first > limit && ctx.InList(first - 1, kPrepositionList)) return {};
  return ctx.doc().mentions[name].span;
}

Span SubjectEndingAt(const Context& ctx, uint32_t t, uint32_t limit) {
  // "Smith, who said", "the committee, which said": the subject is before
  // the relative pronoun (once).
  if (t > limit && t < ctx.size() && ctx.IsWord(t) && ctx.InList(t, kWordWho | kWordWhich)) {
    const uint32_t before = ctx.IsPunct(t - 1, ",") ? t - 1 : t;
    if (before <= limit) return {};
    // "Harper and Buckley first learned who had written it": after a verb
    // of knowing or asking, "who" asks; it stands for no one before it.
    if (before == t && IsOneOf(ctx.TokenText(t - 1), {"learned", "learnt", "learn", "knew", "know", "known", "asked",
                                                      "ask", "wondered", "wonder", "revealed", "discovered", "decided",
                                                      "decide", "remember", "remembered", "understand"})) {
      return {};
    }
    t = before - 1;
    // "Elspeth Macdonald, chief executive of the Scottish Fishermen's
    // Federation, who called on …": the person an apposition set off by
    // commas describes (not one a relative clause without its comma
    // restricts: "Zeke Emanuel, an oncologist who advised Obama, said").
    if (ctx.IsPunct(before, ",")) {
      const Span person = PersonBeforeAppositionEndingAt(ctx, t, limit);
      if (!person.empty()) return person;
    }
  }
  if (t < limit || ctx.QuoteOf(t) >= 0 || !ctx.IsWord(t)) return {};
  if (ctx.PronounAt(t) != Pronoun::kNone) return ctx.TokenSpan(t, t + 1);
  // "the Tax Foundation": the determiner before a name belongs to the speaker.
  auto with_determiner = [&](uint32_t first) {
    return first > limit && ctx.InList(first - 1, kDeterminerList) && ctx.QuoteOf(first - 1) < 0 ? first - 1 : first;
  };
  const int32_t mention = ctx.MentionEndingAt(t);
  if (mention >= 0) {
    Span name = ctx.doc().mentions[mention].span;
    uint32_t first = ctx.FirstTokenAt(name.begin);
    // "The Wisconsin Republican says": a people's or a party's word after a
    // place is one phrase with it.
    if (ctx.doc().mentions[mention].type == EntityType::kMisc && first > limit) {
      const int32_t place = ctx.MentionEndingAt(first - 1);
      if (place >= 0 && ctx.doc().mentions[place].type == EntityType::kLocation) {
        first = std::max(limit, ctx.FirstTokenAt(ctx.doc().mentions[place].span.begin));
      }
    }
    name.begin = ctx.tokens()[with_determiner(first)].begin;
    return name;
  }
  // "the 34-year-old mother of three replied": a number after "of" ends
  // the modifier of a speaker (SpeakerBefore looks past it).
  static constexpr std::string_view kSmallNumbers[] = {"two",   "three", "four", "five", "six",
                                                       "seven", "eight", "nine", "ten"};
  auto small_number = [&](uint32_t k) {
    return std::any_of(std::begin(kSmallNumbers), std::end(kSmallNumbers),
                       [&](std::string_view n) { return EqualsLower(ctx.TokenText(k), n); });
  };
  if (t > limit && EqualsLower(ctx.TokenText(t - 1), "of") && small_number(t)) return ctx.TokenSpan(t, t + 1);
  // "Another told the BBC": a determiner that stands for a noun named before.
  if (EqualsLower(ctx.TokenText(t), "another")) return ctx.TokenSpan(t, t + 1);
  if (ctx.InList(t, kNotInSubjectList | kDeterminerList)) return {};
  // "Albanese on Thursday rejected calls from …": a past tense right after a
  // capitalised word is that name's verb, and a cue word that can be a
  // plural noun after it is its object (not "Cuban-Americans polled said").
  if (t > limit && t + 1 < ctx.size() && ctx.IsLowerWord(t) && ctx.WordEndsWith(t, "ed") &&
      ctx.tokens()[t - 1].Has(kCapitalized) && ctx.WordEndsWith(t + 1, "s") &&
      !EqualsLower(ctx.TokenText(t + 1), "says")) {
    return {};
  }
  uint32_t first = t;
  for (int taken = 1; first > limit && taken < 6; ++taken) {
    uint32_t prev = first - 1;
    // "His Orange Democratic Movement (ODM) party said": past an acronym in
    // parentheses, to the name it stands for.
    if (prev >= limit + 3 && ctx.IsPunct(prev, ")") && ctx.IsPunct(prev - 2, "(") && ctx.IsWord(prev - 1) &&
        ctx.tokens()[prev - 1].Has(kAllCaps) && ctx.MentionEndingAt(prev - 3) >= 0) {
      first = prev - 2;
      prev = first - 1;
    }
    if (!ctx.IsWord(prev) || ctx.QuoteOf(prev) >= 0) break;
    if (ctx.InList(prev, kNotInSubjectList | kStanceVerbList) || (ctx.IsCueWord(prev) && !ctx.IsStateNoun(prev))) {
      break;
    }
    first = prev;
    // "withdraw a bill critics say mirrors …": a singular determiner cannot
    // open a plural head's phrase; the noun after it is an object the
    // speakers' relative clause tells about (not "a few critics", "a dozen
    // analysts").
    if (SingularBeforePlural(ctx, prev, t)) {
      first = t;
      break;
    }
    if (ctx.InList(prev, kDeterminerList)) {
      // "the two parties", "their three children": a number and the
      // determiner before it, before a noun for those who speak (not "in
      // the four early nominating states", where "states" is no verb).
      if (first > limit && small_number(first) && ctx.InList(first - 1, kDeterminerList) &&
          ctx.QuoteOf(first - 1) < 0 && ctx.InList(t, kSpeakerNounList)) {
        --first;
      }
      break;
    }
    // A name is taken whole, whatever its words ("a State Department
    // spokesperson" stopped at "State" as a verb).
    if (const int32_t name = ctx.MentionEndingAt(prev); name >= 0) {
      first = std::max(limit, ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin));
    }
  }
  // "The Morning Show’s producers say": a possessive takes in the name it
  // ends, whatever its words ("Show" stopped the walk as a verb).
  // (Not a conjunction that opens the sentence: "And The Washington Post's
  // editor said".)
  if (first > limit && ctx.IsPossessive(first)) {
    constexpr uint32_t kMaxNameWords = 4;
    const uint32_t end = first;
    while (first > limit && end - first < kMaxNameWords && ctx.IsWord(first - 1) && ctx.QuoteOf(first - 1) < 0 &&
           ctx.tokens()[first - 1].Has(kCapitalized) && !ctx.InList(first - 1, kDeterminerList | kNotInSubjectList)) {
      --first;
    }
    if (first == end) return {};
    first = with_determiner(first);
  }
  return ctx.TokenSpan(first, t + 1);
}

namespace {

bool NamesSpeaker(const Context& ctx, int32_t mention) {
  const EntityType type = ctx.doc().mentions[mention].type;
  return type == EntityType::kPerson || type == EntityType::kOrg;
}

// "said 9/11 widow Terry Strada", "said Sen. Ted Cruz": words that describe
// a person or organisation named at the end of the phrase belong to the
// speaker. The name must follow within four words, none of which could end
// the phrase.
Span DescribedNameStartingAt(const Context& ctx, uint32_t t, uint32_t limit) {
  for (uint32_t u = t + 1; u < limit && u < t + 5; ++u) {
    const int32_t mention = ctx.MentionStartingAt(u);
    if (mention >= 0 && NamesSpeaker(ctx, mention))
      return Span{ctx.tokens()[t].begin, ctx.doc().mentions[mention].span.end};
    // "Chief of Detectives Joseph Kenny": "of" inside a capitalised title.
    const bool title_of = ctx.TokenText(u) == "of" && ctx.tokens()[u - 1].Has(kCapitalized) && u + 1 < limit &&
                          ctx.tokens()[u + 1].Has(kCapitalized);
    if (ctx.QuoteOf(u) >= 0 || (ctx.InList(u, kNotInSubjectList) && !title_of) || ctx.IsCueWord(u)) break;
    // "told reporters he expected the House to …": a lower-case subject
    // pronoun or a determiner opens a clause, no description of the name
    // ("said murder suspect John Doe", "company IT manager" describe).
    if ((ctx.PronounAt(u) != Pronoun::kNone && !ctx.tokens()[u].Has(kCapitalized) &&
         !ctx.InList(u, kObjectPronounList)) ||
        ctx.InList(u, kDeterminerList)) {
      break;
    }
    if (!ctx.IsWord(u) && !ctx.IsPunct(u, ".")) break;
  }
  return {};
}

}  // namespace

// "said EU environment commissioner Jessika Roswall", "White House press
// secretary Karoline Leavitt said": a name (not a person's) that, with
// lower-case words, describes the person named after them, up to `limit`;
// empty when no person follows.
Span DescribedPersonAfterName(const Context& ctx, int32_t mention, uint32_t limit) {
  if (ctx.doc().mentions[mention].type == EntityType::kPerson) return {};
  const Span name = ctx.doc().mentions[mention].span;
  uint32_t after = ctx.FirstTokenAt(name.end);
  // Past the name's acronym in brackets: "Central Weather Administration
  // (CWA) forecaster Hsu Chung-yi".
  if (after + 2 < limit && ctx.IsPunct(after, "(") && ctx.IsPunct(after + 2, ")") &&
      ctx.tokens()[after + 1].Has(kAllCaps)) {
    after += 3;
  }
  // "NBC's Dante Chinni", "NBC's chief correspondent Andrea Mitchell".
  if (after < limit && ctx.IsPossessive(after)) {
    ++after;
    const int32_t next = after < limit ? ctx.MentionStartingAt(after) : -1;
    if (next >= 0 && ctx.doc().mentions[next].type == EntityType::kPerson &&
        ctx.doc().mentions[next].span.end <= ctx.tokens()[limit - 1].end) {
      return Span{name.begin, ctx.doc().mentions[next].span.end};
    }
  }
  // "said Senate Majority Leader Mitch McConnell": capitalised title words
  // between the name and the person's.
  constexpr uint32_t kMaxTitleWords = 3;
  for (uint32_t t = after; t < limit && t < after + kMaxTitleWords && ctx.IsWord(t) &&
                           ctx.tokens()[t].Has(kCapitalized) && ctx.QuoteOf(t) < 0;
       ++t) {
    const int32_t next = ctx.MentionStartingAt(t + 1);
    if (t + 1 < limit && next >= 0 && ctx.doc().mentions[next].type == EntityType::kPerson &&
        ctx.doc().mentions[next].span.end <= ctx.tokens()[limit - 1].end) {
      return Span{name.begin, ctx.doc().mentions[next].span.end};
    }
    if (ctx.MentionStartingAt(t) >= 0) break;
  }
  if (after >= limit || !ctx.IsWord(after) || ctx.tokens()[after].Has(kCapitalized) ||
      ctx.InList(after, kNotInSubjectList)) {
    return {};
  }
  const Span described = DescribedNameStartingAt(ctx, after, limit);
  const int32_t person = described.empty() ? -1 : ctx.MentionEndingAt(ctx.FirstTokenAt(described.end) - 1);
  if (person < 0 || ctx.doc().mentions[person].type != EntityType::kPerson) return {};
  // A title, a word for someone who speaks or an agent noun right before
  // the person's name ("press secretary", "Lt.", "commissioner",
  // "columnist"), and no participle among the words ("Syrian hackers
  // backing embattled President Bashar Assad"); not a verb ("Gulf sources
  // believe Erdogan", "Democrats see Sanders").
  const uint32_t first = ctx.FirstTokenAt(ctx.doc().mentions[person].span.begin);
  for (uint32_t t = after; t < first; ++t) {
    if (ctx.WordEndsWith(t, "ing")) return {};
  }
  const uint32_t before = first - 1;
  const bool describes = ctx.InList(before, kSpeakerNounList) || ctx.tokens()[before].Has(kCapitalized) ||
                         ctx.WordEndsWith(before, "er") || ctx.WordEndsWith(before, "or") ||
                         ctx.WordEndsWith(before, "ist") || ctx.WordEndsWith(before, "man") ||
                         ctx.WordEndsWith(before, "woman");
  return describes ? Span{name.begin, described.end} : Span{};
}

namespace {

// "says Singapore's water chief", "said Britain's foreign secretary": the
// name at mention `m` (starting at token `t`), its possessive and lower-case
// words up to a speaker noun; the person named after them, when one is
// ("said Clinton's top foreign policy aide Jake Sullivan", "said Rubio's
// deputy campaign manager, Rich Beeson"). Empty when the name has no such
// possessive description.
Span PossessiveDescription(const Context& ctx, int32_t m, uint32_t t, uint32_t limit) {
  constexpr uint32_t kMaxDescription = 4;
  const uint32_t possessive = ctx.FirstTokenAt(ctx.doc().mentions[m].span.end);
  if (possessive + 1 >= limit || !ctx.IsPossessive(possessive)) return {};
  // "opined Cleveland's Plain Dealer", "said Britain's BBC": a name owned,
  // when it ends the phrase, or a person named there ("said NPR's Feng").
  if (ctx.tokens()[possessive + 1].Has(kCapitalized)) {
    uint32_t u = possessive + 1;
    for (; u < limit && u <= possessive + kMaxDescription && ctx.IsWord(u) && ctx.tokens()[u].Has(kCapitalized); ++u) {
      const int32_t named = ctx.MentionStartingAt(u);
      if (named >= 0 && ctx.doc().mentions[named].type == EntityType::kPerson) {
        return Span{ctx.tokens()[t].begin, ctx.doc().mentions[named].span.end};
      }
    }
    const bool ends = u >= limit || !ctx.IsWord(u) || ctx.InList(u, kPrepositionList | kNotInSubjectList);
    return ends ? ctx.TokenSpan(t, u) : Span{};
  }
  for (uint32_t u = possessive + 1; u < limit && u <= possessive + kMaxDescription; ++u) {
    if (!ctx.IsWord(u) || ctx.tokens()[u].Has(kCapitalized)) return {};
    if (!ctx.InList(u, kSpeakerNounList) ||
        (u + 1 < limit && ctx.IsWord(u + 1) && ctx.InList(u + 1, kSpeakerNounList))) {
      continue;
    }
    const uint32_t named = u + 2 < limit && ctx.IsPunct(u + 1, ",") ? u + 2 : u + 1;
    const int32_t person = named < limit ? ctx.MentionStartingAt(named) : -1;
    if (person >= 0 && ctx.doc().mentions[person].type == EntityType::kPerson) return ctx.doc().mentions[person].span;
    return ctx.TokenSpan(t, u + 1);
  }
  return {};
}

// A person named in apposition after a description, set off by commas or
// ending the phrase; `comma` is the token after the description.
Span PersonInApposition(const Context& ctx, uint32_t comma, uint32_t limit) {
  if (comma + 1 >= limit || !ctx.IsPunct(comma, ",") || !ctx.IsLowerWord(comma - 1)) return {};
  // (A title the recognizer left out may come first: "the bill's sponsor,
  // Sen. Marisol Ortega-Wheeler, D-Tucson".)
  const int32_t person = ctx.MentionStartingAt(PastPersonTitle(ctx, comma + 1, limit));
  if (person < 0 || ctx.doc().mentions[person].type != EntityType::kPerson) return {};
  const Span name = ctx.doc().mentions[person].span;
  const uint32_t after = ctx.FirstTokenAt(name.end);
  const bool set_off = after >= limit || ctx.IsPunct(after, ",") || ctx.IsPunct(after, ".");
  return set_off ? name : Span{};
}

}  // namespace

Span SubjectStartingAt(const Context& ctx, uint32_t t, uint32_t limit) {
  if (t >= limit || !ctx.IsWord(t) || ctx.QuoteOf(t) >= 0) return {};
  if (ctx.PronounAt(t) != Pronoun::kNone) return ctx.TokenSpan(t, t + 1);
  const auto& tokens = ctx.tokens();
  const int32_t mention = ctx.MentionStartingAt(t);
  if (mention >= 0) {
    const Span described = PossessiveDescription(ctx, mention, t, limit);
    if (!described.empty()) return described;
  }
  if (mention >= 0 && NamesSpeaker(ctx, mention)) {
    const Span described = DescribedPersonAfterName(ctx, mention, limit);
    return described.empty() ? ctx.doc().mentions[mention].span : described;
  }
  if (!ctx.InList(t, kNotInSubjectList | kDeterminerList)) {
    const Span described = DescribedNameStartingAt(ctx, t, limit);
    if (!described.empty()) return described;
  }
  if (mention >= 0) return ctx.doc().mentions[mention].span;
  uint32_t last = t;
  if (ctx.InList(t, kDeterminerList)) {
    // "according to the Election Commission of India": the whole name, when
    // it ends the phrase (not "a Washington Post analysis").
    const int32_t name = t + 1 < limit ? ctx.MentionStartingAt(t + 1) : -1;
    if (name >= 0 && NamesSpeaker(ctx, name) && ctx.doc().mentions[name].span.end <= ctx.tokens()[limit - 1].end) {
      const uint32_t after = ctx.FirstTokenAt(ctx.doc().mentions[name].span.end);
      if (after >= limit || !ctx.IsWord(after) || ctx.InList(after, kPrepositionList | kNotInSubjectList)) {
        return Span{ctx.tokens()[t].begin, ctx.doc().mentions[name].span.end};
      }
    }
    while (last + 1 < limit && last - t < 5 && ctx.IsWord(last + 1)) {
      if (ctx.InList(last + 1, kNotInSubjectList)) break;
      // "telling the court the man had …": an article or a possessive after
      // a noun opens another phrase.
      if (last > t && IsOneOf(ctx.TokenText(last + 1), {"the", "a", "an", "his", "her", "its", "their", "our"})) break;
      // "says the letter signed by seven physicians", "said the report
      // released on Monday": a participle after the noun modifies it.
      // (Not after a name: "a document Matthesen prepared" names its author.)
      if (last > t && ctx.WordEndsWith(last + 1, "ed") && !ctx.WordEndsWith(last, "ly") &&
          !ctx.tokens()[last].Has(kCapitalized)) {
        break;
      }
      ++last;
    }
    return last > t ? ctx.TokenSpan(t, last + 1) : Span{};
  }
  if (!tokens[t].Has(kCapitalized)) return {};
  while (last + 1 < limit && last - t < 3 && tokens[last + 1].Has(kCapitalized) && ctx.IsWord(last + 1)) {
    ++last;
  }
  return ctx.TokenSpan(t, last + 1);
}

Span SpeakerStartingAt(const Context& ctx, uint32_t t, uint32_t limit) {
  const Span subject = SubjectStartingAt(ctx, t, limit);
  if (subject.empty() || !ctx.InList(t, kDeterminerList)) return subject;
  const Span named = PersonInApposition(ctx, ctx.FirstTokenAt(subject.end), limit);
  return named.empty() ? subject : named;
}

namespace {

// "Clinton boldly suggested", "aides increasingly signaled": a lower-case
// -ly word between a subject and its verb is an adverb; the few nouns so
// spelt that can speak are not ("the family said").
bool IsMannerAdverb(const Context& ctx, uint32_t t) {
  if (ctx.tokens()[t].Has(kCapitalized) || !ctx.WordEndsWith(t, "ly") || ctx.Word(t).lists != 0 || ctx.IsCueWord(t)) {
    return false;
  }
  static constexpr std::string_view kNouns[] = {"family", "assembly", "ally", "rally", "supply", "monopoly"};
  const std::string_view word = ctx.TokenText(t);
  for (std::string_view noun : kNouns) {
    if (EqualsLower(word, noun)) return false;
  }
  return word.size() >= 5;
}

// Whether token `t` ends a person's, organisation's, place's or other name
// (not a date: "on Wednesday" is one).
bool InsideName(const Context& ctx, uint32_t t) {
  const int32_t m = ctx.MentionEndingAt(t);
  return m >= 0 && IsNameType(ctx.doc().mentions[m].type);
}

// Whether token `t` is an honour or a rank of counsel in capitals ("KC", "OBE").
bool IsPostNominal(const Context& ctx, uint32_t t) {
  if (!ctx.IsWord(t) || !ctx.tokens()[t].Has(kAllCaps)) return false;
  for (std::string_view word : kPostNominals) {
    if (EqualsLower(ctx.TokenText(t), word)) return true;
  }
  return false;
}

}  // namespace

bool BetweenSubjectAndVerb(const Context& ctx, uint32_t t, uint32_t sb) {
  return ctx.IsWord(t) && ctx.InList(t, kBetweenSubjectAndCueList) &&
         !(t > sb && ctx.tokens()[t].Has(kCapitalized) && !ctx.InHeadline(t));
}

bool IsHypothetical(const Context& ctx, uint32_t verb) {
  const uint32_t sb = ctx.SentenceBegin(verb);
  for (uint32_t t = verb; t > 0 && t + 4 > verb && BetweenSubjectAndVerb(ctx, t - 1, sb); --t) {
    const std::string_view word = ctx.TokenText(t - 1);
    if (IsOneOf(word, {"will", "would", "could", "may", "might", "'ll", "’ll", "'d", "’d"})) return true;
  }
  return false;
}

bool OpensInfinitive(const Context& ctx, uint32_t to, uint32_t end) {
  return ctx.InList(to, kWordTo) && to + 1 < end && ctx.IsLowerWord(to + 1) &&
         !ctx.InList(to + 1, kDeterminerList | kObjectPronounList) && ctx.tokens()[to + 1].kind != TokenKind::kNumber;
}

uint32_t SubjectEnd(const Context& ctx, uint32_t t, uint32_t sb) {
  uint32_t s = t;
  for (int skipped = 0; s > sb && skipped < 4; ++skipped) {
    if (ctx.IsPunct(s - 1, ")")) {
      uint32_t open = s - 1;
      while (open > sb && open + 10 > s && !ctx.IsPunct(open, "(")) --open;
      if (!ctx.IsPunct(open, "(")) break;
      s = open;
      continue;
    }
    // "Nvidia on Wednesday reported", "Smith yesterday told": when they spoke.
    // Not a name's last word: "USA Today reported".
    constexpr uint32_t kMaxTimeWords = 3;
    uint32_t time = s;
    while (time > sb && s - time < kMaxTimeWords && ctx.IsWord(time - 1) && IsTimeOfSpeaking(ctx.TokenText(time - 1)) &&
           !InsideName(ctx, time - 1)) {
      --time;
    }
    if (time < s) {
      s = time > sb && EqualsLower(ctx.TokenText(time - 1), "on") ? time - 1 : time;
      continue;
    }
    // "As Paul Volcker liked to say", "as he used to say": a habit's verb and
    // "to" before the verb of speech (not "a term Rubio has used to
    // describe Trump", whose "used" has an object).
    if (s >= sb + 2 && ctx.InList(s - 1, kWordTo) &&
        IsOneOf(ctx.TokenText(s - 2), {"liked", "likes", "used", "loved", "loves"}) &&
        !(s >= sb + 3 && ctx.InList(s - 3, kBetweenSubjectAndCueList | kBeFormList))) {
      s -= 2;
      continue;
    }
    // "prosecutor Nicholas Johnson KC said": the name is the subject.
    if (IsPostNominal(ctx, s - 1) && s >= sb + 2 && ctx.MentionEndingAt(s - 2) >= 0) {
      --s;
      continue;
    }
    if (!BetweenSubjectAndVerb(ctx, s - 1, sb) && !(ctx.IsWord(s - 1) && IsMannerAdverb(ctx, s - 1))) break;
    --s;
  }
  return s;
}

bool IsSentenceConnective(std::string_view word) {
  return IsOneOf(word, {"Meanwhile", "However", "Separately", "Still", "Also", "Moreover", "Furthermore",
                        "Additionally", "Nonetheless", "Nevertheless", "Instead", "Indeed", "Meantime", "Then"});
}

bool IsClockSuffix(std::string_view word) {
  return IsOneOf(word, {"am", "pm", "a.m.", "p.m.", "AM", "PM", "GMT", "ET", "BST"});
}

uint32_t PastPersonTitle(const Context& ctx, uint32_t t, uint32_t limit) {
  return t + 1 < limit && ctx.IsWord(t) && IsPersonTitle(ctx.TokenText(t)) ? t + 1 : t;
}

uint32_t PastDateline(const Context& ctx, uint32_t rb, uint32_t re) {
  // A dash left of a dateline whose last word's period ended a sentence:
  // "JASPER, Alta. — A wildfire …".
  if (rb + 1 < re && rb == ctx.SentenceBegin(rb) && IsDatelineDash(ctx.TokenText(rb))) return rb + 1;
  // A live blog's time stamp: "11:05pm — In New Jersey, …", "9:45 a.m. -".
  if (rb + 2 < re && !ctx.TokenText(rb).empty() && ctx.TokenText(rb)[0] >= '0' && ctx.TokenText(rb)[0] <= '9' &&
      ctx.TokenText(rb).find(':') != std::string_view::npos) {
    uint32_t t = rb + 1;
    if (IsClockSuffix(ctx.TokenText(t))) ++t;
    if (t + 1 < re && IsDatelineDash(ctx.TokenText(t))) return t + 1;
  }
  // The agency alone, its place lost in a page's layout: "(Reuters) — The
  // New York State Attorney General …".
  if (rb + 3 < re && ctx.TokenText(rb) == "(" && ctx.IsWord(rb + 1) && ctx.tokens()[rb + 1].Has(kCapitalized) &&
      ctx.TokenText(rb + 2) == ")" && IsDatelineDash(ctx.TokenText(rb + 3))) {
    return rb + 4;
  }
  if (rb >= re || !ctx.IsWord(rb)) return rb;
  const uint32_t limit = std::min<uint32_t>(re, rb + kMaxDatelineTokens);
  uint32_t t = rb + 1, words = 1;
  const int32_t place = ctx.MentionStartingAt(rb);
  const bool named_place = place >= 0 && ctx.doc().mentions[place].type == EntityType::kLocation;
  if (ctx.tokens()[rb].Has(kAllCaps) && ctx.TokenText(rb).size() >= 3) {
    // The place in capitals: "JERUSALEM/GAZA", "ST. LOUIS".
    for (; t < limit; ++t) {
      const bool word = ctx.IsWord(t) && ctx.tokens()[t].Has(kAllCaps);
      if (!word && ctx.TokenText(t) != "/" && ctx.TokenText(t) != ".") break;
      words += word;
    }
  } else if (named_place) {
    // The place as a name: "New York, NY – The range of …", "Nairobi —".
    t = ctx.FirstTokenAt(ctx.doc().mentions[place].span.end);
    if (t < limit && ctx.TokenText(t) == ":") return rb;
  } else {
    return rb;
  }
  if (t >= limit) return rb;
  if (IsDatelineDash(ctx.TokenText(t))) return t + 1;  // "LONDON —"
  // "NEW DELHI:" in the Indian press; one word before a colon is more often
  // a transcript's speaker ("BLITZER:"), unless it names a place ("PATNA:").
  if (ctx.TokenText(t) == ":") {
    return words >= 2 || named_place ? t + 1 : rb;
  }
  // Then a region, a date and the agency, up to the dash: "KHARTOUM, Sudan
  // (AP) —", "LONDON, Dec 2 (Reuters) -" (not "NATO Secretary General …").
  if (ctx.TokenText(t) != "," && ctx.TokenText(t) != "(") return rb;
  for (; t < limit; ++t) {
    const std::string_view text = ctx.TokenText(t);
    if (IsDatelineDash(text)) return t + 1;
    // The agency's bracket closes it with no dash before a capitalised
    // word: "Taipei, July 16 (CNA) Taiwan's electricity demand …".
    if (text == ")" && t >= rb + 2 && ctx.TokenText(t - 2) == "(" && t + 1 < re && ctx.IsWord(t + 1) &&
        ctx.tokens()[t + 1].Has(kCapitalized)) {
      return t + 1;
    }
    const bool part = text == "," || text == "(" || text == ")" || text == "." ||
                      ctx.tokens()[t].kind == TokenKind::kNumber ||
                      (ctx.IsWord(t) && ctx.tokens()[t].Has(kCapitalized));
    if (!part) return rb;
  }
  return rb;
}

namespace {

// Where the words after a short title in quotation marks that starts at token
// `t` and ends in a comma begin ("“Face the Nation,” Sen. …"); kNoToken when
// no such title starts there.
uint32_t CommaClosingTitle(const Context& ctx, uint32_t t, uint32_t limit) {
  constexpr size_t kMaxTitleWords = 6;
  if (t >= limit || ctx.QuoteOf(t) < 0) return kNoToken;
  const auto q = static_cast<uint32_t>(ctx.QuoteOf(t));
  const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
  if (last >= limit || last < first + 2 || ctx.CountAllWords(first, last) > kMaxTitleWords) return kNoToken;
  uint32_t inside = last;
  while (inside > first && ctx.tokens()[inside - 1].kind == TokenKind::kQuote) --inside;
  // (In title case: not the first words of a split quotation, "“The way I
  // see it,” she elaborated".)
  return inside > first + 1 && ctx.IsPunct(inside - 1, ",") && ctx.IsTitleCase(first, inside - 1) ? last : kNoToken;
}

}  // namespace

Span OpeningSubject(const Context& ctx, uint32_t sb, uint32_t limit, bool article) {
  uint32_t u = PastDateline(ctx, sb, limit);
  // Up to two introductory phrases: "On July 6, 2015, Sanders made …".
  for (int attempt = 0; attempt < 3 && u < limit; ++attempt) {
    if (ctx.IsWord(u) && ctx.QuoteOf(u) < 0) {
      const Pronoun pronoun = ctx.PronounAt(u);
      if (pronoun == Pronoun::kPerson || pronoun == Pronoun::kThing) return ctx.TokenSpan(u, u + 1);
      // "President Obama is rolling out …", "Prime Minister Narendra Modi
      // congratulated …", "Sen. Rand Paul voted …": a title before the name
      // (a speaker noun, or an abbreviation that keeps its period), perhaps
      // after a word or two of its own.
      // (An honorific without its period too: "Sir Keir Starmer", "Dame …".)
      auto title_word = [&](uint32_t t) {
        const std::string_view word = ctx.TokenText(t);
        return ctx.InList(t, kSpeakerNounList) || (word.size() >= 3 && word.back() == '.') ||
               HonorificGender(word) != Gender::kUnknown;
      };
      constexpr uint32_t kMaxTitleWords = 3;
      uint32_t w = u;
      // Not past a word that opens a clause or a phrase ("When Mr. Trump",
      // "But Sen. Pat Toomey", "In Sen. …").
      constexpr uint32_t kNotTitle = kNotInSubjectList | kDeterminerList | kPrepositionList | kNotContentStartList |
                                     kWordBut | kWordAnd | kAdjunctStartList;
      // A nationality may open it ("Kenyan President William Ruto").
      auto nationality = [&](uint32_t t) {
        const int32_t m = ctx.MentionStartingAt(t);
        return m >= 0 && ctx.doc().mentions[m].type == EntityType::kMisc &&
               ctx.FirstTokenAt(ctx.doc().mentions[m].span.end) == t + 1;
      };
      while (w + 1 < limit && w + 1 < u + kMaxTitleWords && ctx.IsWord(w) && ctx.tokens()[w].Has(kCapitalized) &&
             (ctx.MentionStartingAt(w) < 0 || (w == u && nationality(w))) && !ctx.InList(w, kNotTitle) &&
             !title_word(w)) {
        ++w;
      }
      // An abbreviation opens the title ("Meanwhile Sen. Rand Paul" is no title).
      const bool abbreviation = !ctx.InList(w, kSpeakerNounList);
      const int32_t person = w + 1 < limit ? ctx.MentionStartingAt(w + 1) : -1;
      // The title's noun may be lower case after a capitalised word
      // ("Agriculture minister Gurmeet Singh Khudian").
      const bool title_case = ctx.tokens()[w].Has(kCapitalized) || (w > u && ctx.InList(w, kSpeakerNounList));
      const bool title = ctx.IsWord(w) && title_case && !ctx.InList(w, kNotTitle) && title_word(w) &&
                         !(abbreviation && w > u) && person >= 0 &&
                         ctx.doc().mentions[person].type == EntityType::kPerson;
      if (title) return Span{ctx.tokens()[u].begin, ctx.doc().mentions[person].span.end};
      // "On the court's steps, defense lawyer Anthony R. DeLuca told …": a
      // role in lower case right before the name.
      for (uint32_t r = u; r + 1 < limit && r < u + kMaxTitleWords && ctx.IsLowerWord(r) && !ctx.InList(r, kNotTitle);
           ++r) {
        const int32_t named = ctx.InList(r, kSpeakerNounList) ? ctx.MentionStartingAt(r + 1) : -1;
        if (named >= 0 && ctx.doc().mentions[named].type == EntityType::kPerson) {
          return Span{ctx.tokens()[u].begin, ctx.doc().mentions[named].span.end};
        }
      }
      int32_t mention = ctx.MentionStartingAt(u);
      // Not one that modifies a noun: "The Treasury secretary also lauded
      // …" is a person.
      if (article && mention < 0 && u + 1 < limit && EqualsLower(ctx.TokenText(u), "the")) {
        const int32_t named = ctx.MentionStartingAt(u + 1);
        if (named >= 0 && ctx.doc().mentions[named].type == EntityType::kOrg) {
          const uint32_t after = ctx.FirstTokenAt(ctx.doc().mentions[named].span.end);
          if (after >= limit || !ctx.InList(after, kSpeakerNounList)) mention = named;
        }
      }
      // "Brazil's central bank kept …", "Trump's lawyers filed …": a name's
      // possessive and a speaker noun after a few lower-case words. Without
      // the possessive, the name modifies a title before a person's name
      // ("Greens housing spokesman Max Chandler-Mather hit back").
      const uint32_t after_name = mention >= 0 ? ctx.FirstTokenAt(ctx.doc().mentions[mention].span.end) : limit;
      const bool possessive = after_name + 1 < limit && ctx.AfterPossessive(after_name + 1);
      const uint32_t first = possessive ? after_name + 1 : after_name;
      const bool modifier = mention >= 0 && ctx.doc().mentions[mention].type != EntityType::kPerson;
      if (first < limit && (possessive || modifier)) {
        constexpr uint32_t kMaxModifiers = 3;
        for (uint32_t w = first; w < limit && w <= first + kMaxModifiers; ++w) {
          if (!ctx.IsWord(w) || ctx.tokens()[w].Has(kCapitalized) || ctx.InList(w, kNotInSubjectList)) break;
          if (!ctx.InList(w, kSpeakerNounList)) continue;
          // "Punjab's agriculture minister Gurmeet Singh Khudian": the
          // person the words describe is the subject, not the place.
          const int32_t named = w + 1 < limit ? ctx.MentionStartingAt(w + 1) : -1;
          const bool person = named >= 0 && ctx.doc().mentions[named].type == EntityType::kPerson;
          if (!possessive && !person) break;
          return Span{ctx.tokens()[u].begin, person ? ctx.doc().mentions[named].span.end : ctx.tokens()[w].end};
        }
      }
      const Span described = mention >= 0 ? DescribedPersonAfterName(ctx, mention, limit) : Span{};
      if (!described.empty()) return described;
      if (mention >= 0 && (ctx.doc().mentions[mention].type == EntityType::kPerson ||
                           ctx.doc().mentions[mention].type == EntityType::kOrg)) {
        return ctx.doc().mentions[mention].span;
      }
    }
    uint32_t comma = u;
    while (comma < limit && comma < sb + 10 && !ctx.IsPunct(comma, ",") && ctx.QuoteOf(comma) < 0) ++comma;
    // "On “Face the Nation,” Sen. Bernie Sanders …": a title in quotation
    // marks whose comma the closing mark follows ends the phrase too.
    if (const uint32_t closed = CommaClosingTitle(ctx, comma, limit); closed != kNoToken) {
      u = closed;
      continue;
    }
    if (comma >= limit || !ctx.IsPunct(comma, ",")) break;
    u = comma + 1;
  }
  return {};
}

namespace {

// "Israel's military body that coordinates aid, COGAT, disputed the
// figures": the name set off by commas right before the verb, within a few
// words after a subject whose head is no name; -1 when there is none (not
// an item of a list: "…, Instagram, and WhatsApp").
int32_t NameInApposition(const Context& ctx, uint32_t t, uint32_t limit) {
  constexpr uint32_t kMaxWords = 8;
  for (uint32_t c = t; c + 3 < limit && c < t + kMaxWords; ++c) {
    if (!ctx.IsPunct(c, ",")) continue;
    const int32_t name = ctx.MentionStartingAt(c + 1);
    if (name < 0) return -1;
    const uint32_t after = ctx.FirstTokenAt(ctx.doc().mentions[name].span.end);
    const bool verb_next = after + 1 < limit && ctx.IsPunct(after, ",") && ctx.IsLowerWord(after + 1) &&
                           !ctx.InList(after + 1, kWordAnd) && !EqualsLower(ctx.TokenText(after + 1), "or");
    return verb_next ? name : -1;
  }
  return -1;
}

}  // namespace

std::array<int32_t, 2> OpeningSubjectNamesAt(const Context& ctx, uint32_t t) {
  std::array<int32_t, 2> names{-1, -1};
  uint32_t s = ctx.SentenceOf(t), limit = t;
  // (After a quotation of several sentences, `“… didn't. That's on all of
  // us,” the Briton said`: from the sentence the quotation opens.)
  if (const int32_t q = ctx.QuoteOf(ctx.SentenceFirst(s)); q >= 0 && ctx.QuoteLast(q) <= t) {
    s = ctx.SentenceOf(ctx.QuoteFirst(q));
    limit = ctx.SentenceFirst(s + 1);
  }
  for (uint32_t back = 0; back < names.size() && back <= s; ++back) {
    const uint32_t sb = ctx.SentenceFirst(s - back);
    const uint32_t end = back == 0 ? limit : ctx.SentenceFirst(s - back + 1);
    const Span subject = OpeningSubject(ctx, sb, end);
    if (subject.empty()) continue;
    names[back] = ctx.MentionEndingAt(ctx.HeadToken(subject));
    if (names[back] < 0) names[back] = NameInApposition(ctx, ctx.FirstTokenAt(subject.end), end);
  }
  return names;
}

Span SubjectAfterQuote(const Context& ctx, uint32_t t, uint32_t se) {
  if (t < se && ctx.IsPunct(t, ",")) ++t;
  if (t >= se || !ctx.IsWord(t) || ctx.QuoteOf(t) >= 0) return {};
  Span subject;
  const Pronoun pronoun = ctx.PronounAt(t);
  auto lower_word = [&](uint32_t k) { return k < se && ctx.IsLowerWord(k); };
  if (pronoun == Pronoun::kPerson || pronoun == Pronoun::kThing) {
    subject = ctx.TokenSpan(t, t + 1);
  } else if (ctx.InList(t, kDeterminerList) && lower_word(t)) {
    // "“Hands!” an officer ordered", "one local resident recalled", "the
    // committee chairmen wrote", "the Florida senator said": a determiner
    // and speaker nouns, after one lower-case modifier or one name of a
    // place, a body or a party at most (not a people: "the Saudis state").
    uint32_t noun = t + 1;
    const int32_t modifier = noun < se ? ctx.MentionStartingAt(noun) : -1;
    if (lower_word(noun) && !ctx.InList(noun, kSpeakerNounList)) {
      ++noun;
    } else if (modifier >= 0 && ctx.doc().mentions[modifier].type != EntityType::kPerson) {
      const std::string_view name = ctx.doc().Text(ctx.doc().mentions[modifier].span);
      if (ctx.doc().mentions[modifier].type != EntityType::kMisc || name.back() != 's') {
        noun = ctx.FirstTokenAt(ctx.doc().mentions[modifier].span.end);
      }
    }
    if (!lower_word(noun) || !ctx.InList(noun, kSpeakerNounList)) return {};
    while (lower_word(noun + 1) && ctx.InList(noun + 1, kSpeakerNounList)) ++noun;
    subject = ctx.TokenSpan(t, noun + 1);
  } else {
    const int32_t mention = ctx.MentionStartingAt(t);
    if (mention < 0 || ctx.doc().mentions[mention].type != EntityType::kPerson) return {};
    subject = ctx.doc().mentions[mention].span;
  }
  const auto& tokens = ctx.tokens();
  uint32_t next = t;
  while (next < se && tokens[next].end <= subject.end) ++next;
  if (next >= se || !ctx.IsWord(next) || tokens[next].Has(kCapitalized)) return {};
  return subject;
}

int32_t DashedMention(const Context& ctx, uint32_t after) {
  const auto& tokens = ctx.tokens();
  if (after + 1 >= tokens.size() || tokens[after].kind != TokenKind::kPunct) return -1;
  const std::string_view dash = ctx.TokenText(after);
  if (dash != "―" && dash != "—" && dash != "–" && dash != "-" && dash != "--") return -1;
  return ctx.MentionStartingAt(after + 1);
}

namespace {

// Nouns of documents that speak for whoever wrote or issued them: "a
// statement saying", "the report, which concluded", "the sign, which read".
bool IsDocumentNoun(std::string_view word) {
  static constexpr std::string_view kDocuments[] = {
      "statement", "letter", "release", "memo",   "communique",    "communiqué", "report", "study",
      "survey",    "poll",   "ruling",  "filing", "lawsuit",       "complaint",  "email",  "message",
      "tweet",     "post",   "ad",      "advert", "advertisement", "sign"};
  return std::any_of(std::begin(kDocuments), std::end(kDocuments),
                     [&](std::string_view d) { return EqualsLower(word, d); });
}

}  // namespace

Span IssuerOfDocument(const Context& ctx, Span document) {
  if (document.empty()) return {};
  const uint32_t head = ctx.HeadToken(document);
  const uint32_t first = ctx.FirstTokenAt(document.begin);
  // "a statement", or with one word between: "the following statement", "a joint statement".
  const bool modified = head == first + 2 && ctx.IsLowerWord(first + 1);
  if ((head != first + 1 && !modified) || !IsOneOf(ctx.TokenText(first), {"a", "an", "the"}) ||
      !IsDocumentNoun(ctx.TokenText(head))) {
    return {};
  }
  const uint32_t sb = ctx.SentenceBegin(first);
  auto issues = [&](uint32_t t) {
    return IsOneOf(ctx.TokenText(t), {"issued", "released", "sent", "published", "posted", "wrote", "penned", "issues",
                                      "releases", "sends", "publishes", "posts", "writes", "pens"});
  };
  // "put out a statement", "blasted out an email to supporters".
  const bool out = first >= sb + 3 && ctx.TokenText(first - 1) == "out" &&
                   (issues(first - 2) || IsOneOf(ctx.TokenText(first - 2), {"put", "puts", "blasted", "blasts"}));
  const uint32_t verb = out ? first - 2 : first - 1;
  if (first <= sb + 1 || !(out || issues(verb))) return {};
  const uint32_t s = SubjectEnd(ctx, verb, sb);
  return s > sb ? SpeakerBefore(ctx, s, sb) : Span{};
}

Span PersonInvertedWithDescription(const Context& ctx, uint32_t cue) {
  constexpr uint32_t kMaxWords = 3;
  if (cue == 0 || cue + 1 >= ctx.size() || !ctx.IsPunct(cue - 1, ",") ||
      !IsOneOf(ctx.TokenText(cue), {"said", "says", "added", "wrote", "explained"})) {
    return {};
  }
  const int32_t name = ctx.MentionStartingAt(cue + 1);
  if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) return {};
  const Span person = ctx.doc().mentions[name].span;
  const uint32_t comma = ctx.FirstTokenAt(person.end), se = ctx.SentenceEnd(cue);
  if (comma >= se || !ctx.IsPunct(comma, ",")) return {};
  for (uint32_t t = comma + 1; t < se && t <= comma + kMaxWords; ++t) {
    if (!ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized)) return {};
    if (ctx.InList(t, kSpeakerNounList)) return person;
  }
  return {};
}

Span InvertedTitleOf(const Context& ctx, Span speaker, uint32_t cue) {
  constexpr uint32_t kMaxTitleWords = 3;
  if (speaker.empty() || cue >= ctx.size() || ctx.tokens()[cue].begin >= speaker.begin) return {};
  const uint32_t of = ctx.FirstTokenAt(speaker.end), se = ctx.SentenceEnd(cue);
  if (of >= se || !EqualsLower(ctx.TokenText(of), "of")) return {};
  uint32_t t = of + 1;
  for (; t < se && t <= of + kMaxTitleWords; ++t) {
    if (!ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized) || ctx.InList(t, kDeterminerList | kNotInSubjectList) ||
        ctx.PronounAt(t) != Pronoun::kNone || ctx.IsCueWord(t)) {
      break;
    }
  }
  if (t == of + 1) return {};
  // ("…, said the president's chief of staff, Susie Wiles.": the name set
  // off by a comma, the clause ending after it.)
  const bool apposition = t + 1 < se && ctx.IsPunct(t, ",");
  const int32_t name = t < se ? ctx.MentionStartingAt(apposition ? t + 1 : t) : -1;
  if (name >= 0 && ctx.doc().mentions[name].type == EntityType::kPerson) {
    const Span person = ctx.doc().mentions[name].span;
    const uint32_t after = ctx.FirstTokenAt(person.end);
    if (!apposition || after >= se || ctx.tokens()[after].kind == TokenKind::kPunct) return person;
  }
  // The title alone ends the clause or goes on with a phrase of its own.
  const bool ends = t >= se || !ctx.IsWord(t) || ctx.InList(t, kPrepositionList);
  return ends ? Span{speaker.begin, ctx.tokens()[t - 1].end} : Span{};
}

Span SpeakerAfterInvertedCue(const Context& ctx, uint32_t cue) {
  if (cue == 0 || cue + 2 >= ctx.size() || ctx.QuoteOf(cue - 1) < 0 || !ctx.IsCueWord(cue)) return {};
  const uint32_t first = cue + 1;
  const bool article = IsOneOf(ctx.TokenText(first), {"one", "a", "an", "another"});
  // Lower-case words of a title or modifiers ("master of ceremonies", "former
  // secretary of state", "well-connected").
  constexpr uint32_t kMaxWords = 4;
  uint32_t word = article ? first + 1 : first;
  const uint32_t words_end = word + kMaxWords;
  while (word < ctx.size() && word < words_end && ctx.IsLowerWord(word) && ctx.PronounAt(word) == Pronoun::kNone &&
         (!ctx.InList(word, kDeterminerList | kNotInSubjectList) || EqualsLower(ctx.TokenText(word), "of"))) {
    ++word;
  }
  const int32_t name = word < ctx.size() ? ctx.MentionStartingAt(word) : -1;
  if (name < 0) return {};
  const Mention& mention = ctx.doc().mentions[name];
  if (mention.type == EntityType::kPerson && !article && word > first) return mention.span;
  // One of a party or a people: one word in the singular ("Democrat", not
  // "Democrats" nor "Democratic Party").
  const uint32_t last = ctx.FirstTokenAt(mention.span.end) - 1;
  if (!article || mention.type != EntityType::kMisc || last != word || ctx.WordEndsWith(last, "s")) return {};
  return Span{ctx.tokens()[first].begin, mention.span.end};
}

Span PersonHeadingApposition(const Context& ctx, Span speaker, uint32_t cue) {
  constexpr uint32_t kMaxAppositionTokens = 32;
  const uint32_t first = ctx.FirstTokenAt(speaker.begin);
  const int32_t own = ctx.MentionStartingAt(first);
  // The apposition closes with a comma before the verb (", said"); a new
  // clause's subject runs into it ("…, prosecutors said").
  if ((own >= 0 && ctx.doc().mentions[own].type == EntityType::kPerson) || ctx.PronounAt(first) != Pronoun::kNone ||
      cue >= ctx.size() || cue == 0 || !ctx.IsPunct(cue - 1, ",") || speaker.end > ctx.tokens()[cue - 1].begin) {
    return {};
  }
  const uint32_t sb = ctx.SentenceBegin(first);
  for (uint32_t c = first; c > sb + 1 && c + kMaxAppositionTokens > first; --c) {
    if (ctx.QuoteOf(c - 1) >= 0 || ctx.IsCueWord(c - 1)) return {};
    if (!ctx.IsPunct(c - 1, ",")) continue;
    const int32_t name = ctx.MentionEndingAt(c - 2);
    if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) continue;
    const Span person = ctx.doc().mentions[name].span;
    return InsideModifier(ctx, ctx.FirstTokenAt(person.begin), sb) ? Span{} : person;
  }
  return {};
}

bool IsPassiveVerb(const Context& ctx, uint32_t verb) {
  return verb > 0 && verb < ctx.size() && ctx.WordEndsWith(verb, "ed") && ctx.IsWord(verb - 1) &&
         (ctx.InList(verb - 1, kBeFormList) || IsOneOf(ctx.TokenText(verb - 1), {"'re", "’re"}));
}

Span PeopleAfterAdjective(const Context& ctx, Span speaker) {
  constexpr uint32_t kMaxWords = 4;
  const uint32_t adjective = ctx.FirstTokenAt(speaker.begin);
  const int32_t m = ctx.MentionStartingAt(adjective);
  if (m < 0 || ctx.doc().mentions[m].type != EntityType::kMisc || ctx.doc().mentions[m].span.end != speaker.end ||
      ctx.tokens()[adjective].end != speaker.end || ctx.WordEndsWith(adjective, "s")) {
    return {};
  }
  // The last speaker noun of the phrase ("American military officials").
  uint32_t people = adjective;
  for (uint32_t t = adjective + 1; t < ctx.size() && t <= adjective + kMaxWords; ++t) {
    if (!ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized) || ctx.QuoteOf(t) >= 0 || ctx.IsCueWord(t) ||
        (ctx.InList(t, kNotInSubjectList) && !ctx.InList(t, kWordAnd))) {
      break;
    }
    if (ctx.InList(t, kSpeakerNounList)) people = t;
  }
  return people > adjective ? Span{speaker.begin, ctx.tokens()[people].end} : Span{};
}

Span AntecedentOfRelative(const Context& ctx, uint32_t cue) {
  uint32_t t = cue;
  while (t > 0 && IsOneOf(ctx.TokenText(t - 1), {"has", "have", "had", "also", "previously", "once", "later"})) --t;
  if (t < 3 || !IsOneOf(ctx.TokenText(t - 1), {"which", "that"})) return {};
  uint32_t end = t - 2;
  if (ctx.IsPunct(end, ",") || ctx.IsPunct(end, "—") || ctx.IsPunct(end, "–")) --end;
  const uint32_t sb = ctx.SentenceBegin(t - 1);
  if (end <= sb || end >= t - 1 || ctx.QuoteOf(end) >= 0) return {};
  const int32_t name = ctx.MentionEndingAt(end);
  if (name >= 0) {
    const Mention& mention = ctx.doc().mentions[name];
    return mention.type == EntityType::kOrg ? mention.span : Span{};
  }
  if (!IsDocumentNoun(ctx.TokenText(end))) return {};
  // Back over its modifiers to its determiner: "a new 30-second ad".
  for (uint32_t first = end; first > sb && end - first < 5; --first) {
    const uint32_t before = first - 1;
    if (IsOneOf(ctx.TokenText(before), {"a", "an", "the", "this", "his", "her", "its", "their", "our"})) {
      return Span{ctx.tokens()[before].begin, ctx.tokens()[end].end};
    }
    if (!ctx.IsWord(before) || ctx.tokens()[before].Has(kCapitalized) || ctx.IsCueWord(before)) return {};
  }
  return {};
}

Span DashCredit(const Context& ctx, uint32_t after, bool opens_line) {
  const int32_t mention = DashedMention(ctx, after);
  if (mention < 0 || ctx.doc().mentions[mention].type != EntityType::kPerson) return {};
  const Span name = ctx.doc().mentions[mention].span;
  // Inside a sentence, a credit ends with the name or goes on with where or
  // when it was said ("— David McKinley on Sunday", "— Neil Gaiman,
  // author"); a verb after the name makes it the subject of the writer's
  // next clause ("his book “Musicophilia” — Steenburgen wasn’t aware …").
  // A quotation that opens its line is a headline's, whose verb is the
  // speaker's ("'It means more than extra' - Stefanos Tsitsipas revels …").
  const uint32_t next = ctx.FirstTokenAt(name.end);
  const auto& tokens = ctx.tokens();
  if (!opens_line && next < tokens.size() && !tokens[next].Has(kNewlineBefore) &&
      tokens[next].kind == TokenKind::kWord && !tokens[next].Has(kCapitalized) &&
      !IsOneOf(ctx.TokenText(next), {"on", "in", "at", "of", "from", "to", "via"})) {
    return {};
  }
  return name;
}

uint32_t TellBefore(const Context& ctx, uint32_t first, uint32_t sb) {
  if (first > sb && EqualsLower(ctx.TokenText(first - 1), "the")) --first;
  if (first <= sb) return kNoToken;
  const std::string_view verb = ctx.TokenText(first - 1);
  const bool tell = EqualsLower(verb, "told") || EqualsLower(verb, "tell") || EqualsLower(verb, "tells") ||
                    EqualsLower(verb, "telling");
  return tell ? first - 1 : kNoToken;
}

namespace {

// Whether the word at `t` counts members of a group: "one", "two", "each",
// "many", "some" (a number written in digits too).
bool IsQuantifier(const Context& ctx, uint32_t t) {
  static constexpr std::string_view kQuantifiers[] = {"one",  "two",  "three", "four",    "five", "each",
                                                      "both", "many", "some",  "several", "most", "none"};
  return ctx.tokens()[t].kind == TokenKind::kNumber ||
         std::any_of(std::begin(kQuantifiers), std::end(kQuantifiers),
                     [&](std::string_view q) { return EqualsLower(ctx.TokenText(t), q); });
}

// The speaker phrase before the preposition or "and" that opens
// `modifier`, past further modifiers ("Experts on North Korea and nuclear
// nonproliferation"), when it is a plausible speaker; else an empty span.
Span HeadBeforeModifier(const Context& ctx, Span modifier, uint32_t sb) {
  uint32_t first = ctx.FirstTokenAt(modifier.begin);
  for (int hop = 0; hop < 3; ++hop) {
    if (first < sb + 2 || !ctx.InList(first - 1, kPrepositionList | kWordAnd)) return {};
    // "A source close to the prince", "people familiar with the matter":
    // an adjective that takes the preposition stands after the head; so
    // does a participle ("experts not involved in the research", "analysts
    // based in London", "engineers working on the project", "residents
    // reached by telephone", "witnesses contacted by AFP", "a source briefed
    // on the talks").
    uint32_t end = first - 2;
    if (first >= sb + 3 &&
        IsOneOf(ctx.TokenText(first - 2), {"close", "familiar", "loyal", "opposed", "sympathetic", "allied", "friendly",
                                           "involved", "based", "working", "reached", "contacted", "interviewed",
                                           "surveyed", "polled", "questioned", "briefed", "knowledgeable"})) {
      end = first - 3;
      if (end > sb && EqualsLower(ctx.TokenText(end), "not")) --end;
    }
    Span head = SubjectEndingAt(ctx, end, sb);
    // "One of the victims said", "the mother of one of the victims said":
    // a number or a quantifier before "of" stands for the noun after it,
    // and speaks when that noun would.
    if (head.empty() && hop == 0 && end + 2 == first && EqualsLower(ctx.TokenText(first - 1), "of") &&
        IsQuantifier(ctx, end)) {
      // (Not "some of it": a thing.)
      if (!IsPlausibleSpeaker(ctx, modifier) || EqualsLower(ctx.TokenText(first), "it")) return {};
      head = ctx.TokenSpan(end, end + 1);
      first = end;
      if (first >= sb + 2 && ctx.InList(first - 1, kPrepositionList | kWordAnd)) continue;
      return head;
    }
    if (head.empty()) return {};
    // "replacing it with softer language calling for …": a personal pronoun
    // takes no prepositional phrase ("he and his staff" stay).
    const bool pronoun = ctx.PronounAt(first - 2) != Pronoun::kNone && ctx.FirstTokenAt(head.begin) == first - 2;
    if (pronoun && ctx.InList(first - 1, kPrepositionList)) return {};
    first = ctx.FirstTokenAt(head.begin);
    // (", and analysts at Nomura said": "and" after a comma that ends no
    // name joins a new clause, whose subject the head opens; after a name
    // it ends a list: "Chris Kuo, Struan Wilkie, and Owen Dempsey of …".)
    const bool new_clause = first >= sb + 3 && ctx.InList(first - 1, kWordAnd) && ctx.IsPunct(first - 2, ",") &&
                            ctx.MentionEndingAt(first - 3) < 0;
    const bool modifies = first >= sb + 2 && ctx.InList(first - 1, kPrepositionList | kWordAnd) && !new_clause;
    if (!modifies) return IsPlausibleSpeaker(ctx, head) ? head : Span{};
  }
  return {};
}

// The name before "and" that the name starting at `first` (or after its
// "the") is joined to: its mention, or -1.
int32_t ConjunctBefore(const Context& ctx, uint32_t first, uint32_t sb) {
  const bool determiner = EqualsLower(ctx.TokenText(first), "the") && first + 1 < ctx.size();
  if (first < sb + 2 || !ctx.InList(first - 1, kWordAnd) || ctx.MentionStartingAt(determiner ? first + 1 : first) < 0) {
    return -1;
  }
  return ctx.MentionEndingAt(first - 2);
}

// "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin
// wrote": two persons, each after a title, joined by "and" at the start of
// the clause; the span of the first with its title, or an empty span.
Span TitledPeopleBefore(const Context& ctx, uint32_t first, uint32_t sb) {
  const uint32_t title = TitleBefore(ctx, first, sb);
  if (title == first || title < sb + 2 || !ctx.InList(title - 1, kWordAnd)) return {};
  const int32_t second = ctx.MentionStartingAt(first), person = ctx.MentionEndingAt(title - 2);
  if (second < 0 || person < 0 || ctx.doc().mentions[second].type != EntityType::kPerson ||
      ctx.doc().mentions[person].type != EntityType::kPerson) {
    return {};
  }
  // The first title runs back to the clause's start: capitalised words,
  // "of" and "the" between them ("Secretary of State"), after "But",
  // "And" or "Both" at most (not "As Donald Trump and Sen. Ted Cruz
  // lamented", a clause of its own).
  const uint32_t named = ctx.FirstTokenAt(ctx.doc().mentions[person].span.begin);
  uint32_t opens = named;
  auto in_title = [&](uint32_t w) {
    if (IsOneOf(ctx.TokenText(w), {"of", "the"})) return true;
    return ctx.tokens()[w].Has(kCapitalized) && !ctx.InList(w, kNotInSubjectList | kWordAnd | kWordBut) &&
           !EqualsLower(ctx.TokenText(w), "both");
  };
  while (opens > sb && ctx.IsWord(opens - 1) && ctx.QuoteOf(opens - 1) < 0 && in_title(opens - 1)) --opens;
  const bool connective =
      opens == sb + 1 && (ctx.InList(sb, kWordAnd | kWordBut) || EqualsLower(ctx.TokenText(sb), "both"));
  if ((opens != sb && !connective) || opens == named) return {};
  return Span{ctx.tokens()[opens].begin, ctx.doc().mentions[person].span.end};
}

// "Google and Meta said", "John Smith and Mary Jones said": two names of
// one type joined by "and" that open the clause speak together; the span
// takes in the first ("the Justice Department and Congress" too), and the
// speakers they are examples of. Not a name that ends a phrase before:
// "criticised France and Macron said".
Span WithConjunctBefore(const Context& ctx, Span source, uint32_t sb) {
  const uint32_t first = ctx.FirstTokenAt(source.begin);
  if (const Span titled = TitledPeopleBefore(ctx, first, sb); !titled.empty()) return Span{titled.begin, source.end};
  Span before;  // the first of the two
  if (const int32_t conjunct = ConjunctBefore(ctx, first, sb); conjunct >= 0) {
    const int32_t second = ctx.MentionStartingAt(EqualsLower(ctx.TokenText(first), "the") ? first + 1 : first);
    if (ctx.doc().mentions[conjunct].type != ctx.doc().mentions[second].type) return source;
    before = ctx.doc().mentions[conjunct].span;
  } else {
    // "the United Nations and aid groups said", "police and witnesses
    // said": an organisation, a person or a description of speakers and a
    // description of speakers speak together too.
    if (first < sb + 2 || !ctx.InList(first - 1, kWordAnd)) return source;
    const int32_t name = ctx.MentionEndingAt(first - 2);
    const EntityType type = name >= 0 ? ctx.doc().mentions[name].type : EntityType::kMisc;
    if (name >= 0 && type != EntityType::kOrg && type != EntityType::kPerson) return source;
    before = name >= 0 ? ctx.doc().mentions[name].span : SubjectEndingAt(ctx, first - 2, sb);
    if (before.empty() || (name < 0 && SpeakerKindOf(ctx, before) != SpeakerKind::kDescription)) return source;
  }
  uint32_t opens = ctx.FirstTokenAt(before.begin);
  if (opens > sb && IsOneOf(ctx.TokenText(opens - 1), {"the", "The", "Both", "both"})) --opens;
  if (opens > sb && EqualsLower(ctx.TokenText(opens - 1), "both")) --opens;
  // (At the clause's start, or after the comma that sets off a speaker
  // after the words: "…, the United Nations and aid groups said", "The
  // strike closed schools in Chicago, teachers and parents said"; not the
  // last items of a list: "voters in Alabama, Georgia and Virginia said",
  // "Farmers, truckers, shop owners and residents said", whose item before
  // the comma is a name of the same type or a few words.)
  bool set_off = opens > sb + 1 && ctx.IsPunct(opens - 1, ",");
  if (set_off) {
    const int32_t item = ctx.MentionEndingAt(opens - 2);
    const int32_t first_name = ctx.MentionStartingAt(ctx.FirstTokenAt(before.begin));
    const bool same_type =
        item >= 0 && first_name >= 0 && ctx.doc().mentions[item].type == ctx.doc().mentions[first_name].type;
    constexpr uint32_t kMaxItemWords = 3;
    uint32_t words = 0, t = opens - 1;
    for (; t > sb && !ctx.IsPunct(t - 1, ",") && words <= kMaxItemWords; --t) words += ctx.IsWord(t - 1);
    // (A connective that opens the sentence is no item: "However, both
    // Vindman and Williams told lawmakers".)
    const bool connective = t == sb && words == 1 && IsSentenceConnective(ctx.TokenText(sb));
    // (Nor an apposition to a person: "said Bob Mulholland, a California
    // superdelegate and Clinton supporter who has accused …".)
    const bool apposition = item >= 0 && ctx.doc().mentions[item].type == EntityType::kPerson;
    set_off = !same_type && !apposition && (words > kMaxItemWords || connective);
  }
  if (opens == sb || set_off) return Span{ctx.tokens()[opens].begin, source.end};
  // "Chelsea's co-sporting directors Laurence Stewart and Paul Winstanley
  // said": the two are the speakers the plural noun that opens the clause
  // names.
  if (opens > sb && ctx.InList(opens - 1, kSpeakerNounList) && ctx.WordEndsWith(opens - 1, "s")) {
    const Span title = SubjectEndingAt(ctx, opens - 1, sb);
    if (!title.empty() && ctx.FirstTokenAt(title.begin) == sb) return Span{title.begin, source.end};
  }
  // "Policymakers including Isabel Schnabel and Joachim Nagel have said":
  // the speakers the two names are examples of.
  if (opens >= sb + 2 && EqualsLower(ctx.TokenText(opens - 1), "including")) {
    const Span head = SubjectEndingAt(ctx, opens - 2, sb);
    if (!head.empty() && ctx.FirstTokenAt(head.begin) == sb && IsPlausibleSpeaker(ctx, head)) {
      return Span{head.begin, source.end};
    }
  }
  return source;
}

// The subject phrase ending at token `t`, whole: "Experts on North Korea
// said", "a spokesman for the company said", "RT and its defenders say":
// the speaker heads the phrase before a preposition (whose object is the
// subject only as a relative pronoun's antecedent with no head before it:
// "criticised by John Smith, who said") or "and"; two names joined by
// "and" speak together ("Google and Meta said").
// The determiner that opens the nouns a name at `first` stands beside ("the
// state weather bureau Pagasa", "his wife Maria"), or `first` when no
// determiner and lower-case words come right before it. A noun of time or
// manner opens a clause, no apposition: "At the moment Sanders announced",
// "the day Trump said".
uint32_t FirstOfCloseApposition(const Context& ctx, uint32_t first, uint32_t sb) {
  constexpr uint32_t kMaxNouns = 4;
  if (first <= sb || IsOneOf(ctx.TokenText(first - 1), {"moment", "day", "time", "week", "month", "year", "night",
                                                        "morning", "evening", "hour", "minute", "way", "reason"})) {
    return first;
  }
  uint32_t w = first;
  while (w > sb && first - w < kMaxNouns && ctx.IsLowerWord(w - 1) &&
         !ctx.InList(w - 1, kDeterminerList | kNotInSubjectList | kPrepositionList)) {
    --w;
  }
  return w < first && w > sb && ctx.InList(w - 1, kDeterminerList) ? w - 1 : first;
}

Span SubjectPhraseEndingAt(const Context& ctx, uint32_t t, uint32_t sb) {
  const Span source = SubjectEndingAt(ctx, t, sb);
  if (source.empty()) return source;
  const uint32_t first = ctx.FirstTokenAt(source.begin);
  // ("Health authorities in China’s Inner Mongolia have confirmed": the
  // object of the preposition is the possessive phrase.)
  uint32_t phrase_first = first;
  if (first >= sb + 2 && IsOneOf(ctx.TokenText(first - 1), {"’s", "'s"})) {
    const int32_t owner = ctx.MentionEndingAt(first - 2);
    phrase_first = owner >= 0 ? ctx.FirstTokenAt(ctx.doc().mentions[owner].span.begin) : first - 2;
  }
  // ("Aldrin Magtanggol of the state weather bureau Pagasa said": a name
  // after the nouns it stands beside is their phrase's.)
  phrase_first = FirstOfCloseApposition(ctx, phrase_first, sb);
  // (So is one after where it is based: "Dr Pen Sovanrith of the Phnom
  // Penh-based Mekong Economic Forum said".)
  if (phrase_first > sb + 1 && phrase_first == first && EndsWith(ctx.TokenText(first - 1), "-based")) {
    uint32_t w = first - 1;
    while (w > sb && ctx.IsWord(w - 1) && ctx.tokens()[w - 1].Has(kCapitalized)) --w;
    if (w > sb && ctx.InList(w - 1, kDeterminerList)) phrase_first = w - 1;
  }
  // (Past a compass point before a place: "Farmers in south St Elizabeth
  // say", whose place was the speaker.)
  if (phrase_first > sb + 1 && ctx.IsLowerWord(phrase_first - 1) &&
      IsOneOf(ctx.TokenText(phrase_first - 1),
              {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}) &&
      ctx.InList(phrase_first - 2, kPrepositionList)) {
    --phrase_first;
  }
  const bool object = phrase_first > sb && ctx.InList(phrase_first - 1, kPrepositionList);
  // "Gareth Bloomfield of Avon and Somerset Police said": the second of two
  // names after "of" is no subject either, when a speaker heads the phrase
  // (not "… asked for a photo and Clinton said", a clause of its own).
  if (const int32_t conjunct = object ? -1 : ConjunctBefore(ctx, first, sb); conjunct >= 0) {
    const uint32_t before = ctx.FirstTokenAt(ctx.doc().mentions[conjunct].span.begin);
    if (before > sb && EqualsLower(ctx.TokenText(before - 1), "of")) {
      // The head opens the clause (not "The senator criticised the
      // president of France and Macron said …").
      const Span head = HeadBeforeModifier(ctx, source, sb);
      uint32_t head_first = head.empty() ? sb : ctx.FirstTokenAt(head.begin);
      // (past a title: "Det Insp Gareth Bloomfield of …")
      while (head_first > sb && ctx.IsWord(head_first - 1) && ctx.tokens()[head_first - 1].Has(kCapitalized)) {
        --head_first;
      }
      if (!head.empty() && (head_first == sb || ctx.IsPunct(head_first - 1, ","))) return Span{head.begin, source.end};
    }
  }
  if (!object && IsPlausibleSpeaker(ctx, source)) return WithConjunctBefore(ctx, source, sb);
  // ("members of the Saudi government, which has denied": "which" is the
  // government's, never the people's before it)
  const Span object_phrase{ctx.tokens()[phrase_first].begin, source.end};
  const Span head = ctx.InList(t, kWordWhich) ? Span{} : HeadBeforeModifier(ctx, object_phrase, sb);
  if (!head.empty()) return Span{head.begin, source.end};
  // "criticised by John Smith, who said", "levied by the European Union,
  // which contended", "lined up with Priebus, who has said": the object of
  // "by", "from", "with" or "of" before a relative pronoun and a comma
  // speaks when no speaker heads the phrase (not "a source close to the
  // prince, who asked", "campaigners for the families, who said"); "who"
  // a person's, not a place's ("… from Manchester, who said"); "which" an
  // organisation's or a document's ("the leak of the report, which
  // concluded"), not people's ("a survey of 2,000 workers, which said").
  static constexpr std::string_view kBodies[] = {"panel",    "association", "union",     "council",    "board",
                                                 "court",    "authority",   "institute", "foundation", "coalition",
                                                 "alliance", "regulator",   "watchdog",  "charity"};
  if (t < sb + 2 || !ctx.IsPunct(t - 1, ",") || first <= sb ||
      !IsOneOf(ctx.TokenText(first - 1), {"by", "from", "with", "of"}) || !IsPlausibleSpeaker(ctx, source)) {
    return {};
  }
  const uint32_t head_word = ctx.HeadToken(source);
  const int32_t name = ctx.MentionEndingAt(head_word);
  const EntityType type = name < 0 ? EntityType::kMisc : ctx.doc().mentions[name].type;
  if (ctx.InList(t, kWordWho)) return type == EntityType::kPerson || name < 0 ? source : Span{};
  const bool body = name < 0 && (ctx.InList(head_word, kOrgNounList) || IsDocumentNoun(ctx.TokenText(head_word)) ||
                                 std::any_of(std::begin(kBodies), std::end(kBodies), [&](std::string_view d) {
                                   return EqualsLower(ctx.TokenText(head_word), d);
                                 }));
  return type == EntityType::kOrg || body ? source : Span{};
}

// "Michael Mulgrew, president of the United Federation of Teachers, which
// represents …, said": a description in apposition to the person named
// before its comma stands for that person. Nobody speaks when that person
// is the object of a preposition ("The family of Tom Hill, a pupil at …,
// said": the family does).
Span PersonBeforeApposition(const Context& ctx, Span description, uint32_t sb) {
  const uint32_t first = ctx.FirstTokenAt(description.begin);
  const bool describes = ctx.MentionStartingAt(first) < 0 && ctx.PronounAt(first) == Pronoun::kNone;
  if (first < sb + 2 || !ctx.IsPunct(first - 1, ",") || !describes) return description;
  const int32_t name = ctx.MentionEndingAt(first - 2);
  if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) return description;
  const Span person = ctx.doc().mentions[name].span;
  return InsideModifier(ctx, ctx.FirstTokenAt(person.begin), sb) ? Span{} : person;
}

// Whether token `t` ends a lawmaker's party and state set off by a comma
// ("Sen. Marco Rubio, R-Fla., appearing on Fox News …, said"): a party's
// initial, a hyphen and the state, which the tokenizer cuts at its periods
// ("R-Fla" "."; "D-N" "." "Y" ".").
bool IsPartyAndState(const Context& ctx, uint32_t t, uint32_t sb) {
  constexpr uint32_t kMaxTokens = 6;
  uint32_t first = t;
  while (first > sb && first + kMaxTokens > t && !ctx.IsPunct(first - 1, ",")) --first;
  if (first == sb || !ctx.IsPunct(first - 1, ",")) return false;
  const std::string_view label = ctx.doc().Text(Span{ctx.tokens()[first].begin, ctx.tokens()[t].end});
  if (label.size() < 3 || (label[0] != 'R' && label[0] != 'D' && label[0] != 'I') || label[1] != '-' ||
      !IsUpperAscii(label[2])) {
    return false;
  }
  return std::all_of(label.begin() + 2, label.end(),
                     [](char c) { return IsUpperAscii(c) || IsLowerAscii(c) || c == '.' || c == ' '; });
}

// Whether token `t` ends an age ("Cory James, 22, said"), a lawmaker's
// party and state ("R-Fla.") or where someone is from: a place after "of",
// "from" or "in", or after another place and a comma ("…, of Flint, Mich.,
// said", "a truck driver from Ava, Mo., who …, said").
bool IsAgeOrOrigin(const Context& ctx, uint32_t t, uint32_t sb) {
  if (ctx.tokens()[t].kind == TokenKind::kNumber || IsPartyAndState(ctx, t, sb)) return true;
  auto place_ending_at = [&](uint32_t u) {
    const int32_t m = ctx.MentionEndingAt(u);
    return m >= 0 && ctx.doc().mentions[m].type == EntityType::kLocation ? m : -1;
  };
  const int32_t place = place_ending_at(t);
  if (place < 0) return false;
  const uint32_t first = ctx.FirstTokenAt(ctx.doc().mentions[place].span.begin);
  if (first <= sb) return false;
  if (IsOneOf(ctx.TokenText(first - 1), {"of", "from", "in"})) return true;
  return first >= sb + 2 && ctx.IsPunct(first - 1, ",") && place_ending_at(first - 2) >= 0;
}

// Whether subject phrase `source` that ends at token `t` (perhaps empty) is
// no more than an age or where someone is from (IsAgeOrOrigin): not "Lee
// Zeldin of New York", whose place ends a person's phrase.
bool OnlyAgeOrOrigin(const Context& ctx, Span source, uint32_t t, uint32_t sb) {
  if (IsPartyAndState(ctx, t, sb)) return true;
  const int32_t name = ctx.MentionEndingAt(t);
  const bool only = source.empty() || (name >= 0 && source.begin >= ctx.doc().mentions[name].span.begin);
  return only && IsAgeOrOrigin(ctx, t, sb);
}

// Whether the lower-case words from token `c` up to `end` go on a list
// that "and" or "or" closes ("regeneration and climate committee"): the
// comma before `c` separates its items.
bool ListGoesOnAfter(const Context& ctx, uint32_t c, uint32_t end) {
  constexpr uint32_t kMaxItemTokens = 6;
  for (uint32_t t = c; t < end && t < c + kMaxItemTokens; ++t) {
    if (!ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized)) return false;
    if (IsOneOf(ctx.TokenText(t), {"and", "or"})) return true;
  }
  return false;
}

// The person named before the comma that opens the lower-case apposition
// holding token `inside` ("Ann Lee, a reader at Brunel University"), past
// the commas of a list in it ("a reader in nutrition, exercise and health
// at …"); an empty span when there is none, or when that person is the
// object of a preposition ("The family of Tom Hill, a pupil at …").
Span PersonBeforeDescription(const Context& ctx, uint32_t inside, uint32_t sb) {
  constexpr uint32_t kMaxDescriptionTokens = 16;
  for (uint32_t c = inside; c > sb + 1 && c + kMaxDescriptionTokens > inside; --c) {
    if (ctx.QuoteOf(c) >= 0) break;
    if (!ctx.IsPunct(c - 1, ",")) continue;
    if (!ctx.IsWord(c) || ctx.tokens()[c].Has(kCapitalized)) break;
    const Span description = ctx.TokenSpan(c, c + 1);
    const Span person = PersonBeforeApposition(ctx, description, sb);
    if (person.begin != description.begin) return person;
    if (!ListGoesOnAfter(ctx, c, inside)) break;
  }
  return {};
}

// "Two officials who spoke on condition of anonymity said", "Residents who
// fled the fighting told": a speaker phrase that opens its clause and a
// restrictive relative clause on it (no comma) before the verb at `end` +
// 1; the whole phrase, or an empty span.
Span SpeakerWithRelativeClause(const Context& ctx, uint32_t end, uint32_t sb) {
  constexpr uint32_t kMaxClauseTokens = 16;
  // The verb is the main clause's: not after "to", a modal, a form of "be"
  // or a determiner ("supporters who came to Philadelphia to protest",
  // "the lawyer who ran three marathons is talking", "the person who plays
  // Trump in the mock"), nor in a clause of its own inside ("critics who
  // say he should condemn", "the congressman who gained attention when he
  // yelled"). Nor "who" right before it: "He met voters who said …".
  if (ctx.InList(end, kWordTo | kBeFormList | kDeterminerList) || IsModal(ctx.TokenText(end))) {
    return {};
  }
  for (uint32_t t = end; t > sb && t + kMaxClauseTokens > end; --t) {
    const bool subject_pronoun = ctx.PronounAt(t) == Pronoun::kPerson && !ctx.InList(t, kObjectPronounList);
    if (!ctx.IsWord(t) || ctx.QuoteOf(t) >= 0 || subject_pronoun ||
        ctx.InList(t, kWordThat | kClauseWordList | kNotContentStartList)) {
      return {};
    }
    if (!EqualsLower(ctx.TokenText(t), "who")) continue;
    if (t == end) return {};
    const Span head = SubjectEndingAt(ctx, t - 1, sb);
    if (head.empty() || !IsPlausibleSpeaker(ctx, head)) return {};
    const uint32_t first = ctx.FirstTokenAt(head.begin);
    const bool opens = first == sb || ctx.IsPunct(first - 1, ",") || ctx.InList(first - 1, kWordAnd | kWordBut);
    return opens ? Span{head.begin, ctx.tokens()[end].end} : Span{};
  }
  return {};
}

// The person of mention `name` and those that "and" (and commas before it)
// join to it, as one speaker ("Her sons, Toby Stephens and Chris Larkin,
// said", as "Toby Stephens and Chris Larkin said" does); empty when `name`
// is no person or the persons are inside a modifier ("a protégé of John
// Bolton and Dick Cheney, would then have claimed").
Span PersonsEndingWith(const Context& ctx, int32_t name, uint32_t sb) {
  const auto is_person = [&](int32_t m) { return m >= 0 && ctx.doc().mentions[m].type == EntityType::kPerson; };
  if (!is_person(name)) return {};
  Span joined = ctx.doc().mentions[name].span;
  uint32_t first = ctx.FirstTokenAt(joined.begin);
  // Back over "and" once, then over commas between persons ("A, B and C"),
  // each perhaps after a title the recognizer left out ("Dr Ross Nieuwoudt
  // and Dr Melissa Ryan").
  auto past_title = [&](uint32_t t) {
    return t > sb && ctx.IsWord(t - 1) && IsPersonTitle(ctx.TokenText(t - 1)) ? t - 1 : t;
  };
  for (bool comma = false; past_title(first) >= sb + 2; comma = true) {
    const uint32_t joiner = past_title(first) - 1;
    const bool joins = comma ? ctx.IsPunct(joiner, ",") : IsOneOf(ctx.TokenText(joiner), {"and", "&"});
    const int32_t before = ctx.MentionEndingAt(joiner - 1);
    if (!joins || !is_person(before)) break;
    joined.begin = ctx.doc().mentions[before].span.begin;
    first = ctx.FirstTokenAt(joined.begin);
  }
  return InsideModifier(ctx, first, sb) ? Span{} : joined;
}

// Whether token `t` lies inside a mention, neither its first nor its last.
bool InsideMention(const Context& ctx, uint32_t t) {
  const auto& mentions = ctx.doc().mentions;
  const uint32_t offset = ctx.tokens()[t].begin;
  auto after = std::upper_bound(mentions.begin(), mentions.end(), offset,
                                [](uint32_t o, const Mention& m) { return o < m.span.begin; });
  return after != mentions.begin() && (after - 1)->span.begin < offset && (after - 1)->span.end > ctx.tokens()[t].end;
}

// The person named before ", who" or ", whose" in the tokens before `end`
// within the sentence, or an empty span; the search stops at a quotation.
Span PersonBeforeRelativeClause(const Context& ctx, uint32_t end, uint32_t sb) {
  constexpr uint32_t kMaxClauseTokens = 40;
  constexpr size_t kMaxQuotedWords = 10;
  for (uint32_t t = end; t > sb + 1 && t + kMaxClauseTokens > end; --t) {
    const uint32_t who = t - 1;
    if (const int32_t q = ctx.QuoteOf(who); q >= 0) {
      // A few quoted words inside the clause ("Musk, who has called Moraes a
      // “dictator”, responded", "Milei, who once called Francis “the
      // representative of evil on Earth”, said"): on past them; a longer
      // quotation ends it.
      const uint32_t opening = ctx.QuoteFirst(static_cast<uint32_t>(q));
      if (ctx.CountAllWords(opening, ctx.QuoteLast(static_cast<uint32_t>(q))) > kMaxQuotedWords || opening <= sb) break;
      t = opening + 1;
      continue;
    }
    // (Nor out of brackets: "The campaign, … (like top Obama aide David
    // Plouffe, who called Trump “a psychopath”), has emphasized".)
    if (ctx.IsPunct(who, ")") || ctx.IsPunct(who, "(")) break;
    if (!IsOneOf(ctx.TokenText(who), {"who", "whose"}) || !ctx.IsPunct(who - 1, ",") || who < sb + 2) continue;
    const int32_t name = ctx.MentionEndingAt(who - 2);
    if (const Span persons = PersonsEndingWith(ctx, name, sb); !persons.empty()) return persons;
    // "Dr Daniel Bailey, a reader … at Brunel University of London, who was
    // not involved, said": "who" is never a body's or a place's; it goes
    // back past the apposition to the person it describes.
    if (name >= 0) return PersonBeforeDescription(ctx, ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin), sb);
    break;
  }
  return {};
}

}  // namespace

// The first token of the title before the name that starts at token `first`
// ("former President Jair Bolsonaro", "Sen. Ted Cruz", "Senate Majority
// Leader Mitch McConnell"): capitalised words, one of them a speaker noun or
// an abbreviation, and "former", "late" or "acting" among them; `first`
// itself when no title comes before the name.
uint32_t TitleBefore(const Context& ctx, uint32_t first, uint32_t sb) {
  constexpr uint32_t kMaxTitleWords = 4;
  uint32_t t = first;
  bool titled = false;
  while (t > sb && t + kMaxTitleWords > first && ctx.IsWord(t - 1) && ctx.QuoteOf(t - 1) < 0) {
    const uint32_t w = t - 1;
    if (ctx.tokens()[w].Has(kCapitalized)) {
      titled = titled || ctx.InList(w, kSpeakerNounList) || ctx.TokenText(w).back() == '.';
    } else if (!IsOneOf(ctx.TokenText(w), {"former", "late", "acting"})) {
      break;
    }
    t = w;
  }
  return titled ? t : first;
}

bool InsideModifier(const Context& ctx, uint32_t first, uint32_t sb) {
  // (Past a title: "an ally of former President Jair Bolsonaro".)
  const uint32_t opens = TitleBefore(ctx, first, sb);
  if (opens > sb && ctx.InList(opens - 1, kPrepositionList)) return true;
  return InRelativeClause(ctx, first, sb) || InParticiplePhrase(ctx, first, sb);
}

bool InParticiplePhrase(const Context& ctx, uint32_t first, uint32_t sb) {
  constexpr uint32_t kMaxPhraseTokens = 6;
  for (uint32_t t = first; t > sb + 1 && t + kMaxPhraseTokens > first; --t) {
    if (!ctx.IsPunct(t - 1, ",")) continue;
    return t < first && ctx.IsLowerWord(t) && ctx.WordEndsWith(t, "ing");
  }
  return false;
}

bool InRelativeClause(const Context& ctx, uint32_t first, uint32_t sb) {
  constexpr uint32_t kMaxClauseTokens = 40;
  for (uint32_t t = first; t > sb && t + kMaxClauseTokens > first && !ctx.IsPunct(t - 1, ","); --t) {
    if (IsOneOf(ctx.TokenText(t - 1), {"who", "whom", "whose", "which"})) return true;
  }
  return false;
}

Span PersonWithAffiliation(const Context& ctx, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxAffiliation = 8;
  const int32_t m = first < end ? ctx.MentionStartingAt(first) : -1;
  if (m < 0 || ctx.doc().mentions[m].type != EntityType::kPerson) return {};
  const Span name = ctx.doc().mentions[m].span;
  const uint32_t after = ctx.FirstTokenAt(name.end);
  const bool affiliation =
      after < end && end - after <= kMaxAffiliation && IsOneOf(ctx.TokenText(after), {"of", "from", "at"});
  return after == end || affiliation ? name : Span{};
}

// "The company that runs the AMAs, Dick Clark Productions, denies": an
// organisation set off by commas after a description that opens the
// sentence with "the", "its" or "their" ("The company …", "Its parent") is what the
// description names, not the name that ends it. Not after a person ("John
// Smith, Acme Corp, said" credits the person), nor after a list's comma.
bool OrganisationAfterDescription(const Context& ctx, uint32_t first, uint32_t sb) {
  // (Its article too: "The air accident investigation agency, the BEA, said".)
  const uint32_t lead = first > sb + 1 && EqualsLower(ctx.TokenText(first - 1), "the") ? first - 1 : first;
  if (lead < sb + 3 || !ctx.IsPunct(lead - 1, ",")) return false;
  const std::string_view opening = ctx.TokenText(sb);
  // (Or a place's: "France's air accident investigation agency, the BEA,
  // said" was France's word.)
  const int32_t owner = ctx.MentionStartingAt(sb);
  const bool place_owns = owner >= 0 && ctx.doc().mentions[owner].type == EntityType::kLocation &&
                          ctx.IsPossessive(ctx.FirstTokenAt(ctx.doc().mentions[owner].span.end));
  if (!EqualsLower(opening, "the") && !EqualsLower(opening, "its") && !EqualsLower(opening, "their") && !place_owns) {
    return false;
  }
  for (uint32_t t = sb; t + 1 < lead; ++t) {
    if (ctx.IsPunct(t, ",") || ctx.QuoteOf(t) >= 0) return false;
  }
  const int32_t before = ctx.MentionEndingAt(lead - 2);
  return before < 0 || ctx.doc().mentions[before].type != EntityType::kPerson;
}

namespace {

// Whether quotation `q` is the title of a work (`the investor made famous
// by “The Big Short,”`): one to eight words, the first and every other
// word but short function words capitalised, no sentence ending inside.
// Such words in an apposition are its description's, nobody's speech.
bool NamesAWork(const Context& ctx, uint32_t q) {
  constexpr size_t kMaxTitleWords = 8;
  const uint32_t first = ctx.QuoteFirst(q) + 1, last = ctx.QuoteLast(q) - 1;  // inside the marks
  if (last <= first || ctx.CountAllWords(first, last) > kMaxTitleWords || !ctx.tokens()[first].Has(kCapitalized)) {
    return false;
  }
  for (uint32_t t = first; t < last; ++t) {
    if (IsOneOf(ctx.TokenText(t), {".", "!", "?", ":"})) return false;
  }
  return ctx.IsTitleCase(first, last);
}

}  // namespace

// The person who opens the sentence when the name at token `first` is set
// off after an organisation's in that person's description, saying where
// the organisation is: "Dr. Marcia Greaves-Boyce, a marine scientist at the
// University of the West Indies, Cave Hill, said" (the campus the
// recognizer took for a person; not "The director of the FBI, James B.
// Comey, said"); -1 otherwise.
int32_t PersonDescribedAtPlace(const Context& ctx, uint32_t first, uint32_t sb) {
  if (first < sb + 2 || !ctx.IsPunct(first - 1, ",")) return -1;
  const int32_t before = ctx.MentionEndingAt(first - 2);
  if (before < 0 || ctx.doc().mentions[before].type != EntityType::kOrg) return -1;
  const int32_t person = ctx.MentionStartingAt(PastPersonTitle(ctx, sb, first));
  if (person < 0 || ctx.doc().mentions[person].type != EntityType::kPerson) return -1;
  const uint32_t after = ctx.FirstTokenAt(ctx.doc().mentions[person].span.end);
  return after < first - 1 && ctx.IsPunct(after, ",") ? person : -1;
}

Span SpeakerBefore(const Context& ctx, uint32_t s, uint32_t sb) {
  sb = PastDateline(ctx, sb, s);  // the writer's place, never the subject
  if (const Span restricted = SpeakerWithRelativeClause(ctx, s - 1, sb); !restricted.empty()) return restricted;
  Span source = SubjectPhraseEndingAt(ctx, s - 1, sb);
  // "Stacy Baker of Columbia, South Carolina says": the state after the
  // city a person is from is not the speaker; the phrase before it is.
  if (!source.empty() && OnlyAgeOrOrigin(ctx, source, s - 1, sb)) {
    // (A phrase that opens the text has no comma before it.)
    const uint32_t first = ctx.FirstTokenAt(source.begin);
    const uint32_t comma = first - 1;
    if (first > sb + 1 && ctx.IsPunct(comma, ",") && IsAgeOrOrigin(ctx, comma - 1, sb)) {
      return SubjectPhraseEndingAt(ctx, comma - 1, sb);
    }
  }
  if (!source.empty()) return source;
  // An apposition may hold a title in quotation marks (`Michael Burry, the
  // investor made famous by “The Big Short,” has warned`, its comma inside
  // the closing mark); not before a participle, whose comma closes a clause
  // (`Giuliani, who …, trashed Comey on “Morning Joe,” calling it …`).
  const bool past_titles = s < ctx.size() && !ctx.WordEndsWith(s, "ing");
  const bool title_comma = past_titles && s >= sb + 3 && ctx.tokens()[s - 1].kind == TokenKind::kQuote &&
                           ctx.IsPunct(s - 2, ",") && ctx.QuoteOf(s - 1) >= 0 &&
                           NamesAWork(ctx, static_cast<uint32_t>(ctx.QuoteOf(s - 1)));
  if (!ctx.IsPunct(s - 1, ",") && !title_comma) return {};
  if (s >= sb + 2) {
    // "Her barrister, Ben Myers KC, said": past the honour after the name.
    const uint32_t end = s >= sb + 3 && IsPostNominal(ctx, s - 2) ? s - 3 : s - 2;
    const int32_t name = ctx.MentionEndingAt(end);
    const int32_t described =
        name >= 0 ? PersonDescribedAtPlace(ctx, ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin), sb) : -1;
    if (described >= 0) return ctx.doc().mentions[described].span;
    if (const Span persons = PersonsEndingWith(ctx, name, sb); !persons.empty()) return persons;
    if (name >= 0 && ctx.doc().mentions[name].type == EntityType::kOrg &&
        OrganisationAfterDescription(ctx, ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin), sb)) {
      return ctx.doc().mentions[name].span;
    }
  }
  // "The Parliament's lead negotiator, Christine Schneider of the European
  // People's Party, said": the person in apposition, not the party.
  constexpr uint32_t kMaxAppositionTokens = 12;
  // Not when a person comes first: "Representative Steve Cohen, Democrat of
  // Tennessee, told" (the tagger made "Democrat" a person).
  for (uint32_t c = s - 1; c > sb + 1 && c + kMaxAppositionTokens > s; --c) {
    if (!ctx.IsPunct(c - 1, ",")) continue;
    const int32_t before = ctx.MentionEndingAt(c - 2);
    if (before >= 0 && ctx.doc().mentions[before].type == EntityType::kPerson) break;
    if (PersonDescribedAtPlace(ctx, c, sb) >= 0) break;
    const Span person = PersonWithAffiliation(ctx, c, s - 1);
    if (!person.empty()) return person;
    break;
  }
  // "Vice President Joseph R. Biden Jr., who was to travel to Columbus,
  // Ohio, on Wednesday to promote the new rules, said": a person's relative
  // clause, whatever its commas, before the verb.
  const Span relative = PersonBeforeRelativeClause(ctx, s - 1, sb);
  if (!relative.empty()) return relative;
  // Appositions run long: "Leonard E. Burman, director of the centrist
  // Urban-Brookings Tax Policy Center and a professor at …, said".
  for (uint32_t c = s - 1; c > sb && c + 32 > s; --c) {
    if (ctx.QuoteOf(c - 1) >= 0) {
      const auto q = static_cast<uint32_t>(ctx.QuoteOf(c - 1));
      if (!past_titles || !NamesAWork(ctx, q) || ctx.QuoteFirst(q) <= sb) break;
      c = ctx.QuoteFirst(q) + 1;  // on to the word before the opening mark
      continue;
    }
    // (A comma inside a name is none of the apposition's: "Keith Ó
    // Loingsigh of the Department of Housing, Local Government and
    // Heritage, said".)
    if (ctx.IsPunct(c - 1, ",") && c >= sb + 2 && !InsideMention(ctx, c - 1)) {
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
      // "Samantha Trumbo of Cornell University, who led the study, said":
      // the speaker heads the phrase before the preposition here too.
      const uint32_t e = SubjectEnd(ctx, c - 1, sb);
      if (e <= sb) return {};
      source = SubjectPhraseEndingAt(ctx, e - 1, sb);
      // "Cory James, 22, of Flint, Mich., said": past an age and where the
      // person is from.
      if (OnlyAgeOrOrigin(ctx, source, e - 1, sb)) continue;
      // "Jim Chilton, senior vice president … at Boeing Defense, Space, and
      // Security, said": before ", and" the last item of a list, whose
      // items are no subject; the phrase before the list goes on.
      if (IsOneOf(ctx.TokenText(c), {"and", "or"}) && c + 2 < s && !EqualsLower(ctx.TokenText(c + 1), "not")) continue;
      if (source.empty()) {
        // "A third of independents, 33%, say": no head that speaks before
        // the preposition; its object does.
        source = SubjectEndingAt(ctx, e - 1, sb);
      }
      if (!IsPlausibleSpeaker(ctx, source)) {
        // "Ben Miskell, chair of the council's transport, regeneration and
        // climate committee, said": a comma of a list inside the
        // apposition; the phrase before it goes on.
        if (ListGoesOnAfter(ctx, c, s)) continue;
        return {};
      }
      return PersonBeforeApposition(ctx, source, sb);
    }
  }
  return {};
}

bool NamesPersonByPeople(const Context& ctx, Span span) {
  const uint32_t first = ctx.FirstTokenAt(span.begin);
  const uint32_t head = ctx.HeadToken(span);
  // "The" inside a sentence belongs to a title ("according to The
  // Federalist"); a plural is a people or a party ("the Democrats").
  const std::string_view article = ctx.TokenText(first);
  const bool determiner = IsOneOf(article, {"the", "a", "an", "one", "another"}) ||
                          ((article == "The" || article == "A") && ctx.SentenceBegin(first) == first);
  if (head <= first || !determiner || ctx.TokenText(head).back() == 's') return false;
  const int32_t name = ctx.MentionEndingAt(head);
  if (name < 0 || ctx.doc().mentions[name].type != EntityType::kMisc || ctx.MentionStartingAt(head) != name) {
    return false;
  }
  // A place between them ("The Wisconsin Republican", "a New Hampshire
  // Democrat").
  if (head == first + 1) return true;
  const int32_t place = ctx.MentionEndingAt(head - 1);
  return place >= 0 && ctx.doc().mentions[place].type == EntityType::kLocation &&
         ctx.FirstTokenAt(ctx.doc().mentions[place].span.begin) == first + 1;
}

SpeakerKind SpeakerKindOf(const Context& ctx, Span span) {
  const uint32_t first = ctx.FirstTokenAt(span.begin);
  const uint32_t head = ctx.HeadToken(span);
  if (head == first && ctx.PronounAt(first) != Pronoun::kNone) return SpeakerKind::kPronoun;
  if (NamesPersonByPeople(ctx, span)) return SpeakerKind::kDescription;
  if (ctx.MentionEndingAt(head) >= 0) return SpeakerKind::kName;
  // (A listed noun ends a name inside capitalised words the recognizer
  // missed: "New Hampshire Public Radio asked".)
  const bool capitalised =
      ctx.tokens()[head].Has(kCapitalized) &&
      (ctx.Word(head).lists == 0 || (head > first && head - 1 > ctx.SentenceBegin(head) && ctx.IsWord(head - 1) &&
                                     ctx.tokens()[head - 1].Has(kCapitalized)));
  return capitalised && !IsMisspeltSpeakerNoun(ctx.TokenText(head)) ? SpeakerKind::kName : SpeakerKind::kDescription;
}

bool IsPlausibleSpeaker(const Context& ctx, Span span) {
  if (span.empty()) return false;
  const uint32_t first = ctx.FirstTokenAt(span.begin);
  uint32_t head = first;  // the last token: the head of an English noun phrase
  while (head + 1 < ctx.size() && ctx.tokens()[head + 1].begin < span.end) ++head;
  if (head >= ctx.size()) return false;
  if (head == first && ctx.PronounAt(first) != Pronoun::kNone) return true;
  const int32_t m = ctx.MentionEndingAt(head);
  if (m >= 0) {
    const Mention& mention = ctx.doc().mentions[m];
    // A MISC name speaks as a group: "Democrats", "Palestinians"; and one
    // word of nationality after "the" as a person or a people: "the
    // Dutchman said", "the Australian told reporters", "the Chinese pledged".
    const std::string_view text = ctx.doc().Text(mention.span);
    if (mention.type != EntityType::kMisc || (!text.empty() && text.back() == 's')) return true;
    // (Not an adjective of -ish: "the Jewish state".)
    const uint32_t word = ctx.FirstTokenAt(mention.span.begin);
    if (word == head && word > 0 && EqualsLower(ctx.TokenText(word - 1), "the") && !ctx.WordEndsWith(word, "ish")) {
      return true;
    }
  }
  if (ctx.InList(head, kSpeakerNounList)) return true;
  if (head == first && ctx.NameEchoAt(head) >= 0) return true;  // "Trump", a name found elsewhere
  // "Analyts say": a capitalised word in no list, one slip from a speaker
  // noun (lower-case slips mid-sentence are rarer, and not worth the time).
  if (ctx.tokens()[head].Has(kCapitalized) && ctx.Word(head).lists == 0 && IsMisspeltSpeakerNoun(ctx.TokenText(head))) {
    return true;
  }
  // Two capitalised words: a name the recognizer missed.
  auto name_word = [&](uint32_t t) {
    return ctx.IsWord(t) && ctx.tokens()[t].Has(kCapitalized) && !ctx.InList(t, kDeterminerList);
  };
  return head > first && name_word(head) && name_word(head - 1);
}

}  // namespace attribution
}  // namespace annotator
