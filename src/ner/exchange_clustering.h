// Word classes from unlabeled text by the exchange algorithm (Kneser & Ney
// 1993; Martin, Liermann & Ney 1998): words are moved between a fixed number
// of classes, one at a time, to the class that most raises the likelihood of
// a class bigram model of the text. Words that occur in the same contexts end
// up together ("Volgograd" with other cities, "Lentini" with other surnames),
// which lets the tagger generalise from names it saw to names it did not.
//
// Used only when training the recognizer; deterministic.
#pragma once

#include <cstdint>
#include <vector>

namespace annotator {
namespace ner {

// A text as word ids 0..num_words-1; sentence boundaries are a word too.
struct ClusteringInput {
  int num_words = 0;
  std::vector<int32_t> text;
};

// Assigns each word one of `num_classes` classes and returns them. Starts from
// word id modulo num_classes (give ids in order of frequency) and makes at most
// `max_passes` passes over the words, stopping early when a pass moves fewer
// than one word in a thousand.
std::vector<int32_t> ExchangeClustering(const ClusteringInput& input, int num_classes, int max_passes);

}  // namespace ner
}  // namespace annotator
