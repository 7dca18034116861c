#include "numeric.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sample_article_for_test.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

// "TYPE:text" for each numeric mention of `text`, joined by " | ", run like
// the pipeline: tokens, sentences, then the rules.
std::string Numeric(const std::string& text, std::vector<Mention>* out = nullptr) {
  Document doc;
  doc.text = text;
  Tokenize(doc.text, &doc.tokens);
  Segment(&doc);
  std::vector<Mention> mentions;
  FindNumericMentions(doc, &mentions);
  std::string result;
  for (const Mention& m : mentions) {
    if (!result.empty()) result += " | ";
    result += std::string(EntityTypeName(m.type)) + ":" + std::string(doc.Text(m.span));
  }
  if (out != nullptr) *out = mentions;
  return result;
}

TEST_CASE("numeric: dates") {
  CHECK(Numeric("We met on Friday.") == "DATE:Friday");
  // Typed in lower case, after a word: a weekday still; a handle's is none.
  CHECK(Numeric("we met them on tuesday and will call.") == "DATE:tuesday");
  CHECK(Numeric("Account: @sunday_woman") == "");
  CHECK(Numeric("They aim for it by 2028.") == "DATE:2028");
  // "last" after a modal or "to" is the verb before its duration, not the
  // date's word; an anchor's stays ("compared to last year", "May last year").
  CHECK(Numeric("The truce would last six weeks.") == "DATE:six weeks");
  CHECK(Numeric("Sales rose compared to last year.") == "DATE:last year");
  CHECK(Numeric("At the end of May last year it fell.") == "DATE:May | DATE:last year");
  CHECK(Numeric("Sales fell last year.") == "DATE:last year");
  CHECK(Numeric("Last year, sales fell.") == "DATE:Last year");
  CHECK(Numeric("It opens on 29 November 2026 downtown.") == "DATE:29 November 2026");
  CHECK(Numeric("It opens on Nov. 29 downtown.") == "DATE:Nov. 29");
  // A span of days is one date, its last day no count.
  CHECK(Numeric("The show runs Oct. 5\u20137; the poll ran June 12-14, 2019, and the fair from May 3 to 5.") ==
        "DATE:Oct. 5\u20137 | DATE:June 12-14, 2019 | DATE:May 3 to 5");
  CHECK(Numeric("On May 3 to 5 percent of them voted.") == "DATE:May 3 | PERCENT:5 percent");
  CHECK(Numeric("It opens on November 29, 2026 downtown.") == "DATE:November 29, 2026");
  CHECK(Numeric("Music of the 1990s and the ’90s returns.") == "DATE:the 1990s | DATE:the ’90s");
  CHECK(Numeric("Filed on 2024-05-01 in court.") == "DATE:2024-05-01");
  // An ISO 8601 timestamp is one, whatever its zone.
  CHECK(Numeric("By Mike Wall 2019-11-18T20:51:19Z Science") == "DATE:2019-11-18T20:51:19Z");
  CHECK(Numeric("Posted 2024-03-05T14:30:00+01:00 by AP.") == "DATE:2024-03-05T14:30:00+01:00");
  CHECK(Numeric("Talks resume this week and end next month.") == "DATE:this week | DATE:next month");
  CHECK(Numeric("He left yesterday and returns today.") == "DATE:yesterday | DATE:today");
  // A programme's name is no day; a headline's "for Today" is.
  CHECK(Numeric("Trump told NBC's Today show he would win.") == "");
  CHECK(Numeric("10 Things to Know for Today.") == "CARDINAL:10 | DATE:Today");
  CHECK(Numeric("Revenue rose in Q3 2025 again.") == "DATE:Q3 2025");
  // After a brand's name, a model's name ("Apple H1" was a date).
  CHECK(Numeric("The new Apple H1 headphone chip and an Audi Q3 car, sold in H1.") == "DATE:H1");
  CHECK(Numeric("Adani Ports & SEZ Q2 review") == "DATE:Q2");
  CHECK(Numeric("Prices doubled over the past decade.") == "DATE:the past decade");
  CHECK(Numeric("It happened five years ago in June.") == "DATE:five years ago | DATE:June");
  CHECK(Numeric("Profit grew in the third quarter of 2025.") == "DATE:the third quarter of 2025");
  // A part of a unit is no period ("The first half" was a date).
  CHECK(Numeric("The first half hour was not good enough.") == "ORDINAL:first");
  CHECK(Numeric("The 2020-2025 plan ends.") == "DATE:2020-2025");
}

TEST_CASE("numeric: combined and written-out forms") {
  CHECK(Numeric("He was born on 3rd March 1990 at 9:30 a.m. EST.") == "DATE:3rd March 1990 | TIME:9:30 a.m. EST");
  CHECK(Numeric("It opens Friday, November 29 at noon.") == "DATE:Friday, November 29 | TIME:noon");
  CHECK(Numeric("1999 was hot, and sales of 1500 units fell.") == "DATE:1999 | CARDINAL:1500");
  CHECK(Numeric("It costs 50¢ or 100 € and was filed 12/05/2024.") == "MONEY:50¢ | MONEY:100 € | DATE:12/05/2024");
  CHECK(Numeric("Look back at the past few weeks and the next five years.") ==
        "DATE:the past few weeks | DATE:the next five years");
}

TEST_CASE("numeric: ambiguous month names need a date context") {
  CHECK(Numeric("May I ask a question?") == "");
  CHECK(Numeric("They will march on.") == "");
  CHECK(Numeric("The vote is in May.") == "DATE:May");
  CHECK(Numeric("The vote is on May 5.") == "DATE:May 5");
  CHECK(Numeric("Jan Smith spoke.") == "");
}

TEST_CASE("numeric: times") {
  CHECK(Numeric("The vote is at 3 p.m. in the hall.") == "TIME:3 p.m.");
  CHECK(Numeric("The vote is at 10am GMT sharp.") == "TIME:10am GMT");
  // Zones of live pages from Ukraine, Africa and the US Midwest; in lower
  // case the word is a word.
  CHECK(Numeric("Posted 09:14 EEST, then 10:20 EAT and 8:15 pm CST; at 5 p.m. eat.") ==
        "TIME:09:14 EEST | TIME:10:20 EAT | TIME:8:15 pm CST | TIME:5 p.m.");
  CHECK(Numeric("The train leaves at 15:30 daily.") == "TIME:15:30");
  // The wire's 24-hour clock before a zone: no count, no year.
  CHECK(Numeric("Shares rose by 0930 GMT and closed at 1630 local time.") == "TIME:0930 | TIME:1630 local time");
  CHECK(Numeric("It was built in 1909 by hand.") == "DATE:1909");
  CHECK(Numeric("We eat at noon.") == "TIME:noon");
  CHECK(Numeric("The blast came on Friday morning.") == "TIME:Friday morning");
  CHECK(Numeric("It rained last night.") == "TIME:last night");
  CHECK(Numeric("The talks lasted three hours.") == "TIME:three hours");
  // A clock's time has two digits of minutes; a ratio or a score is a count.
  CHECK(Numeric("He popularised the 5:2 diet, and they won 2:1.") == "CARDINAL:5:2 | CARDINAL:2:1");
  CHECK(Numeric("Posted Dec 2, 20194:29 AM") == "DATE:Dec 2");
}

TEST_CASE("numeric: money") {
  CHECK(Numeric("It raised $1.5 billion in funds.") == "MONEY:$1.5 billion");
  CHECK(Numeric("It raised $1.5bn in funds.") == "MONEY:$1.5bn");
  CHECK(Numeric("It costs US$20 each.") == "MONEY:US$20");
  CHECK(Numeric("It costs 200 yuan each.") == "MONEY:200 yuan");
  CHECK(Numeric("Workers who earn up to 5,000 reais a month pay no tax.") == "MONEY:5,000 reais");
  CHECK(Numeric("It costs €3m in total.") == "MONEY:€3m");
  CHECK(Numeric("It costs £40 each.") == "MONEY:£40");
  CHECK(Numeric("It costs 5 million euros in total.") == "MONEY:5 million euros");
  CHECK(Numeric("It costs ¥100 each.") == "MONEY:¥100");
  // A country's word or name between the number and its currency's word; not a year, nor a verb.
  CHECK(Numeric("The prize is worth 11 million Swedish crowns, or 100 Hong Kong dollars a head.") ==
        "MONEY:11 million Swedish crowns | MONEY:100 Hong Kong dollars");
  CHECK(Numeric("In 2016 Swiss francs rose, and in 2024 Israel pounds Gaza.") == "DATE:2016 | DATE:2024");
  // A scale word glued on is still the number's ("3million" made only "million" a number).
  CHECK(Numeric("Chelsea paid the £71.6million fee for 3million fans.") == "MONEY:£71.6million | CARDINAL:3million");
  CHECK(Numeric("It costs USD 20 each.") == "MONEY:USD 20");
  // Mongolia's, Iceland's and Norway's codes.
  CHECK(Numeric("MNT 36 billion was allocated.") == "MONEY:MNT 36 billion");
  CHECK(Numeric("It costs ISK 61,000 or NOK 500.") == "MONEY:ISK 61,000 | MONEY:NOK 500");
  CHECK(Numeric("Fares rose to 27 liras, or 40 zlotys.") == "MONEY:27 liras | MONEY:40 zlotys");
  CHECK(Numeric("The bar charges Rs 299 for fresh air.") == "MONEY:Rs 299");
  CHECK(Numeric("He spent Rs 24 lakh; the market cap neared Rs 10 lakh crore.") ==
        "MONEY:Rs 24 lakh | MONEY:Rs 10 lakh crore");
  CHECK(Numeric("Banks reported fraud of over Rs 95,000 cr this year.") == "MONEY:Rs 95,000 cr | DATE:this year");
  CHECK(Numeric("They handed out 50 lakh masks.") == "CARDINAL:50 lakh");
  // (Sri Lanka and Pakistan write "Rs." and glue "Rs" to the amount.)
  CHECK(Numeric("Credit grew by Rs. 312 billion; sales passed Rs45 million.") ==
        "MONEY:Rs. 312 billion | MONEY:Rs45 million");
  // Ghana's cedis, with either sign.
  CHECK(Numeric("Buyers pay GH₵4,000 a bag against GH¢2,070 here.") == "MONEY:GH₵4,000 | MONEY:GH¢2,070");
  // Naira, rand and shillings written with letters: "N2.5 million", "KSh 3.2 billion".
  CHECK(Numeric("She lost goods worth N2.5 million and paid N150,000.") == "MONEY:N2.5 million | MONEY:N150,000");
  CHECK(Numeric("Eskom lost R2.5bn; the Treasury raised KSh 3.2 billion and Sh50 billion.") ==
        "MONEY:R2.5bn | MONEY:KSh 3.2 billion | MONEY:Sh50 billion");
  CHECK(Numeric("Wear N95 masks on the N1.") == "");
  CHECK(Numeric("At least P5.9 billion was flagged; RM2.5 billion and Rp 5 trillion too.") ==
        "MONEY:P5.9 billion | MONEY:RM2.5 billion | MONEY:Rp 5 trillion");
  CHECK(Numeric("Bribes totalled RM3.2mil.") == "MONEY:RM3.2mil");  // Malaysia's papers
  // Dong glued to the amount; codes of the Global South's currencies.
  CHECK(Numeric("Water costs VND150,000 a cubic meter; the fund holds KES 2 billion and ZAR 300 million.") ==
        "MONEY:VND150,000 | MONEY:KES 2 billion | MONEY:ZAR 300 million");
  // Riyals, lira and shillings by their letters; the Pacific's dollars; the
  // currencies of Peru and Vietnam by their words.
  CHECK(Numeric("The SR1.2 billion terminal, TL 3.2 billion of works and Shs186m in claims.") ==
        "MONEY:SR1.2 billion | MONEY:TL 3.2 billion | MONEY:Shs186m");
  CHECK(Numeric("An appeal for FJ$500,000; a 60 million soles deal; up to 5 million dong.") ==
        "MONEY:FJ$500,000 | MONEY:60 million soles | MONEY:5 million dong");
  // Thousands set off by spaces, before what the sum counts or weighs ("600" and "000 tonnes" were two).
  CHECK(Numeric("About 600 000 tonnes came, and 14 000 members joined; roughly 400 737 Max jets flew.") ==
        "QUANTITY:600 000 tonnes | CARDINAL:14 000 | CARDINAL:400 | CARDINAL:737");
  // After a currency, and in a range before such a word; Rwanda's francs.
  CHECK(Numeric("It paid US$150 000 and cut the quota from 41 000 to 28 500 tonnes; rent support of Rwf40,000.") ==
        "MONEY:US$150 000 | QUANTITY:41 000 to 28 500 tonnes | MONEY:Rwf40,000");
  // Papua New Guinea's kina, Malawi's kwacha, Bangladesh's taka, Ethiopia's birr ("K45 million" was "million").
  CHECK(Numeric("It set aside K45 million, MK3.5 billion, Tk 500 crore, Tk1,200 crore and Br 4.5 billion.") ==
        "MONEY:K45 million | MONEY:MK3.5 billion | MONEY:Tk 500 crore | MONEY:Tk1,200 crore | MONEY:Br 4.5 billion");
  // A decimal comma before what the number measures, or after a currency ("7" and "2 tonnes" were two; "R45" a
  // name); not a list's "1,2".
  CHECK(Numeric("Police seized 7,2 tonnes worth R45,5 million; inflation was 5,4% and a coffee €3,50.") ==
        "QUANTITY:7,2 tonnes | MONEY:R45,5 million | PERCENT:5,4% | MONEY:€3,50");
  CHECK(Numeric("Rounds 1,2 and 3 were played.") == "CARDINAL:1 | CARDINAL:2 | CARDINAL:3");
  // Canada's papers hyphenate the scale ("C$" was MISC and the sum lost).
  CHECK(Numeric("Quebec signs a C$4.2-billion deal; it cost $9-billion, not 9-million people.") ==
        "MONEY:C$4.2-billion | MONEY:$9-billion");
  // A range of sums is one amount.
  CHECK(Numeric("Guidance of A$2.3–2.5 billion, and $2-3 million more.") ==
        "MONEY:A$2.3–2.5 billion | MONEY:$2-3 million");
  // The decimals of a code are no number.
  CHECK(Numeric("PM2.5 readings rose to USD476.98 today.") == "DATE:today");
  // Letters that begin no other word before digits take a plain amount.
  CHECK(Numeric("Rides cost between Dh12 and Dh45; the plant cost EGP 4.3 billion.") ==
        "MONEY:Dh12 | MONEY:Dh45 | MONEY:EGP 4.3 billion");
  // Pounds are money where the text writes "£" or names sterling; else, and
  // before "of", they weigh.
  CHECK(Numeric("Trump is 6 feet 3 inches tall and weighs 236 pounds.") ==
        "QUANTITY:6 feet | QUANTITY:3 inches | "
        "QUANTITY:236 pounds");
  CHECK(Numeric("The bank had to dump 1.8 million pounds of food.") == "QUANTITY:1.8 million pounds");
  CHECK(Numeric("The fee is 40 pounds sterling.") == "MONEY:40 pounds");
  CHECK(Numeric("LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS") == "QUANTITY:25 POUNDS");
  CHECK(Numeric("A ticket costs £40; the fine is 500 pounds.") == "MONEY:£40 | MONEY:500 pounds");
}

TEST_CASE("numeric: percentages") {
  CHECK(Numeric("Turnout was 70% overall.") == "PERCENT:70%");
  CHECK(Numeric("Turnout was 12 per cent overall.") == "PERCENT:12 per cent");
  CHECK(Numeric("Turnout was 12 percent overall.") == "PERCENT:12 percent");
  CHECK(Numeric("Rates rose 3.5 percentage points.") == "PERCENT:3.5 percentage points");
}

TEST_CASE("numeric: cardinals, ordinals and quantities") {
  CHECK(Numeric("Over 2,000 organizations joined.") == "CARDINAL:2,000");
  CHECK(Numeric("The CloudMatrix 384 supernode.") == "CARDINAL:384");
  CHECK(Numeric("There were five of them.") == "CARDINAL:five");
  CHECK(Numeric("It sold two million copies.") == "CARDINAL:two million");
  CHECK(Numeric("It sold 1.5 million copies.") == "CARDINAL:1.5 million");
  CHECK(Numeric("Nearly 2000 people marched.") == "CARDINAL:2000");
  CHECK(Numeric("Dozens of people marched.") == "");
  CHECK(Numeric("A dozen people paid a million dollars.") == "CARDINAL:A dozen | MONEY:a million dollars");
  CHECK(Numeric("She came first, then a 21st and a third.") == "ORDINAL:first | ORDINAL:21st | ORDINAL:third");
  CHECK(Numeric("The 112th and the 22nd, not 9st.") == "ORDINAL:112th | ORDINAL:22nd");  // stones are no ordinal
  // Digits past int64's range (the sanitizer build fails on an undefined cast).
  CHECK(Numeric("They counted 66666666666666666666 grains.") == "CARDINAL:66666666666666666666");
  CHECK(Numeric("They walked 5 km and 40 miles.") == "QUANTITY:5 km | QUANTITY:40 miles");
  CHECK(Numeric("It weighs 10 kilograms or 3 tonnes.") == "QUANTITY:10 kilograms | QUANTITY:3 tonnes");
  // A recipe's grams glued on and an oven's degrees (not a 5g network).
  CHECK(Numeric("Roast 750g of potatoes at 220°C (200 °C fan) on a 5g network.") ==
        "QUANTITY:750g | QUANTITY:220°C | QUANTITY:200 °C");
  // A scale's letter glued on: after a decimal or near a word of temperature.
  CHECK(Numeric("The temperature hit 38.5C. Temperatures reached 40C in Seville. She sat in seat 12F.") ==
        "QUANTITY:38.5C | QUANTITY:40C");
  CHECK(Numeric("Add 1 Tbsp. green onions, 1 tsp. olive oil and 2 cups blueberries.") ==
        "QUANTITY:1 Tbsp | QUANTITY:1 tsp | QUANTITY:2 cups");
  CHECK(Numeric("Mix 1/2 cup of flour, 1 1/2 cups sugar and 3/4 teaspoon salt; 2/3 of it.") ==
        "QUANTITY:1/2 cup | QUANTITY:1 1/2 cups | QUANTITY:3/4 teaspoon | CARDINAL:2/3");
  // The emergency number and "24/7" count nothing; "9/11" is the day of the attacks.
  // A number that ends a name counts nothing; a tally's or a counted noun's does.
  CHECK(Numeric("Apparently, Destiny 2 is slow on Geekbench 5. He flew a Boeing 757. Osaro scored 3 goals; "
                "the count is Trump 384, Rubio 151, and Kasich 37.") ==
        "CARDINAL:3 | CARDINAL:384 | CARDINAL:151 | CARDINAL:37");
  // A span of measures is one measure; two bare counts stay two.
  CHECK(Numeric("Eat 60–90 minutes before, every 2 to 3 hours, for 2 to 3 years; 350–375 million died. They voted "
                "5 to 4, and by 2030 to 32 percent.") ==
        "TIME:60–90 minutes | TIME:2 to 3 hours | DATE:2 to 3 years | CARDINAL:350–375 million | CARDINAL:5 | "
        "CARDINAL:4 | DATE:2030 | PERCENT:32 percent");
  // A source's number in brackets counts nothing; a count in brackets before words does.
  CHECK(Numeric("It is the most common disorder in the United States (1). Drink water (10, 11). It has 3 "
                "discs (12 DVDs) and won (2019) prizes.") == "CARDINAL:3 | CARDINAL:12 | DATE:2019");
  // A chain of spans recurses no deeper than one span ("1 to 1 to … to 2
  // minutes" of pasted junk once overflowed the stack).
  std::string chain;
  for (int k = 0; k < 200000; ++k) chain += "1 to ";
  const std::string chained = Numeric(chain + "2 minutes.");
  CHECK(chained.size() > 200000);
  CHECK(chained.substr(chained.size() - 19) == "TIME:1 to 2 minutes");
  // A list item's number counts nothing; a count that opens a line does.
  CHECK(
      Numeric("Tips for game day:\n1. Prioritize, prioritize\n2) Drink water\n3. 500 people came.\n10 people came.") ==
      "CARDINAL:500 | CARDINAL:10");
  // Centuries and eras make dates; "mln" and "bln" scale.
  CHECK(Numeric("In the 14th century, the fifth century BC, 860 BC, AD 79 and 79 AD, a $10.1 mln deal.") ==
        "DATE:14th century | DATE:fifth century BC | DATE:860 BC | DATE:79 | DATE:79 AD | MONEY:$10.1 mln");
  // A house number and a street's ordinal count nothing.
  CHECK(Numeric("Burton, 32, of 1119 Eighth St., lives near 17th Street; 131 West 23rd Street has 3 floors.") ==
        "CARDINAL:32 | CARDINAL:3");
  // An ordinal that opens a title is part of it.
  CHECK(Numeric("First Minister Humza Yousaf met the First Lady for the first time; he came second.") ==
        "ORDINAL:first | ORDINAL:second");
  CHECK(Numeric("She called 911, and a 911 dispatcher answered; 112 people waited, 24/7, since 9/11.") ==
        "CARDINAL:112 | DATE:9/11");
  CHECK(Numeric("About 2 inches (50.8 millimeters) fell; a slice has 100 calories and the V8 makes 471 horsepower.") ==
        "QUANTITY:2 inches | QUANTITY:50.8 millimeters | QUANTITY:100 calories | QUANTITY:471 horsepower");
  CHECK(Numeric("No one came, and the one who did left.") == "");
  CHECK(Numeric("One of them is twenty-five.") == "CARDINAL:One | CARDINAL:twenty-five");
  // After a determiner and an adjective, "one" stands for a noun, unless a
  // word it counts follows.
  CHECK(Numeric("The choice turned out to be a fortunate one.") == "");
  CHECK(Numeric("He may be the only one who can win; the best one I know of is old.") == "");
  CHECK(Numeric("I played with the new one this weekend.") == "DATE:this weekend");
  CHECK(Numeric("She was in a hospital one night.") == "CARDINAL:one");
  CHECK(Numeric("It is the number one issue.") == "CARDINAL:one");
  CHECK(Numeric("It was a message that left one pastor puzzled.") == "CARDINAL:one");
}

TEST_CASE("numeric: a number after a capitalised noun that it names is no count") {
  CHECK(Numeric("The NFL moved the Week 13 rematch to Sunday.") == "DATE:Sunday");
  CHECK(Numeric("Day 3, Part 16: closing remarks.") == "");
  CHECK(Numeric("Score the Apple Watch Series 3 right now.") == "");
  CHECK(Numeric("They filed for Chapter 11 in 2016.") == "DATE:2016");
  CHECK(Numeric("It has 3 parts and lasts 12 weeks.") == "CARDINAL:3 | DATE:12 weeks");
  // Nor one that a bracketed letter glued on makes a plan's or a law's name.
  CHECK(Numeric("You can put up to $19,000 into a 401(k) at a 501(c)(3) charity.") == "MONEY:$19,000");
}

TEST_CASE("numeric: a number after a word that numbers things is no year") {
  CHECK(Numeric("Case No. 2019, filed in 2020, was closed.") == "CARDINAL:2019 | DATE:2020");
  CHECK(Numeric("Case No. 2019 was closed in 2020.") == "DATE:2020");  // the case's name, no count
  CHECK(Numeric("Flight number 1987 landed; seat #1984 was empty.") == "CARDINAL:1987 | CARDINAL:1984");
  CHECK(Numeric("There were no 2020 Olympics.") == "DATE:2020");
}

TEST_CASE("numeric: a date written with periods") {
  CHECK(Numeric("Bis zum 01.01.2019 sollen alle.") == "DATE:01.01.2019");
  CHECK(Numeric("The Wall fell on 09.11.89, a Thursday.") == "DATE:09.11.89 | DATE:Thursday");
  CHECK(Numeric("Molly Wood 11.14.2019 09:00 AM") == "DATE:11.14.2019 | TIME:09:00 AM");  // month first
  CHECK(Numeric("Build 13.13.2019 shipped.") == "CARDINAL:13.13.2019");
  CHECK(Numeric("Open run from 2018.04.05 on.") == "DATE:2018.04.05");  // the year first
  CHECK(Numeric("Until the end of the 2022/23 season, not 1999/2000.") == "DATE:2022/23 | DATE:1999/2000");
  CHECK(Numeric("A ratio of 2020/22 held.") == "CARDINAL:2020/22");
  CHECK(Numeric("Version 2018.13.05 shipped.") == "CARDINAL:2018.13.05");
  CHECK(Numeric("Python 3.10.12 and version 1.2.3 shipped.") == "CARDINAL:3.10.12 | CARDINAL:1.2.3");
  CHECK(Numeric("Serial 12345678901.1.2019 shipped.") == "CARDINAL:12345678901.1.2019");
}

TEST_CASE("numeric: letters glued to a number are its unit, or make a designation that counts nothing") {
  CHECK(Numeric("A 72W charger, 2.6GHz, 60fps and a 4,000mAh battery.") ==
        "QUANTITY:72W | QUANTITY:2.6GHz | QUANTITY:60fps | QUANTITY:4,000mAh");
  CHECK(Numeric("Games at 4K or 1080p on a 5G phone with a 3D camera.") == "");
  CHECK(Numeric("Posted 9H ago, a 30 min read; he ran for 2hrs.") == "TIME:9H ago | TIME:30 min | TIME:2hrs");
  CHECK(Numeric("Among iOS 13's features.") == "CARDINAL:13");
}

TEST_CASE("numeric: reference marks and telephone numbers count nothing") {
  CHECK(Numeric("Up to 1,000 alarms per shift[1], and 99% of them[2].") == "CARDINAL:1,000 | PERCENT:99%");
  CHECK(Numeric("He was sent to Harrow in 1801. [6] He stayed.") == "DATE:1801");
  CHECK(Numeric("Phone +41 41 544 78 00") == "");
  CHECK(Numeric("Tel.: +49 (0)69 380 795 200") == "");
  CHECK(Numeric("Call (509) 747-4422 or 800-273-8255 today.") == "DATE:today");
  CHECK(Numeric("Call 555 123 4567.") == "");
  CHECK(Numeric("Inquiry 02-751-1500") == "");
  // Not a change in an index, a temperature, a line of scores or a table's columns.
  CHECK(Numeric("Sensex: 40627.23+157.53") == "CARDINAL:40627.23 | CARDINAL:157.53");
  CHECK(Numeric("It was +28 C.") == "CARDINAL:28");
  CHECK(Numeric("Palm Bay 18 22 13 17 - 70") == "CARDINAL:18 | CARDINAL:22 | CARDINAL:13 | CARDINAL:17 | CARDINAL:70");
  CHECK(Numeric("Pages 685-690.") == "CARDINAL:685-690");
  CHECK(Numeric("From 1990-2000 and on 2019-11-20.") == "DATE:1990-2000 | DATE:2019-11-20");
}

TEST_CASE("numeric: mentions stay inside one sentence and never overlap") {
  std::vector<Mention> mentions;
  const std::string text = "Revenue hit $5 million in 2024. 2025 looks better, up 10%.";
  CHECK(Numeric(text, &mentions) == "MONEY:$5 million | DATE:2024 | DATE:2025 | PERCENT:10%");
  for (size_t i = 1; i < mentions.size(); ++i) {
    CHECK(mentions[i - 1].span.end <= mentions[i].span.begin);
  }
}

TEST_CASE("numeric: the sample article") {
  const std::string text = ReadSampleArticle();
  if (text.empty()) return;
  // "in 2025" twice (advert lines), "on Friday", "over 2,000 organizations",
  // "70% self-sufficiency", "by 2028", "CloudMatrix 384", "Last year": and
  // nothing else, despite China’s, U.S., AI and the like.
  CHECK(Numeric(text) ==
        "DATE:2025 | DATE:Friday | CARDINAL:2,000 | PERCENT:70% | DATE:2028 | "
        "CARDINAL:384 | DATE:Last year | DATE:2025");
}

TEST_CASE("numeric: linear on long input") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "On Friday 3 p.m. they paid $5 for 70% of 2,000 goods. ";
  std::vector<Mention> mentions;
  Numeric(text, &mentions);
  CHECK(mentions.size() == 20000u * 5);
}

}  // namespace
}  // namespace annotator
