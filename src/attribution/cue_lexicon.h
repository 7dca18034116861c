// Cue words of attribution (said, told, according, believes, …) with how
// often each heads an attribution cue in PolNeAR train. The table is generated
// by build-scripts/train-attribution (attribution/train/trainer.h) into
// cue_lexicon_data.cc; no text of the corpus is shipped, only single
// lower-case word forms and their rates.
#pragma once

#include <cstddef>
#include <cstdint>

namespace annotator {

struct CueWord {
  const char* word;     // lower case, ASCII
  uint8_t cue_rate;     // 255 * P(the word heads a gold cue | the word occurs)
  uint8_t quote_rate;   // 255 * P(its attribution's content is quoted | it heads a cue)
  uint16_t cue_count;   // how often it headed a cue in train (capped)
};

extern const CueWord kCueWords[];  // sorted by word (strcmp order)
extern const size_t kNumCueWords;

}  // namespace annotator
