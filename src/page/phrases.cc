#include "page/phrases.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "ascii_case.h"
#include "utf8.h"

namespace annotator {
namespace {

// How a phrase counts. kOpens: the line opening with it is evidence ("Share
// this article", "Sign up for …"). kLabel: a word that opens sentences too
// ("Share prices fell", "Loading of container ships", "Sponsored by the
// Labour Party"), so it counts only as a label: followed by a colon, a bar or
// a dash, or by a capitalised word or a number ("Photo: …", "Updated 9:41",
// "Sponsored Content"). kWhole: only the line that is the phrase ("Facebook",
// "Home", "Print"). kInside: anywhere in a short line ("… to your inbox").
enum class Where : uint8_t { kOpens, kLabel, kWhole, kInside };

struct Phrase {
  std::string_view words;  // lower case, words joined by one space, no punctuation
  ClutterKind kind;
  Where where;
};

using K = ClutterKind;
using W = Where;

// Phrases pages wrap around stories, in the words sites across the web use
// (not any one site's labels). Sorted by `words` (checked below); matched
// against the normalised words of a line's start.
constexpr Phrase kPhrases[] = {
    {"about", K::kFooter, W::kWhole},
    {"about the author", K::kBio, W::kOpens},
    {"about us", K::kFooter, W::kOpens},
    {"accept", K::kCookie, W::kWhole},
    {"accept all", K::kCookie, W::kWhole},
    {"accept cookies", K::kCookie, W::kWhole},
    {"accessibility", K::kFooter, W::kWhole},
    {"ad", K::kAdvert, W::kWhole},
    {"add a comment", K::kComments, W::kOpens},
    {"ads", K::kAdvert, W::kWhole},
    {"advertise", K::kFooter, W::kLabel},
    {"advertisement", K::kAdvert, W::kLabel},
    {"advertising", K::kAdvert, W::kWhole},
    {"already a subscriber", K::kNewsletter, W::kOpens},
    {"also on", K::kRelated, W::kLabel},
    {"also read", K::kRelated, W::kOpens},
    {"anzeige", K::kAdvert, W::kWhole},
    {"archive", K::kFooter, W::kWhole},
    {"archives", K::kFooter, W::kWhole},
    {"around the web", K::kRelated, W::kOpens},
    {"author", K::kByline, W::kWhole},
    {"baca juga", K::kRelated, W::kOpens},
    {"back to gallery", K::kCaption, W::kWhole},
    {"back to top", K::kNavigation, W::kOpens},
    {"be the first to comment", K::kComments, W::kOpens},
    {"become a member", K::kNewsletter, W::kOpens},
    {"bookmark", K::kShare, W::kWhole},
    {"breadcrumb", K::kNavigation, W::kWhole},
    {"breaking news", K::kNavigation, W::kWhole},
    {"business", K::kNavigation, W::kWhole},
    {"by clicking", K::kCookie, W::kOpens},
    {"by continuing to use", K::kCookie, W::kOpens},
    {"by using this", K::kCookie, W::kOpens},
    {"caption", K::kCaption, W::kWhole},
    {"careers", K::kFooter, W::kWhole},
    {"categories", K::kFooter, W::kLabel},
    {"category", K::kFooter, W::kLabel},
    {"click here", K::kAdvert, W::kOpens},
    {"close", K::kNavigation, W::kWhole},
    {"columnist", K::kByline, W::kWhole},
    {"coming soon", K::kAdvert, W::kOpens},
    {"comment", K::kComments, W::kWhole},
    {"comments", K::kComments, W::kLabel},
    {"compartilhar", K::kShare, W::kLabel},
    {"compartilhe", K::kShare, W::kLabel},
    {"condividi", K::kShare, W::kLabel},
    {"contact", K::kFooter, W::kWhole},
    {"contact us", K::kFooter, W::kOpens},
    {"continue reading", K::kAdvert, W::kOpens},
    {"contributor", K::kByline, W::kWhole},
    {"cookie", K::kCookie, W::kLabel},
    {"cookie policy", K::kCookie, W::kOpens},
    {"cookie settings", K::kCookie, W::kOpens},
    {"cookies", K::kCookie, W::kLabel},
    {"copy", K::kShare, W::kWhole},
    {"copy link", K::kShare, W::kLabel},
    {"copyright", K::kFooter, W::kLabel},
    {"correspondent", K::kByline, W::kWhole},
    {"credit", K::kCredit, W::kLabel},
    {"credits", K::kCredit, W::kLabel},
    {"disclaimer", K::kDisclaimer, W::kLabel},
    {"don't miss", K::kRelated, W::kOpens},
    {"e mail", K::kShare, W::kWhole},
    {"editor's choice", K::kRelated, W::kOpens},
    {"editor's picks", K::kRelated, W::kOpens},
    {"email", K::kShare, W::kWhole},
    {"email address", K::kNewsletter, W::kOpens},
    {"enlarge this image", K::kCaption, W::kWhole},
    {"enter your email", K::kNewsletter, W::kOpens},
    {"entertainment", K::kNavigation, W::kWhole},
    {"explore more", K::kRelated, W::kOpens},
    {"facebook", K::kShare, W::kWhole},
    {"faq", K::kFooter, W::kWhole},
    {"filed under", K::kFooter, W::kOpens},
    {"first published", K::kDateline, W::kOpens},
    {"flipboard", K::kShare, W::kWhole},
    {"follow", K::kShare, W::kWhole},
    {"follow us", K::kShare, W::kOpens},
    {"for immediate release", K::kDateline, W::kWhole},
    {"from the web", K::kRelated, W::kOpens},
    {"further reading", K::kRelated, W::kOpens},
    {"gallery", K::kCaption, W::kWhole},
    {"get the latest", K::kNewsletter, W::kOpens},
    {"getty images", K::kCredit, W::kOpens},
    {"go to", K::kNavigation, W::kLabel},
    {"health", K::kNavigation, W::kWhole},
    {"help", K::kFooter, W::kWhole},
    {"hide caption", K::kCaption, W::kWhole},
    {"home", K::kNavigation, W::kWhole},
    {"i agree", K::kCookie, W::kWhole},
    {"image", K::kCaption, W::kWhole},
    {"image copyright", K::kCredit, W::kOpens},
    {"image credit", K::kCredit, W::kOpens},
    {"image source", K::kCredit, W::kOpens},
    {"images", K::kCaption, W::kWhole},
    {"in case you missed it", K::kRelated, W::kOpens},
    {"javascript is disabled", K::kNavigation, W::kOpens},
    {"jobs", K::kFooter, W::kWhole},
    {"join now", K::kNewsletter, W::kOpens},
    {"join the conversation", K::kComments, W::kOpens},
    {"join the discussion", K::kComments, W::kOpens},
    {"jump to", K::kNavigation, W::kLabel},
    {"keep reading", K::kRelated, W::kOpens},
    {"key events", K::kNavigation, W::kWhole},
    {"last modified", K::kDateline, W::kOpens},
    {"last updated", K::kDateline, W::kOpens},
    {"latest", K::kNavigation, W::kWhole},
    {"latest news", K::kRelated, W::kOpens},
    {"learn more", K::kAdvert, W::kWhole},
    {"leave a comment", K::kComments, W::kOpens},
    {"leave a reply", K::kComments, W::kOpens},
    {"leggi anche", K::kRelated, W::kOpens},
    {"leia mais", K::kRelated, W::kOpens},
    {"leia também", K::kRelated, W::kOpens},
    {"lesen sie auch", K::kRelated, W::kOpens},
    {"lifestyle", K::kNavigation, W::kWhole},
    {"like this", K::kShare, W::kOpens},
    {"linkedin", K::kShare, W::kWhole},
    {"listen", K::kNavigation, W::kWhole},
    {"live", K::kNavigation, W::kWhole},
    {"load more", K::kNavigation, W::kLabel},
    {"loading", K::kNavigation, W::kLabel},
    {"log in", K::kNavigation, W::kLabel},
    {"login", K::kNavigation, W::kWhole},
    {"main menu", K::kNavigation, W::kOpens},
    {"menu", K::kNavigation, W::kWhole},
    {"messenger", K::kShare, W::kWhole},
    {"min read", K::kDateline, W::kWhole},
    {"more", K::kNavigation, W::kWhole},
    {"more from", K::kRelated, W::kLabel},
    {"more news", K::kRelated, W::kOpens},
    {"more on", K::kRelated, W::kLabel},
    {"more stories", K::kRelated, W::kOpens},
    {"more videos", K::kRelated, W::kOpens},
    {"most popular", K::kRelated, W::kOpens},
    {"most read", K::kRelated, W::kOpens},
    {"most shared", K::kRelated, W::kOpens},
    {"most viewed", K::kRelated, W::kOpens},
    {"my account", K::kNavigation, W::kOpens},
    {"navigation", K::kNavigation, W::kWhole},
    {"news", K::kNavigation, W::kWhole},
    {"newsletter", K::kNewsletter, W::kInside},
    {"newsletters", K::kNewsletter, W::kInside},
    {"next", K::kNavigation, W::kWhole},
    {"next article", K::kNavigation, W::kOpens},
    {"next post", K::kNavigation, W::kOpens},
    {"next story", K::kNavigation, W::kOpens},
    {"opinion", K::kNavigation, W::kWhole},
    {"paid content", K::kAdvert, W::kOpens},
    {"paid post", K::kAdvert, W::kOpens},
    {"partner content", K::kAdvert, W::kOpens},
    {"photo", K::kCredit, W::kLabel},
    {"photo by", K::kCredit, W::kOpens},
    {"photograph", K::kCredit, W::kLabel},
    {"photos", K::kCredit, W::kLabel},
    {"pinterest", K::kShare, W::kWhole},
    {"please enable javascript", K::kNavigation, W::kOpens},
    {"please turn on javascript", K::kNavigation, W::kOpens},
    {"politics", K::kNavigation, W::kWhole},
    {"popular", K::kRelated, W::kWhole},
    {"post comment", K::kComments, W::kOpens},
    {"posted in", K::kFooter, W::kOpens},
    {"previous", K::kNavigation, W::kWhole},
    {"previous article", K::kNavigation, W::kOpens},
    {"previous post", K::kNavigation, W::kOpens},
    {"print", K::kShare, W::kWhole},
    {"print this", K::kShare, W::kOpens},
    {"privacy", K::kFooter, W::kWhole},
    {"privacy policy", K::kFooter, W::kOpens},
    {"promoted", K::kAdvert, W::kLabel},
    {"pubblicità", K::kAdvert, W::kWhole},
    {"publicidad", K::kAdvert, W::kWhole},
    {"publicidade", K::kAdvert, W::kWhole},
    {"published", K::kDateline, W::kLabel},
    {"publié le", K::kDateline, W::kOpens},
    {"read also", K::kRelated, W::kOpens},
    {"read more", K::kRelated, W::kOpens},
    {"read next", K::kRelated, W::kOpens},
    {"recommended", K::kRelated, W::kLabel},
    {"reddit", K::kShare, W::kWhole},
    {"register", K::kNavigation, W::kWhole},
    {"related", K::kRelated, W::kLabel},
    {"reply", K::kComments, W::kWhole},
    {"report", K::kComments, W::kWhole},
    {"rss", K::kFooter, W::kLabel},
    {"save", K::kShare, W::kWhole},
    {"science", K::kNavigation, W::kWhole},
    {"search", K::kNavigation, W::kWhole},
    {"sections", K::kNavigation, W::kWhole},
    {"see also", K::kRelated, W::kOpens},
    {"see more", K::kRelated, W::kOpens},
    {"share", K::kShare, W::kLabel},
    {"share it", K::kShare, W::kOpens},
    {"share link", K::kShare, W::kOpens},
    {"share on", K::kShare, W::kOpens},
    {"share this", K::kShare, W::kOpens},
    {"share via", K::kShare, W::kOpens},
    {"shares", K::kShare, W::kWhole},
    {"shop now", K::kAdvert, W::kOpens},
    {"show comments", K::kComments, W::kOpens},
    {"show key events only", K::kNavigation, W::kWhole},
    {"sign in", K::kNavigation, W::kLabel},
    {"sign up", K::kNewsletter, W::kOpens},
    {"site index", K::kFooter, W::kOpens},
    {"site map", K::kFooter, W::kOpens},
    {"sitemap", K::kFooter, W::kLabel},
    {"skip to", K::kNavigation, W::kOpens},
    {"source", K::kCredit, W::kLabel},
    {"special to", K::kByline, W::kOpens},
    {"sponsored", K::kAdvert, W::kLabel},
    {"sport", K::kNavigation, W::kWhole},
    {"sports", K::kNavigation, W::kWhole},
    {"staff writer", K::kByline, W::kWhole},
    {"story continues below", K::kAdvert, W::kOpens},
    {"subscribe", K::kNewsletter, W::kLabel},
    {"subscription", K::kNewsletter, W::kLabel},
    {"suggested", K::kRelated, W::kLabel},
    {"tags", K::kFooter, W::kLabel},
    {"technology", K::kNavigation, W::kWhole},
    {"telegram", K::kShare, W::kWhole},
    {"terms", K::kFooter, W::kWhole},
    {"terms and conditions", K::kFooter, W::kOpens},
    {"terms of service", K::kFooter, W::kOpens},
    {"terms of use", K::kFooter, W::kOpens},
    {"this site uses cookies", K::kCookie, W::kOpens},
    {"this website uses cookies", K::kCookie, W::kOpens},
    {"toggle caption", K::kCaption, W::kWhole},
    {"toggle navigation", K::kNavigation, W::kOpens},
    {"top stories", K::kRelated, W::kOpens},
    {"topics", K::kFooter, W::kLabel},
    {"travel", K::kNavigation, W::kWhole},
    {"trending", K::kRelated, W::kLabel},
    {"tweet", K::kShare, W::kWhole},
    {"twitter", K::kShare, W::kWhole},
    {"up next", K::kRelated, W::kOpens},
    {"updated", K::kDateline, W::kLabel},
    {"video", K::kNavigation, W::kWhole},
    {"videos", K::kNavigation, W::kWhole},
    {"view comments", K::kComments, W::kOpens},
    {"view gallery", K::kCaption, W::kOpens},
    {"view the discussion", K::kComments, W::kOpens},
    {"watch", K::kNavigation, W::kWhole},
    {"watch more", K::kRelated, W::kOpens},
    {"we use cookies", K::kCookie, W::kOpens},
    {"weather", K::kNavigation, W::kWhole},
    {"werbung", K::kAdvert, W::kWhole},
    {"whatsapp", K::kShare, W::kWhole},
    {"world", K::kNavigation, W::kWhole},
    {"written by", K::kByline, W::kOpens},
    {"you are here", K::kNavigation, W::kOpens},
    {"you may also like", K::kRelated, W::kOpens},
    {"you might also like", K::kRelated, W::kOpens},
    {"you need to enable javascript", K::kNavigation, W::kOpens},
    {"реклама", K::kAdvert, W::kWhole},
    {"читайте также", K::kRelated, W::kOpens},
};

// Phrases that mark a short line wherever they stand in it.
constexpr Phrase kInsidePhrases[] = {
    {"all rights reserved", K::kFooter, W::kInside},
    {"coming soon", K::kAdvert, W::kInside},
    {"delivered to your inbox", K::kNewsletter, W::kInside},
    {"getty images", K::kCredit, W::kInside},
    {"in your inbox", K::kNewsletter, W::kInside},
    {"learn more", K::kAdvert, W::kInside},
    {"newsletter", K::kNewsletter, W::kInside},
    {"newsletters", K::kNewsletter, W::kInside},
};

constexpr bool Sorted(const Phrase* begin, const Phrase* end) {
  for (const Phrase* p = begin; p + 1 < end; ++p) {
    if (!(p->words < (p + 1)->words)) return false;
  }
  return true;
}
static_assert(Sorted(std::begin(kPhrases), std::end(kPhrases)), "kPhrases must stay sorted");

constexpr const char* kKindNames[kNumClutterKinds] = {
    "",           "navigation", "byline",   "dateline", "caption", "credit", "related",    "share",
    "newsletter", "advert",     "comments", "cookie",   "footer",  "bio",    "disclaimer",
};

// Characters that join words into a phrase key: letters, digits, marks and
// apostrophes; punctuation, symbols, arrows and emoji separate words.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsLowerAscii(c) || IsUpperAscii(c) || (c >= '0' && c <= '9') || c == '\'';
  if (c == 0x2019) return true;  // ’
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;  // full-width punctuation
  return c < 0x1F000;                            // emoji and pictographs separate
}

char32_t Lower(char32_t c) {
  if (IsUpperAscii(c)) return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;  // À-Þ
  if (c >= 0x410 && c <= 0x42F) return c + 32;             // А-Я
  if (c == 0x2019) return '\'';
  return c;
}

constexpr size_t kMaxKeyWords = 6;
constexpr size_t kMaxInsideWords = 24;    // a line this long or shorter may name clutter anywhere in it
constexpr size_t kInsideLineBytes = 120;  // phrases are looked for inside lines up to this long
constexpr size_t kKeyBytes = 160;         // enough for the longest phrase and then some

// A line's words, lower-cased and joined by single spaces (its first
// kKeyBytes bytes), with where each of the first words ends and which of the
// first 64 words are numbers.
struct LineKey {
  char buffer[kKeyBytes + 8];  // on the stack: this runs for every line
  size_t size = 0;
  std::array<size_t, kMaxKeyWords> ends{};        // where each word ends in `buffer`
  std::array<size_t, kMaxKeyWords> line_ends{};   // ... and in the line
  std::array<bool, kMaxKeyWords + 1> capitals{};  // the word starts with a capital or a digit
  size_t words = 0;                               // words of the line
  uint64_t numbers = 0;                           // bit i: word i is a number (of the first kMaxInsideWords + 1)
  bool opens_with_copyright = false;

  size_t KeyWords() const { return std::min(words, kMaxKeyWords); }
  bool IsNumberWord(size_t i) const { return i < 64 && (numbers >> i & 1); }
  // Whether every word from `from` on is a number ("Comments 12").
  bool OnlyNumbersFrom(size_t from) const {
    if (words > kMaxInsideWords) return false;
    for (size_t i = from; i < words; ++i) {
      if (!IsNumberWord(i)) return false;
    }
    return true;
  }
  std::string_view Words(size_t first, size_t last) const {  // words [first, last)
    const size_t begin = first == 0 ? 0 : ends[first - 1] + 1;
    return View().substr(begin, ends[last - 1] - begin);
  }
  std::string_view View() const { return std::string_view(buffer, size); }
  void Append(char32_t c) {  // UTF-8, while there is room
    if (size >= kKeyBytes) return;
    if (c < 0x80) {
      buffer[size++] = static_cast<char>(c);
    } else if (c < 0x800) {
      buffer[size++] = static_cast<char>(0xC0 | (c >> 6));
      buffer[size++] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      buffer[size++] = static_cast<char>(0xE0 | (c >> 12));
      buffer[size++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buffer[size++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      buffer[size++] = static_cast<char>(0xF0 | (c >> 18));
      buffer[size++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buffer[size++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buffer[size++] = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
};

bool IsCapital(char32_t c) {
  return IsUpperAscii(c) || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x410 && c <= 0x42F);
}

LineKey KeyOf(std::string_view line) {
  LineKey key;
  size_t pos = 0, word_end = 0;
  bool in_word = false, number = true;
  auto end_word = [&] {
    if (key.words < 64 && number) key.numbers |= uint64_t{1} << key.words;
    if (key.words < kMaxKeyWords) {
      key.ends[key.words] = key.size;
      key.line_ends[key.words] = word_end;
    }
    ++key.words;
    in_word = false;
  };
  // Past kMaxInsideWords words nothing more is asked of the line: no phrase
  // is looked for inside a line that long, and no phrase is all of it. A
  // line too long to look inside is read only as far as its key words.
  const size_t enough = line.size() > kInsideLineBytes ? kMaxKeyWords : kMaxInsideWords;
  while (pos < line.size() && key.words <= enough) {
    const size_t at = pos;
    const unsigned char byte = static_cast<unsigned char>(line[pos]);
    const char32_t c = byte < 0x80 ? (++pos, char32_t{byte}) : DecodeUtf8(line, &pos);
    if (at == 0 && c == 0xA9) key.opens_with_copyright = true;  // ©
    if (!IsWordChar(c)) {
      if (in_word) end_word();
      continue;
    }
    word_end = pos;
    if (!in_word) {
      in_word = true;
      number = true;
      if (key.size > 0) key.Append(' ');
      if (key.words <= kMaxKeyWords) key.capitals[key.words] = IsCapital(c);
    }
    number = number && c >= '0' && c <= '9';
    key.Append(Lower(c));
  }
  if (in_word) end_word();
  if (pos < line.size()) key.words = kMaxInsideWords + 1;  // stopped early: many words
  return key;
}

// Whether a label mark follows offset `at` of `line` (spaces skipped): a
// colon, a bar, a dash, a full stop, an ellipsis or a guillemet.
std::string_view LabelMarkAt(std::string_view line, size_t at) {
  while (at < line.size() && line[at] == ' ') ++at;
  if (at >= line.size()) return {};
  const std::string_view rest = line.substr(at);
  for (std::string_view mark : {":", "|", "-", ".", "/", "–", "—", "…", "»", "›", "•"}) {
    if (rest.substr(0, mark.size()) == mark) return mark;
  }
  return {};
}

// Whether some phrase starts with `word` (followed by a space or its end).
bool OpensAPhrase(std::string_view word) {
  auto it = std::lower_bound(std::begin(kPhrases), std::end(kPhrases), word,
                             [](const Phrase& p, std::string_view w) { return p.words < w; });
  return it != std::end(kPhrases) && it->words.substr(0, word.size()) == word &&
         (it->words.size() == word.size() || it->words[word.size()] == ' ');
}

const Phrase* Find(std::string_view words) {
  auto it = std::lower_bound(std::begin(kPhrases), std::end(kPhrases), words,
                             [](const Phrase& p, std::string_view w) { return p.words < w; });
  return it != std::end(kPhrases) && it->words == words ? it : nullptr;
}

}  // namespace

const char* ClutterKindName(ClutterKind kind) { return kKindNames[static_cast<int>(kind)]; }

PhraseMatch MatchPhrase(std::string_view line) {
  PhraseMatch match;
  const LineKey key = KeyOf(line);
  if (key.opens_with_copyright) {
    match.kind = ClutterKind::kFooter;
    match.at_start = true;
    match.whole = key.words <= 2;
    return match;
  }
  // The longest phrase the line's first words spell, after a count ("12
  // Comments"): among the phrases that start with the first word, found
  // with one search (most lines open with no phrase's word).
  size_t first = 0;
  while (first < key.KeyWords() && key.IsNumberWord(first)) ++first;
  const bool opens_with_phrase_word = first < key.KeyWords() && OpensAPhrase(key.Words(first, first + 1));
  for (size_t last = key.KeyWords(); opens_with_phrase_word && last > first; --last) {
    const Phrase* phrase = Find(key.Words(first, last));
    if (phrase == nullptr) continue;
    const bool whole = key.OnlyNumbersFrom(last);
    if (phrase->where == Where::kWhole && !whole) continue;
    const std::string_view mark = LabelMarkAt(line, key.line_ends[last - 1]);
    const bool labelled = !mark.empty();
    if (phrase->where == Where::kLabel && !whole && !labelled && !(last < key.words && key.capitals[last])) {
      continue;
    }
    match.kind = phrase->kind;
    match.labelled = labelled;
    match.strong_label = mark == ":" || mark == "|" || (labelled && phrase->where == Where::kLabel);
    match.whole = whole;
    match.at_start = true;
    return match;
  }
  // A short line that says "newsletter" or "all rights reserved" anywhere:
  // the phrases are tried at each word's start.
  if (key.words <= kMaxInsideWords && line.size() <= kInsideLineBytes) {
    const std::string_view text = key.View();
    for (size_t at = 0; at < text.size(); at = text.find(' ', at) + 1) {
      for (const Phrase& phrase : kInsidePhrases) {
        if (text[at] != phrase.words[0] || text.compare(at, phrase.words.size(), phrase.words) != 0) continue;
        const size_t end = at + phrase.words.size();
        if (end == text.size() || text[end] == ' ') {
          match.kind = phrase.kind;
          return match;
        }
      }
      if (text.find(' ', at) == text.npos) break;
    }
  }
  return match;
}

}  // namespace annotator
