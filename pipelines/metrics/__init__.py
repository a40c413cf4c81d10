"""Metric extraction: quantities in cleaned article text with their attributes (GUIDE.md).

    extract_metrics(text, published=None, places=()) -> list[Metric]
    extract_title_metrics(title, published, title_places, body_metrics) -> list[Metric]

`text` is the cleaned Simplified-Chinese body (one paragraph per line); offsets of every
Metric index into it. `published` is 'YYYY-MM-DD' or None. `places` are LOC entities of the same
text, used for `region`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Sequence

from pipelines.models import Entity, Metric

from .attribution import (COUNTED_PLACES, RegionIndex, Spans, TimeIndex, Where, categorise, comparison_for,
                          end_of_span, indicator_for, is_heading)
from .extract import Quantity, find_quantities

__all__ = ["extract_metrics", "extract_title_metrics", "find_quantities", "Quantity"]


# 900万人的预期目标任务, 6%左右的预期调控目标, 5.5%左右的控制目标, 1100万人目标任务 (not 袭击了70个目标: things struck)
TARGET_AFTER = re.compile(r"的(?:预期|年度|全年)?(?:调控|控制)?目标|(?:预期|年度|全年)?(?:调控)?目标任务")
# 占年内任务数10.73万人的106%: the year's target named before it (not 完成年度目标任务79%, a share)
TARGET_NAMED_BEFORE = re.compile(r"(?:年内|全年|年度)(?:目标)?任务数?(?:为|是|达)?$")


def extract_metrics(text: str, published: str | None = None, places: Sequence[Entity] = (),
                    title: str | None = None, title_places: Sequence[Entity] = (),
                    outlet_places: Sequence[Entity] = ()) -> list[Metric]:
    """Every stated quantity of `text` with its attributes. `places` are the LOC entities of the text;
    the title and its places are the last resort for a figure's region (a flash's 【统计局：…】);
    `outlet_places` (of the source and dateline: 随州日报讯) tell where 我市/全市 is."""
    quantities = find_quantities(text)
    if not quantities:
        return []
    published = published[:10] if published else None
    spans = Spans.of(text)
    times = TimeIndex(text, published)
    regions = RegionIndex(text, places, title, title_places, spans, outlet_places)
    metrics: list[Metric] = []
    previous_category: tuple[int, str] | None = None
    scanned_paragraph = -1
    for i, q in enumerate(quantities):
        where = Where.of(spans, q.start)
        if where.paragraph_start != scanned_paragraph:  # a paragraph's figures come one after another
            times.scan_paragraph(where.paragraph_start, where.paragraph_end)
            scanned_paragraph = where.paragraph_start
        comparison = comparison_for(q, text, where)
        previous_end = quantities[i - 1].end if i else 0
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else None
        category = categorise(q, text, where, previous_end, next_start)
        clause_start, sentence_start = where.clause_start, where.sentence_start
        # 其中…: a breakdown of the previous figure in the sentence takes its category.
        breakdown = text.startswith("其中", clause_start) or text.endswith(("其中，", "其中,"), 0, clause_start)
        if (category == "other" and previous_category and breakdown
                and (previous_category[0] == sentence_start or text.startswith("其中", sentence_start))
                and metrics and metrics[-1].unit == q.unit
                and not (COUNTED_PLACES.match(text, q.end) or text.startswith("地区", q.end))):  # 10个地区: places
            category = previous_category[1]  # also opening the next sentence (…减少28096人。其中，酒店…减少12641人)
        # …开行旅客列车13028列，较现图增加230列: a change with no subject of its own counts what the
        # figure before it in the sentence counts.
        if (category == "other" and (comparison is not None or text.startswith(CHANGE_COUNTED, clause_start))
                and metrics and metrics[-1].start >= sentence_start
                and metrics[-1].unit == q.unit and text.startswith(CHANGE_CLAUSE_OPENERS, clause_start)):
            category = metrics[-1].category
        # …城镇新增就业898万人，接近完成900万人的预期目标任务: a target counts what the figure it is
        # the target of counts (the nearest earlier one of the sentence in the same unit)
        is_target = TARGET_AFTER.match(text, q.end) is not None or (
            q.unit != "%" and TARGET_NAMED_BEFORE.search(text, max(clause_start, q.start - 10), q.start) is not None)
        if category == "other" and is_target:
            category = next((m.category for m in reversed(metrics) if m.start >= sentence_start
                             and m.unit == q.unit and m.category != "other"), category)
        previous_category = (sentence_start, category)
        region = regions.resolve(q, where)
        if isinstance(region, str) or region is None:
            region_name, region_code = region, None
        else:
            region_name, region_code = region.name, region.code
        indicator = indicator_for(q, text, where, times, previous_end, next_start)
        if indicator is None and metrics and metrics[-1].start >= where.clause_start:
            indicator = metrics[-1].indicator  # 分别为10.6亿人、2.4亿人、3.0亿人: one measure, listed
        elif indicator is None and where.clause_start > where.sentence_start:
            # 发电装机规模再创新高，达到14.04亿千瓦: the measure is named in the clause before
            previous_clause = max(where.sentence_start, *(text.rfind(c, where.sentence_start, where.clause_start - 1) + 1
                                                          for c in "，,；;：:"))
            indicator = text[previous_clause:where.clause_start - 1].strip(" “”\"'（）()、")[-24:] or None
        qualifier = q.qualifier
        if qualifier == "exact" and APPROX_SHARE.search(text, max(clause_start, q.start - 16), q.start):
            qualifier = "approx"  # 约为2019年的76.6%, 约为发行量的2.2倍: 约 qualifies the figure
        time = end_of_span(times.resolve(q, where, comparison), text, q.start, q.end, clause_start)
        if time and is_target and len({part[:4] for part in time.split("/")}) == 1:
            time = time[:4]  # 1—9月…，接近完成900万人的预期目标任务: the year's target
        metrics.append(Metric(
            text=q.text, value=q.value, value_high=q.value_high, unit=q.unit,
            qualifier=qualifier, indicator=indicator,
            category=category, region=region_name, region_code=region_code,
            time=time,
            comparison=comparison[0] if comparison else None,
            start=q.start, end=q.end))
    _restated_categories(metrics)
    _headings_restated(metrics, text, spans, times)
    return metrics


RESTATED_DIGITS = 3  # 1193万人 restated: a figure this precise is the same figure, not a coincidence


def _restated_categories(metrics: list[Metric]) -> None:
    """1193万人，提前两个月！…全国城镇新增就业1193万人: a figure stated without what it counts (a lead
    that opens on it) takes the category of the same figure restated with it elsewhere in the text."""
    told: dict[tuple[float, str], str] = {}
    for m in metrics:
        if m.category != "other" and m.value_high is None:
            told.setdefault((m.value, m.unit), m.category)
    if not told:
        return
    for i, m in enumerate(metrics):
        if (m.category == "other" and m.value_high is None and (m.value, m.unit) in told
                and len(Decimal(repr(m.value)).normalize().as_tuple().digits) >= RESTATED_DIGITS):
            metrics[i] = replace(m, category=told[m.value, m.unit])


def _headings_restated(metrics: list[Metric], text: str, spans: Spans, times: TimeIndex) -> None:
    """成渝双城经济圈公共服务实现311项“全域通办” / 截至目前，…311项政务服务事项…: a 快讯 heading's figure
    that names no time is dated by its item's first time (TimeIndex); restated in the item's body as of
    a day, it takes that day when the first time is coarser (今年以来 -> 2023) or missing."""
    headings: dict[int, bool] = {}  # by paragraph start
    for i, metric in enumerate(metrics):
        if metric.time is not None and _to_the_day(metric.time):
            continue
        p_start, p_end = spans.paragraph(metric.start)
        if p_start not in headings:
            # (every figure's paragraph has been scanned for times: `times` knows the heading's own)
            headings[p_start] = (p_end < len(text) and is_heading(text[p_start:p_end])
                                 and not times.within(p_start, p_end))
        if not headings[p_start]:
            continue
        body_end = text.find("\n", p_end + 1) % (len(text) + 1)  # (the text's end when no line follows)
        restated = next((m for m in metrics[i + 1:] if p_end < m.start < body_end
                         and m.value == metric.value and m.unit == metric.unit), None)
        if restated is not None and (metric.time is None or restated.time and _to_the_day(restated.time)):
            metrics[i] = replace(metric, time=restated.time)


def _to_the_day(time: str) -> bool:
    """2023-06-27, 2023-04-13/2024-07-05: a time told to the day."""
    return len(time) - time.rfind("/") - 1 == 10


def extract_title_metrics(title: str, published: str | None, title_places: Sequence[Entity],
                          body_metrics: Sequence[Metric]) -> list[Metric]:
    """The headline's figures (a flash's 【人社部：前三季度城镇新增就业1045万人】), offsets into the title.
    A headline says less than the body: a place, time or category it leaves open comes from the body's
    first figure of the same value and unit, which the headline repeats (or rounds: 超500亿元 for 500.01亿元)."""
    metrics = []
    for metric in extract_metrics(title, published, title_places):
        repeated = next((m for m in body_metrics if m.value == metric.value and m.unit == metric.unit), None) \
            or next((m for m in body_metrics if m.unit == metric.unit and _rounded_to(metric, m.value)), None)
        if repeated is not None and metric.category == "other":
            metric = replace(metric, category=repeated.category)  # 唐县去年安置贫困人员2829人: the body says of what
        if repeated is not None and metric.region is None:
            metric = replace(metric, region=repeated.region, region_code=repeated.region_code)
        if repeated is not None and metric.time is None:
            metric = replace(metric, time=repeated.time)
        metrics.append(metric)
    return metrics


ROUNDING = 0.05  # a headline's 超500亿元 rounds the body's 500.01亿元 down by less than this share


def _rounded_to(headline: Metric, value: float) -> bool:
    """The headline's 超500亿元 (or 近/约) is the body's 500.01亿元, rounded."""
    if headline.value_high is not None or not headline.value or headline.qualifier == "exact":
        return False
    gap = (value - headline.value) / headline.value
    if headline.qualifier == "at_least":
        return 0 < gap < ROUNDING
    if headline.qualifier == "at_most":
        return -ROUNDING < gap < 0
    return abs(gap) < ROUNDING


CHANGE_COUNTED = ("按年", "按月")  # 按年增加10万人 (Hong Kong and Macau usage): a change with no 较/比 of its own
CHANGE_CLAUSE_OPENERS = ("较", "比", "同比", "环比") + CHANGE_COUNTED
APPROX_SHARE = re.compile(r"(?:大约|约)(?:为|是|占|相当于)(?:[^，,。；;0-9０-９]|[0-9]{4}年|[0-9]{1,2}月){1,12}的$")


