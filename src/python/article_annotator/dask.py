"""Annotating an archive on a Dask cluster (a laptop's cores or many machines).

As a library, inside your own Dask code:

    import json
    import dask.bag as db
    from dask.distributed import Client
    from article_annotator.dask import annotate_bag, table_frames

    client = Client("tcp://scheduler:8786")            # or Client() for this machine's cores
    articles = db.read_text("archive/*.jsonl", blocksize="8MiB").map(json.loads)
    results = annotate_bag(articles)                    # {"id", ...result} per article, in order
    sources = table_frames(results)["sources"]          # a dask DataFrame
    sources.groupby("source").quotes.sum().nlargest(20).compute()

As a program (build-scripts/annotate-dask runs it):

    python3 -m article_annotator.dask IN.jsonl... --out DIR [--scheduler tcp://host:8786 | --workers N]

writes DIR/results/NNNNN.jsonl (one {"id",...result} line per article, the
lines of `annotate_native --jsonl --offsets codepoint`) and DIR/mentions,
DIR/entities, DIR/quotes, DIR/sources/NNNNN.jsonl (or .parquet with
--format parquet), one file per partition in input order. Each worker
streams its partition through annotate_many, so its memory is that of one
partition of input and a window of articles, whatever the size of the archive.
"""
import argparse
import collections
import json
import os
import re
import sys
import time

import article_annotator
from article_annotator.tables import TABLE_COLUMNS, tables

DEFAULT_BLOCKSIZE = "8MiB"
# The members of a result (and "error"): a record's member of one of these
# names is not kept, as the native tool drops it, so that no line has a key twice.
RESULT_KEYS = frozenset(["mentions", "entities", "quotes", "sentences", "paragraphs", "title", "boilerplate",
                         "error"])
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# One encoder for every line: json.dumps with options makes a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def annotate_records(records, threads=1, offsets="codepoint", text_field="text", id_field="id"):
    """Yields {"id", <other fields>, ...result} for each record (a dict with a
    text), in order; a bad record yields {"id", "error"} instead. The fields
    other than the text are kept, but for those a result field shadows."""
    for head, result_json in _annotated(records, threads, offsets, text_field, id_field):
        yield {**head, **json.loads(result_json)} if result_json is not None else head


def _annotated(records, threads, offsets, text_field, id_field):
    """Yields (head, result_json) for each record, in order: head is {"id",
    <other fields>} and result_json the core's JSON text of the result, or
    head is {"id", "error"} and result_json None."""
    records = iter(records)
    pending = collections.deque()  # the records whose texts are in flight, oldest first

    def texts():
        for record in records:
            pending.append(record)
            yield _unicode_text(record.get(text_field)) if isinstance(record, dict) else None

    for result in article_annotator.annotate_many(texts(), threads=threads, offsets=offsets, errors="include",
                                                  as_json=True):
        record = pending.popleft()
        if isinstance(record, _BadLine):
            yield {"id": None, "error": record.message}, None
            continue
        if not isinstance(record, dict):
            yield {"id": None, "error": "not a record with a text: " + type(record).__name__}, None
            continue
        article_id = record.get(id_field)
        if not isinstance(result, str):
            # "annotate_many: item N: why": N counts within a partition, so only the why.
            yield {"id": article_id, "error": result["error"].split(": ", 2)[-1]}, None
            continue
        kept = {k: v for k, v in record.items() if k not in (text_field, id_field) and k not in RESULT_KEYS}
        yield {"id": article_id, **kept}, result


def _unicode_text(text):
    """`text` with any lone surrogate (from a JSON escape such as "\\ud800",
    which json.loads keeps) made U+FFFD, as the native tool and the JS API
    read it; anything else as it is."""
    if isinstance(text, str):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def annotate_bag(bag, threads=1, offsets="codepoint", text_field="text", id_field="id"):
    """A bag of records ({"id","text",...}) -> a bag of results, partition by
    partition, on every worker. `threads` annotating threads per task: keep 1
    with one Dask thread per core, as Dask already runs a task per core."""
    return bag.map_partitions(lambda part: list(annotate_records(part, threads, offsets, text_field, id_field)))


def table_frames(results):
    """The four tables of a bag of results as dask DataFrames ({name: frame})."""
    import pandas as pd

    frames = {}
    for name, columns in TABLE_COLUMNS.items():
        rows = results.map_partitions(lambda part, name=name: [r for result in part
                                                               for r in tables(result, result.get("id"))[name]])
        meta = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
        frames[name] = rows.to_dataframe(meta=meta)
    return frames


def read_records(paths, blocksize=DEFAULT_BLOCKSIZE, text_field="text", id_field="id"):
    """A bag of records from JSONL files or Parquet files/directories."""
    import dask.bag as db

    if all(p.endswith(".jsonl") or p.endswith(".json") or p.endswith(".jsonl.gz") for p in paths):
        return db.read_text(paths, blocksize=None if any(p.endswith(".gz") for p in paths) else blocksize) \
                 .filter(lambda line: line.strip()).map(_parse_line)
    import dask.dataframe as dd
    try:
        frame = dd.read_parquet(paths, columns=[id_field, text_field])
    except ImportError as error:
        raise SystemExit(f"annotate-dask: reading Parquet needs pyarrow or fastparquet ({error})")
    return frame.to_bag(format="dict")


class _BadLine:
    """A JSONL line that is not a JSON object: answered by an error result."""

    def __init__(self, message):
        self.message = message


def _parse_line(line):
    try:
        record = json.loads(line)
    except ValueError as error:
        return _BadLine(f"not JSON ({error})")
    return record if isinstance(record, dict) else _BadLine("not a JSON object")


class _TableWriter:
    """The rows of one table for one partition: streamed to JSONL, or
    gathered for one Parquet file."""

    def __init__(self, path, columns, file_format):
        self.path, self.columns, self.format = path, columns, file_format
        self.rows = []
        self.file = open(path, "w", encoding="utf-8") if file_format == "jsonl" else None

    def add(self, rows):
        if self.file is None:
            self.rows.extend(rows)
            return
        for row in rows:
            self.file.write(_encode(row) + "\n")

    def close(self):
        if self.file is not None:
            self.file.close()
            return
        import pandas as pd
        pd.DataFrame(self.rows, columns=self.columns).to_parquet(self.path, index=False)


def write_partition(records, index, out_dir, file_format="jsonl", threads=1, offsets="codepoint",
                    text_field="text", id_field="id"):
    """Annotates one partition, streaming, into its five files under out_dir
    (named by `index`). Returns (articles, failed)."""
    articles = failed = 0
    name = f"{index:05d}"
    writers = {table: _TableWriter(os.path.join(out_dir, table, f"{name}.{file_format}"), columns, file_format)
               for table, columns in TABLE_COLUMNS.items()}
    with open(os.path.join(out_dir, "results", f"{name}.jsonl"), "w", encoding="utf-8") as results_file:
        for head, result_json in _annotated(records, threads, offsets, text_field, id_field):
            articles += 1
            if result_json is None:
                failed += 1
                results_file.write(_encode(head) + "\n")
                continue
            # The result's JSON as the core wrote it, after the head's members:
            # parsed once for the tables, never encoded again.
            results_file.write(_encode(head)[:-1] + "," + result_json[1:] + "\n")
            for table, rows in tables(json.loads(result_json), head["id"]).items():
                writers[table].add(rows)
    for writer in writers.values():
        writer.close()
    return articles, failed


def run(paths, out_dir, file_format="jsonl", blocksize=DEFAULT_BLOCKSIZE, threads=1, offsets="codepoint",
        text_field="text", id_field="id"):
    """Annotates `paths` into `out_dir` on the current Dask scheduler (a
    Client made before, or Dask's local threads). Returns (articles, failed)."""
    import dask

    for table in ["results", *TABLE_COLUMNS]:
        os.makedirs(os.path.join(out_dir, table), exist_ok=True)
    partitions = read_records(paths, blocksize, text_field, id_field).to_delayed()
    write = dask.delayed(write_partition, pure=False)
    counts = dask.compute(*[write(part, i, out_dir, file_format, threads, offsets, text_field, id_field)
                            for i, part in enumerate(partitions)])
    return sum(c[0] for c in counts), sum(c[1] for c in counts)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="annotate-dask",
        description="Annotates JSONL ({\"id\",\"text\",...} per line) or Parquet (id and text columns) on a "
                    "Dask cluster; writes DIR/results/*.jsonl and the tables DIR/{mentions,entities,quotes,sources}.")
    parser.add_argument("inputs", nargs="+", help="JSONL files (.jsonl, .jsonl.gz) or Parquet files or directories")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="of the tables (default jsonl)")
    parser.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://scheduler:8786")
    parser.add_argument("--workers", type=int, default=os.cpu_count(),
                        help="without --scheduler: local worker processes (default: every core)")
    parser.add_argument("--blocksize", default=DEFAULT_BLOCKSIZE, help="bytes of JSONL per partition (default 8MiB)")
    parser.add_argument("--offsets", choices=["codepoint", "utf16", "utf8"], default="codepoint")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    args = parser.parse_args(argv)
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            parser.error("--format parquet needs pyarrow (pip install pyarrow)")
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None))
    with client:
        started = time.monotonic()
        articles, failed = run(args.inputs, args.out, args.format, args.blocksize, 1, args.offsets,
                               args.text_field, args.id_field)
        seconds = time.monotonic() - started
    print(f"annotate-dask: {articles} articles ({failed} failed) in {seconds:.1f} s, "
          f"{articles / seconds:.1f} articles/s, into {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
