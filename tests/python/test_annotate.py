"""The Python package on the sample article and on bad input."""
import json
import os
import re
import threading
import time

import pytest

import article_annotator as aa

SAMPLE_QUOTES = [  # the five quotations of the sample article, in text order
    "‘self-reliance’",
    "“self-reliance and self-strengthening”",
    "“strengthen basic research”",
    "“make pinpointed efforts”",
    "“a game of rich countries, rich companies and rich people in rich countries”",
]


def spans(result):
    for mention in result["mentions"]:
        yield mention
    for quote in result["quotes"]:
        yield quote
        if quote["speaker"]:
            yield quote["speaker"]
        if quote["cue"]:
            yield quote["cue"]
    if result["title"]:
        yield result["title"]


def test_sample_article_names_and_quotations(sample):
    result = aa.annotate(sample)
    assert set(result) == {"mentions", "entities", "quotes", "sentences", "paragraphs", "title", "boilerplate",
                           "language"}
    assert result["language"] == "en"
    assert [q["text"] for q in result["quotes"] if q["kind"] != "indirect"] == SAMPLE_QUOTES
    names = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert "Xi Jinping" in names
    assert result["entities"][0]["name"] == "Xi Jinping"  # the most salient
    for span in spans(result):  # code points: Python slicing cuts each span's own text
        assert sample[span["start"]:span["end"]] == span["text"]


def test_offsets_in_every_unit_cut_the_same_spans():
    text = "😀 Angela Merkel said “we will manage” in Berlin.\n"
    by_unit = {unit: aa.annotate(text, offsets=unit) for unit in ["codepoint", "utf16", "utf8"]}
    utf16 = text.encode("utf-16-le")
    utf8 = text.encode("utf-8")
    for mention in by_unit["utf16"]["mentions"]:
        assert utf16[2 * mention["start"]:2 * mention["end"]].decode("utf-16-le") == mention["text"]
    for mention in by_unit["utf8"]["mentions"]:
        assert utf8[mention["start"]:mention["end"]].decode("utf-8") == mention["text"]
    merkel = [m for m in by_unit["codepoint"]["mentions"] if m["text"] == "Angela Merkel"][0]
    assert (merkel["start"], merkel["type"]) == (2, "PERSON")
    assert by_unit["utf16"]["mentions"][0]["start"] == 3  # the emoji is two UTF-16 units
    assert by_unit["utf8"]["mentions"][0]["start"] == 5  # and four bytes


def test_as_json_gives_the_same_result_as_json_text(sample):
    import json

    assert json.loads(aa.annotate(sample, as_json=True)) == aa.annotate(sample)
    texts = [sample[:1000], 7, sample]
    as_text = list(aa.annotate_many(texts, threads=2, errors="include", as_json=True))
    assert json.loads(as_text[0]) == aa.annotate(sample[:1000])
    assert as_text[1] == {"error": "annotate_many: item 1: text must be a str, got int"}  # errors stay dicts
    assert json.loads(as_text[2]) == aa.annotate(sample)


def test_versions_name_the_core_and_the_models():
    assert aa.__version__ == aa.core_version
    assert aa.core_version.count(".") == 2
    assert aa.model_version.startswith("ner-") and "+attr-" in aa.model_version and "+page-" in aa.model_version
    assert aa.version == f"{aa.core_version}+{aa.model_version}"
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "package.json"), encoding="utf-8") as package:
        assert aa.core_version == json.load(package)["version"]
    assert aa.max_text_bytes == 16 << 20


@pytest.mark.parametrize("bad, error, message", [
    (b"bytes", TypeError, "text must be a str, got bytes (decode bytes first"),
    (None, TypeError, "text must be a str, got NoneType"),
    (42, TypeError, "text must be a str, got int"),
    ("abc\udc80def", ValueError, "lone surrogate (U+DC80) at code point 3"),
])
def test_bad_text_is_a_clear_exception(bad, error, message):
    with pytest.raises(error, match=re.escape(message)):
        aa.annotate(bad)


def test_a_text_over_the_limit_is_refused_with_its_size():
    with pytest.raises(ValueError, match=r"the text is 16\.0 MiB \(16777217 bytes of UTF-8\); the limit is 16 MiB"):
        aa.annotate("a" * (aa.max_text_bytes + 1))
    # The limit counts bytes of UTF-8, not code points: 9 million "é" are 18 million bytes.
    with pytest.raises(ValueError, match=r"\(18000000 bytes of UTF-8\)"):
        aa.annotate("é" * 9_000_000)


def test_an_unknown_offset_unit_is_refused():
    with pytest.raises(ValueError, match='offsets must be "codepoint", "utf16" or "utf8", got \'bytes\''):
        aa.annotate("x", offsets="bytes")
    with pytest.raises(ValueError, match="offsets must be"):
        aa.annotate_many(["x"], offsets=None)


def test_annotate_many_gives_annotate_results_in_order_on_any_number_of_threads(sample):
    texts = [sample[: len(sample) * k // 7] for k in range(1, 8)] * 3
    expected = [aa.annotate(t) for t in texts]
    for threads in (1, 2, 3):
        assert list(aa.annotate_many(texts, threads=threads, window=4)) == expected


def test_annotate_many_reads_its_input_lazily_within_the_window():
    pulled = []

    def texts():
        for i in range(1000):
            pulled.append(i)
            yield f"Angela Merkel spoke in Berlin on day {i}."

    results = aa.annotate_many(texts(), threads=2, window=5)
    first = next(results)
    assert first["mentions"][0]["text"] == "Angela Merkel"
    assert len(pulled) <= 6  # the window, and no more
    assert sum(1 for _ in results) == 999


def test_annotate_many_bad_items_raise_at_their_place_or_are_included():
    texts = ["President Xi Jinping spoke.", 7, "Angela Merkel left.", "\ud800", "Joe Biden came."]
    results = aa.annotate_many(texts, threads=2)
    assert next(results)["mentions"][0]["text"] == "Xi Jinping"
    with pytest.raises(TypeError, match="annotate_many: item 1: text must be a str, got int"):
        next(results)
    included = list(aa.annotate_many(texts, threads=2, errors="include"))
    assert [list(r) for r in included][1] == ["error"]
    assert included[3] == {"error": included[3]["error"]}
    assert "annotate_many: item 3: text has a lone surrogate (U+D800) at code point 0" in included[3]["error"]
    assert included[4]["mentions"][0]["text"] == "Joe Biden"
    with pytest.raises(ValueError, match='errors must be "raise" or "include"'):
        aa.annotate_many(texts, errors="ignore")


def test_annotating_releases_the_gil(sample):
    # While the core annotates a long text on another thread, this thread
    # must keep running Python: with the GIL held it would stand still from
    # the call's start to its end.
    text = sample * 300  # about 3 MB: half a second or more of annotation at native speed
    call = {}
    ticks = []

    def annotate():
        call["start"] = time.perf_counter()
        aa.annotate(text)
        call["end"] = time.perf_counter()

    worker = threading.Thread(target=annotate)
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    inside = [t for t in ticks if call["start"] + 0.01 < t < call["end"] - 0.01]
    assert call["end"] - call["start"] > 0.1
    assert len(inside) > 1000
