"""Script detection and length-preserving Traditional -> Simplified conversion."""
from __future__ import annotations

import pytest

from pipelines.cleaning import load_article
from pipelines.script import is_traditional, script_counts, to_simplified, traditional_chars_left

from .conftest import SAMPLE_RAW


@pytest.mark.parametrize(
    "text",
    [
        "原财政部部长王丙乾同志逝世，享年97岁。",  # t2s would turn 乾 into 干
        "菜薹种植面积扩大，农民增收。",  # t2s would turn 薹 into 苔
        "湖北省劳动就业服务中心主任熊娅玲告诉记者，全省返岗率达到95.75%。",
        "乾隆年间的故事",
        "12345 abc",
    ],
)
def test_simplified_is_not_traditional(text):
    assert not is_traditional(text)


@pytest.mark.parametrize(
    "text",
    [
        "堅持“四個并重”統籌做好穩就業工作",
        "習近平總書記強調,要多措並舉穩就業、穩企業、穩市場、穩預期",
        "國家衛生健康委今天通報",
    ],
)
def test_traditional_is_detected(text):
    assert is_traditional(text)


@pytest.mark.parametrize(
    "traditional, simplified",
    [
        ("堅持", "坚持"),
        ("習近平總書記強調", "习近平总书记强调"),
        ("衛生健康委員會", "卫生健康委员会"),
        ("乾淨的環境", "干净的环境"),
        ("截至6月底,累計收到538項評價申請", "截至6月底,累计收到538项评价申请"),
        # a township keeps its own 乾 (finance set 22: 婺城区乾西乡); 若干 written 干 stays 干
        ("婺城區乾西鄉召開招聘會,乾西鄉共有企業15家。", "婺城区乾西乡召开招聘会,乾西乡共有企业15家。"),
        ("陝西乾縣的乾豐鎮與濛江鎮", "陕西乾县的乾丰镇与濛江镇"),
        ("若干縣市舉辦活動", "若干县市举办活动"),
    ],
)
def test_to_simplified(traditional, simplified):
    assert to_simplified(traditional) == simplified


def test_conversion_keeps_length_even_where_phrases_change_length():
    # OpenCC phrase rules may rewrite a phrase to a different length; every sentence must still
    # come out with the same number of characters as it went in.
    text = "這裡的網路連線很快。電腦軟體與記憶體。香港的計程車與巴士。" * 3
    assert len(to_simplified(text)) == len(text)


def test_script_counts_split_the_two_scripts():
    traditional, simplified = script_counts("這個國家為人民")
    assert traditional >= 4 and simplified == 0
    traditional, simplified = script_counts("这个国家为人民")
    assert traditional == 0 and simplified >= 3


def test_sample_003_becomes_simplified_and_keeps_original():
    path = next(SAMPLE_RAW.glob("003_*.txt"))
    data = path.read_bytes()
    article = load_article(data, path.name)
    assert article.script == "traditional"
    assert "坚持产业发展和就业促进并重" in article.text
    assert "堅持產業發展和就業促進并重" in article.original_text
    assert len(article.text) == len(article.original_text)
    assert not traditional_chars_left(article.text.replace("著", ""))
    index = article.text.index("坚持产业发展")
    start, end = article.raw_span(index, index + 6)
    assert data[start:end].decode("utf-8") == "堅持產業發展"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_simplified_samples_unchanged_by_script_step(prefix):
    path = next(SAMPLE_RAW.glob(f"{prefix}_*.txt"))
    article = load_article(path.read_bytes(), path.name)
    assert article.script == "simplified"
    # only width normalisation may differ between text and original_text
    assert all(a == b or ord(b) >= 0xFF00 or b in "\u3000\xa0" for a, b in zip(article.text, article.original_text))


def test_name_with_ambiguous_character_survives_cleaning():
    raw = "悼念王丙乾同志\n央视网消息：王丙乾同志的遗体在北京火化。菜薹丰收。\n".encode("utf-8")
    article = load_article(raw, "x.txt")
    assert article.script == "simplified"
    assert "王丙乾" in article.text and "菜薹" in article.text
