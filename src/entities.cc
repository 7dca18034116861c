#include "entities.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ascii_case.h"
#include "fnv1a.h"
#include "ner/name_heads.h"

namespace annotator {
namespace {

// Whether `word` (any case) is a particle that opens a surname ("von der
// Leyen", "ap Iorwerth", "bin Salman"). Fewer than the recognizer's
// kNameParticles, which also joins "al", "el" and "y" inside a name: here a
// particle says the word is no given name, and "Al" is one ("Al Gore").
bool IsSurnameParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {"von", "van",   "de", "der", "den", "ter", "du", "da",
                                                    "di",  "della", "le", "la",  "bin", "ibn", "ap", "ab"};
  return std::any_of(std::begin(kParticles), std::end(kParticles),
                     [&](std::string_view p) { return EqualsLower(word, p); });
}

bool IsFunctionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {"of", "the", "and", "for", "de", "la", "in", "on", "&"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

std::string_view StripPossessive(std::string_view text) {
  for (std::string_view suffix : {"’s", "'s", "’", "'"}) {
    if (text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix) {
      return text.substr(0, text.size() - suffix.size());
    }
  }
  return text;
}

bool IsAsciiLetter(char c) { return IsLowerAscii(c) || IsUpperAscii(c); }

// A person's name without the titles before it ("Ms. Kovner" -> "Kovner",
// "Sen. Ted Cruz" -> "Ted Cruz"), so that its forms match; the gender a title
// signals, inside the mention or in the word `before` it, goes to `gender`.
std::string_view StripTitles(std::string_view text, std::string_view before, Gender* gender) {
  *gender = HonorificGender(before);
  for (int stripped = 0; stripped < 3; ++stripped) {
    const size_t space = text.find(' ');
    if (space == std::string_view::npos || !IsPersonTitle(text.substr(0, space))) break;
    if (*gender == Gender::kUnknown) *gender = HonorificGender(text.substr(0, space));
    text.remove_prefix(space + 1);
  }
  return text;
}

// A mention reduced to what identity depends on: lower-case words without
// periods or a possessive ("The U.S.’s" -> {"the", "us"}), and, for
// acronyms, the letters ("F.B.I." -> "fbi"). Its text lives in MentionKeys.
struct MentionKey {
  uint32_t begin = 0, end = 0;              // the type's letter, then the words joined by one space
  uint32_t first_word = 0, word_count = 0;  // in MentionKeys::words_
  bool acronym = false;
  Gender gender = Gender::kUnknown;  // a person's, from a title or a first name
  // Where the form first stands in the article's text (outside the title
  // and boilerplate), or UINT32_MAX.
  uint32_t first_seen = UINT32_MAX;
};

// The keys of one document's mentions in one buffer, so that building them
// allocates nothing per mention and forms are compared as views.
class MentionKeys {
 public:
  explicit MentionKeys(size_t mentions) : keys_(mentions) {}

  // Keys are added before any is read: views stay valid once all are in.
  // `title` is the word before the mention, which may be a person's title.
  void Add(size_t mention, std::string_view text, EntityType type, std::string_view title) {
    MentionKey& key = keys_[mention];
    if (type == EntityType::kPerson) text = StripTitles(text, title, &key.gender);
    key.begin = static_cast<uint32_t>(text_.size());
    key.first_word = static_cast<uint32_t>(words_.size());
    // Forms are looked up per type: "Japan" the team (ORG) and "Japan" the
    // country (LOCATION) are different referents.
    text_.push_back(static_cast<char>('A' + static_cast<int>(type)));
    bool all_upper = true;
    int letters = 0;
    uint32_t word_begin = 0;
    bool in_word = false;
    for (char c : StripPossessive(text)) {
      if (c == ' ' || c == '-' || c == '\n' || c == '\t') {
        if (in_word) EndWord(word_begin);
        in_word = false;
        continue;
      }
      if (c == '.') continue;
      if (!in_word) {
        if (words_.size() > key.first_word) text_.push_back(' ');
        word_begin = static_cast<uint32_t>(text_.size());
        in_word = true;
      }
      if (IsAsciiLetter(c)) {
        ++letters;
        if (c >= 'a') all_upper = false;
        c = static_cast<char>(c | 0x20);
      }
      text_.push_back(c);
    }
    if (in_word) EndWord(word_begin);
    key.end = static_cast<uint32_t>(text_.size());
    key.word_count = static_cast<uint32_t>(words_.size()) - key.first_word;
    key.acronym = key.word_count == 1 && all_upper && letters >= 2 && letters <= 6;
    // The given name as written, with its hyphen ("Jean-Marc"); none where a
    // surname's particle opens the name ("von Schönfeld", "Von Schönfeld,
    // who runs a flock": "Von" is a man's name in US records).
    const std::string_view given = text.substr(0, std::min(text.find(' '), text.size()));
    if (type == EntityType::kPerson && key.gender == Gender::kUnknown && key.word_count >= 2 &&
        given.size() < text.size() && !IsSurnameParticle(given)) {
      key.gender = FirstNameGender(given);
    }
  }

  const MentionKey& operator[](size_t mention) const { return keys_[mention]; }
  // Sets each key's first_seen from `offsets`: where each mention stands in
  // the article's text, or UINT32_MAX for one outside it.
  void SetFirstSeen(const std::vector<int32_t>& mentions, const std::vector<uint32_t>& offsets) {
    std::unordered_map<std::string_view, uint32_t> first;
    for (int32_t i : mentions) {
      auto [it, added] = first.emplace(Typed(keys_[i]), offsets[i]);
      if (!added) it->second = std::min(it->second, offsets[i]);
    }
    for (int32_t i : mentions) keys_[i].first_seen = first[Typed(keys_[i])];
  }
  // The type's letter and the words: what a form is looked up by.
  std::string_view Typed(const MentionKey& key) const { return View(key.begin, key.end); }
  std::string_view Word(const MentionKey& key, uint32_t k) const {
    const auto [begin, end] = words_[key.first_word + k];
    return View(begin, end);
  }

 private:
  void EndWord(uint32_t begin) { words_.emplace_back(begin, static_cast<uint32_t>(text_.size())); }
  std::string_view View(uint32_t begin, uint32_t end) const {
    return std::string_view(text_.data() + begin, end - begin);
  }

  std::vector<MentionKey> keys_;
  std::string text_;
  std::vector<std::pair<uint32_t, uint32_t>> words_;  // [begin, end) in text_
};

// "federal bureau of investigation" -> "fbi"; "united states" -> "us";
// after the type's letter.
std::string TypedInitialsOf(const MentionKeys& keys, const MentionKey& key) {
  std::string initials(1, keys.Typed(key)[0]);
  for (uint32_t k = 0; k < key.word_count; ++k) {
    const std::string_view word = keys.Word(key, k);
    if (!IsFunctionWord(word)) initials.push_back(word[0]);
  }
  return initials;
}

// Every word of `part` is a word of `whole` ("xi" in "xi jinping").
bool WordsContained(const MentionKeys& keys, const MentionKey& part, const MentionKey& whole) {
  for (uint32_t k = 0; k < part.word_count; ++k) {
    const std::string_view word = keys.Word(part, k);
    if (IsFunctionWord(word)) continue;
    bool found = false;
    for (uint32_t j = 0; j < whole.word_count && !found; ++j) found = keys.Word(whole, j) == word;
    if (!found) return false;
  }
  return part.word_count != 0;
}

// Words that say what kind of body a name is without naming another one:
// "Boeing Co", "Harvard University", "Justice Department", "Amnesty
// International", "Take-Two Interactive".
bool IsDesignation(std::string_view word) {
  static constexpr auto kDesignations = ner::WordHashes(
      {"company", "companies", "corporation", "incorporated", "limited", "group", "holding", "international",
       "interactive", "technology", "motor", "university", "party", "magazine", "department", "ag", "sa", "nv"});
  const uint64_t hash = Fnv1a64(word);
  return ner::Contains(kDesignations, hash) || ner::Contains(ner::kLegalSuffixes, hash) ||
         ner::Contains(ner::kCompanyHeads, hash);
}

// The last word of a body within another or of a group in it ("House
// Intelligence Committee", "Cleveland Police", "Senate Democrats").
bool IsPartHead(std::string_view word) {
  static constexpr auto kGroups = ner::WordHashes({"police", "democrats", "republicans", "caucus", "pac", "staff"});
  const uint64_t hash = Fnv1a64(word);
  return ner::ContainsSorted(ner::kInstitutionHeads, hash) || ner::Contains(kGroups, hash);
}

bool IsConjunction(std::string_view word) { return word == "and" || word == "&"; }

// Where the words of `part` run together in `whole`, or -1.
int RunIn(const MentionKeys& keys, const MentionKey& part, const MentionKey& whole) {
  for (uint32_t j = 0; j + part.word_count <= whole.word_count; ++j) {
    uint32_t k = 0;
    while (k < part.word_count && keys.Word(part, k) == keys.Word(whole, j + k)) ++k;
    if (k == part.word_count) return static_cast<int>(j);
  }
  return -1;
}

// Whether the organisation `part` names is the one `whole` names, `part`
// being a shorter form of it. Yes for its head ("Times" of "New York
// Times") and for its name before a designation ("Boeing" of "Boeing Co");
// no for a body that names a part of it ("House" of "House Intelligence
// Committee", "Harvard" of "Harvard Medical School"); otherwise yes only when
// the article named it in full first ("Goldman Sachs" … "Goldman", but not
// "Apple" … "Apple Watch").
bool ShortFormOfOrganisation(const MentionKeys& keys, const MentionKey& part, const MentionKey& whole) {
  const int run = RunIn(keys, part, whole);
  if (run < 0) return true;  // words in another order: "Justice Department", "Department of Justice"
  // A name after "and" is one of two ("AppleInsider & Apple").
  if (run > 0 && IsConjunction(keys.Word(whole, run - 1))) return false;
  const uint32_t rest = static_cast<uint32_t>(run) + part.word_count;
  if (rest == whole.word_count) return true;
  bool designation = true;
  for (uint32_t k = rest; k < whole.word_count && designation; ++k) designation = IsDesignation(keys.Word(whole, k));
  if (designation) return true;
  if (IsPartHead(keys.Word(whole, whole.word_count - 1))) return false;
  return whole.first_seen < part.first_seen;
}

// Whether full form `a` is a likelier referent than `b`, the fuller or
// earlier of the two, of a short form first used at `used`: only when `a` is
// named before that use and `b` only after it (an article names a person
// before it shortens the name).
bool NamedBeforeWhereOtherIsNot(const MentionKey& a, const MentionKey& b, uint32_t used) {
  return a.first_seen <= used && b.first_seen > used;
}

struct Cluster {
  std::vector<int32_t> mentions;
  EntityType type;
  Gender gender = Gender::kUnknown;
};

// Finds the cluster a form belongs to in time independent of the number of
// clusters, so a 10 MB text with thousands of names stays linear.
class ClusterIndex {
 public:
  explicit ClusterIndex(const MentionKeys& keys) : keys_(keys) {}

  // The cluster of `key`, or -1.
  int32_t Find(const MentionKey& key, EntityType type, const std::vector<Cluster>& clusters) const {
    const std::string_view typed = keys_.Typed(key);
    // "Mr. Clinton" is not the cluster of "Hillary Clinton".
    if (auto it = by_form_.find(typed);
        it != by_form_.end() && CompatibleGenders(clusters[it->second].gender, key.gender)) {
      return it->second;
    }
    if (key.acronym) {
      if (auto it = by_initials_.find(std::string(typed)); it != by_initials_.end()) return it->second;
    }
    // A shorter form of a person's or an organisation's name: "Xi" of "Xi
    // Jinping", "Huawei" of "Huawei Technologies". Not for places ("York" is
    // not "New York") nor other names.
    if (type != EntityType::kPerson && type != EntityType::kOrg) return -1;
    for (uint32_t k = 0; k < key.word_count; ++k) {
      const std::string_view word = keys_.Word(key, k);
      if (IsFunctionWord(word)) continue;
      auto it = by_word_.find(word);
      if (it == by_word_.end()) return -1;
      // Of names the short form fits, the fullest and earliest, unless only
      // another was named before the short form's first use ("Imran Khan …
      // Khan … Gohar Ali Khan").
      int32_t best = -1;
      const MentionKey* best_form = nullptr;
      for (const auto& [cluster, longer] : it->second) {
        if (clusters[cluster].type == type && key.word_count < longer->word_count &&
            CompatibleGenders(clusters[cluster].gender, key.gender) && WordsContained(keys_, key, *longer) &&
            (type != EntityType::kOrg || ShortFormOfOrganisation(keys_, key, *longer)) &&
            (best_form == nullptr || NamedBeforeWhereOtherIsNot(*longer, *best_form, key.first_seen))) {
          best = cluster;
          best_form = longer;
        }
      }
      return best;
    }
    return -1;
  }

  void Add(const MentionKey& key, int32_t cluster) {
    if (!by_form_.emplace(keys_.Typed(key), cluster).second) return;
    if (key.word_count < 2) return;
    by_initials_.emplace(TypedInitialsOf(keys_, key), cluster);
    for (uint32_t k = 0; k < key.word_count; ++k) by_word_[keys_.Word(key, k)].emplace_back(cluster, &key);
  }

 private:
  const MentionKeys& keys_;
  std::unordered_map<std::string_view, int32_t> by_form_;
  std::unordered_map<std::string, int32_t> by_initials_;
  std::unordered_map<std::string_view, std::vector<std::pair<int32_t, const MentionKey*>>> by_word_;
};

// The text of the token just before `span`, or "": where a title would
// stand, past a surname's particle the mention left out ("Ms ap Iorwerth"
// with "Iorwerth" tagged gives "Ms").
std::string_view TitleBefore(const Document& doc, Span span) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                             [](const Token& t, uint32_t begin) { return t.end <= begin; });
  if (it == doc.tokens.begin()) return {};
  --it;
  const std::string_view word = doc.text.substr(it->begin, it->end - it->begin);
  if (!IsSurnameParticle(word) || it == doc.tokens.begin()) return word;
  --it;
  return doc.text.substr(it->begin, it->end - it->begin);
}

// Whether the mention stands in the article's text: not in the title nor in
// a page's boilerplate.
bool InArticleText(const Document& doc, const Mention& mention) {
  const bool in_title =
      !doc.title.empty() && mention.span.begin >= doc.title.begin && mention.span.end <= doc.title.end;
  return !in_title && !mention.boilerplate;
}

// The mention whose text names the entity best: a name before an acronym;
// for a body or a place, one in the article's text before one in a page's
// menus or in the title, whose capitals mislead the recognizer ("Apple TV &
// Accessories" in a menu and "The Future of Apple Innovation Is Backwards" in
// a headline named Apple; a person's full name is often in the title alone:
// "Loretta Lynch"); one in mixed case before one in capitals (a dateline's
// "CLEVELAND"); then the longest.
int32_t FullestMention(const Document& doc, const MentionKeys& keys, const std::vector<int32_t>& mentions) {
  int32_t best = mentions[0];
  auto rank = [&](int32_t i) {
    const Mention& mention = doc.mentions[i];
    const bool outside_text = mention.type != EntityType::kPerson && !InArticleText(doc, mention);
    const std::string_view text = doc.Text(mention.span);
    const bool written_in_case = std::any_of(text.begin(), text.end(), [](char c) { return IsLowerAscii(c); });
    return std::make_tuple(!keys[i].acronym, !outside_text, written_in_case, mention.span.size());
  };
  for (int32_t i : mentions) {
    if (rank(i) > rank(best)) best = i;
  }
  return best;
}

}  // namespace

void ClusterEntities(Document* doc) {
  doc->entities.clear();
  std::vector<int32_t> order;
  MentionKeys keys(doc->mentions.size());
  for (size_t i = 0; i < doc->mentions.size(); ++i) {
    doc->mentions[i].entity = -1;
    if (!IsNameType(doc->mentions[i].type)) continue;
    keys.Add(i, doc->Text(doc->mentions[i].span), doc->mentions[i].type, TitleBefore(*doc, doc->mentions[i].span));
    order.push_back(static_cast<int32_t>(i));
  }
  std::vector<uint32_t> offsets(doc->mentions.size(), UINT32_MAX);
  for (int32_t i : order) {
    if (InArticleText(*doc, doc->mentions[i])) offsets[i] = doc->mentions[i].span.begin;
  }
  keys.SetFirstSeen(order, offsets);
  // Longest forms first, so that "Xi" finds "Xi Jinping" wherever it stands.
  std::stable_sort(order.begin(), order.end(),
                   [&](int32_t a, int32_t b) { return keys[a].word_count > keys[b].word_count; });
  std::vector<Cluster> clusters;
  ClusterIndex index(keys);
  for (int32_t i : order) {
    const EntityType type = doc->mentions[i].type;
    int32_t home = index.Find(keys[i], type, clusters);
    if (home < 0) {
      home = static_cast<int32_t>(clusters.size());
      clusters.push_back(Cluster{{}, type});
    }
    clusters[home].mentions.push_back(i);
    if (clusters[home].gender == Gender::kUnknown) clusters[home].gender = keys[i].gender;
    index.Add(keys[i], home);
  }
  for (Cluster& cluster : clusters) {
    std::sort(cluster.mentions.begin(), cluster.mentions.end());
    Entity entity;
    entity.type = cluster.type;
    entity.name = doc->mentions[FullestMention(*doc, keys, cluster.mentions)].span;
    entity.mentions = cluster.mentions;
    entity.gender = cluster.gender;
    // A person named only by one word that is a given name of one sex ("Her
    // son, Louis, …. “…,” she said" was Louis's) is of that sex.
    const bool one_word = std::all_of(cluster.mentions.begin(), cluster.mentions.end(),
                                      [&](int32_t m) { return keys[m].word_count == 1; });
    if (entity.gender == Gender::kUnknown && entity.type == EntityType::kPerson && one_word) {
      entity.gender = FirstNameGender(doc->Text(entity.name));
    }
    const int32_t id = static_cast<int32_t>(doc->entities.size());
    for (int32_t m : cluster.mentions) doc->mentions[m].entity = id;
    doc->entities.push_back(std::move(entity));
  }
}

namespace {

// Whether the mention opens its sentence: the usual place of the subject.
bool StartsSentence(const Document& doc, const Mention& mention) {
  auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), mention.span.begin,
                                   [](uint32_t offset, Span s) { return offset < s.begin; });
  if (sentence == doc.sentences.begin()) return false;
  --sentence;
  std::string_view before = doc.text.substr(sentence->begin, mention.span.begin - sentence->begin);
  // Allow one short word before it: a title or determiner ("President Xi", "The FBI").
  return before.size() <= 16 && std::count(before.begin(), before.end(), ' ') <= 1;
}

}  // namespace

void RankEntities(Document* doc) {
  if (doc->entities.empty()) return;
  const double length = std::max<size_t>(doc->text.size(), 1);
  std::vector<double> score(doc->entities.size(), 0.0);
  for (const Mention& mention : doc->mentions) {
    if (mention.entity < 0 || mention.boilerplate) continue;
    double weight = 1.0;
    weight *= 1.5 - mention.span.begin / length;  // earlier matters more
    if (!doc->title.empty() && doc->title.contains(mention.span.begin)) weight += 2.0;
    if (StartsSentence(*doc, mention)) weight += 0.5;
    score[mention.entity] += weight;
  }
  for (const Quote& quote : doc->quotes) {
    if (quote.speaker_entity >= 0 && !quote.boilerplate) score[quote.speaker_entity] += 1.5;
  }
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  std::vector<int32_t> order(doc->entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return score[a] > score[b]; });
  std::vector<int32_t> new_id(order.size());
  std::vector<Entity> ranked;
  ranked.reserve(order.size());
  for (size_t rank = 0; rank < order.size(); ++rank) {
    new_id[order[rank]] = static_cast<int32_t>(rank);
    ranked.push_back(std::move(doc->entities[order[rank]]));
    ranked.back().salience = total > 0 ? static_cast<float>(score[order[rank]] / total) : 0.0f;
  }
  doc->entities = std::move(ranked);
  for (Mention& mention : doc->mentions) {
    if (mention.entity >= 0) mention.entity = new_id[mention.entity];
  }
  for (Quote& quote : doc->quotes) {
    if (quote.speaker_entity >= 0) quote.speaker_entity = new_id[quote.speaker_entity];
  }
}

}  // namespace annotator
