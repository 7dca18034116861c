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
inline constexpr uint64_t kHonorifics[] = {
    ConstFnv1a64("mr"),          ConstFnv1a64("mr."),        ConstFnv1a64("mrs"),       ConstFnv1a64("mrs."),
    ConstFnv1a64("ms"),          ConstFnv1a64("ms."),        ConstFnv1a64("miss"),      ConstFnv1a64("mx"),
    ConstFnv1a64("dr"),          ConstFnv1a64("dr."),        ConstFnv1a64("prof"),      ConstFnv1a64("prof."),
    ConstFnv1a64("professor"),   ConstFnv1a64("sir"),        ConstFnv1a64("dame"),      ConstFnv1a64("madam"),
};
// Offices and ranks.
inline constexpr uint64_t kOffices[] = {
    ConstFnv1a64("president"),   ConstFnv1a64("vice"),       ConstFnv1a64("premier"),   ConstFnv1a64("prime"),
    ConstFnv1a64("minister"),    ConstFnv1a64("secretary"),  ConstFnv1a64("chancellor"), ConstFnv1a64("senator"),
    ConstFnv1a64("sen."),        ConstFnv1a64("sen"),        ConstFnv1a64("rep."),      ConstFnv1a64("representative"),
    ConstFnv1a64("congressman"), ConstFnv1a64("congresswoman"), ConstFnv1a64("governor"), ConstFnv1a64("gov."),
    ConstFnv1a64("mayor"),       ConstFnv1a64("ambassador"), ConstFnv1a64("king"),      ConstFnv1a64("queen"),
    ConstFnv1a64("prince"),      ConstFnv1a64("princess"),   ConstFnv1a64("emperor"),   ConstFnv1a64("empress"),
    ConstFnv1a64("pope"),        ConstFnv1a64("judge"),      ConstFnv1a64("justice"),   ConstFnv1a64("chief"),
    ConstFnv1a64("general"),     ConstFnv1a64("gen."),       ConstFnv1a64("colonel"),   ConstFnv1a64("col."),
    ConstFnv1a64("captain"),     ConstFnv1a64("capt."),      ConstFnv1a64("lieutenant"), ConstFnv1a64("lt."),
    ConstFnv1a64("sergeant"),    ConstFnv1a64("sgt."),       ConstFnv1a64("admiral"),   ConstFnv1a64("commander"),
    ConstFnv1a64("detective"),   ConstFnv1a64("inspector"),  ConstFnv1a64("chairman"),  ConstFnv1a64("chairwoman"),
    ConstFnv1a64("reverend"),    ConstFnv1a64("rev."),       ConstFnv1a64("pastor"),    ConstFnv1a64("rabbi"),
    ConstFnv1a64("imam"),        ConstFnv1a64("sheikh"),     ConstFnv1a64("ayatollah"), ConstFnv1a64("cardinal"),
    ConstFnv1a64("bishop"),      ConstFnv1a64("archbishop"), ConstFnv1a64("coach"),     ConstFnv1a64("dear"),
};

// Whether it is an honorific ("mr.", "dr", "professor"): what follows names a person.
inline bool IsHonorific(uint64_t lower) { return Contains(kHonorifics, lower); }
// Whether the lower-form hash `lower` is a title or honorific ("mayor", "mr.").
inline bool IsTitle(uint64_t lower) { return Contains(kHonorifics, lower) || Contains(kOffices, lower); }

}  // namespace ner
}  // namespace annotator
