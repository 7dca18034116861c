#include "attribution/cues.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "attribution/coreference.h"
#include "attribution/speaker_candidates.h"
#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

class CueFinder {
 public:
  explicit CueFinder(const Context& ctx) : ctx_(ctx), tokens_(ctx.tokens()) {}

  std::vector<Cue> Run() {
    const uint32_t n = ctx_.size();
    size_t block = 0;  // boilerplate blocks are sorted
    const auto& blocks = ctx_.doc().boilerplate;
    for (uint32_t t = 0; t < n; ++t) {
      if (ctx_.QuoteOf(t) >= 0 || tokens_[t].kind != TokenKind::kWord) continue;
      // Disclaimers, adverts and navigation report nobody's words.
      while (block < blocks.size() && blocks[block].span.end <= tokens_[t].begin) ++block;
      if (block < blocks.size() && blocks[block].span.contains(tokens_[t].begin)) continue;
      const uint32_t sb = ctx_.SentenceBegin(t), se = ctx_.SentenceEnd(t);
      if (ctx_.InList(t, kWordAccording)) {
        if (t + 1 < se && ctx_.InList(t + 1, kWordTo)) {
          AddAccordingTo(t, 2, sb, se);
          ++t;
        }
        continue;
      }
      if (const uint32_t length = CreditPhraseAt(t, sb, se); length > 0) {
        AddAccordingTo(t, length, sb, se);
        t += length - 1;
        continue;
      }
      if (IsPutIt(t, se) && AddAsPutIt(t, sb, se)) {
        ++t;
        continue;
      }
      if (PointsOutThat(t, se)) {
        AddVerbCue(t, sb, se, /*phrasal_last=*/t + 2);
        ++t;
        continue;
      }
      if (!ctx_.IsCueWord(t) || IsNounUse(t, sb, se) || AnswersByDoing(t, se) || ModifiesMedium(t, sb) ||
          TakesOffice(t, se)) {
        continue;
      }
      AddVerbCue(t, sb, se);
    }
    return std::move(cues_);
  }

 private:
  // "thanked Trump in a video posted on the app, saying …", "in a statement
  // released on Monday": a participle of publishing right after a medium's
  // noun modifies it; no one speaks there ("the report claimed" does).
  bool ModifiesMedium(uint32_t t, uint32_t sb) const {
    return t > sb && ctx_.IsLowerWord(t - 1) &&
           IsOneOf(ctx_.TokenText(t), {"posted", "released", "published", "issued", "shared", "uploaded", "aired",
                                       "broadcast", "circulated", "sent", "filed", "tweeted", "distributed"}) &&
           IsOneOf(
               ctx_.TokenText(t - 1),
               {"video",     "videos",  "clip",      "clips",    "statement",    "statements", "letter",     "letters",
                "post",      "posts",   "message",   "messages", "note",         "memo",       "report",     "reports",
                "recording", "footage", "interview", "document", "documents",    "filing",     "email",      "emails",
                "tweet",     "tweets",  "essay",     "article",  "announcement", "notice",     "transcript", "audio"});
  }

  // "he responded by holding up six fingers", "replied by tweeting a
  // photo": the answer is the deed after "by", nobody's words (not
  // "responded by saying …", nor "replied by email: …"). Called on cue
  // words only, so the stems match no other word.
  bool AnswersByDoing(uint32_t t, uint32_t se) const {
    const bool answer_verb = ctx_.WordStartsWith(t, "respond") || ctx_.WordStartsWith(t, "repl") ||
                             ctx_.WordStartsWith(t, "react") || ctx_.WordStartsWith(t, "answer");
    return answer_verb && t + 2 < se && EqualsLower(ctx_.TokenText(t + 1), "by") && ctx_.WordEndsWith(t + 2, "ing") &&
           !ctx_.IsCueWord(t + 2);
  }

  // "…, a study published in the journal Nature Communications suggests",
  // "…, a report released by the IMF said": the name after a publishing
  // participle's preposition, right before the verb at `s`, is where the
  // piece appeared or who made it; the piece before the participle speaks.
  // Empty when there is no such piece.
  Span PublishedPieceBefore(Span source, uint32_t s, uint32_t sb) const {
    constexpr uint32_t kMaxLeadingWords = 2, kMaxPieceWords = 4;
    if (source.empty()) {
      const int32_t name = s > sb ? ctx_.MentionEndingAt(s - 1) : -1;
      if (name < 0) return {};
      source = ctx_.doc().mentions[name].span;
    }
    uint32_t p = ctx_.FirstTokenAt(source.begin);
    // (Past "the journal" before the name.)
    while (p > sb && p + kMaxLeadingWords > ctx_.FirstTokenAt(source.begin) && ctx_.IsLowerWord(p - 1) &&
           !ctx_.InList(p - 1, kPrepositionList)) {
      --p;
    }
    if (p < sb + 3 || !ctx_.InList(p - 1, kPrepositionList)) return {};
    const uint32_t participle = p - 2;
    if (!IsOneOf(ctx_.TokenText(participle), {"published", "released", "issued", "commissioned", "conducted",
                                              "produced", "compiled", "prepared"}) ||
        !ctx_.InList(participle - 1, kSpeakerNounList) || !ctx_.IsLowerWord(participle - 1)) {
      return {};
    }
    uint32_t first = participle - 1;
    while (first > sb && participle - first < kMaxPieceWords && ctx_.IsWord(first - 1) &&
           !ctx_.InList(first - 1, kDeterminerList | kPrepositionList) && ctx_.QuoteOf(first - 1) < 0) {
      --first;
    }
    if (first == sb || !ctx_.InList(first - 1, kDeterminerList)) return {};
    return Span{tokens_[first - 1].begin, source.end};
  }

  // "Milei sworn in as Argentina's president", "was sworn in on Sunday",
  // "swore in a new cabinet": swearing in is taking or giving office, no
  // speech ("swore in court that …", "swore in an affidavit" are).
  bool TakesOffice(uint32_t t, uint32_t se) const {
    if (!ctx_.WordStartsWith(t, "swor") && !ctx_.WordStartsWith(t, "swear")) return false;
    if (t + 1 >= se || !EqualsLower(ctx_.TokenText(t + 1), "in")) return false;
    return t + 2 >= se ||
           !(ctx_.InList(t + 2, kDeterminerList) || IsOneOf(ctx_.TokenText(t + 2), {"court", "testimony", "writing"}));
  }

  // "…, with its president, Joe Ajaero, describing the decision as …": a
  // person in apposition after "with" and a few lower-case words, before the
  // participle's comma at `comma`, is the participle's subject; or an empty
  // span.
  Span PersonAfterWith(uint32_t comma, uint32_t sb) const {
    constexpr uint32_t kMaxWords = 4;
    const int32_t name = comma > sb ? ctx_.MentionEndingAt(comma - 1) : -1;
    if (name < 0 || ctx_.doc().mentions[name].type != EntityType::kPerson) return {};
    const uint32_t first = ctx_.FirstTokenAt(ctx_.doc().mentions[name].span.begin);
    if (first < sb + 3 || !ctx_.IsPunct(first - 1, ",")) return {};
    for (uint32_t w = first - 2; w > sb && first - 2 - w < kMaxWords && ctx_.IsLowerWord(w); --w) {
      if (EqualsLower(ctx_.TokenText(w), "with")) return w + 1 < first - 1 ? ctx_.doc().mentions[name].span : Span{};
    }
    return {};
  }

  // `Javier Milei, who once called Francis “the representative of evil,”
  // said he …`: a relative clause set off by commas whose last comma
  // closes a quotation stands between the subject and the verb at `t`; the
  // subject before ", who", or an empty span.
  Span SubjectBeforeQuotingRelative(uint32_t t, uint32_t sb) const {
    constexpr uint32_t kMaxClause = 16;
    const int32_t q = t > sb ? ctx_.QuoteOf(t - 1) : -1;
    if (q < 0 || ctx_.QuoteLast(static_cast<uint32_t>(q)) != t) return {};
    const uint32_t open = ctx_.QuoteFirst(static_cast<uint32_t>(q));
    if (t < open + 3 || !ctx_.IsPunct(t - 2, ",")) return {};
    for (uint32_t w = open; w > sb + 1 && open - w < kMaxClause; --w) {
      const uint32_t k = w - 1;
      if (ctx_.QuoteOf(k) >= 0 || ctx_.IsPunct(k, ".")) return {};
      if (ctx_.InList(k, kWordWho | kWordWhich) && ctx_.IsPunct(k - 1, ",")) {
        const Span subject = SubjectEndingAt(ctx_, k, sb);
        return IsPlausibleSpeaker(ctx_, subject) ? subject : Span{};
      }
    }
    return {};
  }

  // `“We will not back down,” says minister`: a headline drops the
  // article; up to three lower-case words from `first` that end the
  // sentence and a speaker noun last, or an empty span.
  Span BareSpeakerEndingHeadline(uint32_t first, uint32_t se) const {
    constexpr uint32_t kMaxWords = 3;
    uint32_t end = first;
    while (end < se && end < first + kMaxWords && ctx_.IsLowerWord(end) &&
           !ctx_.InList(end, kNotInSubjectList | kPrepositionList)) {
      ++end;
    }
    const bool ends = end >= se || tokens_[end].kind == TokenKind::kPunct;
    return end > first && ends && ctx_.InList(end - 1, kSpeakerNounList) ? ctx_.TokenSpan(first, end) : Span{};
  }

  // "warning" in "an AI risk warning", "the call", "his report": a cue word
  // after a determiner (and perhaps one modifier), or an -ing form after
  // another noun, is a noun; it reports something only when a clause follows
  // ("their claim that …").
  bool IsNounUse(uint32_t t, uint32_t sb, uint32_t se) const {
    if (t == sb) return false;
    // Part of a name or a heading: "United States", "MEDICAL CLAIMS"; in
    // a title-case headline every verb is capitalised ("Graham Says").
    if (tokens_[t].Has(kCapitalized) && !ctx_.InHeadline(t) && !ctx_.InShoutedSentence(t)) return true;
    // "Trump's comments", "Pagliano's Fifth Amendment claims"; but "The
    // Guardian's Alexis Petridis wrote": a person's name is a subject, and
    // so is an organisation's before a past tense or "says" ("Russia's
    // Defense Ministry said"; "Apple's App Store reports", "Google's Threat
    // Analysis Group report found" stay nouns).
    if (ctx_.AfterPossessive(t)) return true;
    const int32_t name = ctx_.MentionEndingAt(t - 1);
    const EntityType type = name >= 0 ? ctx_.doc().mentions[name].type : EntityType::kMisc;
    const bool after_person =
        name >= 0 && (type == EntityType::kPerson || (type == EntityType::kOrg && ctx_.IsFiniteVerbForm(t)));
    for (uint32_t u = t;
         !after_person && u > sb + 1 && u + 3 > t && ctx_.IsWord(u - 1) && tokens_[u - 1].Has(kCapitalized); --u) {
      if (ctx_.AfterPossessive(u - 1)) return true;
    }
    // (Before a colon, a verb: "Trump posted:"; not after a determiner and a
    // word: "in an Instagram post:", where the noun's phrase names the piece.)
    const bool after_determiner = t >= sb + 2 && ctx_.IsWord(t - 2) && ctx_.InList(t - 2, kDeterminerList) &&
                                  ctx_.IsWord(t - 1) && !ctx_.InList(t - 1, kNotInSubjectList);
    if (t + 1 < se && (ctx_.InList(t + 1, kWordThat) || (ctx_.IsPunct(t + 1, ":") && !after_determiner))) return false;
    // "ignored repeated warnings", "dismissed reported sightings": a
    // participle right after a past verb modifies that verb's object.
    if (ctx_.WordEndsWith(t, "ed") && t > sb + 1 && ctx_.IsLowerWord(t - 1) && ctx_.WordEndsWith(t - 1, "ed") &&
        !EqualsLower(ctx_.TokenText(t - 1), "indeed")) {
      return true;
    }
    // "state Sen. Ann Lee", "state health officials said": the noun.
    if (ctx_.IsStateNoun(t)) return true;
    // "a statement calling the test …", "a tweet attacking her": a
    // participle after a speaker noun is the statement's verb.
    if (ctx_.WordEndsWith(t, "ing") && !ctx_.IsPunct(t - 1, ",") && ctx_.IsWord(t - 1) &&
        !ctx_.InList(t - 1, kBetweenSubjectAndCueList | kBeFormList | kSpeakerNounList | kNotContentStartList) &&
        ctx_.PronounAt(t - 1) == Pronoun::kNone && ctx_.MentionEndingAt(t - 1) < 0) {
      return true;
    }
    if (ctx_.WordEndsWith(t, "ing") && ModifiesNounAfterName(t, sb, se)) return true;
    if (!ctx_.InList(t, kNounFormList)) return false;
    // "a second person briefed on last weekend's phone call said": the
    // noun of the phrase whose verb of speech follows.
    if (t + 1 < se && ctx_.IsLowerWord(t + 1) && ctx_.IsCueWord(t + 1) && ctx_.IsFiniteVerbForm(t + 1) &&
        !ctx_.WordEndsWith(t, "ed")) {
      return true;
    }
    // "Schiff and Nunes made closing remarks Tuesday following …", "gave
    // brief comments": the object of a verb of making or giving, right
    // after it or after one lower-case modifier.
    auto making = [&](uint32_t k) {
      return k >= sb && ctx_.IsWord(k) &&
             IsOneOf(ctx_.TokenText(k), {"make", "makes", "made", "making", "give", "gives", "gave", "given", "giving",
                                         "deliver", "delivers", "delivered", "delivering"});
    };
    if (making(t - 1) || (t >= sb + 2 && ctx_.IsLowerWord(t - 1) && making(t - 2))) {
      return true;
    }
    // "released without comment", "who spoke during public comment": right
    // after a preposition, or after a preposition of time or manner and an
    // adjective ("declined to comment" is the verb; "Opponents of abortion
    // claim" has its subject before it).
    const bool after_preposition =
        ctx_.IsWord(t - 1) && !ctx_.InList(t - 1, kWordTo) &&
        (ctx_.InList(t - 1, kPrepositionList) || IsOneOf(ctx_.TokenText(t - 1), {"during", "after", "before"}));
    const bool after_adjective = t >= sb + 2 && ctx_.IsWord(t - 2) && ctx_.IsWord(t - 1) &&
                                 !tokens_[t - 1].Has(kCapitalized) &&
                                 IsOneOf(ctx_.TokenText(t - 2), {"during", "after", "before", "without", "amid"});
    if (!ctx_.WordEndsWith(t, "ing") && (after_preposition || after_adjective)) return true;
    if (ctx_.WordEndsWith(t, "s") && ObjectNameBefore(t, sb)) return true;
    // "10-year Treasury notes rose", "the claims were false": a plural that
    // is the subject of the verb after it.
    if (ctx_.WordEndsWith(t, "s") && t + 1 < se && ctx_.IsLowerWord(t + 1) &&
        (ctx_.InList(t + 1, kBeFormList) ||
         IsOneOf(ctx_.TokenText(t + 1), {"rose", "fell", "rise", "fall", "have", "had"}))) {
      return true;
    }
    const bool det1 = ctx_.IsWord(t - 1) && ctx_.InList(t - 1, kDeterminerList);
    const bool det2 = t >= sb + 2 && ctx_.IsWord(t - 1) && ctx_.IsWord(t - 2) && ctx_.InList(t - 2, kDeterminerList) &&
                      !ctx_.InList(t - 1, kNotInSubjectList) && !IsFrameAfterQuotation(t, se);
    // "in a Tuesday research report", "this report": two modifiers, the
    // second no plural and the cue word no verb of one ("the two sides
    // claim", "a new study reports" are verbs); or "this".
    const bool det3 = t >= sb + 3 && ctx_.IsWord(t - 1) && ctx_.IsWord(t - 2) && ctx_.IsWord(t - 3) &&
                      ctx_.InList(t - 3, kDeterminerList) && !ctx_.WordEndsWith(t - 1, "s") &&
                      !ctx_.WordEndsWith(t, "s") && !ctx_.InList(t - 1, kNotInSubjectList) &&
                      !ctx_.InList(t - 2, kNotInSubjectList) && !IsFrameAfterQuotation(t, se);
    const bool after_this = ctx_.IsWord(t - 1) && IsOneOf(ctx_.TokenText(t - 1), {"this", "This"});
    return det1 || det2 || det3 || after_this || AfterModifyingName(t, sb);
  }

  // "beating Wall Street estimates", "in line with FactSet forecasts": a name
  // right before token `t` that is the object of an -ing verb other than a
  // cue or of a preposition, so `t` is the noun that name modifies ("saying
  // Smith claims …" and "after Smith reports …" may be verbs).
  bool ObjectNameBefore(uint32_t t, uint32_t sb) const {
    const int32_t name = ctx_.MentionEndingAt(t - 1);
    if (name < 0) return false;
    const uint32_t k = ctx_.FirstTokenAt(ctx_.doc().mentions[name].span.begin);
    if (k <= sb || !ctx_.IsWord(k - 1) || tokens_[k - 1].Has(kCapitalized)) return false;
    return (ctx_.WordEndsWith(k - 1, "ing") && !ctx_.IsCueWord(k - 1)) ||
           (ctx_.InList(k - 1, kPrepositionList) && !ctx_.InList(k - 1, kNotContentStartList));
  }

  // Whether the name ending before token `t` is opened by a determiner,
  // perhaps after one lower-case modifier: "the Pentagon", "the only Solar
  // System".
  bool NameAfterDeterminer(uint32_t t, uint32_t sb) const {
    const int32_t name = ctx_.MentionEndingAt(t - 1);
    if (name < 0) return false;
    uint32_t k = ctx_.FirstTokenAt(ctx_.doc().mentions[name].span.begin);
    if (k > sb + 1 && ctx_.IsLowerWord(k - 1) && !ctx_.InList(k - 1, kDeterminerList)) {
      --k;
    }
    return k > sb && ctx_.IsWord(k - 1) && ctx_.InList(k - 1, kDeterminerList);
  }

  // "on the U.K. singing competition “I’d Do Anything”": an -ing word after
  // a name that a determiner opens, before a lower-case word that opens no
  // clause or phrase, modifies that word ("with the White House saying it
  // would …" and "the Kremlin warning that …" are verbs).
  bool ModifiesNounAfterName(uint32_t t, uint32_t sb, uint32_t se) const {
    if (t + 1 >= se || !ctx_.IsWord(t + 1) || tokens_[t + 1].Has(kCapitalized) || !NameAfterDeterminer(t, sb)) {
      return false;
    }
    return !ctx_.InList(t + 1, kWordThat | kDeterminerList | kPrepositionList | kWordTo | kBetweenSubjectAndCueList) &&
           ctx_.PronounAt(t + 1) == Pronoun::kNone;
  }

  // "the only Solar System object other than Earth", "the Pentagon claim":
  // a cue's bare form after a singular name that a determiner (and perhaps
  // one lower-case modifier) opens is a noun the name modifies; as a verb it
  // would agree ("the Pentagon objects", "the Democrats object"). Not a
  // noun that speaks itself: in "A 2014 House Intelligence Committee report
  // found" the committee is credited through its report.
  bool AfterModifyingName(uint32_t t, uint32_t sb) const {
    return !ctx_.WordEndsWith(t, "s") && !ctx_.WordEndsWith(t - 1, "s") && !ctx_.InList(t, kSpeakerNounList) &&
           NameAfterDeterminer(t, sb);
  }

  // Whether `source` is the source of the latest cue of the sentence from
  // `sb`, a speech cue: a later verb of it goes on with that speech.
  bool ContinuesSpeechOf(uint32_t sb, Span source) const {
    return !source.empty() && !cues_.empty() && cues_.back().first >= sb && cues_.back().cls == CueClass::kSpeech &&
           !cues_.back().source.empty() && cues_.back().source.begin == source.begin;
  }

  // A lower-case word in "-ly" ("repeatedly", "publicly"): an adverb before
  // a verb.
  bool IsLowerAdverb(uint32_t t) const { return ctx_.IsLowerWord(t) && ctx_.WordEndsWith(t, "ly"); }

  // tell, inform, remind, assure: verbs whose listener follows them.
  bool NeedsListener(uint32_t t) const {
    static constexpr std::string_view kForms[] = {"tell",    "tells",    "told",    "informed",
                                                  "informs", "reminded", "reminds", "assured"};
    return std::any_of(std::begin(kForms), std::end(kForms),
                       [&](std::string_view w) { return EqualsLower(ctx_.TokenText(t), w); });
  }

  // "…, and the meeting deteriorated from there, said one GOP source in the
  // room.": a verb right after a comma whose subject follows it and ends
  // the sentence, or only a prepositional phrase does.
  bool InvertedAfterComma(uint32_t t, uint32_t s, uint32_t sb, uint32_t se) const {
    if (s != t || !ctx_.IsPunct(t - 1, ",") || ctx_.WordEndsWith(t, "ing") || NeedsListener(t)) return false;
    if (AppositionSubjectBefore(t - 1, sb)) return false;
    const Span subject = SpeakerStartingAt(ctx_, t + 1, se);
    if (!IsPlausibleSpeaker(ctx_, subject)) return false;
    const uint32_t after = ctx_.FirstTokenAt(subject.end);
    // "Many, like Linda Moore, urged the council to restore …": the
    // listener of a verb that takes one, then what it is to do.
    if (after < se && ctx_.InList(t, kObjectFirstCueList) && ctx_.InList(after, kWordTo)) return false;
    // ("…, said study co-author Anezina Solomonidou, a European Space Agency
    // research fellow.": a description or a relative clause after the name.)
    // ("…, said Lt. Matt Harris, Columbus Police Department spokesman.": or
    // a few words that end the sentence with a word for someone who speaks.)
    const bool described =
        ctx_.IsPunct(after, ",") && after + 1 < se && ctx_.IsWord(after + 1) &&
        (IsOneOf(ctx_.TokenText(after + 1), {"a", "an", "the", "who", "whose"}) || EndsWithSpeakerNoun(after + 1, se));
    return after >= se || ctx_.IsPunct(after, ".") ||
           (ctx_.IsWord(after) && ctx_.InList(after, kPrepositionList) && !AuxiliaryAfterPhrase(after, se)) ||
           described;
  }

  // Whether a finite auxiliary follows the short phrase of place that opens
  // at `t`: "…, said some buyers in Europe were delaying contracts" makes
  // the words the reported clause's subject, not an inverted speaker.
  bool AuxiliaryAfterPhrase(uint32_t t, uint32_t se) const {
    constexpr uint32_t kMaxPhraseTokens = 4;
    for (uint32_t k = t + 1; k < se && k <= t + kMaxPhraseTokens && ctx_.IsWord(k); ++k) {
      if (IsFiniteAuxiliary(k)) return true;
    }
    return false;
  }

  // Whether token `t` is a form of "be", a modal, or "has", "have", "had".
  bool IsFiniteAuxiliary(uint32_t t) const {
    return ctx_.InList(t, kBeFormList) || IsModal(ctx_.TokenText(t)) ||
           IsOneOf(ctx_.TokenText(t), {"has", "have", "had"});
  }

  // Whether [first, se) is a few words and perhaps a closing period, the
  // last word a speaker noun ("Columbus Police Department spokesman.").
  bool EndsWithSpeakerNoun(uint32_t first, uint32_t se) const {
    constexpr uint32_t kMaxWords = 6;
    uint32_t end = se;
    if (end > first && ctx_.IsPunct(end - 1, ".")) --end;
    if (end <= first || end - first > kMaxWords) return false;
    for (uint32_t t = first; t < end; ++t) {
      if (!ctx_.IsWord(t)) return false;
    }
    return ctx_.InList(end - 1, kSpeakerNounList);
  }

  // "The lead negotiator, Christine Schneider, said the compromise …" and
  // "Christine Schneider, the lead negotiator, said …": a person's name and
  // a short description between commas open the sentence before the comma
  // at `comma`. They are the verb's subject, not words it reports, however
  // the phrase after the verb reads.
  bool AppositionSubjectBefore(uint32_t comma, uint32_t sb) const {
    constexpr uint32_t kMaxDescription = 10, kMaxSubject = 32;  // a name, a description and an affiliation
    if (comma - sb > kMaxSubject) return false;                 // and a sentence of "…, said" stays linear
    uint32_t inner = comma;
    for (uint32_t c = sb; c < comma; ++c) {
      if (ctx_.QuoteOf(c) >= 0 || ctx_.IsCueWord(c)) return false;
      if (!ctx_.IsPunct(c, ",")) continue;
      if (inner != comma) return false;  // one comma inside, no more
      inner = c;
    }
    if (inner == comma || inner == sb || inner + 1 == comma) return false;
    auto person_between = [&](uint32_t first, uint32_t end) {
      return !PersonWithAffiliation(ctx_, first, end).empty();
    };
    // (A name in the description counts as one word, and its acronym in
    // brackets as none: "a defense analyst at the International Centre for
    // Defence and Security (ICDS)".)
    auto description_words = [&](uint32_t first, uint32_t end) {
      uint32_t words = 0;
      for (uint32_t t = first; t < end; ++t, ++words) {
        if (const int32_t m = ctx_.MentionStartingAt(t); m >= 0) {
          t = std::max(t, ctx_.FirstTokenAt(ctx_.doc().mentions[m].span.end) - 1);
        } else if (ctx_.IsPunct(t, "(") && t + 2 < end && ctx_.IsPunct(t + 2, ")")) {
          t += 2;
          --words;
        }
      }
      return words;
    };
    const bool person_first = person_between(sb, inner) && description_words(inner + 1, comma) <= kMaxDescription;
    const bool person_second = person_between(inner + 1, comma) && description_words(sb, inner) <= kMaxDescription;
    return person_first || person_second;
  }

  // `“…,” the letter reads.`: a speaker noun and a verb form that ends the
  // sentence right after a quotation is the inverted frame, not a compound
  // noun ("the letter reads", not "the police report").
  bool IsFrameAfterQuotation(uint32_t t, uint32_t se) const {
    if (t < 3 || !ctx_.InList(t - 1, kSpeakerNounList)) return false;
    const uint32_t before = t - 3;  // the token before the determiner
    const bool after_quotation = tokens_[before].kind == TokenKind::kQuote || ctx_.QuoteOf(before) >= 0;
    return after_quotation && (t + 1 >= se || ctx_.IsPunct(t + 1, ".") || ctx_.IsPunct(t + 1, ","));
  }

  // Where the words that a sentence-final "according to" at `t` credits
  // begin: "… a crackdown on protesters, in which up to 1,400 people were
  // killed according to the United Nations" credits the UN with the dead,
  // not with the rest of the sentence. Straight after the preposition and
  // pronoun (or "where") of a relative clause that follows the last comma;
  // with a comma before "according to", or no such clause, the sentence's
  // start `sb`.
  uint32_t ClauseCreditedBefore(uint32_t t, uint32_t sb) const {
    sb = PastDateline(ctx_, sb, t);  // the writer's place and agency are no part of it
    if (t < sb + 2 || ctx_.IsPunct(t - 1, ",")) return sb;
    uint32_t c = t - 1;
    while (c > sb + 1 && !ctx_.IsPunct(c - 1, ",")) --c;
    if (c <= sb + 1) return sb;
    // Only a clause with a subject of its own ("in which up to 1,400 people
    // were killed", "where …"), not "which classifies him as overweight".
    if (EqualsLower(ctx_.TokenText(c), "where")) return c + 1;
    const bool relative = c + 2 < t && ctx_.InList(c, kPrepositionList) && ctx_.InList(c + 1, kWordWho | kWordWhich);
    return relative ? c + 2 : sb;
  }

  // Other phrases that credit words as "according to" does, the number of
  // their tokens at `t` (0 for none): "In the words of Martin Luther King,
  // “…”" opening a sentence, and "“…,” per a senior official." closing one
  // (a comma before it and a determiner or a name after it: not "$5 per
  // share", "per cent", "per year").
  uint32_t CreditPhraseAt(uint32_t t, uint32_t sb, uint32_t se) const {
    if (t == sb && t + 4 < se && EqualsLower(ctx_.TokenText(t), "in") && ctx_.TokenText(t + 1) == "the" &&
        ctx_.TokenText(t + 2) == "words" && ctx_.TokenText(t + 3) == "of") {
      return 4;
    }
    if (ctx_.TokenText(t) != "per" || t < sb + 3 || t + 1 >= se) return 0;
    const bool after_comma =
        ctx_.IsPunct(t - 1, ",") || (tokens_[t - 1].kind == TokenKind::kQuote && ctx_.IsPunct(t - 2, ","));
    if (!after_comma) return 0;
    // Not a relay after the speaker's own verb: "one Weibo commenter said,
    // per Feng".
    for (uint32_t k = sb; k < t; ++k) {
      if (ctx_.QuoteOf(k) < 0 && ctx_.IsWord(k) && ctx_.IsCueWord(k)) return 0;
    }
    const bool name = ctx_.MentionStartingAt(t + 1) >= 0;
    const bool described =
        ctx_.IsWord(t + 1) && (ctx_.InList(t + 1, kDeterminerList) || ctx_.PronounAt(t + 1) != Pronoun::kNone);
    if (!name && !described) return 0;
    // The source ends the sentence.
    const Span source = SpeakerStartingAt(ctx_, t + 1, se);
    if (source.empty()) return 0;
    uint32_t end = t + 1;
    while (end < se && tokens_[end].end <= source.end) ++end;
    return end >= se || (ctx_.IsPunct(end, ".") && end + 1 >= se) ? 1 : 0;
  }

  // Where a list of names that goes on after the comma at token `comma`
  // ends: at the comma or the sentence's end after ", B and C" (capitalised
  // words, commas and one "and" or "or"); `comma` when no such list follows.
  uint32_t NamesListEnd(uint32_t comma, uint32_t se) const {
    constexpr uint32_t kMaxListTokens = 12;
    if (comma + 1 >= se || !ctx_.IsPunct(comma, ",")) return comma;
    bool joined = false;
    for (uint32_t k = comma + 1; k < se && k <= comma + kMaxListTokens; ++k) {
      const bool conjunction = IsOneOf(ctx_.TokenText(k), {"and", "or", "&"});
      if (conjunction && !joined && ctx_.IsWord(k - 1)) {
        joined = true;
        continue;
      }
      if (ctx_.IsPunct(k, ",") || (k + 1 == se && ctx_.IsPunct(k, "."))) {
        return joined && ctx_.IsWord(k - 1) ? k : comma;
      }
      if (!ctx_.IsWord(k) || !tokens_[k].Has(kCapitalized) || ctx_.QuoteOf(k) >= 0) return comma;
    }
    return comma;
  }

  // "according to X, …" and "…, according to X.", or another phrase of
  // `length` tokens that credits so (CreditPhraseAt).
  void AddAccordingTo(uint32_t t, uint32_t length, uint32_t sb, uint32_t se) {
    Cue cue;
    cue.first = t;
    cue.last = t + length;
    cue.cue = ctx_.TokenSpan(t, t + length);
    // Whatever the source, it is what the words are credited to ("according
    // to data from …"), so any noun phrase will do.
    cue.source = SpeakerStartingAt(ctx_, t + length, se);
    // "according to people familiar with the matter": a bare plural of
    // speakers.
    // "According to him, the state will …": an object pronoun alone (not
    // "her" of "according to her lawyer").
    const bool pronoun_alone = t + length + 1 < se && ctx_.InList(t + length, kObjectPronounList) &&
                               tokens_[t + length + 1].kind == TokenKind::kPunct;
    if (cue.source.empty() && t + length < se && ctx_.IsWord(t + length) &&
        (ctx_.InList(t + length, kSpeakerNounList) || pronoun_alone)) {
      cue.source = ctx_.TokenSpan(t + length, t + length + 1);
    }
    // "according to local media", "according to senior officials": a bare
    // plural of speakers after a modifier or two in lower case.
    for (uint32_t k = t + length + 1; cue.source.empty() && k < se && k <= t + length + 2 && ctx_.IsLowerWord(k - 1) &&
                                      !ctx_.InList(k - 1, kNotInSubjectList | kPrepositionList | kSpeakerNounList);
         ++k) {
      if (ctx_.IsLowerWord(k) && ctx_.InList(k, kSpeakerNounList)) cue.source = ctx_.TokenSpan(t + length, k + 1);
    }
    if (cue.source.empty()) return;
    uint32_t after = t + length;
    while (after < se && tokens_[after].end <= cue.source.end) ++after;
    // "according to E. J. Fleming's “The Fixers: …” and other sources": a
    // work of the source's in quotation marks is part of what credits.
    uint32_t run_limit = t + 14;
    if (after + 1 < se && ctx_.IsPossessive(after) && ctx_.QuoteOf(after + 1) >= 0 &&
        ctx_.QuoteFirst(static_cast<uint32_t>(ctx_.QuoteOf(after + 1))) == after + 1) {
      after = std::min(se, ctx_.QuoteLast(static_cast<uint32_t>(ctx_.QuoteOf(after + 1))) + 1);
      run_limit = after + 8;
    }
    // "according to Russian state media": a people's adjective before words
    // in lower case modifies them, and the phrase is a description (it was
    // "Russian" that spoke; not a plural, which is the noun: "according to
    // Democrats involved in the talks").
    const int32_t name = ctx_.MentionStartingAt(t + length);
    const bool modifier = name >= 0 && ctx_.doc().mentions[name].type == EntityType::kMisc &&
                          ctx_.doc().mentions[name].span.end == cue.source.end && !ctx_.WordEndsWith(after - 1, "s") &&
                          after < se && ctx_.IsWord(after) && !tokens_[after].Has(kCapitalized) &&
                          !ctx_.InList(after, kPrepositionList | kNotInSubjectList);
    // The source may run on: "according to a report by the Post", "according
    // to the Centre for Disease Control (CDC) in the US"; a description takes
    // those words in ("two people familiar with the talks").
    // (A bracket opened before the limit is closed: "according to Central
    // Weather Administration (CWA) forecaster Hsu Chung-yi (徐仲毅)".)
    auto bracket = [&](uint32_t k) { return ctx_.IsPunct(k, "(") || ctx_.IsPunct(k, ")"); };
    int open_brackets = 0;
    while (after < se && !ctx_.IsPunct(after, ",") && (tokens_[after].kind != TokenKind::kPunct || bracket(after)) &&
           ctx_.QuoteOf(after) < 0 && (after < run_limit || open_brackets > 0)) {
      open_brackets += ctx_.IsPunct(after, "(") ? 1 : ctx_.IsPunct(after, ")") ? -1 : 0;
      ++after;
    }
    const bool ran_to_end = after >= se || tokens_[after].kind == TokenKind::kPunct;
    if (after > t + length && ran_to_end &&
        (modifier || SpeakerKindOf(ctx_, cue.source) == SpeakerKind::kDescription)) {
      cue.source.end = std::max(cue.source.end, tokens_[after - 1].end);
    }
    // "…, according to Spotify's head of music, Jeremy Erlich.": a person in
    // apposition that ends the sentence is the one credited; so is one set
    // off by commas when the phrase opens the sentence ("According to New
    // Zealand Rugby's head of high performance, Dr Lena Fabian, Kereama
    // will …"), a title before the name or not.
    if (after + 1 < se && ctx_.IsPunct(after, ",")) {
      const int32_t person = ctx_.MentionStartingAt(PastPersonTitle(ctx_, after + 1, ctx_.size()));
      if (person >= 0 && ctx_.doc().mentions[person].type == EntityType::kPerson) {
        const uint32_t end = ctx_.FirstTokenAt(ctx_.doc().mentions[person].span.end);
        // (There the phrase before is someone's role, "X's head of …"; a
        // clause's subject after a document is not in apposition: "According
        // to an FBI summary of its investigation, Cheryl Mills, a top Clinton
        // aide, sent …".)
        bool owned_role = false;
        for (uint32_t k = t + length; k < after && !owned_role; ++k) owned_role = ctx_.IsPossessive(k);
        const bool opens_sentence =
            owned_role && ctx_.CountAllWords(sb, t) == 0 && end + 1 < se && ctx_.IsPunct(end, ",");
        if (end >= se || (ctx_.IsPunct(end, ".") && end + 1 >= se) || opens_sentence) {
          cue.source = ctx_.doc().mentions[person].span;
          after = end;
        }
      }
    }
    // "According to Immigration, Refugees and Citizenship Canada, there
    // were …": a name that commas and "and" join to more names runs on to
    // the last of them.
    if (const uint32_t list_end = NamesListEnd(after, se); list_end > after) {
      cue.source.end = tokens_[list_end - 1].end;
      after = list_end;
    }
    // "According to the European Space Agency, which contributed the
    // instrument, the telescope …": the source's relative clause, set off by
    // commas, is no part of what it is credited with.
    if (after + 1 < se && ctx_.IsPunct(after, ",") && ctx_.InList(after + 1, kWordWho | kWordWhich)) {
      constexpr uint32_t kMaxClauseTokens = 24;
      for (uint32_t k = after + 2; k + 1 < se && k <= after + kMaxClauseTokens && ctx_.QuoteOf(k) < 0; ++k) {
        if (!ctx_.IsPunct(k, ",")) continue;
        after = k;
        break;
      }
    }
    // "According to Dr Lim Wei Chuan, a governance researcher at Universiti
    // Malaya, land offices have …": nor is a description of a named source.
    if (after < se && ctx_.IsPunct(after, ",") && ctx_.MentionEndingAt(after - 1) >= 0) {
      after = ApposedDescriptionEnd(after, se);
    }
    // "He crossed the border after, according to him, Televisa censured
    // his report": set off after a conjunction, the phrase credits the
    // clause it opens.
    const bool after_conjunction = t >= sb + 2 && ctx_.IsPunct(t - 1, ",") &&
                                   (IsTimeOrCauseConjunction(ctx_.TokenText(t - 2)) || ctx_.InList(t - 2, kWordThat));
    if (ctx_.CountAllWords(sb, t) >= 2 && !after_conjunction) {
      cue.before_begin = ClauseCreditedBefore(t, sb);
      cue.before_end = ctx_.TrimEnd(cue.before_begin, t);
    } else {
      if (after < se && ctx_.IsPunct(after, ",")) ++after;
      // "This, according to attendees and speakers, is both a problem and an
      // opportunity": a subject set off before the phrase and a verb after
      // it are one clause, the phrase inside.
      const bool inside = t > sb && ctx_.CountAllWords(sb, t) == 1 && ctx_.IsPunct(t - 1, ",") && after < se &&
                          ctx_.IsPunct(after - 1, ",") && IsFiniteAuxiliary(after);
      cue.after_begin = inside ? sb : after;
      cue.after_end = ctx_.TrimEnd(after, se);
      cue.explicit_clause = true;
    }
    Finish(&cue);
  }

  // "put it" / "puts it" at token `t`.
  bool IsPutIt(uint32_t t, uint32_t se) const {
    const std::string_view word = ctx_.TokenText(t);
    return (EqualsLower(word, "put") || EqualsLower(word, "puts")) && t + 1 < se &&
           EqualsLower(ctx_.TokenText(t + 1), "it");
  }

  // `…“…,” as a Homeland Security memo put it.` and `As Mr. Rosenthal
  // recently put it, “…”`: the phrase credits the quotation it frames to
  // its subject. "put it" alone is no speech verb ("put it on the table"),
  // so only the frame "as X put it" counts, and only for quotations.
  bool AddAsPutIt(uint32_t t, uint32_t sb, uint32_t se) {
    const uint32_t s = SubjectEnd(ctx_, t, sb);
    if (s <= sb) return false;
    const Span source = SpeakerBefore(ctx_, s, sb);
    if (source.empty()) return false;
    uint32_t source_first = s;
    while (source_first > sb && tokens_[source_first - 1].end > source.begin) --source_first;
    for (int titles = 0;
         titles < 2 && source_first > sb && ctx_.IsWord(source_first - 1) &&
         !EqualsLower(ctx_.TokenText(source_first - 1), "as") && tokens_[source_first - 1].Has(kCapitalized);
         ++titles) {
      --source_first;
    }
    // "as my colleague Tom put it", "as one analyst put it": a possessive
    // or a determiner and a speaker noun before the name.
    if (source_first >= sb + 3 && ctx_.InList(source_first - 1, kSpeakerNounList) &&
        ctx_.InList(source_first - 2, kDeterminerList) && EqualsLower(ctx_.TokenText(source_first - 3), "as")) {
      source_first -= 2;
    }
    if (source_first == sb || !EqualsLower(ctx_.TokenText(source_first - 1), "as")) return false;
    Cue cue;
    cue.first = t;
    cue.last = t + 2;
    cue.cls = CueClass::kQuotation;
    cue.cue = ctx_.TokenSpan(t, t + 2);
    cue.source = source;
    SetAfterRegion(cue.last, se, false, &cue);
    cue.before_begin = sb;
    cue.before_end = ctx_.TrimEnd(sb, source_first - 1);
    cue.as_frame = static_cast<int32_t>(source_first - 1);
    Finish(&cue);
    return true;
  }

  // "Interfax quoted Chernomyrdin as saying …": the medium's "quoted" (or
  // "cited") with an object and "as saying" after it is no cue of its own;
  // "saying" is, and its speaker the one quoted (SubjectQuotedAsSaying).
  bool QuotesObjectAsSaying(uint32_t t, uint32_t se) const {
    constexpr uint32_t kMaxObject = 8;
    if (!IsQuotingVerb(ctx_.TokenText(t))) return false;
    for (uint32_t u = t + 2; u + 1 < se && u <= t + kMaxObject; ++u) {
      if (ctx_.QuoteOf(u) >= 0 || ctx_.IsPunct(u, ".")) return false;
      if (EqualsLower(ctx_.TokenText(u), "as")) return EqualsLower(ctx_.TokenText(u + 1), "saying");
    }
    return false;
  }

  // "pointed out that the council faced …": a phrasal verb of speech, its
  // particle part of the cue; only before "that" ("pointed out the flaws"
  // shows a thing).
  bool PointsOutThat(uint32_t t, uint32_t se) const {
    return t + 2 < se && ctx_.IsLowerWord(t) &&
           IsOneOf(ctx_.TokenText(t), {"point", "points", "pointed", "pointing"}) && ctx_.TokenText(t + 1) == "out" &&
           ctx_.InList(t + 2, kWordThat);
  }

  // The cue of the verb at `t`, or of the phrasal verb that ends before
  // `phrasal_last` when that is not 0.
  void AddVerbCue(uint32_t t, uint32_t sb, uint32_t se, uint32_t phrasal_last = 0) {
    if (QuotesObjectAsSaying(t, se)) return;
    Cue cue;
    cue.first = t;
    cue.last = phrasal_last != 0 ? phrasal_last : t + 1;
    cue.cls = phrasal_last != 0 ? CueClass::kSpeech : ctx_.CueAt(t);
    cue.needs_that_clause = phrasal_last != 0 || ctx_.InList(t, kNeedsThatClauseList);
    cue.question_verb = ctx_.InList(t, kQuestionVerbList);
    // "called for more spending", "calling on banks to lend": a demand,
    // reported as speech.
    const std::string_view word = ctx_.TokenText(t);
    if (cue.cls == CueClass::kQuotation && word.size() >= 4 && EqualsLower(word.substr(0, 4), "call") && t + 1 < se &&
        (EqualsLower(ctx_.TokenText(t + 1), "for") || EqualsLower(ctx_.TokenText(t + 1), "on") ||
         EqualsLower(ctx_.TokenText(t + 1), "upon"))) {
      cue.cls = CueClass::kSpeech;
      cue.last = t + 2;
    }
    cue.cue = ctx_.TokenSpan(cue.first, cue.last);
    // "China's government is calling upon": the subject is before the auxiliary.
    const bool progressive =
        t > sb + 1 && ctx_.WordEndsWith(t, "ing") && ctx_.IsWord(t - 1) && ctx_.InList(t - 1, kBeFormList);
    const uint32_t s = SubjectEnd(ctx_, progressive ? t - 1 : t, sb);
    Span source;
    uint32_t source_first = s;
    bool next_to_cue = false;  // the source is the subject right before the verb
    // (An adverb may stand between: "…, repeatedly calling for …".)
    const uint32_t comma = t >= sb + 2 && IsLowerAdverb(t - 1) ? t - 2 : t - 1;
    const bool participle = s > sb && comma > sb && ctx_.IsPunct(comma, ",") && ctx_.WordEndsWith(t, "ing");
    // A participle or a second verb after "and" or "but" takes the subject
    // of an earlier clause: what comes before that subject is never its report.
    const bool shares_subject = participle || (s > sb && ctx_.InList(s - 1, kWordAnd | kWordBut));
    if (participle) {
      // "…, saying that …": the participle shares the clause's subject,
      // that of the clause the comma closes when that one names its own.
      source = PersonAfterWith(comma, sb);
      if (source.empty()) source = SubordinateClauseSubject(sb, comma);
      if (source.empty()) source = RestrictedAntecedentBefore(sb, comma);
      if (source.empty()) source = ClauseSubject(sb, t);
      cue.continues_speech = ContinuesSpeechOf(sb, source);
    } else if (s > sb && ctx_.InList(s - 1, kWordAnd | kWordBut)) {
      // "She denied the report and added that …": a second verb of the
      // subject of an earlier cue of the clause; "When my mother mentioned
      // it, I laughed and said": of the verb before "and"; "They said they
      // want “justice,” but pledged": of the cue before the quotation.
      source = EarlierCueSource(sb, t, /*same_clause=*/true);
      // "Hamas said in a statement it had agreed to the deal …, and urged
      // Trump to …": after a comma, "and" joins the earlier cue's clause,
      // not the reported one inside it.
      // (A verb in the past: in "…, and pledges to protect …" the noun ends a list.)
      if (source.empty() && s >= sb + 2 && ctx_.IsPunct(s - 2, ",") && ctx_.WordEndsWith(t, "ed")) {
        source = ReportingCueSource(sb, s - 2);
      }
      if (source.empty()) source = SubjectOfVerbBefore(s - 1, sb);
      // "demonstrators, who have taken to the streets and called for …":
      // the relative pronoun's antecedent; "The nominee outlined his plan
      // and vowed …": the sentence's subject. So is a comma before "and"
      // after a clause that commas set off ("Whitfield singled out Thwaite,
      // who kicked four goals, and said": the clause is closed; not "but":
      // "host Bill Maher, who is supporting Sanders, but has previously
      // dismissed" goes on with the clause).
      const bool closed = s >= sb + 2 && ctx_.IsPunct(s - 2, ",") && ctx_.InList(s - 1, kWordAnd);
      if (source.empty() && !RelativeClauseSubject(sb, t, closed, &source)) source = ClauseSubject(sb, t);
      // "The Bank of England kept rates on hold, but signalled …": through
      // the name the subject's phrase was cut inside (at "of").
      if (!source.empty()) {
        const auto& mentions = ctx_.doc().mentions;
        auto covering = std::upper_bound(mentions.begin(), mentions.end(), source.end - 1,
                                         [](uint32_t offset, const Mention& m) { return offset < m.span.begin; });
        if (covering != mentions.begin() && (covering - 1)->span.end > source.end &&
            (covering - 1)->span.begin < source.end) {
          source.end = (covering - 1)->span.end;
        }
      }
      // "…, but added the circumstances remained unclear": a second speech
      // verb of the same subject reports a bare clause, as ", adding" does.
      cue.continues_speech = ContinuesSpeechOf(sb, source);
    } else if (s > sb && !InvertedAfterComma(t, s, sb, se)) {
      source = SpeakerBefore(ctx_, s, sb);
      if (source.empty() && s == t) source = SubjectBeforeQuotingRelative(t, sb);
      if (const Span piece = PublishedPieceBefore(source, s, sb); !piece.empty()) source = piece;
      next_to_cue = !source.empty();
      // "footage of Hillary Clinton asking", "with Trump saying": a
      // participle's subject may follow a preposition.
      if (source.empty() && ctx_.WordEndsWith(t, "ing")) {
        const Span subject = SubjectEndingAt(ctx_, s - 1, sb);
        if (IsPlausibleSpeaker(ctx_, subject) && SpeakerKindOf(ctx_, subject) != SpeakerKind::kDescription) {
          source = subject;
        }
      }
      if (source.empty() && ctx_.WordEndsWith(t, "ing")) source = SubjectOfOpeningParticiple(t, sb, se);
      if (source.empty() && ctx_.WordEndsWith(t, "ing")) source = SubjectQuotedAsSaying(t, sb, &source_first);
    }
    const bool object_first = ctx_.InList(t, kObjectFirstCueList);
    if (!source.empty()) {
      while (source_first > sb && tokens_[source_first - 1].end > source.begin) --source_first;
      // A title the recognizer left out of the name ("Rep." Jim Jordan), or
      // a longer one that holds a speaker's noun ("Public Safety Minister").
      const uint32_t titled = TitleBefore(ctx_, source_first, sb);
      for (int titles = 0; titles < 2 && source_first > sb && ctx_.IsWord(source_first - 1) &&
                           ctx_.QuoteOf(source_first - 1) < 0 && tokens_[source_first - 1].Has(kCapitalized);
           ++titles) {
        --source_first;
      }
      source_first = std::min(source_first, titled);
      // "“…,” chief executive Jensen Huang said", "…, mediator Qatar said":
      // the words that describe the speaker right after a quotation or a
      // comma are no part of what was said.
      // (A word of speech may open it right after the quotation: "“…,”
      // state epidemiologist Magnus Gisslén said".)
      auto opens_after_quotation = [&](uint32_t w) {
        return w > sb && tokens_[w - 1].kind == TokenKind::kQuote && ctx_.QuoteOf(w - 1) >= 0 &&
               !tokens_[w].Has(kCapitalized) && VerbAfterSubject(w + 1, t + 1);
      };
      // (A cue word inside a name is the name's: "“…,” State Department
      // spokesman Matthew Miller said".)
      auto in_name = [&](uint32_t w) {
        return tokens_[w].Has(kCapitalized) && (ctx_.MentionStartingAt(w) >= 0 || ctx_.MentionEndingAt(w) >= 0);
      };
      uint32_t described = source_first;
      while (described > sb && source_first - described < 4 && ctx_.IsWord(described - 1) &&
             ctx_.QuoteOf(described - 1) < 0 &&
             (!ctx_.IsCueWord(described - 1) || opens_after_quotation(described - 1) || in_name(described - 1)) &&
             !ctx_.InList(described - 1, kNotInSubjectList)) {
        --described;
      }
      // ("…,” JPL scientist and study co-author Michael Malaska said": a
      // longer description, joined by "and", when only words stand between
      // the quotation and the name.)
      uint32_t words_back = source_first;
      while (words_back > sb && source_first - words_back < 8 && ctx_.IsWord(words_back - 1) &&
             ctx_.QuoteOf(words_back - 1) < 0 && !ctx_.IsCueWord(words_back - 1)) {
        --words_back;
      }
      const bool closes_with_comma = words_back >= 2 && words_back > sb &&
                                     tokens_[words_back - 1].kind == TokenKind::kQuote &&
                                     ctx_.IsPunct(words_back - 2, ",");
      bool description = closes_with_comma && words_back < described;
      for (uint32_t t = words_back; description && t < source_first; ++t) {
        const bool inner_and = t > words_back && EqualsLower(ctx_.TokenText(t), "and");
        description = ctx_.PronounAt(t) == Pronoun::kNone && (inner_and || !ctx_.InList(t, kNotInSubjectList));
      }
      if (description) described = words_back;
      const bool after_quotation = described > sb && ctx_.QuoteOf(described - 1) >= 0;
      // After a bare comma only a description of a named speaker: a word
      // for someone who speaks ("mediator", "lead author") before the name.
      const bool after_comma = described > sb && ctx_.IsPunct(described - 1, ",") &&
                               ctx_.MentionEndingAt(ctx_.HeadToken(source)) >= 0 &&
                               DescribesSpeaker(described, source_first);
      if (described < source_first && (after_quotation || after_comma)) source_first = described;
      // "… would pledge to cut its emissions if the Chinese pledged to cap
      // theirs": a condition's verb reports nothing.
      if (source_first > sb && IsOneOf(ctx_.TokenText(source_first - 1), {"if", "If", "unless", "Unless"})) return;
      SetAfterRegion(cue.last, se, object_first, &cue);
      // "Even as he won in South Carolina, Mr. Trump seemed to overstay his
      // welcome, revealing …", "Nevada's governor, Brian Sandoval, said …,
      // but cautioned …": what comes before the shared subject is the
      // writer's.
      // Nor is the clause whose noun a relative pronoun subject stands for:
      // in "China and America are members of the World Trade Organization,
      // which writes the rules", China and America said nothing.
      const bool relative = s > sb && ctx_.InList(s - 1, kWordWho | kWordWhich);
      if (!shares_subject && !relative) {
        cue.before_begin = sb;
        cue.before_end = ctx_.TrimEnd(sb, ApposedDescriptionStart(source_first, sb));
      }
    } else {
      // Inverted: `“…,” said Xi.` or `…, says the company.`
      const bool inverted =
          t == sb || ctx_.IsPunct(t - 1, ",") || tokens_[t - 1].kind == TokenKind::kQuote || ctx_.QuoteOf(t - 1) >= 0;
      if (!inverted) return;  // no speaker next to the verb: nobody's speech
      // A capitalised verb that opens its sentence is an imperative ("Read
      // our review."); an inverted verb after a quotation the splitter cut
      // off is in lower case (`“…?” asked Xi.`).
      if (t == sb && tokens_[t].Has(kCapitalized)) return;
      // "Schiff, 56, who has served …, told USA TODAY": a verb that needs
      // its listener never inverts; the name after it is the listener.
      if (NeedsListener(t)) return;
      // `“…,” state epidemiologist Magnus Gisslén said`: a word before the
      // subject of a later verb of speech is no inverted verb.
      if (VerbAfterSubject(t + 1, se)) return;
      // Only a finite verb inverts (`“…,” said Xi`); in "…, saying the
      // courts have no business" the courts are what was said.
      if (!ctx_.WordEndsWith(t, "ing")) source = SpeakerStartingAt(ctx_, cue.last, se);
      if (source.empty() && ctx_.InHeadline(t)) source = BareSpeakerEndingHeadline(cue.last, se);
      // "…, said she heard six shots": a pronoun followed by its verb is the
      // subject of the reported clause, not an inverted speaker ("…,” said
      // she.).
      if (!source.empty() && cue.last + 1 < se && ctx_.PronounAt(cue.last) != Pronoun::kNone &&
          ctx_.IsWord(cue.last + 1) && ctx_.QuoteOf(cue.last + 1) < 0) {
        source = {};
      }
      if (!IsPlausibleSpeaker(ctx_, source)) source = {};
      // "…, ruled Cruz eligible and ordered …": a lower-case word after the
      // name that is no preposition, relative pronoun nor time ("added Smith
      // on Monday", "wrote a supporter who …") makes the name the object.
      if (!source.empty() && ctx_.InList(t, kNeedsThatClauseList)) {
        const uint32_t after = ctx_.FirstTokenAt(source.end);
        if (after < se && ctx_.IsLowerWord(after) &&
            !ctx_.InList(after, kPrepositionList | kWordWho | kWordWhich | kWordThat) &&
            !IsTimeOfSpeaking(ctx_.TokenText(after))) {
          return;
        }
      }

      if (source.empty() && t == sb) return;  // "See also …", an imperative heading
      source_first = t;
      next_to_cue = true;
      cue.before_begin = sb;
      cue.before_end = ctx_.TrimEnd(sb, t);
    }
    // "Benny Tai, described by the judges as the “organiser”": a verb that
    // frames quoted words, as a participle set off by a comma or in the
    // passive, takes the agent after "by" for its speaker (not the medium
    // of "quoted by", "cited by").
    if (cue.cls == CueClass::kQuotation && t > sb && t + 2 < se && EqualsLower(ctx_.TokenText(t + 1), "by") &&
        ctx_.WordEndsWith(t, "ed") && (ctx_.IsPunct(t - 1, ",") || IsPassiveVerb(ctx_, t)) &&
        !IsQuotingVerb(ctx_.TokenText(t))) {
      const Span agent = SubjectStartingAt(ctx_, t + 2, se);
      if (IsPlausibleSpeaker(ctx_, agent)) source = agent;
    }
    // "Milei sworn in as Argentina's president, warns of “shock”
    // adjustment": in a headline, a verb after a comma goes on with the
    // person who opens it.
    if (source.empty() && t > sb + 1 && ctx_.IsPunct(t - 1, ",") && ctx_.WordEndsWith(t, "s") && ctx_.InHeadline(t)) {
      const int32_t opening = ctx_.MentionStartingAt(sb);
      if (opening >= 0 && ctx_.doc().mentions[opening].type == EntityType::kPerson) {
        source = ctx_.doc().mentions[opening].span;
        SetAfterRegion(cue.last, se, ctx_.InList(t, kObjectFirstCueList), &cue);
        cue.before_begin = cue.before_end = sb;
      }
    }
    cue.source = source;
    // `“…?” he asked.` where the sentence splitter cut after the quotation
    // (not "The nominee outlined his plan and vowed", whose subject is
    // the sentence's; nor `“…” Martha added that …`, whose verb reports a
    // clause of its own; nor a few words quoted inside a sentence of their
    // own: `… calling him “a total stiff.” Warren attacked Dimon`).
    if (next_to_cue && !cue.explicit_clause && ctx_.CountWords(cue.before_begin, cue.before_end) == 0 &&
        cue.before_end <= cue.before_begin && sb > 0 && ctx_.QuoteOf(sb - 1) >= 0 && source_first <= sb + 1 &&
        ctx_.ParagraphGap(tokens_[sb - 1].begin, tokens_[sb].begin) == 0 && !EndsSentenceAsPhrase(sb - 1)) {
      cue.before_quote = ctx_.doc().quotes[ctx_.QuoteOf(sb - 1)].span;
    }
    Finish(&cue);
  }

  // Whether words from token `t` on, with no punctuation or clause word
  // among them, run into a finite verb of speech within a few words (not a
  // noun after a determiner, "said a report from …", nor a participle,
  // "wrote a man calling himself …", nor the verb of a pronoun, "says she
  // warned", a reported clause).
  bool VerbAfterSubject(uint32_t t, uint32_t se) const {
    constexpr uint32_t kMaxSubjectWords = 6;
    if (t >= se || ctx_.PronounAt(t) != Pronoun::kNone) return false;
    for (uint32_t u = t; u < se && u < t + kMaxSubjectWords; ++u) {
      if (!ctx_.IsWord(u) || ctx_.QuoteOf(u) >= 0 || ctx_.InList(u, kNotInSubjectList | kDeterminerList)) return false;
      if (u > t && ctx_.IsCueWord(u) && !tokens_[u].Has(kCapitalized) && !ctx_.WordEndsWith(u, "ing")) return true;
    }
    return false;
  }

  // "…, the Minister of Information, Mohammed Idris, has said": where a
  // description of the speaker after the reported clause's comma stands in
  // apposition before the name at `source_first`, its first token, so that
  // it is no part of what was said; else `source_first`.
  // The name must be a person's, and the speaker noun the description's
  // head, before any preposition ("a seaside walk in the city, authorities
  // said" describes no one).
  uint32_t ApposedDescriptionStart(uint32_t source_first, uint32_t sb) const {
    constexpr uint32_t kMaxDescriptionTokens = 10;
    const int32_t name = ctx_.MentionStartingAt(source_first);
    if (source_first < sb + 3 || !ctx_.IsPunct(source_first - 1, ",") || name < 0 ||
        ctx_.doc().mentions[name].type != EntityType::kPerson) {
      return source_first;
    }
    for (uint32_t c = source_first - 2; c > sb && source_first - c <= kMaxDescriptionTokens + 1; --c) {
      if (ctx_.IsPunct(c, ",")) {
        const uint32_t first = c + 1;
        if (!ctx_.InList(first, kDeterminerList)) return source_first;
        // (No clause: "…, the U.S. Department of Justice can step in, Wilcox said".)
        for (uint32_t t = first + 1; t + 1 < source_first; ++t) {
          if (ctx_.InList(t, kNotInSubjectList) && !ctx_.InList(t, kPrepositionList | kWordAnd)) return source_first;
        }
        for (uint32_t t = first + 1; t + 1 < source_first && !ctx_.InList(t, kPrepositionList); ++t) {
          if (ctx_.InList(t, kSpeakerNounList)) return first;
        }
        return source_first;
      }
      if (!ctx_.IsWord(c) || ctx_.QuoteOf(c) >= 0 || ctx_.IsCueWord(c)) return source_first;
    }
    return source_first;
  }

  // The comma that closes a description in apposition after a name, opened
  // by the comma at `comma` ("According to Dr Lim Wei Chuan, a governance
  // researcher at Universiti Malaya, land offices have …"), or `comma` when
  // none does: a determiner, a speaker noun before any preposition, no verb
  // (", a man was killed" is a clause). Or one person's role before a
  // preposition ("According to Jean-Baptiste Lefèvre, director of the
  // Agence française de développement (AFD) in Morocco, which has committed
  // €50 million to schools, the challenge is …"), with its relative clause;
  // not people's ("residents of the town, many of them elderly, fled").
  uint32_t ApposedDescriptionEnd(uint32_t comma, uint32_t se) const {
    constexpr uint32_t kMaxDescriptionTokens = 16, kMaxClauseTokens = 24;
    const uint32_t first = comma + 1;
    if (first + 1 >= se) return comma;
    const bool role = ctx_.IsLowerWord(first) && ctx_.InList(first, kSpeakerNounList) &&
                      !ctx_.WordEndsWith(first, "s") && ctx_.InList(first + 1, kPrepositionList);
    if (!role && !ctx_.InList(first, kDeterminerList)) return comma;
    bool speaker_noun = role, preposition = false;
    for (uint32_t t = first + 1; t < se && t <= first + kMaxDescriptionTokens; ++t) {
      if (ctx_.IsPunct(t, ",")) {
        if (!speaker_noun) return comma;
        if (!ctx_.InList(t + 1, kWordWho | kWordWhich)) return t;
        for (uint32_t k = t + 2; k < se && k <= t + kMaxClauseTokens && ctx_.QuoteOf(k) < 0; ++k) {
          if (ctx_.IsPunct(k, ",")) return k;
        }
        return comma;
      }
      if (ctx_.IsPunct(t, "(") || ctx_.IsPunct(t, ")")) continue;  // an acronym: "(AFD)"
      if (!ctx_.IsWord(t) || ctx_.QuoteOf(t) >= 0 || ctx_.IsCueWord(t) ||
          (ctx_.InList(t, kNotInSubjectList) && !ctx_.InList(t, kPrepositionList | kWordAnd))) {
        return comma;
      }
      preposition |= ctx_.InList(t, kPrepositionList);
      speaker_noun |= !preposition && ctx_.InList(t, kSpeakerNounList);
    }
    return comma;
  }

  // Whether lower-case words [first, end) name someone who speaks: a
  // speaker noun ("author", "spokesman") or an agent noun ("mediator"),
  // perhaps after the name of whom they speak for ("Google spokesman",
  // "Houston Police Department spokesperson", "the agency's director").
  bool DescribesSpeaker(uint32_t first, uint32_t end) const {
    const uint32_t name = first + 1 < end && EqualsLower(ctx_.TokenText(first), "the") ? first + 1 : first;
    if (const int32_t m = ctx_.MentionStartingAt(name); m >= 0 && IsNameType(ctx_.doc().mentions[m].type)) {
      first = ctx_.FirstTokenAt(ctx_.doc().mentions[m].span.end);
      if (first < end && ctx_.IsPossessive(first)) ++first;
    }
    for (uint32_t t = first; t < end; ++t) {
      if (tokens_[t].Has(kCapitalized)) return false;
    }
    for (uint32_t t = first; t < end; ++t) {
      if (ctx_.InList(t, kSpeakerNounList) || ctx_.WordEndsWith(t, "tor") || ctx_.WordEndsWith(t, "ist")) return true;
    }
    return false;
  }

  // The region after cue tokens [.., k): where the reported clause starts,
  // and whether it opens as a clause.
  void SetAfterRegion(uint32_t k, uint32_t se, bool object_first, Cue* cue) const {
    const uint32_t clause = ClauseStart(k, se, object_first);
    cue->after_begin = clause;
    cue->after_end = ctx_.TrimEnd(clause, AccordingToOrEnd(clause, SeparatorOrEnd(clause, se)));
    cue->explicit_clause = (clause > k && (ctx_.InList(clause - 1, kWordThat) || ctx_.IsPunct(clause - 1, ":"))) ||
                           (clause < se && ctx_.InList(clause, kClauseWordList | kWordThat));
  }

  // Where a closing ", according to …" begins in [first, end), or `end`:
  // "Wang Jianguo acknowledged the delays, according to a person who
  // attended" reports "the delays"; the phrase credits what comes before it
  // to another. Not one set off inside the clause ("The AP reported that,
  // according to an analysis …, 85 of the 154 meetings …").
  // (Once per `end`: a sentence of many cues asks for each of them.)
  uint32_t AccordingToOrEnd(uint32_t first, uint32_t end) const {
    if (end != according_end_) {
      according_end_ = end;
      according_ = end;
      const uint32_t sb = end > 0 ? ctx_.SentenceBegin(end - 1) : 0;
      uint32_t comma = end;
      while (comma > sb && !ctx_.IsPunct(comma - 1, ",")) --comma;
      if (comma > sb && comma + 1 < end && EqualsLower(ctx_.TokenText(comma), "according") &&
          EqualsLower(ctx_.TokenText(comma + 1), "to")) {
        according_ = comma - 1;
      }
    }
    return according_ > first ? according_ : end;
  }

  // The first bar set off by spaces in [first, end), or `end`: "Senators
  // call for 5G security coordinator | Facebook gets questions …" (a list
  // of headlines) reports up to the bar. So does a period between two
  // lower-case words, a sentence's end that the segmenter keeps inside the
  // sentence in lower-case text ("she said the contract is delayed. also. i
  // told her …"; not "all ID. models").
  // The last answer is kept: the cues of a sentence ask in order, and no
  // bar stands between a later `first` and that answer, so a sentence of
  // many cues is scanned once.
  uint32_t SeparatorOrEnd(uint32_t first, uint32_t end) const {
    if (end == separator_end_ && first >= separator_first_ && first <= separator_) return separator_;
    uint32_t t = first;
    auto separates = [&](uint32_t k) {
      if (!tokens_[k + 1].Has(kSpaceBefore)) return false;
      return (ctx_.TokenText(k) == "|" && tokens_[k].Has(kSpaceBefore)) ||
             (ctx_.IsPunct(k, ".") && k > 0 && ctx_.IsLowerWord(k - 1) && ctx_.IsLowerWord(k + 1) &&
              tokens_[k + 1].kind == TokenKind::kWord);
    };
    while (t + 1 < end && !separates(t)) ++t;
    separator_first_ = first;
    separator_end_ = end;
    separator_ = t + 1 < end ? t : end;
    return separator_;
  }

  // Whether the "that" at token `k` is a demonstrative pronoun, the subject
  // of the modal or auxiliary after it ("that would leave", "that is why");
  // not the conjunction before an inverted condition ("warned that should
  // Russia invade", "said that had she known").
  bool IsDemonstrativeSubject(uint32_t k, uint32_t end) const {
    return k + 2 < end &&
           IsOneOf(ctx_.TokenText(k + 1), {"would", "will", "could", "can", "should", "might", "may", "is", "was",
                                           "has", "had", "'s", "’s"}) &&
           ctx_.IsLowerWord(k + 2) && ctx_.PronounAt(k + 2) == Pronoun::kNone && !ctx_.InList(k + 2, kDeterminerList) &&
           // "that should be enough", not "that should talks fail".
           (!IsOneOf(ctx_.TokenText(k + 1), {"should", "had"}) ||
            IsOneOf(ctx_.TokenText(k + 2), {"be", "been", "not", "have"}));
  }

  // Whether an infinitive follows the listener that ends before `t`, right
  // after it or after "not" or a phrase on the listener that a preposition
  // or a participle opens ("urged residents of low-lying areas to
  // relocate", "people living near rivers"; not "told reporters this was
  // the chance to act", "told reporters on his way to the airport").
  bool ListenerIsToAct(uint32_t t, uint32_t end) const {
    if (t >= end || !ctx_.IsWord(t)) return false;
    if (ctx_.InList(t, kWordTo)) return true;
    if (!EqualsLower(ctx_.TokenText(t), "not") && !ctx_.InList(t, kPrepositionList) && !ctx_.WordEndsWith(t, "ing")) {
      return false;
    }
    constexpr uint32_t kMaxListenerWords = 6;
    for (uint32_t u = t + 1; u + 1 < end && u <= t + kMaxListenerWords; ++u) {
      if (!ctx_.IsWord(u) || ctx_.QuoteOf(u) >= 0 || ctx_.PronounAt(u) != Pronoun::kNone ||
          ctx_.InList(u, kWordThat | kClauseWordList | kBeFormList | kNotContentStartList)) {
        return false;
      }
      if (ctx_.InList(u, kWordTo)) return OpensInfinitive(ctx_, u, end);
    }
    return false;
  }

  // Where the reported clause after cue tokens [.., k) starts.
  uint32_t ClauseStart(uint32_t k, uint32_t end, bool object_first) const {
    // "they say that would leave the issue …": "that" before a modal or
    // "is" is the clause's subject, not its conjunction.
    if (k < end && ctx_.InList(k, kWordThat)) {
      // "Netanyahu's office denied that, saying …", "denied that.": "that"
      // before a participle's comma or the end is the object, and no clause
      // is reported (before an aside's comma it opens the clause: "said
      // that, if elected, he would …").
      const bool participle = k + 2 < end && ctx_.WordEndsWith(k + 2, "ing") &&
                              !ctx_.InList(k + 2, kPrepositionList | kAdjunctStartList | kWordAccording);
      if (k + 1 >= end || (ctx_.IsPunct(k + 1, ",") && (k + 2 >= end || participle))) {
        return end;
      }
      return IsDemonstrativeSubject(k, end) ? k : k + 1;
    }
    // "said on Friday that", "told reporters last week that"; not "say it
    // is a sign that", where "that" belongs to the reported clause.
    if (k < end && (object_first || ctx_.InList(k, kAdjunctStartList | kNotContentStartList))) {
      // "told a crowded banquet hall at a hotel in downtown Baltimore that
      // …": a listener runs long; not past a pronoun or "to", which open
      // what was told ("told reporters he expected the House to pass a bill
      // that …").
      // "said in his state of the nation address in July that …": so does a
      // time and place of speaking.
      const uint32_t window = object_first ? 16 : 12;
      for (uint32_t t = k; t < end && t < k + window; ++t) {
        // "said on X (formerly Twitter) that", "wrote on X, formerly
        // Twitter, that": an aside on the place of speaking, in brackets or
        // between commas, before the "that".
        if (const uint32_t after_that = PastAsideAndThat(t, end); after_that != kNoToken) return after_that;
        if (const uint32_t close = AsideEnd(t, end); close != kNoToken && ctx_.IsPunct(t, "(")) {
          t = close;
          continue;
        }
        if (ctx_.QuoteOf(t) >= 0 || tokens_[t].kind == TokenKind::kPunct) break;
        // "tells so many lies that …": the "that" of a result clause.
        if (EqualsLower(ctx_.TokenText(t), "so") || EqualsLower(ctx_.TokenText(t), "such")) break;
        if (ctx_.InList(t, kWordThat)) return t + 1;
        // "asked if the deployments meant that …": the question's clause.
        if (ctx_.InList(t, kClauseWordList)) break;
        if (t >= k + 8 && (ctx_.PronounAt(t) != Pronoun::kNone || ctx_.InList(t, kWordTo))) break;
        // "urged new rules to manage the risks that AI could pose": after
        // the listener's infinitive a "that" is a relative pronoun.
        if (object_first && t > k && ctx_.InList(t, kWordTo)) break;
      }
    }
    // "CNN reported, citing two sources, that …": an aside right after the
    // cue, then the "that".
    if (const uint32_t after_that = k < end ? PastAsideAndThat(k, end) : kNoToken; after_that != kNoToken) {
      return after_that;
    }
    if (k < end && (ctx_.IsPunct(k, ",") || ctx_.IsPunct(k, ":"))) return k + 1;
    if (object_first && k < end) {
      // "told reporters", "told CNN", "urged the country to": skip the
      // listener; "urged new rules" has none.
      Span object = SubjectStartingAt(ctx_, k, end);
      // "told the Sydney Morning Herald she …", "told the AP her group …":
      // the determiner and the name, when the clause opens right after it.
      // ("told the Prothom Alo newspaper he …", "told the BBC's Today
      // programme he …": a noun for an outlet after the name.)
      const int32_t name = k + 1 < end && ctx_.InList(k, kDeterminerList) ? ctx_.MentionStartingAt(k + 1) : -1;
      if (name >= 0) {
        uint32_t next = ctx_.FirstTokenAt(ctx_.doc().mentions[name].span.end);
        if (next + 2 < end && ctx_.IsPossessive(next)) {
          constexpr uint32_t kMaxProgrammeWords = 3;
          const uint32_t programme = next + 1;
          uint32_t u = programme;
          while (u < end && u < programme + kMaxProgrammeWords && ctx_.IsWord(u) && tokens_[u].Has(kCapitalized)) ++u;
          if (u > programme) next = u;
        }
        if (next + 1 < end && ctx_.IsLowerWord(next) && IsOutletNoun(ctx_.TokenText(next))) ++next;
        if (next < end && ctx_.IsWord(next) &&
            (ctx_.PronounAt(next) != Pronoun::kNone || ctx_.InList(next, kWordThat | kDeterminerList))) {
          object = ctx_.TokenSpan(k, next);
        }
      } else if (k + 2 < end && ctx_.TokenText(k) == "The" && ctx_.SentenceBegin(k) != k) {
        // ("told The Local she …": an outlet's title the recognizer left
        // out, capitalised from its "The", before a pronoun.)
        constexpr uint32_t kMaxTitleWords = 3;
        uint32_t next = k + 1;
        while (next < end && next <= k + kMaxTitleWords && ctx_.IsWord(next) && tokens_[next].Has(kCapitalized)) {
          ++next;
        }
        if (next > k + 1 && next < end && ctx_.PronounAt(next) != Pronoun::kNone) object = ctx_.TokenSpan(k, next);
      }
      uint32_t t = k;
      // "told the jury a neighbour had called": a listener of any kind
      // that a determiner opens and a new phrase ends.
      uint32_t after_object = k;
      while (!object.empty() && after_object < end && tokens_[after_object].end <= object.end) ++after_object;
      // "told France Inter the government …": capitalised words the
      // recognizer left out of the listener's name, before the clause.
      if (!object.empty() && ctx_.MentionStartingAt(k) >= 0) {
        constexpr uint32_t kMaxLeftOut = 3;
        uint32_t u = after_object;
        while (u < end && u < after_object + kMaxLeftOut && ctx_.IsWord(u) && tokens_[u].Has(kCapitalized) &&
               ctx_.MentionStartingAt(u) < 0 && ctx_.PronounAt(u) == Pronoun::kNone &&
               !ctx_.InList(u, kDeterminerList)) {
          ++u;
        }
        if (u > after_object && u < end && ctx_.IsWord(u) &&
            (ctx_.InList(u, kDeterminerList) || ctx_.PronounAt(u) != Pronoun::kNone)) {
          after_object = u;
        }
      }
      // ("told a meeting of the parish council the plan would …")
      if (!object.empty() && after_object + 2 < end && EqualsLower(ctx_.TokenText(after_object), "of") &&
          ctx_.InList(after_object + 1, kDeterminerList)) {
        constexpr uint32_t kMaxOfPhrase = 6;
        uint32_t u = after_object + 2;
        while (u < end && u < after_object + kMaxOfPhrase && ctx_.IsWord(u) && ctx_.QuoteOf(u) < 0 &&
               !ctx_.InList(u, kDeterminerList) && ctx_.PronounAt(u) == Pronoun::kNone) {
          ++u;
        }
        if (u < end && ctx_.IsWord(u) && (ctx_.InList(u, kDeterminerList) || ctx_.PronounAt(u) != Pronoun::kNone)) {
          after_object = u;
        }
      }
      const bool listener_phrase =
          !object.empty() && ctx_.InList(k, kDeterminerList) && after_object < end && ctx_.IsWord(after_object) &&
          (ctx_.InList(after_object, kDeterminerList) || ctx_.PronounAt(after_object) != Pronoun::kNone);
      if (!object.empty() && (IsPlausibleSpeaker(ctx_, object) || listener_phrase)) {
        t = after_object;
      } else if (ctx_.InList(k, kObjectPronounList | kSpeakerNounList)) {
        t = k + 1;
      }
      // "told ABC's “Good Morning America” on Monday the tone …": a
      // programme of the listener's, quoted or capitalised, is the listener.
      if (t > k && t + 1 < end && ctx_.IsPossessive(t)) {
        uint32_t u = t + 1;
        const int32_t title = ctx_.QuoteOf(u);
        const int32_t programme = ctx_.MentionStartingAt(u);
        if (title >= 0) {
          u = std::min(end, ctx_.QuoteLast(static_cast<uint32_t>(title)));
        } else if (programme >= 0) {
          u = std::min(end, ctx_.FirstTokenAt(ctx_.doc().mentions[programme].span.end));
        }
        if (u > t + 1) t = u < end && ctx_.InList(u, kWordThat) ? u + 1 : u;
      }
      // "urged his party to act": the listener is who is to act, also when
      // words on it follow ("urged people living near rivers to move").
      if (ListenerIsToAct(t, end)) return k;
      // A relative clause on the listener: "told teachers who filled the
      // lawn that …" reports what follows "that"; "urged residents who had
      // not evacuated to stay indoors", the listener and what they are to do.
      if (t < end && IsOneOf(ctx_.TokenText(t), {"who", "whose", "which"})) {
        for (uint32_t u = t + 1; u < end && u < t + 16; ++u) {
          if (ctx_.QuoteOf(u) >= 0 || ctx_.IsPunct(u, ",")) break;
          if (ctx_.InList(u, kWordThat)) return u + 1;
        }
        return k;
      }
      // "told the Rada, Ukraine's parliament, that …", "asked Amy Smith, an
      // economist at Iowa State University, what is going on": the
      // listener's apposition between commas comes before the clause; "urged
      // Smith, a former banker, to resign": the listener is who is to act.
      if (t < end && ctx_.IsPunct(t, ",")) {
        constexpr uint32_t kMaxApposition = 14;
        for (uint32_t u = t + 1; u + 1 < end && u <= t + kMaxApposition && ctx_.QuoteOf(u) < 0; ++u) {
          if (!ctx_.IsPunct(u, ",")) continue;
          if (ctx_.InList(u + 1, kWordThat)) return u + 2;
          if (ctx_.InList(u + 1, kClauseWordList)) return u + 1;
          if (ctx_.InList(u + 1, kWordTo) && OpensInfinitive(ctx_, u + 1, end)) return k;
        }
      }
      if (t < end && (ctx_.IsPunct(t, ",") || ctx_.IsPunct(t, ":"))) ++t;
      return t;
    }
    return k;
  }

  // The token that closes a short aside of words opened at `t` by "(" or
  // ",": the ")" or the next ","; kNoToken when there is none before `end`,
  // or when the words frame a report of their own ("Customers complained,
  // the company said, that …").
  uint32_t AsideEnd(uint32_t t, uint32_t end) const {
    constexpr uint32_t kMaxAsideWords = 5;
    const bool bracket = ctx_.IsPunct(t, "(");
    if (!bracket && !ctx_.IsPunct(t, ",")) return kNoToken;
    for (uint32_t u = t + 1; u < end && u <= t + kMaxAsideWords + 1; ++u) {
      if (ctx_.IsPunct(u, bracket ? ")" : ",")) return u > t + 1 ? u : kNoToken;
      if (!ctx_.IsWord(u) || ctx_.QuoteOf(u) >= 0 || (ctx_.IsCueWord(u) && ctx_.IsFiniteVerbForm(u))) {
        return kNoToken;
      }
    }
    return kNoToken;
  }

  // The token after the "that" that follows an aside between commas opened
  // at `t` (", formerly Twitter, that", ", citing two sources, that"), or
  // kNoToken.
  uint32_t PastAsideAndThat(uint32_t t, uint32_t end) const {
    if (!ctx_.IsPunct(t, ",")) return kNoToken;
    const uint32_t close = AsideEnd(t, end);
    return close != kNoToken && close + 1 < end && ctx_.InList(close + 1, kWordThat) ? close + 2 : kNoToken;
  }

  // Whether the quotation holding token `t` is a phrase of a few words that
  // ends a sentence begun before it (`… calling him “a total stiff.”`): a
  // part of that sentence, no one's whole words waiting for a frame.
  bool EndsSentenceAsPhrase(uint32_t t) const {
    constexpr size_t kMaxPhraseWords = 4;
    const uint32_t q = static_cast<uint32_t>(ctx_.QuoteOf(t));
    const uint32_t first = ctx_.QuoteFirst(q), last = ctx_.QuoteLast(q);  // first: the opening mark
    return ctx_.CountAllWords(first, last) <= kMaxPhraseWords && ctx_.QuotedInsideSentence(q);
  }

  // The subject of the clause that a participle cue at `t` continues: the
  // source of an earlier cue of the sentence, else the name or pronoun that
  // opens the sentence.
  Span ClauseSubject(uint32_t sb, uint32_t t) const {
    const Span earlier = EarlierCueSource(sb, t, /*same_clause=*/false);
    if (!earlier.empty()) return earlier;
    const Span opening = OpeningSubject(ctx_, sb, t);
    if (IsPlausibleSpeaker(ctx_, opening)) return opening;
    // "A New York judge has rejected the request, saying …": a description
    // that opens the sentence.
    uint32_t first = sb;
    while (first < t && !ctx_.IsWord(first)) ++first;
    Span description = SubjectStartingAt(ctx_, first, t);
    // "The minister quit on Monday, saying …": the description ends at its
    // speaker noun, before the verb the phrase ran on into.
    for (uint32_t u = first + 1; !description.empty() && u + 1 < t && tokens_[u + 1].begin < description.end; ++u) {
      if (ctx_.InList(u, kSpeakerNounList) && ctx_.IsLowerWord(u + 1) &&
          !ctx_.InList(u + 1, kPrepositionList | kSpeakerNounList)) {
        description = ctx_.TokenSpan(first, u + 1);
        break;
      }
    }
    return ctx_.InList(first, kDeterminerList) && IsPlausibleSpeaker(ctx_, description) ? description : Span{};
  }

  // "Sunak faced a revolt after Robert Jenrick resigned as minister,
  // saying …": the subject of the subordinate clause that the comma at
  // `comma` closes, when it is a person's name followed by its verb; else
  // empty. Not a pronoun: in "… after he designed a clubhouse, saying" it
  // may as well be the main clause's subject who speaks.
  Span SubordinateClauseSubject(uint32_t sb, uint32_t comma) const {
    for (uint32_t u = comma; u > sb + 1; --u) {
      const uint32_t word = u - 1;
      if (ctx_.IsPunct(word, ",") || ctx_.QuoteOf(word) >= 0) return {};
      if (!IsTimeOrCauseConjunction(ctx_.TokenText(word))) continue;
      const Span subject = SubjectStartingAt(ctx_, u, comma);
      if (subject.empty()) continue;
      uint32_t verb = u;
      while (verb < comma && tokens_[verb].begin < subject.end) ++verb;
      const int32_t name = ctx_.MentionStartingAt(u);
      const bool named = name >= 0 && ctx_.doc().mentions[name].type == EntityType::kPerson;
      if (named && verb < comma && ctx_.IsLowerWord(verb) && !ctx_.InList(verb, kPrepositionList | kNotInSubjectList)) {
        return subject;
      }
    }
    return {};
  }

  // The source of the first cue of sentence [sb, ..) when it is a speech
  // cue that names its speaker before it and whose reported clause runs up
  // to the comma at `comma`: the clause "and" after that comma goes on with
  // ("Hamas said in a statement it had agreed to the deal, and urged …").
  // Empty otherwise.
  Span ReportingCueSource(uint32_t sb, uint32_t comma) const {
    constexpr size_t kMaxCuesBack = 8;
    size_t first = cues_.size();
    while (first > 0 && cues_.size() - first < kMaxCuesBack && cues_[first - 1].first >= sb) --first;
    if (first == cues_.size()) return {};
    const Cue& cue = cues_[first];
    const bool reports_to_comma = cue.cls == CueClass::kSpeech && !cue.source.empty() &&
                                  cue.source.end <= tokens_[cue.first].begin && cue.after_begin <= comma &&
                                  cue.after_end >= comma;
    return reports_to_comma ? cue.source : Span{};
  }

  // The source of the latest cue of sentence [sb, ..) before token `t`;
  // with `same_clause`, only when no comma lies between the two.
  Span EarlierCueSource(uint32_t sb, uint32_t t, bool same_clause) const {
    if (cues_.empty() || cues_.back().first < sb || cues_.back().first >= t) return {};
    if (same_clause) {
      for (uint32_t u = cues_.back().last; u < t; ++u) {
        if (ctx_.IsPunct(u, ",")) return {};
      }
      return cues_.back().source;
    }
    // "Hamas said that it had agreed to the deal …, and called on …": not a
    // cue inside the that-clause of an earlier cue of the sentence, nor one
    // inside the clause right after a verb of speech (“…,” Cohen said Trump
    // told him, adding …"). A few cues back at most, so that a sentence of
    // cues stays linear.
    constexpr size_t kMaxCuesBack = 8;
    const size_t end = cues_.size();
    size_t k = end - 1;
    for (size_t j = end - 1; j > 0 && end - j < kMaxCuesBack && cues_[j - 1].first >= sb; --j) {
      const Cue& outer = cues_[j - 1];
      const bool that_clause = outer.after_begin > outer.last && ctx_.InList(outer.after_begin - 1, kWordThat);
      // (A bare clause whose subject is the later cue's source: "said
      // [Trump] told".)
      const bool bare_clause = outer.cls == CueClass::kSpeech && !outer.negated && outer.after_begin == outer.last &&
                               outer.after_begin < cues_[k].first && !outer.source.empty() &&
                               outer.source.end <= outer.cue.begin && !cues_[k].source.empty() &&
                               cues_[k].source.begin == tokens_[outer.after_begin].begin;
      if ((that_clause || bare_clause) && !outer.source.empty() && outer.after_begin <= cues_[k].first &&
          cues_[k].first < outer.after_end) {
        k = j - 1;
      }
    }
    return cues_[k].source;
  }

  // "After saying her foot was “swollen,” she was taken to hospital": the
  // participle of an opening "After/Before/While/When …," phrase shares the
  // subject of the main clause after that phrase's comma.
  Span SubjectOfOpeningParticiple(uint32_t t, uint32_t sb, uint32_t se) const {
    static constexpr std::string_view kOpeners[] = {"after", "before", "while", "when", "since", "upon"};
    if (t != sb + 1 || std::none_of(std::begin(kOpeners), std::end(kOpeners),
                                    [&](std::string_view w) { return EqualsLower(ctx_.TokenText(sb), w); })) {
      return {};
    }
    for (uint32_t u = t + 1; u + 1 < se; ++u) {
      if (!ctx_.IsPunct(u, ",")) continue;
      uint32_t v = u + 1;
      while (v < se && tokens_[v].kind == TokenKind::kQuote) ++v;  // `on,” she was`
      const Span subject = SubjectStartingAt(ctx_, v, se);
      const bool person = !subject.empty() &&
                          (ctx_.PronounAt(v) == Pronoun::kPerson || SpeakerKindOf(ctx_, subject) == SpeakerKind::kName);
      return person && IsPlausibleSpeaker(ctx_, subject) ? subject : Span{};
    }
    return {};
  }

  // "Putin was quoted by state media as saying …", "Smith was cited as
  // saying …": the subject of the passive "quoted" or "cited" before "as"
  // is the one who spoke (the medium after "by" only reported it).
  // In the active, `*frame_first` becomes the first token of the medium's
  // name: the report's frame begins there, not at the one quoted.
  Span SubjectQuotedAsSaying(uint32_t t, uint32_t sb, uint32_t* frame_first) const {
    constexpr uint32_t kMaxByPhrase = 8;
    if (t < sb + 3 || !EqualsLower(ctx_.TokenText(t - 1), "as")) return {};
    for (uint32_t v = t - 2; v > sb && v + kMaxByPhrase + 2 > t; --v) {
      if (!ctx_.IsWord(v) || ctx_.QuoteOf(v) >= 0) return {};
      if (!IsQuotingVerb(ctx_.TokenText(v))) continue;
      // Only the passive, after a form of "be" and adverbs that keep it
      // true ("was later quoted"; not "was never quoted", "is falsely
      // quoted", "is often wrongly quoted").
      uint32_t be = v;
      while (be > sb + 1 && be + 2 > v &&
             IsOneOf(ctx_.TokenText(be - 1), {"also", "later", "widely", "reportedly", "once", "previously", "then"})) {
        --be;
      }
      // The active "Interfax quoted Chernomyrdin as saying": the object.
      if (be <= sb || !ctx_.InList(be - 1, kBeFormList)) {
        const Span quoted = v + 1 < t - 1 ? SpeakerBefore(ctx_, t - 1, v + 1) : Span{};
        const uint32_t m = SubjectEnd(ctx_, v, sb);
        const Span medium = m > sb && !quoted.empty() ? SpeakerBefore(ctx_, m, sb) : Span{};
        if (!medium.empty()) *frame_first = ctx_.FirstTokenAt(medium.begin);
        return quoted;
      }
      const uint32_t s = SubjectEnd(ctx_, be - 1, sb);
      return s > sb ? SpeakerBefore(ctx_, s, sb) : Span{};
    }
    return {};
  }

  // Whether a "who" opens the clause of token `t` in sentence [sb, t); if
  // so, `*subject` is its antecedent when that can speak, else empty. (A
  // participle or a verb after "and" in a body's "which" clause takes the
  // clause's subject instead.) With `closed`, a "who" after a comma opens a
  // clause that ended before the verb.
  bool RelativeClauseSubject(uint32_t sb, uint32_t t, bool closed, Span* subject) const {
    for (uint32_t w = t; w > sb + 1; --w) {
      if (!ctx_.InList(w - 1, kWordWho)) continue;
      if (closed && ctx_.IsPunct(w - 2, ",")) return false;
      const Span antecedent = SubjectEndingAt(ctx_, w - 1, sb);
      *subject = IsPlausibleSpeaker(ctx_, antecedent) ? antecedent : Span{};
      return true;
    }
    return false;
  }

  // "sided with a group of families who sued the state, arguing …": the
  // people a relative clause without a comma restricts, described in the
  // object of the sentence's verb, go on speaking after the comma at
  // `comma` that closes that clause; empty otherwise (a name: "… of Texas,
  // who …" or "Cruz, who …" leaves the sentence's subject speaking).
  Span RestrictedAntecedentBefore(uint32_t sb, uint32_t comma) const {
    for (uint32_t w = comma; w > sb + 2; --w) {
      if (ctx_.IsPunct(w - 1, ",") || ctx_.QuoteOf(w - 1) >= 0) return {};
      if (!ctx_.InList(w - 1, kWordWho)) continue;
      if (!ctx_.IsLowerWord(w - 2)) return {};
      const Span antecedent = SubjectEndingAt(ctx_, w - 2, sb);
      const uint32_t first = antecedent.empty() ? sb : ctx_.FirstTokenAt(antecedent.begin);
      const bool object = first > sb && ctx_.IsLowerWord(first - 1);
      return object && IsPlausibleSpeaker(ctx_, antecedent) &&
                     SpeakerKindOf(ctx_, antecedent) == SpeakerKind::kDescription
                 ? antecedent
                 : Span{};
    }
    return {};
  }

  // "I laughed and said": the subject of the verb that ends before token
  // `conjunction`, when that verb is a lower-case word.
  Span SubjectOfVerbBefore(uint32_t conjunction, uint32_t sb) const {
    if (conjunction < sb + 2) return {};
    const uint32_t verb = conjunction - 1;
    if (!ctx_.IsWord(verb) || tokens_[verb].Has(kCapitalized) || ctx_.InList(verb, kNotInSubjectList)) return {};
    const uint32_t s = SubjectEnd(ctx_, verb, sb);
    if (s <= sb) return {};
    const Span subject = SpeakerBefore(ctx_, s, sb);
    if (subject.empty()) return {};
    return ctx_.PronounAt(ctx_.FirstTokenAt(subject.begin)) != Pronoun::kNone ||
                   SpeakerKindOf(ctx_, subject) == SpeakerKind::kName
               ? subject
               : Span{};
  }

  // "They wouldn't tell the I.R.S. anything", "It does not answer whether
  // …": a "not" or "never" among the words between subject and cue.
  bool IsNegated(uint32_t first) const {
    for (uint32_t t = first; t > 0 && t + 4 > first && ctx_.InList(t - 1, kBetweenSubjectAndCueList); --t) {
      const std::string_view word = ctx_.TokenText(t - 1);
      if (EqualsLower(word, "not") || EqualsLower(word, "never") || word == "n't" || word == "n’t") return true;
    }
    return false;
  }

  void Finish(Cue* cue) {
    cue->source_entity = SpeakerEntity(ctx_, cue->source);
    cue->in_headline = ctx_.InHeadline(cue->first);
    cue->negated = IsNegated(cue->first);
    const int32_t index = static_cast<int32_t>(cues_.size());
    const bool credits = !cue->source.empty() && !cue->negated;
    cue->latest_with_source = credits ? index : index > 0 ? cues_.back().latest_with_source : -1;
    cues_.push_back(*cue);
  }

  const Context& ctx_;
  const std::vector<Token>& tokens_;
  std::vector<Cue> cues_;
  // SeparatorOrEnd's last question and answer, and AccordingToOrEnd's.
  mutable uint32_t separator_first_ = 0, separator_end_ = 0, separator_ = 0;
  mutable uint32_t according_end_ = UINT32_MAX, according_ = 0;
};

}  // namespace

// (Kept out of its one caller, as AddReportedSpeech is: inlined, the cue
// finder made AttributeQuotes a wasm function past the size V8 compiles well
// in parts, tests/js/load-cost.test.mjs.)
[[gnu::noinline]] std::vector<Cue> FindCues(const Context& ctx) { return CueFinder(ctx).Run(); }

int RegionOf(const Context& ctx, const Cue& cue, uint32_t q) {
  const uint32_t first = ctx.QuoteFirst(q), last = ctx.QuoteLast(q);
  if (cue.after_end > cue.after_begin && first < cue.after_end && last > cue.after_begin) return 1;
  if (cue.before_end > cue.before_begin && first < cue.before_end && last > cue.before_begin) {
    // "… contact with the whistleblower (“We have not spoken …”) — he now
    // … assuming the whistleblower will testify": a quotation in
    // parentheses is an aside to the words before it, no report of a verb
    // after them, unless those words are what the cue reports, set off by
    // its comma ("The policy (“no jab, no job”) will take effect, the
    // governor said").
    const bool aside = first > 0 && ctx.IsPunct(first - 1, "(") && last < ctx.size() && ctx.IsPunct(last, ")");
    const bool set_off = cue.before_end < ctx.size() && ctx.IsPunct(cue.before_end, ",");
    return aside && cue.first > last && !set_off ? 0 : 2;
  }
  const Span span = ctx.doc().quotes[q].span;
  if (!cue.before_quote.empty() && Overlaps(cue.before_quote, span)) return 3;
  return 0;
}

const Cue* LatestCueBefore(const std::vector<Cue>& cues, uint32_t offset) {
  auto it =
      std::lower_bound(cues.begin(), cues.end(), offset, [](const Cue& cue, uint32_t o) { return cue.cue.end <= o; });
  if (it == cues.begin()) return nullptr;
  const int32_t latest = (it - 1)->latest_with_source;
  return latest < 0 ? nullptr : &cues[latest];
}

}  // namespace attribution
}  // namespace annotator
