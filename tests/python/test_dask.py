"""The Dask recipe on a LocalCluster of two worker processes: the same lines
as one process and as the native batch tool, the tables as pandas reads them."""
import io
import json
import os
import re
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


def without_location(message):
    """An error message without where its line is ("articles.jsonl line 7: ",
    natively; "articles.jsonl byte 1234: " from a partition)."""
    return re.sub(r"^.*? (line|byte) \d+: ", "", message)


def same_answers(ours, native, input_bytes):
    """The native tool's lines, but that an error says where its line starts
    by byte rather than by line number."""
    assert len(ours) == len(native)
    line_starts = [0] + [i + 1 for i, b in enumerate(input_bytes) if b == ord("\n")]
    for mine, theirs in zip(ours, native):
        if "error" in theirs:
            assert list(mine) == ["id", "error"] and mine["id"] == theirs["id"], (mine, theirs)
            assert without_location(mine["error"]) == without_location(theirs["error"]), (mine, theirs)
            line = int(re.match(r".*? line (\d+): ", theirs["error"]).group(1))
            byte = int(re.match(r".*? byte (\d+): ", mine["error"]).group(1))
            assert byte == line_starts[line - 1], (mine, theirs)
        else:
            assert mine == theirs


def same_results(ours, theirs):
    """Equal results, and errors on the same lines (with messages of their own)."""
    assert len(ours) == len(theirs)
    for mine, other in zip(ours, theirs):
        if "error" in other:
            assert list(mine) == ["id", "error"], (mine, other)
        else:
            assert mine == other


def test_two_workers_write_what_one_process_writes_and_the_native_tool_answers(articles, tmp_path):
    one = tmp_path / "one"
    with dask.config.set(scheduler="synchronous"):
        counts = aa_dask.run([str(articles)], str(one), blocksize="64KiB")
    assert counts == (84 + len(BAD_LINES), 3)  # the lone surrogate is U+FFFD, as natively
    results_only = tmp_path / "results-only"
    with dask.config.set(scheduler="synchronous"):
        assert aa_dask.run([str(articles)], str(results_only), blocksize="64KiB", tables=False) == counts
    assert os.listdir(results_only) == ["results"]
    assert files_of(results_only / "results") == files_of(one / "results")

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
    same_answers(read_lines(two / "results"), [json.loads(line) for line in native.splitlines()],
                 articles.read_bytes())

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
        same_results(read_lines(tmp_path / "results"), expected)

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


def test_byte_ranges_give_every_line_once_however_the_file_is_cut():
    lines = [b'{"id":%d,"text":"%s"}\n' % (i, b"x" * (i * 7 % 23)) for i in range(40)]
    lines[5] = b"\n"  # blank
    lines[9] = b'{"id":9,"text":"a"}\r\n'
    data = b"".join(lines) + b'{"id":"last","text":"no line break"}'
    for size in (1, 2, 7, 30, 64, len(data) - 1, len(data), 10 ** 6):
        pieces = []
        for start in range(0, len(data), size):
            end = start + size if start + size < len(data) else None
            pieces.extend(aa_dask._line_pieces(io.BytesIO(data), start, end, piece_bytes=16))
        assert b"".join(p for _, p in pieces) == data, size
        assert all(data[offset:offset + len(p)] == p for offset, p in pieces), size
        assert all(offset == 0 or data[offset - 1:offset] == b"\n" for offset, _ in pieces), size


def test_a_line_over_the_limit_is_cut_for_the_core_to_refuse_and_skipped():
    data = b'{"id":1,"text":"a"}\n' + b"y" * 100 + b'\n{"id":2,"text":"b"}\n'
    pieces = list(aa_dask._line_pieces(io.BytesIO(data), 0, None, piece_bytes=16, limit=40))
    assert b"".join(p for _, p in pieces if len(p) <= 40) == b'{"id":1,"text":"a"}\n{"id":2,"text":"b"}\n'
    assert [(offset, len(p)) for offset, p in pieces if len(p) > 40] == [(20, 41)]


def test_annotate_jsonl_gives_the_native_lines_in_cpp(tmp_path):
    lines = (b'{"id":"a","outlet":{"x": [1, 2]},"text":"Angela Merkel said \\"we will\\" in Berlin."}\n'
             b"\n"
             b'{"id":"b","text":7}\r\n'
             b'{"id":"c","text":"Olaf Scholz visited Paris.","title":"dropped"}')
    out, articles, failed, shadowed = aa._core.annotate_jsonl(lines, "codepoint", "in.jsonl", 1000)
    assert (articles, failed, shadowed) == (3, 1, ["title"])
    path = tmp_path / "in.jsonl"
    path.write_bytes(lines)
    native = subprocess.run([built(NATIVE_TOOL, "build-scripts/build"), "--jsonl", "--offsets", "codepoint",
                             "--no-progress", str(path)], capture_output=True).stdout
    ours, theirs = out.decode().splitlines(), native.decode().splitlines()
    assert ours[0] == theirs[0] and ours[2] == theirs[2]  # byte for byte, the outlet's spaces kept
    where = 1000 + lines.index(b'{"id":"b"')
    assert json.loads(ours[1]) == {"id": "b", "error": f'in.jsonl byte {where}: "text" must be a string'}
    assert without_location(json.loads(theirs[1])["error"]) == '"text" must be a string'

    assert json.loads(ours[0])["mentions"][0]["text"] == "Angela Merkel"


def test_other_names_of_the_id_and_the_text_give_the_same_results(articles, tmp_path):
    renamed = tmp_path / "renamed.jsonl"
    with open(articles, encoding="utf-8") as lines, open(renamed, "w", encoding="utf-8") as out:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                line = json.dumps({"doc": record.pop("id"), "body": record.pop("text"), **record}) + "\n"
            out.write(line)
    with dask.config.set(scheduler="synchronous"):
        aa_dask.run([str(articles)], str(tmp_path / "usual"), blocksize="64KiB", tables=False)
        aa_dask.run([str(renamed)], str(tmp_path / "renamed"), blocksize="64KiB", tables=False,
                    text_field="body", id_field="doc")
    same_results(read_lines(tmp_path / "renamed" / "results"), read_lines(tmp_path / "usual" / "results"))
