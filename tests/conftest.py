import shutil
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SAMPLE_RAW = PROJECT_DIR / "data" / "sample" / "raw"
SAMPLE_GOLD = PROJECT_DIR / "data" / "sample" / "gold"


@pytest.fixture
def sample_raw_copy(tmp_path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    return raw
