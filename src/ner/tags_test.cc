#include "ner/tags.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <random>
#include <string>
#include <vector>

namespace annotator {
namespace ner {
namespace {

const int kBPer = MakeTag(0, kBegin), kIPer = MakeTag(0, kInside), kLPer = MakeTag(0, kLast), kUPer = MakeTag(0, kUnit),
          kLOrg = MakeTag(1, kLast), kUOrg = MakeTag(1, kUnit);

bool IsWellFormed(const uint8_t* tags, int n) {
  int prev = kStartTag;
  for (int i = 0; i < n; ++i) {
    if (!IsValidTransition(prev, tags[i])) return false;
    prev = tags[i];
  }
  return IsValidLastTag(prev);
}

TEST_CASE("BILOU transitions") {
  CHECK(std::string(TagName(kUPer)) == "U-PER");
  CHECK_FALSE(IsValidTransition(kOutsideTag, kIPer));
  CHECK_FALSE(IsValidTransition(kStartTag, kLPer));
  CHECK(IsValidTransition(kBPer, kLPer));
  CHECK(IsValidTransition(kBPer, kIPer));
  CHECK_FALSE(IsValidTransition(kBPer, kLOrg));
  CHECK_FALSE(IsValidTransition(kBPer, kOutsideTag));
  CHECK(IsValidTransition(kUPer, kUOrg));
  CHECK(IsValidTransition(kLPer, kBPer));
  CHECK_FALSE(IsValidLastTag(kBPer));
  CHECK(IsValidLastTag(kUOrg));
}

TEST_CASE("Viterbi repairs a locally preferred I-PER after O") {
  // Token 0 prefers O, token 1 prefers I-PER (invalid after O), then O.
  std::vector<float> emission(3 * kNumTags, 0.0f);
  emission[0 * kNumTags + kOutsideTag] = 5;
  emission[1 * kNumTags + kIPer] = 10;
  emission[1 * kNumTags + kUPer] = 4;
  emission[2 * kNumTags + kOutsideTag] = 5;
  std::vector<float> transitions(kTransitionTableSize, 0.0f);
  std::vector<uint8_t> classes(3, kCapitalizedWord);
  ViterbiScratch<float> scratch;
  uint8_t tags[3];
  ViterbiDecode(emission.data(), classes.data(), 3, transitions.data(), &scratch, tags);
  CHECK(tags[0] == kOutsideTag);
  CHECK(tags[1] == kUPer);
  CHECK(tags[2] == kOutsideTag);
}

TEST_CASE("Viterbi output is well-formed and optimal on random scores") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> score(-50, 50);
  ViterbiScratch<int32_t> scratch;
  const int n = 3;
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<int32_t> emission(n * kNumTags), transitions(kTransitionTableSize);
    for (auto& e : emission) e = score(rng);
    for (auto& t : transitions) t = score(rng);
    std::vector<uint8_t> classes(n);
    for (auto& c : classes) c = static_cast<uint8_t>(rng() % kNumTransitionClasses);
    uint8_t tags[n];
    ViterbiDecode(emission.data(), classes.data(), n, transitions.data(), &scratch, tags);
    REQUIRE(IsWellFormed(tags, n));
    auto total = [&](const uint8_t* t) {
      int32_t sum = 0;
      int prev = kStartTag;
      for (int i = 0; i < n; ++i) {
        sum += emission[i * kNumTags + t[i]] + transitions[TransitionIndex(classes[i], prev, t[i])];
        prev = t[i];
      }
      return sum;
    };
    // Brute force over all 17^3 sequences.
    int32_t best = INT32_MIN;
    uint8_t candidate[n];
    for (int a = 0; a < kNumTags; ++a)
      for (int b = 0; b < kNumTags; ++b)
        for (int c = 0; c < kNumTags; ++c) {
          candidate[0] = a, candidate[1] = b, candidate[2] = c;
          if (IsWellFormed(candidate, n)) best = std::max(best, total(candidate));
        }
    CHECK(total(tags) == best);
  }
}

TEST_CASE("the step's tag lists are exactly the valid transitions") {
  for (int prev = 0; prev < kNumTags; ++prev) {
    for (int cur = 0; cur < kNumTags; ++cur) {
      const bool closed = std::count(kClosedTags, kClosedTags + kNumClosedTags, prev) > 0;
      const bool opening = std::count(kOpeningTags, kOpeningTags + kNumClosedTags, cur) > 0;
      const bool continues = !closed && !opening && TagType(prev) == TagType(cur);
      CHECK(IsValidTransition(prev, cur) == ((closed && opening) || continues));
    }
  }
}

// The decoder as it was before it skipped invalid pairs: every predecessor
// in tag order, the first best one winning.
std::vector<uint8_t> ReferenceDecode(const std::vector<int32_t>& emission, const std::vector<uint8_t>& classes,
                                     const std::vector<int32_t>& transitions) {
  const int n = static_cast<int>(classes.size());
  constexpr int32_t kImpossible = ViterbiImpossible<int32_t>();
  std::vector<int32_t> best(n * kNumTags);
  std::vector<uint8_t> back(n * kNumTags);
  for (int cur = 0; cur < kNumTags; ++cur) {
    best[cur] = IsValidTransition(kStartTag, cur)
                    ? emission[cur] + transitions[TransitionIndex(classes[0], kStartTag, cur)]
                    : kImpossible;
  }
  for (int i = 1; i < n; ++i) {
    for (int cur = 0; cur < kNumTags; ++cur) {
      int32_t top = kImpossible;
      int top_prev = kOutsideTag;
      for (int prev = 0; prev < kNumTags; ++prev) {
        if (best[(i - 1) * kNumTags + prev] == kImpossible || !IsValidTransition(prev, cur)) continue;
        const int32_t s = best[(i - 1) * kNumTags + prev] + transitions[TransitionIndex(classes[i], prev, cur)];
        if (s > top) top = s, top_prev = prev;
      }
      best[i * kNumTags + cur] = top == kImpossible ? kImpossible : top + emission[i * kNumTags + cur];
      back[i * kNumTags + cur] = static_cast<uint8_t>(top_prev);
    }
  }
  int tag = kOutsideTag;
  for (int cur = 0; cur < kNumTags; ++cur) {
    if (IsValidLastTag(cur) && best[(n - 1) * kNumTags + cur] > best[(n - 1) * kNumTags + tag]) tag = cur;
  }
  std::vector<uint8_t> tags(n);
  for (int i = n - 1; i >= 0; --i) {
    tags[i] = static_cast<uint8_t>(tag);
    tag = back[i * kNumTags + tag];
  }
  return tags;
}

TEST_CASE("Viterbi breaks ties as a scan of all predecessors does") {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> score(-3, 3);  // small range: many ties
  ViterbiScratch<int32_t> scratch;
  for (int trial = 0; trial < 500; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 40);
    std::vector<int32_t> emission(n * kNumTags), transitions(kTransitionTableSize);
    for (auto& e : emission) e = score(rng);
    for (auto& t : transitions) t = score(rng);
    std::vector<uint8_t> classes(n);
    for (auto& c : classes) c = static_cast<uint8_t>(rng() % kNumTransitionClasses);
    std::vector<uint8_t> tags(n);
    ViterbiDecode(emission.data(), classes.data(), n, transitions.data(), &scratch, tags.data());
    REQUIRE(tags == ReferenceDecode(emission, classes, transitions));
  }
}

TEST_CASE("mentions from a tag sequence") {
  std::vector<Token> tokens(5);
  for (uint32_t i = 0; i < 5; ++i) tokens[i] = Token{i * 10, i * 10 + 5, TokenKind::kWord, 0};
  const uint8_t tags[] = {static_cast<uint8_t>(kUOrg), kOutsideTag, static_cast<uint8_t>(kBPer),
                          static_cast<uint8_t>(kIPer), static_cast<uint8_t>(kLPer)};
  std::vector<Mention> mentions;
  AppendMentions(tokens.data(), tags, 5, &mentions);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].type == EntityType::kOrg);
  CHECK(mentions[0].span.begin == 0);
  CHECK(mentions[0].span.end == 5);
  CHECK(mentions[1].type == EntityType::kPerson);
  CHECK(mentions[1].span.begin == 20);
  CHECK(mentions[1].span.end == 45);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
