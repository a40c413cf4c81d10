"""Loads the metric lexicons kept as YAML under pipelines/data/metrics/ (read once, cached)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "metrics"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def measure_units() -> list[str]:
    groups = load("units")["measure_words"]
    return [str(unit) for units in groups.values() for unit in units]


@lru_cache(maxsize=None)
def noun_units() -> frozenset[str]:
    """Nouns read as units when written right after a number (39县 is in places; 1.2万岗位 here)."""
    return frozenset(map(str, load("units")["measure_words"].get("nouns", ())))


def time_units() -> list[str]:
    return [str(unit) for unit in load("units")["time_units"]]


def unit_aliases() -> dict[str, str]:
    return {str(k): str(v) for k, v in load("units")["unit_aliases"].items()}


def unit_not_before() -> dict[str, list[str]]:
    return {str(k): [str(c) for c in v] for k, v in load("units")["not_before"].items()}


def unit_only_before() -> dict[str, list[str]]:
    return {str(k): [str(c) for c in v] for k, v in load("units")["only_before"].items()}


def qualifiers() -> dict[str, dict[str, str]]:
    return load("qualifiers")
