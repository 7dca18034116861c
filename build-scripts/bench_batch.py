"""Throughput and memory of batch annotation (build-scripts/bench-batch runs it).

Builds a JSONL input of the PolNeAR dev articles repeated to --megabytes
(50 by default; each copy its own id), then runs, in interleaved rounds so
that a neighbour's load on a shared machine falls on every configuration
alike: the native tool (annotate_native --jsonl) on 1 and 2 threads, and the
Dask recipe (article_annotator.dask.run; the results only, as the native tool,
unless --tables) on a LocalCluster of 1 and 2 worker processes. Prints each
run and the median of each configuration: articles/s, MB/s (10^6 bytes of
input per second), peak resident memory (the native process; each Dask
worker), and the scaling from 1 to 2.

--memory-check also runs the native tool on 2 threads over 10 MB and over
--large-megabytes (1000) of the same articles streamed through a pipe, and
prints the peak memory of each: bounded by the window, it should not grow
with the input.

On a machine shared with other work, wall-clock scaling depends on the
neighbours' load (each run prints the load average); MB per CPU-second says
what the work costs whatever the load. For Dask it counts the workers' CPU,
and apart the CPU spent outside them (this process, which holds the client and
the LocalCluster's scheduler, and the nannies): the part that does not spread
over more workers.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NATIVE_TOOL = os.path.join(ROOT, "build", "native", "annotate_native")
DEV_TEXT = os.path.join(os.path.dirname(ROOT), "shared", "data", "polnear", "data", "dev", "text")


def dev_lines():
    names = sorted(os.listdir(DEV_TEXT))
    texts = []
    for name in names:
        with open(os.path.join(DEV_TEXT, name), encoding="utf-8") as f:
            texts.append((name, f.read()))
    return texts


def repeated_lines(texts, megabytes):
    """JSONL lines (bytes) of `texts` repeated until they hold `megabytes` MB."""
    size = 0
    copy = 0
    while size < megabytes * 1e6:
        for name, text in texts:
            line = (json.dumps({"id": f"{copy}/{name}", "text": text}) + "\n").encode()
            size += len(line)
            yield line
        copy += 1


def write_input(path, texts, megabytes):
    articles = 0
    with open(path, "wb") as f:
        for line in repeated_lines(texts, megabytes):
            f.write(line)
            articles += 1
    return articles


def timed(command, stdin=None):
    """Starts `command` under /usr/bin/time, whose own small process is all
    that the tool's peak RSS can inherit: the tool's rusage, taken by wait4
    from here, would count this Python's RSS, which Linux carries across
    fork and exec. Returns (process, file where time writes "CPU-seconds KiB")."""
    report = tempfile.NamedTemporaryFile("r", suffix=".time")
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, *command],
                                   stdin=stdin, stdout=devnull)
    return process, report


def time_report(process, report):
    """(CPU seconds, peak RSS in MiB) of a command started by timed()."""
    if process.wait() != 0:
        raise SystemExit(f"{process.args} failed ({process.returncode})")
    user, system, kib = report.read().split()[-3:]
    report.close()
    return float(user) + float(system), int(kib) / 1024


def run_native(path, threads):
    """(seconds, CPU seconds, peak RSS in MiB, [that peak]) of annotate_native
    on `path`, output discarded."""
    started = time.monotonic()
    cpu, peak = time_report(*timed([NATIVE_TOOL, "--jsonl", "--threads", str(threads), "--no-progress", path]))
    return time.monotonic() - started, cpu, peak, [peak]


def native_memory_streamed(texts, megabytes, threads=2):
    """(peak RSS in MiB, seconds) of annotate_native reading `megabytes` MB through a pipe."""
    process, report = timed([NATIVE_TOOL, "--jsonl", "--threads", str(threads), "--no-progress", "-"],
                            stdin=subprocess.PIPE)

    def feed():
        for line in repeated_lines(texts, megabytes):
            process.stdin.write(line)
        process.stdin.close()

    feeder = threading.Thread(target=feed)
    started = time.monotonic()
    feeder.start()
    _, peak = time_report(process, report)
    feeder.join()
    return peak, time.monotonic() - started


def worker_usage():
    """(CPU seconds, peak RSS in MiB, RSS now in MiB) of the calling process:
    a Dask worker. VmHWM, not ru_maxrss, which would count its parent's RSS."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return (usage.ru_utime + usage.ru_stime, int(fields["VmHWM"].split()[0]) / 1024,
            int(fields["VmRSS"].split()[0]) / 1024)


def process_cpu(process):
    """CPU seconds of a psutil process so far (0 when it is gone)."""
    import psutil

    try:
        times = process.cpu_times()
    except psutil.Error:
        return 0.0
    return times.user + times.system


def cpu_by_process():
    """{pid: CPU seconds} of this process (the Dask client and the
    LocalCluster's scheduler) and every process under it (the nannies, the
    workers), psutil.Process objects kept so that a pid is not reused."""
    import psutil

    me = psutil.Process()
    return {p.pid: (p, process_cpu(p)) for p in [me, *me.children(recursive=True)]}


def run_dask(path, workers, blocksize, out_dir, tables):
    """(seconds, CPU seconds of the workers, peak RSS of the largest worker
    in MiB, every worker's, CPU seconds outside the workers: client,
    scheduler, nannies) of the Dask recipe on a fresh LocalCluster as
    annotate-dask starts one; the cluster's start is not timed."""
    from dask.distributed import Client
    from article_annotator import dask as aa_dask

    with aa_dask.local_cluster(workers) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        worker_pids = set(client.run(os.getpid).values())
        before = client.run(worker_usage)
        processes_before = cpu_by_process()
        started = time.monotonic()
        _, failed = aa_dask.run([path], out_dir, blocksize=blocksize, tables=tables)
        seconds = time.monotonic() - started
        after = client.run(worker_usage)
        outside = sum(process_cpu(p) - cpu for pid, (p, cpu) in processes_before.items() if pid not in worker_pids)
        cpu = sum(after[w][0] - before[w][0] for w in after)
        peaks = sorted(usage[1] for usage in after.values())
        print(f"    (Dask workers' RSS before the run: {', '.join(f'{u[2]:.0f}' for u in before.values())} MiB)")
    if failed:
        raise SystemExit(f"the Dask run failed on {failed} articles")
    return seconds, cpu, max(peaks), peaks, outside


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--rounds", type=int, default=3, help="of the throughput runs; 0: none")
    parser.add_argument("--blocksize", default="2MiB", help="of a Dask partition (default 2MiB)")
    parser.add_argument("--only", choices=["native", "dask"], help="one kind of run only")
    parser.add_argument("--tables", action="store_true",
                        help="Dask runs write the four tables too (made in Python); by default the results only, "
                             "as the native tool")
    parser.add_argument("--memory-check", action="store_true")
    parser.add_argument("--large-megabytes", type=float, default=1000)
    args = parser.parse_args()
    if not os.path.isdir(DEV_TEXT):
        raise SystemExit(f"bench-batch: needs {DEV_TEXT}")
    texts = dev_lines()
    configurations = []
    if args.only != "dask":
        configurations += [("native", 1), ("native", 2)]
    if args.only != "native":
        configurations += [("dask", 1), ("dask", 2)]

    if args.rounds:
        measure_throughput(texts, configurations, args)
    if args.memory_check:
        for megabytes in (10, args.large_megabytes):
            peak, seconds = native_memory_streamed(texts, megabytes)
            print(f"native 2 threads, {megabytes:.0f} MB through a pipe: peak RSS {peak:.0f} MiB ({seconds:.0f} s)",
                  flush=True)


def measure_throughput(texts, configurations, args):
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as scratch:
        path = os.path.join(scratch, "articles.jsonl")
        articles = write_input(path, texts, args.megabytes)
        size = os.path.getsize(path)
        print(f"input: {articles} articles, {size / 1e6:.1f} MB of JSONL ({len(texts)} PolNeAR dev articles repeated); "
              f"{os.cpu_count()} cores; Dask partitions of {args.blocksize}")
        runs = {c: [] for c in configurations}
        for round_number in range(args.rounds):
            # Rotate the order, so that no configuration always runs first.
            shift = round_number % len(configurations)
            for kind, n in configurations[shift:] + configurations[:shift]:
                outside = 0.0
                if kind == "native":
                    seconds, cpu, peak, peaks = run_native(path, n)
                else:
                    seconds, cpu, peak, peaks, outside = run_dask(path, n, args.blocksize,
                                                                  os.path.join(scratch, f"out-{n}"), args.tables)
                runs[(kind, n)].append((seconds, peak, cpu, outside))
                print(f"  round {round_number + 1} {kind} {n}: {seconds:.2f} s, {articles / seconds:.1f} articles/s, "
                      f"{size / 1e6 / seconds:.2f} MB/s, {size / 1e6 / cpu:.2f} MB per CPU-second"
                      f"{' in the workers' if kind == 'dask' else ''}, "
                      + (f"CPU-s per MB {cpu / (size / 1e6):.3f} in the workers, {outside / (size / 1e6):.3f} outside "
                         f"(client, scheduler, nannies), " if kind == "dask" else "")
                      + f"peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MiB, "
                      f"load average {os.getloadavg()[0]:.1f}", flush=True)
        print("median of the rounds:")
        medians = {}
        for (kind, n), results in runs.items():
            seconds = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[2] for r in results)
            outside = statistics.median(r[3] for r in results)
            medians[(kind, n)] = seconds
            unit = "thread" if kind == "native" else "worker"
            print(f"  {kind} {n} {unit}{'s' if n > 1 else ''}: {articles / seconds:.1f} articles/s, "
                  f"{size / 1e6 / seconds:.2f} MB/s, {size / 1e6 / cpu:.2f} MB per CPU-second"
                  + (f" in the workers; CPU-s per MB {cpu / (size / 1e6):.3f} in the workers, "
                     f"{outside / (size / 1e6):.3f} outside" if kind == "dask" else "")
                  + f", peak RSS per {'process' if kind == 'native' else 'worker'} {max(r[1] for r in results):.0f} MiB")
        for kind in ("native", "dask"):
            if (kind, 1) in medians:
                print(f"  {kind} scaling 1 -> 2: {medians[(kind, 1)] / medians[(kind, 2)]:.2f}x")


if __name__ == "__main__":
    main()
