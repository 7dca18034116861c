// A streaming JSON writer for the result: appends straight into one string,
// with no tree of values in between. Building an nlohmann::json tree costs an
// allocation per key and value, which made writing the result slower than
// analysing the text; this writes at hundreds of MB/s.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace annotator {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Separate(); out_->push_back('{'); first_ = true; }
  void EndObject() { out_->push_back('}'); first_ = false; }
  void BeginArray() { Separate(); out_->push_back('['); first_ = true; }
  void EndArray() { out_->push_back(']'); first_ = false; }

  // Writes `"name":`; the value follows with one of the calls below.
  void Key(std::string_view name);

  void String(std::string_view value);  // `value` must be valid UTF-8
  void Uint(uint64_t value);
  void Int(int64_t value);
  void Double(double value);
  void Bool(bool value) { Separate(); out_->append(value ? "true" : "false"); }
  void Null() { Separate(); out_->append("null"); }

 private:
  // A comma before every value but the first of its object or array.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_) {
      out_->push_back(',');
    }
    first_ = false;
  }

  void AppendDigits(uint64_t value);

  std::string* out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace annotator
