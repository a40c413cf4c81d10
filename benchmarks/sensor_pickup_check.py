"""Acceptance check of the sensor under `dagster dev`: how long dropped stories take to become articles.

Starts `dagster dev -w workspace.yaml` as `make ui` does (temporary DAGSTER_HOME with the repository's
dagster.yaml, an empty raw folder, a temporary output folder) with the product's sensor interval (30 s
unless --sensor-interval is given), then:

1. copies 100 stories of the bulk corpus into the raw folder and waits until articles holds exactly
   100 rows with unique article_id; prints the seconds taken;
2. copies 100 more and waits for 200; prints the seconds taken;
3. prints the distinct run_ids in the lineage table (at least 2 expected) and every run's status,
   with the sensor latency (files in -> run created), queue wait and run time.

Each step must finish within --step-timeout seconds (default 300). Exit status 0 when every check
passes, 1 otherwise. The corpus is /tmp/xwlb/xwlb-dev when present, else the tarball
../shared/corpus/xwlb-2022-2024.tar.gz beside the project (unpacked to a temporary folder); without
either it prints a message and exits 0.

    PYTHONPATH=. .venv/bin/python benchmarks/sensor_pickup_check.py [--sensor-interval 30] [--count 100]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tarfile
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.dagster_dev_server import (  # noqa: E402
    DagsterDev,
    DagsterDevError,
    article_ids,
    drop_files,
    read_folder_table,
    registry_matches_folder,
)

UNPACKED_CORPUS = Path("/tmp/xwlb/xwlb-dev")
CORPUS_TARBALL = PROJECT_DIR.parent / "shared" / "corpus" / "xwlb-2022-2024.tar.gz"


def corpus_folder(work: Path) -> Path | None:
    if UNPACKED_CORPUS.is_dir():
        return UNPACKED_CORPUS
    if not CORPUS_TARBALL.is_file():
        return None
    target = work / "corpus"
    target.mkdir()
    print(f"unpacking {CORPUS_TARBALL} to {target} ...", flush=True)
    with tarfile.open(CORPUS_TARBALL) as archive:
        archive.extractall(target, filter="data")
    inner = target / "xwlb-dev"
    return inner if inner.is_dir() else target


def choose_stories(corpus: Path, wanted: int, seed: int) -> list[Path]:
    """`wanted` stories with pairwise different bytes (one article each), a seeded sample across the corpus."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    random.Random(seed).shuffle(files)
    chosen, hashes = [], set()
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if data.strip() and digest not in hashes:
            hashes.add(digest)
            chosen.append(path)
        if len(chosen) == wanted:
            return chosen
    raise SystemExit(f"the corpus {corpus} has fewer than {wanted} distinct non-empty stories")


def quarantine_summary(output_dir: Path) -> str:
    import pyarrow.parquet as pq

    path = output_dir / "quarantine.parquet"
    if not path.exists():
        return "none"
    rows = pq.read_table(path, columns=["source_path", "reason"]).to_pylist()
    return f"{len(rows)} files: {rows[:10]}" if rows else "none"


def wait_for_articles(server: DagsterDev, expected: int, seen: set[str], timeout: float) -> tuple[float | None, str]:
    """Seconds until articles holds exactly `expected` rows with unique ids, or None and the reason."""
    started = time.monotonic()
    last_report = started
    while True:
        elapsed = time.monotonic() - started
        ids = article_ids(server.output_dir)
        if len(ids) == expected and len(set(ids)) == expected:
            return elapsed, "ok"
        if len(ids) != len(set(ids)):
            return None, f"article_id not unique: {len(ids)} rows, {len(set(ids))} distinct"
        new_runs = [r for r in server.runs({"news/trigger": "sensor"}) if r["runId"] not in seen]
        failed = [r for r in new_runs if r["status"] in ("FAILURE", "CANCELED")]
        if failed:
            run = failed[0]
            return None, f"sensor run {run['runId']} ended {run['status']}: {server.run_errors(run['runId'])[-3000:]}"
        settled = new_runs and all(r["status"] == "SUCCESS" for r in new_runs)
        if settled and registry_matches_folder(server.raw_dir, server.output_dir) and len(ids) != expected:
            return None, (f"every sensor run succeeded and the registry covers the raw folder, but articles has "
                          f"{len(ids)} rows, not {expected}; quarantine: {quarantine_summary(server.output_dir)}")
        if elapsed > timeout:
            return None, (f"timed out after {timeout:.0f} s: articles has {len(ids)} rows; new sensor runs "
                          f"{[(r['runId'][:8], r['status']) for r in new_runs]}; sensor: {server.sensor_state()}")
        if time.monotonic() - last_report >= 15:
            last_report = time.monotonic()
            print(f"  ... {elapsed:5.0f} s: {len(ids)} articles, sensor runs "
                  f"{[(r['runId'][:8], r['status']) for r in new_runs]}", flush=True)
        time.sleep(0.5)


def stamp(seconds: float | None) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%H:%M:%S.%f")[:-4] if seconds else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sensor-interval", type=int, default=None,
                        help="NEWS_SENSOR_INTERVAL_SECONDS for dagster dev (default: unset, the product default of 30 s)")
    parser.add_argument("--count", type=int, default=100, help="stories per step (default 100)")
    parser.add_argument("--step-timeout", type=float, default=300, help="seconds allowed per step (default 300)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample of stories (default 0)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sensor-pickup-") as temp:
        work = Path(temp)
        corpus = corpus_folder(work)
        if corpus is None:
            print(f"sensor_pickup_check: no corpus at {UNPACKED_CORPUS} or {CORPUS_TARBALL}; nothing measured.")
            return 0
        stories = choose_stories(corpus, 2 * args.count, args.seed)
        print(f"corpus: {corpus}; {len(stories)} distinct stories chosen (seed {args.seed})")

        server = DagsterDev(work, work / "raw", work / "outputs", sensor_interval=args.sensor_interval)
        failures: list[str] = []
        results: dict[str, float] = {}
        seen: set[str] = set()
        drop_times: list[float] = []
        try:
            server.start()
            try:
                loaded = server.wait_until_loaded(timeout=180)
            except DagsterDevError as error:
                print(f"FAIL: dagster dev did not start: {error}")
                return 1
            sensor = server.sensor_state()
            print(f"dagster dev on {server.base_url} loaded in {loaded:.1f} s; sensor {sensor['sensorState']['status']}, "
                  f"minimum interval {sensor['minIntervalSeconds']} s; DAGSTER_HOME {server.dagster_home}")

            for step, batch in enumerate((stories[:args.count], stories[args.count:]), start=1):
                expected = step * args.count
                copy_started = time.monotonic()
                drop_files([(path, path.name) for path in batch], server.raw_dir)
                drop_times.append(time.time())
                print(f"step {step}: copied {len(batch)} stories in {time.monotonic() - copy_started:.2f} s; "
                      f"waiting for {expected} articles ...", flush=True)
                seconds, reason = wait_for_articles(server, expected, seen, args.step_timeout)
                if seconds is None:
                    failures.append(f"step {step}: {reason}")
                    print(f"FAIL step {step}: {reason}")
                    break
                results[f"{expected} articles"] = seconds
                print(f"step {step}: articles holds {expected} rows (unique ids) {seconds:.1f} s after the copy")
                # Let the step's runs finish (the lineage asset comes after cleaned_articles) before the next step.
                deadline = time.monotonic() + args.step_timeout
                while time.monotonic() < deadline:
                    runs = [r for r in server.runs({"news/trigger": "sensor"}) if r["runId"] not in seen]
                    if runs and all(r["status"] in ("SUCCESS", "FAILURE", "CANCELED") for r in runs):
                        break
                    time.sleep(0.5)
                finished = [r for r in server.runs({"news/trigger": "sensor"}) if r["runId"] not in seen]
                print(f"step {step}: sensor runs {[(r['runId'][:8], r['status']) for r in finished]}; all runs done "
                      f"{time.time() - drop_times[-1]:.1f} s after the copy")
                if not finished or any(r["status"] != "SUCCESS" for r in finished):
                    failures.append(f"step {step}: sensor runs {[(r['runId'], r['status']) for r in finished]}")
                for run in finished:
                    if run["status"] != "SUCCESS":
                        print(f"step {step}: run {run['runId']} {run['status']}:\n{server.run_errors(run['runId'])[-4000:]}")
                seen |= {r["runId"] for r in finished}

            lineage = read_folder_table(server.output_dir / "lineage", ["run_id"])
            lineage_runs = sorted(set(lineage["run_id"].to_pylist())) if lineage is not None else []
            print(f"lineage: {lineage.num_rows if lineage is not None else 0} rows, "
                  f"{len(lineage_runs)} distinct run_ids: {lineage_runs}")
            if len(lineage_runs) < 2:
                failures.append(f"lineage holds {len(lineage_runs)} distinct run_ids, expected at least 2")

            print("runs (oldest first): run_id, status, trigger, changed files, created / started / ended (UTC), "
                  "seconds from copy to creation, queue wait, run time")
            for run in sorted(server.runs(), key=lambda r: r["creationTime"]):
                created, started, ended = run["creationTime"], run["startTime"], run["endTime"]
                copy_time = max((t for t in drop_times if t <= created), default=None)
                print(f"  {run['runId']}  {run['status']:<8} {run['tags'].get('news/trigger', '-'):<7} "
                      f"{run['tags'].get('news/changed_files', '-'):>4}  {stamp(created)} / {stamp(started)} / "
                      f"{stamp(ended)}  {created - copy_time if copy_time else float('nan'):6.1f} "
                      f"{(started - created) if started else float('nan'):6.1f} "
                      f"{(ended - started) if started and ended else float('nan'):6.1f}")
        finally:
            code = server.stop()
            print(f"dagster dev stopped (exit code {code})")

    print("summary: " + ", ".join(f"{k}: {v:.1f} s" for k, v in results.items()))
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
