"""Asset checks; the blocking ones stop bad data before it reaches the next asset."""

from dagster import AssetCheckResult, AssetCheckSeverity, MetadataValue, asset_check

from pipelines import validation

from .extraction import entities, metrics
from .ingest import cleaned_articles
from .resources import NewsStorage


def _result(outcome: validation.Result, description: str) -> AssetCheckResult:
    passed, bad, examples = outcome
    return AssetCheckResult(
        passed=passed,
        severity=AssetCheckSeverity.ERROR,
        description=description,
        metadata={"bad rows": bad, "examples": MetadataValue.json(examples)},
    )


def _article_fields(news_storage: NewsStorage) -> dict[str, dict[str, str]]:
    rows = news_storage.store().read_bucketed("articles", columns=["article_id", "text", "title", "source", "author", "dateline"]).to_pylist()
    return {row.pop("article_id"): row for row in rows}


@asset_check(asset=cleaned_articles, blocking=True, description="articles: schema as documented; text non-empty and free of U+FFFD; article_id unique")
def articles_are_whole(news_storage: NewsStorage) -> AssetCheckResult:
    store = news_storage.store()
    rows = store.read_bucketed("articles", columns=["article_id", "source_path", "text"]).to_pylist()
    schema = validation.schema_matches(store.file_schemas("articles"), "articles")
    texts = validation.non_empty_text(rows)
    keys = validation.no_duplicate_keys(rows, ("article_id",))
    return _result(validation.combine(schema, texts, keys), "schema, non-empty text, unique article_id")


@asset_check(asset=entities, blocking=True, description="entities: text[start:end] equals the surface form; admin codes exist and agree with their hierarchy; no duplicate mentions")
def entities_are_consistent(news_storage: NewsStorage) -> AssetCheckResult:
    store = news_storage.store()
    rows = store.read_bucketed("entities").to_pylist()
    schema = validation.schema_matches(store.file_schemas("entities"), "entities")
    spans = validation.spans_match_text(rows, _article_fields(news_storage))
    codes = validation.admin_codes_valid(rows)
    keys = validation.no_duplicate_keys(rows, ("article_id", "field", "type", "name", "start", "end"))
    return _result(validation.combine(schema, spans, codes, keys), "schema, spans, admin codes, unique mentions")


@asset_check(asset=metrics, blocking=True, description="metrics: text[start:end] equals the surface form; values finite; one row per span")
def metrics_are_consistent(news_storage: NewsStorage) -> AssetCheckResult:
    store = news_storage.store()
    rows = store.read_bucketed("metrics").to_pylist()
    schema = validation.schema_matches(store.file_schemas("metrics"), "metrics")
    spans = validation.spans_match_text(rows, _article_fields(news_storage))
    finite = validation.values_finite(rows)
    keys = validation.no_duplicate_keys(rows, ("article_id", "field", "start", "end"))
    return _result(validation.combine(schema, spans, finite, keys), "schema, spans, finite values, unique spans")


@asset_check(asset=cleaned_articles, description="quarantine holds no internal_error rows: a file set aside by a bug, not by bad input")
def no_file_quarantined_by_a_bug(news_storage: NewsStorage) -> AssetCheckResult:
    rows = [r for r in news_storage.store().read_file("quarantine").to_pylist() if r["reason"] == "internal_error"]
    return AssetCheckResult(
        passed=not rows,
        severity=AssetCheckSeverity.WARN,
        description="files quarantined by an exception in the pipeline's own code",
        metadata={"bad rows": len(rows), "examples": MetadataValue.json(
            [{"source_path": r["source_path"], "detail": r["detail"]} for r in rows[:5]])},
    )
