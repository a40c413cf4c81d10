"""The incremental engine: new, changed, deleted, duplicate and bad files; idempotence; killed runs."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipelines.runner import run_pipeline

from .conftest import PROJECT_DIR, SAMPLE_RAW

SAMPLES = sorted(p.name for p in SAMPLE_RAW.iterdir())


def rows(out: Path, name: str) -> list[dict]:
    path = out / f"{name}.parquet"
    target = path if path.exists() else out / name
    if not target.exists():
        return []
    return ds.dataset(str(target), format="parquet").to_table().to_pylist()


def stable(out: Path, name: str, drop=("run_id", "quarantined_at", "first_seen_run", "last_seen_run", "mtime_ns")) -> list:
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items() if k not in drop)) for r in rows(out, name))


def run(raw: Path, out: Path, run_id: str, **kwargs):
    return run_pipeline(raw, out, run_id, log=lambda message: None, **kwargs)


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def add(raw: Path, *names: str) -> None:
    for name in names:
        shutil.copy(SAMPLE_RAW / name, raw / name)


def test_second_run_on_same_inputs_changes_nothing(raw, tmp_path):
    out = tmp_path / "out"
    add(raw, *SAMPLES[:3])
    run(raw, out, "run-1")
    before = {t: stable(out, t) for t in ("articles", "entities", "metrics", "raw_files")}
    reports = run(raw, out, "run-2")
    assert all(r.processed == 0 for name, r in reports.items() if name != "raw_articles")
    assert {t: stable(out, t) for t in before} == before
    assert not [r for r in rows(out, "lineage") if r["run_id"] == "run-2"]


def test_new_files_are_processed_alone(raw, tmp_path):
    out = tmp_path / "out"
    add(raw, *SAMPLES[:3])
    run(raw, out, "run-1")
    add(raw, *SAMPLES[3:])
    reports = run(raw, out, "run-2")
    assert reports["cleaned_articles"].processed == 2
    assert len(rows(out, "articles")) == 5
    ids = [r["article_id"] for r in rows(out, "articles")]
    assert len(ids) == len(set(ids))
    processed_run2 = {r["article_id"] for r in rows(out, "lineage") if r["run_id"] == "run-2" and r["action"] == "processed"}
    assert len(processed_run2) == 2


def test_changed_file_replaces_its_rows_and_deleted_file_is_retired(raw, tmp_path):
    out = tmp_path / "out"
    add(raw, *SAMPLES)
    run(raw, out, "run-1")
    changed = raw / SAMPLES[0]
    old_id = next(r["article_id"] for r in rows(out, "articles") if r["source_path"] == SAMPLES[0])
    changed.write_bytes(changed.read_bytes().replace("2433场".encode(), "2500场".encode()))
    (raw / SAMPLES[1]).unlink()
    run(raw, out, "run-2")
    articles = rows(out, "articles")
    assert len(articles) == 4
    assert old_id not in {r["article_id"] for r in articles}
    for table in ("entities", "metrics"):
        assert old_id not in {r["article_id"] for r in rows(out, table)}
    metric_texts = {r["text"] for r in rows(out, "metrics")}
    assert "2500场" in metric_texts and "2433场" not in metric_texts
    retired = [r for r in rows(out, "lineage") if r["run_id"] == "run-2" and r["action"] == "retired"]
    assert {r["asset"] for r in retired} == {"cleaned_articles", "entities", "metrics"}
    assert SAMPLES[1] not in {r["source_path"] for r in rows(out, "raw_files")}


def test_identical_copy_is_processed_once_and_recorded(raw, tmp_path):
    out = tmp_path / "out"
    add(raw, SAMPLES[0])
    shutil.copy(raw / SAMPLES[0], raw / "zz_copy.txt")
    run(raw, out, "run-1")
    assert len(rows(out, "articles")) == 1
    registry = {r["source_path"]: r for r in rows(out, "raw_files")}
    assert registry[SAMPLES[0]]["status"] == "article"  # the first path in order holds the article
    assert registry["zz_copy.txt"]["status"] == "duplicate"
    assert registry["zz_copy.txt"]["duplicate_of"] == SAMPLES[0]
    # The article's file deleted, the copy takes over without reprocessing into a new id.
    article_id = rows(out, "articles")[0]["article_id"]
    (raw / SAMPLES[0]).unlink()
    run(raw, out, "run-2")
    assert [(r["article_id"], r["source_path"]) for r in rows(out, "articles")] == [(article_id, "zz_copy.txt")]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("binary.bin", bytes(range(256)) * 40, "binary"),
])
def test_bad_file_is_quarantined_and_the_run_goes_on(raw, tmp_path, name, content, reason):
    out = tmp_path / "out"
    add(raw, *SAMPLES[:2])
    (raw / name).write_bytes(content)
    run(raw, out, "run-1")
    assert len(rows(out, "articles")) == 2
    quarantine = rows(out, "quarantine")
    assert [(q["source_path"], q["reason"]) for q in quarantine] == [(name, reason)]
    assert {r["source_path"]: r["status"] for r in rows(out, "raw_files")}[name] == "quarantined"
    # The bad file removed: its quarantine row goes too.
    (raw / name).unlink()
    run(raw, out, "run-2")
    assert rows(out, "quarantine") == []


def test_a_headline_figure_is_a_metric_of_the_title(raw, tmp_path):
    (raw / "flash.txt").write_text("【人社部：前三季度城镇新增就业1045万人】财联社10月27日电，前三季度，全国城镇新增就业1045万人。\n",
                                   encoding="utf-8")
    out = tmp_path / "out"
    run(raw, out, "r1")
    article = next(a for a in rows(out, "articles") if a["source_path"] == "flash.txt")
    figures = [(m["field"], m["text"]) for m in rows(out, "metrics") if m["article_id"] == article["article_id"]]
    assert figures == [("text", "1045万人"), ("title", "1045万人")]
    title_row = next(m for m in rows(out, "metrics") if m["field"] == "title")
    assert article["title"][title_row["start"]:title_row["end"]] == "1045万人" and title_row["raw_start"] is None


def make_many_articles(raw: Path, count: int) -> None:
    """Distinct articles made from the samples: each copy gets its own closing paragraph."""
    texts = [(SAMPLE_RAW / name).read_bytes() for name in SAMPLES]
    for number in range(count):
        base = texts[number % len(texts)]
        (raw / f"story_{number:04d}.txt").write_bytes(base + f"\n本地共举办招聘会{number + 10}场。\n".encode())


def test_run_killed_mid_write_leaves_readable_tables_and_next_run_completes(raw, tmp_path):
    out = tmp_path / "out"
    make_many_articles(raw, 120)
    script = (f"import sys; sys.path.insert(0, {str(PROJECT_DIR)!r});"
              "from pipelines.runner import run_pipeline;"
              f"run_pipeline(__import__('pathlib').Path({str(raw)!r}), __import__('pathlib').Path({str(out)!r}), 'killed', batch_size=10)")
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    lineage_dir = out / "lineage"
    while time.time() < deadline and process.poll() is None:  # kill it once it is writing entities
        if lineage_dir.exists() and any(lineage_dir.glob("killed-entities-*.parquet")):
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    for table in ("articles", "entities", "metrics"):  # whatever was written is whole and readable
        rows(out, table)
    run(raw, out, "after-kill")
    articles = rows(out, "articles")
    assert len(articles) == 120 and len({r["article_id"] for r in articles}) == 120
    metric_keys = [(r["article_id"], r["start"], r["end"]) for r in rows(out, "metrics")]
    assert len(metric_keys) == len(set(metric_keys))
    clean = tmp_path / "clean"
    run(raw, clean, "clean")
    assert stable(out, "metrics") == stable(clean, "metrics")
    assert stable(out, "entities") == stable(clean, "entities")

