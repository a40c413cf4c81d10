"""The Parquet store: bucketed upserts replace rows by article, writes are atomic."""
import os

import pyarrow.parquet as pq
import pytest

from pipelines.store import TableStore, rows_to_table


def metric_row(article_id: str, start: int, value: float) -> dict:
    return {"article_id": article_id, "text": f"{value}场", "value": value, "value_high": None, "unit": "场",
            "qualifier": "exact", "indicator": None, "category": "job_fairs", "region": None, "region_code": None,
            "time": None, "comparison": None, "start": start, "end": start + 3, "raw_start": None, "raw_end": None,
            "sentence": None}


@pytest.fixture
def store(tmp_path):
    return TableStore(tmp_path)


def test_replace_articles_replaces_only_the_given_articles(store):
    store.replace_articles("metrics", ["aa01", "bb02"], rows_to_table(
        [metric_row("aa01", 0, 1), metric_row("aa01", 5, 2), metric_row("bb02", 0, 3)], "metrics"))
    store.replace_articles("metrics", ["aa01"], rows_to_table([metric_row("aa01", 9, 7)], "metrics"))
    rows = sorted((r["article_id"], r["value"]) for r in store.read_bucketed("metrics").to_pylist())
    assert rows == [("aa01", 7.0), ("bb02", 3.0)]


def test_same_upsert_twice_gives_identical_table(store):
    rows = rows_to_table([metric_row("aa01", 0, 1), metric_row("cc03", 2, 5)], "metrics")
    store.replace_articles("metrics", ["aa01", "cc03"], rows)
    first = store.read_bucketed("metrics").sort_by("article_id")
    store.replace_articles("metrics", ["aa01", "cc03"], rows)
    assert store.read_bucketed("metrics").sort_by("article_id").equals(first)


def test_retiring_every_row_of_a_bucket_removes_its_file(store):
    store.replace_articles("metrics", ["aa01"], rows_to_table([metric_row("aa01", 0, 1)], "metrics"))
    assert (store.root / "metrics" / "part-aa.parquet").exists()
    store.replace_articles("metrics", ["aa01"], rows_to_table([], "metrics"))
    assert not (store.root / "metrics" / "part-aa.parquet").exists()
    assert store.read_bucketed("metrics").num_rows == 0


def test_read_bucketed_filters_by_article(store):
    store.replace_articles("metrics", ["aa01", "ab02"], rows_to_table(
        [metric_row("aa01", 0, 1), metric_row("ab02", 0, 2)], "metrics"))
    assert store.read_bucketed("metrics", article_ids={"ab02"})["value"].to_pylist() == [2.0]


def test_failed_write_leaves_previous_file_whole(store, monkeypatch):
    store.replace_articles("metrics", ["aa01"], rows_to_table([metric_row("aa01", 0, 1)], "metrics"))
    path = store.root / "metrics" / "part-aa.parquet"
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.replace_articles("metrics", ["aa01"], rows_to_table([metric_row("aa01", 0, 9)], "metrics"))
    assert path.read_bytes() == before
    assert pq.read_table(path)["value"].to_pylist() == [1.0]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_row_count_and_head_read_footers_and_first_rows(store):
    store.replace_articles("metrics", ["aa01", "bb02"], rows_to_table(
        [metric_row("aa01", 0, 1), metric_row("bb02", 0, 2), metric_row("bb02", 4, 3)], "metrics"))
    assert store.row_count("metrics") == 3
    assert len(store.head("metrics", rows=2)) == 2
