#include "boilerplate.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace annotator {
namespace {

struct Marker {
  std::string_view phrase;  // lower case
  bool at_start;       // must open the paragraph (else anywhere in it)
  const char* kind;
  bool ends_story;     // the story is over once this appears near the end
};

// Phrases that web pages wrap around a story. Lower case; matched against a
// lower-cased copy of the paragraph's first 200 bytes.
constexpr Marker kMarkers[] = {
    {"see also", true, "see-also", false},
    {"read more", true, "see-also", false},
    {"read also", true, "see-also", false},
    {"also read", true, "see-also", false},
    {"related:", true, "see-also", false},
    {"related articles", true, "see-also", false},
    {"recommended", true, "see-also", false},
    {"share link", true, "share", true},
    {"share this", true, "share", true},
    {"share on", true, "share", true},
    {"share:", true, "share", true},
    {"disclaimer", true, "disclaimer", true},
    {"most read", true, "navigation", true},
    {"editor's choice", true, "navigation", true},
    {"editor’s choice", true, "navigation", true},
    {"loading ", true, "navigation", false},
    {"advertisement", true, "advert", false},
    {"sponsored", true, "advert", false},
    {"coming soon", true, "advert", false},
    {"learn more", false, "advert", false},
    {"click here", false, "advert", false},
    {"subscribe", false, "newsletter", true},
    {"newsletter", false, "newsletter", true},
    {"in your inbox", false, "newsletter", true},
    {"sign up", false, "newsletter", true},
    {"follow us", true, "share", true},
    {"all rights reserved", false, "footer", true},
    {"copyright ©", false, "footer", true},
    {"©", true, "footer", true},
};

constexpr size_t kMarkerWindow = 200;

std::string_view TrimLeft(std::string_view text) {
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text[0])) || text[0] == '-')) {
    text.remove_prefix(1);
  }
  return text;
}

const Marker* MarkerOf(std::string_view paragraph) {
  // An ASCII-lower-cased copy of the first kMarkerWindow bytes, on the stack:
  // this runs for every paragraph.
  const std::string_view trimmed = TrimLeft(paragraph);
  char buffer[kMarkerWindow];
  const size_t size = std::min(kMarkerWindow, trimmed.size());
  for (size_t i = 0; i < size; ++i) {
    const char c = trimmed[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lower(buffer, size);
  // "subscribe" deep inside a long paragraph of prose is the story talking.
  const bool short_paragraph = paragraph.size() <= kMarkerWindow;
  for (const Marker& marker : kMarkers) {
    const bool found = marker.at_start ? lower.substr(0, marker.phrase.size()) == marker.phrase
                                       : short_paragraph && lower.find(marker.phrase) != lower.npos;
    if (found) return &marker;
  }
  return nullptr;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A headline: a few words on one line, no final full stop, capitalised start.
bool LooksLikeHeadline(std::string_view paragraph) {
  std::string_view text = TrimLeft(paragraph);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty() || text.find('\n') != std::string_view::npos) return false;
  const int words = CountWords(text);
  if (words < 3 || words > 25) return false;
  const char last = text.back();
  if (last == '.' || last == ':' || last == ',' || last == ';') return false;
  return std::isupper(static_cast<unsigned char>(text[0])) || static_cast<unsigned char>(text[0]) >= 0x80;
}

}  // namespace

void FindTitleAndBoilerplate(Document* doc) {
  doc->title = {};
  doc->boilerplate.clear();
  const double length = std::max<size_t>(doc->text.size(), 1);
  bool story_over = false;
  bool title_searched = false;
  for (size_t p = 0; p < doc->paragraphs.size(); ++p) {
    const Span paragraph = doc->paragraphs[p];
    const std::string_view text = doc->Text(paragraph);
    const Marker* marker = MarkerOf(text);
    if (story_over) {
      doc->boilerplate.push_back({paragraph, marker ? marker->kind : "footer"});
      continue;
    }
    if (marker != nullptr) {
      doc->boilerplate.push_back({paragraph, marker->kind});
      // A share bar or a newsletter box in the last third: what follows is
      // page furniture, not story.
      story_over = marker->ends_story && paragraph.begin / length > 0.66;
      continue;
    }
    if (!title_searched) {
      title_searched = true;
      if (LooksLikeHeadline(text)) doc->title = paragraph;
    }
  }
}

void FlagBoilerplate(Document* doc) {
  const std::vector<BoilerplateBlock>& blocks = doc->boilerplate;
  auto inside = [&](Span span) {
    auto block = std::upper_bound(blocks.begin(), blocks.end(), span.begin,
                                  [](uint32_t offset, const BoilerplateBlock& b) { return offset < b.span.begin; });
    return block != blocks.begin() && std::prev(block)->span.contains(span.begin);
  };
  for (Mention& mention : doc->mentions) mention.boilerplate = inside(mention.span);
  for (Quote& quote : doc->quotes) quote.boilerplate = inside(quote.span);
}

}  // namespace annotator
