#include "document.h"

#include "ascii_case.h"

namespace annotator {

const char* EntityTypeName(EntityType type) {
  static const char* const kNames[kNumEntityTypes] = {"PERSON", "ORG",     "LOCATION", "MISC",    "DATE",    "TIME",
                                                      "MONEY",  "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"};
  return kNames[static_cast<int>(type)];
}

bool IsNameType(EntityType type) { return type <= EntityType::kMisc; }

const char* QuoteKindName(QuoteKind kind) {
  static const char* const kNames[] = {"direct", "mixed", "indirect", "scare"};
  return kNames[static_cast<int>(kind)];
}

const char* SpeakerKindName(SpeakerKind kind) {
  static const char* const kNames[] = {"name", "pronoun", "description"};
  return kNames[static_cast<int>(kind)];
}

void Document::Clear() {
  text = {};
  tokens.clear();
  sentences.clear();
  paragraphs.clear();
  mentions.clear();
  entities.clear();
  quotes.clear();
  boilerplate.clear();
  title = {};
  other_language = false;
}

bool StartsLowerCase(const Document& doc, const Token& token) {
  if (token.kind != TokenKind::kWord || !token.Has(kHasLetter) || token.Has(kCapitalized)) return false;
  const unsigned char first = static_cast<unsigned char>(doc.text[token.begin]);
  return first >= 0x80 || IsLowerAscii(first);
}

}  // namespace annotator
