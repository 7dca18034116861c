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
lines of `annotate_native --jsonl --offsets codepoint`, but that an error
says where its line is by byte: "articles.jsonl byte 1234: ...") and
DIR/mentions, DIR/entities, DIR/quotes, DIR/sources/NNNNN.jsonl (or .parquet
with --format parquet; none with --no-tables), one file per partition in
input order. A partition of a JSONL file is a byte range of --blocksize (the
lines that start in it); each worker reads its own partitions and writes
their files, and the client gets back only counts. The results are made in
C++ (_core.annotate_jsonl: bytes of lines in, bytes of lines out, the GIL
released), with no Python object per article; only the tables are made in
Python, from the result lines. A worker streams its partition through in
pieces of 1 MiB, so its memory is that of a piece's results (and, for
Parquet tables, of a partition's rows), whatever the size of the archive.
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

_table_rows = tables  # write_partition's argument `tables` says whether to write them

DEFAULT_BLOCKSIZE = "8MiB"
# The members of a result (and "error"): a record's member of one of these
# names is not kept, as the native tool drops it, so that no line has a key twice.
RESULT_KEYS = frozenset(article_annotator._core.result_keys)
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


# Bytes of input annotated in one call of the core: a partition is streamed
# through in pieces of this size, so a worker holds one piece's output at a time.
_PIECE_BYTES = 1 << 20


class _Range:
    """A partition of a JSONL file: the lines that start in bytes [start, end)
    (end None: to the end), so that every line falls in exactly one range
    however the file is cut, and a worker reads its own range."""

    def __init__(self, fs, path, start, end, compression=None):
        self.fs, self.path, self.start, self.end, self.compression = fs, path, start, end, compression

    def pieces(self):
        """(byte offset, whole lines) pieces of the range, in order."""
        with self.fs.open(self.path, "rb", compression=self.compression) as file:
            yield from _line_pieces(file, self.start, self.end)


def _line_pieces(file, start, end, piece_bytes=_PIECE_BYTES, limit=None):
    """(offset, bytes) pieces of whole lines of `file` that start in bytes
    [start, end), about `piece_bytes` each. A line longer than `limit` (the
    core's) is not held: it is passed on cut to the limit plus one byte, so
    that the core answers it with an error, and the rest is skipped."""
    if limit is None:
        limit = article_annotator._core.max_jsonl_line_bytes
    if start > 0:
        file.seek(start - 1)
        if file.read(1) != b"\n":  # the line at `start` began in the range before
            start = _skip_line(file, start, piece_bytes)
    else:
        file.seek(0)
    offset, pending, at_end = start, b"", False
    while not at_end and (end is None or offset < end):
        data = file.read(piece_bytes)
        at_end = not data
        pending += data
        # The line holding byte end-1 is the range's last: it ends at the first line break from there.
        stop = -1 if end is None or offset + len(pending) < end else pending.find(b"\n", max(end - offset - 1, 0))
        if stop >= 0:
            at_end = True
        elif at_end:
            stop = len(pending) - 1
        else:
            stop = pending.rfind(b"\n")
        if stop < 0:
            if len(pending) > limit + 1:  # far too long to be a line: skip it
                yield offset, pending[:limit + 1]
                offset = _skip_line(file, offset + len(pending), piece_bytes)
                pending = b""
            continue
        if stop + 1 > 0:
            yield offset, pending[:stop + 1]
        offset += stop + 1
        pending = pending[stop + 1:]


def _skip_line(file, offset, piece_bytes):
    """Reads `file` past the next line break; returns the offset after it."""
    while True:
        data = file.read(piece_bytes)
        if not data:
            return offset
        newline = data.find(b"\n")
        if newline >= 0:
            file.seek(offset + newline + 1)
            return offset + newline + 1
        offset += len(data)


class _Records:
    """A partition of records (dicts, e.g. from Parquet), or the lines of a
    _Range whose id and text have other names: made {"id","text",...} lines
    for the core."""

    def __init__(self, records, name, text_field="text", id_field="id"):
        self.records, self.name, self.text_field, self.id_field = records, name, text_field, id_field

    def _items(self):
        if isinstance(self.records, _Range):
            for _, piece in self.records.pieces():
                yield from piece.splitlines()
        else:
            yield from self.records

    def pieces(self):
        lines, size, offset = [], 0, 0
        for item in self._items():
            line = _record_line(item, self.text_field, self.id_field)
            lines.append(line)
            size += len(line)
            if size >= _PIECE_BYTES:
                yield offset, b"".join(lines)
                offset += size
                lines, size = [], 0
        if lines:
            yield offset, b"".join(lines)


# For lines made from records: ASCII, so that a lone surrogate in a text
# (which json.loads keeps) reaches the core as its escape, made U+FFFD there.
_encode_ascii = json.JSONEncoder(separators=(",", ":")).encode


def _record_line(record, text_field, id_field):
    """The {"id","text",...} line of a record (a dict, or a JSONL line as bytes)."""
    if isinstance(record, bytes):
        if not record.strip():
            return b""
        try:
            parsed = json.loads(record)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            return record.rstrip(b"\r\n") + b"\n"  # the core says why it is not a record
        record = parsed
    if not isinstance(record, dict):
        return b"[]\n"  # not a record: the core answers it with an error
    others = {k: v for k, v in record.items() if k not in (text_field, id_field, "id", "text")}
    fields = {"id": record.get(id_field)}
    if text_field in record:
        fields["text"] = record[text_field]
    return (_encode_ascii({**fields, **others}) + "\n").encode("ascii")


def write_partition(partition, index, out_dir, file_format="jsonl", offsets="codepoint", tables=True,
                    text_field="text", id_field="id"):
    """Annotates one partition (a _Range, or records) into its files under
    out_dir, named by `index`: the results, in the core without a Python
    object per article, and with `tables` the four tables, made from the
    result lines. Returns (articles, failed, [result fields' names that
    records used])."""
    articles = failed = 0
    shadowed = set()
    name = f"{index:05d}"
    if not isinstance(partition, (_Range, _Records)):
        partition = _Records(partition, f"partition {index}", text_field, id_field)
    source = partition.path if isinstance(partition, _Range) else partition.name
    writers = {table: _TableWriter(os.path.join(out_dir, table, f"{name}.{file_format}"), columns, file_format)
               for table, columns in TABLE_COLUMNS.items()} if tables else {}
    with open(os.path.join(out_dir, "results", f"{name}.jsonl"), "wb") as results_file:
        for offset, piece in partition.pieces():
            lines, answered, bad, keys = article_annotator._core.annotate_jsonl(piece, offsets, source, offset)
            results_file.write(lines)
            articles += answered
            failed += bad
            shadowed.update(keys)
            if tables:
                for line in lines.splitlines():
                    result = json.loads(line)
                    for table, rows in _table_rows(result, result["id"]).items():
                        writers[table].add(rows)
    for writer in writers.values():
        writer.close()
    return articles, failed, sorted(shadowed)


def partitions(paths, blocksize=DEFAULT_BLOCKSIZE, text_field="text", id_field="id"):
    """The partitions of JSONL files (byte ranges of `blocksize`; a .gz file
    whole) or Parquet files/directories (their row groups), in input order."""
    from dask.utils import parse_bytes
    from fsspec.core import get_fs_token_paths

    if not all(p.endswith(".jsonl") or p.endswith(".json") or p.endswith(".jsonl.gz") for p in paths):
        return read_records(paths, blocksize, text_field, id_field).to_delayed()
    size = parse_bytes(blocksize) if isinstance(blocksize, str) else int(blocksize)
    renamed = (text_field, id_field) != ("text", "id")

    def partition(part):
        # A range whose id and text have other names is read line by line.
        return _Records(part, part.path, text_field, id_field) if renamed else part

    parts = []
    for pattern in paths:
        fs, _, files = get_fs_token_paths(pattern, mode="rb")
        for path in files:
            if path.endswith(".gz"):
                parts.append(partition(_Range(fs, path, 0, None, "gzip")))
                continue
            length = fs.size(path)
            for start in range(0, length, size):
                parts.append(partition(_Range(fs, path, start, start + size if start + size < length else None)))
    return parts


def run(paths, out_dir, file_format="jsonl", blocksize=DEFAULT_BLOCKSIZE, threads=1, offsets="codepoint",
        text_field="text", id_field="id", tables=True):
    """Annotates `paths` into `out_dir` on the current Dask scheduler (a
    Client made before, or Dask's local threads): each worker reads its own
    partitions and writes their files, and returns only counts. Returns
    (articles, failed). `threads` is kept for compatibility: a worker
    annotates on one thread, as Dask runs a task per core."""
    articles, failed, _ = _run(paths, out_dir, file_format, blocksize, offsets, text_field, id_field, tables)
    return articles, failed


def _run(paths, out_dir, file_format, blocksize, offsets, text_field, id_field, tables):
    import dask

    for table in ["results", *(TABLE_COLUMNS if tables else [])]:
        os.makedirs(os.path.join(out_dir, table), exist_ok=True)
    write = dask.delayed(write_partition, pure=False)
    counts = dask.compute(*[write(part, i, out_dir, file_format, offsets, tables, text_field, id_field)
                            for i, part in enumerate(partitions(paths, blocksize, text_field, id_field))])
    return sum(c[0] for c in counts), sum(c[1] for c in counts), sorted({k for c in counts for k in c[2]})


def local_cluster(workers):
    """A LocalCluster of `workers` processes of one thread each, set up for
    the core. Without Dask's profiler: it would sample, 100 times a second, a
    thread that sits in the core (about 2% of a core per worker, idle or not).
    Without the MALLOC_TRIM_THRESHOLD_=65536 that Dask's nannies give their
    workers: glibc would then hand memory back to the system whenever 64 KiB
    lie free at the top of the heap, and take it again for the next article,
    which made annotating cost a third more CPU."""
    import dask
    from dask.distributed import LocalCluster

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.nanny.pre-spawn-environ": environ}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="annotate-dask",
        description="Annotates JSONL ({\"id\",\"text\",...} per line) or Parquet (id and text columns) on a "
                    "Dask cluster; writes DIR/results/*.jsonl and the tables DIR/{mentions,entities,quotes,sources}.")
    parser.add_argument("inputs", nargs="+", help="JSONL files (.jsonl, .jsonl.gz) or Parquet files or directories")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="of the tables (default jsonl)")
    parser.add_argument("--no-tables", dest="tables", action="store_false",
                        help="write the results only (no Python object per article: about twice as fast)")
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
    from dask.distributed import Client

    client = Client(args.scheduler) if args.scheduler else Client(local_cluster(args.workers))
    with client:
        started = time.monotonic()
        articles, failed, shadowed = _run(args.inputs, args.out, args.format, args.blocksize, args.offsets,
                                          args.text_field, args.id_field, args.tables)
        seconds = time.monotonic() - started
    if shadowed:
        print(f"annotate-dask: input member(s) {', '.join(json.dumps(k) for k in shadowed)} not passed through: "
              "the result has its own (join on \"id\" to keep them)", file=sys.stderr)
    print(f"annotate-dask: {articles} articles ({failed} failed) in {seconds:.1f} s, "
          f"{articles / seconds:.1f} articles/s, into {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
