#include "utf8.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace {

TEST_CASE("ValidateUtf8 accepts well-formed text in several scripts") {
  CHECK(ValidateUtf8("").ok());
  CHECK(ValidateUtf8("plain ASCII, 2,000 words.").ok());
  CHECK(ValidateUtf8("China’s “self-reliance” 习近平 café 👍🏽 🇨🇳 Привет").ok());
  CHECK(ValidateUtf8("\xF4\x8F\xBF\xBF").ok());  // U+10FFFF, the last code point
}

TEST_CASE("ValidateUtf8 names the byte offset of the first bad sequence") {
  // 17 ASCII bytes, then a lone continuation byte.
  Status status = ValidateUtf8("Xi Jinping said: \x80 more");
  CHECK(status.code() == StatusCode::kInvalidArgument);
  CHECK(status.message() == "invalid UTF-8 at byte 17");

  CHECK(ValidateUtf8("ab\xC0\xAF").message() == "invalid UTF-8 at byte 2");        // overlong '/'
  CHECK(ValidateUtf8("\xE0\x80\xAF").message() == "invalid UTF-8 at byte 0");      // overlong
  CHECK(ValidateUtf8("x\xED\xA0\x80").message() == "invalid UTF-8 at byte 1");     // surrogate
  CHECK(ValidateUtf8("\xF4\x90\x80\x80").message() == "invalid UTF-8 at byte 0");  // > U+10FFFF
  CHECK(ValidateUtf8("é\xE2\x80").message() == "invalid UTF-8 at byte 2");         // truncated
  CHECK(ValidateUtf8("\xFF").message() == "invalid UTF-8 at byte 0");
  // The ASCII fast path must not skip over a bad byte after 8-byte blocks.
  CHECK(ValidateUtf8("0123456789abcdef\xC3").message() == "invalid UTF-8 at byte 16");
}

TEST_CASE("DecodeUtf8 walks code points of 1 to 4 bytes") {
  const std::string text = "a\xC3\xA9\xE4\xB9\xA0\xF0\x9F\x91\x8D";  // a é 习 👍
  size_t pos = 0;
  CHECK(DecodeUtf8(text, &pos) == U'a');
  CHECK(pos == 1);
  CHECK(DecodeUtf8(text, &pos) == U'é');
  CHECK(pos == 3);
  CHECK(DecodeUtf8(text, &pos) == U'习');
  CHECK(pos == 6);
  CHECK(DecodeUtf8(text, &pos) == U'\U0001F44D');
  CHECK(pos == 10);
  CHECK(Utf8SequenceLength(0xF0) == 4);
  CHECK(Utf8SequenceLength(0xE4) == 3);
}

TEST_CASE("AppendUtf8 writes what DecodeUtf8 reads, at each length's bounds") {
  for (const char32_t c : {U'\0', U'a', U'\x7F', U'\x80', U'é', U'\x7FF', U'\x800', U'习', U'\xD7FF', U'\xE000',
                           U'\xFFFD', U'\xFFFF', U'\U00010000', U'\U0001F44D', U'\U0010FFFF'}) {
    std::string utf8;
    AppendUtf8(c, &utf8);
    CHECK(ValidateUtf8(utf8).ok());
    size_t pos = 0;
    CHECK(DecodeUtf8(utf8, &pos) == c);
    CHECK(pos == utf8.size());
    CHECK(static_cast<int>(utf8.size()) == Utf8SequenceLength(static_cast<unsigned char>(utf8[0])));
  }
}

TEST_CASE("DecodeUtf8 never reads past a truncated sequence") {
  const std::string text = "\xE4\xB9";
  size_t pos = 0;
  CHECK(DecodeUtf8(text, &pos) == 0xFFFD);
  CHECK(pos == 1);
}

TEST_CASE("OffsetConverter maps bytes to UTF-16 units and code points") {
  // "Hi 👍🏽 習近平 e\u0301\r\nok": emoji with skin tone (2 x 4 bytes, 2 x 2 units),
  // CJK (3 bytes, 1 unit), e + combining acute (1 + 2 bytes), CRLF.
  const std::string text = "Hi \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xE7\xBF\x92\xE8\xBF\x91\xE5\xB9\xB3 e\xCC\x81\r\nok";
  OffsetConverter utf16(text, OffsetUnit::kUtf16);
  OffsetConverter code_points(text, OffsetUnit::kCodePoint);
  OffsetConverter bytes(text, OffsetUnit::kUtf8);
  const uint32_t ok = static_cast<uint32_t>(text.find("ok"));
  CHECK(ok == 27);
  CHECK(utf16.Convert(0) == 0);
  CHECK(utf16.Convert(3) == 3);   // before the emoji
  CHECK(utf16.Convert(7) == 5);   // after 👍 (a surrogate pair)
  CHECK(utf16.Convert(11) == 7);  // after 🏽
  CHECK(code_points.Convert(11) == 5);
  CHECK(utf16.Convert(12) == 8);   // start of 習
  CHECK(utf16.Convert(21) == 11);  // after 平
  CHECK(code_points.Convert(21) == 9);
  CHECK(utf16.Convert(ok) == 16);  // then ' ', 'e', U+0301, '\r', '\n'
  CHECK(code_points.Convert(ok) == 14);
  CHECK(utf16.Convert(static_cast<uint32_t>(text.size())) == 18);
  CHECK(bytes.Convert(ok) == ok);
  CHECK(utf16.Convert(1000) == 18);  // past the end: clamped to the end
}

TEST_CASE("OffsetConverter stays exact across many 64-byte checkpoints") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += (i % 3 == 0) ? "\xF0\x9F\x98\x80" : (i % 3 == 1) ? "\xC3\xA9" : "x";
  OffsetConverter utf16(text, OffsetUnit::kUtf16);
  OffsetConverter code_points(text, OffsetUnit::kCodePoint);
  uint32_t units = 0, points = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    CHECK(utf16.Convert(static_cast<uint32_t>(pos)) == units);
    CHECK(code_points.Convert(static_cast<uint32_t>(pos)) == points);
    const char32_t c = DecodeUtf8(text, &pos);
    units += c > 0xFFFF ? 2 : 1;
    ++points;
  }
  CHECK(utf16.Convert(static_cast<uint32_t>(text.size())) == units);
  CHECK(units == 67 * 2 + 133);
}

TEST_CASE("OffsetConverter handles the empty text and exact 64-byte sizes") {
  OffsetConverter empty("", OffsetUnit::kUtf16);
  CHECK(empty.Convert(0) == 0);
  const std::string sixty_four(64, 'a');
  OffsetConverter exact(sixty_four, OffsetUnit::kCodePoint);
  CHECK(exact.Convert(64) == 64);
  CHECK(exact.Convert(63) == 63);
}

TEST_CASE("ReadJsonUnicodeEscape: a pair joined, a lone surrogate U+FFFD, the escape after it kept") {
  auto read = [](std::string_view text, size_t* pos) {
    uint32_t code = 0;
    return ReadJsonUnicodeEscape(text, pos, &code) ? code : 0xFFFFFFFFu;
  };
  size_t pos = 0;
  CHECK(read("00e9", &pos) == 0xE9);
  CHECK(pos == 4);
  pos = 0;
  CHECK(read("d83d\\ude00!", &pos) == 0x1F600);  // 😀 from its pair
  CHECK(pos == 10);
  pos = 0;
  CHECK(read("d83d\\u0041", &pos) == 0xFFFD);  // a lone high surrogate, then "A" on its own
  CHECK(pos == 4);
  pos = 6;
  CHECK(read("d83d\\u0041", &pos) == 0x41);
  pos = 0;
  CHECK(read("dc00", &pos) == 0xFFFD);
  pos = 0;
  CHECK(read("12g4", &pos) == 0xFFFFFFFFu);
  pos = 0;
  CHECK(read("12", &pos) == 0xFFFFFFFFu);
}

}  // namespace
}  // namespace annotator
