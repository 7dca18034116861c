// PolNeAR (political news attribution relations, brat standoff) read into
// gold attributions with UTF-8 byte spans, for training attribution.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "status.h"

namespace annotator {
namespace attribution {

struct GoldAttribution {
  std::vector<Span> source, cue, content;  // discontinuous spans have several parts
  bool quoted = false;                     // the content holds a quotation mark
};

struct GoldArticle {
  std::string name;  // the file name without its annotator suffix
  std::string text;
  std::vector<GoldAttribution> gold;
};

// True when `text` holds a quotation mark: “ ” " « » „ ‘ or '' (PolNeAR's
// New York Times texts write '' for “).
bool HasQuotationMark(std::string_view text);

// The attributions (E lines linking Source, Cue and Content T spans) of one
// brat .ann file over `text`. Brat offsets count code points; the spans here
// are UTF-8 byte offsets into `text`. Attributions without a Content are left
// out.
std::vector<GoldAttribution> ParseBratAttributions(std::string_view ann, std::string_view text);

// Reads a PolNeAR split (DIR/text/*.txt, DIR/attributions/*.ann) in file
// name order, at most `limit` articles. Where an article has several
// annotators' files, the first by name is read.
Status LoadPolnearSplit(const std::string& dir, size_t limit, std::vector<GoldArticle>* articles);

}  // namespace attribution
}  // namespace annotator
