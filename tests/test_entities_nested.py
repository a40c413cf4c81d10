"""Nested mentions and long names (GUIDE: every mention counts, also nested inside another name).

Sentences are taken from CCTV 新闻联播 stories.
"""
import pytest

from pipelines.entities.extract import extract_entities


def _names(sentence, kind):
    return {e.name for e in extract_entities(sentence) if e.type == kind}


def _check(sentence, kind, present, absent):
    names = _names(sentence, kind)
    assert set(present) <= names, names
    assert not (set(absent) & names), names


# --- ORG: the parent body at the head of a sub-body's name is a mention of its own ---------------
@pytest.mark.parametrize("sentence, present, absent", [
    ("联合国安理会19日举行巴勒斯坦问题公开会。", {"联合国安理会", "联合国"}, {"安理会"}),
    ("国务院新闻办公室今天（3月29日）举行政策例行吹风会。", {"国务院新闻办公室", "国务院"}, set()),
    ("近日，中共中央办公厅、国务院办公厅印发了《关于加强新时代高技能人才队伍建设的意见》，并发出通知",
     {"中共中央办公厅", "中共中央", "国务院办公厅", "国务院"}, set()),
    ("全国人大常委会委员长栗战书出席会议并讲话。", {"全国人大常委会", "全国人大"}, set()),
    # the tail of a name is the same body, and an outlet's website is not a mention of the outlet
    ("央视网消息（新闻联播）：中国现代化离不开农业现代化。", {"央视网"}, {"央视"}),
])
def test_nested_parent_body(sentence, present, absent):
    _check(sentence, "ORG", present, absent)
