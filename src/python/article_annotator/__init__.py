"""Article Annotator: who and what a news article names, and who said what.

    import article_annotator
    result = article_annotator.annotate(text)     # dicts and lists, the JS API's schema
    for m in result["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]   # offsets count code points

    for result in article_annotator.annotate_many(texts, threads=4):   # in order, bounded memory
        ...

    article_annotator.tables(result, id="a1")     # rows for pandas: mentions, entities, quotes, sources
    article_annotator.annotate(text, as_json=True) # the result's JSON text, as the native tools write it

The core is the same C++ that the browser runs as WebAssembly; results are
identical. The GIL is released while the core annotates. Bad input raises:
TypeError for a text that is not a str, ValueError for a text over
max_text_bytes of UTF-8 or with a lone surrogate (not Unicode text), and for
an unknown offsets unit. annotate_many(..., errors="include") yields
{"error": "annotate_many: item N: ..."} for a bad item instead of raising.
"""
from ._core import annotate, annotate_many, core_version, max_text_bytes, model_version, version
from .tables import TABLE_COLUMNS, tables

__version__ = core_version
__all__ = ["annotate", "annotate_many", "tables", "TABLE_COLUMNS", "core_version", "model_version", "version",
           "max_text_bytes", "__version__"]
