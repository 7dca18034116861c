// From mentions to entities: mentions of one referent become one entity
// (President Xi Jinping / Xi Jinping / Xi; U.S. / US / United States;
// Federal Bureau of Investigation / FBI), named by its fullest proper form and
// ranked by salience.
#pragma once

#include "document.h"

namespace annotator {

// Groups the name mentions of `doc` (PERSON, ORG, LOCATION, MISC) into
// `doc->entities` and sets each mention's `entity`. Only mentions of one type
// share an entity. Numeric and temporal mentions stay unclustered.
void ClusterEntities(Document* doc);

// Scores every entity by how central it is to the article: how often it is
// mentioned, how early, in the title, as the subject of a sentence or as the
// speaker of a quotation; boilerplate counts for nothing. Scores sum to 1.
// Then orders `doc->entities` by salience, highest first, and renumbers the
// ids held by mentions and quotations.
void RankEntities(Document* doc);

}  // namespace annotator
