#include "page/kinds.h"

#include "page/title_features.h"

namespace annotator {
namespace {

// Kinds whose heading names the lines under it: the headlines under "Most
// read", the buttons under "Share this", the thread under "Comments".
bool HeadsABlock(ClutterKind kind) {
  switch (kind) {
    case ClutterKind::kRelated:
    case ClutterKind::kShare:
    case ClutterKind::kComments:
    case ClutterKind::kNewsletter:
    case ClutterKind::kFooter:
    case ClutterKind::kCookie:
    case ClutterKind::kBio:
      return true;
    default:
      return false;
  }
}

// The kind of a clutter line that names none and stands under no heading,
// from its shape and its place relative to the headline and the body.
ClutterKind KindFromShape(const PageLine& line, size_t i, BodyRun body, int title) {
  if (line.byline) return ClutterKind::kByline;
  if (line.has_date && line.words <= 12 && !IsProse(line)) return ClutterKind::kDateline;
  const bool headline_like = IsTeaserHeadline(line);
  const bool in_head = title >= 0 && i > static_cast<size_t>(title) && i < body.begin;
  if (in_head) {
    if (line.words >= 8) return ClutterKind::kCaption;
    if (line.words <= 6 && line.capitalized * 10 >= line.words * 6) return ClutterKind::kByline;
    return ClutterKind::kNavigation;
  }
  if (i >= body.begin && i < body.end) {
    if (headline_like) return ClutterKind::kRelated;
    return line.words >= 12 ? ClutterKind::kAdvert : ClutterKind::kCaption;
  }
  if (i >= body.end) {
    if (headline_like) return ClutterKind::kRelated;
    if (line.words >= 12) return ClutterKind::kFooter;
  }
  return ClutterKind::kNavigation;
}

}  // namespace

void AssignKinds(const std::vector<PageLine>& lines, BodyRun body, int title, const std::vector<bool>& clutter,
                 std::vector<ClutterKind>* kinds) {
  kinds->assign(lines.size(), ClutterKind::kNone);
  ClutterKind heading = ClutterKind::kNone;  // the kind of the block being read, if a heading opened it
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!clutter[i]) {
      heading = ClutterKind::kNone;
      continue;
    }
    const PageLine& line = lines[i];
    ClutterKind kind = line.phrase.kind;
    if (line.bio && i >= body.begin) {
      kind = ClutterKind::kBio;
    } else if (kind != ClutterKind::kNone) {
      if (line.phrase.whole || line.phrase.at_start) heading = HeadsABlock(kind) ? kind : ClutterKind::kNone;
    } else if (heading != ClutterKind::kNone) {
      kind = heading;
    } else {
      kind = KindFromShape(line, i, body, title);
    }
    (*kinds)[i] = kind;
  }
}

}  // namespace annotator
