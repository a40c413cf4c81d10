"""Scores output tables against gold files, following "How it is scored" in data/sample/gold/GUIDE.md.

Metrics match per article on (value, unit class) as a multiset (名/人/位 share a class, %/成 share
one); attribute fields are accuracy over matched metrics. Entities match on (type, name) as sets.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from pathlib import Path, PurePath

import pyarrow.dataset as ds

PERSON_UNITS = {"名", "人", "位"}
PERCENT_UNITS = {"%", "％", "成"}
PRIMARY_TYPES = ("LOC", "ORG", "PERSON", "POLICY")
ALL_TYPES = PRIMARY_TYPES + ("PROGRAM", "GROUP")
ATTRIBUTES = ("qualifier", "category", "region", "time")


def unit_class(unit: str | None) -> str:
    unit = (unit or "").strip()
    return "person" if unit in PERSON_UNITS else "percent" if unit in PERCENT_UNITS else unit


def value_key(value) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(f"{float(value):.6g}")


def read_rows(out_dir: Path, name: str) -> list[dict]:
    for candidate in (out_dir / f"{name}.parquet", out_dir / name):
        if candidate.exists():
            return ds.dataset(str(candidate), format="parquet").to_table().to_pylist()
    raise FileNotFoundError(f"no {name}.parquet or {name}/ under {out_dir}")


def f1_report(hits: int, predicted: int, gold: int) -> dict:
    precision = hits / predicted if predicted else (1.0 if not gold else 0.0)
    recall = hits / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "matched": hits, "predicted": predicted, "gold": gold}


def score(out_dir: Path, gold_dir: Path) -> dict:
    gold = {doc["file"]: doc for doc in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json")))}
    file_of = {r["article_id"]: PurePath(r["source_path"]).name for r in read_rows(out_dir, "articles")
               if PurePath(r["source_path"]).name in gold}
    metrics_by_file, entities_by_file = defaultdict(list), defaultdict(set)
    for row in sorted(read_rows(out_dir, "metrics"), key=lambda r: r.get("start") or 0):
        if row["article_id"] in file_of:
            metrics_by_file[file_of[row["article_id"]]].append(row)
    for row in read_rows(out_dir, "entities"):
        if row["article_id"] in file_of:
            entities_by_file[file_of[row["article_id"]]].add((row["type"], row["name"]))

    hits = predicted = expected = 0
    right, total = Counter(), Counter()
    entity_counts = {t: [0, 0, 0] for t in ALL_TYPES}
    misses, attribute_misses = [], []
    for name, doc in gold.items():
        gold_groups, pred_groups = defaultdict(list), defaultdict(list)
        for m in doc.get("metrics", []):
            gold_groups[(unit_class(m.get("unit")), value_key(m.get("value")))].append(m)
        for m in metrics_by_file.get(name, []):
            pred_groups[(unit_class(m.get("unit")), value_key(m.get("value")))].append(m)
        expected += sum(map(len, gold_groups.values()))
        predicted += sum(map(len, pred_groups.values()))
        for key, golds in gold_groups.items():
            preds = pred_groups.get(key, [])
            hits += min(len(golds), len(preds))
            for g, p in zip(golds, preds):
                for attribute in ATTRIBUTES:
                    if g.get(attribute) is not None or p.get(attribute) is not None:
                        total[attribute] += 1
                        agree = str(g.get(attribute) or "") == str(p.get(attribute) or "")
                        right[attribute] += agree
                        if not agree:
                            attribute_misses.append((name, g.get("text"), attribute, g.get(attribute), p.get(attribute)))
            misses += [("missed", name, g.get("text")) for g in golds[len(preds):]]
        for key, preds in pred_groups.items():
            misses += [("spurious", name, p.get("text")) for p in preds[len(gold_groups.get(key, [])):]]
        gold_entities = {(e["type"], e["name"]) for e in doc.get("entities", [])}
        for entity_type, counts in entity_counts.items():
            g = {e for e in gold_entities if e[0] == entity_type}
            p = {e for e in entities_by_file.get(name, set()) if e[0] == entity_type}
            counts[0] += len(g & p)
            counts[1] += len(p)
            counts[2] += len(g)
    primary = [sum(entity_counts[t][i] for t in PRIMARY_TYPES) for i in range(3)]
    return {
        "articles_scored": len(set(file_of.values())),
        "metrics": f1_report(hits, predicted, expected),
        "metric_attributes": {a: round(right[a] / total[a], 4) if total[a] else None for a in ATTRIBUTES},
        "entities_primary": f1_report(*primary),
        "entities_by_type": {t: f1_report(*c) for t, c in entity_counts.items()},
        "metric_misses": misses,
        "attribute_misses": attribute_misses,
    }
