#include "entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <numeric>
#include <string>
#include <unordered_map>

namespace annotator {
namespace {

// A mention reduced to what identity depends on: lower-case words without
// periods or a possessive ("The U.S.’s" -> {"us"}), and, for acronyms, the
// letters ("F.B.I." -> "fbi").
struct MentionKey {
  std::vector<std::string> words;
  std::string joined;  // words joined by one space
  bool acronym = false;
};

bool IsFunctionWord(const std::string& word) {
  static const char* const kWords[] = {"of", "the", "and", "for", "de", "la", "in", "on", "&"};
  for (const char* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

std::string StripPossessive(std::string_view text) {
  for (std::string_view suffix : {"’s", "'s", "’", "'"}) {
    if (text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix) {
      return std::string(text.substr(0, text.size() - suffix.size()));
    }
  }
  return std::string(text);
}

MentionKey KeyOf(std::string_view text) {
  MentionKey key;
  std::string current;
  bool all_upper = true;
  int letters = 0;
  for (char c : StripPossessive(text)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '-' || c == '\n' || c == '\t') {
      if (!current.empty()) key.words.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (c == '.') continue;
    if (u < 0x80 && std::isalpha(u)) {
      ++letters;
      if (!std::isupper(u)) all_upper = false;
      current.push_back(static_cast<char>(std::tolower(u)));
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) key.words.push_back(std::move(current));
  key.acronym = key.words.size() == 1 && all_upper && letters >= 2 && letters <= 6;
  for (const std::string& word : key.words) {
    if (!key.joined.empty()) key.joined += ' ';
    key.joined += word;
  }
  return key;
}

// "federal bureau of investigation" -> "fbi"; "united states" -> "us".
std::string InitialsOf(const MentionKey& key) {
  std::string initials;
  for (const std::string& word : key.words) {
    if (!IsFunctionWord(word)) initials.push_back(word[0]);
  }
  return initials;
}

// Every word of `part` is a word of `whole` ("xi" in "xi jinping").
bool WordsContained(const MentionKey& part, const MentionKey& whole) {
  for (const std::string& word : part.words) {
    if (IsFunctionWord(word)) continue;
    if (std::find(whole.words.begin(), whole.words.end(), word) == whole.words.end()) return false;
  }
  return !part.words.empty();
}

struct Cluster {
  std::vector<int32_t> mentions;
  EntityType type;
};

// Finds the cluster a form belongs to in time independent of the number of
// clusters, so a 10 MB text with thousands of names stays linear.
class ClusterIndex {
 public:
  // The cluster of `key`, or -1.
  int32_t Find(const MentionKey& key, EntityType type, const std::vector<Cluster>& clusters) const {
    if (auto it = by_form_.find(Typed(type, key.joined)); it != by_form_.end()) return it->second;
    if (key.acronym) {
      if (auto it = by_initials_.find(Typed(type, key.joined)); it != by_initials_.end()) return it->second;
    }
    // A shorter form of a person's or an organisation's name: "Xi" of "Xi
    // Jinping", "Huawei" of "Huawei Technologies". Not for places ("York" is
    // not "New York") nor other names.
    if (type != EntityType::kPerson && type != EntityType::kOrg) return -1;
    for (const std::string& word : key.words) {
      if (IsFunctionWord(word)) continue;
      auto it = by_word_.find(word);
      if (it == by_word_.end()) return -1;
      for (const auto& [cluster, longer] : it->second) {
        if (clusters[cluster].type == type && key.words.size() < longer->words.size() &&
            WordsContained(key, *longer)) {
          return cluster;
        }
      }
      return -1;
    }
    return -1;
  }

  void Add(const MentionKey& key, EntityType type, int32_t cluster) {
    if (!by_form_.emplace(Typed(type, key.joined), cluster).second) return;
    if (key.words.size() < 2) return;
    by_initials_.emplace(Typed(type, InitialsOf(key)), cluster);
    forms_.push_back(std::make_unique<MentionKey>(key));
    for (const std::string& word : key.words) by_word_[word].emplace_back(cluster, forms_.back().get());
  }

 private:
  // Forms are looked up per type: "Japan" the team (ORG) and "Japan" the
  // country (LOCATION) are different referents.
  static std::string Typed(EntityType type, const std::string& form) {
    return static_cast<char>('A' + static_cast<int>(type)) + form;
  }

  std::unordered_map<std::string, int32_t> by_form_;
  std::unordered_map<std::string, int32_t> by_initials_;
  std::unordered_map<std::string, std::vector<std::pair<int32_t, const MentionKey*>>> by_word_;
  std::vector<std::unique_ptr<MentionKey>> forms_;
};

// The mention whose text names the entity best: the longest that is not an
// acronym, or the longest at all.
int32_t FullestMention(const Document& doc, const std::vector<int32_t>& mentions) {
  int32_t best = mentions[0];
  auto rank = [&](int32_t i) {
    const Mention& m = doc.mentions[i];
    bool acronym = KeyOf(doc.Text(m.span)).acronym;
    return std::make_pair(!acronym, m.span.size());
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
  std::vector<MentionKey> keys(doc->mentions.size());
  for (size_t i = 0; i < doc->mentions.size(); ++i) {
    doc->mentions[i].entity = -1;
    if (!IsNameType(doc->mentions[i].type)) continue;
    keys[i] = KeyOf(doc->Text(doc->mentions[i].span));
    order.push_back(static_cast<int32_t>(i));
  }
  // Longest forms first, so that "Xi" finds "Xi Jinping" wherever it stands.
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
    return keys[a].words.size() > keys[b].words.size();
  });
  std::vector<Cluster> clusters;
  ClusterIndex index;
  for (int32_t i : order) {
    const EntityType type = doc->mentions[i].type;
    int32_t home = index.Find(keys[i], type, clusters);
    if (home < 0) {
      home = static_cast<int32_t>(clusters.size());
      clusters.push_back(Cluster{{}, type});
    }
    clusters[home].mentions.push_back(i);
    index.Add(keys[i], type, home);
  }
  for (Cluster& cluster : clusters) {
    std::sort(cluster.mentions.begin(), cluster.mentions.end());
    Entity entity;
    entity.type = cluster.type;
    entity.name = doc->mentions[FullestMention(*doc, cluster.mentions)].span;
    entity.mentions = cluster.mentions;
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
