#include "attribution/coreference.h"

#include <algorithm>
#include <string_view>

#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

// How many mentions back a pronoun or "the company" may reach.
constexpr int kMaxMentionsBack = 64;

// The entity of the latest mention of `type` before `offset`, outside
// boilerplate, whose gender does not contradict `gender`.
int32_t LatestEntityBefore(const Document& doc, uint32_t offset, EntityType type, Gender gender) {
  const auto& mentions = doc.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                             [](const Mention& m, uint32_t o) { return m.span.end <= o; });
  for (int looked = 0; it != mentions.begin() && looked < kMaxMentionsBack; ++looked) {
    --it;
    if (it->type != type || it->entity < 0 || it->boilerplate) continue;
    if (CompatibleGenders(doc.entities[it->entity].gender, gender)) return it->entity;
  }
  return -1;
}

}  // namespace

int32_t SpeakerEntity(const Context& ctx, Span speaker) {
  if (speaker.empty()) return -1;
  const Document& doc = ctx.doc();
  // The name that heads the speaker: "Sen. Ted Cruz", not the North Korea
  // of "Experts on North Korea" nor the Trump of "Critics of Donald Trump".
  const uint32_t head_token = ctx.HeadToken(speaker);
  const int32_t name = ctx.MentionEndingAt(head_token);
  if (name >= 0) return doc.mentions[name].entity;
  if (ctx.FirstTokenAt(speaker.begin) == head_token && ctx.NameEchoAt(head_token) >= 0) {
    return ctx.NameEchoAt(head_token);
  }
  // "China's government", "Huawei's spokesman": the name that owns it.
  const uint32_t first = ctx.FirstTokenAt(speaker.begin);
  const int32_t owner = ctx.MentionStartingAt(first);
  if (owner >= 0) {
    const uint32_t after = ctx.FirstTokenAt(doc.mentions[owner].span.end);
    if (after < head_token && ctx.IsPossessive(after) && doc.mentions[owner].type != EntityType::kMisc) {
      return doc.mentions[owner].entity;
    }
  }
  // The speaker's last word decides what it can refer to: "he" and "she" a
  // person of that gender, "it", "they" and "the company" an organisation.
  // A description of a person ("the senator") stays a description.
  const std::string_view text = doc.Text(speaker);
  const size_t last_space = text.find_last_of(' ');
  const std::string_view head = text.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  const uint32_t lists = ListsOf(head);
  const Pronoun pronoun = PronounOf(lists);
  if (pronoun == Pronoun::kPerson) {
    const Gender gender = EqualsLower(head, "she") ? Gender::kFemale : Gender::kMale;
    return LatestEntityBefore(doc, speaker.begin, EntityType::kPerson, gender);
  }
  if (pronoun == Pronoun::kThing || (speaker.size() > head.size() && (lists & kOrgNounList))) {
    return LatestEntityBefore(doc, speaker.begin, EntityType::kOrg, Gender::kUnknown);
  }
  return -1;
}

}  // namespace attribution
}  // namespace annotator
