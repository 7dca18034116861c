#include "ner/train/corpus.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

#include "ascii_case.h"
#include "cli/file_util.h"
#include "ner/features.h"
#include "ner/hash.h"
#include "ner/tags.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace ner {
namespace {

int TypeOfConllLabel(const std::string& label) {
  std::string type = label.substr(2);
  if (type == "PER" || type == "person") return 0;
  if (type == "ORG" || type == "corporation" || type == "group") return 1;
  if (type == "LOC" || type == "location") return 2;
  return 3;  // MISC, product, creative-work
}

TokenKind KindOfConllToken(const std::string& word) {
  unsigned char c = word[0];
  if (std::isalpha(c) || c >= 0x80) return TokenKind::kWord;
  if (std::isdigit(c)) return TokenKind::kNumber;
  if (c == '"' || c == '`' || (c == '\'' && word.size() <= 2 && (word.size() == 1 || word[1] == '\'')))
    return TokenKind::kQuote;
  if (std::ispunct(c)) return TokenKind::kPunct;
  return TokenKind::kOther;
}

bool AttachesLeft(const std::string& word) {
  static const char* const kWords[] = {",",  ".",   ";",   ":",   "!",   "?",   ")",  "]",  "}", "%",  "'s",
                                       "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'", "..."};
  for (const char* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool AttachesRight(const std::string& word) { return word == "(" || word == "[" || word == "{" || word == "$"; }

// Adds a sentence of (word, label) pairs to `d`.
void AddSentence(const std::vector<std::pair<std::string, std::string>>& words, bool iob1, Layout layout,
                 CorpusDocument* d) {
  if (words.empty()) return;
  if (!d->text.empty()) d->text += '\n';
  uint32_t sentence_begin = static_cast<uint32_t>(d->text.size());
  int open_type = -1, open_begin = 0;
  auto close = [&](int end) {
    if (open_type >= 0) d->entities.push_back({open_begin, end, open_type});
    open_type = -1;
  };
  bool quote_open = false;  // natural layout: the next '"' closes a quotation
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& word = words[k].first;
    const std::string& label = words[k].second;
    bool space = k > 0;
    if (layout == Layout::kNatural && k > 0) {
      const std::string& previous = words[k - 1].first;
      if (word == "\"")
        space = !quote_open;
      else if (AttachesLeft(word) || AttachesRight(previous) || (previous == "\"" && quote_open))
        space = false;
      if (word == "\"") quote_open = !quote_open;
    } else if (layout == Layout::kNatural && word == "\"") {
      quote_open = true;
    }
    if (space) d->text += ' ';
    Token token;
    token.begin = static_cast<uint32_t>(d->text.size());
    d->text += word;
    token.end = static_cast<uint32_t>(d->text.size());
    token.kind = KindOfConllToken(word);
    token.flags = WordShapeFlags(word);
    if (k > 0) token.flags |= kSpaceBefore;
    int index = static_cast<int>(d->doc.tokens.size());
    if (k == 0 && index > 0) token.flags |= kNewlineBefore;
    d->doc.tokens.push_back(token);
    if (label == "O" || label.size() < 3) {
      close(index);
      continue;
    }
    int type = TypeOfConllLabel(label);
    bool starts = label[0] == 'B' || open_type != type || (!iob1 && label[0] != 'I');
    if (starts) {
      close(index);
      open_type = type;
      open_begin = index;
    }
  }
  close(static_cast<int>(d->doc.tokens.size()));
  d->doc.sentences.push_back(Span{sentence_begin, static_cast<uint32_t>(d->text.size())});
}

void FillGoldTags(CorpusDocument* d) {
  d->gold.assign(d->doc.tokens.size(), kOutsideTag);
  for (const GoldEntity& e : d->entities) {
    if (e.end - e.begin == 1) {
      d->gold[e.begin] = MakeTag(e.type, kUnit);
      continue;
    }
    d->gold[e.begin] = MakeTag(e.type, kBegin);
    for (int i = e.begin + 1; i < e.end - 1; ++i) d->gold[i] = MakeTag(e.type, kInside);
    d->gold[e.end - 1] = MakeTag(e.type, kLast);
  }
}

// The token flags that say where a token stands, kept when its case changes.
constexpr uint16_t kPlacementFlags = kSpaceBefore | kNewlineBefore | kParagraphStart;

}  // namespace

std::vector<CorpusDocument> ParseConll(std::string_view contents, bool iob1, int wnut_doc_size, Layout layout) {
  std::vector<CorpusDocument> docs(1);
  std::vector<std::pair<std::string, std::string>> sentence;
  int sentences_in_doc = 0;
  auto flush = [&] {
    if (sentence.empty()) return;
    AddSentence(sentence, iob1, layout, &docs.back());
    sentence.clear();
    if (wnut_doc_size > 0 && ++sentences_in_doc == wnut_doc_size) {
      docs.emplace_back();
      sentences_in_doc = 0;
    }
  };
  for (std::string_view line : SplitLines(contents)) {
    if (line.empty()) {
      flush();
      continue;
    }
    size_t first_space = line.find_first_of(" \t");
    size_t last_space = line.find_last_of(" \t");
    if (first_space == std::string::npos) continue;
    std::string word(line.substr(0, first_space));
    std::string label(line.substr(last_space + 1));
    if (word == "-DOCSTART-") {
      flush();
      if (!docs.back().doc.tokens.empty()) docs.emplace_back();
      continue;
    }
    sentence.emplace_back(word, label);
  }
  flush();
  if (docs.back().doc.tokens.empty()) docs.pop_back();
  for (CorpusDocument& d : docs) {
    d.Rebind();
    FillGoldTags(&d);
  }
  return docs;
}

void RetokenizeAsRuntime(CorpusDocument* d, bool cut_names, RetokenizeCounts* counts) {
  std::vector<ByteEntity> spans;  // gold entities as byte spans
  for (const GoldEntity& e : d->entities)
    spans.push_back({d->doc.tokens[e.begin].begin, d->doc.tokens[e.end - 1].end, e.type});
  d->Rebind();
  d->doc.sentences.clear();
  d->doc.paragraphs.clear();
  Tokenize(d->text, &d->doc.tokens);
  Segment(&d->doc);
  PlaceEntities(spans, cut_names, d, counts);
}

void PlaceEntities(const std::vector<ByteEntity>& spans, bool cut_names, CorpusDocument* d, RetokenizeCounts* counts) {
  d->entities.clear();
  const std::vector<Token>& tokens = d->doc.tokens;
  for (const ByteEntity& span : spans) {
    auto first =
        std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= span.begin; });
    auto last = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.begin < span.end; });
    if (first >= last) {
      ++counts->unaligned;  // no token left for it
      continue;
    }
    if (first->begin != span.begin || (last - 1)->end != span.end) ++counts->unaligned;
    int begin = static_cast<int>(first - tokens.begin()), end = static_cast<int>(last - tokens.begin());
    // A name stops before a token no name may hold (ner::CanBeInName), as at
    // run time: "Mladost ( BJ )" is "Mladost", "Bodman , Longely" "Bodman".
    for (int i = begin; cut_names && i < end; ++i) {
      if (!CanBeInName(d->doc, static_cast<size_t>(i))) end = i;
    }
    if (end == begin) {
      ++counts->cut;
      continue;
    }
    if (end != static_cast<int>(last - tokens.begin())) ++counts->cut;
    if (!d->entities.empty() && d->entities.back().end > begin) {
      ++counts->unaligned;  // two entities in one token: the first keeps it
      continue;
    }
    d->entities.push_back({begin, end, span.type});
    for (const Span& sentence : d->doc.sentences) {
      if (sentence.begin > tokens[begin].begin && sentence.begin < tokens[end - 1].end) ++counts->split;
    }
  }
  FillGoldTags(d);
}

namespace {

// Reads `d`'s text with the runtime's tokenizer and segmenter and puts
// `spans` on its tokens (PlaceEntities).
void ReadAsRuntime(const std::vector<ByteEntity>& spans, bool cut_names, CorpusDocument* d, RetokenizeCounts* counts) {
  d->Rebind();
  Tokenize(d->text, &d->doc.tokens);
  Segment(&d->doc);
  PlaceEntities(spans, cut_names, d, counts);
}

}  // namespace

std::vector<CorpusDocument> ParseStandOff(std::string_view contents, bool cut_names, bool untyped_unknown,
                                          RetokenizeCounts* counts) {
  std::vector<CorpusDocument> docs;
  size_t at = 0;
  auto next_line = [&](std::string_view* line) {
    if (at >= contents.size()) return false;
    size_t end = contents.find('\n', at);
    if (end == std::string_view::npos) end = contents.size();
    *line = contents.substr(at, end - at);
    at = end + 1;
    return true;
  };
  std::string_view line;
  while (next_line(&line)) {
    char name[256];
    unsigned long long bytes = 0, names = 0, untyped = 0;
    if (std::sscanf(std::string(line).c_str(), "-DOCTEXT- %255s %llu %llu %llu", name, &bytes, &names, &untyped) != 4 ||
        at + bytes > contents.size())
      return {};
    docs.emplace_back();
    CorpusDocument& d = docs.back();
    d.name = name;
    d.text = std::string(contents.substr(at, bytes));
    at += bytes;
    std::vector<ByteEntity> spans, untyped_spans;
    for (unsigned long long k = 0; k < names + untyped && next_line(&line); ++k) {
      unsigned long long begin = 0, end = 0;
      char type[8];
      if (std::sscanf(std::string(line).c_str(), "%llu %llu %7s", &begin, &end, type) != 3 || begin >= end ||
          end > bytes)
        return {};
      if (k >= names) {  // a proper noun without a type
        untyped_spans.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), -1});
        continue;
      }
      spans.push_back(
          {static_cast<uint32_t>(begin), static_cast<uint32_t>(end), TypeOfConllLabel(std::string("B-") + type)});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const ByteEntity& a, const ByteEntity& b) { return a.begin < b.begin; });
    ReadAsRuntime(spans, cut_names, &d, counts);
    if (!untyped_unknown || untyped_spans.empty()) continue;
    d.unknown.assign(d.doc.tokens.size(), 0);
    for (const ByteEntity& u : untyped_spans) {
      for (size_t i = 0; i < d.doc.tokens.size(); ++i) {
        if (d.doc.tokens[i].begin < u.end && u.begin < d.doc.tokens[i].end && d.gold[i] == kOutsideTag)
          d.unknown[i] = 1;
      }
    }
  }
  return docs;
}

std::vector<CorpusDocument> SurnameSentences(const CorpusDocument& source) {
  std::vector<CorpusDocument> docs;
  const std::vector<Token>& tokens = source.doc.tokens;
  const std::string& text = source.text;
  auto is_capitalised = [&](int i) {
    const unsigned char c = static_cast<unsigned char>(text[tokens[i].begin]);
    return tokens[i].kind == TokenKind::kWord && IsUpperAscii(c);
  };
  size_t next_entity = 0;
  for (const Span& sentence : source.doc.sentences) {
    while (next_entity < source.entities.size() && tokens[source.entities[next_entity].begin].begin < sentence.begin)
      ++next_entity;
    // The sentence's text without the given names, and its entities moved onto it.
    std::string out;
    std::vector<ByteEntity> spans;
    uint32_t copied_to = sentence.begin;
    bool shortened = false;
    for (size_t e = next_entity; e < source.entities.size(); ++e) {
      const GoldEntity& entity = source.entities[e];
      if (tokens[entity.begin].begin >= sentence.end) break;
      uint32_t begin = tokens[entity.begin].begin;
      const bool surname_only = entity.type == kPersonNameType && entity.end - entity.begin >= 2 &&
                                is_capitalised(entity.end - 1) && is_capitalised(entity.end - 2);
      out.append(text, copied_to, begin - copied_to);
      if (surname_only) {
        begin = tokens[entity.end - 1].begin;
        shortened = true;
      }
      const uint32_t at = static_cast<uint32_t>(out.size());
      out.append(text, begin, tokens[entity.end - 1].end - begin);
      spans.push_back({at, static_cast<uint32_t>(out.size()), entity.type});
      copied_to = tokens[entity.end - 1].end;
    }
    if (!shortened) continue;
    out.append(text, copied_to, sentence.end - copied_to);
    docs.emplace_back();
    CorpusDocument& d = docs.back();
    d.text = out + "\n";
    RetokenizeCounts counts;
    ReadAsRuntime(spans, true, &d, &counts);
  }
  return docs;
}

CorpusDocument CaseCopy(const CorpusDocument& source, bool upper) {
  CorpusDocument copy = source;
  for (char& c : copy.text) {
    c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  }
  copy.Rebind();
  for (Token& token : copy.doc.tokens) {
    uint16_t kept = token.flags & kPlacementFlags;
    token.flags = kept | WordShapeFlags(copy.doc.Text(Span{token.begin, token.end}));
  }
  return copy;
}

CorpusDocument TitleCaseCopy(const CorpusDocument& source) {
  CorpusDocument copy = source;
  copy.Rebind();
  std::vector<Token>& tokens = copy.doc.tokens;
  for (size_t s = 0; s < copy.doc.sentences.size() && s < kHeadlineZone; ++s) {
    const Span sentence = copy.doc.sentences[s];
    std::vector<size_t> lower_words;
    size_t words = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].begin < sentence.begin || tokens[i].end > sentence.end || tokens[i].kind != TokenKind::kWord)
        continue;
      ++words;
      const bool first = tokens[i].begin == sentence.begin;
      const unsigned char c = static_cast<unsigned char>(copy.text[tokens[i].begin]);
      const std::string_view word = copy.doc.Text(Span{tokens[i].begin, tokens[i].end});
      if (IsLowerAscii(c) && (first || !IsTitleSmallWord(LowerFormHash(word)))) lower_words.push_back(i);
    }
    if (words < 4 || words > 25 || lower_words.empty()) continue;
    for (size_t i : lower_words) {
      copy.text[tokens[i].begin] =
          static_cast<char>(std::toupper(static_cast<unsigned char>(copy.text[tokens[i].begin])));
    }
    copy.Rebind();
    for (size_t i : lower_words) {
      const uint16_t kept = tokens[i].flags & kPlacementFlags;
      tokens[i].flags = kept | WordShapeFlags(copy.doc.Text(Span{tokens[i].begin, tokens[i].end}));
    }
    break;
  }
  return copy;
}

}  // namespace ner
}  // namespace annotator
