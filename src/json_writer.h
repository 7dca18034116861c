// A streaming JSON writer for the result: appends straight into one string,
// with no tree of values in between. Building an nlohmann::json tree costs an
// allocation per key and value, which made writing the result slower than
// analysing the text; this writes at hundreds of MB/s.
//
// It writes through a raw cursor into the string's own buffer, grown ahead
// of need, rather than with push_back/append per piece: in WebAssembly the
// library's string methods are out-of-line calls, and they were a sixth of
// the time of writing the result.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace annotator {

class JsonWriter {
 public:
  // Appends to `*out`, which holds the finished JSON once Finish() is called.
  explicit JsonWriter(std::string* out);

  void BeginObject() {
    Separate();
    Put('{');
    first_ = true;
  }
  void EndObject() {
    Put('}');
    first_ = false;
  }
  void BeginArray() {
    Separate();
    Put('[');
    first_ = true;
  }
  void EndArray() {
    Put(']');
    first_ = false;
  }

  // Writes `"name":`; the value follows with one of the calls below. Names
  // are the writer's own (ASCII, nothing to escape), so they are copied as is.
  void Key(std::string_view name);

  void String(std::string_view value);  // `value` must be valid UTF-8
  void Uint(uint64_t value);
  void Int(int64_t value);
  void Double(double value);
  void Bool(bool value) {
    Separate();
    Raw(value ? std::string_view("true") : std::string_view("false"));
  }
  void Null() {
    Separate();
    Raw("null");
  }

  // Trims the string to what was written. Call once, after the last value.
  void Finish();

 private:
  // A comma before every value but the first of its object or array.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_) {
      Put(',');
    }
    first_ = false;
  }

  // Room for `size` more bytes at the cursor.
  void Reserve(size_t size) {
    if (static_cast<size_t>(limit_ - cursor_) < size) Grow(size);
  }
  void Grow(size_t size);
  void Put(char c) {
    Reserve(1);
    *cursor_++ = c;
  }
  void Raw(std::string_view bytes) {
    Reserve(bytes.size());
    std::memcpy(cursor_, bytes.data(), bytes.size());
    cursor_ += bytes.size();
  }
  void AppendDigits(uint64_t value);

  std::string* out_;
  char* cursor_;  // next byte to write, inside out_'s buffer
  char* limit_;   // end of out_'s buffer
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace annotator
