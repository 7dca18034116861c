#include "batch/jsonl_record.h"

#include <algorithm>
#include <deque>

#include "json_writer.h"
#include "utf8.h"

namespace annotator {
namespace {

// The names of the result's own members: an input member of one of these
// names is not passed through ("id" and "text" are read, not passed).
constexpr std::string_view kResultKeys[] = {"mentions",   "entities", "quotes",      "sentences",
                                            "paragraphs", "title",    "boilerplate", "error"};

constexpr int kNumResultKeys = sizeof kResultKeys / sizeof *kResultKeys;

// The bit of a result field's name, or 0 for any other name.
uint32_t ResultKeyBit(std::string_view key) {
  for (int k = 0; k < kNumResultKeys; ++k) {
    if (kResultKeys[k] == key) return uint32_t{1} << k;
  }
  return 0;
}

// A strict reader of one JSON object (RFC 8259): every value it passes
// through must be valid JSON, or the output line would not be.
class LineParser {
 public:
  explicit LineParser(std::string_view line) : line_(line) {}

  Status Parse(JsonlRecord* record) {
    SkipSpace();
    if (pos_ >= line_.size() || line_[pos_] != '{') return NotJson("expected an object");
    ++pos_;
    bool has_text = false;
    SkipSpace();
    if (Peek() == '}') {
      ++pos_;
    } else {
      while (true) {
        SkipSpace();
        const size_t member_start = pos_;
        std::string_view key;
        if (Peek() != '"' || !ReadKey(&key)) return NotJson(error_ ? error_ : "expected a key");
        SkipSpace();
        if (Peek() != ':') return NotJson("expected :");
        ++pos_;
        SkipSpace();
        const size_t value_start = pos_;
        if (key == "text") {
          if (Peek() != '"') {
            if (!SkipValue(0)) return NotJson(error_);
            return Status::InvalidArgument("\"text\" must be a string");
          }
          if (!ReadString(&record->text)) return NotJson(error_);
          has_text = true;
        } else if (!SkipValue(0)) {
          return NotJson(error_);
        }
        if (key == "id") {
          record->id = line_.substr(value_start, pos_ - value_start);
        } else if (key == "text") {
        } else if (const uint32_t bit = ResultKeyBit(key)) {
          record->shadowed_keys |= bit;
        } else {
          record->passthrough.push_back(line_.substr(member_start, pos_ - member_start));
        }
        keys_.push_back(key);
        SkipSpace();
        if (Peek() == ',') {
          ++pos_;
          continue;
        }
        if (Peek() == '}') {
          ++pos_;
          break;
        }
        return NotJson("expected , or }");
      }
    }
    SkipSpace();
    if (pos_ != line_.size()) return NotJson("text after the object");
    std::sort(keys_.begin(), keys_.end());
    const auto twice = std::adjacent_find(keys_.begin(), keys_.end());
    if (twice != keys_.end()) {
      return Status::InvalidArgument("member \"" + std::string(*twice) + "\" given twice");
    }
    if (!has_text) return Status::InvalidArgument("\"text\" must be a string (the line has no \"text\")");
    return Status::Ok();
  }

 private:
  static constexpr int kMaxDepth = 256;

  char Peek() const { return pos_ < line_.size() ? line_[pos_] : '\0'; }

  Status NotJson(const char* why) const {
    return Status::InvalidArgument(std::string("not JSON (") + why + " at byte " + std::to_string(pos_) + ")");
  }

  bool Fail(const char* why) {
    if (!error_) error_ = why;
    return false;
  }

  void SkipSpace() {
    while (pos_ < line_.size() &&
           (line_[pos_] == ' ' || line_[pos_] == '\t' || line_[pos_] == '\n' || line_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool SkipValue(int depth) {
    if (depth > kMaxDepth) return Fail("nested too deeply");
    switch (Peek()) {
      case '{':
        return SkipContainer('}', depth, true);
      case '[':
        return SkipContainer(']', depth, false);
      case '"':
        return ReadString(nullptr);
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return SkipNumber();
    }
  }

  bool SkipContainer(char close, int depth, bool object) {
    ++pos_;
    SkipSpace();
    if (Peek() == close) return ++pos_, true;
    while (true) {
      SkipSpace();
      if (object) {
        if (Peek() != '"' || !ReadString(nullptr)) return Fail("expected a key");
        SkipSpace();
        if (Peek() != ':') return Fail("expected :");
        ++pos_;
        SkipSpace();
      }
      if (!SkipValue(depth + 1)) return false;
      SkipSpace();
      const char c = Peek();
      ++pos_;
      if (c == close) return true;
      if (c != ',') return Fail(object ? "expected , or }" : "expected , or ]");
    }
  }

  bool Literal(std::string_view word) {
    if (line_.substr(pos_, word.size()) != word) return Fail("unknown literal");
    pos_ += word.size();
    return true;
  }

  bool Digits() {
    const size_t start = pos_;
    while (pos_ < line_.size() && line_[pos_] >= '0' && line_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool SkipNumber() {
    if (Peek() == '-') ++pos_;
    if (Peek() == '0') {
      ++pos_;
    } else if (!Digits()) {
      return Fail("unexpected character");
    }
    if (Peek() == '.') {
      ++pos_;
      if (!Digits()) return Fail("bad number");
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!Digits()) return Fail("bad number");
    }
    return true;
  }

  // A \u escape (after the "\u"), as one code point (ReadJsonUnicodeEscape).
  bool UnicodeEscape(uint32_t* code) { return ReadJsonUnicodeEscape(line_, &pos_, code) || Fail("bad \\u escape"); }

  // Reads a string at pos_ (a '"'), unescaped into `*out` unless it is null.
  bool ReadString(std::string* out) {
    ++pos_;
    while (pos_ < line_.size()) {
      // Copy the run up to the next quote, backslash or control character.
      const size_t run_start = pos_;
      while (pos_ < line_.size()) {
        const unsigned char c = static_cast<unsigned char>(line_[pos_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++pos_;
      }
      if (out) out->append(line_.data() + run_start, pos_ - run_start);
      if (pos_ >= line_.size()) break;
      const char c = line_[pos_++];
      if (c == '"') return true;
      if (c != '\\') return Fail("control character in a string");
      if (pos_ >= line_.size()) break;
      const char e = line_[pos_++];
      char plain = 0;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          plain = e;
          break;
        case 'b':
          plain = '\b';
          break;
        case 'f':
          plain = '\f';
          break;
        case 'n':
          plain = '\n';
          break;
        case 'r':
          plain = '\r';
          break;
        case 't':
          plain = '\t';
          break;
        case 'u': {
          uint32_t code = 0;
          if (!UnicodeEscape(&code)) return false;
          if (out) AppendUtf8(code, out);
          continue;
        }
        default:
          return Fail("bad escape");
      }
      if (out) out->push_back(plain);
    }
    return Fail("unterminated string");
  }

  // A member name: a view of the line when it has no escapes, else unescaped
  // into storage that lives as long as the parser.
  bool ReadKey(std::string_view* key) {
    const size_t start = pos_;
    if (!ReadString(nullptr)) return false;
    const std::string_view raw = line_.substr(start + 1, pos_ - start - 2);
    if (raw.find('\\') == std::string_view::npos) {
      *key = raw;
      return true;
    }
    pos_ = start;
    decoded_keys_.emplace_back();
    ReadString(&decoded_keys_.back());
    *key = decoded_keys_.back();
    return true;
  }

  std::string_view line_;
  size_t pos_ = 0;
  const char* error_ = nullptr;
  std::vector<std::string_view> keys_;
  std::deque<std::string> decoded_keys_;  // stable addresses for the views in keys_
};

}  // namespace

Status ParseJsonlRecord(std::string_view line, JsonlRecord* record) {
  *record = JsonlRecord();
  const Status utf8 = ValidateUtf8(line);
  if (!utf8.ok()) return Status::InvalidArgument("not JSON (" + utf8.message() + ")");
  LineParser parser(line);
  return parser.Parse(record);
}

std::vector<std::string_view> ResultKeysIn(uint32_t mask) {
  std::vector<std::string_view> keys;
  for (int k = 0; k < kNumResultKeys; ++k) {
    if (mask & (uint32_t{1} << k)) keys.push_back(kResultKeys[k]);
  }
  return keys;
}

std::string ResultKeyNames(uint32_t mask) {
  std::string names;
  for (std::string_view key : ResultKeysIn(mask)) {
    if (!names.empty()) names += ", ";
    names += '"' + std::string(key) + '"';
  }
  return names;
}

void AppendResultLine(const JsonlRecord& record, std::string_view result_json, std::string* out) {
  out->append("{\"id\":");
  out->append(record.id);
  for (std::string_view member : record.passthrough) {
    out->push_back(',');
    out->append(member);
  }
  // result_json is "{...}": its members follow ours.
  if (result_json.size() > 2) {
    out->push_back(',');
    out->append(result_json.substr(1));
  } else {
    out->push_back('}');
  }
  out->push_back('\n');
}

void AppendErrorLine(std::string_view id_json, std::string_view message, std::string* out) {
  out->append("{\"id\":");
  out->append(id_json);
  std::string error;
  JsonWriter json(&error);
  json.String(message);
  json.Finish();
  out->append(",\"error\":");
  out->append(error);
  out->append("}\n");
}

}  // namespace annotator
