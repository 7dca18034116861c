"""The Dask recipe on a LocalCluster of two worker processes: the same lines
as one process and as the native batch tool, the tables as pandas reads them."""
import json
import os
import subprocess
import sys

import pytest

from conftest import NATIVE_TOOL, ROOT, built, shared_path

dask = pytest.importorskip("dask", reason="needs Dask (Debian: python3-dask python3-distributed)")
pd = pytest.importorskip("pandas")
from dask.distributed import Client, LocalCluster  # noqa: E402

import article_annotator as aa  # noqa: E402
from article_annotator import dask as aa_dask  # noqa: E402

BAD_LINES = [
    '{"id": "not-json", "text": "Angela Merkel said',  # cut short
    '["an", "array"]',
    '{"id": 7, "text": 7}',
    '{"id": "lone", "text": "Olaf Scholz said \\ud800 \\"we will\\" in Berlin.", "title": "dropped"}',
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """The PolNeAR dev articles as JSONL, each with an outlet passed through,
    and among them lines the tools must answer with an error."""
    directory = shared_path("data/polnear/data/dev/text")
    lines = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            lines.append(json.dumps({"id": name, "outlet": name.split("_")[0], "text": f.read()}))
    for i, bad in enumerate(BAD_LINES):
        lines.insert(10 + 20 * i, bad)
    path = tmp_path_factory.mktemp("dask") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_lines(directory):
    lines = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            lines.extend(json.loads(line) for line in f)
    return lines


def files_of(directory):
    return {os.path.relpath(os.path.join(d, f), directory): open(os.path.join(d, f), "rb").read()
            for d, _, names in os.walk(directory) for f in names}


def same_answers(ours, native):
    """Results equal; errors on the same lines, with the same ids but where
    the line is not JSON (the native tool reads an id before the error; json
    reads nothing), and messages of their own (the native tool's say where
    the line is)."""
    assert len(ours) == len(native)
    for mine, theirs in zip(ours, native):
        if "error" in theirs:
            assert list(mine) == ["id", "error"], (mine, theirs)
            assert mine["id"] == theirs["id"] or mine["error"].startswith("not JSON"), (mine, theirs)
        else:
            assert mine == theirs


def test_two_workers_write_what_one_process_writes_and_the_native_tool_answers(articles, tmp_path):
    one = tmp_path / "one"
    with dask.config.set(scheduler="synchronous"):
        counts = aa_dask.run([str(articles)], str(one), blocksize="64KiB")
    assert counts == (84 + len(BAD_LINES), 3)  # the lone surrogate is U+FFFD, as natively

    two = tmp_path / "two"
    env = {**os.environ, "PYTHON": sys.executable}
    run = subprocess.run([os.path.join(ROOT, "build-scripts", "annotate-dask"), str(articles), "--out", str(two),
                          "--workers", "2", "--blocksize", "64KiB"],
                         env=env, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr  # some lines failed
    assert f"{84 + len(BAD_LINES)} articles (3 failed)" in run.stderr
    assert len(os.listdir(two / "results")) >= 5  # several partitions, so both workers had some
    assert files_of(two) == files_of(one)

    native = subprocess.run([built(NATIVE_TOOL, "build-scripts/build"), "--jsonl", "--offsets", "codepoint",
                             "--no-progress", str(articles)], capture_output=True).stdout.decode()
    same_answers(read_lines(two / "results"), [json.loads(line) for line in native.splitlines()])

    results = read_lines(two / "results")
    assert results[0]["outlet"] == "breitbart"
    lone = [r for r in results if r["id"] == "lone"][0]
    assert "title" in lone and lone["title"] != "dropped" and lone["mentions"][0]["text"] == "Olaf Scholz"
    for table, columns in aa.TABLE_COLUMNS.items():
        rows = read_lines(two / table)
        assert rows == [row for r in results for row in aa.tables(r, r["id"])[table]], table
        assert rows and all(list(row) == columns for row in rows), table
    assert len(read_lines(two / "mentions")) == sum(len(r.get("mentions", [])) for r in results)


def test_the_library_recipe_on_a_cluster_gives_the_tables_as_dask_frames(articles, tmp_path):
    import dask.bag as db

    expected = list(aa_dask.annotate_records(aa_dask._parse_line(line) for line in open(articles, encoding="utf-8")))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        # The script pointed at a running scheduler, as at a real cluster's.
        run = subprocess.run([os.path.join(ROOT, "build-scripts", "annotate-dask"), str(articles),
                              "--out", str(tmp_path), "--scheduler", cluster.scheduler_address, "--blocksize", "64KiB"],
                             env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True)
        assert run.returncode == 1 and f"{len(expected)} articles (3 failed)" in run.stderr, run.stderr
        assert read_lines(tmp_path / "results") == expected

        records = db.read_text(str(articles), blocksize="64KiB").map(aa_dask._parse_line)
        results = aa_dask.annotate_bag(records)
        assert results.npartitions >= 5
        assert results.compute() == expected
        sources = aa_dask.table_frames(results)["sources"]
        top = sources[sources.kind == "named"].groupby("source").quotes.sum().compute()
    rows = [row for r in expected for row in aa.tables(r, r["id"])["sources"] if row["kind"] == "named"]
    assert top.to_dict() == pd.DataFrame(rows).groupby("source").quotes.sum().to_dict()
    assert top.max() >= 10  # the candidates of 2016 are quoted across the dev articles


def test_parquet_tables_need_pyarrow_and_say_so(articles, tmp_path):
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        run = subprocess.run([os.path.join(ROOT, "build-scripts", "annotate-dask"), str(articles),
                              "--out", str(tmp_path), "--format", "parquet"],
                             env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True)
        assert run.returncode == 2 and "--format parquet needs pyarrow" in run.stderr
        return
    with dask.config.set(scheduler="synchronous"):
        aa_dask.run([str(articles)], str(tmp_path / "jsonl"), blocksize="64KiB")
        aa_dask.run([str(articles)], str(tmp_path / "parquet"), "parquet", blocksize="64KiB")
    for table in aa.TABLE_COLUMNS:
        frame = pd.read_parquet(tmp_path / "parquet" / table)
        assert frame.to_dict("records") == read_lines(tmp_path / "jsonl" / table)
