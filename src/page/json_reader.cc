#include "page/json_reader.h"

#include <cstdlib>

#include "utf8.h"

namespace annotator {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Status ParseDocument(JsonValue* value) {
    if (!Parse(value, 0)) return Error();
    SkipSpace();
    if (pos_ != text_.size()) return Status::DataLoss("JSON: trailing text at byte " + std::to_string(pos_));
    return Status::Ok();
  }

 private:
  static constexpr int kMaxDepth = 64;

  Status Error() const { return Status::DataLoss("JSON: " + error_ + " at byte " + std::to_string(pos_)); }

  bool Fail(const char* message) {
    if (error_.empty()) error_ = message;
    return false;
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return Fail("unknown literal");
    pos_ += word.size();
    return true;
  }

  bool Parse(JsonValue* value, int depth) {
    if (depth > kMaxDepth) return Fail("nested too deeply");
    SkipSpace();
    if (pos_ >= text_.size()) return Fail("unexpected end");
    const char c = text_[pos_];
    if (c == '{') return Object(value, depth);
    if (c == '[') return Array(value, depth);
    if (c == '"') {
      value->type = JsonValue::Type::kString;
      return String(&value->string);
    }
    if (c == 't' || c == 'f') {
      value->type = JsonValue::Type::kBool;
      value->boolean = c == 't';
      return Literal(c == 't' ? "true" : "false");
    }
    if (c == 'n') {
      value->type = JsonValue::Type::kNull;
      return Literal("null");
    }
    return Number(value);
  }

  bool Number(JsonValue* value) {
    const size_t start = pos_;
    while (pos_ < text_.size() && std::string_view("+-0123456789.eE").find(text_[pos_]) != std::string_view::npos) {
      ++pos_;
    }
    if (pos_ == start) return Fail("unexpected character");
    value->type = JsonValue::Type::kNumber;
    value->number = std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr);
    return true;
  }

  bool String(std::string* out) {
    ++pos_;  // "
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) break;
      const char e = text_[pos_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          uint32_t code = 0;
          if (!ReadJsonUnicodeEscape(text_, &pos_, &code)) return Fail("bad \\u escape");
          AppendUtf8(code, out);
          break;
        }
        default:
          return Fail("bad escape");
      }
    }
    return Fail("unterminated string");
  }

  bool Array(JsonValue* value, int depth) {
    value->type = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
    while (true) {
      value->items.emplace_back();
      if (!Parse(&value->items.back(), depth + 1)) return false;
      SkipSpace();
      if (pos_ >= text_.size()) return Fail("unterminated array");
      const char c = text_[pos_++];
      if (c == ']') return true;
      if (c != ',') return Fail("expected , or ]");
    }
  }

  bool Object(JsonValue* value, int depth) {
    value->type = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') return Fail("expected a key");
      std::string key;
      if (!String(&key)) return false;
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_++] != ':') return Fail("expected :");
      value->members.emplace_back(std::move(key), JsonValue());
      if (!Parse(&value->members.back().second, depth + 1)) return false;
      SkipSpace();
      if (pos_ >= text_.size()) return Fail("unterminated object");
      const char c = text_[pos_++];
      if (c == '}') return true;
      if (c != ',') return Fail("expected , or }");
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (const auto& [name, member] : members) {
    if (name == key) return &member;
  }
  return nullptr;
}

std::string_view JsonValue::StringOf(std::string_view key) const {
  const JsonValue* member = Find(key);
  return member != nullptr && member->type == Type::kString ? std::string_view(member->string) : std::string_view();
}

Status ParseJson(std::string_view text, JsonValue* value) {
  *value = JsonValue();
  return Parser(text).ParseDocument(value);
}

}  // namespace annotator
