"""Throughput and peak memory of one full pipeline run over the bulk corpus (11,438 stories).

The corpus is ../shared/corpus/xwlb-2022-2024.tar.gz beside the project (or NEWS_BENCH_CORPUS: a
tarball or a folder). It is unpacked to a temporary folder, never into the project. Prints figures;
asserts nothing. Then times a second run with no new files (the cost of a scheduled rerun), and the
extraction speed benchmarks of the core when present.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
DEFAULT_CORPUS = PROJECT_DIR.parent / "shared" / "corpus" / "xwlb-2022-2024.tar.gz"


def corpus_folder(work: Path) -> Path | None:
    source = Path(os.environ.get("NEWS_BENCH_CORPUS", DEFAULT_CORPUS))
    if source.is_dir():
        return source
    if not source.is_file():
        return None
    with tarfile.open(source) as archive:
        archive.extractall(work, filter="data")
    folders = [p for p in work.iterdir() if p.is_dir()]
    return folders[0] if len(folders) == 1 else work


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def materialise(raw: Path, out: Path):
    from dagster import DagsterInstance, materialize

    from assets.definitions import ALL_ASSET_CHECKS, ALL_ASSETS
    from assets.resources import NewsStorage

    storage = NewsStorage(raw_dir=str(raw), output_dir=str(out))
    started = time.perf_counter()
    result = materialize([*ALL_ASSETS, *ALL_ASSET_CHECKS], resources={"news_storage": storage},
                         instance=DagsterInstance.ephemeral(), raise_on_error=False)
    return result, time.perf_counter() - started


def step_seconds(result) -> dict[str, float]:
    seconds = {}
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        value = materialization.metadata.get("seconds")
        if value is not None:
            seconds[materialization.asset_key.to_user_string()] = value.value
    return seconds


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="news-bench-") as temp:
        work = Path(temp)
        (work / "corpus").mkdir()
        raw = corpus_folder(work / "corpus")
        if raw is None:
            print(f"bench: corpus not found at {os.environ.get('NEWS_BENCH_CORPUS', DEFAULT_CORPUS)}; "
                  "set NEWS_BENCH_CORPUS to the tarball or a folder of raw articles. Nothing measured.")
            return 0
        files = [p for p in raw.rglob("*") if p.is_file()]
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        out = work / "outputs"
        print(f"corpus: {len(files)} files, {megabytes:.1f} MB in {raw}")

        result, seconds = materialise(raw, out)
        from pipelines.store import TableStore

        store = TableStore(out)
        articles = store.row_count("articles")
        print(f"full run: {'success' if result.success else 'FAILED'} in {seconds:.1f} s")
        print(f"  articles {articles}, quarantined {store.row_count('quarantine')}, "
              f"entities {store.row_count('entities')}, metrics {store.row_count('metrics')}, lineage rows {store.row_count('lineage')}")
        print(f"  throughput: {len(files) / seconds:.1f} files/s, {megabytes / seconds:.2f} MB/s of raw input")
        for asset, asset_seconds in step_seconds(result).items():
            print(f"  {asset:18s} {asset_seconds:8.2f} s")
        print(f"  peak memory (max RSS of this process): {peak_memory_mb():.0f} MB")

        rerun, rerun_seconds = materialise(raw, out)
        print(f"rerun with no new files: {'success' if rerun.success else 'FAILED'} in {rerun_seconds:.1f} s")

    for name in ("metrics_speed.py", "entities_speed.py"):
        script = PROJECT_DIR / "benchmarks" / name
        if script.exists():
            print(f"--- {name}")
            subprocess.run([sys.executable, str(script)], check=False,
                           env=dict(os.environ, PYTHONPATH=str(PROJECT_DIR)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
