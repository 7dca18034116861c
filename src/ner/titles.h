// Titles and honorifics that come before a person's name, shared by the
// recognizer's post-decoding rules and the document consistency pass.
#pragma once

#include <cstdint>

#include "ner/hash.h"

namespace annotator {
namespace ner {

// Titles and honorifics that come before a person's name. A reader (and
// CoNLL) takes "Mr Bozize" and "Mayor Bill de Blasio" to name Bozize and Bill
// de Blasio; the tagger, which learned from 1996 Reuters ("Mr." with a period)
// sometimes keeps a title inside the name. Lower-form hashes.
inline constexpr auto kHonorifics = WordHashes({
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "mx",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "sir",
    "dame",
    "madam",
    // Honorifics of West Africa ("Alhaji Muhammadu Sani Abdullahi", "Engr.
    // Dave Umahi") and South Asia ("Shri Narendra Modi", "Smt. Sonia Gandhi").
    "alhaji",
    "alhaja",
    "hajia",
    "engr",
    "engr.",
    "shri",
    "smt",
    "smt.",
    // A British councillor's ("Cllr Fatima Zahra Hussain").
    "cllr",
    "cllr.",
    // Parliaments' styles ("Hon. Funke Adedoyin", "the Rt. Hon. Boris
    // Johnson"; not "RT", the broadcaster, nor "Hon", a given name).
    "hon.",
    // His or Her Excellency ("H.E. Chhun Vannak"), and Cambodia's title
    // for a tycoon ("Oknha Sok Piseth").
    "h.e.",
    "oknha",
    // Bhutan's honorifics for a man of rank and for a woman ("Dasho Tshering
    // Penjor", "Aum Kinzang Choden").
    "dasho",
    "aum",
    "honourable",
    "honorable",
    "rt.",
});
// Offices and ranks.
inline constexpr auto kOffices = WordHashes({
    "president",
    // Elected and not yet sworn in ("President-elect Donald Trump").
    "president-elect",
    "governor-elect",
    "mayor-elect",
    "vice-president",
    "vice",
    "premier",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "senator",
    "sen.",
    "mp",   // member of parliament: "Labour MP Jess Phillips"
    "mep",  // of the European Parliament
    "msp",  // of the Scottish Parliament
    "mla",  // of a legislative assembly
    "sen",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov.",
    "mayor",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "empress",
    "pope",
    "judge",
    "justice",
    "chief",
    "general",
    "gen.",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "lieutenant",
    "lt.",
    // Ranks joined by a hyphen ("Brig-Gen Kyaw Thet Naing" was MISC and
    // "Thet Naing" the person).
    "brigadier",
    "brig-gen",
    "brig.-gen.",
    "brigadier-general",
    "maj-gen",
    "maj.-gen.",
    "major-general",
    "lt-gen",
    "lt.-gen.",
    "lieutenant-general",
    "lt-col",
    "lt.-col.",
    "lieutenant-colonel",
    "sergeant",
    "sgt.",
    "admiral",
    "commander",
    "detective",
    "inspector",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "reverend",
    "rev.",
    "pastor",
    "rabbi",
    "imam",
    "sheikh",
    "ayatollah",
    "cardinal",
    "bishop",
    "archbishop",
    "coach",
    "dear",
    "speaker",
    "principal",
    "director",
    "commissioner",
    "superintendent",
    "sheriff",
    "deputy",
    "rector",
    "provost",
    "administrator",
    "head",
    // Ireland's prime minister and deputy ("Taoiseach Micheál Martin").
    "taoiseach",
    "tánaiste",
    // An Indian state's chief minister ("Maharashtra CM Devendra Fadnavis").
    "cm",
    // A Kazakh city's or region's head ("Deputy Akim of Almaty Nurlan
    // Seitkali"), a Bhutanese district's governor and a block's headman
    // ("Zhemgang Dzongda", "Goshing Gup Ugyen Dorji").
    "akim",
    "dzongda",
    "gup",
});

// Whether it is an honorific ("mr.", "dr", "professor"): what follows names a person.
inline bool IsHonorific(uint64_t lower) { return Contains(kHonorifics, lower); }
// Whether the lower-form hash `lower` is a title or honorific ("mayor", "mr.").
inline bool IsTitle(uint64_t lower) { return Contains(kHonorifics, lower) || Contains(kOffices, lower); }

}  // namespace ner
}  // namespace annotator
