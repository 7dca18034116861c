#include "entities.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace {

// Adds a mention for the `nth` occurrence of `surface` in the text.
void AddMention(Document* doc, std::string_view surface, EntityType type, int nth = 0) {
  size_t at = doc->text.find(surface);
  for (int i = 0; i < nth; ++i) at = doc->text.find(surface, at + 1);
  REQUIRE(at != std::string_view::npos);
  Mention mention;
  mention.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  mention.type = type;
  doc->mentions.push_back(mention);
}

std::string EntityName(const Document& doc, int32_t mention) {
  return std::string(doc.Text(doc.entities[doc.mentions[mention].entity].name));
}

TEST_CASE("a person's shorter forms join the full name, which names the entity") {
  Document doc;
  doc.text = "President Xi Jinping spoke. Xi said more. President Xi left. Xi’s aides stayed.";
  AddMention(&doc, "Xi Jinping", EntityType::kPerson);
  AddMention(&doc, "Xi", EntityType::kPerson, 1);
  AddMention(&doc, "Xi", EntityType::kPerson, 2);
  AddMention(&doc, "Xi’s", EntityType::kPerson);
  ClusterEntities(&doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].mentions.size() == 4);
  for (int m = 0; m < 4; ++m) CHECK(EntityName(doc, m) == "Xi Jinping");
}

TEST_CASE("a body's name comes from the text before the title and menus; a person's full name from either") {
  Document doc;
  doc.text = "The Future of Apple Innovation Is Backwards\n\nApple said sales fell. Lynch spoke.";
  doc.title = {0, 43};
  AddMention(&doc, "Future of Apple", EntityType::kOrg);
  AddMention(&doc, "Apple", EntityType::kOrg, 1);
  ClusterEntities(&doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(EntityName(doc, 1) == "Apple");

  Document person;
  person.text = "Loretta Lynch meets Bill Clinton\n\nLynch said she regretted it.";
  person.title = {0, 32};
  AddMention(&person, "Loretta Lynch", EntityType::kPerson);
  AddMention(&person, "Lynch", EntityType::kPerson, 1);
  ClusterEntities(&person);
  CHECK(EntityName(person, 1) == "Loretta Lynch");

  // Nor from a page's menus.
  Document page;
  page.text = "Apple TV & Accessories\n\nApple said the new laptop has larger fans.";
  AddMention(&page, "Apple TV & Accessories", EntityType::kOrg);
  AddMention(&page, "Apple", EntityType::kOrg, 1);
  page.mentions[0].boilerplate = true;
  ClusterEntities(&page);
  CHECK(EntityName(page, 1) == "Apple");
}

TEST_CASE("an organisation's shorter form joins a longer name only where both name one body") {
  Document doc;
  doc.text =
      "CLEVELAND (AP) — Goldman Sachs and Boeing Co. backed the plan, The New York Times reported. "
      "Apple unveiled the Apple Watch. The House Intelligence Committee met as the House voted. "
      "Goldman said Boeing and Apple agreed, the Times said. Cleveland and AppleInsider & Apple.";
  AddMention(&doc, "CLEVELAND", EntityType::kOrg);
  AddMention(&doc, "Goldman Sachs", EntityType::kOrg);
  AddMention(&doc, "Boeing Co.", EntityType::kOrg);
  AddMention(&doc, "New York Times", EntityType::kOrg);
  AddMention(&doc, "Apple", EntityType::kOrg);
  AddMention(&doc, "Apple Watch", EntityType::kOrg);
  AddMention(&doc, "House Intelligence Committee", EntityType::kOrg);
  AddMention(&doc, "House", EntityType::kOrg, 1);
  AddMention(&doc, "Goldman", EntityType::kOrg, 1);
  AddMention(&doc, "Boeing", EntityType::kOrg, 1);
  AddMention(&doc, "Apple", EntityType::kOrg, 2);
  AddMention(&doc, "Times", EntityType::kOrg, 1);
  AddMention(&doc, "Cleveland", EntityType::kOrg);
  AddMention(&doc, "AppleInsider & Apple", EntityType::kOrg);
  ClusterEntities(&doc);
  auto same = [&](int a, int b) { return doc.mentions[a].entity == doc.mentions[b].entity; };
  CHECK(same(8, 1));   // "Goldman": the bank named in full first
  CHECK(same(9, 2));   // "Boeing": its name before a legal form
  CHECK(same(11, 3));  // "Times": the head of the newspaper's name
  CHECK(!same(7, 6));  // the House is not its committee
  CHECK(!same(4, 5));  // nor Apple the watch it made, named after it
  CHECK(same(4, 10));
  CHECK(!same(10, 13));  // nor one of two names joined by "&"
  CHECK(same(0, 12));
  CHECK(EntityName(doc, 0) == "Cleveland");  // not the dateline's capitals
  CHECK(EntityName(doc, 9) == "Boeing Co.");
}

TEST_CASE("U.S., US and United States are one place; FBI is its full name's acronym") {
  Document doc;
  doc.text = "The United States and the Federal Bureau of Investigation. The U.S. said the FBI and US agree.";
  AddMention(&doc, "United States", EntityType::kLocation);
  AddMention(&doc, "Federal Bureau of Investigation", EntityType::kOrg);
  AddMention(&doc, "U.S.", EntityType::kLocation);
  AddMention(&doc, "FBI", EntityType::kOrg);
  AddMention(&doc, "US", EntityType::kLocation);
  ClusterEntities(&doc);
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.mentions[0].entity == doc.mentions[2].entity);
  CHECK(doc.mentions[0].entity == doc.mentions[4].entity);
  CHECK(doc.mentions[1].entity == doc.mentions[3].entity);
  CHECK(EntityName(doc, 2) == "United States");
  CHECK(EntityName(doc, 3) == "Federal Bureau of Investigation");
}

TEST_CASE("places are not shortened and different people stay apart") {
  Document doc;
  doc.text = "New York and York. Joe Biden met Hunter Biden; Biden spoke.";
  AddMention(&doc, "New York", EntityType::kLocation);
  AddMention(&doc, "York", EntityType::kLocation, 1);
  AddMention(&doc, "Joe Biden", EntityType::kPerson);
  AddMention(&doc, "Hunter Biden", EntityType::kPerson);
  ClusterEntities(&doc);
  CHECK(doc.entities.size() == 4);
  CHECK(doc.mentions[0].entity != doc.mentions[1].entity);
  CHECK(doc.mentions[2].entity != doc.mentions[3].entity);
}

TEST_CASE("a surname joins the person named before its first use, not a fuller name that comes later") {
  Document doc;
  doc.text =
      "A court sentenced Imran Khan to 14 years. Khan, 72, denies wrongdoing. "
      "Party chairman Gohar Ali Khan said it would appeal. Khan's lawyers agreed.";
  AddMention(&doc, "Imran Khan", EntityType::kPerson);
  AddMention(&doc, "Khan", EntityType::kPerson, 1);
  AddMention(&doc, "Gohar Ali Khan", EntityType::kPerson);
  AddMention(&doc, "Khan's", EntityType::kPerson);
  ClusterEntities(&doc);
  CHECK(EntityName(doc, 1) == "Imran Khan");
  CHECK(EntityName(doc, 3) == "Imran Khan");
  CHECK(EntityName(doc, 2) == "Gohar Ali Khan");
}

TEST_CASE("one form with two types is two referents; numbers stay unclustered") {
  Document doc;
  doc.text = "Huawei said. Huawei grew. Huawei fell 70% in 2028.";
  AddMention(&doc, "Huawei", EntityType::kOrg);
  AddMention(&doc, "Huawei", EntityType::kOrg, 1);
  AddMention(&doc, "Huawei", EntityType::kLocation, 2);
  AddMention(&doc, "70%", EntityType::kPercent);
  ClusterEntities(&doc);
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.mentions[0].entity == doc.mentions[1].entity);
  CHECK(doc.mentions[2].entity != doc.mentions[0].entity);
  CHECK(doc.mentions[2].type == EntityType::kLocation);
  CHECK(doc.mentions[3].entity == -1);
}

TEST_CASE("salience favours the title, frequent and early entities, and ignores boilerplate") {
  Document doc;
  doc.text = "China acts\n\nXi spoke to Brazil. Xi met Brazil. Xi left.\n\nSubscribe to Cryptopolitan";
  doc.title = {0, 10};
  doc.sentences = {{0, 10}, {12, 31}, {32, 46}, {47, 55}, {57, 83}};
  AddMention(&doc, "China", EntityType::kLocation);
  AddMention(&doc, "Xi", EntityType::kPerson);
  AddMention(&doc, "Brazil", EntityType::kLocation);
  AddMention(&doc, "Xi", EntityType::kPerson, 1);
  AddMention(&doc, "Brazil", EntityType::kLocation, 1);
  AddMention(&doc, "Xi", EntityType::kPerson, 2);
  AddMention(&doc, "Cryptopolitan", EntityType::kOrg);
  doc.mentions.back().boilerplate = true;
  ClusterEntities(&doc);
  RankEntities(&doc);
  REQUIRE(doc.entities.size() == 4);
  CHECK(doc.Text(doc.entities[0].name) == "Xi");
  CHECK(doc.Text(doc.entities[3].name) == "Cryptopolitan");
  CHECK(doc.entities[3].salience == 0.0f);
  float total = 0;
  for (const Entity& e : doc.entities) total += e.salience;
  CHECK(total == doctest::Approx(1.0));
  // Ids held by mentions follow the new order.
  CHECK(doc.mentions[1].entity == 0);
}

}  // namespace
}  // namespace annotator

namespace annotator {
namespace {

TEST_CASE("entities: a name with its honorific joins the full name; gender keeps two people apart") {
  Document doc;
  doc.text = "Sarah Kovner met Bill Clinton and Hillary Clinton. Ms. Kovner spoke. Mr. Clinton and Mrs. Clinton left.";
  AddMention(&doc, "Sarah Kovner", EntityType::kPerson);
  AddMention(&doc, "Bill Clinton", EntityType::kPerson);
  AddMention(&doc, "Hillary Clinton", EntityType::kPerson);
  AddMention(&doc, "Ms. Kovner", EntityType::kPerson);
  AddMention(&doc, "Mr. Clinton", EntityType::kPerson);
  AddMention(&doc, "Mrs. Clinton", EntityType::kPerson);
  ClusterEntities(&doc);
  CHECK(doc.entities.size() == 3);
  CHECK(EntityName(doc, 3) == "Sarah Kovner");
  CHECK(EntityName(doc, 4) == "Bill Clinton");
  CHECK(EntityName(doc, 5) == "Hillary Clinton");
  CHECK(doc.entities[doc.mentions[5].entity].gender == Gender::kFemale);
}

}  // namespace
}  // namespace annotator
