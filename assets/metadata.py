"""Materialisation metadata a user reads at a glance in the Dagster UI."""
from __future__ import annotations

from dagster import MetadataValue, TableColumn, TableSchema

from pipelines.runner import StageReport
from pipelines.schema import TABLE_COLUMNS

PREVIEW_ROWS = 10
PREVIEW_CELL_CHARS = 40


def column_schema(table: str) -> TableSchema:
    return TableSchema(columns=[TableColumn(name, str(dtype), description=text)
                                for name, dtype, text in TABLE_COLUMNS[table]])


def markdown_preview(rows: list[dict], columns: list[str]) -> MetadataValue:
    if not rows:
        return MetadataValue.md("_no rows_")

    def cell(value) -> str:
        text = "" if value is None else str(value).replace("\n", " ").replace("|", "\\|")
        return text if len(text) <= PREVIEW_CELL_CHARS else text[:PREVIEW_CELL_CHARS] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows[:PREVIEW_ROWS]]
    return MetadataValue.md("\n".join(lines))


def counts_markdown(counts: dict[str, int], heading: str) -> MetadataValue:
    if not counts:
        return MetadataValue.md("_none_")
    lines = [f"| {heading} | count |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return MetadataValue.md("\n".join(lines))


def report_metadata(report: StageReport, table_rows: int) -> dict:
    return {
        "dagster/row_count": table_rows,
        "articles processed": report.processed,
        "articles retired": report.retired,
        "articles unchanged": report.unchanged,
        "rows written": report.rows_written,
        "seconds": report.seconds,
        "code version": report.code_version,
    }
