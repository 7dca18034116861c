"""Every path gives the wasm build's result on the dev sets: the Python
package (annotate, annotate_many), the native batch tool, and the sources
table beside the page's sources panel."""
import json
import subprocess

import pytest

import article_annotator as aa
from conftest import DEV_SETS, NATIVE_TOOL, built

SETS = list(DEV_SETS)


def test_the_dev_sets_are_all_there(dev_documents):
    # PolNeAR dev has 84 articles, GUM dev 24 documents less its Reddit ones,
    # CoNLL-2003 eng.testa 216 documents: a set read short would pass the rest.
    counts = {name: len(docs) for name, docs in dev_documents.items()}
    assert counts["polnear"] == 84
    assert counts["gum"] >= 20
    assert counts["conll"] == 216
    assert sum(len(d["result"]["quotes"]) for d in dev_documents["polnear"]) > 500


@pytest.mark.parametrize("set_name", SETS)
def test_annotate_gives_the_wasm_result(dev_documents, set_name):
    for document in dev_documents[set_name]:
        assert aa.annotate(document["text"]) == document["result"], document["name"]


@pytest.mark.parametrize("set_name", SETS)
def test_annotate_many_on_two_threads_gives_the_wasm_results(dev_documents, set_name):
    documents = dev_documents[set_name]
    results = list(aa.annotate_many((d["text"] for d in documents), threads=2))
    assert len(results) == len(documents)
    for document, result in zip(documents, results):
        assert result == document["result"], document["name"]


@pytest.mark.parametrize("set_name", SETS)
def test_the_native_batch_tool_gives_the_wasm_results(dev_documents, set_name):
    tool = built(NATIVE_TOOL, "build-scripts/build")
    documents = dev_documents[set_name]
    lines = "".join(json.dumps({"id": d["name"], "text": d["text"], "set": set_name}) + "\n" for d in documents)
    output = subprocess.run([tool, "--jsonl", "--threads", "2", "--offsets", "codepoint", "--no-progress"],
                            input=lines.encode(), check=True, capture_output=True).stdout.decode()
    answers = [json.loads(line) for line in output.splitlines()]
    assert len(answers) == len(documents)
    for document, answer in zip(documents, answers):
        assert answer.pop("id") == document["name"]
        assert answer.pop("set") == set_name  # passed through
        assert answer == document["result"], document["name"]


@pytest.mark.parametrize("set_name", ["polnear", "gum"])
def test_the_sources_table_lists_what_the_page_lists(dev_documents, set_name):
    compared = 0
    for document in dev_documents[set_name]:
        rows = aa.tables(document["result"], id=document["name"])["sources"]
        assert [{k: v for k, v in row.items() if k not in ("id", "entity_type")} for row in rows] \
            == document["sources"], document["name"]
        compared += len(rows)
    assert compared > 50
