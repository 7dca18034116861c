// The BILOU tag set of the recognizer and a Viterbi decoder that can only
// produce well-formed sequences (no I- after O, every B- closed by an L-).
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "document.h"

namespace annotator {
namespace ner {

// The four name types, in the order of EntityType::kPerson..kMisc.
constexpr int kNumNameTypes = 4;
constexpr int kPersonNameType = 0;
constexpr int kMiscNameType = 3;
enum Position : uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
// Tag 0 is O; tag 1 + 4 * type + position is B/I/L/U of that type.
constexpr int kOutsideTag = 0;
constexpr int kNumTags = 1 + 4 * kNumNameTypes;
// The pseudo tag before the first token of a sentence.
constexpr int kStartTag = kNumTags;

inline int MakeTag(int type, Position position) { return 1 + 4 * type + position; }
inline int TagType(int tag) { return (tag - 1) / 4; }
inline Position TagPosition(int tag) { return static_cast<Position>((tag - 1) % 4); }

// "O", "B-PER", "I-ORG", ... for diagnostics.
const char* TagName(int tag);

// Whether `cur` may follow `prev` (which may be kStartTag).
bool IsValidTransition(int prev, int cur);
// Whether a sentence may end with `tag`.
bool IsValidLastTag(int tag);

// Calls visit(first, end, type) for each B..L or U run of `tags[0, n)`:
// tokens [first, end) carry one name of entity type `type`. A run cut short
// (an I or L without its B) is skipped, so any sequence is safe.
template <typename Visit>
void ForEachTaggedRun(const uint8_t* tags, int n, Visit visit) {
  int begin = -1;
  for (int i = 0; i < n; ++i) {
    const int tag = tags[i];
    if (tag == kOutsideTag) {
      begin = -1;
      continue;
    }
    const Position position = TagPosition(tag);
    if (position == kBegin || position == kUnit) begin = i;
    if ((position == kLast || position == kUnit) && begin >= 0) {
      visit(begin, i + 1, TagType(tag));
      begin = -1;
    }
  }
}

// The token classes that condition the transition weights: the same pair of
// tags is likelier between two capitalised words than before a comma.
enum TransitionClass : uint8_t {
  kLowerWord = 0,
  kCapitalizedWord,
  kAllCapsWord,
  kNumberToken,
  kOtherToken,
  kNumTransitionClasses
};
constexpr int kTransitionTableSize = kNumTransitionClasses * (kNumTags + 1) * kNumTags;
inline int TransitionIndex(int token_class, int prev, int cur) {
  return (token_class * (kNumTags + 1) + prev) * kNumTags + cur;
}

// The score of a tag no valid path reaches.
template <typename Score>
constexpr Score ViterbiImpossible() {
  return std::numeric_limits<Score>::lowest() / 4;
}

// Well-formed BILOU sequences allow only two kinds of step, so the decoder
// visits 97 of the 17 x 17 (previous, current) pairs:
// - a closed tag (O, L-, U-) may be followed by any opening tag (O, B-, U-);
// - an open tag (B-x, I-x) only by I-x or L-x.
// Ascending tag numbers, so these lists order predecessors as tag order does.
constexpr int kNumClosedTags = 1 + 2 * kNumNameTypes;
constexpr int kClosedTags[kNumClosedTags] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
constexpr int kOpeningTags[kNumClosedTags] = {0, 1, 4, 5, 8, 9, 12, 13, 16};
// Opening tags padded to a multiple of four, so their loop vectorises.
constexpr int kOpeningLanes = 12;

// The transition weights regrouped for the decoder: the closed-to-opening
// block of each class as a dense matrix, and the few continuing pairs.
template <typename Score>
struct ViterbiTransitions {
  Score start[kNumTransitionClasses][kNumTags];                         // from kStartTag
  Score opening[kNumTransitionClasses][kNumClosedTags][kOpeningLanes];  // [closed][opening]
  Score continuing[kNumTransitionClasses][kNumNameTypes][2][2];         // [B, I][I, L]

  // `transitions`: kTransitionTableSize scores indexed by TransitionIndex.
  void Assign(const Score* transitions) {
    for (int c = 0; c < kNumTransitionClasses; ++c) {
      for (int cur = 0; cur < kNumTags; ++cur) start[c][cur] = transitions[TransitionIndex(c, kStartTag, cur)];
      for (int k = 0; k < kNumClosedTags; ++k) {
        for (int j = 0; j < kOpeningLanes; ++j) {
          opening[c][k][j] =
              j < kNumClosedTags ? transitions[TransitionIndex(c, kClosedTags[k], kOpeningTags[j])] : Score{};
        }
      }
      for (int type = 0; type < kNumNameTypes; ++type) {
        for (int p = 0; p < 2; ++p) {
          for (int q = 0; q < 2; ++q) {
            continuing[c][type][p][q] = transitions[TransitionIndex(c, MakeTag(type, static_cast<Position>(kBegin + p)),
                                                                    MakeTag(type, static_cast<Position>(kInside + q)))];
          }
        }
      }
    }
  }
};

template <typename Score>
struct ViterbiScratch {
  std::vector<Score> best;                // n * kNumTags, best score ending in tag
  std::vector<uint8_t> backpointer;       // n * kNumTags
  ViterbiTransitions<Score> transitions;  // for callers with a raw table
};

// One Viterbi step: `current` and `back` of a token of class `c` from
// `previous` and its emission scores. For each tag the first best
// predecessor in tag order wins; a tag no valid path reaches stays
// kImpossible with predecessor O.
template <typename Score>
void ViterbiStep(const Score* previous, const ViterbiTransitions<Score>& trans, int c, const Score* emission,
                 Score* current, uint8_t* back) {
  constexpr Score kImpossible = ViterbiImpossible<Score>();
  // Closed to opening: all opening tags at once and without branches (the
  // comparisons are unpredictable), in vectors of four 32-bit lanes (GCC
  // and Clang vector extensions: SSE2 natively, simd128 in wasm).
  typedef Score Scores __attribute__((vector_size(16)));
  typedef int32_t Mask __attribute__((vector_size(16)));
  static_assert(sizeof(Score) == 4, "four lanes of 32 bits");
  constexpr int kVectors = kOpeningLanes / 4;
  Scores top[kVectors];
  Mask top_prev[kVectors];
  for (int v = 0; v < kVectors; ++v) {
    top[v] = Scores{} + kImpossible;
    top_prev[v] = Mask{} + kOutsideTag;
  }
  for (int k = 0; k < kNumClosedTags; ++k) {
    const Score from = previous[kClosedTags[k]];
    if (from == kImpossible) continue;
    const Score* row = trans.opening[c][k];
    for (int v = 0; v < kVectors; ++v) {
      Scores s;
      std::memcpy(&s, row + 4 * v, sizeof s);
      s += from;
      const Mask take = s > top[v];
      // A cast between vector types of one size keeps the bits.
      top[v] = (Scores)(((Mask)s & take) | ((Mask)top[v] & ~take));
      top_prev[v] = (take & kClosedTags[k]) | (top_prev[v] & ~take);
    }
  }
  for (int j = 0; j < kNumClosedTags; ++j) {
    const int cur = kOpeningTags[j];
    const Score best = top[j / 4][j % 4];
    current[cur] = best == kImpossible ? kImpossible : best + emission[cur];
    back[cur] = static_cast<uint8_t>(top_prev[j / 4][j % 4]);
  }
  // B-x or I-x to I-x or L-x.
  for (int type = 0; type < kNumNameTypes; ++type) {
    const int first = MakeTag(type, kBegin);
    for (int q = 0; q < 2; ++q) {
      Score best = kImpossible;
      int best_prev = kOutsideTag;
      for (int p = 0; p < 2; ++p) {
        const Score from = previous[first + p];
        if (from == kImpossible) continue;
        const Score s = from + trans.continuing[c][type][p][q];
        if (s > best) best = s, best_prev = first + p;
      }
      const int cur = first + 1 + q;
      current[cur] = best == kImpossible ? kImpossible : best + emission[cur];
      back[cur] = static_cast<uint8_t>(best_prev);
    }
  }
}

// Highest-scoring valid tag sequence. `emission` holds n * kNumTags scores;
// the transitions are indexed by the class of the current token. Writes n
// tags. Reuses `scratch` between calls.
template <typename Score>
void ViterbiDecode(const Score* emission, const uint8_t* token_classes, int n,
                   const ViterbiTransitions<Score>& transitions, ViterbiScratch<Score>* scratch, uint8_t* tags) {
  if (n <= 0) return;
  constexpr Score kImpossible = ViterbiImpossible<Score>();
  if (scratch->best.size() < static_cast<size_t>(n) * kNumTags) {
    scratch->best.resize(static_cast<size_t>(n) * kNumTags);
    scratch->backpointer.resize(static_cast<size_t>(n) * kNumTags);
  }
  Score* best = scratch->best.data();
  uint8_t* back = scratch->backpointer.data();
  for (int cur = 0; cur < kNumTags; ++cur) {
    best[cur] =
        IsValidTransition(kStartTag, cur) ? emission[cur] + transitions.start[token_classes[0]][cur] : kImpossible;
    back[cur] = kStartTag;
  }
  for (int i = 1; i < n; ++i) {
    ViterbiStep(best + (i - 1) * kNumTags, transitions, token_classes[i], emission + i * kNumTags, best + i * kNumTags,
                back + i * kNumTags);
  }
  const Score* last = best + (n - 1) * kNumTags;
  int tag = kOutsideTag;
  for (int cur = 0; cur < kNumTags; ++cur) {
    if (IsValidLastTag(cur) && last[cur] > last[tag]) tag = cur;
  }
  for (int i = n - 1; i >= 0; --i) {
    tags[i] = static_cast<uint8_t>(tag);
    tag = back[i * kNumTags + tag];
  }
}

// The same with `transitions` as kTransitionTableSize scores indexed by
// TransitionIndex, regrouped on every call (for a table that changes, as
// in training).
template <typename Score>
void ViterbiDecode(const Score* emission, const uint8_t* token_classes, int n, const Score* transitions,
                   ViterbiScratch<Score>* scratch, uint8_t* tags) {
  scratch->transitions.Assign(transitions);
  ViterbiDecode(emission, token_classes, n, scratch->transitions, scratch, tags);
}

// Whether token `i` of `doc` can be part of a name. Names hold words,
// numbers, initials and a few joining marks ("AT&T", "Rolls-Royce",
// "Wisc."); never quotation marks or guillemets ("«Korea Eximbank"), other
// punctuation, emoji, URLs or e-mail addresses, and never a full stop that
// ends a sentence: one with a space before it, one after a lower-case word
// ("also. i" in lower-case text the segmenter could not split), or one
// before a closing bracket or quotation mark ("(D-Mo.)", "…peace.”").
// The recognizer forbids name tags on other tokens, and the trainer cuts its
// gold names short before them (CoNLL's "Mladost ( BJ )" is "Mladost");
// left to its weights the tagger made places of "balance.)" and "Redondo
// Beach Blvd . you".
bool CanBeInName(const Document& doc, size_t i);

// Appends one Mention per B..L or U run of a well-formed sequence; token i
// of the sequence is tokens[i].
void AppendMentions(const Token* tokens, const uint8_t* tags, int n, std::vector<Mention>* mentions);

}  // namespace ner
}  // namespace annotator
