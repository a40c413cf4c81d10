"""Parquet table store: article-keyed tables split in buckets, every write atomic.

A table keyed by article_id lives in a folder `NAME/` with one file per bucket
(the first two hex digits of article_id), so an incremental run rewrites only
the buckets its articles fall in. Each file is written to a temporary name and
renamed over the old one, so a reader (or a run killed mid-write) only ever sees
whole files; a half-finished run is completed by the next one, which replaces
rows by article_id and so never duplicates them.
"""
from __future__ import annotations

import fcntl
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .schema import arrow_schema

STATE_DIR = "_state"


def bucket_of(article_id: str) -> str:
    return article_id[:2]


def write_parquet_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        # The rename is what makes the write atomic for readers and killed runs; no fsync, which
        # would only add power-loss durability at about 4 ms a file.
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def rows_to_table(rows: Iterable[dict], table: str) -> pa.Table:
    schema = arrow_schema(table)
    return pa.Table.from_pylist(list(rows), schema=schema)


class TableStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    # ---- paths: `location` is relative to the root and defaults to the table's name
    def table_dir(self, table: str, location: str | None = None) -> Path:
        return self.root / (location or table)

    def single_file(self, table: str, location: str | None = None) -> Path:
        return self.root / (location or f"{table}.parquet")

    # ---- locking: one writer at a time over the whole output folder
    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        lock_path = self.root / STATE_DIR / "writer.lock"
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(lock_path, "a+") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    # ---- article-keyed, bucketed tables
    def read_bucketed(self, table: str, location: str | None = None, columns: list[str] | None = None,
                      article_ids: set[str] | None = None) -> pa.Table:
        folder = self.table_dir(table, location)
        schema = arrow_schema(table)
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        files = sorted(folder.glob("part-*.parquet")) if folder.exists() else []
        if article_ids is not None:
            wanted = {bucket_of(a) for a in article_ids}
            files = [f for f in files if f.stem.removeprefix("part-") in wanted]
        parts = [pq.read_table(f, columns=columns, schema=schema) for f in files]
        result = pa.concat_tables(parts) if parts else schema.empty_table()
        if article_ids is not None and result.num_rows:
            result = result.filter(pc.is_in(result["article_id"], pa.array(sorted(article_ids), pa.string())))
        return result

    def replace_articles(self, table: str, article_ids: Iterable[str], new_rows: pa.Table,
                         location: str | None = None) -> None:
        """Delete every row of the given articles, then add new_rows (which belong to those articles)."""
        schema = arrow_schema(table)
        new_rows = new_rows.select(schema.names).cast(schema)
        ids_by_bucket: dict[str, set[str]] = defaultdict(set)
        for article_id in article_ids:
            ids_by_bucket[bucket_of(article_id)].add(article_id)
        if new_rows.num_rows:
            buckets = pc.utf8_slice_codeunits(new_rows["article_id"], 0, 2)
            for bucket in set(buckets.to_pylist()):
                ids_by_bucket.setdefault(bucket, set())
        else:
            buckets = None
        folder = self.table_dir(table, location)
        for bucket, ids in sorted(ids_by_bucket.items()):
            path = folder / f"part-{bucket}.parquet"
            kept = pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()
            if ids and kept.num_rows:
                kept = kept.filter(pc.invert(pc.is_in(kept["article_id"], pa.array(sorted(ids), pa.string()))))
            added = new_rows.filter(pc.equal(buckets, bucket)) if buckets is not None else schema.empty_table()
            merged = pa.concat_tables([kept, added])
            if merged.num_rows:
                write_parquet_atomically(merged, path)
            elif path.exists():
                path.unlink()

    # ---- whole-file tables (registry, quarantine)
    def read_file(self, table: str, location: str | None = None) -> pa.Table:
        path = self.single_file(table, location)
        schema = arrow_schema(table)
        return pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()

    def write_file(self, table: str, rows: pa.Table, location: str | None = None) -> None:
        schema = arrow_schema(table)
        write_parquet_atomically(rows.select(schema.names).cast(schema), self.single_file(table, location))

    # ---- append-only tables (lineage: one file per run and asset)
    def append(self, table: str, part_name: str, rows: pa.Table) -> Path:
        schema = arrow_schema(table)
        path = self.table_dir(table) / f"{part_name}.parquet"
        write_parquet_atomically(rows.select(schema.names).cast(schema), path)
        return path

    def read_appended(self, table: str, prefix: str = "") -> pa.Table:
        folder = self.table_dir(table)
        schema = arrow_schema(table)
        files = sorted(folder.glob(f"{prefix}*.parquet")) if folder.exists() else []
        parts = [pq.read_table(f, schema=schema) for f in files]
        return pa.concat_tables(parts) if parts else schema.empty_table()

    # ---- cheap summaries for run metadata (footers and the first file only)
    def table_files(self, table: str, location: str | None = None) -> list[Path]:
        """The Parquet files of a table, whether it is one NAME.parquet or a folder NAME/."""
        single = self.single_file(table, location)
        if single.is_file():
            return [single]
        folder = self.table_dir(table, location)
        return sorted(folder.glob("*.parquet")) if folder.is_dir() else []

    def row_count(self, table: str, location: str | None = None) -> int:
        return sum(pq.ParquetFile(path).metadata.num_rows for path in self.table_files(table, location))

    def head(self, table: str, rows: int = 10, location: str | None = None) -> list[dict]:
        result: list[dict] = []
        for path in self.table_files(table, location):
            result += pq.read_table(path).slice(0, rows - len(result)).to_pylist()
            if len(result) >= rows:
                break
        return result

    def file_schemas(self, table: str, location: str | None = None) -> list[tuple[str, pa.Schema]]:
        """Schema as written in each file of a table (what a reader of the Parquet files sees)."""
        return [(path.name, pq.read_schema(path)) for path in self.table_files(table, location)]
