"""Lineage asset: the run's transformations as a table summary and as OpenLineage events."""

from collections import Counter

import pyarrow.compute as pc
from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from pipelines.openlineage import build_events, write_events

from .extraction import entities, metrics
from .ingest import cleaned_articles, raw_articles
from .metadata import column_schema, counts_markdown, markdown_preview
from .resources import NewsStorage

OPENLINEAGE_DIR = "openlineage"


@asset(
    group_name="lineage",
    deps=[raw_articles, cleaned_articles, entities, metrics],
    description="Lineage: one row per transformation per article per run (input and output sha256, code version, "
                "times, parameters), written by each transformation as it goes; this asset also writes the run's "
                "OpenLineage events to openlineage/RUN_ID.jsonl for a lineage server such as Marquez.",
    metadata={"dagster/column_schema": column_schema("lineage"), "table": "lineage/"},
)
def lineage(context: AssetExecutionContext, news_storage: NewsStorage) -> MaterializeResult:
    store = news_storage.store()
    run_id = context.run.run_id
    rows = store.read_appended("lineage", prefix=run_id).to_pylist()
    events_path = store.root / OPENLINEAGE_DIR / f"{run_id}.jsonl"
    events = build_events(run_id, rows, news_storage.raw_path(), store.root)
    if events:
        write_events(events, events_path)
    actions = Counter(f"{r['asset']} {r['action']}" for r in rows)
    return MaterializeResult(metadata={
        "dagster/row_count": store.row_count("lineage"),
        "rows this run": len(rows),
        "transformations this run": counts_markdown(dict(actions), "asset action"),
        "openlineage events": len(events),
        "openlineage file": MetadataValue.path(str(events_path)) if events else MetadataValue.text("no events: nothing changed"),
        "preview": markdown_preview(rows, ["asset", "article_id", "action", "code_version", "output_sha256"]),
    })
