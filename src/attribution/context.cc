#include "attribution/context.h"

#include <algorithm>
#include <unordered_map>

#include "word_table.h"

namespace annotator {
namespace attribution {

Context::Context(Document* doc) : doc_(*doc), tokens_(doc->tokens) {
  IndexOffsetBlocks();
  IndexTokens();
  IndexQuotes();
  IndexWordCounts();
  IndexMentions();
  IndexNameEchoes();
  IndexHeadlines();
  IndexShoutedSentences();
}

bool Context::WordEndsWith(uint32_t t, std::string_view suffix) const {
  return words_[t].short_word && EndsWith(TokenText(t), suffix);
}

bool Context::WordStartsWith(uint32_t t, std::string_view stem) const {
  const std::string_view word = TokenText(t);
  return EqualsLower(word.substr(0, std::min(word.size(), stem.size())), stem);
}

bool Context::IsFiniteVerbForm(uint32_t t) const {
  return WordEndsWith(t, "ed") || IsOneOf(TokenText(t), {"said", "says", "told", "tells", "wrote", "spoke"});
}

bool Context::IsStateNoun(uint32_t t) const {
  const uint32_t next = t + 1;
  if (next >= size() || !IsWord(next) ||
      (!EqualsLower(TokenText(t), "state") && !EqualsLower(TokenText(t), "states"))) {
    return false;
  }
  return tokens_[next].Has(kCapitalized) ||
         (!InList(next, kWordThat | kWordTo | kDeterminerList) && PronounAt(next) == Pronoun::kNone);
}

uint32_t Context::WordHash(uint32_t t) const {
  return LowerWordHash(words_[t].short_word ? TokenText(t) : std::string_view());
}

void Context::IndexReportCues() {
  report_cues_.clear();
  for (const Quote& quote : doc_.quotes) {
    if (!quote.cue.empty() && !quote.speaker.empty())
      report_cues_.push_back({FirstTokenAt(quote.cue.begin), quote.speaker});
  }
  std::sort(report_cues_.begin(), report_cues_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

bool Context::ReportBetween(uint32_t first, uint32_t end, Span name) const {
  auto it = std::lower_bound(report_cues_.begin(), report_cues_.end(), first,
                             [](const auto& cue, uint32_t t) { return cue.first < t; });
  for (; it != report_cues_.end() && it->first < end; ++it) {
    if (it->second.begin <= name.begin && name.end <= it->second.end) return true;
  }
  return false;
}

uint32_t Context::FirstTokenAt(uint32_t offset) const {
  const size_t block = offset >> kOffsetBlockBits;
  if (block + 1 >= first_token_of_block_.size()) {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                               [](const Token& t, uint32_t o) { return t.begin < o; });
    return static_cast<uint32_t>(it - tokens_.begin());
  }
  uint32_t t = first_token_of_block_[block];
  const uint32_t end = first_token_of_block_[block + 1];
  while (t < end && tokens_[t].begin < offset) ++t;
  return t;
}

void Context::IndexOffsetBlocks() {
  const size_t blocks = (doc_.text.size() >> kOffsetBlockBits) + 1;
  first_token_of_block_.assign(blocks + 1, size());
  uint32_t t = 0;
  for (size_t b = 0; b <= blocks; ++b) {
    while (t < size() && tokens_[t].begin < (b << kOffsetBlockBits)) ++t;
    first_token_of_block_[b] = t;
  }
}

// "‘…,’ Mr Crichton shot back", "hit back": a verb of attack with "back"
// a few words after a quotation mark answers with the quotation (a cue of
// quotations only: "police fired back" at gunmen reports nothing).
void Context::MarkRepliesBack() {
  constexpr uint32_t kMaxAfterQuote = 5;
  static constexpr std::string_view kAttacks[] = {"shot", "shoots", "hit", "hits", "fired", "fires", "snapped"};
  const uint32_t n = size();
  for (uint32_t t = 1; t + 1 < n; ++t) {
    if (words_[t].cue != CueClass::kNone || !EqualsLower(TokenText(t + 1), "back") ||
        std::none_of(std::begin(kAttacks), std::end(kAttacks), [&](std::string_view w) { return TokenText(t) == w; })) {
      continue;
    }
    for (uint32_t k = t > kMaxAfterQuote ? t - kMaxAfterQuote : 0; k < t; ++k) {
      if (tokens_[k].kind == TokenKind::kQuote) {
        words_[t].cue = CueClass::kQuotation;
        break;
      }
    }
  }
}

// Token → word facts and sentence.
void Context::IndexTokens() {
  const uint32_t n = size();
  words_.resize(n);
  for (uint32_t t = 0; t < n; ++t) words_[t] = DescribeWord(TokenText(t), tokens_[t].kind);
  MarkRepliesBack();
  std::vector<uint32_t> sentence_of(n, 0);
  sentence_first_.assign(doc_.sentences.size() + 1, n);
  uint32_t t = 0;
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    while (t < n && tokens_[t].end <= doc_.sentences[s].begin) sentence_of[t++] = s;
    sentence_first_[s] = t;
    while (t < n && tokens_[t].begin < doc_.sentences[s].end) sentence_of[t++] = s;
  }
  const uint32_t last_sentence = doc_.sentences.empty() ? 0 : doc_.sentences.size() - 1;
  while (t < n) sentence_of[t++] = last_sentence;
  sentence_first_.back() = n;
  sentence_of_.Build(sentence_of);
}

// Token → quotation, quotation → token range.
void Context::IndexQuotes() {
  const uint32_t n = size();
  std::vector<int32_t> quote_of(n, -1);
  quote_first_.resize(doc_.quotes.size());
  quote_last_.resize(doc_.quotes.size());
  uint32_t t = 0;
  for (uint32_t q = 0; q < doc_.quotes.size(); ++q) {
    const Span span = doc_.quotes[q].span;
    while (t < n && tokens_[t].begin < span.begin) ++t;
    quote_first_[q] = t;
    uint32_t u = t;
    while (u < n && tokens_[u].end <= span.end) quote_of[u++] = static_cast<int32_t>(q);
    quote_last_[q] = u;
  }
  quote_of_.Build(quote_of);
}

// Running counts that answer "how many words in [begin, end)" and "the
// nearest weak cue before" in constant time: a paragraph of thousands of
// quotations (pasted junk) would otherwise rescan its sentence per quote.
void Context::IndexWordCounts() {
  const uint32_t n = size();
  all_words_.Build(n, [&](uint32_t t) { return IsWord(t); });
  free_words_.Build(n, [&](uint32_t t) { return IsWord(t) && quote_of_[t] < 0; });
  std::vector<uint32_t> last_cue_word(n, kNoToken);
  for (uint32_t t = 0; t < n; ++t) {
    const bool cue = quote_of_[t] < 0 && IsCueWord(t);
    last_cue_word[t] = cue ? t : t > 0 ? last_cue_word[t - 1] : kNoToken;
  }
  last_cue_word_.Build(last_cue_word);
}

// Token → the first name mention starting (ending) at it. The pipeline's
// mentions are sorted by begin and never overlap, so they are sorted by end
// too: one sweep. (Documents made by hand in tests may overlap; they are
// searched.)
void Context::IndexMentions() {
  const auto& mentions = doc_.mentions;
  const uint32_t n = size();
  std::vector<int32_t> at(n, -1);  // one array at a time, then made compact
  size_t m = 0;
  for (uint32_t t = 0; t < n; ++t) {
    while (m < mentions.size() && mentions[m].span.begin < tokens_[t].begin) ++m;
    for (size_t k = m; k < mentions.size() && mentions[k].span.begin == tokens_[t].begin; ++k) {
      if (IsNameType(mentions[k].type)) {
        at[t] = static_cast<int32_t>(k);
        break;
      }
    }
  }
  mention_starting_at_.Build(at);
  at.assign(n, -1);
  const bool sorted_by_end = std::is_sorted(mentions.begin(), mentions.end(),
                                            [](const Mention& a, const Mention& b) { return a.span.end < b.span.end; });
  // A mention ends at the token its end falls in: at its end, or inside
  // it before a sentence's period ("on X." names X).
  m = 0;
  for (uint32_t t = 0; t < n; ++t) {
    if (sorted_by_end) {
      while (m < mentions.size() && mentions[m].span.end <= tokens_[t].begin) ++m;
    } else {  // overlapping mentions (hand-made documents): search
      m = std::lower_bound(mentions.begin(), mentions.end(), tokens_[t].begin + 1,
                           [](const Mention& mention, uint32_t end) { return mention.span.end < end; }) -
          mentions.begin();
    }
    for (size_t k = m; k < mentions.size() && mentions[k].span.end <= tokens_[t].end; ++k) {
      if (IsNameType(mentions[k].type)) {
        at[t] = static_cast<int32_t>(k);
        break;
      }
    }
  }
  mention_ending_at_.Build(at);
}

void Context::IndexNameEchoes() {
  // The last word of each person's or organisation's name, and its entity;
  // a word two entities end with ("Clinton") names neither.
  constexpr int32_t kAmbiguous = -2;
  std::unordered_map<uint32_t, int32_t> surname_entity;
  for (uint32_t t = 0; t < size(); ++t) {
    const int32_t m = mention_ending_at_[t];
    if (m < 0) continue;
    const Mention& mention = doc_.mentions[m];
    if (mention.entity < 0 || (mention.type != EntityType::kPerson && mention.type != EntityType::kOrg)) continue;
    auto [it, inserted] = surname_entity.emplace(WordHash(t), mention.entity);
    if (!inserted && it->second != mention.entity) it->second = kAmbiguous;
  }
  name_echoes_.clear();
  if (surname_entity.empty()) return;
  for (uint32_t t = 0; t < size(); ++t) {
    if (mention_ending_at_[t] >= 0 || mention_starting_at_[t] >= 0 || tokens_[t].kind != TokenKind::kWord ||
        !tokens_[t].Has(kCapitalized) || words_[t].lists != 0 || words_[t].cue != CueClass::kNone) {
      continue;
    }
    const auto it = surname_entity.find(WordHash(t));
    if (it != surname_entity.end() && it->second >= 0) name_echoes_.emplace_back(t, it->second);
  }
}

int32_t Context::NameEchoAt(uint32_t t) const {
  auto it =
      std::lower_bound(name_echoes_.begin(), name_echoes_.end(), t,
                       [](const std::pair<uint32_t, int32_t>& echo, uint32_t token) { return echo.first < token; });
  return it != name_echoes_.end() && it->first == t ? it->second : -1;
}

uint32_t Context::CueWordBefore(uint32_t sb, uint32_t end) const {
  if (end <= sb) return kNoToken;
  const uint32_t t = last_cue_word_[end - 1];
  return t != kNoToken && t >= sb ? t : kNoToken;
}

uint32_t Context::TrimEnd(uint32_t begin, uint32_t end) const {
  // How far back a closing bracket looks for its opening one.
  constexpr uint32_t kMaxBracketed = 12;
  while (end > begin && tokens_[end - 1].kind == TokenKind::kPunct) {
    // "… intelligence (AI)": a bracket closing what the region opened stays.
    if (IsPunct(end - 1, ")")) {
      uint32_t open = end - 1;
      while (open > begin && open + kMaxBracketed > end && !IsPunct(open - 1, "(")) --open;
      if (open > begin && IsPunct(open - 1, "(")) break;
    }
    --end;
  }
  return end;
}

uint32_t Context::ParagraphGap(uint32_t from, uint32_t to) const {
  const auto& paragraphs = doc_.paragraphs;
  auto index = [&](uint32_t offset) {
    return std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                            [](uint32_t o, const Span& p) { return o < p.begin; }) -
           paragraphs.begin();
  };
  return static_cast<uint32_t>(index(to) - index(from));
}

bool Context::IsTitleCase(uint32_t first, uint32_t last) const {
  bool any = false;
  for (uint32_t t = first; t < last; ++t) {
    if (tokens_[t].kind != TokenKind::kWord || !tokens_[t].Has(kHasLetter)) continue;
    if (tokens_[t].Has(kCapitalized)) {
      any = true;
    } else if (!any || !InList(t, kTitleSmallWordList)) {
      return false;
    }
  }
  return any;
}

bool Context::IsPossessive(uint32_t t) const {
  if (t >= size() || tokens_[t].kind != TokenKind::kWord) return false;
  const std::string_view w = TokenText(t);
  return EqualsLower(w, "'s") || EqualsLower(w, "’s") || w == "'" || w == "’";
}

// Headlines state what the story reports; they are nobody's speech. One
// pass over the paragraphs and their tokens.
void Context::IndexHeadlines() {
  headline_sentence_.assign(doc_.sentences.size() + 1, 0);
  const auto& paragraphs = doc_.paragraphs;
  uint32_t t = 0;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    while (t < size() && tokens_[t].begin < paragraphs[p].begin) ++t;
    uint32_t end = t;
    while (end < size() && tokens_[end].end <= paragraphs[p].end) ++end;
    if (end > t && IsHeadlineParagraph(p, t, end)) {
      for (uint32_t s = sentence_of_[t]; s <= sentence_of_[end - 1]; ++s) headline_sentence_[s] = 1;
    }
    t = end;
  }
}

// One pass over the tokens: a sentence is shouted when it has three words
// or more in capitals and none in lower case.
void Context::IndexShoutedSentences() {
  constexpr uint32_t kMinWords = 3;
  shouted_sentence_.assign(doc_.sentences.size() + 1, 0);
  std::vector<uint32_t> capitals(doc_.sentences.size() + 1, 0);
  std::vector<uint8_t> lower(doc_.sentences.size() + 1, 0);
  for (uint32_t t = 0; t < size(); ++t) {
    if (!IsWord(t)) continue;
    const uint32_t s = sentence_of_[t];
    if (tokens_[t].Has(kAllCaps)) {
      ++capitals[s];
    } else if (!tokens_[t].Has(kCapitalized)) {
      lower[s] = 1;
    }
  }
  for (size_t s = 0; s < shouted_sentence_.size(); ++s) shouted_sentence_[s] = capitals[s] >= kMinWords && !lower[s];
}

// Paragraph `p`, tokens [first, end): the title; or one sentence of at most
// kMaxHeadlineWords words that does not end as prose ends (. ! ? : … , or a
// closing quotation mark after one), or when the text has no title opens it
// in title case.
bool Context::IsHeadlineParagraph(size_t p, uint32_t first, uint32_t end) const {
  constexpr size_t kMaxHeadlineWords = 20;
  const Span paragraph = doc_.paragraphs[p];
  if (!doc_.title.empty() && Overlaps(paragraph, doc_.title)) return true;
  const size_t words = CountAllWords(first, end);
  if (words > kMaxHeadlineWords) return false;
  if (sentence_of_[first] != sentence_of_[end - 1] || !tokens_[first].Has(kCapitalized)) return false;
  if (p == 0 && doc_.title.empty() && IsTitleCase(first, end)) return true;
  uint32_t last = end - 1;
  if (tokens_[last].kind == TokenKind::kQuote && last > first) --last;
  const std::string_view final_text = TokenText(last);
  const bool ends_as_prose =
      tokens_[last].kind == TokenKind::kPunct && (final_text == "." || final_text == "!" || final_text == "?" ||
                                                  final_text == ":" || final_text == "…" || final_text == ",");
  return !ends_as_prose;
}

}  // namespace attribution
}  // namespace annotator
