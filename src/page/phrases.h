// The kinds of page clutter a reader recognises, and the phrases that name
// them ("Share this", "Most read", "Advertisement"). A phrase is evidence, not
// a verdict: the caller weighs it with the line's shape and place, so that a
// story paragraph that starts "Loading of container ships…" stays story.
#pragma once

#include <cstdint>
#include <string_view>

namespace annotator {

enum class ClutterKind : uint8_t {
  kNone,
  kNavigation,  // menus, section names, breadcrumbs, "Skip to main content"
  kByline,      // "By Jane Doe", author names and roles
  kDateline,    // "Updated 9:41 AM ET, Nov. 19, 2019", "5 min read"
  kCaption,     // the words under a photo or a gallery's counters
  kCredit,      // "Photo: Jane Doe/Reuters", "(Getty Images)"
  kRelated,     // "Related", "Most read", "See also" and their lists of headlines
  kShare,       // share bars, "Follow us", social network names
  kNewsletter,  // sign-up and subscription boxes
  kAdvert,      // "Advertisement", "Sponsored", promotions
  kComments,    // comment counts, forms and threads
  kCookie,      // cookie and consent notices
  kFooter,      // copyright, legal links, tags, site index
  kBio,         // the author's biography after the story
  kDisclaimer,  // "Disclaimer: not investment advice"
};
constexpr int kNumClutterKinds = 15;

// "navigation", "byline", ... as written in the result.
const char* ClutterKindName(ClutterKind kind);

// How a line relates to the clutter phrase it contains.
struct PhraseMatch {
  ClutterKind kind = ClutterKind::kNone;
  bool whole = false;         // the line is the phrase, give or take punctuation and a count
  bool at_start = false;      // the line opens with the phrase (a word boundary after it)
  bool labelled = false;      // ... and a colon, bar, dash or full stop follows it: "Disclaimer. …", "Tags: …"
  bool strong_label = false;  // ... and the mark is one only a label takes: a colon or a bar ("Tags: …"),
                              // or any mark after a word that opens no sentence ("Disclaimer. …")
};

// The clutter phrase that `line` (trimmed) opens with or is, or kind kNone.
// Case-insensitive for ASCII letters.
PhraseMatch MatchPhrase(std::string_view line);

}  // namespace annotator
