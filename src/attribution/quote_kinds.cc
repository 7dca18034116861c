#include "attribution/quote_kinds.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

#include "ascii_case.h"
#include "attribution/coreference.h"
#include "attribution/speaker_candidates.h"
#include "dateline.h"
#include "person_gender.h"
#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

// The scorer's log-odds that a quotation is spoken below which it becomes a
// term (a probability under 0.62; nine in ten of PolNeAR's quotations are
// spoken, so a typical one scores well above). Chosen on PolNeAR dev with
// GUM dev's terms as the out-of-domain check: 0.5 shows three fewer
// quotations on PolNeAR dev than 0 with the same right, and calls 15.9% of
// GUM's terms speech against 18.2%.
constexpr float kSpokenThreshold = 0.5f;

Quote Unattributed(const Quote& quote, QuoteKind kind) {
  Quote bare;
  bare.span = quote.span;
  bare.content = quote.content;
  bare.kind = kind;
  return bare;
}

// Whether the quotation of tokens [first, last), marks included, holds words
// and ends a sentence inside its marks: `“… the youth.”`, `“Why?”`.
bool EndsSentenceInside(const Context& ctx, uint32_t first, uint32_t last) {
  return last >= first + 3 && (ctx.IsPunct(last - 2, ".") || ctx.IsPunct(last - 2, "!") || ctx.IsPunct(last - 2, "?"));
}

// `“Credit to India.”` after "Cummins said.": a sentence of its own, whose
// capitals are its first word's and its names', is spoken, not a title.
// Tokens [first, last) are the quotation's, marks included.
bool IsSentenceCased(const Context& ctx, uint32_t first, uint32_t last) {
  if (!EndsSentenceInside(ctx, first, last) || ctx.QuotedInsideSentence(ctx.QuoteOf(first))) return false;
  const auto& mentions = ctx.doc().mentions;
  bool opening = true;
  for (uint32_t t = first; t < last; ++t) {
    if (!ctx.IsWord(t) || !ctx.tokens()[t].Has(kHasLetter)) continue;
    if (const int32_t m = ctx.MentionStartingAt(t); m >= 0) {
      t = ctx.HeadToken(mentions[m].span);
    } else if (!opening && ctx.tokens()[t].Has(kCapitalized)) {
      return false;
    }
    opening = false;
  }
  return true;
}

// “Face the Nation,” 'Grand Bargain', a subheading 'All Bets Are Off.': the
// name of a work, a programme or a slogan, quoted but not spoken. Tokens
// [first, last) are the quotation's; in a headline every word is capitalised.
bool IsNamed(const Context& ctx, uint32_t first, uint32_t last) {
  constexpr size_t kMaxNameWords = 6, kMaxTitleWithSubtitleWords = 16;
  const size_t words = ctx.CountAllWords(first, last);
  if (words > kMaxTitleWithSubtitleWords || ctx.InHeadline(first) || !ctx.IsTitleCase(first, last) ||
      IsSentenceCased(ctx, first, last)) {
    return false;
  }
  // A book's title and its subtitle run longer: "Dealers of Lightning: Xerox
  // PARC and the Dawn of the Computer Age".
  if (words <= kMaxNameWords) return true;
  for (uint32_t t = first + 1; t + 1 < last; ++t) {
    if (ctx.IsPunct(t, ":")) return true;
  }
  return false;
}

// Whether the quotation whose first token is `first` mentions words rather
// than quoting someone: "the word “modify”", "the meaning of “waive”".
bool IsMention(const Context& ctx, uint32_t first) {
  if (first == 0 || !ctx.IsWord(first - 1)) return false;
  if (ctx.InList(first - 1, kMentionNounList)) return true;
  const std::string_view before = ctx.TokenText(first - 1);
  // "what has become known as the “Buffett rule”", "known as “Obamacare”".
  const uint32_t skip = before == "the" || before == "a" ? 1 : 0;
  if (first >= skip + 2) {
    const uint32_t as = first - 1 - skip;
    if (ctx.TokenText(as) == "as" && ctx.TokenText(as - 1) == "known") return true;
  }
  return first >= 2 && (before == "of" || before == "Of") &&
         (ctx.TokenText(first - 2) == "meaning" || ctx.TokenText(first - 2) == "definition");
}

// Whether the quotation opening at `first` opens a bracket after a noun for
// a writing, giving its title: "I read with dismay your report
// (“Local Link routes in west Cork to be reviewed”, February 9th)".
bool CitesTitleInBrackets(const Context& ctx, uint32_t first) {
  static constexpr std::string_view kWritings[] = {"report", "article", "story",   "column", "letter", "editorial",
                                                   "piece",  "essay",   "feature", "review", "book",   "headline"};
  return first >= 2 && ctx.IsPunct(first - 1, "(") && ctx.IsLowerWord(first - 2) &&
         std::find(std::begin(kWritings), std::end(kWritings), ctx.TokenText(first - 2)) != std::end(kWritings);
}

// Whether a comma or a colon sets off the quotation opening at `first` from
// the words before it ("he'd respond, “…”", "said: “…”").
bool SetOffBefore(const Context& ctx, uint32_t first) {
  return first > 0 && (ctx.IsPunct(first - 1, ",") || ctx.IsPunct(first - 1, ":"));
}

// Of the cues whose region holds quotation `q`, the nearest: in "when
// Patriot signaled that …, Mr. Barrett said, “we were floored.”" the
// quotation is Barrett's. Sets `*region` (see RegionOf). Only the cues of
// the kMaxGoverningTokens tokens before the quotation and the bytes after it
// are looked at, at most kMaxGoverningCues of them: a sentence of thousands
// of cues and quotations stays linear.
// "Scholz had demanded that he …, Lindner said, which he could not do “…”":
// a cue and its subject set off by commas inside a sentence report the
// whole sentence, the clauses of other cues before it included.
bool IsParenthetical(const Context& ctx, const Cue& cue) {
  const uint32_t source = ctx.FirstTokenAt(cue.source.begin);
  return source < cue.first && source > 0 && ctx.IsPunct(source - 1, ",") && cue.last < ctx.size() &&
         ctx.IsPunct(cue.last, ",");
}

// The person named as the subject opening the sentence before the one at
// token `sb`, in the same paragraph ("Sen. Bernie Sanders … identified …"),
// or an empty span. Not names alone ("Flaherty, Anne." in a list of
// sources), nor one that owns the subject ("Swift's rep told …").
Span PersonOpeningSentenceBefore(const Context& ctx, uint32_t sb) {
  constexpr size_t kMinClauseWords = 4;
  if (sb == 0) return {};
  const uint32_t previous = ctx.SentenceBegin(sb - 1);
  // (A clause has a lower-case word, a list of authors none: "McCarthy,
  // Tom; Smith, David.")
  bool lower_word = false;
  for (uint32_t t = previous; t < sb && !lower_word; ++t) lower_word = ctx.IsLowerWord(t);
  if (ctx.ParagraphGap(ctx.tokens()[previous].begin, ctx.tokens()[sb].begin) != 0 ||
      ctx.CountWords(previous, sb) < kMinClauseWords || !lower_word) {
    return {};
  }
  const Span subject = OpeningSubject(ctx, previous, sb);
  const int32_t name = subject.empty() ? -1 : ctx.MentionEndingAt(ctx.HeadToken(subject));
  if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) return {};
  const uint32_t after = ctx.FirstTokenAt(subject.end);
  return after < sb && ctx.IsPossessive(after) ? Span{} : subject;
}

// Whether the cue is the verb of a relative clause set off by a comma
// ("Smith, who argued …,", "Musk, who has called …,").
bool OpensRelativeClause(const Context& ctx, const Cue& cue) {
  constexpr uint32_t kMaxAuxiliaries = 2;
  uint32_t who = cue.first;
  while (who > 0 && cue.first - who < kMaxAuxiliaries && ctx.IsWord(who - 1) &&
         ctx.InList(who - 1, kBetweenSubjectAndCueList)) {
    --who;
  }
  return who >= 2 && ctx.InList(who - 1, kWordWho | kWordWhich) && ctx.IsPunct(who - 2, ",");
}

// "“… in a political campaign.” Ohio Gov. John Kasich said he would have
// fired him": after a quotation closed by a period, a cue that reports a
// clause of its own frames that clause, not the quotation (whose tokens end
// at `last`).
bool OpensOwnReportAfterPeriod(const Context& ctx, const Cue& cue, uint32_t last) {
  constexpr size_t kClauseWords = 3;
  const uint32_t rb = cue.after_begin;
  if (last < 2 || !ctx.IsPunct(last - 2, ".") || cue.first <= last || rb >= cue.after_end || !ctx.IsWord(rb)) {
    return false;
  }
  // A pronoun or "that" opens a clause; so does any word but a preposition
  // or an adjunct's after a verb that takes no listener first ("He says not
  // enacting laws …"; not "said in a statement", "told reporters outside …").
  return ctx.PronounAt(rb) != Pronoun::kNone || ctx.InList(rb, kWordThat) ||
         (!ctx.InList(cue.first, kObjectFirstCueList) && !ctx.InList(rb, kPrepositionList | kAdjunctStartList) &&
          ctx.CountWords(rb, cue.after_end) >= kClauseWords);
}

const Cue* GoverningCue(const Context& ctx, const std::vector<Cue>& cues, size_t from, uint32_t q, int* region) {
  constexpr uint32_t kMaxGoverningTokens = 80;
  constexpr size_t kMaxGoverningCues = 16;
  const Span span = ctx.doc().quotes[q].span;
  const uint32_t first = ctx.QuoteFirst(q);
  const uint32_t window = first > kMaxGoverningTokens ? first - kMaxGoverningTokens : 0;
  from = std::max<size_t>(from, std::lower_bound(cues.begin(), cues.end(), window, [](const Cue& cue, uint32_t t) {
                                  return cue.first < t;
                                }) - cues.begin());
  const Cue* governing = nullptr;
  const size_t end = std::min(cues.size(), from + kMaxGoverningCues);
  // `a “lawful source of income,” as a memo put it`: the frame right after
  // the quotation credits it, over a cue earlier in the sentence.
  const uint32_t last = ctx.QuoteLast(q);
  for (size_t k = from; k < end && ctx.tokens()[cues[k].first].begin < span.end + 400; ++k) {
    const int32_t as = cues[k].as_frame;
    if (as >= 0 && static_cast<uint32_t>(as) >= last && static_cast<uint32_t>(as) <= last + 1 &&
        RegionOf(ctx, cues[k], q) == 2) {
      *region = 2;
      return &cues[k];
    }
  }
  for (size_t k = from; k < end && ctx.tokens()[cues[k].first].begin < span.end + 400; ++k) {
    const int r = RegionOf(ctx, cues[k], q);
    if (r == 0 || (r != 1 && OpensOwnReportAfterPeriod(ctx, cues[k], last))) continue;
    if (governing == nullptr) {
      governing = &cues[k];
      *region = r;
      if (r != 1) break;
    } else if (r == 1 && cues[k].last <= first && ctx.SentenceOf(cues[k].first) == ctx.SentenceOf(first)) {
      // "When my mother mentioned it, I laughed and said, “…”": of the
      // cues whose clause holds the quotation, the one right before it
      // (not one that says nothing inside another's clause: "told his
      // Cabinet that Israel would not agree to “any deal …”", "said he's
      // certain Rubio will continue to be “a champion …”"; "he'd respond,
      // “…”" frames the quotation).
      const bool says_nothing = cues[k].negated || IsHypothetical(ctx, cues[k].first);
      // "Prashant Bhushan, who argued for the petitioners, told reporters
      // that the ruling was “a victory”": the main clause's verb after a
      // relative clause of the same speaker's.
      const bool after_relative = OpensRelativeClause(ctx, *governing) && !says_nothing &&
                                  cues[k].source.begin == governing->source.begin &&
                                  cues[k].source.end == governing->source.end;
      if (!cues[k].source.empty() && ((cues[k].last + 2 >= first && (SetOffBefore(ctx, first) || !says_nothing)) ||
                                      (IsParenthetical(ctx, cues[k]) && !says_nothing) || after_relative)) {
        governing = &cues[k];
      }
    } else {
      break;
    }
  }
  return governing;
}

// `“…,” the agency's director-general, Olufemi Oke, told journalists`: the
// words of a description set off right after the quotation and before the
// speaker's name, which are the speaker's, not the writer's words around
// the quotation. Returns how many (0 when there is none).
size_t DescriptionBeforeSource(const Context& ctx, const Cue& cue, uint32_t last) {
  constexpr uint32_t kMaxDescriptionTokens = 10;
  if (cue.source.empty() || last >= ctx.size() || cue.source.begin < ctx.tokens()[last].begin) return 0;
  uint32_t source = ctx.FirstTokenAt(cue.source.begin);
  // (Past a title of the name's: "…, Dr Olufemi Oke-Osanyintolu, told".)
  if (source > last && IsPersonTitle(ctx.TokenText(source - 1))) --source;
  uint32_t t = last;
  if (t < source && ctx.IsPunct(t, ",")) ++t;
  // (An article or a name's possessive opens it; "‘…’ his secret weapon,
  // Trump hints" is the writer's.)
  const int32_t owner = ctx.MentionStartingAt(t);
  const bool article = IsOneOf(ctx.TokenText(t), {"the", "a", "an", "The", "A", "An"});
  const bool possessive = owner >= 0 && ctx.IsPossessive(ctx.FirstTokenAt(ctx.doc().mentions[owner].span.end));
  if (source < t + 3 || source > t + kMaxDescriptionTokens || !ctx.IsPunct(source - 1, ",") ||
      !(article || possessive)) {
    return 0;
  }
  for (uint32_t u = t; u + 1 < source; ++u) {
    if (!ctx.IsWord(u) || ctx.QuoteOf(u) >= 0) return 0;
  }
  // A person's description ends with a speaker noun ("the director-general",
  // "the 71-year-old diplomat"), or has one before its preposition ("the
  // head of the Iranian Red Crescent"), not "the dawn of the modern
  // conservative movement", which goes on with the quotation's sentence.
  uint32_t head_token = source - 2;
  for (uint32_t u = t + 1; u + 2 < source; ++u) {
    if (ctx.InList(u, kPrepositionList)) {
      head_token = u - 1;
      break;
    }
  }
  const std::string_view head = ctx.TokenText(head_token);
  const std::string_view head_first = head.substr(0, head.find('-'));
  const bool speaker_noun = ctx.InList(head_token, kSpeakerNounList) || (ListsOf(head_first) & kSpeakerNounList);
  // The quotation's words end at a comma ("“…,” the …", "“…”, the …").
  uint32_t inside = last;
  while (inside > 0 && ctx.tokens()[inside - 1].kind == TokenKind::kQuote) --inside;
  const bool comma = ctx.IsPunct(last, ",") || (inside > 0 && ctx.IsPunct(inside - 1, ","));
  return speaker_noun && comma ? ctx.CountWords(t, source) : 0;
}

// "called her “Miss Piggy”", "dubbed it “Obamacare”", "cited her “Miss
// Piggy”": verbs that give or quote a name, so a name in quotation marks
// after them is the subject's word;
// "began taking calls to his “Keepin' It Real” program" names nothing.
bool VerbHasStem(const Context& ctx, const Cue& cue, std::initializer_list<std::string_view> stems) {
  const std::string_view word = ctx.TokenText(cue.first);
  return cue.cls == CueClass::kQuotation && std::any_of(stems.begin(), stems.end(), [&](std::string_view s) {
           return word.size() >= s.size() && EqualsLower(word.substr(0, s.size()), s);
         });
}

// A verb that gives something a name or a term: "called", "dubbed",
// "described as".
bool GivesAName(const Context& ctx, const Cue& cue) {
  return VerbHasStem(ctx, cue, {"call", "dub", "label", "brand", "term", "nickname", "describ", "hail", "refer"});
}

bool IsNamingVerb(const Context& ctx, const Cue& cue) {
  return GivesAName(ctx, cue) || VerbHasStem(ctx, cue, {"cit", "quot"});
}

// "a memo titled “The Facts on Where the Race Stands”", "it is called
// “pigeon breeder’s lung”", "The installation – entitled ‘Jewels after
// Jewels’": a participle of naming right before the opening mark, after a
// noun, a dash or a form of be, names what stands before it; the name is
// nobody's words. Not a verb with its subject right before it ("Judge
// Michael W. Mosman called “distasteful”", "what one conservative has dubbed
// “the yuca primary”", "which Apple's chief executive, Tim Cook, called
// “…”"), nor when the clause opens with its object ("what critics called
// “…”"): that is the subject's word. A name before the participle counts as
// a subject, so "her boyfriend Julien Solomita called “The Jenna Julien
// Podcast”" stays his. `first` is the quotation's opening mark.
bool IsNamedByParticiple(const Context& ctx, uint32_t first) {
  const uint32_t verb = first - 1;
  if (first < 2 || !ctx.IsWord(verb) ||
      !IsOneOf(ctx.TokenText(verb), {"called", "dubbed", "named", "titled", "entitled", "nicknamed", "labeled",
                                     "labelled", "branded", "termed"})) {
    return false;
  }
  const std::string_view before = ctx.TokenText(verb - 1);
  const bool subject_before = ctx.IsPunct(verb - 1, ",") || ctx.MentionEndingAt(verb - 1) >= 0 ||
                              PronounKind(before) != Pronoun::kNone ||
                              IsOneOf(before, {"has", "have", "had", "'s", "’s", "'ve", "’ve"}) ||
                              (ctx.tokens()[verb - 1].Has(kCapitalized) && verb - 1 > ctx.SentenceBegin(verb));
  if (subject_before && !ctx.InList(verb - 1, kBeFormList)) return false;
  constexpr uint32_t kMaxSubjectTokens = 6;  // "what the party's nominee called"
  const uint32_t sb = ctx.SentenceBegin(verb);
  for (uint32_t t = verb; t > sb && t + kMaxSubjectTokens >= verb; --t) {
    if (IsOneOf(ctx.TokenText(t - 1), {"what", "What", "which", "that", "as", "who", "whom"})) return false;
  }
  return true;
}

// "has been called", "was labeled": a form of be right before an -ed verb.
bool IsPassive(const Context& ctx, Span predicate) {
  return !predicate.empty() && IsPassiveVerb(ctx, ctx.HeadToken(predicate));
}

// Whether "went on" or "goes on" (speaking on) is at token `verb`, before
// `se`.
bool GoesOnAt(const Context& ctx, uint32_t verb, uint32_t se) {
  return verb + 1 < se && IsOneOf(ctx.TokenText(verb), {"went", "goes"}) && ctx.TokenText(verb + 1) == "on";
}

// Credits `quote`, whose tokens end at `last`, to the subject right after
// it in its sentence (which ends at `se`), when there is one ("“Hands!” an officer
// ordered", "“…?” she yells"), with that subject's verb as the cue: right
// after it or after an adverb ("it now proclaims"), and only a cue word or a
// past tense (not "went", "from"). With `need_verb`, only when that verb is
// there. Returns whether it credited the subject.
bool CreditSubjectAfter(const Context& ctx, uint32_t last, uint32_t se, bool need_verb, Quote* quote) {
  const Span subject = SubjectAfterQuote(ctx, last, se);
  if (subject.empty()) return false;
  // Past the words that stand between a subject and its verb ("also",
  // "later", "has"; the lexicon's list), a manner adverb or "now".
  const uint32_t sb = ctx.SentenceBegin(last - 1);
  uint32_t verb = ctx.FirstTokenAt(subject.end);
  while (verb + 1 < se &&
         (BetweenSubjectAndVerb(ctx, verb, sb) || ctx.WordEndsWith(verb, "ly") || ctx.TokenText(verb) == "now")) {
    ++verb;
  }
  // ("“You know, it happens, right?” Trump went on": speaking on.)
  const bool goes_on = GoesOnAt(ctx, verb, se);
  const bool is_verb =
      verb < se && ctx.IsLowerWord(verb) && (ctx.IsCueWord(verb) || ctx.WordEndsWith(verb, "ed") || goes_on);
  if (need_verb && !is_verb) return false;
  quote->speaker = subject;
  quote->speaker_entity = SpeakerEntity(ctx, subject);
  quote->cue = is_verb ? ctx.TokenSpan(verb, goes_on ? verb + 2 : verb + 1) : Span{};
  return true;
}

// `'Coal Isn't the Villain.'` alone in its paragraph, every word
// capitalised: a subheading, not the latest speaker's next sentence.
bool IsSubheading(const Context& ctx, uint32_t q) {
  const Span span = ctx.doc().quotes[q].span;
  const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
  // At least three capitalised words ("We're America." may be speech) and
  // no other lower-case word than the small words of titles and clitics.
  constexpr int kMinHeadingWords = 3;
  int capitalised = 0;
  for (uint32_t t = first; t < last; ++t) {
    if (!ctx.IsWord(t)) continue;
    if (ctx.tokens()[t].Has(kCapitalized)) {
      ++capitalised;
      continue;
    }
    const std::string_view word = ctx.TokenText(t);
    const bool clitic = word == "n't" || word == "n’t" || word.substr(0, 1) == "'" || word.substr(0, 3) == "’";
    if (!clitic && !ctx.InList(t, kTitleSmallWordList)) return false;
  }
  if (capitalised < kMinHeadingWords) return false;
  const auto& paragraphs = ctx.doc().paragraphs;
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), span.begin,
                             [](uint32_t offset, const Span& p) { return offset < p.begin; });
  if (it == paragraphs.begin() || !(it - 1)->contains(span.begin)) return false;
  const Span paragraph = *(it - 1);
  return ctx.CountAllWords(ctx.FirstTokenAt(paragraph.begin), ctx.FirstTokenAt(paragraph.end)) ==
         ctx.CountAllWords(first, last);
}

// Whether the quotation `span` (its opening mark) opens a line.
bool OpensLine(const Context& ctx, Span span) {
  const uint32_t mark = ctx.FirstTokenAt(span.begin);
  return mark == 0 || ctx.tokens()[mark].Has(kNewlineBefore);
}

// Whether `word` opens the date of a citation: a year or a day, a month,
// or "accessed".
bool OpensCitationDate(std::string_view word) {
  static constexpr std::string_view kMonths[] = {
      "Jan.", "Feb.",    "March",    "April",  "May",       "June",    "July",     "Aug.",    "Sept.",
      "Oct.", "Nov.",    "Dec.",     "Sept",   "Jan",       "Feb",     "Aug",      "Oct",     "Nov",
      "Dec",  "January", "February", "August", "September", "October", "November", "December"};
  const bool year_or_day = !word.empty() && word[0] >= '0' && word[0] <= '9';
  const bool month = std::find(std::begin(kMonths), std::end(kMonths), word) != std::end(kMonths);
  return year_or_day || month || IsOneOf(word, {"accessed", "retrieved", "published"});
}

// `Customs and Border Protection, "U.S. Border Patrol Nationwide Drug
// Seizures," accessed Nov. 15, 2019`: in a list of sources, a title cited
// after its publisher's name and a comma, ending in a comma of its own, then
// a date, a year or "accessed". Nobody's speech, whatever words of the
// publisher's name look like a cue. Tokens [first, last) are the
// quotation's.
bool IsCitedTitle(const Context& ctx, uint32_t first, uint32_t last) {
  const auto& tokens = ctx.tokens();
  if (first == 0 || last >= tokens.size()) return false;
  const uint32_t open = tokens[first].kind == TokenKind::kQuote ? first : first - 1;
  const uint32_t close = tokens[last - 1].kind == TokenKind::kQuote ? last - 1 : last;
  const uint32_t sb = ctx.SentenceBegin(open);
  if (open < sb + 2 || !ctx.IsPunct(open - 1, ",") || !ctx.IsPunct(close - 1, ",") || close + 1 >= tokens.size()) {
    return false;
  }
  for (uint32_t t = sb; t + 1 < open; ++t) {
    if (ctx.IsLowerWord(t) && !IsOneOf(ctx.TokenText(t), {"and", "of", "the", "for", "at", "in", "on"})) {
      return false;  // a lower-case word of a sentence, not a name
    }
  }
  return OpensCitationDate(ctx.TokenText(close + 1));
}

// `Battle, Catherine. "Penn State decides against supporting wiki
// project." The Daily Collegian, 10-February-2006`: in a list of
// references, a title between an author's name and the publication's, which
// a date follows. Tokens [first, last) are the quotation's.
bool IsReferenceTitle(const Context& ctx, uint32_t first, uint32_t last) {
  const auto& tokens = ctx.tokens();
  if (first == 0 || last >= tokens.size()) return false;
  const uint32_t open = tokens[first].kind == TokenKind::kQuote ? first : first - 1;
  const uint32_t close = tokens[last - 1].kind == TokenKind::kQuote ? last - 1 : last;
  if (open < 2 || !ctx.IsPunct(open - 1, ".") || !ctx.IsWord(open - 2) || !tokens[open - 2].Has(kCapitalized) ||
      close < 1 || !ctx.IsPunct(close - 1, ".") || close + 1 >= tokens.size()) {
    return false;
  }
  // The publication's name, capitalised, then a comma and the date.
  constexpr uint32_t kMaxPublicationWords = 6;
  uint32_t t = close + 1;
  while (t < tokens.size() && t <= close + kMaxPublicationWords && ctx.IsWord(t) && tokens[t].Has(kCapitalized)) ++t;
  if (t == close + 1 || t + 1 >= tokens.size() || !ctx.IsPunct(t, ",")) return false;
  // A date of four characters or more: not an age ("… Cleveland. “I just
  // do my day job.” Perez, 54, is …").
  const std::string_view date = ctx.TokenText(t + 1);
  return OpensCitationDate(date) && (date.size() >= 4 || !(date[0] >= '0' && date[0] <= '9'));
}

// `state Del. Marcia “Cia” Price`, `Dwayne “The Rock” Johnson`: a word or
// two in quotation marks between the capitalised words of a name is a
// nickname. Tokens [first, last) are the quotation's.
bool IsNickname(const Context& ctx, uint32_t first, uint32_t last) {
  constexpr size_t kMaxNicknameWords = 3;
  if (first == 0 || last >= ctx.size() || ctx.CountAllWords(first, last) > kMaxNicknameWords) return false;
  auto name_word = [&](uint32_t t) {
    return ctx.IsWord(t) && ctx.tokens()[t].Has(kCapitalized) && ctx.QuoteOf(t) < 0 && !ctx.InHeadline(t);
  };
  return name_word(first - 1) && name_word(last) && ctx.SentenceOf(first - 1) == ctx.SentenceOf(last);
}

// `While the “Meth. We’re on it.” campaign did not appeal to her`: a
// sentence in quotation marks between a determiner and a word in lower case
// names the thing that word is, as an adjective would; nobody says it there. Not before a pronoun, a cue or a verb "to
// be" (`the “best deal ever” he said`), nor after "her", which may be the one spoken to.
bool ModifiesNoun(const Context& ctx, uint32_t first, uint32_t last) {
  static constexpr std::string_view kNounDeterminers[] = {"the", "a",    "an",  "its", "their",
                                                          "his", "this", "our", "my",  "your"};
  if (first == 0 || last >= ctx.size() || !ctx.IsWord(first - 1) || !ctx.IsWord(last)) return false;
  const std::string_view before = ctx.TokenText(first - 1);
  if (std::none_of(std::begin(kNounDeterminers), std::end(kNounDeterminers),
                   [&](std::string_view d) { return EqualsLower(before, d); })) {
    return false;
  }
  // A whole sentence, its period inside the marks: fragments of someone's
  // words also stand between "a" and a noun ("a “common-sense” approach").
  if (!EndsSentenceInside(ctx, first, last)) return false;
  const std::string_view after = ctx.TokenText(last);
  const uint32_t lists = ctx.Word(last).lists;
  return IsLowerAscii(after[0]) && !ctx.IsCueWord(last) && PronounOf(lists) == Pronoun::kNone &&
         !(lists & (kBeFormList | kBetweenSubjectAndCueList | kPrepositionList | kNotInSubjectList));
}

// "in an Instagram post:", "in a statement:": where a phrase of a
// preposition, a determiner and at most three more words ending with a
// medium of words (IsMediumOfWords) stands right before the colon at
// `colon`, its preposition; else kNoToken.
uint32_t MediumPhraseBefore(const Context& ctx, uint32_t colon, uint32_t sb) {
  constexpr uint32_t kMaxPhraseTokens = 5;
  if (colon < sb + 3 || !ctx.IsLowerWord(colon - 1) || !IsMediumOfWords(ctx.TokenText(colon - 1))) return kNoToken;
  for (uint32_t p = colon - 2; p > sb && p + kMaxPhraseTokens >= colon; --p) {
    if (!ctx.IsWord(p) || ctx.QuoteOf(p) >= 0) return kNoToken;
    if (IsOneOf(ctx.TokenText(p), {"in", "on", "via", "through"}) && ctx.InList(p + 1, kDeterminerList)) return p;
  }
  return kNoToken;
}

// The first lower-case word in the past ("thanked", "posted") of [sb, end)
// outside quotations, after a word of its subject; else kNoToken.
uint32_t PastVerbBefore(const Context& ctx, uint32_t sb, uint32_t end) {
  for (uint32_t t = sb + 1; t < end; ++t) {
    if (ctx.QuoteOf(t) >= 0) return kNoToken;
    if (ctx.IsLowerWord(t) && ctx.WordEndsWith(t, "ed") && !ctx.InList(t, kNotInSubjectList)) return t;
  }
  return kNoToken;
}

// Whether the colon at token `colon` follows a label that opens its sentence
// ("Analysis:", "Review:"): it names no one.
bool LabelBeforeColon(const Context& ctx, uint32_t colon) {
  return colon > 0 && ctx.SentenceBegin(colon) == colon - 1 && ctx.InList(colon - 1, kHeadlineLabelList);
}

// A headline that opens with "Name:" credits what follows to Name: the
// name's span when the sentence from `sb` opens with one to three
// capitalised words and a colon before token `first`. Labels ("Analysis:",
// "Exclusive:") name no one.
Span HeadlineSpeaker(const Context& ctx, uint32_t sb, uint32_t first) {
  uint32_t colon = sb;
  while (colon < first && colon < sb + 3 && ctx.IsWord(colon) && ctx.tokens()[colon].Has(kCapitalized)) ++colon;
  if (colon == sb || colon + 1 >= first || !ctx.IsPunct(colon, ":")) return {};
  if (LabelBeforeColon(ctx, colon)) return {};
  return ctx.TokenSpan(sb, colon);
}

// The token of "told" before the listener whose name ends right before the
// colon at token `colon` ("told the BBC:", "told Sky News:"), or kNoToken.
uint32_t TellBeforeListener(const Context& ctx, uint32_t colon, uint32_t sb) {
  uint32_t first = colon;
  const int32_t name = colon > sb ? ctx.MentionEndingAt(colon - 1) : -1;
  if (name >= 0) {
    first = ctx.FirstTokenAt(ctx.doc().mentions[name].span.begin);
  } else {
    while (first > sb && ctx.IsWord(first - 1) && ctx.tokens()[first - 1].Has(kCapitalized)) --first;
  }
  return first == colon ? kNoToken : TellBefore(ctx, first, sb);
}

// The colloquial quotative before the quotation starting at token `first`:
// "you have to go “look, it's over”", "he goes, “no way”", "I was like,
// “really?”". Returns the token of "go" or "like", or kNoToken. Spoken
// English introduces direct speech so; a title never follows these words.
uint32_t QuotativeBefore(const Context& ctx, uint32_t first) {
  if (first == 0) return kNoToken;
  uint32_t t = first - 1;
  if (t > 0 && (ctx.IsPunct(t, ",") || ctx.IsPunct(t, ":"))) --t;
  if (!ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized) || ctx.QuoteOf(t) >= 0) return kNoToken;
  const std::string_view word = ctx.TokenText(t);
  if (word == "go" || word == "goes" || word == "went" || word == "going") return t;
  const bool after_be = t > 0 && ctx.IsWord(t - 1) &&
                        (ctx.InList(t - 1, kBeFormList) || ctx.TokenText(t - 1) == "'s" ||
                         ctx.TokenText(t - 1) == "’s" || ctx.TokenText(t - 1) == "'m" || ctx.TokenText(t - 1) == "’m");
  return word == "like" && after_be ? t : kNoToken;
}

// The verb after subject `subject`, past auxiliaries and adverbs, before
// token `limit`: "has gone" in "Reid has gone after Trump as …".
Span PredicateAfter(const Context& ctx, Span subject, uint32_t limit) {
  if (subject.empty()) return {};
  uint32_t t = ctx.FirstTokenAt(subject.end);
  const uint32_t first = t;
  while (t < limit && ctx.IsWord(t) && ctx.InList(t, kBetweenSubjectAndCueList | kBeFormList)) ++t;
  if (t >= limit || !ctx.IsWord(t) || ctx.tokens()[t].Has(kCapitalized) || ctx.QuoteOf(t) >= 0) return {};
  return ctx.TokenSpan(first, t + 1);
}

// Whether `subject` is followed by a possessive and a noun with "of"
// before token `limit`: "Google’s head of philanthropy".
bool OwnsNounOf(const Context& ctx, Span subject, uint32_t limit) {
  if (subject.empty()) return false;
  const uint32_t t = ctx.FirstTokenAt(subject.end);
  return t + 2 < limit && IsOneOf(ctx.TokenText(t), {"’s", "'s"}) && ctx.IsWord(t + 1) &&
         !ctx.tokens()[t + 1].Has(kCapitalized) && EqualsLower(ctx.TokenText(t + 2), "of");
}

// Whether the quotation opening at token `first` stands in apposition to a
// noun that `subject` owns: "Ouisa Davis' commentary, “Melania, tell your
// immigrant story,” is very thoughtful" names the commentary; its author
// says nothing in that sentence.
bool NamesOwnedNoun(const Context& ctx, Span subject, uint32_t first) {
  if (subject.empty()) return false;
  const uint32_t t = ctx.FirstTokenAt(subject.end);
  if (t + 2 > first || !IsOneOf(ctx.TokenText(t), {"’s", "'s", "'", "’"}) || !ctx.IsWord(t + 1) ||
      ctx.tokens()[t + 1].Has(kCapitalized)) {
    return false;
  }
  return first == t + 2 || (first == t + 3 && ctx.IsPunct(t + 2, ","));
}

// The subject opening sentence [sb, first) (see OpeningSubject) that may
// have spoken a quotation at `first` inside the sentence: not the subject
// of a passive verb ("He's been called a charlatan for promoting “quack”
// cures"), nor the owner in "Google’s head of philanthropy says …", whose
// "’s" is no "is".
Span SpeakingOpeningSubject(const Context& ctx, uint32_t sb, uint32_t first, bool article) {
  const Span subject = OpeningSubject(ctx, sb, first, article);
  if (IsPassive(ctx, PredicateAfter(ctx, subject, first)) || OwnsNounOf(ctx, subject, first) ||
      NamesOwnedNoun(ctx, subject, first)) {
    return {};
  }
  return subject;
}

// "The catch was described by former captain Sunil Gavaskar as “the catch
// of the century”": the agent after a passive verb of speech in the
// sentence before the quotation at token `first` speaks (not the medium of
// "quoted by"). Sets `*verb` to that verb's token.
Span PassiveSpeechAgent(const Context& ctx, uint32_t sb, uint32_t first, uint32_t* verb) {
  // (Within a few words of the quotation: a sentence of thousands of
  // quotations stays linear.)
  constexpr uint32_t kMaxAgentTokens = 16;
  for (uint32_t t = std::max(sb + 1, first > kMaxAgentTokens ? first - kMaxAgentTokens : 0); t + 2 < first; ++t) {
    if (!ctx.IsCueWord(t) || !IsPassiveVerb(ctx, t) || !EqualsLower(ctx.TokenText(t + 1), "by") ||
        IsQuotingVerb(ctx.TokenText(t))) {
      continue;
    }
    const Span agent = SubjectStartingAt(ctx, t + 2, first);
    if (!IsPlausibleSpeaker(ctx, agent)) return {};
    *verb = t;
    return agent;
  }
  return {};
}

}  // namespace

void AttributeQuotations(const Context& ctx, const std::vector<Cue>& cues) {
  auto& quotes = ctx.doc().quotes;
  const auto& tokens = ctx.tokens();
  size_t c = 0;  // first cue that could govern the current quotation
  Span last_speaker, last_cue;
  int32_t last_entity = -1;
  uint32_t last_offset = 0;
  bool have_last = false;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
    bool credit_line = false;
    // Without a word ("2014’s “1989.”", “9/11”) it is a title or a figure,
    // nobody's speech.
    if (first >= last || std::none_of(tokens.begin() + first, tokens.begin() + last,
                                      [](const Token& t) { return t.kind == TokenKind::kWord; })) {
      quote.kind = QuoteKind::kScare;
      continue;
    }
    const uint32_t sb = ctx.SentenceBegin(first);
    const uint32_t se = ctx.SentenceEnd(last - 1);
    while (c < cues.size() && cues[c].last < sb && tokens[cues[c].first].end + 400 < quote.span.begin) ++c;
    int region = 0;
    const Cue* governing = GoverningCue(ctx, cues, c, q, &region);
    const size_t words = ctx.CountAllWords(first, last);
    const bool headline = ctx.InHeadline(first);
    const bool named = IsNamed(ctx, first, last);
    // A headline opening "Name:" credits its quotation to Name, whatever
    // verb the headline uses: "Limbaugh: Hillary Asking … ‘Reeks of Fear.’"
    // Not when a cue after the colon has a speaker of its own: "The Latest:
    // Sanders declares ‘revolution’", "Michael Schumacher: Son reveals ‘very
    // special day’" (the name is the story's subject).
    const Span headline_name = headline ? HeadlineSpeaker(ctx, sb, first) : Span{};
    const bool cued_after_colon = !headline_name.empty() && governing != nullptr && !governing->source.empty() &&
                                  ctx.SentenceOf(governing->first) == ctx.SentenceOf(first) &&
                                  governing->cue.begin > headline_name.end;
    if (IsCitedTitle(ctx, first, last) || IsReferenceTitle(ctx, first, last)) {
      quote.kind = QuoteKind::kScare;
    } else if (!headline_name.empty() && !cued_after_colon) {
      quote.kind = QuoteKind::kMixed;
      quote.speaker = headline_name;
      quote.speaker_entity = SpeakerEntity(ctx, headline_name);
      const uint32_t colon = ctx.FirstTokenAt(headline_name.end);
      quote.cue = ctx.TokenSpan(colon, colon + 1);
    } else if (governing != nullptr) {
      quote.speaker = governing->source;
      quote.speaker_entity = governing->source_entity;
      quote.cue = governing->cue;
      const uint32_t re = region == 1 ? governing->after_end : governing->before_end;
      // (A dateline is no word of the sentence: `NEW DELHI: “…,” he said`.)
      const uint32_t rb = region == 1 ? governing->after_begin : PastDateline(ctx, governing->before_begin, re);
      // "said outside court: “…”": a colon introduces the speaker's own
      // words, whatever time or place stands between verb and colon.
      const bool after_colon =
          region == 1 && first > rb && ctx.IsPunct(first - 1, ":") && ctx.CountWords(last, re) == 0;
      const size_t outside = ctx.CountWords(rb, re) - DescriptionBeforeSource(ctx, *governing, last);
      quote.kind = region == 3 || after_colon || outside == 0 ? QuoteKind::kDirect : QuoteKind::kMixed;
      // "Developer Valve called ‘Half Life: Alyx’ “a flagship VR game.”": what
      // a naming verb gives is a term of the writer's sentence, never words
      // said whole, unless a comma or a colon sets them off.
      if (GivesAName(ctx, *governing) && region == 1 && quote.kind == QuoteKind::kDirect && !SetOffBefore(ctx, first)) {
        quote.kind = QuoteKind::kMixed;
      }
      // A name inside someone's sentence is a name ("said on “Fox News
      // Sunday”"), unless a naming verb gives it ("called her “Miss Piggy”").
      if (named && quote.kind == QuoteKind::kMixed && !IsNamingVerb(ctx, *governing)) {
        quote = Unattributed(quote, QuoteKind::kScare);
      }
    } else if (const Span credit = DashCredit(ctx, last, OpensLine(ctx, quote.span)); !credit.empty()) {
      // `“…” ― Sonya Herridge`: a dash credits the quotation.
      credit_line = true;
      quote.kind = QuoteKind::kDirect;
      quote.speaker = credit;
      quote.speaker_entity = SpeakerEntity(ctx, credit);
      quote.cue = ctx.TokenSpan(last, last + 1);
    } else if (named) {
      quote.kind = QuoteKind::kScare;
    } else if (first >= 2 && ctx.IsPunct(first - 1, ":") && !LabelBeforeColon(ctx, first - 1) &&
               PastDateline(ctx, ctx.SentenceBegin(first - 1), first) != first) {
      // `Xi: “…”` — a colon introduces the speaker's words (not a
      // dateline's: `NEW DELHI: “…”`).
      const uint32_t colon = first - 1;
      quote.kind = QuoteKind::kDirect;
      quote.cue = ctx.TokenSpan(colon, colon + 1);
      const uint32_t csb = ctx.SentenceBegin(colon - 1);
      const uint32_t medium = MediumPhraseBefore(ctx, colon, csb);
      if (medium != kNoToken) {
        // "Swift thanked her fans in an Instagram post:", "wrote in a
        // statement:": the piece the words appeared in; the subject of its
        // clause wrote them.
        quote.cue = ctx.TokenSpan(colon - 1, colon);
        const uint32_t verb = ctx.IsCueWord(medium - 1) ? medium - 1 : PastVerbBefore(ctx, csb, medium);
        if (verb != kNoToken) {
          if (verb == medium - 1) quote.cue = ctx.TokenSpan(verb, verb + 1);
          const uint32_t subject_end = SubjectEnd(ctx, verb, csb);
          if (subject_end > csb) quote.speaker = SpeakerBefore(ctx, subject_end, csb);
        }
      } else if (ctx.IsCueWord(colon - 1)) {  // `X said:`
        quote.cue = ctx.TokenSpan(colon - 1, colon);
        const uint32_t subject_end = SubjectEnd(ctx, colon - 1, csb);
        if (subject_end > csb) quote.speaker = SpeakerBefore(ctx, subject_end, csb);
      } else if (const uint32_t told = TellBeforeListener(ctx, colon, csb); told != kNoToken) {
        // "Another MP told the BBC: “…”": the teller, not the listener.
        quote.cue = ctx.TokenSpan(told, told + 1);
        const uint32_t subject_end = SubjectEnd(ctx, told, csb);
        if (subject_end > csb) quote.speaker = SpeakerBefore(ctx, subject_end, csb);
      } else if (ctx.tokens()[colon - 1].Has(kCapitalized) && ctx.Word(colon - 1).lists == 0) {
        // "WALLACE: “…”": a name the recognizer may have missed.
        quote.speaker = SubjectEndingAt(ctx, colon - 1, csb);
      } else {
        // "Partial transcript as follows:" names nobody, and "how the website
        // rated this statement by Trump on June 11:" no description of one:
        // a past verb and its object inside it.
        quote.speaker = SpeakerBefore(ctx, colon, csb);
        // "the captain was cautious:", "Reid was blunt:": the subject of a
        // verb of being and one or two lower-case words, not a thought
        // ("imagined Christie was thinking:").
        for (uint32_t be = colon - 1; quote.speaker.empty() && be > csb && be + 3 >= colon; --be) {
          if (!ctx.IsLowerWord(be) || ctx.WordEndsWith(be, "ing")) break;
          if (be + 1 < colon && ctx.InList(be, kBeFormList)) quote.speaker = SpeakerBefore(ctx, be, csb);
        }
        if (!quote.speaker.empty() && SpeakerKindOf(ctx, quote.speaker) == SpeakerKind::kDescription) {
          for (uint32_t t = ctx.FirstTokenAt(quote.speaker.begin); t + 1 < colon; ++t) {
            if (ctx.IsLowerWord(t) && ctx.WordEndsWith(t, "ed") &&
                (ctx.InList(t + 1, kDeterminerList) || EqualsLower(ctx.TokenText(t + 1), "this"))) {
              quote.speaker = {};
              break;
            }
          }
        }
      }
      // "delivered a blunt message to Trump:", "later that month on CNN:":
      // a name after a preposition is the listener or the medium (not after
      // "by", which names the author: "by Times' Ben Sisario:").
      if (const uint32_t named = quote.speaker.empty() ? 0 : ctx.FirstTokenAt(quote.speaker.begin);
          named > csb && ctx.InList(named - 1, kPrepositionList) && !EqualsLower(ctx.TokenText(named - 1), "by") &&
          !ctx.IsCueWord(colon - 1)) {
        quote.speaker = {};
      }
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
    } else if (IsSubheading(ctx, q)) {
      quote.kind = QuoteKind::kScare;
    } else if (const int32_t dashed = DashedMention(ctx, last);
               ctx.CountWords(sb, first) == 0 && dashed >= 0 && ctx.doc().mentions[dashed].type == EntityType::kOrg) {
      // `"MP calls for probe" — Edmonton Sun, August 16, 2008`: a title
      // credited to what published it, in a list of sources.
      quote.kind = QuoteKind::kScare;
    } else if (ctx.CountWords(sb, first) == 0 && words >= 3) {
      // A quotation opening its sentence continues the latest speaker.
      quote.kind = QuoteKind::kDirect;
      // It continues the words of that speaker's cue too.
      Span speaker = last_speaker, cue = last_cue;
      int32_t entity = last_entity;
      uint32_t offset = have_last ? last_offset : 0;
      // A cue of an earlier sentence may be more recent than that quotation.
      const Cue* latest = LatestCueBefore(cues, quote.span.begin);
      if (latest != nullptr && latest->cue.end > offset) {
        speaker = latest->source;
        cue = latest->cue;
        entity = latest->source_entity;
        offset = latest->cue.end;
      }
      const Span subject = ctx.CountWords(last, se) == 0 ? PersonOpeningSentenceBefore(ctx, sb) : Span{};
      if (!subject.empty() && (speaker.empty() || ctx.ParagraphGap(offset, quote.span.begin) >= 1)) {
        // "On “Face the Nation,” Sen. Bernie Sanders … identified young
        // voters' exhaustion with bigotry as one of the reasons …. “The
        // younger people are …”": a person who opens the sentence before it
        // in its own paragraph speaks it, not the speaker of an earlier one.
        quote.speaker = subject;
        quote.speaker_entity = SpeakerEntity(ctx, subject);
      } else if (!speaker.empty() && ctx.ParagraphGap(offset, quote.span.begin) <= 1) {
        quote.speaker = speaker;
        quote.speaker_entity = entity;
        quote.cue = cue;
      }
    } else if (const uint32_t quotative = QuotativeBefore(ctx, first); quotative != kNoToken) {
      quote.kind = QuoteKind::kDirect;
      quote.cue = ctx.TokenSpan(quotative, quotative + 1);
      const uint32_t subject_end = SubjectEnd(ctx, quotative, sb);
      if (subject_end > sb) quote.speaker = SpeakerBefore(ctx, subject_end, sb);
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
    } else if (words <= 3) {
      // Short: a term nobody is said to have spoken, unless a weaker cue
      // of the sentence governs it ("he described it as “unhinged”").
      const uint32_t weak = ctx.CueWordBefore(sb, first);
      // "prompting chants of “traitor” from his colleagues": a noun of
      // speech before "of" is no verb with a subject; who chanted comes
      // after "from", if anywhere (not an owner's: "pushed his promise of
      // “free college”" is his).
      const bool noun = weak != kNoToken && weak > sb && weak + 2 == first &&
                        EqualsLower(ctx.TokenText(weak + 1), "of") && !ctx.IsPossessive(weak - 1) &&
                        !IsPossessiveDeterminer(ctx.TokenText(weak - 1));
      const Span agent = noun && last + 1 < se && EqualsLower(ctx.TokenText(last), "from")
                             ? SubjectStartingAt(ctx, last + 1, se)
                             : Span{};
      if (IsPlausibleSpeaker(ctx, agent)) {
        quote.kind = QuoteKind::kMixed;
        quote.cue = ctx.TokenSpan(weak, weak + 1);
        quote.speaker = agent;
        quote.speaker_entity = SpeakerEntity(ctx, agent);
      } else if (weak == kNoToken || noun) {
        // Headlines quote in a word or two what the article reports.
        quote.kind = ctx.InHeadline(first) ? QuoteKind::kMixed : QuoteKind::kScare;
      } else {
        quote.kind = QuoteKind::kMixed;
        quote.cue = ctx.TokenSpan(weak, weak + 1);
        const uint32_t subject_end = SubjectEnd(ctx, weak, sb);
        if (subject_end > sb) quote.speaker = SpeakerBefore(ctx, subject_end, sb);
        quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
      }
    } else {
      quote.kind = ctx.CountWords(sb, se) == 0 ? QuoteKind::kDirect : QuoteKind::kMixed;
    }
    if (quote.speaker.empty() && quote.kind != QuoteKind::kScare && !headline && first >= 2 &&
        ctx.IsPunct(first - 1, ":")) {
      // "Sanders made the following comment: “…”", "Obama is rolling out a
      // new campaign message: “…”": the name or pronoun opening the sentence.
      quote.speaker = OpeningSubject(ctx, ctx.SentenceBegin(first - 1), first - 1);
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
    }
    if (uint32_t verb = 0; quote.speaker.empty() && quote.kind == QuoteKind::kMixed && !headline) {
      if (const Span agent = PassiveSpeechAgent(ctx, sb, first, &verb); !agent.empty()) {
        quote.speaker = agent;
        quote.speaker_entity = SpeakerEntity(ctx, agent);
        quote.cue = ctx.TokenSpan(verb, verb + 1);
      }
    }
    if (quote.speaker.empty() && quote.kind == QuoteKind::kMixed && !headline) {
      // "Reid has gone after Trump as a “human leech”": with no cue, the
      // subject that opens the sentence, and its verb.
      quote.speaker = SpeakingOpeningSubject(ctx, sb, first, /*article=*/false);
      quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
      if (quote.cue.empty()) quote.cue = PredicateAfter(ctx, quote.speaker, first);
      // A word or three that nobody is said to have spoken is a term.
      if (quote.speaker.empty() && words <= 3) quote = Unattributed(quote, QuoteKind::kScare);
    }
    if (quote.kind == QuoteKind::kMixed && (IsMention(ctx, first) || CitesTitleInBrackets(ctx, first))) {
      quote = Unattributed(quote, QuoteKind::kScare);
    }
    if (IsNickname(ctx, first, last)) quote = Unattributed(quote, QuoteKind::kScare);
    if (quote.kind == QuoteKind::kMixed && ModifiesNoun(ctx, first, last)) {
      quote = Unattributed(quote, QuoteKind::kScare);
    }
    if (quote.speaker.empty() && quote.kind == QuoteKind::kDirect && last < se) {
      // `“Did you shoot him?” she yells`: a verb the lexicon lacks.
      CreditSubjectAfter(ctx, last, se, /*need_verb=*/false, &quote);
    }
    if (credit_line) {
      // A credit line closes its quotation: in a list of quotations each
      // credited after a dash, one whose credit went astray is not the
      // previous person's.
      last_speaker = last_cue = {};
      last_entity = -1;
      last_offset = quote.span.end;
      have_last = true;
    } else if (!quote.speaker.empty() && quote.kind != QuoteKind::kScare && !IsNamedByParticiple(ctx, first)) {
      // (A name a participle gives, which UnattributeParticipleNames makes a
      // term later, passes on no speaker.)
      last_speaker = quote.speaker;
      last_cue = quote.cue;
      last_entity = quote.speaker_entity;
      last_offset = quote.span.end;
      have_last = true;
    }
  }
}

namespace {

// The feature templates of the spoken-or-scare scorer; each has
// kFeatureValues values.
enum QuoteTemplate : int {
  kRuleKind,          // the kind the rules gave
  kLengthBucket,      // words inside the marks
  kTitleShape,        // title case, the title, a headline, after a possessive
  kRuleFindings,      // speaker, cue, nothing before / after it in the sentence
  kFinalPunctuation,  // the last character inside the marks
  kWordBefore,        // WordClass of the token before
  kWordAfter,         // WordClass of the token after
  kCuesNearby,        // a cue word earlier in the sentence, a cue with a source
  kMark,              // which quotation mark
  kKindLength,        // kRuleKind × kLengthBucket
  kCapitalFinal,      // capitalised first word × kFinalPunctuation
  kMarkKind,          // kMark × kRuleKind
  kWordBeforeShort,   // kWordBefore × at most three words
  kFinalKind,         // kFinalPunctuation × kRuleKind
  kParagraphsAlone,   // spans paragraphs × alone in its sentence × kRuleKind
  kNumQuoteTemplates
};
static_assert(kNumQuoteTemplates <= kQuoteTemplates, "quote templates exceed the model's feature space");

// A coarse class of the token at `t` for the spoken-or-scare scorer.
int WordClass(const Context& ctx, uint32_t t) {
  if (t >= ctx.size()) return 0;
  const auto& token = ctx.tokens()[t];
  // Punctuation has no letters to lower-case.
  const std::string_view w = ctx.TokenText(t);
  if (token.kind == TokenKind::kPunct) {
    if (w == ",") return 1;
    if (w == ":") return 2;
    if (w == "." || w == "?" || w == "!") return 3;
    if (w == "(" || w == ")") return 4;
    return 5;
  }
  if (token.kind == TokenKind::kQuote) return 6;
  if (ctx.IsPossessive(t)) return 7;
  if (ctx.InList(t, kDeterminerList)) return 8;
  if (ctx.InList(t, kNotInSubjectList)) return 9;
  if (ctx.IsCueWord(t)) return 10 + (ctx.CueAt(t) == CueClass::kSpeech);
  if (token.kind == TokenKind::kNumber) return 12;
  return token.Has(kCapitalized) ? 13 : 14;
}

// The kind of mark that opens quotation span `span`: 1 “, 2 ‘, 3 '', 4 ",
// 5 ', 0 other.
int MarkKind(const Document& doc, Span span) {
  const std::string_view mark = doc.text.substr(span.begin, std::min<uint32_t>(span.size(), 3));
  if (mark.substr(0, 3) == "“") return 1;
  if (mark.substr(0, 3) == "‘") return 2;
  if (mark.substr(0, 2) == "''") return 3;
  if (mark.substr(0, 1) == "\"") return 4;
  if (mark.substr(0, 1) == "'") return 5;
  return 0;
}

// Whether the document quotes speech with single marks first and foremost,
// as British papers do ('My son came home blue with cold,' she said): more
// of the quotations the rules gave a speaker open with ‘ or ' than with a
// double mark (titles and terms in single marks count for nothing).
bool SingleMarksLead(const Document& doc) {
  int single = 0, double_marks = 0;
  for (const Quote& quote : doc.quotes) {
    if (quote.speaker.empty()) continue;
    const int kind = MarkKind(doc, quote.span);
    single += kind == 2 || kind == 5;
    double_marks += kind == 1 || kind == 3 || kind == 4;
  }
  return single > double_marks;
}

// `single_marks_lead`: the document's own quotation marks are single
// (SingleMarksLead); its single and double marks then trade places in the
// features, so that what the scorer learned of "…" in American news holds
// for '…' in British news.
int QuoteFeatures(const Context& ctx, const std::vector<Cue>& cues, uint32_t q, bool single_marks_lead, uint16_t* out) {
  int n = 0;
  auto add = [&](QuoteTemplate tmpl, int value) {
    if (n < kMaxQuoteFeatures && value >= 0 && value < kFeatureValues) {
      out[n++] = static_cast<uint16_t>(tmpl * kFeatureValues + value);
    }
  };
  auto add_word = [&](int slot, uint32_t t) {
    const uint32_t h = (t < ctx.size() ? ctx.WordHash(t) : LowerWordHash("</s>")) % kQuoteWordBuckets;
    if (n < kMaxQuoteFeatures) {
      out[n++] = static_cast<uint16_t>(kQuoteTemplates * kFeatureValues + slot * kQuoteWordBuckets + h);
    }
  };
  const Document& doc = ctx.doc();
  const Quote& quote = doc.quotes[q];
  const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
  const uint32_t sb = ctx.SentenceBegin(first), se = ctx.SentenceEnd(last - 1);
  const size_t words = ctx.CountAllWords(first, last);
  const int wb = words <= 1    ? 0
                 : words <= 2  ? 1
                 : words <= 3  ? 2
                 : words <= 6  ? 3
                 : words <= 12 ? 4
                 : words <= 25 ? 5
                               : 6;
  const int kind = static_cast<int>(quote.kind);
  add(kRuleKind, kind);
  add(kLengthBucket, wb);
  add(kTitleShape, ctx.IsTitleCase(first, last) + 2 * Overlaps(quote.span, doc.title) + 4 * ctx.InHeadline(first) +
                       8 * ctx.AfterPossessive(first));
  add(kRuleFindings, !quote.speaker.empty() + 2 * !quote.cue.empty() + 4 * (ctx.CountWords(sb, first) == 0) +
                         8 * (ctx.CountWords(last, se) == 0));
  // The last character inside the marks.
  int final_punct = 0;
  if (!quote.content.empty()) {
    const char c = doc.text[quote.content.end - 1];
    final_punct = c == ',' ? 1 : c == '.' ? 2 : c == '?' ? 3 : c == '!' ? 4 : 0;
  }
  add(kFinalPunctuation, final_punct);
  add(kWordBefore, first > sb ? WordClass(ctx, first - 1) : 15);
  add(kWordAfter, last < se ? WordClass(ctx, last) : 15);
  const Cue* latest = LatestCueBefore(cues, quote.span.begin);
  add(kCuesNearby, (ctx.CueWordBefore(sb, first) != kNoToken) + 2 * (latest != nullptr && latest->first >= sb));
  int mark_kind = MarkKind(doc, quote.span);
  if (single_marks_lead) {
    static constexpr int kSwapped[] = {0, 2, 1, 5, 5, 4};  // “ ↔ ‘, " ↔ ', '' (a double) as '
    mark_kind = kSwapped[mark_kind];
  }
  add(kMark, mark_kind);
  add(kKindLength, kind * 8 + wb);
  uint32_t content_first = first;
  while (content_first < last && !ctx.IsWord(content_first)) ++content_first;
  add(kCapitalFinal, (content_first < last && ctx.tokens()[content_first].Has(kCapitalized)) + 2 * final_punct);
  add(kMarkKind, mark_kind * 4 + kind);
  add(kWordBeforeShort, (first > sb ? WordClass(ctx, first - 1) : 15) + 16 * (words <= 3));
  add(kFinalKind, final_punct * 4 + kind);
  add(kParagraphsAlone, std::min<int>(ctx.ParagraphGap(quote.span.begin, quote.span.end), 1) * 8 +
                            (ctx.CountWords(sb, se) == 0) * 4 + kind);
  const uint32_t none = ctx.size();
  add_word(0, first > 0 ? first - 1 : none);
  add_word(1, last);
  add_word(2, first >= 2 ? first - 2 : none);
  return n;
}

}  // namespace

void ClassifyQuotations(const Context& ctx, const std::vector<Cue>& cues, const Model& model, Trace* trace) {
  uint16_t features[kMaxQuoteFeatures];
  auto& quotes = ctx.doc().quotes;
  const bool single_marks_lead = SingleMarksLead(ctx.doc());
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
    if (first >= last) continue;
    const int n = QuoteFeatures(ctx, cues, q, single_marks_lead, features);
    if (trace != nullptr) {
      trace->quotes.push_back(QuoteTraceItem{quote.span, quote.kind, std::vector<uint16_t>(features, features + n)});
    }
    float score = 0;
    for (int f = 0; f < n; ++f) score += model.quote_weights[features[f]];
    // The scorer only demotes. Trained on political news, where a word or
    // two in quotation marks is mostly someone's, it called a third of the
    // terms of essays, guides and letters (GUM) speech: quotations with no
    // speaker or cue, which tell a reader nothing.
    if (quote.kind == QuoteKind::kScare) continue;
    // A quotative's words are speech, whoever says them.
    if (score < kSpokenThreshold && QuotativeBefore(ctx, first) == kNoToken &&
        (quote.speaker.empty() || ctx.IsTitleCase(first, last) ||
         (quote.kind != QuoteKind::kDirect && ctx.CountAllWords(first, last) <= 6))) {
      // A longer quotation the rules gave a speaker stays theirs, and so
      // does a speaker's whole sentence ("'Stop it now' said Bob Brown"),
      // unless it is capitalised like a title or slogan.
      quote = Unattributed(quote, QuoteKind::kScare);
    }
  }
}

namespace {

// Appends the words of `span` to `out` lower-cased, one space before each,
// so that word sequences compare as substrings.
void AppendWords(const Context& ctx, Span span, std::string* out) {
  for (uint32_t t = ctx.FirstTokenAt(span.begin); t < ctx.size() && ctx.tokens()[t].end <= span.end; ++t) {
    if (!ctx.IsWord(t)) continue;
    out->push_back(' ');
    for (char c : ctx.TokenText(t)) out->push_back(LowerAscii(c));
  }
}

}  // namespace

// Whether quotation `q` fills its line alone and no cue of its own sentence
// gives its speaker (it has none, or one that a cue of an earlier sentence
// continues): a subheading or a pull quote, which an article sets apart from
// the paragraphs where the speaker is named.
bool StandsApart(const Context& ctx, uint32_t q) {
  const Quote& quote = ctx.doc().quotes[q];
  const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
  if (quote.kind != QuoteKind::kDirect || !OpensLine(ctx, quote.span) ||
      ctx.CountWords(ctx.SentenceBegin(first), first) != 0 || ctx.CountWords(last, ctx.SentenceEnd(last - 1)) != 0) {
    return false;
  }
  // A credit after it ("— Neil Gaiman") is its own.
  return quote.cue.empty() || (quote.cue.end <= quote.span.begin &&
                               ctx.SentenceOf(ctx.FirstTokenAt(quote.cue.begin)) != ctx.SentenceOf(first));
}

// Whether the cue of quotation `q` is in the quotation's own sentence.
bool CuedInSentence(const Context& ctx, uint32_t q) {
  const Quote& quote = ctx.doc().quotes[q];
  if (quote.cue.empty()) return false;
  const uint32_t cue = ctx.SentenceOf(ctx.FirstTokenAt(quote.cue.begin));
  return cue == ctx.SentenceOf(ctx.QuoteFirst(q)) || cue == ctx.SentenceOf(ctx.QuoteLast(q) - 1);
}

// Whether the sentence at token `t` opens with a speaker and a verb of
// asking or of speaking on that ends its clause: "Trump went on, as if …",
// "Trump asked.", "she added".
bool SpeakingOnAfter(const Context& ctx, uint32_t t) {
  if (t >= ctx.size()) return false;
  const uint32_t se = ctx.SentenceEnd(t);
  const Span subject = SubjectAfterQuote(ctx, t, se);
  if (subject.empty()) return false;
  uint32_t verb = ctx.FirstTokenAt(subject.end);
  if (GoesOnAt(ctx, verb, se)) {
    ++verb;
  } else if (verb >= se || !IsOneOf(ctx.TokenText(verb), {"asked", "asks", "continued", "continues", "added", "adds",
                                                          "wondered", "exclaimed", "shouted", "yelled", "cried"})) {
    return false;
  }
  return verb + 1 >= se || ctx.IsPunct(verb + 1, ",") || ctx.IsPunct(verb + 1, ".");
}

// Whether mixed quotation `q` goes on the sentence's subject past a cue in
// a relative clause: `Nothing the president said “will assuage people's
// fears,” the senator said` (the quoted words open with a verb, which the
// cue right before them cannot report).
bool PredicateAfterRelativeCue(const Context& ctx, uint32_t q) {
  const Quote& quote = ctx.doc().quotes[q];
  const uint32_t first = ctx.QuoteFirst(q);
  if (quote.kind != QuoteKind::kMixed || quote.cue.empty() || first == 0 || first + 1 >= ctx.QuoteLast(q) ||
      ctx.FirstTokenAt(quote.cue.end) != first) {
    return false;
  }
  const uint32_t word = first + 1;
  return ctx.IsLowerWord(word) &&
         IsOneOf(ctx.TokenText(word), {"will", "would", "is", "are", "was", "were", "has", "have", "had", "can",
                                       "could", "should", "must", "may", "might", "does", "did"});
}

void CreditSubjectsAfterQuotations(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
    // Its own frame after it, `, the senator said.`, credits such a
    // quotation; without one it is no one's it can tell.
    if (PredicateAfterRelativeCue(ctx, q)) {
      const uint32_t se = ctx.SentenceEnd(last - 1);
      const bool framed = last < se && last >= first + 3 && ctx.IsPunct(last - 2, ",") &&
                          CreditSubjectAfter(ctx, last, se, /*need_verb=*/true, &quote);
      if (!framed) quote = Unattributed(quote, QuoteKind::kMixed);
      continue;
    }
    if (quote.kind != QuoteKind::kDirect || quote.speaker.empty() || first >= last) continue;
    const uint32_t sb = ctx.SentenceBegin(first);
    uint32_t se = ctx.SentenceEnd(last - 1);
    // A question or an exclamation ends its sentence where the splitter
    // saw it end (`“…, right?” Trump went on,`): its subject opens the next,
    // when a verb of asking or of speaking on follows it and ends its clause
    // (not a new turn: "Bridenstine responded that …", "Figgins declined").
    if (last >= se && last >= first + 3 && (ctx.IsPunct(last - 2, "?") || ctx.IsPunct(last - 2, "!")) &&
        SpeakingOnAfter(ctx, last)) {
      se = ctx.SentenceEnd(last);
    }
    // Only a quotation opening its sentence that took an earlier sentence's speaker.
    if (ctx.CountWords(sb, first) != 0 || quote.speaker.end > ctx.tokens()[sb].begin || last >= se) continue;
    CreditSubjectAfter(ctx, last, se, /*need_verb=*/true, &quote);
  }
}

void CreditNamesBeforeColons(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q);
    if (quote.kind == QuoteKind::kScare || first < 3 || !ctx.IsPunct(first - 1, ":")) continue;
    const int32_t name = ctx.MentionEndingAt(first - 2);
    if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson) continue;
    const Span person = ctx.doc().mentions[name].span;
    const uint32_t before = ctx.FirstTokenAt(person.begin);
    if (before == 0 || !IsDatelineDash(ctx.TokenText(before - 1))) continue;
    quote.speaker = person;
    quote.speaker_entity = SpeakerEntity(ctx, person);
    quote.cue = ctx.TokenSpan(first - 1, first);
  }
}

void CreditNamesAfterHeadlineColons(const Context& ctx) {
  constexpr uint32_t kMaxTitleWords = 2;
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);  // past the closing mark
    if (!quote.speaker.empty() || first >= last || !ctx.InHeadline(first) ||
        ctx.CountWords(ctx.SentenceBegin(first), first) != 0 || last + 1 >= ctx.size() || !ctx.IsPunct(last, ":")) {
      continue;
    }
    // The name, after at most two capitalised words of a title ("Mayor").
    uint32_t t = last + 1;
    while (t < ctx.size() && t < last + 1 + kMaxTitleWords && ctx.MentionStartingAt(t) < 0 && ctx.IsWord(t) &&
           ctx.tokens()[t].Has(kCapitalized)) {
      ++t;
    }
    const int32_t name = t < ctx.size() ? ctx.MentionStartingAt(t) : -1;
    if (name < 0 || ctx.doc().mentions[name].type != EntityType::kPerson || !ctx.InHeadline(t)) continue;
    quote.kind = QuoteKind::kDirect;
    quote.speaker = ctx.doc().mentions[name].span;
    quote.speaker_entity = SpeakerEntity(ctx, quote.speaker);
    quote.cue = ctx.TokenSpan(last, last + 1);
  }
}

void CreditSplitQuotations(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 1; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const Quote& before = quotes[q - 1];
    const uint32_t first = ctx.QuoteFirst(q);
    if (!quote.speaker.empty() || quote.kind == QuoteKind::kScare || before.speaker.empty() ||
        before.kind == QuoteKind::kScare || before.cue.empty() || first < 2 || !ctx.IsPunct(first - 1, ",") ||
        ctx.QuoteLast(q - 1) == 0 || ctx.SentenceOf(ctx.QuoteLast(q - 1) - 1) != ctx.SentenceOf(first)) {
      continue;
    }
    // The cue and its speaker fill the gap: `“…,” said Johnston, “…”`.
    const bool frame_between = before.cue.begin >= before.span.end && before.speaker.begin >= before.span.end &&
                               before.cue.end <= quote.span.begin && before.speaker.end <= quote.span.begin;
    if (!frame_between) continue;
    quote.kind = QuoteKind::kDirect;
    quote.speaker = before.speaker;
    quote.speaker_entity = before.speaker_entity;
    quote.cue = before.cue;
  }
}

void CreditOrganisationsAfterArticles(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    const uint32_t first = ctx.QuoteFirst(q);
    if (!quote.speaker.empty() || quote.kind == QuoteKind::kScare || first < 2 || ctx.InHeadline(first)) continue;
    Span subject;
    if (ctx.IsPunct(first - 1, ":")) {
      subject = OpeningSubject(ctx, ctx.SentenceBegin(first - 1), first - 1, /*article=*/true);
    } else if (quote.kind == QuoteKind::kMixed) {
      subject = SpeakingOpeningSubject(ctx, ctx.SentenceBegin(first), first, /*article=*/true);
    }
    if (subject.empty()) continue;
    quote.speaker = subject;
    quote.speaker_entity = SpeakerEntity(ctx, subject);
    if (quote.cue.empty()) quote.cue = PredicateAfter(ctx, subject, first);
  }
}

// Whether tokens [from, to) hold the start of a contrasting clause: ",
// while", ", whereas", ", but" or ";" (a clause of its own, not the
// complement of the earlier verb: "Pompeo said … Washington had concluded").
bool OpensContrastingClause(const Context& ctx, uint32_t from, uint32_t to) {
  constexpr uint32_t kMaxTokens = 48;
  for (uint32_t t = from; t < to && t < from + kMaxTokens; ++t) {
    if (ctx.IsPunct(t, ";")) return true;
    if (t > from && ctx.IsPunct(t - 1, ",") && IsOneOf(ctx.TokenText(t), {"while", "whereas", "but"})) return true;
  }
  return false;
}

void CreditNearestCueSubjects(const Context& ctx, const std::vector<Cue>& cues) {
  constexpr int kMaxCuesBack = 8;  // cues looked at per quotation: linear in the text
  for (Quote& quote : ctx.doc().quotes) {
    if (quote.kind != QuoteKind::kMixed || quote.speaker.empty() || quote.speaker.end > quote.span.begin) continue;
    const uint32_t first = ctx.FirstTokenAt(quote.span.begin);
    if (first >= ctx.size() || ctx.FirstTokenAt(quote.speaker.begin) < ctx.SentenceBegin(first)) continue;
    // The cues before the quotation, latest first.
    auto at = std::lower_bound(cues.begin(), cues.end(), quote.span.begin,
                               [](const Cue& cue, uint32_t offset) { return cue.cue.end <= offset; });
    for (int looked = 0; at != cues.begin() && looked < kMaxCuesBack; ++looked) {
      const Cue& cue = *--at;
      if (cue.cue.begin < quote.speaker.end) break;
      if (cue.cls != CueClass::kSpeech || cue.negated || cue.in_headline || cue.source.empty() ||
          cue.source.end > cue.cue.begin || cue.source.begin < quote.speaker.end) {
        continue;
      }
      if (!OpensContrastingClause(ctx, ctx.FirstTokenAt(quote.speaker.end), ctx.FirstTokenAt(cue.source.begin))) break;
      quote.speaker = cue.source;
      quote.speaker_entity = cue.source_entity;
      quote.cue = cue.cue;
      break;
    }
  }
}

void CreditSentenceFrames(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q + 1 < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    if (quote.kind != QuoteKind::kMixed || quote.speaker.empty() || !quote.cue.empty()) continue;
    const uint32_t first = ctx.QuoteFirst(q);
    if (first >= ctx.size()) continue;
    const uint32_t se = ctx.SentenceEnd(first);
    // The next quotation, in the same sentence, framed after it.
    const Quote& next = quotes[q + 1];
    const uint32_t next_first = ctx.QuoteFirst(q + 1);
    if (next_first >= se || next.speaker.empty() || next.cue.empty() || next.cue.begin < next.span.end ||
        next.speaker.begin < next.span.end || next.kind == QuoteKind::kIndirect) {
      continue;
    }
    quote.speaker = next.speaker;
    quote.speaker_entity = next.speaker_entity;
    quote.cue = next.cue;
  }
}

// The token of the one-word cue of `quote` in a headline, right after its
// speaker ("Trump Addresses Munich Attack", "Clinton blasted over"), or
// kNoToken.
uint32_t HeadlineCueAfterSpeaker(const Context& ctx, const Quote& quote) {
  if (quote.speaker.empty() || quote.cue.empty() || quote.cue.begin < quote.speaker.end) return kNoToken;
  const uint32_t cue = ctx.FirstTokenAt(quote.cue.begin);
  if (cue == 0 || cue + 1 >= ctx.size() || ctx.FirstTokenAt(quote.speaker.end) != cue ||
      ctx.FirstTokenAt(quote.cue.end) != cue + 1 || !ctx.InHeadline(cue)) {
    return kNoToken;
  }
  return cue;
}

// Whether the cue of `quote` is a noun of a headline rather than its verb: a
// capitalised word right after the speaker ("Trump Addresses Munich Attack:
// ‘…’", "… With Bombshell Claim: …"). A headline's verb agrees with its
// subject, so after a singular name it ends in -s, -ed or -ing or is an
// irregular past ("Clinton Calls", "Trump Told"); a bare form there is a
// noun. And a name after a possessive modifies the noun after it ("Calls
// Trump’s Putin Remarks ‘Troubling’").
bool IsHeadlineNounCue(const Context& ctx, const Quote& quote) {
  static constexpr std::string_view kIrregularPasts[] = {"said", "told",  "wrote", "spoke", "swore", "thought",
                                                         "felt", "heard", "knew",  "made",  "gave",  "took",
                                                         "sent", "meant", "saw",   "read",  "put",   "let"};
  const uint32_t cue = HeadlineCueAfterSpeaker(ctx, quote);
  if (cue == kNoToken || !ctx.tokens()[cue].Has(kCapitalized)) return false;
  const uint32_t speaker_first = ctx.FirstTokenAt(quote.speaker.begin);
  if (speaker_first > 0 && IsOneOf(ctx.TokenText(speaker_first - 1), {"’s", "'s"})) return true;
  const std::string_view word = ctx.TokenText(cue);
  const bool irregular_past = std::any_of(std::begin(kIrregularPasts), std::end(kIrregularPasts),
                                          [&](std::string_view past) { return EqualsLower(word, past); });
  return !irregular_past && !ctx.WordEndsWith(cue, "s") && !ctx.WordEndsWith(cue, "ed") &&
         !ctx.WordEndsWith(cue, "ing") && !ctx.WordEndsWith(cue - 1, "s");
}

// Whether the cue of `quote` is a headline's passive with its "be" left out:
// "Hillary Clinton blasted over decision to exclude Thatcher from latest
// 'Gutsy Women' book", "Trump slammed for …": a participle right after the
// speaker and before "over", "for" or "by"; its subject spoke nothing.
bool IsHeadlinePassive(const Context& ctx, const Quote& quote) {
  const uint32_t cue = HeadlineCueAfterSpeaker(ctx, quote);
  return cue != kNoToken && ctx.WordEndsWith(cue, "ed") && IsOneOf(ctx.TokenText(cue + 1), {"over", "for", "by"});
}

// Whether the cue of `quote` is a gerund that is the subject of a verb of
// being, a noun rather than a verb of speech ("The first black woman to
// win an Emmy Award for comedy writing is out to “break convention”").
bool IsGerundSubject(const Context& ctx, const Quote& quote) {
  if (quote.cue.empty()) return false;
  const uint32_t cue = ctx.FirstTokenAt(quote.cue.begin);
  return cue + 1 < ctx.size() && ctx.FirstTokenAt(quote.cue.end) == cue + 1 && ctx.WordEndsWith(cue, "ing") &&
         IsOneOf(ctx.TokenText(cue + 1), {"is", "was", "are", "were"});
}

// Whether the speaker of `quote` is the object of the verb that a
// participle cue after a comma continues: "Trump attacked Dimon, calling him
// “a bully”" (the tagger did not know "Trump"; the name right before the
// comma is whom he called so). A name after a lower-case word that is no
// verb of speech that inverts ("said Smith, adding" names the speaker) and no
// conjunction.
bool IsObjectBeforeParticiple(const Context& ctx, const Quote& quote) {
  if (quote.cue.empty() || quote.speaker.empty() || quote.speaker.end > quote.cue.begin) return false;
  const uint32_t cue = ctx.FirstTokenAt(quote.cue.begin);
  const uint32_t first = ctx.FirstTokenAt(quote.speaker.begin);
  const uint32_t after = ctx.FirstTokenAt(quote.speaker.end);
  if (cue == 0 || cue >= ctx.size() || !ctx.WordEndsWith(cue, "ing") || !ctx.IsPunct(cue - 1, ",") ||
      after != cue - 1 || first == 0 || first >= ctx.size()) {
    return false;
  }
  const uint32_t before = first - 1;
  const std::string_view word = ctx.TokenText(before);
  return ctx.IsWord(before) && !word.empty() && IsLowerAscii(word[0]) &&
         !IsOneOf(word, {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks",
                         "explained", "continued", "noted", "recalled", "replied", "insisted"}) &&
         !ctx.InList(before, kWordAnd | kWordBut | kDeterminerList | kPrepositionList) &&
         ctx.MentionStartingAt(first) >= 0;
}

void UnattributeParticipleNames(const Context& ctx) {
  auto& quotes = ctx.doc().quotes;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    Quote& quote = quotes[q];
    if (quote.kind != QuoteKind::kScare && IsNamedByParticiple(ctx, ctx.QuoteFirst(q))) {
      quote = Unattributed(quote, QuoteKind::kScare);
    } else if ((quote.kind == QuoteKind::kMixed && !quote.cue.empty() &&
                ((quote.cue.end <= quote.span.begin && IsPassiveVerb(ctx, ctx.FirstTokenAt(quote.cue.begin)) &&
                  quote.speaker.begin < quote.cue.end) ||
                 (quote.cue.begin >= quote.speaker.begin && quote.cue.end <= quote.speaker.end))) ||
               (quote.kind != QuoteKind::kScare &&
                (IsHeadlineNounCue(ctx, quote) || IsGerundSubject(ctx, quote) || IsHeadlinePassive(ctx, quote) ||
                 IsObjectBeforeParticiple(ctx, quote)))) {
      // "Mehmet Oz … has been called “quack”", "the book is described as a
      // “riveting book”": the subject of a passive verb is not who spoke;
      // nor is a name whose own word was read as the cue ("The Post sent
      // its “national enterprise reporter”": "Post" is no verb there),
      // nor one whose cue is a noun: a headline's (IsHeadlineNounCue) or a
      // gerund subject (IsGerundSubject); nor a headline's passive
      // (IsHeadlinePassive).
      // A word or three that nobody is said to have spoken is a term.
      constexpr size_t kMaxTermWords = 3;
      const bool term = ctx.CountWords(ctx.QuoteFirst(q), ctx.QuoteLast(q)) <= kMaxTermWords;
      quote = Unattributed(quote, term ? QuoteKind::kScare : QuoteKind::kMixed);
    }
  }
}

void CreditHeadlineQuotations(const Context& ctx) {
  // At most this many quotations are looked for, each in one pass over the
  // story's quoted words: linear in the text.
  constexpr size_t kMaxLookedFor = 16;
  constexpr std::ptrdiff_t kMinPullQuoteWords = 5;
  auto& quotes = ctx.doc().quotes;
  std::vector<uint32_t> looked_for;
  for (uint32_t q = 0; q < quotes.size() && looked_for.size() < kMaxLookedFor; ++q) {
    if (ctx.QuoteFirst(q) >= ctx.QuoteLast(q)) continue;
    const bool headline = ctx.InHeadline(ctx.QuoteFirst(q));
    if ((headline && quotes[q].speaker.empty()) ||
        (!headline && ctx.CountAllWords(ctx.QuoteFirst(q), ctx.QuoteLast(q)) >= kMinPullQuoteWords &&
         StandsApart(ctx, q))) {
      looked_for.push_back(q);
    }
  }
  if (looked_for.empty()) return;
  std::string story;                    // the words of every story quotation with a speaker
  std::vector<uint32_t> starts, owner;  // where each quotation's words start in `story`
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    if (ctx.QuoteFirst(q) >= ctx.QuoteLast(q) || ctx.InHeadline(ctx.QuoteFirst(q))) continue;
    if (quotes[q].speaker.empty() || quotes[q].kind == QuoteKind::kIndirect) continue;
    starts.push_back(static_cast<uint32_t>(story.size()));
    owner.push_back(q);
    AppendWords(ctx, quotes[q].content, &story);
    story.push_back(' ');
  }
  for (uint32_t h : looked_for) {
    std::string words;
    AppendWords(ctx, quotes[h].content, &words);
    if (words.empty()) continue;
    words.push_back(' ');
    const bool headline = ctx.InHeadline(ctx.QuoteFirst(h));
    // A pull quote's words are quoted again later, a speaker's whole words
    // in a sentence whose cue names the speaker ("“… think Donald Trump
    // rather than Barack Obama,” Dempsey told Gizmodo"): its first such
    // repetition.
    size_t at = story.find(words), k = 0;
    for (; at != std::string::npos; at = story.find(words, at + 1)) {
      k = std::upper_bound(starts.begin(), starts.end(), at) - starts.begin() - 1;
      if (headline || (owner[k] > h && quotes[owner[k]].kind == QuoteKind::kDirect && CuedInSentence(ctx, owner[k]))) {
        break;
      }
    }
    if (at == std::string::npos) continue;
    // A word or two ("‘Fact-Checking’") may recur anywhere in anyone's
    // longer quotation; it is the story speaker's when it opens their
    // quotation or lies in a short one, a phrase of theirs ("China commits
    // to ‘self-reliance’" … “self-reliance and self-strengthening”, "The
    // Trends Are ‘Terrifying’" … “And they're terrifying”).
    constexpr std::ptrdiff_t kMaxBareWords = 2;
    constexpr std::ptrdiff_t kMaxPhraseWords = 8;
    const size_t quotation_end = k + 1 < starts.size() ? starts[k + 1] - 1 : story.size() - 1;
    const std::ptrdiff_t quotation_words = std::count(story.begin() + starts[k], story.begin() + quotation_end, ' ');
    const bool phrase = at == starts[k] || quotation_words <= kMaxPhraseWords;
    if (std::count(words.begin(), words.end(), ' ') <= kMaxBareWords && !phrase) continue;
    const Quote& source = quotes[owner[k]];
    Quote& quote = quotes[h];
    if (headline) quote.kind = QuoteKind::kMixed;
    quote.speaker = source.speaker;
    quote.speaker_entity = source.speaker_entity;
    quote.cue = source.cue;
  }
}

}  // namespace attribution
}  // namespace annotator
