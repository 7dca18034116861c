"""Shared by the Python tests: where the package and the data are.

The package is imported from a CMake build configured with
-DANNOTATOR_PYTHON=ON (build/native/python) when there is one and
ANNOTATOR_PYTHON_INSTALLED is not set; otherwise the installed one is tested
(build-scripts/test installs it with `pip install .` into a virtual
environment and sets ANNOTATOR_PYTHON_INSTALLED).
Tests that read ../shared are skipped without it, saying what they need,
unless ANNOTATOR_REQUIRE_SHARED is set (build-scripts/test sets it when
../shared exists): then they run and fail."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
NATIVE_TOOL = os.path.join(ROOT, "build", "native", "annotate_native")
BUILT_PACKAGE = os.path.join(ROOT, "build", "native", "python")

if not os.environ.get("ANNOTATOR_PYTHON_INSTALLED") and os.path.isdir(os.path.join(BUILT_PACKAGE, "article_annotator")):
    sys.path.insert(0, BUILT_PACKAGE)
    # Dask's worker processes import it too.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [BUILT_PACKAGE, os.environ.get("PYTHONPATH")]))

# The dev sets of the agreement tests, and what each reads under ../shared.
DEV_SETS = {
    "polnear": "data/polnear/data/dev/text",
    "gum": "data/gum",
    "conll": "data/conll2003/eng.testa",
}


def shared_path(relative):
    """The path of `relative` under ../shared; skips the test when it is missing."""
    path = os.path.join(SHARED, relative)
    if not os.path.exists(path):
        if os.environ.get("ANNOTATOR_REQUIRE_SHARED"):
            pytest.fail(f"missing {path} (ANNOTATOR_REQUIRE_SHARED is set)")
        pytest.skip(f"needs ../shared/{relative}")
    return path


def built(path, how):
    """`path` of the repository's build; fails saying how to build it."""
    if not os.path.exists(path):
        pytest.fail(f"missing {os.path.relpath(path, ROOT)}: run {how} first")
    return path


@pytest.fixture(scope="session")
def sample():
    with open(shared_path("samples/000_044b7d87bb8897ac.txt"), encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="session")
def dev_documents():
    """{set: [{"set","name","text","result","sources"}]}: the dev sets' texts
    with the wasm build's results (web/annotator.js, code-point offsets) and
    the page's sources panel (tests/python/dev_sets.mjs)."""
    for relative in DEV_SETS.values():
        shared_path(relative)
    built(os.path.join(ROOT, "web", "annotator.wasm"), "build-scripts/build")
    output = subprocess.run(["node", os.path.join(ROOT, "tests", "python", "dev_sets.mjs"), *DEV_SETS],
                            check=True, capture_output=True, text=True, encoding="utf-8").stdout
    documents = {name: [] for name in DEV_SETS}
    for line in output.splitlines():
        document = json.loads(line)
        documents[document["set"]].append(document)
    return documents
