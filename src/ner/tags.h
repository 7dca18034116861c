// The BILOU tag set of the recognizer and a Viterbi decoder that can only
// produce well-formed sequences (no I- after O, every B- closed by an L-).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "document.h"

namespace annotator {
namespace ner {

// The four name types, in the order of EntityType::kPerson..kMisc.
constexpr int kNumNameTypes = 4;
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

// Highest-scoring valid tag sequence. `emission` holds n * kNumTags scores,
// `transitions` kTransitionTableSize scores indexed by TransitionIndex with the
// class of the current token. Writes n tags. Reuses `scratch` between calls.
template <typename Score>
struct ViterbiScratch {
  std::vector<Score> best;         // (n) * kNumTags, best score ending in tag
  std::vector<uint8_t> backpointer;  // n * kNumTags
};

// Whether tag `cur` may follow tag `prev` (both below kNumTags), as a 0/1
// table the decoder can use without branches.
struct TransitionMask {
  uint8_t valid[kNumTags][kNumTags];  // [prev][cur]
};
const TransitionMask& ValidTransitions();

template <typename Score>
void ViterbiDecode(const Score* emission, const uint8_t* token_classes, int n,
                   const Score* transitions, ViterbiScratch<Score>* scratch,
                   uint8_t* tags) {
  if (n <= 0) return;
  constexpr Score kImpossible = std::numeric_limits<Score>::lowest() / 4;
  if (scratch->best.size() < static_cast<size_t>(n) * kNumTags) {
    scratch->best.resize(static_cast<size_t>(n) * kNumTags);
    scratch->backpointer.resize(static_cast<size_t>(n) * kNumTags);
  }
  const TransitionMask& mask = ValidTransitions();
  Score* best = scratch->best.data();
  uint8_t* back = scratch->backpointer.data();
  for (int cur = 0; cur < kNumTags; ++cur) {
    best[cur] = IsValidTransition(kStartTag, cur)
                    ? emission[cur] + transitions[TransitionIndex(token_classes[0], kStartTag, cur)]
                    : kImpossible;
    back[cur] = kStartTag;
  }
  for (int i = 1; i < n; ++i) {
    const Score* previous = best + (i - 1) * kNumTags;
    const Score* trans = transitions + TransitionIndex(token_classes[i], 0, 0);
    // Predecessors in ascending order, all current tags at once and without
    // branches (the comparisons are unpredictable): for each tag the first
    // best predecessor wins, as a loop over its predecessors would pick.
    Score top[kNumTags];
    int32_t top_prev[kNumTags];
    for (int cur = 0; cur < kNumTags; ++cur) {
      top[cur] = kImpossible;
      top_prev[cur] = kOutsideTag;
    }
    for (int prev = 0; prev < kNumTags; ++prev) {
      if (previous[prev] == kImpossible) continue;
      const Score from = previous[prev];
      const Score* row = trans + prev * kNumTags;
      const uint8_t* valid = mask.valid[prev];
      for (int cur = 0; cur < kNumTags; ++cur) {
        const Score s = from + row[cur];
        const bool take = valid[cur] & (s > top[cur]);
        top[cur] = take ? s : top[cur];
        top_prev[cur] = take ? prev : top_prev[cur];
      }
    }
    Score* current = best + i * kNumTags;
    for (int cur = 0; cur < kNumTags; ++cur) {
      current[cur] = top[cur] == kImpossible ? kImpossible : top[cur] + emission[i * kNumTags + cur];
      back[i * kNumTags + cur] = static_cast<uint8_t>(top_prev[cur]);
    }
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

// Appends one Mention per B..L or U run of a well-formed sequence; token i
// of the sequence is tokens[i].
void AppendMentions(const Token* tokens, const uint8_t* tags, int n,
                    std::vector<Mention>* mentions);

}  // namespace ner
}  // namespace annotator
