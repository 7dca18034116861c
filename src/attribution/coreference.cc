#include "attribution/coreference.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "ascii_case.h"
#include "attribution/speaker_candidates.h"
#include "person_gender.h"
#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

// How many mentions back a pronoun or "the company" may reach.
constexpr int kMaxMentionsBack = 64;

// Whether the name `name` holds the word `word` (ASCII case folded):
// "Health Ministry" holds "ministry".
bool NameHoldsWord(std::string_view name, std::string_view word) {
  for (size_t at = 0; at + word.size() <= name.size();) {
    const size_t end = name.find(' ', at);
    const std::string_view part = name.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    if (EqualsLower(part, word)) return true;
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return false;
}

// Whether an organisation named `name` can be "the <head_word>": its name
// holds the word ("the ministry", the Health Ministry), or, for an agency,
// it is an acronym (NASA, EPA, CBP).
bool NameFits(std::string_view name, std::string_view head_word) {
  if (NameHoldsWord(name, head_word)) return true;
  const bool acronym = name.size() >= 2 && name.size() <= 6 &&
                       std::all_of(name.begin(), name.end(), [](char c) { return IsUpperAscii(c); });
  return acronym && EqualsLower(head_word, "agency");
}

// Calls `visit` on the mentions that end before `offset`, latest first, at
// most kMaxMentionsBack of them (those with an entity, outside
// boilerplate), until it returns true.
template <typename Visit>
void VisitMentionsBefore(const Document& doc, uint32_t offset, Visit visit) {
  const auto& mentions = doc.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                             [](const Mention& m, uint32_t o) { return m.span.end <= o; });
  for (int looked = 0; it != mentions.begin() && looked < kMaxMentionsBack; ++looked) {
    --it;
    if (it->entity >= 0 && !it->boilerplate && visit(*it)) return;
  }
}

// The latest of the mentions that end before `offset` (at most
// kMaxMentionsBack of them) for which `accept` holds, or null.
template <typename Accept>
const Mention* LatestMentionBefore(const Document& doc, uint32_t offset, Accept accept) {
  const Mention* latest = nullptr;
  VisitMentionsBefore(doc, offset, [&](const Mention& m) {
    if (accept(m)) latest = &m;
    return latest != nullptr;
  });
  return latest;
}

// The entity of the latest mention of `type` before `offset`, outside
// boilerplate, whose gender does not contradict `gender` and, when
// `head_word` is not empty, whose name holds it.
int32_t LatestEntityBefore(const Document& doc, uint32_t offset, EntityType type, Gender gender,
                           std::string_view head_word = {}) {
  // (The mention's own words count too: "NHTSA" is "the agency" though
  // its entity is named in full. A name that holds the word comes before
  // an acronym: "the agency" after "Bali Tourism Agency … via QR code" is
  // no QR.)
  auto latest_fitting = [&](auto fits) {
    return LatestMentionBefore(doc, offset, [&](const Mention& m) {
      const Entity& entity = doc.entities[m.entity];
      return m.type == type &&
             (head_word.empty() || fits(doc.Text(entity.name), head_word) || fits(doc.Text(m.span), head_word)) &&
             CompatibleGenders(entity.gender, gender);
    });
  };
  const Mention* latest = latest_fitting(NameHoldsWord);
  if (!latest && !head_word.empty()) latest = latest_fitting(NameFits);
  return latest ? latest->entity : -1;
}

// Nouns for a person of one gender.
constexpr std::string_view kFemale[] = {
    "woman", "girl", "mother", "wife", "daughter",      "sister",      "grandmother", "widow",         "aunt",
    "niece", "lady", "mom",    "mum",  "businesswoman", "spokeswoman", "chairwoman",  "granddaughter",
};
constexpr std::string_view kMale[] = {
    "man",   "boy",    "father", "husband",     "son",       "brother",  "grandfather", "widower",
    "uncle", "nephew", "dad",    "businessman", "spokesman", "chairman", "grandson",
};

// Whether `word`, lower-cased, is one of `list`.
template <typename List>
bool IsOneOfLower(std::string_view word, const List& list) {
  return std::any_of(std::begin(list), std::end(list), [&](std::string_view w) { return EqualsLower(word, w); });
}

// The gender a noun for a person says ("mother", "spokesman"), or unknown.
Gender PersonNounGender(std::string_view noun) {
  if (IsOneOfLower(noun, kFemale)) return Gender::kFemale;
  if (IsOneOfLower(noun, kMale)) return Gender::kMale;
  return Gender::kUnknown;
}

// Whether token `t` is a person's noun in a description that opens a clause
// as its subject and names someone new to the story: one of the speaker's
// own ("My mom is a nurse … and she does not play video games") or an
// office by its title ("When the Minister for Transport launched the plan,
// he told us …"), of `gender` or either, that the name at token `name` was
// not called (no such noun near it: "Transport Minister Eamon Ryan …. When
// the Minister for Transport …" is his). Not "the actor", "the candidate":
// the writer's other words for the person named before.
bool DescribesAnotherPerson(const Context& ctx, uint32_t name, uint32_t t, Gender gender) {
  static constexpr std::string_view kClauseOpeners[] = {",",     ":",      ";",     "when",  "as",
                                                        "after", "before", "while", "since", "because"};
  if (t < 1 || t + 1 >= ctx.size() || !ctx.IsWord(t)) return false;
  static constexpr std::string_view kOwn[] = {"my", "our"};
  // ("My neighbour's granddaughter, who is studying engineering, …": one of
  // the speaker's own by way of another.)
  const bool by_way_of_another = t >= 3 && ctx.IsPossessive(t - 1) && ctx.InList(t - 2, kPersonNounList) &&
                                 IsOneOfLower(ctx.TokenText(t - 3), kOwn) && ctx.IsPunct(t + 1, ",");
  const uint32_t det = by_way_of_another ? t - 3 : t - 1;
  if (det != ctx.SentenceBegin(det) && !IsOneOfLower(ctx.TokenText(det - 1), kClauseOpeners)) return false;
  const std::string_view noun = ctx.TokenText(t), next = ctx.TokenText(t + 1);
  const Gender noun_gender = PersonNounGender(noun);
  if (noun_gender != Gender::kUnknown ? noun_gender != gender
                                      : !ctx.InList(t, kSpeakerNounList) || EndsWith(noun, "s")) {
    return false;
  }
  const bool own = by_way_of_another ||
                   (IsOneOfLower(ctx.TokenText(det), kOwn) && ctx.IsLowerWord(t + 1) && !ctx.IsPossessive(t + 1));
  const bool office =
      EqualsLower(ctx.TokenText(det), "the") && ctx.tokens()[t].Has(kCapitalized) && (next == "for" || next == "of");
  if (!own && !office) return false;
  // (Near: in the name's sentence, or a few words from it: "my parents,
  // James and Olive Meehan, …, and my mother was a registered nurse".)
  constexpr uint32_t kNear = 15;
  const uint32_t from = std::min(ctx.SentenceBegin(name), name > kNear ? name - kNear : 0);
  const uint32_t to = std::max(ctx.SentenceEnd(name), std::min(ctx.size(), name + kNear));
  for (uint32_t k = from; k < to; ++k) {
    if (k != t && EqualsIgnoringCase(ctx.TokenText(k), noun)) return false;
  }
  return true;
}

// "one of my fifth-year students, whom I will not name, …": "of" at `t`
// after "one", a possessive or "the", up to two modifiers and a plural of
// one of `nouns` before `before`.
template <size_t N>
bool OneOfPeople(const Context& ctx, uint32_t t, uint32_t before, const std::string_view (&nouns)[N]) {
  constexpr uint32_t kMaxModifiers = 2;
  if (!EqualsLower(ctx.TokenText(t - 1), "one") || ctx.TokenText(t) != "of" || t + 2 >= before ||
      !IsOneOf(ctx.TokenText(t + 1), {"my", "our", "the", "his", "her", "their", "your"})) {
    return false;
  }
  for (uint32_t k = t + 2; k < before && k <= t + 2 + kMaxModifiers && ctx.IsLowerWord(k); ++k) {
    const std::string_view word = ctx.TokenText(k);
    if (EndsWith(word, "s") && IsOneOfLower(word.substr(0, word.size() - 1), nouns)) return true;
  }
  return false;
}

// Whether a new person of `gender` ("a woman", "a spokesman") is introduced
// in the sentences after token `after`'s, before token `before` (at most
// kPersonNounReach tokens back from it): "A woman who lives on the block …
// “…,” she said" is hers, not the name before; or one who speaks for the
// person at `after`, right after that name.
bool PersonNounBetween(const Context& ctx, uint32_t after, uint32_t before, Gender gender) {
  static constexpr std::string_view kEitherGender[] = {
      "neighbour", "neighbor", "witness",   "resident",       "friend",      "relative",   "colleague",
      "student",   "teacher",  "nurse",     "passenger",      "survivor",    "volunteer",  "parent",
      "bystander", "villager", "protester", "visitor",        "tourist",     "shopkeeper", "customer",
      "worker",    "employee", "classmate", "driver",         "pilot",       "farmer",     "vendor",
      "cleaner",   "mechanic", "commuter",  "representative", "spokesperson"};
  constexpr uint32_t kPersonNounReach = 80;
  uint32_t from = ctx.SentenceEnd(after);
  if (before > kPersonNounReach) from = std::max(from, before - kPersonNounReach);
  // Who speaks for the person named, from that name on: "Mr. Sunak's
  // spokesman said …. Asked whether …, he said" is the spokesman's.
  static constexpr std::string_view kSpokespeople[] = {"spokesman", "spokeswoman", "spokesperson", "aide",
                                                       "lawyer",    "attorney",    "adviser",      "advisor"};
  auto in = [&](const auto& list, uint32_t t) { return IsOneOfLower(ctx.TokenText(t), list); };
  for (uint32_t t = after + 1; t + 1 < before && t < after + kPersonNounReach; ++t) {
    if (ctx.QuoteOf(t) < 0 && ctx.IsPossessive(t - 1) && ctx.IsCueWord(t + 1) && in(kSpokespeople, t)) return true;
  }
  // (Someone new by a description may be met a few paragraphs back.)
  constexpr uint32_t kDescriptionReach = 4 * kPersonNounReach;
  for (uint32_t t = std::max(after + 1, before > kDescriptionReach ? before - kDescriptionReach : 0); t < before; ++t) {
    if (ctx.QuoteOf(t) < 0 && DescribesAnotherPerson(ctx, after, t, gender)) return true;
  }
  for (uint32_t t = from + 1; t < before; ++t) {
    if (ctx.QuoteOf(t) >= 0) continue;
    // A new person in the writer's words: "a woman", "an uncle", "One
    // protester" (not "the businessman replied", often the person named
    // before; not "I am the proud daughter" in a quotation, nor a relative:
    // "arrested her sister").
    if (!IsOneOf(ctx.TokenText(t - 1), {"a", "A", "an", "An", "another", "Another", "one", "One"})) continue;
    const bool found = gender == Gender::kFemale ? in(kFemale, t) : in(kMale, t);
    if (found) return true;
    if (OneOfPeople(ctx, t, before, kEitherGender)) return true;
    // A person of either gender who opens a sentence as its subject: "A
    // neighbour, who did not want to be named, told the BBC … “…,” she
    // said" is the neighbour's, not the victim named before; so is "A
    // senior NWC engineer, who asked not to be named, …" a sentence before
    // (not what the pronoun's own sentence reports: "An ambassador's job,
    // he said, should be …").
    // (Or after a clause of its own that opens the sentence: "When
    // contacted, a senior official of the company, requesting anonymity,
    // claimed …".)
    // (Or after a dateline's or a live blog's time and its dash: "11:06 –
    // One worker at the site, who did not want to be named, told the
    // Echo …".)
    const uint32_t sb = ctx.SentenceBegin(t);
    const bool after_opening_clause = t >= sb + 3 && ctx.IsPunct(t - 2, ",") &&
                                      IsOneOf(ctx.TokenText(sb), {"When", "Asked", "Contacted", "Reached", "Speaking"});
    const bool after_dateline = t >= sb + 3 && IsOneOf(ctx.TokenText(t - 2), {"–", "—"});
    // (Or after a connective: "However, a crew member on one of the
    // company's trawlers, who asked not to be named, said …".)
    const bool after_connective =
        (t - 1 == sb + 1 || (t - 1 == sb + 2 && ctx.IsPunct(sb + 1, ","))) &&
        IsOneOf(ctx.TokenText(sb), {"However", "Meanwhile", "Separately", "Elsewhere", "But", "And", "Yet", "Still"});
    if (sb != t - 1 && !after_opening_clause && !after_dateline && !after_connective) continue;
    if (in(kEitherGender, t)) return true;
    if (ctx.SentenceBegin(before) == sb) continue;
    // (Or by any noun that "who" follows: "A Bordeaux négociant, who asked
    // not to be named, said …".)
    constexpr uint32_t kMaxModifiers = 4;  // "A senior White House official"
    for (uint32_t k = t; k < before && k <= t + kMaxModifiers && ctx.IsWord(k); ++k) {
      const std::string_view noun = ctx.TokenText(k);
      const Gender noun_gender = PersonNounGender(noun);
      if (ctx.IsLowerWord(k) && ctx.InList(k, kPersonNounList) && !EndsWith(noun, "s") &&
          (noun_gender == Gender::kUnknown || noun_gender == gender)) {
        return true;
      }
      const uint32_t who = k + 1 < before && ctx.IsPunct(k + 1, ",") ? k + 2 : k + 1;
      if (k > t && ctx.IsLowerWord(k) && who < before && ctx.InList(who, kWordWho)) return true;
    }
  }
  return false;
}

// Whether the name at token `first` is the object of a preposition other
// than "of" that puts it under the sentence's subject ("defence secretary
// under George HW Bush", "campaigned against Trump", "worked for Obama",
// "chief of staff to Gerald Ford"). "to" only after a word for a post
// ("adviser to", "staff to"): the one spoken to is often the one quoted
// next ("spoke to Rachel Reeves. She said …"), and so is the one met with.
bool AfterPreposition(const Context& ctx, uint32_t first, uint32_t sb) {
  if (first <= sb) return false;
  const std::string_view before = ctx.TokenText(first - 1);
  if (IsOneOf(before, {"under", "against", "for"})) return true;
  return before == "to" && first >= sb + 2 &&
         (ctx.InList(first - 2, kSpeakerNounList) || EqualsLower(ctx.TokenText(first - 2), "staff"));
}

// The person who opens the sentence of mention `latest` as its subject, if
// another person who agrees; else `latest` (see SpeakerEntity).
template <typename Accept>
const Mention* SubjectOverObject(const Context& ctx, const Mention* latest, Accept agrees) {
  const Document& doc = ctx.doc();
  const uint32_t first = ctx.FirstTokenAt(latest->span.begin);
  const uint32_t sb = ctx.SentenceBegin(first);
  const Span subject = OpeningSubject(ctx, sb, first);
  if (subject.empty() || subject.end > latest->span.begin) return latest;
  const int32_t m = ctx.MentionEndingAt(ctx.HeadToken(subject));
  if (m < 0 || !agrees(doc.mentions[m]) || doc.mentions[m].entity == latest->entity) return latest;
  // "Rand Water spokesperson Thabiso Mokoena told News24 …": a name before
  // a noun for a role only says whom the later one works for; the later
  // name heads the subject.
  // (The role's own words may come before it: "Parti Québécois energy
  // critic Sylvain Ouellet-Gagnon".)
  constexpr uint32_t kMaxRoleWords = 3;
  const uint32_t role = ctx.FirstTokenAt(subject.end);
  bool only_role = role < first && first <= role + kMaxRoleWords && ctx.InList(first - 1, kSpeakerNounList) &&
                   ctx.IsLowerWord(first - 1);
  for (uint32_t t = role; only_role && t < first; ++t) only_role = ctx.IsPossessive(t) || ctx.IsLowerWord(t);
  if (only_role) return latest;
  // "Counsel Harvinder Singh Gill, representing Lim, pleaded …. “…,” he
  // said": a name inside a phrase set off by commas right after the subject
  // is the subject's client, employer or kin, whoever's gender is known.
  const uint32_t after_latest = ctx.FirstTokenAt(latest->span.end);
  if (ctx.IsPunct(role, ",") && after_latest < ctx.size() && ctx.IsPunct(after_latest, ",") &&
      !ctx.ReportBetween(role, first, doc.mentions[m].span)) {
    bool one_phrase = true;
    for (uint32_t t = role + 1; one_phrase && t < first; ++t) one_phrase = ctx.IsWord(t);
    if (one_phrase) return &doc.mentions[m];
  }
  // (A name's possessive is no one acting: "Aparna Mathur … said Ivanka
  // Trump's statement didn't clarify the matter. “…,” she said".)
  const bool possessive = after_latest < ctx.size() && ctx.IsPossessive(after_latest);
  const bool only_latest_known = doc.entities[latest->entity].gender != Gender::kUnknown &&
                                 doc.entities[doc.mentions[m].entity].gender == Gender::kUnknown && !possessive;
  // A subject who speaks of the later person goes on speaking, genders
  // known or not ("Volodymyr Zelenskyy said the attack showed that
  // Vladimir Putin was afraid. “…,” he wrote").
  const bool speaks_of_latest = ctx.ReportBetween(ctx.FirstTokenAt(subject.end), first, doc.mentions[m].span);
  return only_latest_known && !speaks_of_latest ? latest : &doc.mentions[m];
}

// The organisation "it" or "they" at `offset` refers to: one named as the
// subject that opens the pronoun's sentence or the one before ("Big Machine
// have twice denied doing anything wrong. “…,” they said"), not quoted;
// -1 when none does. A later name elsewhere in those sentences is no
// better guess ("The researchers, led by Mingyang Song of the Harvard T.H.
// Chan School of Public Health, tracked …. …, they wrote" is the
// researchers'), and a wrong name costs a reader more than none.
int32_t OrganisationOpeningSentenceBefore(const Context& ctx, uint32_t offset) {
  const uint32_t t = ctx.FirstTokenAt(offset);
  if (t >= ctx.size()) return -1;
  for (const int32_t m : OpeningSubjectNamesAt(ctx, t)) {
    if (m >= 0 && ctx.doc().mentions[m].type == EntityType::kOrg &&
        ctx.QuoteOf(ctx.FirstTokenAt(ctx.doc().mentions[m].span.begin)) < 0) {
      return ctx.doc().mentions[m].entity;
    }
  }
  return -1;
}

// The persons a reported clause names whom the pronoun at `speaker_offset`
// that reports it cannot be: a pronoun before its clause governs every name
// in it ("He said he expected Fonua-Mahe to be picked"). One after its
// clause governs none ("In Louisville, Ms. Nwanguma was shocked …, she
// said"; "Though Ms. Olivieri has spent most of her life …, she said").
// Not a name inside quotation marks ("He says … “it's not Bernie
// Sanders”"), one after an article or a possessive, a modifier of a noun
// ("a Trump administration", "the Grayson name"), nor a possessive. Their
// entities into `*named`; the count.
constexpr size_t kMaxNamedInReport = 8;
size_t PersonsNamedInReport(const Context& ctx, Span reported, uint32_t speaker_offset,
                            std::array<int32_t, kMaxNamedInReport>* named) {
  if (reported.empty() || speaker_offset >= reported.begin) return 0;
  const Document& doc = ctx.doc();
  const uint32_t first = ctx.FirstTokenAt(reported.begin), end = ctx.FirstTokenAt(reported.end);
  size_t count = 0;
  for (uint32_t t = first; t < end && count < kMaxNamedInReport; ++t) {
    const int32_t m = ctx.MentionStartingAt(t);
    if (m < 0 || doc.mentions[m].type != EntityType::kPerson || ctx.QuoteOf(t) >= 0) continue;
    const Span name = doc.mentions[m].span;
    const uint32_t after = ctx.FirstTokenAt(name.end);
    // (Nor a possessive: "He notes that … there was an issue with Trump's
    // microphone" is Trump's.)
    if ((t > 0 && (ctx.InList(t - 1, kDeterminerList) || ctx.IsPossessive(t - 1))) ||
        (after < ctx.size() && ctx.IsPossessive(after))) {
      continue;
    }
    (*named)[count++] = doc.mentions[m].entity;
  }
  return count;
}

// The person a personal pronoun of `gender` at `offset` refers to: the
// latest person named before it whose gender agrees, passing over names in
// a relative clause or after "of" ("Ray, who served in the cabinet of Atal
// Bihari Vajpayee, told reporters … “…,” he said" is Ray's), and over one
// after another preposition when a person who agrees opens its sentence
// before it ("Cheney served as defence secretary under George HW Bush … he
// pushed for …" is Cheney's; "The award went to Cillian Murphy. He said" is
// Murphy's); none when a noun for a person of that gender comes in a later
// sentence.
int32_t LatestPersonBefore(const Context& ctx, uint32_t offset, Gender gender, bool prefer_subject, Span reported) {
  const Document& doc = ctx.doc();
  std::array<int32_t, kMaxNamedInReport> named{};
  const size_t named_count = PersonsNamedInReport(ctx, reported, offset, &named);
  auto agrees = [&](const Mention& m) {
    if (m.type != EntityType::kPerson || !CompatibleGenders(doc.entities[m.entity].gender, gender)) return false;
    if (std::find(named.begin(), named.begin() + named_count, m.entity) != named.begin() + named_count) return false;
    // Not a name quoted ("“… despite El Nino conditions,” he said"), nor
    // one in a relative clause or after "of", nor one in brackets after
    // another person's name, a review's actor after the character ("Her son
    // Dayo (Kwabena Ansah, excellent) … “…,” he says").
    const uint32_t first = ctx.FirstTokenAt(m.span.begin);
    const uint32_t sb = ctx.SentenceBegin(first);
    const int32_t before = first >= sb + 2 && ctx.IsPunct(first - 1, "(") ? ctx.MentionEndingAt(first - 2) : -1;
    const bool bracketed = before >= 0 && doc.mentions[before].type == EntityType::kPerson;
    return ctx.QuoteOf(first) < 0 && !InRelativeClause(ctx, first, sb) && !bracketed &&
           !(first > sb && ctx.TokenText(first - 1) == "of");
  };
  const Mention* latest = LatestMentionBefore(doc, offset, agrees);
  if (latest) {
    const uint32_t first = ctx.FirstTokenAt(latest->span.begin);
    const uint32_t sb = ctx.SentenceBegin(first);
    if (AfterPreposition(ctx, first, sb)) {
      const Mention* subject = LatestMentionBefore(doc, latest->span.begin, [&](const Mention& m) {
        const uint32_t t = ctx.FirstTokenAt(m.span.begin);
        return t >= sb && agrees(m) && !AfterPreposition(ctx, t, sb);
      });
      if (subject && ctx.FirstTokenAt(subject->span.begin) >= sb) latest = subject;
    }
  }
  if (latest && prefer_subject) latest = SubjectOverObject(ctx, latest, agrees);
  if (!latest || PersonNounBetween(ctx, ctx.FirstTokenAt(latest->span.begin), ctx.FirstTokenAt(offset), gender)) {
    return -1;
  }
  return latest->entity;
}

// Organisation nouns that stand for any organisation ("the company said"),
// unlike the ones that name a kind of body: "the ministry" is no company,
// and refers only to an organisation named so ("the Health Ministry"; the
// "Hamas-run health ministry" was Petrobras, the company named before it).
bool IsAnyOrganisationNoun(std::string_view head) {
  static constexpr std::string_view kAny[] = {"company", "firm",    "group",        "network",     "newspaper",
                                              "paper",   "website", "organisation", "organization"};
  return IsKindOfCompany(head) ||
         std::any_of(std::begin(kAny), std::end(kAny), [&](std::string_view w) { return EqualsLower(head, w); });
}

// The entity of the person or organisation that heads a speaker ending in
// a name after a preposition, or -1: "Sen. Ted Cruz of Texas" (Cruz),
// "Economist Priya Natarajan of the Reserve Bank of India" (Natarajan),
// "Aris Shirvanian of the Armenian Patriarchate of Jerusalem" (Shirvanian),
// "The US Embassy in New Delhi" (the embassy), "Judge Robert Pitman in
// Austin" (Pitman, in a place for the day or for good), "Herder
// D.Tsogtbaatar from Tes soum of Uvs aimag" (Tsogtbaatar). Not when a
// preposition or a relative pronoun comes earlier: "a spokesman for John
// Smith of Acme" is no Smith, nor is "A woman who has accused former
// President Bill Clinton of rape" Clinton.
int32_t HeadBeforeAffiliation(const Context& ctx, Span speaker) {
  const uint32_t head = ctx.HeadToken(speaker);
  // (Or a capitalised word the recognizer left out: "Sophie Tran of
  // Macquarie asked". After a person, any words: "John Smith of the
  // department of health", "Jeb Bush in a Medium post"; not after an
  // organisation: "the European Union in the June 23 national referendum"
  // was campaigned for by someone else.)
  const bool named_head = ctx.MentionEndingAt(head) >= 0 || ctx.tokens()[head].Has(kCapitalized);
  // (Nor the object of an infinitive the phrase follows: "activists
  // clamoring to block Donald Trump from the GOP nomination say".)
  const uint32_t first = ctx.FirstTokenAt(speaker.begin);
  if (!named_head && first >= 2 && ctx.IsLowerWord(first - 1) && EqualsLower(ctx.TokenText(first - 2), "to")) {
    return -1;
  }
  for (uint32_t t = first; t < head; ++t) {
    if (ctx.InList(t, kPrepositionList | kWordWho | kWordThat | kWordWhich)) return -1;
    const int32_t m = ctx.MentionStartingAt(t);
    if (m < 0) continue;
    const Mention& mention = ctx.doc().mentions[m];
    const uint32_t after = ctx.FirstTokenAt(mention.span.end);
    if (after >= head) return -1;
    const bool affiliated = (mention.type == EntityType::kPerson || (named_head && mention.type == EntityType::kOrg)) &&
                            IsOneOf(ctx.TokenText(after), {"of", "from", "at", "in"});
    return affiliated ? mention.entity : -1;
  }
  return -1;
}

// "Residents of Kibera", "Experts on North Korea", "Supporters of Sanders",
// "Patients at Nakuru Level Five Hospital": people named by a noun for them
// before a preposition are those people, no one the name after it names;
// unless it names the organisation they work at or for, for which they
// speak ("Analysts at JPMorgan", "Executives for Mondelez").
bool PeopleBeforePreposition(const Context& ctx, Span speaker) {
  uint32_t noun = ctx.FirstTokenAt(speaker.begin);
  if (ctx.InList(noun, kDeterminerList)) ++noun;
  const uint32_t head = ctx.HeadToken(speaker);
  if (noun + 1 >= head || !ctx.IsWord(noun) || ctx.MentionStartingAt(noun) >= 0 || !ctx.InList(noun, kPersonNounList) ||
      !ctx.InList(noun + 1, kPrepositionList)) {
    return false;
  }
  const int32_t name = ctx.MentionEndingAt(head);
  const bool organisation = name >= 0 && ctx.doc().mentions[name].type == EntityType::kOrg &&
                            IsOneOf(ctx.TokenText(noun + 1), {"at", "for", "of", "from"});
  return !organisation;
}

}  // namespace

uint32_t NounHeadOf(const Context& ctx, Span speaker) {
  const uint32_t first = ctx.FirstTokenAt(speaker.begin), last = ctx.HeadToken(speaker);
  for (uint32_t t = first + 1; t < last; ++t) {
    if (!ctx.IsWord(t) || !ctx.InList(t, kPrepositionList)) continue;
    // (A person's name before the first preposition heads it: "John Smith
    // of the department of health" is Smith; "Democrats with longtime ties
    // to both Clintons" are no one.)
    const int32_t name = ctx.MentionEndingAt(t - 1);
    if (name >= 0 && ctx.doc().mentions[name].type == EntityType::kPerson) break;
    if (!ctx.IsWord(t - 1) || ctx.tokens()[t - 1].Has(kCapitalized)) continue;
    // ("The city of Phoenix" is Phoenix.)
    const bool named_place = EqualsLower(ctx.TokenText(t), "of") &&
                             IsOneOf(ctx.TokenText(t - 1), {"city", "state", "town", "village", "county", "province"});
    return named_place ? last : t - 1;
  }
  return last;
}

int32_t PossessiveOwner(const Context& ctx, Span speaker) {
  int32_t owner = speaker.empty() ? -1 : ctx.MentionStartingAt(ctx.FirstTokenAt(speaker.begin));
  if (owner < 0) return -1;
  const uint32_t head = ctx.HeadToken(speaker);
  uint32_t after = ctx.FirstTokenAt(ctx.doc().mentions[owner].span.end);
  if (after >= head || !ctx.IsPossessive(after)) return -1;
  // The nearest owner of a chain: "Kenya's President William Ruto's
  // office" is Ruto's.
  for (uint32_t t = after + 1; t < head; ++t) {
    const int32_t m = ctx.MentionStartingAt(t);
    if (m < 0) continue;
    const uint32_t end = ctx.FirstTokenAt(ctx.doc().mentions[m].span.end);
    if (end < head && ctx.IsPossessive(end)) owner = m;
  }
  return owner;
}

bool NamesSomeoneOfPerson(const Context& ctx, Span speaker) {
  const int32_t owner = PossessiveOwner(ctx, speaker);
  if (owner < 0 || ctx.doc().mentions[owner].type != EntityType::kPerson) return false;
  const uint32_t head = ctx.HeadToken(speaker);
  const std::string_view word = ctx.TokenText(head);
  return !ctx.InList(head, kOrgNounList | kNounFormList) && !EndsWith(word, "person") && word.find("spokes") != 0 &&
         !IsOneOf(word, {"office", "release", "lawsuit", "letter", "account", "feed"});
}

int32_t SpokespersonOf(const Context& ctx, Span speaker) {
  const uint32_t first = ctx.FirstTokenAt(speaker.begin), head = ctx.HeadToken(speaker);
  auto organisation = [&](int32_t m) {
    return m >= 0 && ctx.doc().mentions[m].type == EntityType::kOrg ? ctx.doc().mentions[m].entity : -1;
  };
  // "An ADB spokesperson", "a Foreign Ministry spokesman".
  if (head > first && ctx.IsLowerWord(head) && ctx.TokenText(head).find("spokes") == 0) {
    return organisation(ctx.MentionEndingAt(head - 1));
  }
  // "A spokesperson for the ADB".
  uint32_t noun = first;
  if (ctx.InList(noun, kDeterminerList)) ++noun;
  if (noun + 2 > head || !ctx.IsLowerWord(noun) || ctx.TokenText(noun).find("spokes") != 0 ||
      !IsOneOf(ctx.TokenText(noun + 1), {"for", "of", "at"})) {
    return -1;
  }
  const uint32_t object = EqualsLower(ctx.TokenText(noun + 2), "the") ? noun + 3 : noun + 2;
  const int32_t m = ctx.MentionStartingAt(object);
  return m >= 0 && ctx.FirstTokenAt(ctx.doc().mentions[m].span.end) == head + 1 ? organisation(m) : -1;
}

int32_t SpeakerEntity(const Context& ctx, Span speaker, bool prefer_subject, Span reported) {
  if (speaker.empty()) return -1;
  const Document& doc = ctx.doc();
  if (const int32_t head = HeadBeforeAffiliation(ctx, speaker); head >= 0) return head;
  if (PeopleBeforePreposition(ctx, speaker)) return -1;
  // The name that heads the speaker: "Sen. Ted Cruz", not the North Korea
  // of "Experts on North Korea" nor the Trump of "Critics of Donald Trump".
  // "Chelsea head coach Enzo Maresca was frustrated. “…,” the Italian told
  // BBC Sport": the person who opens that sentence or the one before; none
  // when no one does (the person named last may be another Texan).
  if (NamesPersonByPeople(ctx, speaker)) {
    // ("a New Hampshire Republican" is someone new.)
    if (!EqualsLower(ctx.TokenText(ctx.FirstTokenAt(speaker.begin)), "the")) return -1;
    for (const int32_t m : OpeningSubjectNamesAt(ctx, ctx.FirstTokenAt(speaker.begin))) {
      if (m >= 0 && doc.mentions[m].type == EntityType::kPerson) return doc.mentions[m].entity;
    }
    return -1;
  }
  const uint32_t head_token = ctx.HeadToken(speaker);
  const int32_t name = ctx.MentionEndingAt(head_token);
  if (name >= 0) return doc.mentions[name].entity;
  if (const int32_t body = SpokespersonOf(ctx, speaker); body >= 0) return body;
  if (ctx.FirstTokenAt(speaker.begin) == head_token && ctx.NameEchoAt(head_token) >= 0) {
    return ctx.NameEchoAt(head_token);
  }
  // "China's government", "Huawei's spokesman": the name that owns it (not
  // a name it owns: "Cleveland's Plain Dealer" is no city; nor a place
  // whose person speaks: "Solomon Islands' fisheries minister told
  // Parliament" is someone unnamed, no country).
  if (const int32_t owner = PossessiveOwner(ctx, speaker);
      owner >= 0 && doc.mentions[owner].type != EntityType::kMisc && !ctx.tokens()[head_token].Has(kCapitalized)) {
    const bool places_person =
        doc.mentions[owner].type == EntityType::kLocation && ctx.InList(head_token, kPersonNounList);
    return places_person ? -1 : doc.mentions[owner].entity;
  }
  // The speaker's last word decides what it can refer to: "he" and "she" a
  // person of that gender, "it", "they" and "the company" an organisation.
  // A description of a person ("the senator") stays a description.
  const std::string_view text = doc.Text(speaker);
  const size_t last_space = text.find_last_of(' ');
  const std::string_view head = text.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  const uint32_t lists = ListsOf(head);
  const Pronoun pronoun = PronounOf(lists);
  // (Also an object pronoun alone: "According to him, …".)
  const bool object_person = text.size() == head.size() && (EqualsLower(head, "him") || EqualsLower(head, "her"));
  if (pronoun == Pronoun::kPerson || object_person) {
    const bool female = EqualsLower(head, "she") || EqualsLower(head, "her");
    return LatestPersonBefore(ctx, speaker.begin, female ? Gender::kFemale : Gender::kMale, prefer_subject, reported);
  }
  if (pronoun == Pronoun::kThing) return OrganisationOpeningSentenceBefore(ctx, speaker.begin);
  if (speaker.size() > head.size() && (lists & kOrgNounList)) {
    // "BYD reported revenue …, surpassing Tesla …, the company said": in a
    // report after the words reported, the organisation that opens the
    // sentence, not the latest one named.
    const uint32_t first = ctx.FirstTokenAt(speaker.begin);
    if (IsAnyOrganisationNoun(head) && first > ctx.SentenceBegin(first) && ctx.TokenText(first - 1) == ",") {
      const int32_t subject = OpeningSubjectNamesAt(ctx, first)[0];
      if (subject >= 0 && doc.mentions[subject].type == EntityType::kOrg) return doc.mentions[subject].entity;
    }
    // (A kind of company only so: the latest organisation named was the
    // "AppleSkin" trim material of "The automaker says" about Volkswagen.)
    if (IsKindOfCompany(head)) return -1;
    return LatestEntityBefore(doc, speaker.begin, EntityType::kOrg, Gender::kUnknown,
                              IsAnyOrganisationNoun(head) ? std::string_view() : head);
  }
  return -1;
}

namespace {

// Where the title before the name at token `name` ends: before an
// honorific ("Dr", "Prof") and a portfolio after "of" or "for" ("Minister
// for Housing", "Minister of Planning and Economic Development Dr").
uint32_t TitleEndBefore(const Context& ctx, uint32_t name) {
  // (A list of portfolios too: "Minister of Agriculture, Water Resources
  // and Fisheries Hédi Ben Mansour".)
  constexpr uint32_t kMaxPortfolioWords = 9;
  static constexpr std::string_view kHonorifics[] = {"dr",  "dr.", "prof", "prof.", "mr",
                                                     "mr.", "mrs", "mrs.", "ms",    "ms."};
  const uint32_t sentence = ctx.SentenceBegin(name);
  auto capitalised = [&](uint32_t t) { return ctx.IsWord(t) && ctx.tokens()[t].Has(kCapitalized); };
  uint32_t end = name;
  if (end > sentence + 1 && capitalised(end - 1) && IsOneOfLower(ctx.TokenText(end - 1), kHonorifics)) --end;
  uint32_t k = end;
  while (k > sentence + 1 && end - k < kMaxPortfolioWords &&
         (capitalised(k - 1) || EqualsLower(ctx.TokenText(k - 1), "and") || ctx.TokenText(k - 1) == "&" ||
          (ctx.TokenText(k - 1) == "," && capitalised(k)))) {
    --k;
  }
  if (k == end || k <= sentence + 1 || !capitalised(k)) return end;
  const std::string_view linker = ctx.TokenText(k - 1);
  return linker == "of" || linker == "for" ? k - 1 : end;
}

}  // namespace

int32_t TitledPersonEntity(const Context& ctx, Span speaker) {
  // Words before a title that make it another office ("Deputy Minister",
  // "Prime Minister", "Former President"); a portfolio does not ("Water and
  // Environment Minister Desmond Ebanks" is "the minister").
  static constexpr std::string_view kOtherOffices[] = {"deputy", "vice",    "assistant", "junior",   "shadow",  "prime",
                                                       "chief",  "first",   "former",    "acting",   "interim", "state",
                                                       "ex",     "general", "associate", "executive"};
  constexpr uint32_t kMaxTitleWords = 2;
  if (speaker.empty()) return -1;
  const uint32_t first = ctx.FirstTokenAt(speaker.begin);
  const uint32_t end = ctx.FirstTokenAt(speaker.end);
  if (!EqualsLower(ctx.TokenText(first), "the") || end <= first + 1 || end > first + 1 + kMaxTitleWords) return -1;
  for (uint32_t t = first + 1; t < end; ++t) {
    if (!ctx.IsWord(t) || ctx.MentionStartingAt(t) >= 0 || ctx.QuoteOf(t) >= 0) return -1;
  }
  const uint32_t words = end - first - 1;
  // An office ("the mayor", "the prime minister"), not a body ("the state").
  if (!IsPersonTitle(ctx.TokenText(end - 1))) return -1;
  // The whole title right before a full name: "President Bola Tinubu",
  // "Prime Minister Keir Starmer", also across the portfolio and an
  // honorific: "Deputy Minister of Finance Dr Nimal Jayawardena" for "the
  // Deputy Minister"; not "Vice President Joseph R. Biden Jr." for "the
  // president", nor a surname alone, which may have been joined to a
  // namesake's entity ("President Obama" to Michelle Obama's).
  auto titled = [&](const Mention& m) {
    if (m.type != EntityType::kPerson) return false;
    const uint32_t name = TitleEndBefore(ctx, ctx.FirstTokenAt(m.span.begin));
    if (name < words) return false;
    for (uint32_t k = 0; k < words; ++k) {
      if (!EqualsIgnoringCase(ctx.TokenText(name - words + k), ctx.TokenText(first + 1 + k))) return false;
    }
    // (The text's first word may open the title.)
    const uint32_t title = name - words;
    return title == 0 || !IsOneOfLower(ctx.TokenText(title - 1), kOtherOffices);
  };
  int32_t entity = -1;
  bool full_name = false, two = false;
  VisitMentionsBefore(ctx.doc(), speaker.begin, [&](const Mention& m) {
    if (!titled(m)) return false;
    two = entity >= 0 && m.entity != entity;  // two presidents: which one is unsaid
    entity = m.entity;
    full_name |= ctx.FirstTokenAt(m.span.end) >= ctx.FirstTokenAt(m.span.begin) + 2;
    return two;
  });
  return full_name && !two ? entity : -1;
}

}  // namespace attribution
}  // namespace annotator
