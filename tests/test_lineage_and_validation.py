"""OpenLineage events and the validations behind the asset checks."""
import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipelines import validation
from pipelines.openlineage import build_events, run_uuid


def lineage_row(asset, article_id, action="processed", seconds=0):
    moment = datetime(2026, 11, 23, tzinfo=timezone.utc) + timedelta(seconds=seconds)
    return {"run_id": "8a1c5d8e-0d1e-4a4f-9a53-2a8f1f0f5e11", "asset": asset, "article_id": article_id,
            "action": action, "started_at": moment, "finished_at": moment + timedelta(seconds=1)}


def test_events_start_and_complete_per_transformation_with_datasets():
    rows = [lineage_row("cleaned_articles", "a1"), lineage_row("cleaned_articles", "a2", seconds=1),
            lineage_row("metrics", "a1", seconds=5), lineage_row("metrics", "a2", "retired", seconds=6)]
    events = build_events(rows[0]["run_id"], rows, Path("/raw"), Path("/out"))
    assert [(e["job"]["name"], e["eventType"]) for e in events] == [
        ("cleaned_articles", "START"), ("cleaned_articles", "COMPLETE"), ("metrics", "START"), ("metrics", "COMPLETE")]
    complete = events[-1]
    assert [d["name"] for d in complete["inputs"]] == ["articles", "entities"]
    assert complete["outputs"][0]["name"] == "metrics"
    assert complete["outputs"][0]["outputFacets"]["outputStatistics"]["rowCount"] == 2
    assert {f["name"] for f in complete["outputs"][0]["facets"]["schema"]["fields"]} >= {"value", "unit", "raw_start"}
    assert complete["run"]["facets"]["labour_news_actions"]["retired"] == 1
    assert complete["eventTime"].endswith("Z")


def test_run_ids_outside_dagster_become_stable_uuids():
    assert run_uuid("bench-1") == run_uuid("bench-1") != run_uuid("bench-2")


def metric(text="2433场", start=0, end=5, value=2433.0, high=None, article_id="a1"):
    return {"article_id": article_id, "text": text, "start": start, "end": end, "value": value, "value_high": high}


@pytest.mark.parametrize("row, passed", [
    (metric(), True),
    (metric(start=1, end=6), False),
    (metric(text="2433"), False),
])
def test_spans_must_equal_the_surface_form(row, passed):
    assert validation.spans_match_text([row], {"a1": {"text": "2433场活动"}})[0] is passed


def test_spans_of_title_mentions_index_into_the_title():
    row = dict(metric(text="湖北省", start=0, end=3), field="title")
    assert validation.spans_match_text([row], {"a1": {"text": "湖南省", "title": "湖北省春风行动"}})[0]


@pytest.mark.parametrize("value, high, passed", [
    (1.0, None, True), (math.inf, None, False), (math.nan, None, False), (1.0, math.inf, False), (None, None, False)])
def test_values_must_be_finite(value, high, passed):
    assert validation.values_finite([metric(value=value, high=high)])[0] is passed


@pytest.mark.parametrize("code, province, city, passed", [
    ("420000", "420000", None, True),
    ("421224", "420000", "421200", True),  # 通山县 under 咸宁市, 湖北省
    ("421224", "430000", "421200", False),  # wrong province
    ("421299", "420000", "421200", False),  # no such county
    (None, None, None, True),  # foreign places and parks have no code
])
def test_admin_codes_exist_and_agree_with_their_hierarchy(code, province, city, passed):
    row = {"article_id": "a1", "name": "x", "admin_code": code, "province_code": province, "city_code": city}
    assert validation.admin_codes_valid([row])[0] is passed


def test_duplicate_keys_are_reported():
    ok, bad, examples = validation.no_duplicate_keys([metric(), metric(), metric(start=9, end=14)], ("article_id", "start", "end"))
    assert (ok, bad) == (False, 1) and examples == [{"article_id": "a1", "start": 0, "end": 5}]
