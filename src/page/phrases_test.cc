#include "page/phrases.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace {

TEST_CASE("phrases: a line that is the phrase") {
  for (const char* line :
       {"Share", "ADVERTISEMENT", "12 Comments", "Comments (12)", "Facebook", "Most Read", "Privacy Policy"}) {
    const PhraseMatch match = MatchPhrase(line);
    CHECK_MESSAGE(match.kind != ClutterKind::kNone, std::string(line));
    CHECK_MESSAGE(match.whole, std::string(line));
  }
  CHECK(MatchPhrase("Advertisement").kind == ClutterKind::kAdvert);
  CHECK(MatchPhrase("258 Shares").kind == ClutterKind::kShare);
  CHECK(MatchPhrase("© Reuters").kind == ClutterKind::kFooter);
  // A press release's and a contributor's labels (each was a page's title).
  CHECK(MatchPhrase("FOR IMMEDIATE RELEASE").kind == ClutterKind::kDateline);
  CHECK(MatchPhrase("SPECIAL TO THE GLOBE AND MAIL").kind == ClutterKind::kByline);
  // A live page's notice and its filter (the notice was a page's title).
  CHECK(MatchPhrase("Please turn on JavaScript to see live updates").kind == ClutterKind::kNavigation);
  CHECK(MatchPhrase("Show key events only").whole);
}

TEST_CASE("phrases: labels and openers") {
  PhraseMatch photo = MatchPhrase("Photo: Jane Doe/Reuters");
  CHECK(photo.kind == ClutterKind::kCredit);
  CHECK(photo.at_start);
  CHECK(photo.labelled);
  CHECK_FALSE(photo.whole);
  CHECK(MatchPhrase("Updated 9:41 AM ET, Nov. 19, 2019").kind == ClutterKind::kDateline);
  CHECK(MatchPhrase("Sponsored Content").kind == ClutterKind::kAdvert);
  CHECK(MatchPhrase("Read more: Why ports flood").kind == ClutterKind::kRelated);
  CHECK(MatchPhrase("Sign up for our daily briefing").kind == ClutterKind::kNewsletter);
  CHECK(MatchPhrase("Skip to main content").at_start);
  CHECK(MatchPhrase("Leia mais: o que muda").kind == ClutterKind::kRelated);
}

TEST_CASE("phrases: a full stop makes a label only of a word that opens no sentence") {
  const PhraseMatch disclaimer = MatchPhrase("Disclaimer. Nothing on this page is financial advice.");
  CHECK(disclaimer.kind == ClutterKind::kDisclaimer);
  CHECK(disclaimer.strong_label);
  const PhraseMatch keep_reading = MatchPhrase("Keep reading. Below is how the council decided, vote by vote.");
  CHECK(keep_reading.kind == ClutterKind::kRelated);
  CHECK(keep_reading.labelled);
  CHECK_FALSE(keep_reading.strong_label);
  CHECK(MatchPhrase("Tags: budget, council").strong_label);
  CHECK(MatchPhrase("Print This Article").kind == ClutterKind::kShare);
  CHECK(MatchPhrase("Share it With Friends").kind == ClutterKind::kShare);
}

TEST_CASE("phrases: words that open sentences of a story are no label") {
  for (const char* line :
       {"Share prices fell 3% on Monday.", "Loading of container ships resumed on Monday at most berths.",
        "Recommended by mediators last spring, the plan replaces three proposals.",
        "Sponsored by the Labour Party, the bill would oblige the government to act.",
        "Comments by the minister drew criticism.", "Home prices rose again in October.",
        "Facebook said on Tuesday that it would appeal."}) {
    CHECK_MESSAGE(MatchPhrase(line).kind == ClutterKind::kNone, std::string(line));
  }
}

TEST_CASE("phrases: inside a short line, not inside a paragraph") {
  CHECK(MatchPhrase("Get the day's top stories delivered to your inbox.").kind == ClutterKind::kNewsletter);
  CHECK(MatchPhrase("Copyright 2019 Example News. All rights reserved.").kind == ClutterKind::kFooter);
  CHECK(MatchPhrase("The company said subscribers to its newsletter doubled last year, as readers chose daily "
                    "briefings over visits to the site, and executives expect the trend to continue.")
            .kind == ClutterKind::kNone);
}

TEST_CASE("phrases: kind names") {
  CHECK(std::string(ClutterKindName(ClutterKind::kNavigation)) == "navigation");
  CHECK(std::string(ClutterKindName(ClutterKind::kDisclaimer)) == "disclaimer");
  CHECK(std::string(ClutterKindName(ClutterKind::kNone)) == "");
}

}  // namespace
}  // namespace annotator
