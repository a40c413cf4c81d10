"""Ingestion assets: the raw folder registry and the cleaned articles."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from collections.abc import Callable

from pipelines.runner import RunContext, StageReport, stage_cleaned_articles, stage_raw_articles
from pipelines.store import TableStore
from pipelines.versions import code_version

from .metadata import column_schema, counts_markdown, markdown_preview, report_metadata
from .resources import NewsStorage


def run_stage(context: AssetExecutionContext, news_storage: NewsStorage,
              stage: Callable[[RunContext], StageReport]) -> tuple[TableStore, StageReport]:
    """Run one stage of the core under the writer lock; a run tagged news/full_refresh redoes everything."""
    full_refresh = context.run.tags.get("news/full_refresh") == "true"
    ctx = RunContext(run_id=context.run.run_id, raw_dir=news_storage.raw_path(), store=news_storage.store(),
                     batch_size=news_storage.batch_size, full_refresh=full_refresh, log=context.log.info)
    with ctx.store.writer_lock():
        return ctx.store, stage(ctx)


@asset(
    group_name="ingest",
    code_version=code_version("raw_articles"),
    description="Registry of the raw folder (NEWS_RAW_DIR): one row per file with its size, sha256, detected "
                "encoding and shape, and whether it became an article, is a duplicate or is quarantined. "
                "Only files whose size or modification time changed are hashed again.",
    metadata={"dagster/column_schema": column_schema("raw_files"), "table": "raw_files.parquet"},
)
def raw_articles(context: AssetExecutionContext, news_storage: NewsStorage) -> MaterializeResult:
    store, report = run_stage(context, news_storage, stage_raw_articles)
    metadata = report_metadata(report, store.row_count("raw_files"))
    metadata.update({
        "raw folder": MetadataValue.path(str(news_storage.raw_path())),
        "files": report.counts.get("files", 0),
        "new or changed files": report.processed,
        "deleted files": report.retired,
        "preview": markdown_preview(store.head("raw_files"), ["source_path", "size", "sha256", "status"]),
    })
    return MaterializeResult(metadata=metadata)


@asset(
    group_name="ingest",
    deps=[raw_articles],
    code_version=code_version("cleaned_articles"),
    description="Cleaned articles: decoded (encoding detected), shape detected, markup and boilerplate removed, "
                "Traditional converted to Simplified, title/date/source/author/url read. Files that cannot be "
                "processed go to the quarantine table with a reason; the run goes on.",
    metadata={"dagster/column_schema": column_schema("articles"), "table": "articles/"},
)
def cleaned_articles(context: AssetExecutionContext, news_storage: NewsStorage) -> MaterializeResult:
    store, report = run_stage(context, news_storage, stage_cleaned_articles)
    quarantine = store.head("quarantine", rows=50)
    metadata = report_metadata(report, store.row_count("articles"))
    metadata.update({
        "quarantined files (total)": store.row_count("quarantine"),
        "quarantined this run by reason": counts_markdown(report.counts, "reason"),
        "quarantined files": markdown_preview(quarantine, ["source_path", "reason", "detail"]),
        "near-duplicate articles": store.row_count("near_duplicates"),
        "preview": markdown_preview(store.head("articles"), ["article_id", "source_path", "title", "published_at", "source"]),
    })
    return MaterializeResult(metadata=metadata)
