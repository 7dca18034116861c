#include "attribution/coreference.h"

#include <algorithm>
#include <string_view>

namespace annotator {
namespace attribution {
namespace {

int32_t LatestEntityBefore(const Document& doc, uint32_t offset, EntityType type) {
  const auto& mentions = doc.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                             [](const Mention& m, uint32_t o) { return m.span.end <= o; });
  for (int looked = 0; it != mentions.begin() && looked < 64; ++looked) {
    --it;
    if (it->type == type && it->entity >= 0 && !it->boilerplate) return it->entity;
  }
  return -1;
}

}  // namespace

int32_t SpeakerEntity(const Context& ctx, Span speaker) {
  if (speaker.empty()) return -1;
  const Document& doc = ctx.doc();
  const auto& mentions = doc.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), speaker.begin,
                             [](const Mention& m, uint32_t begin) { return m.span.end <= begin; });
  int32_t found = -1;
  for (; it != mentions.end() && it->span.begin < speaker.end; ++it) {
    if (IsNameType(it->type) && it->entity >= 0) {
      found = it->entity;
      if (it->type == EntityType::kPerson || it->type == EntityType::kOrg) break;
    }
  }
  if (found >= 0) return found;
  // The speaker's last word decides what it can refer to.
  const std::string_view text = doc.Text(speaker);
  const size_t last_space = text.find_last_of(' ');
  const std::string_view head = text.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  const uint32_t lists = ListsOf(head);
  const Pronoun pronoun = PronounOf(lists);
  EntityType wanted;
  if (pronoun == Pronoun::kPerson) {
    wanted = EntityType::kPerson;
  } else if (pronoun == Pronoun::kThing || (speaker.size() > head.size() && (lists & kOrgNounList))) {
    wanted = EntityType::kOrg;
  } else {
    return -1;
  }
  return LatestEntityBefore(doc, speaker.begin, wanted);
}

}  // namespace attribution
}  // namespace annotator
