// Whether a pasted text is in English at all. The recognizer learned English
// names, and on a German or Portuguese page it took every capitalised noun
// for a person ("Patienten", "Administração"): a text in another language
// gets no names rather than wrong ones.
#pragma once

#include "document.h"

namespace annotator {

// True when the tokens of `doc` read as a language other than English: among
// its first 2,000 words, the commonest function words of German,
// French, Spanish, Portuguese, Italian, Dutch and Indonesian ("der", "que",
// "yang"), the words with an accented Latin letter ("Informação", "Städte")
// and the words in other scripts than Latin (Cyrillic, Arabic, CJK)
// together outnumber the function words of English ("the", "of", "said")
// and make up at least 3% of the words. Texts under 30 words are English:
// too short to tell, and a headline or a post has few function words of any
// language.
bool IsOtherLanguage(const Document& doc);

// The result's "language": "other" when `doc.other_language`, else "en"
// (the same two addresses every time: result_columns.cc tells names apart by them).
const char* LanguageName(const Document& doc);

}  // namespace annotator
