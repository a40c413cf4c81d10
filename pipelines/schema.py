"""Column schemas of the output tables: one source for Parquet files, README and the Dagster UI."""
from __future__ import annotations

import pyarrow as pa

# (name, arrow type, description). Descriptions are what the README and the UI show.
TABLE_COLUMNS: dict[str, list[tuple[str, pa.DataType, str]]] = {
    "raw_files": [
        ("source_path", pa.string(), "path of the raw file relative to NEWS_RAW_DIR (POSIX separators)"),
        ("size", pa.int64(), "size of the raw file in bytes"),
        ("mtime_ns", pa.int64(), "modification time seen at the last scan (ns since epoch); used only to skip re-hashing"),
        ("sha256", pa.string(), "sha256 of the raw bytes"),
        ("article_id", pa.string(), "id of the article made from this file (first 16 hex digits of sha256); null when quarantined"),
        ("status", pa.string(), "article | duplicate (same bytes as another file: processed once) | quarantined | pending"),
        ("duplicate_of", pa.string(), "for status duplicate: source_path of the file whose article holds this content"),
        ("encoding", pa.string(), "detected encoding of the raw bytes (Python codec name)"),
        ("shape", pa.string(), "detected shape: jekyll_post | html_page | wire_text | page_dump | plain_text"),
        ("scan_error", pa.string(), "why the file could not be read at the last scan, else null"),
        ("first_seen_run", pa.string(), "Dagster run id that first saw this content"),
        ("last_seen_run", pa.string(), "Dagster run id of the latest scan that saw the file"),
    ],
    "articles": [
        ("article_id", pa.string(), "stable article id: first 16 hex digits of the raw file's sha256 (identical bytes give one article)"),
        ("source_path", pa.string(), "raw file relative to NEWS_RAW_DIR"),
        ("content_sha256", pa.string(), "sha256 of the raw bytes"),
        ("title", pa.string(), "title from front matter, <title>/<h1>, the first line of plain text, or a flash's 【headline】"),
        ("published_at", pa.string(), "publication time, ISO 8601 with offset (date only when only a date is known); null when the article gives none"),
        ("published_at_note", pa.string(), "where published_at came from, or why it is null"),
        ("source", pa.string(), "outlet as credited (中国劳动保障报, 华声在线; 央视网（新闻联播）: the outlet and its programme)"),
        ("author", pa.string(), "reporters and correspondents from the byline"),
        ("editor", pa.string(), "editors credited on the page (责任编辑：张三, 审校：李四), a line cut from text"),
        ("url", pa.string(), "original URL when the file gives one"),
        ("dateline", pa.string(), "the dateline (电头) the story opened with (新华社成都2月21日电, 中证网讯, 央视网消息), cut from text; its outlet and place are entities"),
        ("shape", pa.string(), "detected raw shape"),
        ("encoding", pa.string(), "detected encoding of the raw bytes"),
        ("script", pa.string(), "script of the raw text: simplified | traditional"),
        ("text", pa.string(), "cleaned body in Simplified Chinese, one paragraph per line; entity and metric offsets index into it"),
        ("original_text", pa.string(), "cleaned body in the original script, same length as text"),
    ],
    "entities": [
        ("article_id", pa.string(), "article the mention is in"),
        ("field", pa.string(), "where the mention is: text (the body) | title | source | author | editor | dateline (fields the cleaner moved out of the body)"),
        ("type", pa.string(), "LOC | ORG | PERSON | POLICY | PROGRAM | GROUP"),
        ("text", pa.string(), "surface form: the article's field[start:end] (articles.text[start:end] for the body)"),
        ("name", pa.string(), "normalised name (GUIDE.md): standard full place name for LOC, words as written otherwise"),
        ("start", pa.int64(), "start offset in the field (characters)"),
        ("end", pa.int64(), "end offset in the field (exclusive)"),
        ("raw_start", pa.int64(), "start byte offset in the raw file (body mentions)"),
        ("raw_end", pa.int64(), "end byte offset in the raw file: raw[raw_start:raw_end] decodes to the text as written"),
        ("admin_code", pa.string(), "GB/T 2260 code for Chinese administrative places (6 digits, 9 for townships), else null"),
        ("province_code", pa.string(), "code of the province the place belongs to"),
        ("city_code", pa.string(), "code of the prefecture-level city the place belongs to"),
        ("county_code", pa.string(), "code of the county the place belongs to"),
        ("canonical_name", pa.string(), "resolved identity (ORG: full official name)"),
        ("region_code", pa.string(), "code of the region an ORG belongs to"),
        ("role", pa.string(), "PERSON: role given in the text"),
        ("org", pa.string(), "PERSON: organisation given in the text"),
    ],
    "metrics": [
        ("article_id", pa.string(), "article the quantity is in"),
        ("field", pa.string(), "where the figure is: text (the body) | title (the headline)"),
        ("text", pa.string(), "surface form as written (number, scale, unit, approximation word)"),
        ("value", pa.float64(), "number with its scale applied (16.77万名 → 167700)"),
        ("value_high", pa.float64(), "upper end of a range, else null"),
        ("unit", pa.string(), "unit or measure word with the scale stripped (亿元 → 元); \"\" for a bare number"),
        ("qualifier", pa.string(), "exact | at_least | at_most | approx"),
        ("indicator", pa.string(), "words from the sentence naming what is counted"),
        ("category", pa.string(), "job_fairs job_postings employment labor_transfer training entrepreneurship funding enterprises rate engagement economy other"),
        ("region", pa.string(), "standard name of the place the figure is about, 全国, or null"),
        ("region_code", pa.string(), "GB/T 2260 code of region"),
        ("time", pa.string(), "date or period the figure refers to (2022-03-08, 2021, 2025-H1, 2022-01/2022-03), or null"),
        ("comparison", pa.string(), "for changes: what the figure is relative to (同比, 比上年…), else null"),
        ("start", pa.int64(), "start offset in the field (articles.text or articles.title)"),
        ("end", pa.int64(), "end offset in the field (exclusive)"),
        ("raw_start", pa.int64(), "start byte offset in the raw file (body figures)"),
        ("raw_end", pa.int64(), "end byte offset in the raw file (body figures)"),
        ("sentence", pa.string(), "the sentence the figure was read from (the title for a headline's figure)"),
    ],
    "lineage": [
        ("run_id", pa.string(), "Dagster run id (or the id of a run outside Dagster)"),
        ("asset", pa.string(), "transformation: raw_articles | cleaned_articles | entities | metrics"),
        ("article_id", pa.string(), "article transformed (null for a quarantined file)"),
        ("source_path", pa.string(), "raw file behind the article"),
        ("action", pa.string(), "processed | retired (source deleted or changed) | quarantined | duplicate"),
        ("input_sha256", pa.string(), "sha256 of the transformation's input (raw bytes, or the cleaned text)"),
        ("output_sha256", pa.string(), "sha256 of the rows the transformation wrote for the article"),
        ("code_version", pa.string(), "version of the code that ran (hash of its source and data files)"),
        ("started_at", pa.timestamp("us", tz="UTC"), "when the transformation of this article started"),
        ("finished_at", pa.timestamp("us", tz="UTC"), "when it finished"),
        ("parameters", pa.string(), "JSON of the parameters that shaped the output"),
    ],
    "near_duplicates": [
        ("article_id", pa.string(), "article that has at least one near-duplicate (the same story from another file)"),
        ("cluster_id", pa.string(), "shared id of the articles that tell the same story"),
        ("source_path", pa.string(), "raw file behind the article"),
    ],
    "quarantine": [
        ("source_path", pa.string(), "raw file relative to NEWS_RAW_DIR"),
        ("sha256", pa.string(), "sha256 of the raw bytes (null when unreadable)"),
        ("size", pa.int64(), "size in bytes (null when unreadable)"),
        ("reason", pa.string(), "empty | binary | undecodable | truncated | oversized | malformed_front_matter | no_text | unreadable | internal_error"),
        ("detail", pa.string(), "what exactly was seen"),
        ("run_id", pa.string(), "run that quarantined the file"),
        ("quarantined_at", pa.timestamp("us", tz="UTC"), "when"),
    ],
}

# Internal state kept beside the tables (not user tables, but documented in the README).
STATE_COLUMNS: dict[str, list[tuple[str, pa.DataType, str]]] = {
    "stage_state": [
        ("article_id", pa.string(), "article"),
        ("input_sha256", pa.string(), "input the stage last processed"),
        ("output_sha256", pa.string(), "output it wrote"),
        ("code_version", pa.string(), "code version that wrote it"),
    ],
    "article_offsets": [
        ("article_id", pa.string(), "article"),
        ("raw_offsets", pa.list_(pa.int64()), "byte offset in the raw file of each character of text, plus the end"),
    ],
}


def arrow_schema(table: str) -> pa.Schema:
    columns = TABLE_COLUMNS.get(table) or STATE_COLUMNS[table]
    return pa.schema([pa.field(name, dtype) for name, dtype, _ in columns])


def column_names(table: str) -> list[str]:
    return [name for name, _, _ in (TABLE_COLUMNS.get(table) or STATE_COLUMNS[table])]
