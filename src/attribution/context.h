// What every stage of attribution asks about one document, indexed once:
// each token's word facts, sentence and quotation; the name mentions that
// start or end at a token; running word counts. Every question is answered in
// constant or logarithmic time, so the stages stay linear in the text.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/lexicon.h"
#include "document.h"

namespace annotator {
namespace attribution {

constexpr uint32_t kNoToken = ~0u;

// Set bits of `bits`: one instruction where the target has one (wasm,
// x86 with POPCNT); otherwise adds in parallel, inline rather than a
// library call.
inline uint32_t CountBits(uint64_t bits) {
#if defined(__wasm__) || defined(__POPCNT__) || defined(__aarch64__)
  return static_cast<uint32_t>(__builtin_popcountll(bits));
#else
  bits = bits - ((bits >> 1) & 0x5555555555555555ULL);
  bits = (bits & 0x3333333333333333ULL) + ((bits >> 2) & 0x3333333333333333ULL);
  bits = (bits + (bits >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return static_cast<uint32_t>((bits * 0x0101010101010101ULL) >> 56);
#endif
}

// How many of the tokens before a token are marked, in constant time: a bit
// per token and the count before each block of 64 (1.5 bits per token where
// a running count takes 32: a long text has millions of tokens).
class TokenBitCounts {
 public:
  // Marks the tokens t in [0, n) for which `marked(t)`.
  template <typename Marked>
  void Build(uint32_t n, Marked marked) {
    bits_.assign(n / 64 + 1, 0);
    before_.assign(bits_.size(), 0);
    for (uint32_t t = 0; t < n; ++t) {
      if (marked(t)) bits_[t / 64] |= uint64_t{1} << (t % 64);
    }
    uint32_t count = 0;
    for (size_t block = 0; block < bits_.size(); ++block) {
      before_[block] = count;
      count += CountBits(bits_[block]);
    }
  }
  // Marked tokens in [0, t), for t up to n.
  uint32_t CountBefore(uint32_t t) const {
    const uint64_t below = bits_[t / 64] & ((uint64_t{1} << (t % 64)) - 1);
    return before_[t / 64] + CountBits(below);
  }

 private:
  std::vector<uint64_t> bits_;
  std::vector<uint32_t> before_;  // per block of 64 tokens
};

// A value per token that changes at few tokens (the sentence, the quotation,
// the mention at each token): where each run of one value starts, and the
// run's value; read as an array.
template <typename Value>
class TokenRuns {
 public:
  void Build(const std::vector<Value>& values) {
    const uint32_t n = static_cast<uint32_t>(values.size());
    auto starts_run = [&](uint32_t t) { return t == 0 || values[t] != values[t - 1]; };
    starts_.Build(n, starts_run);
    runs_.clear();
    runs_.reserve(starts_.CountBefore(n));
    for (uint32_t t = 0; t < n; ++t) {
      if (starts_run(t)) runs_.push_back(values[t]);
    }
  }
  Value operator[](uint32_t t) const { return runs_[starts_.CountBefore(t + 1) - 1]; }

 private:
  TokenBitCounts starts_;
  std::vector<Value> runs_;
};

class Context {
 public:
  // Indexes `doc`, which must hold tokens, sentences, paragraphs, the
  // quotations of FindQuotations, mentions and entities.
  explicit Context(Document* doc);

  Document& doc() const { return doc_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }

  std::string_view TokenText(uint32_t t) const {
    return doc_.text.substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
  }
  const TokenWord& Word(uint32_t t) const { return words_[t]; }
  bool InList(uint32_t t, uint32_t lists) const { return (words_[t].lists & lists) != 0; }
  Pronoun PronounAt(uint32_t t) const { return PronounOf(words_[t].lists); }
  // What the word at `t` can introduce as a cue (lexicon.h).
  CueClass CueAt(uint32_t t) const { return words_[t].cue; }
  bool IsCueWord(uint32_t t) const { return words_[t].cue != CueClass::kNone; }
  // The lower-cased word at `t` ends with `suffix`; words too long for any
  // list never do.
  bool WordEndsWith(uint32_t t, std::string_view suffix) const;
  // The word at `t` opens with `stem` in any case ("respond", "repl").
  bool WordStartsWith(uint32_t t, std::string_view stem) const;
  // The word at `t` is a verb's finite form a report ends in: "-ed", "said",
  // "says", "told", "tells", "wrote", "spoke" ("KING-TV reported,", "Russia's
  // Defense Ministry said").
  bool IsFiniteVerbForm(uint32_t t) const;
  // The word at `t` is "state" or "states" as a noun: before a name ("state
  // Sen. Ann Lee", "Rust Belt states Indiana") or another word that is no
  // determiner, pronoun, "that" or "to" ("state health officials said"; the
  // verb: "the rules state the plan …", "it states to carry out …").
  bool IsStateNoun(uint32_t t) const;
  // FNV-1a of the lower-cased word at `t`, of "" when it is too long.
  uint32_t WordHash(uint32_t t) const;
  bool IsWord(uint32_t t) const { return tokens_[t].kind == TokenKind::kWord || tokens_[t].kind == TokenKind::kNumber; }
  // A word that does not start with a capital: a common word in running text
  // (a verb, an adverb, a noun), no name.
  bool IsLowerWord(uint32_t t) const { return IsWord(t) && !tokens_[t].Has(kCapitalized); }
  bool IsPunct(uint32_t t, std::string_view p) const {
    return tokens_[t].kind == TokenKind::kPunct && TokenText(t) == p;
  }
  Span TokenSpan(uint32_t first, uint32_t last) const {  // tokens [first, last)
    if (first >= last) return {};
    return Span{tokens_[first].begin, tokens_[last - 1].end};
  }
  // The first token that begins at or after `offset`.
  uint32_t FirstTokenAt(uint32_t offset) const;
  // The last token of non-empty `span`: the head of an English noun phrase.
  uint32_t HeadToken(Span span) const { return FirstTokenAt(span.end) - 1; }

  uint32_t SentenceOf(uint32_t t) const { return sentence_of_[t]; }
  uint32_t SentenceFirst(uint32_t s) const { return sentence_first_[s]; }
  uint32_t SentenceBegin(uint32_t t) const { return sentence_first_[sentence_of_[t]]; }
  uint32_t SentenceEnd(uint32_t t) const { return sentence_first_[sentence_of_[t] + 1]; }

  // The quotation holding token `t`, or -1.
  int32_t QuoteOf(uint32_t t) const { return quote_of_[t]; }
  // Token range [QuoteFirst, QuoteLast) of quotation `q`: of the direct
  // quotations, then of the reported speech added after them.
  uint32_t QuoteFirst(uint32_t q) const { return quote_first_[q]; }
  uint32_t QuoteLast(uint32_t q) const { return quote_last_[q]; }
  // Whether quotation `q` opens after words of its sentence (`… calling
  // him “a total stiff.”`): a part of that sentence, not a sentence of its own.
  bool QuotedInsideSentence(uint32_t q) const {
    return CountWords(SentenceBegin(quote_first_[q]), quote_first_[q]) > 0;
  }
  void AddQuoteRange(uint32_t first, uint32_t last) {
    quote_first_.push_back(first);
    quote_last_.push_back(last);
  }
  // Indexes the cues of the document's quotations and reports by token,
  // once they are found, for ReportBetween.
  void IndexReportCues();
  // Whether a quotation or report whose cue begins in tokens [first, end)
  // has a speaker phrase that holds `name` ("Zelenskyy said the attack
  // showed that Putin was afraid": a report between Zelenskyy and Putin).
  bool ReportBetween(uint32_t first, uint32_t end, Span name) const;

  // The name mention starting (ending) exactly at token `t`, or -1.
  int32_t MentionStartingAt(uint32_t t) const { return mention_starting_at_[t]; }
  int32_t MentionEndingAt(uint32_t t) const { return mention_ending_at_[t]; }
  // "In an August speech, Trump attacked": a capitalised word outside every
  // mention that ends the name of exactly one person or organisation of the
  // document (the recognizer missed it here, found it elsewhere): that
  // entity, else -1.
  int32_t NameEchoAt(uint32_t t) const;

  // Words of [begin, end) outside quotations; all words of [begin, end).
  size_t CountWords(uint32_t begin, uint32_t end) const {
    return end > begin ? free_words_.CountBefore(end) - free_words_.CountBefore(begin) : 0;
  }
  size_t CountAllWords(uint32_t begin, uint32_t end) const {
    return end > begin ? all_words_.CountBefore(end) - all_words_.CountBefore(begin) : 0;
  }
  // The nearest cue word of [sb, end) outside quotations, or kNoToken.
  uint32_t CueWordBefore(uint32_t sb, uint32_t end) const;
  // Drops trailing punctuation from region [begin, end).
  uint32_t TrimEnd(uint32_t begin, uint32_t end) const;

  // How many paragraph breaks lie between two offsets.
  uint32_t ParagraphGap(uint32_t from, uint32_t to) const;
  // Every word capitalised but the small ones of titles ("State of the Union").
  bool IsTitleCase(uint32_t first, uint32_t last) const;
  // Token `t` is a possessive ending: 's, ’s, or the apostrophe of a plural.
  bool IsPossessive(uint32_t t) const;
  // "CBS's “Face the Nation”": token `first` follows a possessive.
  bool AfterPossessive(uint32_t first) const { return first > 0 && IsPossessive(first - 1); }
  // In a headline: the title, a subheading (a one-sentence paragraph of at
  // most 20 words that does not end as prose does), or when no title was
  // found a first paragraph like one, or in title case.
  bool InHeadline(uint32_t t) const { return headline_sentence_[sentence_of_[t]] != 0; }
  // In a sentence written all in capitals ("FED CHAIR JEROME POWELL TOLD
  // REPORTERS."), where a capital says nothing of a word's use.
  bool InShoutedSentence(uint32_t t) const { return shouted_sentence_[sentence_of_[t]] != 0; }

 private:
  void IndexTokens();
  void MarkRepliesBack();
  void IndexOffsetBlocks();
  void IndexQuotes();
  void IndexWordCounts();
  void IndexMentions();
  void IndexNameEchoes();
  void IndexHeadlines();
  void IndexShoutedSentences();
  bool IsHeadlineParagraph(size_t p, uint32_t first, uint32_t end) const;

  Document& doc_;
  const std::vector<Token>& tokens_;
  // Per token, and compact where most tokens share a value with the one
  // before: a plain array each took 4 bytes per token, 8 bytes per byte of
  // a long text in all.
  std::vector<TokenWord> words_;
  TokenRuns<uint32_t> sentence_of_;
  std::vector<uint32_t> sentence_first_;  // per sentence, and the token count last
  TokenRuns<int32_t> quote_of_;
  std::vector<uint32_t> quote_first_, quote_last_;
  TokenRuns<int32_t> mention_starting_at_, mention_ending_at_;
  // (token, entity) of each name echo, by token: few, so kept sparse.
  std::vector<std::pair<uint32_t, int32_t>> name_echoes_;
  TokenBitCounts all_words_, free_words_;               // the words, and those outside quotations
  TokenRuns<uint32_t> last_cue_word_;                   // the last free cue word at or before t, or kNoToken
  std::vector<uint8_t> shouted_sentence_;               // per sentence: three words or more, none in lower case
  std::vector<uint8_t> headline_sentence_;              // per sentence: in a headline paragraph
  std::vector<std::pair<uint32_t, Span>> report_cues_;  // (cue token, speaker), by token
  // Per block of kOffsetBlock bytes, the first token that begins in it or
  // after: FirstTokenAt is asked for most spans, and a search over the block
  // costs a few steps instead of a search over the whole text.
  static constexpr uint32_t kOffsetBlockBits = 6;
  std::vector<uint32_t> first_token_of_block_;
};

}  // namespace attribution
}  // namespace annotator
