"""Loading of the curated data files under pipelines/data/entities/ (TSV/TXT, '#' comments)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "entities"


def _lines(name: str) -> list[str]:
    lines = []
    for raw in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(line)
    return lines


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """One entry a line (first whitespace-separated field)."""
    return tuple(line.split()[0] for line in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """TSV with a header row; missing trailing cells become ''."""
    rows = _lines(name)
    header = rows[0].split("\t")
    out = []
    for line in rows[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        out.append({h: c.strip() for h, c in zip(header, cells)})
    return tuple(out)


@lru_cache(maxsize=None)
def comment_directive(name: str, key: str) -> tuple[str, ...]:
    """Values of a '#key<TAB>v1 v2 ...' directive line inside a data file."""
    for raw in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if raw.startswith("#" + key):
            return tuple(raw[len(key) + 1:].split())
    return ()
