"""OpenLineage run events (JSON lines) for a run's transformations, ready to send to Marquez.

One START and one COMPLETE event per transformation, with its input and output datasets,
the schema of each output and the number of articles it touched.
"""
from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from .schema import TABLE_COLUMNS

PRODUCER = "https://github.com/labour-news-pipeline/labour-news-pipeline"
SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
SCHEMA_FACET_URL = "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet"
STATS_FACET_URL = ("https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json"
                   "#/$defs/OutputStatisticsOutputDatasetFacet")
JOB_NAMESPACE = "labour-news-pipeline"

# transformation -> (input tables, output tables); "raw" is the raw folder itself.
DATASETS: dict[str, tuple[list[str], list[str]]] = {
    "raw_articles": (["raw"], ["raw_files"]),
    "cleaned_articles": (["raw", "raw_files"], ["articles", "quarantine", "near_duplicates"]),
    "entities": (["articles"], ["entities"]),
    "metrics": (["articles", "entities"], ["metrics"]),
}


def _dataset(name: str, raw_dir: Path, output_dir: Path, row_count: int | None = None) -> dict:
    if name == "raw":
        return {"namespace": f"file://{raw_dir.resolve()}", "name": "raw", "facets": {}}
    facets: dict = {}
    if name in TABLE_COLUMNS:
        facets["schema"] = {
            "_producer": PRODUCER, "_schemaURL": SCHEMA_FACET_URL,
            "fields": [{"name": c, "type": str(t), "description": d} for c, t, d in TABLE_COLUMNS[name]],
        }
    dataset = {"namespace": f"file://{output_dir.resolve()}", "name": name, "facets": facets}
    if row_count is not None:
        dataset["outputFacets"] = {"outputStatistics": {"_producer": PRODUCER, "_schemaURL": STATS_FACET_URL,
                                                        "rowCount": row_count}}
    return dataset


def run_uuid(run_id: str) -> str:
    try:
        return str(uuid.UUID(run_id))
    except ValueError:  # runs outside Dagster have free-form ids; OpenLineage wants a UUID
        return str(uuid.uuid5(uuid.NAMESPACE_URL, run_id))


def build_events(run_id: str, lineage_rows: list[dict], raw_dir: Path, output_dir: Path) -> list[dict]:
    """Events for every transformation that has lineage rows in this run, in time order."""
    by_asset: dict[str, list[dict]] = defaultdict(list)
    for row in lineage_rows:
        by_asset[row["asset"]].append(row)
    events = []
    for asset, rows in by_asset.items():
        inputs, outputs = DATASETS.get(asset, ([], [asset]))
        started = min(r["started_at"] for r in rows)
        finished = max(r["finished_at"] for r in rows)
        actions: dict[str, int] = defaultdict(int)
        for r in rows:
            actions[r["action"]] += 1
        base = {
            "run": {"runId": run_uuid(run_id), "facets": {}},
            "job": {"namespace": JOB_NAMESPACE, "name": asset, "facets": {}},
            "inputs": [_dataset(n, raw_dir, output_dir) for n in inputs],
            "producer": PRODUCER,
            "schemaURL": SCHEMA_URL,
        }
        events.append(dict(base, eventType="START", eventTime=_iso(started),
                           outputs=[_dataset(n, raw_dir, output_dir) for n in outputs]))
        complete = dict(base, eventType="COMPLETE", eventTime=_iso(finished),
                        outputs=[_dataset(n, raw_dir, output_dir, row_count=len(rows)) for n in outputs[:1]]
                        + [_dataset(n, raw_dir, output_dir) for n in outputs[1:]])
        complete["run"] = {"runId": run_uuid(run_id), "facets": {
            "labour_news_actions": {"_producer": PRODUCER, "_schemaURL": SCHEMA_URL, **dict(actions)}}}
        events.append(complete)
    events.sort(key=lambda e: (e["eventTime"], e["eventType"] != "START"))
    return events


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def write_events(events: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for event in events:
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path
