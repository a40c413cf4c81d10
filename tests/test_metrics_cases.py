"""Quantity strings from the sample articles and the CCTV corpus (tests/data/metric_cases.tsv):
each surface string in its sentence must give the expected value, range, unit and qualifier,
and each negative case (value '-') must give no metric at all."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from pipelines.metrics import extract_metrics

CASES_FILE = Path(__file__).parent / "data" / "metric_cases.tsv"


def load_cases():
    cases = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        context, surface, value, value_high, unit, qualifier, source = line.split("\t")
        cases.append(pytest.param(context, surface, value, value_high, unit, qualifier,
                                  id=f"{number}:{source}:{surface}"))
    return cases


CASES = load_cases()


def test_enough_cases():
    assert len(CASES) >= 300


@pytest.mark.parametrize("context, surface, value, value_high, unit, qualifier", CASES)
def test_case(context, surface, value, value_high, unit, qualifier):
    at = context.find(surface)
    assert at >= 0, "surface must occur in its context"
    metrics = extract_metrics(context)
    for m in metrics:
        assert context[m.start:m.end] == m.text
    overlapping = [m for m in metrics if m.start < at + len(surface) and at < m.end]
    if value == "-":
        assert overlapping == [], f"{surface!r} is not a metric"
        return
    exact = [m for m in overlapping if m.start == at and m.end == at + len(surface)]
    assert exact, f"no metric read as {surface!r}; got {[m.text for m in overlapping]}"
    m = exact[0]
    assert math.isclose(m.value, float(value), rel_tol=1e-9)
    if value_high:
        assert m.value_high is not None and math.isclose(m.value_high, float(value_high), rel_tol=1e-9)
    else:
        assert m.value_high is None
    assert m.unit == unit
    assert m.qualifier == qualifier
