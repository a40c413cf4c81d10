"""Extraction assets: entities and metrics read from the cleaned articles."""

from dagster import AssetExecutionContext, MaterializeResult, asset

from pipelines.runner import stage_entities, stage_metrics
from pipelines.versions import code_version

from .ingest import cleaned_articles, run_stage
from .metadata import column_schema, counts_markdown, markdown_preview, report_metadata
from .resources import NewsStorage


@asset(
    group_name="extraction",
    deps=[cleaned_articles],
    code_version=code_version("entities"),
    description="Entity mentions (LOC with GB/T 2260 codes, ORG, PERSON, POLICY, PROGRAM, GROUP), each with its "
                "offsets in articles.text and its byte range in the raw file.",
    metadata={"dagster/column_schema": column_schema("entities"), "table": "entities/"},
)
def entities(context: AssetExecutionContext, news_storage: NewsStorage) -> MaterializeResult:
    store, report = run_stage(context, news_storage, stage_entities)
    metadata = report_metadata(report, store.row_count("entities"))
    metadata.update({
        "mentions by type (this run)": counts_markdown(report.counts, "type"),
        "preview": markdown_preview(store.head("entities"), ["article_id", "type", "text", "name", "admin_code"]),
    })
    return MaterializeResult(metadata=metadata)


@asset(
    group_name="extraction",
    deps=[cleaned_articles, entities],
    code_version=code_version("metrics"),
    description="Every stated quantity, scaled and typed (16.77万名 → 167700 名), with qualifier, indicator, "
                "category, region, time and comparison, traceable to its sentence and raw byte range.",
    metadata={"dagster/column_schema": column_schema("metrics"), "table": "metrics/"},
)
def metrics(context: AssetExecutionContext, news_storage: NewsStorage) -> MaterializeResult:
    store, report = run_stage(context, news_storage, stage_metrics)
    metadata = report_metadata(report, store.row_count("metrics"))
    metadata.update({
        "metrics by category (this run)": counts_markdown(report.counts, "category"),
        "preview": markdown_preview(store.head("metrics"),
                                    ["article_id", "text", "value", "unit", "qualifier", "category", "region", "time"]),
    })
    return MaterializeResult(metadata=metadata)
