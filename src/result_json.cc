#include "result_json.h"

#include <nlohmann/json.hpp>

namespace annotator {
namespace {

// Insertion order keeps the output in the documented field order.
using json = nlohmann::ordered_json;

class SpanWriter {
 public:
  SpanWriter(const Document& doc, OffsetUnit unit)
      : doc_(doc), converter_(doc.text, unit) {}

  // {"start","end"} in the caller's unit.
  json Range(Span span) const {
    return json{{"start", converter_.Convert(span.begin)},
                {"end", converter_.Convert(span.end)}};
  }
  // {"start","end","text"}.
  json WithText(Span span) const {
    json out = Range(span);
    out["text"] = std::string(doc_.Text(span));
    return out;
  }
  // A span with text, or null when the span is empty (unknown).
  json OrNull(Span span) const { return span.empty() ? json(nullptr) : WithText(span); }

 private:
  const Document& doc_;
  OffsetConverter converter_;
};

json EntityId(int32_t index) { return index < 0 ? json(nullptr) : json(index); }

json Mentions(const Document& doc, const SpanWriter& writer) {
  json out = json::array();
  for (const Mention& mention : doc.mentions) {
    json item = writer.WithText(mention.span);
    item["type"] = EntityTypeName(mention.type);
    item["entity"] = EntityId(mention.entity);
    item["boilerplate"] = mention.boilerplate;
    out.push_back(std::move(item));
  }
  return out;
}

json Entities(const Document& doc) {
  json out = json::array();
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& entity = doc.entities[i];
    out.push_back({{"id", i},
                   {"type", EntityTypeName(entity.type)},
                   {"name", std::string(doc.Text(entity.name))},
                   {"mentions", entity.mentions},
                   {"salience", entity.salience}});
  }
  return out;
}

json Quotes(const Document& doc, const SpanWriter& writer) {
  json out = json::array();
  for (const Quote& quote : doc.quotes) {
    json item = writer.WithText(quote.span);
    item["kind"] = QuoteKindName(quote.kind);
    json speaker = writer.OrNull(quote.speaker);
    if (!speaker.is_null()) speaker["entity"] = EntityId(quote.speaker_entity);
    item["speaker"] = std::move(speaker);
    item["cue"] = writer.OrNull(quote.cue);
    item["content"] = writer.Range(quote.content);
    item["boilerplate"] = quote.boilerplate;
    out.push_back(std::move(item));
  }
  return out;
}

json Ranges(const std::vector<Span>& spans, const SpanWriter& writer) {
  json out = json::array();
  for (Span span : spans) out.push_back(writer.Range(span));
  return out;
}

json Boilerplate(const Document& doc, const SpanWriter& writer) {
  json out = json::array();
  for (const BoilerplateBlock& block : doc.boilerplate) {
    json item = writer.Range(block.span);
    item["kind"] = block.kind;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

std::string ResultJson(const Document& doc, OffsetUnit unit) {
  SpanWriter writer(doc, unit);
  json result = {{"mentions", Mentions(doc, writer)},
                 {"entities", Entities(doc)},
                 {"quotes", Quotes(doc, writer)},
                 {"sentences", Ranges(doc.sentences, writer)},
                 {"paragraphs", Ranges(doc.paragraphs, writer)},
                 {"title", writer.OrNull(doc.title)},
                 {"boilerplate", Boilerplate(doc, writer)}};
  // Replace, never throw, should a caller's text hold bytes that are not
  // UTF-8 (the pipeline rejects those before we get here).
  return result.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace annotator
