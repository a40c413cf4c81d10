"""Entity extraction over the five sample articles against their gold files (regression guard)."""
import json
import re
from pathlib import Path

import pytest

from pipelines.entities import extract_entities
from pipelines.models import Entity

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "sample" / "raw"
GOLD = ROOT / "data" / "sample" / "gold"
PRIMARY = ("LOC", "ORG", "PERSON", "POLICY")


def _clean(raw: str) -> tuple[str | None, str]:
    """Front matter and HTML stripped, Traditional converted (stands in for pipelines.cleaning)."""
    title = None
    m = re.match(r"(?s)^---\n(.*?)\n---\n", raw)
    if m:
        t = re.search(r'^title:\s*"?(.*?)"?\s*$', m.group(1), re.M)
        title = t.group(1) if t else None
        raw = raw[m.end():]
    text = "\n".join(line.strip() for line in re.sub(r"<[^>]+>", "\n", raw).splitlines() if line.strip())
    import opencc
    return title, opencc.OpenCC("t2s").convert(text)


def _extract_samples():
    out = {}
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        title, text = _clean((RAW / gold["file"]).read_text(encoding="utf-8"))
        out[gold["file"]] = (gold, text, extract_entities(text, title))
    return out


@pytest.fixture(scope="module")
def samples():
    return _extract_samples()


def test_offsets_and_fields(samples):
    for _, text, entities in samples.values():
        for e in entities:
            assert isinstance(e, Entity)
            assert text[e.start:e.end] == e.text
            assert e.type in ("LOC", "ORG", "PERSON", "POLICY", "PROGRAM", "GROUP")
            if e.admin_code:
                assert e.type == "LOC" and e.province_code == e.admin_code[:2] + "0000"


def test_primary_f1_on_samples(samples):
    hits = n_pred = n_gold = 0
    for gold, _, entities in samples.values():
        g = {(e["type"], e["name"]) for e in gold["entities"] if e["type"] in PRIMARY}
        p = {(e.type, e.name) for e in entities if e.type in PRIMARY}
        hits, n_pred, n_gold = hits + len(g & p), n_pred + len(p), n_gold + len(g)
    precision, recall = hits / n_pred, hits / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.93


def test_traditional_article_resolves_abbreviation(samples):
    gold, text, entities = samples["003_f4a06811cd885d19.txt"]
    assert ("LOC", "湖南省") in {(e.type, e.name) for e in entities}
    assert any(e.text == "湘" and e.name == "湖南省" for e in entities)
