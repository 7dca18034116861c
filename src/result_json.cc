#include "result_json.h"

#include "json_writer.h"
#include "language.h"

namespace annotator {
namespace {

// Writes the parts of the result; every offset passes through `converter_`.
class ResultWriter {
 public:
  ResultWriter(const Document& doc, OffsetUnit unit, std::string* out)
      : doc_(doc), converter_(doc.text, unit), json_(out) {}

  void Write() {
    json_.BeginObject();
    json_.Key("mentions");
    Mentions();
    json_.Key("entities");
    Entities();
    json_.Key("quotes");
    Quotes();
    json_.Key("sentences");
    Ranges(doc_.sentences);
    json_.Key("paragraphs");
    Ranges(doc_.paragraphs);
    json_.Key("title");
    SpanOrNull(doc_.title);
    json_.Key("boilerplate");
    Boilerplate();
    json_.Key("language");
    json_.String(LanguageName(doc_));
    json_.EndObject();
    json_.Finish();
  }

 private:
  // "start":…,"end":… inside an open object.
  void RangeFields(Span span) {
    json_.Key("start");
    json_.Uint(converter_.Convert(span.begin));
    json_.Key("end");
    json_.Uint(converter_.Convert(span.end));
  }
  void TextFields(Span span) {
    RangeFields(span);
    json_.Key("text");
    json_.String(doc_.Text(span));
  }
  void EntityId(int32_t index) {
    if (index < 0)
      json_.Null();
    else
      json_.Uint(static_cast<uint32_t>(index));
  }
  // {"start","end","text"}, or null when the span is empty (unknown).
  void SpanOrNull(Span span) {
    if (span.empty()) return json_.Null();
    json_.BeginObject();
    TextFields(span);
    json_.EndObject();
  }

  void Mentions() {
    json_.BeginArray();
    for (const Mention& mention : doc_.mentions) {
      json_.BeginObject();
      TextFields(mention.span);
      json_.Key("type");
      json_.String(EntityTypeName(mention.type));
      json_.Key("entity");
      EntityId(mention.entity);
      json_.Key("boilerplate");
      json_.Bool(mention.boilerplate);
      json_.EndObject();
    }
    json_.EndArray();
  }

  void Entities() {
    json_.BeginArray();
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& entity = doc_.entities[i];
      json_.BeginObject();
      json_.Key("id");
      json_.Uint(i);
      json_.Key("type");
      json_.String(EntityTypeName(entity.type));
      json_.Key("name");
      json_.String(doc_.Text(entity.name));
      json_.Key("mentions");
      json_.BeginArray();
      for (int32_t m : entity.mentions) json_.Uint(static_cast<uint32_t>(m));
      json_.EndArray();
      json_.Key("salience");
      json_.Double(entity.salience);
      json_.EndObject();
    }
    json_.EndArray();
  }

  void Quotes() {
    json_.BeginArray();
    for (const Quote& quote : doc_.quotes) {
      json_.BeginObject();
      TextFields(quote.span);
      json_.Key("kind");
      json_.String(QuoteKindName(quote.kind));
      json_.Key("speaker");
      if (quote.speaker.empty()) {
        json_.Null();
      } else {
        json_.BeginObject();
        TextFields(quote.speaker);
        json_.Key("kind");
        json_.String(SpeakerKindName(quote.speaker_kind));
        json_.Key("entity");
        EntityId(quote.speaker_entity);
        json_.EndObject();
      }
      json_.Key("cue");
      SpanOrNull(quote.cue);
      json_.Key("content");
      json_.BeginObject();
      RangeFields(quote.content);
      json_.EndObject();
      json_.Key("boilerplate");
      json_.Bool(quote.boilerplate);
      json_.EndObject();
    }
    json_.EndArray();
  }

  void Ranges(const std::vector<Span>& spans) {
    json_.BeginArray();
    for (Span span : spans) {
      json_.BeginObject();
      RangeFields(span);
      json_.EndObject();
    }
    json_.EndArray();
  }

  void Boilerplate() {
    json_.BeginArray();
    for (const BoilerplateBlock& block : doc_.boilerplate) {
      json_.BeginObject();
      RangeFields(block.span);
      json_.Key("kind");
      json_.String(block.kind);
      json_.EndObject();
    }
    json_.EndArray();
  }

  const Document& doc_;
  OffsetConverter converter_;
  JsonWriter json_;
};

}  // namespace

std::string ResultJson(const Document& doc, OffsetUnit unit) {
  std::string out;
  // The JSON runs to about three or four times the text (the sample article:
  // 6 KB of text, 20 KB of JSON); one reservation avoids regrowing a large
  // result many times.
  out.reserve(doc.text.size() * 4 + 256);
  ResultWriter(doc, unit, &out).Write();
  return out;
}

}  // namespace annotator
