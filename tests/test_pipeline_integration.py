"""Materialises every asset in-process on the shipped sample and checks the tables' content."""
import json

import pyarrow.dataset as ds
import pytest
from dagster import DagsterInstance, materialize

from assets.definitions import ALL_ASSET_CHECKS, ALL_ASSETS
from assets.resources import NewsStorage
from pipelines.schema import column_names

from .conftest import SAMPLE_GOLD

ARTICLE_000 = "000_87805326c4fbd658.txt"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    from .conftest import SAMPLE_RAW

    out = tmp_path_factory.mktemp("outputs")
    storage = NewsStorage(raw_dir=str(SAMPLE_RAW), output_dir=str(out))
    result = materialize([*ALL_ASSETS, *ALL_ASSET_CHECKS], resources={"news_storage": storage}, instance=DagsterInstance.ephemeral(),
                         raise_on_error=False)
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    checks = result.get_asset_check_evaluations()
    return out, result, checks


def table(out, name):
    path = out / f"{name}.parquet"
    return ds.dataset(str(path if path.exists() else out / name), format="parquet").to_table()


def test_every_table_has_its_documented_columns(outputs):
    out, _, _ = outputs
    for name in ("raw_files", "articles", "entities", "metrics", "lineage", "quarantine"):
        assert set(column_names(name)) <= set(table(out, name).column_names), name


def test_five_articles_nothing_quarantined(outputs):
    out, _, _ = outputs
    assert table(out, "articles").num_rows == 5
    assert table(out, "quarantine").num_rows == 0
    statuses = table(out, "raw_files")["status"].to_pylist()
    assert statuses == ["article"] * 5


def test_asset_checks_ran_and_passed(outputs):
    _, _, checks = outputs
    assert {c.check_name for c in checks} == {"articles_are_whole", "no_file_quarantined_by_a_bug",
                                              "entities_are_consistent", "metrics_are_consistent"}
    assert all(c.passed for c in checks), [(c.check_name, c.metadata) for c in checks if not c.passed]


def article_id_of(out, file_name):
    rows = table(out, "articles").to_pylist()
    return next(r["article_id"] for r in rows if r["source_path"].endswith(file_name))


@pytest.mark.parametrize("surface, value, unit", [
    ("2433场", 2433, "场"),
    ("16.77万名", 167700, "名"),
    ("29.98亿元", 2998000000, "元"),
    ("1681万人次", 16810000, "人次"),
])
def test_article_000_metrics(outputs, surface, value, unit):
    out, _, _ = outputs
    article_id = article_id_of(out, ARTICLE_000)
    rows = [r for r in table(out, "metrics").to_pylist() if r["article_id"] == article_id and r["text"] == surface]
    assert rows, f"{surface} not extracted"
    assert rows[0]["value"] == pytest.approx(value) and rows[0]["unit"] == unit


def test_article_000_hubei_has_its_admin_code(outputs):
    out, _, _ = outputs
    article_id = article_id_of(out, ARTICLE_000)
    rows = [r for r in table(out, "entities").to_pylist()
            if r["article_id"] == article_id and r["type"] == "LOC" and r["name"] == "湖北省"]
    assert rows and rows[0]["admin_code"] == "420000"


def test_offsets_point_into_text_and_raw_bytes(outputs):
    from .conftest import SAMPLE_RAW

    out, _, _ = outputs
    articles = {r["article_id"]: r for r in table(out, "articles").to_pylist()}
    for name in ("entities", "metrics"):
        for row in table(out, name).to_pylist():
            article = articles[row["article_id"]]
            field = row.get("field", "text")
            assert article[field][row["start"]:row["end"]] == row["text"]
            if field != "text":
                assert row["raw_start"] is None
                continue
            raw = (SAMPLE_RAW / article["source_path"]).read_bytes()
            written = raw[row["raw_start"]:row["raw_end"]].decode(article["encoding"])
            assert written == article["original_text"][row["start"]:row["end"]]


def test_bylines_moved_out_of_the_body_still_give_entities(outputs):
    out, _, _ = outputs
    article_id = article_id_of(out, "001_f716f1fa3dc59575.txt")
    rows = {(r["field"], r["type"], r["name"]) for r in table(out, "entities").to_pylist() if r["article_id"] == article_id}
    assert {("source", "ORG", "华声在线"), ("author", "PERSON", "卢小伟"), ("author", "PERSON", "曾鹤群")} <= rows


def test_lineage_has_a_row_per_transformation_per_article(outputs):
    out, result, _ = outputs
    rows = [r for r in table(out, "lineage").to_pylist() if r["run_id"] == result.run_id]
    for stage in ("cleaned_articles", "entities", "metrics"):
        assert len({r["article_id"] for r in rows if r["asset"] == stage and r["action"] == "processed"}) == 5
    assert all(r["code_version"] and r["input_sha256"] and r["parameters"] for r in rows)
    events = [json.loads(line) for line in (out / "openlineage" / f"{result.run_id}.jsonl").read_text().splitlines()]
    assert {e["job"]["name"] for e in events} >= {"cleaned_articles", "entities", "metrics"}
    assert {e["eventType"] for e in events} == {"START", "COMPLETE"}


def test_materialisations_carry_metadata(outputs):
    _, result, _ = outputs
    by_asset = {m.asset_key.to_user_string(): m.metadata for m in result.get_asset_materialization_events()
                and [e.event_specific_data.materialization for e in result.get_asset_materialization_events()]}
    assert by_asset["cleaned_articles"]["dagster/row_count"].value == 5
    assert "preview" in by_asset["metrics"] and "metrics by category (this run)" in by_asset["metrics"]
    assert "mentions by type (this run)" in by_asset["entities"]


def test_sample_scores_against_gold(outputs):
    """The shipped gold files: a floor well under the issue's targets, to catch regressions."""
    from evaluation.score import score

    out, _, _ = outputs
    report = score(out, SAMPLE_GOLD)
    assert report["articles_scored"] == 5
    assert report["metrics"]["f1"] >= 0.80, report["metrics"]
    assert report["entities_primary"]["f1"] >= 0.70, report["entities_primary"]
