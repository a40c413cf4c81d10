"""Deployment settings as a Dagster resource: where raw articles land and where tables go."""
from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource, EnvVar

from pipelines.store import TableStore

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_RAW_DIR = PROJECT_DIR / "data" / "sample" / "raw"
DEFAULT_OUTPUT_DIR = PROJECT_DIR / "data" / "outputs"


class NewsStorage(ConfigurableResource):
    """Raw folder (NEWS_RAW_DIR) and output folder (NEWS_OUTPUT_DIR); relative paths are taken from the project folder."""

    raw_dir: str
    output_dir: str
    batch_size: int = 1000

    def raw_path(self) -> Path:
        return _absolute(self.raw_dir)

    def output_path(self) -> Path:
        return _absolute(self.output_dir)

    def store(self) -> TableStore:
        return TableStore(self.output_path())


def _absolute(path: str) -> Path:
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else PROJECT_DIR / candidate


def _setting(variable: str, default: Path):
    # EnvVar is resolved at run time and shown as such in the UI; it fails when unset, so fall back.
    return EnvVar(variable) if os.environ.get(variable) else str(default)


def output_dir_from_environment() -> Path:
    """The output folder outside a run (EnvVar resolves only inside Dagster)."""
    return _absolute(os.environ.get("NEWS_OUTPUT_DIR") or str(DEFAULT_OUTPUT_DIR))


def news_storage_from_environment() -> NewsStorage:
    return NewsStorage(
        raw_dir=_setting("NEWS_RAW_DIR", DEFAULT_RAW_DIR),
        output_dir=_setting("NEWS_OUTPUT_DIR", DEFAULT_OUTPUT_DIR),
        batch_size=int(os.environ.get("NEWS_BATCH_SIZE", "1000")),
    )
