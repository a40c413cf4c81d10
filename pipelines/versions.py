"""Code versions of the transformations: a hash of the source and data files each one runs.

A change to a stage's code or lexicons changes its version, so the next run reprocesses
what that stage wrote and Dagster shows the asset as stale.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent

# Files every stage depends on: shared dataclasses, table schemas and the incremental engine.
_SHARED = ["models.py", "schema.py", "store.py", "runner.py"]

STAGE_SOURCES: dict[str, list[str]] = {
    "raw_articles": _SHARED,
    "cleaned_articles": _SHARED + ["reading.py", "cleaning.py", "script.py", "dedup.py", "data/cleaning",
                         "entities/lexicon.py", "data/entities/surnames.txt"],
    "entities": _SHARED + ["entities", "data/entities"],
    # metrics also run two entity helpers: the gazetteer (parents of places) and the places a line joins
    "metrics": _SHARED + ["metrics", "data/metrics", "entities/gazetteer.py", "entities/places.py"],
}


def _files_under(relative: str) -> list[Path]:
    path = PACKAGE_DIR / relative
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return []


@lru_cache(maxsize=None)
def code_version(stage: str) -> str:
    digest = hashlib.sha256()
    for relative in STAGE_SOURCES[stage]:
        for path in _files_under(relative):
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
