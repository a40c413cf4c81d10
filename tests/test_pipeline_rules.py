"""Rules the pipeline applies where two extractors meet."""
import pytest


def entity(kind, start, end):
    from pipelines.models import Entity

    return Entity(kind, "x" * (end - start), "x", start, end)


def quantity(start, end, qualifier="exact"):
    from pipelines.models import Metric

    return Metric("x", 1.0, None, "项", qualifier, None, "other", None, None, None, None, start, end)


@pytest.mark.parametrize("metric, entities, dropped", [
    (quantity(2, 4), [entity("PROGRAM", 0, 10)], True),  # 百日千万招聘专项行动
    (quantity(2, 4), [entity("POLICY", 0, 10)], True),
    (quantity(0, 3, "at_most"), [entity("PROGRAM", 0, 6)], False),  # 近百项行动: a count
    (quantity(2, 4), [entity("LOC", 0, 10)], False),
    (quantity(8, 12), [entity("PROGRAM", 0, 10)], False),
])
def test_numbers_inside_names_are_not_metrics(metric, entities, dropped):
    from pipelines.runner import inside_a_name

    assert inside_a_name(metric, entities) is dropped
