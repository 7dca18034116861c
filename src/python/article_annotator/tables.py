"""A result as rows of four tables, ready for pandas: mentions, entities,
quotes and sources (who is quoted, how often and at what length, grouped as
the page's sources panel groups them: web/app/sources.js).

Every row starts with the article's id, so that the tables of many articles
concatenate and join: pandas.DataFrame(rows, columns=TABLE_COLUMNS[name]).
"""
import re

TABLE_COLUMNS = {
    "mentions": ["id", "mention", "start", "end", "text", "type", "entity", "boilerplate"],
    "entities": ["id", "entity", "type", "name", "mentions", "salience"],
    "quotes": ["id", "quote", "start", "end", "text", "kind", "speaker", "speaker_kind", "speaker_entity",
               "source", "cue", "content", "boilerplate"],
    "sources": ["id", "source", "kind", "entity", "entity_type", "quotes", "words"],
}

# A word as the page counts it: letters and digits, with inner ' ’ . - ("don't", "U.S.", "covid-19").
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def _word_count(text):
    return len(_WORD.findall(text))


def _speaker_name(quote, entities):
    """The speaker's entity's name, else the speaker's words, else ''."""
    speaker = quote.get("speaker")
    if not speaker:
        return ""
    entity = speaker.get("entity")
    if entity is not None and 0 <= entity < len(entities) and entities[entity]["name"]:
        return entities[entity]["name"]
    return speaker.get("text") or ""


def _quoted_words(quote):
    """The quotation's content (inside its marks) when marked, else all of it.
    Offsets are code points, so the content is a slice of the quotation's text."""
    content = quote.get("content")
    if content and content["end"] > content["start"]:
        return quote["text"][content["start"] - quote["start"]:content["end"] - quote["start"]]
    return quote["text"]


def _description_key(name):
    return re.sub(r"^(the|a|an)\s+", "", name.lower())


def _sources(result, article_id):
    """Rows of the sources table: named sources, then described ones, then the
    quotations nobody is credited with, each group most quoted first. Scare
    quotes (nobody's words) and quotations in page clutter are left out."""
    entities = result["entities"]
    by_key = {}
    unattributed = None
    for quote in result["quotes"]:
        if quote["kind"] == "scare" or quote["boilerplate"]:
            continue
        name = _speaker_name(quote, entities)
        speaker = quote.get("speaker")
        unresolved = speaker is not None and speaker["kind"] == "pronoun" and speaker["entity"] is None
        if not name or unresolved:
            if unattributed is None:
                unattributed = {"source": None, "kind": "unattributed", "entity": None, "quotes": 0, "words": 0}
            source = unattributed
        else:
            entity = speaker.get("entity")
            described = entity is None and speaker["kind"] == "description"
            key = ("e", entity) if entity is not None else ("d", _description_key(name)) if described else ("n", name)
            source = by_key.get(key)
            if source is None:
                source = by_key[key] = {"source": name, "kind": "described" if described else "named",
                                        "entity": entity, "quotes": 0, "words": 0}
        source["quotes"] += 1
        source["words"] += _word_count(_quoted_words(quote))
    ordered = sorted(by_key.values(), key=lambda s: (s["kind"] == "described", -s["quotes"], -s["words"]))
    if unattributed is not None:
        ordered.append(unattributed)
    return [{"id": article_id, "source": s["source"], "kind": s["kind"], "entity": s["entity"],
             "entity_type": entities[s["entity"]]["type"] if s["entity"] is not None else None,
             "quotes": s["quotes"], "words": s["words"]} for s in ordered]


def tables(result, id=None):
    """The rows of `result` (from annotate or annotate_many, code-point offsets)
    as {"mentions": [...], "entities": [...], "quotes": [...], "sources": [...]},
    each row a dict with the columns of TABLE_COLUMNS and `id` first."""
    if "error" in result:
        return {name: [] for name in TABLE_COLUMNS}
    entities = result["entities"]
    mentions = [{"id": id, "mention": i, "start": m["start"], "end": m["end"], "text": m["text"], "type": m["type"],
                 "entity": m["entity"], "boilerplate": m["boilerplate"]} for i, m in enumerate(result["mentions"])]
    entity_rows = [{"id": id, "entity": e["id"], "type": e["type"], "name": e["name"], "mentions": len(e["mentions"]),
                    "salience": e["salience"]} for e in entities]
    quotes = []
    for i, q in enumerate(result["quotes"]):
        speaker = q.get("speaker")
        quotes.append({
            "id": id, "quote": i, "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
            "speaker": speaker["text"] if speaker else None,
            "speaker_kind": speaker["kind"] if speaker else None,
            "speaker_entity": speaker["entity"] if speaker else None,
            "source": _speaker_name(q, entities) or None,
            "cue": q["cue"]["text"] if q.get("cue") else None,
            "content": _quoted_words(q),
            "boilerplate": q["boilerplate"],
        })
    return {"mentions": mentions, "entities": entity_rows, "quotes": quotes, "sources": _sources(result, id)}
