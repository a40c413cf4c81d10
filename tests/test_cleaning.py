"""load_article: shapes, boilerplate, bylines, metadata, offsets and bad input, on generated fixtures
and on sentences of the five sample articles."""
from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from pipelines.cleaning import MAX_RAW_BYTES, detect_shape, load_article
from pipelines.models import BadInput, CleanArticle
from pipelines.script import to_simplified

from .conftest import SAMPLE_RAW

JEKYLL_POST = """---
layout: post
title: "为经济“开门红”贡献人社力量"
date: 2022-04-02 10:54:42 +0800
categories: zhongguolaodongbaozhangbao
tags: 中国劳动保障报新闻
---
<p><strong>央视网消息</strong>（新闻联播）：湖北省于1-3月开展了春风行动&amp;保用工促就业行动。</p>
 <p>□张玲</p>
 <p>截至3月8日，全省累计帮助１６.７７万名劳动者实现就业，返岗率达到95.75％。<br>查看原文</p>
<p class="em_media">（文章来源：中国劳动保障报）</p>

<https://finews.example.com/html_News/NewsShare.html?infoCode=NW1>

[返回中国劳动保障报新闻](//finews.example.com/category/x.html)｜[返回首页](//finews.example.com/)
"""

WIRE_STORY = """华声在线3月30日讯(记者 卢小伟 通讯员 曾鹤群)3月末,湖南全省共举办线上线下招聘会1600余场。
面对2022年三重经济压力,湖南“春风行动”扎实推进。
就业援助直通车 通讯员供图
2月8日,娄底市新化县开出8辆客运大巴。
"""

PAGE_DUMP = """堅持“四個并重”統籌做好穩就業工作
習近平總書記強調,要多措並舉穩就業、穩企業。今年以來,全省各級人社部門深入貫徹落實。

湘公網安備:43010302000524號

繼續訪問
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>就业新闻 - 某某网</title>
<link rel="canonical" href="https://news.example.cn/a/1.html">
<script>var x = "<p>不是正文</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">首页</a></nav>
<h1>湖南春风行动成效明显</h1>
<div class="content"><p>湖南全省共举办招聘会&nbsp;1600余场。</p><p>累计发布岗位信息189万余条。</p></div>
<p>分享到：微信 微博</p>
<div class="footer">版权所有 某某网 湘ICP备12345678号</div>
</body></html>
"""

PLAIN_TEXT = """国内联播快讯
央视网消息（新闻联播）：国家统计局今天发布数据，前三季度全国城镇新增就业1000万人。
更多内容请访问 https://tv.cctv.com/2023/10/18/VIDE1.shtml 查看原文
"""


def load(text: str, codec: str = "utf-8", name: str = "fixture.txt") -> CleanArticle:
    return load_article(text.encode(codec), name)


def assert_offsets_map_back(article: CleanArticle, data: bytes) -> None:
    assert len(article.text) == len(article.original_text) == len(article.raw_offsets) - 1
    for index, char in enumerate(article.original_text):
        if char == "\n":
            continue
        start = article.raw_offsets[index]
        if data[start:start + 1] == b"&":
            continue  # an entity stands for this character
        raw = data[start:start + len(char.encode(article.encoding))]
        assert raw.decode(article.encoding) == char, (index, char, raw)


# ---------------------------------------------------------------- shapes


def test_jekyll_post_metadata_and_boilerplate():
    article = load(JEKYLL_POST)
    assert article.shape == "jekyll_post"
    assert article.title == "为经济“开门红”贡献人社力量"
    assert article.published_at == "2022-04-02T10:54:42+08:00"
    assert article.url == "https://finews.example.com/html_News/NewsShare.html?infoCode=NW1"
    assert article.source == "中国劳动保障报"  # the source note wins over the lead-in outlet
    assert article.author == "张玲"
    lines = article.text.split("\n")
    assert lines[0] == "湖北省于1-3月开展了春风行动&保用工促就业行动。"
    assert "16.77万名" in article.text and "95.75%" in article.text
    for junk in ("<", ">", "查看原文", "返回", "http", "文章来源", "张玲", "央视网消息"):
        assert junk not in article.text


def test_wire_story_dateline_byline_caption():
    article = load(WIRE_STORY)
    assert article.shape == "wire_text"
    assert article.title is None  # the first line is the dateline paragraph, not a headline
    assert article.source == "华声在线"
    assert article.author == "卢小伟、曾鹤群"
    assert article.published_at == "2022-03-30T00:00:00+08:00"
    assert "year 2022" in article.published_at_note
    assert article.text.startswith("3月末,湖南全省共举办")
    assert "供图" not in article.text and "记者" not in article.text


def test_page_dump_is_converted_and_footer_removed():
    data = PAGE_DUMP.encode("utf-8")
    article = load_article(data, "dump.txt")
    assert article.shape == "page_dump"
    assert article.script == "traditional"
    assert article.title == "坚持“四个并重”统筹做好稳就业工作"
    assert article.text.startswith("习近平总书记强调")
    assert article.original_text.startswith("習近平總書記強調")
    assert "网安备" not in article.text and "继续访问" not in article.text
    assert article.published_at is None and article.published_at_note
    assert_offsets_map_back(article, data)


def test_html_page_title_canonical_and_skipped_elements():
    data = HTML_PAGE.encode("utf-8")
    article = load_article(data, "page.html")
    assert article.shape == "html_page"
    assert article.title == "湖南春风行动成效明显"
    assert article.url == "https://news.example.cn/a/1.html"
    assert article.text.split("\n") == ["湖南全省共举办招聘会 1600余场。", "累计发布岗位信息189万余条。"]
    assert_offsets_map_back(article, data)


def test_html_page_without_h1_uses_title_element():
    page = HTML_PAGE.replace("<h1>湖南春风行动成效明显</h1>", "")
    assert load(page).title == "就业新闻"


def test_plain_text_title_lead_in_and_inline_url():
    article = load(PLAIN_TEXT)
    assert article.shape == "plain_text"
    assert article.title == "国内联播快讯"
    assert article.source == "央视网（新闻联播）"  # the outlet and the programme it credits
    assert article.text.startswith("国家统计局今天发布数据")
    assert "http" not in article.text and "查看原文" not in article.text
    assert article.published_at is None
    assert article.published_at_note == "no date in front matter or dateline"


def test_shape_comes_from_content_not_extension():
    assert load(JEKYLL_POST, name="story.txt").shape == "jekyll_post"
    assert load(PLAIN_TEXT, name="story.md").shape == "plain_text"
    assert load(HTML_PAGE, name="story.md").shape == "html_page"


@pytest.mark.parametrize(
    "text, shape",
    [(JEKYLL_POST, "jekyll_post"), (WIRE_STORY, "wire_text"), (PAGE_DUMP, "page_dump"), (HTML_PAGE, "html_page"),
     (PLAIN_TEXT, "plain_text")],
)
def test_detect_shape(text, shape):
    assert detect_shape(text) == shape


# ---------------------------------------------------------------- encodings and offsets


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_jekyll_post_in_each_encoding(codec):
    data = JEKYLL_POST.replace("\n", "\r\n").encode(codec)
    article = load_article(data, "post.md")
    assert article.title == "为经济“开门红”贡献人社力量"
    assert article.published_at == "2022-04-02T10:54:42+08:00"
    assert "\r" not in article.text
    assert_offsets_map_back(article, data)


def test_big5_page_dump():
    data = PAGE_DUMP.replace("并", "並").encode("big5")
    article = load_article(data, "dump.txt")
    assert article.encoding.startswith("big5")
    assert article.script == "traditional"
    assert "坚持" in article.title
    assert_offsets_map_back(article, data)


def test_entity_maps_to_its_byte_span():
    data = JEKYLL_POST.encode("utf-8")
    article = load_article(data, "post.md")
    index = article.text.index("&")
    start, end = article.raw_offsets[index], article.raw_offsets[index + 1]
    assert data[start:end] == b"&amp;"


def test_full_width_digits_normalised_char_for_char():
    article = load(JEKYLL_POST)
    index = article.text.index("16.77万名")
    assert article.original_text[index:index + 7] == "１６.７７万名"
    span = article.raw_span(index, index + 7)
    assert JEKYLL_POST.encode("utf-8")[span[0]:span[1]].decode("utf-8") == "１６.７７万名"


def test_small_full_stop_is_a_decimal_point():
    # a 經濟通 wire writes 7月城鎮調查失業率升至５﹒２％ (U+FE52 between full-width digits)
    article = load("失業率\n7月城鎮調查失業率升至５﹒２％，上升０﹒２個百分點。")
    assert "5.2%" in article.text and "0.2个百分点" in article.text
    assert len(article.text) == len(article.original_text)


def test_stray_control_characters_dropped():
    article = load("标题\n正文\x07第一段\x1b。\n第二段。")
    assert article.text == "正文第一段。\n第二段。"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"\x00\x00\x01\x02\x03\x04" * 100, "binary"),
        ("---\ntitle: 无结尾\ndate: 2022-01-01\n<p>正文</p>\n".encode(), "truncated"),
        ("---\ntitle: x\n---\n<p>正文内容一段。</p><p class=\"em".encode(), "truncated"),
        ("---\ntitle: [未闭合\ndate: 2022\n---\n<p>正文</p>\n".encode(), "malformed_front_matter"),
        ("---\ntitle: 只有链接\n---\n<https://example.com/a>\n[返回首页](//example.com/)\n".encode(), "no_text"),
        (b"<html><body><script>var a=1;</script></body></html>", "no_text"),
        ("正文".encode("utf-8") + b"\xe6\xad", "truncated"),
        (b"\x81\xff\xfe\xfd" * 3, "undecodable"),
        (b"\x80\x81\xff" * 5, "undecodable"),
        (b"\xff\xfe" + "正文".encode("utf-16-le") + b"\x81", "truncated"),  # BOM says UTF-16, odd length
    ],
)
def test_bad_input(data, reason):
    with pytest.raises(BadInput) as caught:
        load_article(data, "bad.txt")
    assert caught.value.reason == reason


def test_oversized():
    with pytest.raises(BadInput) as caught:
        load_article(b"a" * (MAX_RAW_BYTES + 1), "big.txt")
    assert caught.value.reason == "oversized"


def test_front_matter_without_date_gives_note_not_a_date():
    article = load("---\ntitle: 无日期\n---\n<p>正文一段。</p>\n")
    assert article.published_at is None
    assert "no date" in article.published_at_note


def test_plain_text_without_year_gets_no_date():
    article = load("某某网5月6日讯 正文里没有年份的一段话。\n第二段。\n")
    assert article.published_at is None
    assert "no year" in article.published_at_note


# ---------------------------------------------------------------- the five sample articles


def sample(prefix: str) -> tuple[bytes, CleanArticle]:
    path = next(SAMPLE_RAW.glob(f"{prefix}_*.txt"))
    data = path.read_bytes()
    return data, load_article(data, path.name)


@pytest.mark.parametrize(
    "prefix, field, expected",
    [
        ("000", "published_at", "2022-04-02T10:54:42+08:00"),
        ("000", "title", "为经济“开门红”贡献人社力量"),
        ("000", "source", "中国劳动保障报"),
        ("000", "shape", "jekyll_post"),
        ("001", "shape", "wire_text"),
        ("001", "source", "华声在线"),
        ("001", "author", "卢小伟、曾鹤群"),
        ("001", "published_at", "2022-03-30T00:00:00+08:00"),
        ("002", "published_at", "2022-01-12T14:18:25+08:00"),
        ("003", "shape", "page_dump"),
        ("003", "script", "traditional"),
        ("003", "published_at", None),
        ("003", "author", "李永军"),
        ("004", "author", "张玲"),
        ("004", "source", "张掖日报"),
    ],
)
def test_sample_metadata(prefix, field, expected):
    assert getattr(sample(prefix)[1], field) == expected


@pytest.mark.parametrize(
    "prefix, present, absent",
    [
        ("000", "累计帮助16.77万名劳动者实现就业", "文章来源"),
        ("001", "专车疾驰,成千上万农民工踏上返岗之路", "就业援助直通车 通讯员供图"),
        ("001", "张家界市慈利县开展9场", "直播送岗活动 通讯员供图"),
        ("002", "累计帮助3.7万余家重点企业", "返回首页"),
        ("003", "坚持产业发展和就业促进并重", "堅持"),
        ("003", "习近平总书记强调", "湘公网安备"),
        ("004", "近日，甘州区2022年", "□张玲"),
    ],
)
def test_sample_text(prefix, present, absent):
    article = sample(prefix)[1]
    assert present in article.text
    assert absent not in article.text
    assert not re.search(r"<[a-zA-Z/]|https?://|\ufffd", article.text)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_sample_random_spans_decode_from_raw(prefix):
    data, article = sample(prefix)
    rng = random.Random(7)
    starts = [0] + [i + 1 for i, c in enumerate(article.original_text) if c == "\n"]
    ends = [i for i, c in enumerate(article.original_text) if c == "\n"] + [len(article.original_text)]
    for _ in range(300):
        line = rng.randrange(len(starts))
        if ends[line] <= starts[line]:
            continue
        s = rng.randrange(starts[line], ends[line])
        e = rng.randrange(s + 1, ends[line] + 1)
        a, b = article.raw_span(s, e)
        assert data[a:b].decode(article.encoding) == article.original_text[s:e]


def test_sample_title_not_in_text():
    for prefix in ("000", "002", "003", "004"):
        article = sample(prefix)[1]
        assert not article.text.startswith(article.title)


def test_simplified_sample_comes_out_unchanged():
    data, article = sample("004")
    assert article.script == "simplified"
    assert article.text == article.original_text  # no full-width digits or Traditional in 004


def test_front_matter_date_forms():
    with_colon = load("---\ntitle: t\ndate: 2022-04-02 10:54:42 +08:00\n---\n<p>正文。</p>\n")
    assert with_colon.published_at == "2022-04-02T10:54:42+08:00"
    date_only = load("---\ntitle: 2024\ndate: 2022-04-02\n---\n<p>正文。</p>\n")
    assert date_only.published_at == "2022-04-02T00:00:00+08:00" and "no time" in date_only.published_at_note
    assert date_only.title == "2024"
    no_offset = load("---\ntitle: t\ndate: 2022-04-02 10:54\n---\n<p>正文。</p>\n")
    assert no_offset.published_at == "2022-04-02T10:54:00+08:00" and "+08:00" in no_offset.published_at_note
    invalid = load("---\ntitle: t\ndate: 2022-13-45\n---\n<p>正文。</p>\n")
    assert invalid.published_at is None and "not" in invalid.published_at_note


def test_agency_dateline_after_a_title_line():
    article = load("标题行\n新华社北京3月30日电（记者 张三、李四）2023年一季度城镇新增就业297万人。\n")
    assert (article.shape, article.title, article.source, article.author) == ("wire_text", "标题行", "新华社", "张三、李四")
    assert article.published_at == "2023-03-30T00:00:00+08:00"
    assert article.text == "2023年一季度城镇新增就业297万人。"


def test_own_paper_lead_in_gives_author():
    article = load("标题\n本报讯（记者 王五）今年3月，某地举办招聘会。\n")
    assert article.author == "王五" and article.text == "今年3月，某地举办招聘会。"


@pytest.mark.parametrize("cut", ["<https://tv.example.com/2022/04/02/VIDE", "<https:", "<h"])
def test_link_line_cut_at_end_of_file_is_only_a_damaged_tail(cut):
    article = load("---\ntitle: t\ndate: 2022-04-02\n---\n<p>正文。</p>\n\n" + cut)
    assert article.text == "正文。"
    assert article.url is None  # an incomplete URL is not recorded


@pytest.mark.parametrize("ending", ["</", "<", "</p", "<p class=\"x", "<!-- note"])
def test_body_cut_inside_markup_is_truncated(ending):
    with pytest.raises(BadInput) as caught:
        load("---\ntitle: t\ndate: 2022-04-02\n---\n<p>正文。</p><p>第二段" + ending)
    assert caught.value.reason == "truncated"


def test_damaged_tags_are_still_removed():
    article = load("---\ntitle: t\ndate: 2022-04-02\n---\n<p><stron^>央视网消息</s鉹ong>正文。</pQ\n<p>第二段。</p>\n")
    assert "<" not in article.text and "正文。" in article.text


def test_paragraph_boundaries_from_block_tags_and_br():
    article = load("---\ntitle: t\ndate: 2022-04-02\n---\n<p>第一段<br>第二段</p><div>第三段<span>仍是</span>第三段</div>\n")
    assert article.text == "第一段\n第二段\n第三段仍是第三段"


# ---------------------------------------------------------------- the bulk corpus (optional)

CORPUS_DIR = Path(os.environ.get("XWLB_DIR", "/tmp/xwlb/xwlb-dev"))


def test_bulk_corpus_sample_invariants():
    if not CORPUS_DIR.is_dir():
        print(f"skipping: bulk corpus not found at {CORPUS_DIR}")
        pytest.skip(f"bulk corpus not found at {CORPUS_DIR}")
    paths = sorted(CORPUS_DIR.iterdir())[::20]  # every 20th story: all shapes and encodings occur
    rng = random.Random(11)
    for path in paths:
        data = path.read_bytes()
        try:
            article = load_article(data, path.name)
        except BadInput:
            continue
        assert article.title, path.name
        if article.shape == "jekyll_post":
            assert article.published_at, path.name
        assert not re.search(r"<[a-zA-Z/!]|https?://|查看原文|返回首页|\ufffd", article.text), path.name
        if article.script == "traditional":
            assert to_simplified(article.text) == article.text, path.name
        for _ in range(30):
            s = rng.randrange(len(article.text))
            e = min(len(article.text), s + rng.randrange(1, 30))
            expected = article.original_text[s:e]
            a, b = article.raw_span(s, e)
            if "\n" in expected or b - a != len(expected.encode(article.encoding)):
                continue  # spans across paragraphs or removed text are not one raw run
            assert data[a:b].decode(article.encoding) == expected, (path.name, s, e)


def test_page_information_line_gives_source_author_date():
    page = ("湖南春风行动成效明显\n来源：湖南日报  作者：王五  发布时间：2022-03-30 10:20  浏览次数：128\n"
            "湖南全省共举办招聘会1600余场。\n活动时间：3月1日至31日\n\n版权所有 湖南省人民政府 湘ICP备123号\n")
    article = load(page)
    assert article.shape == "page_dump"
    assert (article.source, article.author) == ("湖南日报", "王五")
    assert article.published_at == "2022-03-30T10:20:00+08:00"
    assert article.text == "湖南全省共举办招聘会1600余场。\n活动时间：3月1日至31日"  # a content line with 时间： stays


def test_html_meta_published_time_and_author():
    page = HTML_PAGE.replace('<link rel="canonical"', '<meta property="article:published_time" content="2022-03-30T10:20:00+08:00">'
                             '<meta name="author" content="李四"><link rel="canonical"')
    article = load(page)
    assert article.published_at == "2022-03-30T10:20:00+08:00"
    assert article.author == "李四"


def test_headline_repeated_at_top_of_body_is_dropped():
    article = load("---\ntitle: 湖南春风行动成效明显\ndate: 2022-03-30\n---\n<p><strong>湖南春风行动成效明显</strong></p><p>正文。</p>\n")
    assert article.text == "正文。"


def test_square_byline_prefix_and_trailing_reporter_credit():
    article = load("标题\n□张玲 李明 近日，甘州区举办招聘活动。\n第二段落的内容。（记者 王五 通讯员 赵六）\n")
    assert article.author == "张玲、李明、王五、赵六"
    assert article.text == "近日，甘州区举办招聘活动。\n第二段落的内容。"


@pytest.mark.parametrize(
    "lead, source",
    [("湖南日报长沙3月30日讯（记者 王五）", "湖南日报"), ("本报北京3月30日讯（记者 王五）", None),
     ("中新网北京3月30日电 (记者 王五)", "中新网"), ("华声在线3月30日讯(记者 王五)", "华声在线")],
)
def test_dateline_outlet_without_place(lead, source):
    article = load(f"标题\n{lead}2022年一季度，湖南新增就业20万人。\n")
    assert article.source == source and article.author == "王五"
    assert article.published_at == "2022-03-30T00:00:00+08:00"
    assert article.text == "2022年一季度，湖南新增就业20万人。"


@pytest.mark.parametrize(
    "paragraph",
    ["返回家乡创业，带动就业", "他用手机拍摄了一部纪录片", "版权意识不断增强", "活动时间：3月1日至31日", "分享经验做法"],
)
def test_content_that_resembles_boilerplate_is_kept(paragraph):
    article = load(f"标题\n第一段正文。\n{paragraph}\n最后一段。\n")
    assert paragraph in article.text.split("\n")


@pytest.mark.parametrize(
    "paragraph",
    ["返回中国劳动保障报新闻", "分享到：微信 微博", "责任编辑：张三", "（记者 张三 摄）", "图片来源：新华社",
     "版权所有：湖南省人民政府 网站标识码4300000056", "湘ICP备05011541号-1", "上一篇：湖南春风行动", "【纠错】"],
)
def test_boilerplate_paragraphs_are_dropped(paragraph):
    article = load(f"标题\n第一段正文。\n{paragraph}\n最后一段。\n")
    assert article.text == "第一段正文。\n最后一段。"


def test_government_page_with_breadcrumbs_info_line_and_footer():
    page = """<!DOCTYPE html><html><head><title>湖南：春风行动送岗位_湖南省人力资源和社会保障厅</title>
<meta name="PubDate" content="2022-03-30 10:20"></head><body>
<div class="nav">首页 &gt; 新闻中心 &gt; 工作动态</div>
<div class="info">来源：省就业服务中心　发布时间：2022-03-30 10:20　字号：【大 中 小】</div>
<div class="TRS_Editor"><p>　　湖南全省共举办招聘会1600余场。</p><p>　　累计发布岗位信息189万余条。</p></div>
<div>【打印本页】【关闭窗口】</div>
<div class="foot">主办单位：湖南省人力资源和社会保障厅 湘ICP备05011541号 网站标识码：4300000056</div>
</body></html>"""
    data = page.encode("gb18030")
    article = load_article(data, "page")
    assert article.shape == "html_page" and article.encoding == "gb18030"
    assert article.title == "湖南：春风行动送岗位"
    assert article.published_at == "2022-03-30T10:20:00+08:00"
    assert article.source == "省就业服务中心"
    assert article.text == "湖南全省共举办招聘会1600余场。\n累计发布岗位信息189万余条。"
    assert_offsets_map_back(article, data)


def test_markdown_body_markers_removed_link_text_kept():
    post = ("---\ntitle: t\ndate: 2022-04-02\n---\n## 小标题\n**湖南**全省举办[招聘会](https://example.com/a)1600余场。\n"
            "![图片](https://example.com/p.jpg)\n> 引用的一段话。\n- 列表项一\n")
    data = post.encode("utf-8")
    article = load_article(data, "post.md")
    assert article.text == "小标题\n湖南全省举办招聘会1600余场。\n引用的一段话。\n列表项一"
    assert_offsets_map_back(article, data)


@pytest.mark.parametrize(
    "document",
    ["---\ntitle: t\ndate: 2022-04-02\n---\n<p>第一段。</p><p>第二段写到一半",
     "<html><head><title>t</title></head><body><p>第一段。</p><p>第二段写到一半"],
)
def test_last_paragraph_never_closed_is_truncated(document):
    with pytest.raises(BadInput) as caught:
        load(document)
    assert caught.value.reason == "truncated"


def test_html_without_any_closing_p_is_not_called_truncated():
    article = load("<html><body><p>第一段。<p>第二段。</body></html>")
    assert article.text == "第一段。\n第二段。"


# Finance flashes (constructed in the shapes wire services publish; no flash corpus is shipped).
@pytest.mark.parametrize(
    "raw, title, source, published, text",
    [
        ("【统计局：10月份全国城镇调查失业率为5.0%】财联社11月15日电，国家统计局数据显示，10月份失业率为5.0%。\n",
         "统计局：10月份全国城镇调查失业率为5.0%", "财联社", None, "国家统计局数据显示，10月份失业率为5.0%。"),
        ("2024-07-19 15:32:10 证券时报e公司讯，广东省人社厅消息，上半年全省发放创业担保贷款45.6亿元。\n",
         None, "证券时报e公司", "2024-07-19T15:32:10+08:00", "广东省人社厅消息，上半年全省发放创业担保贷款45.6亿元。"),
        ("人社部发布数据\n新华社北京2024年10月28日电 前三季度，全国城镇新增就业1035万人。\n",
         "人社部发布数据", "新华社", "2024-10-28T00:00:00+08:00", "前三季度，全国城镇新增就业1035万人。"),
        ("格隆汇11月15日丨国家统计局：10月份社会消费品零售总额同比增长4.8%。\n",
         None, "格隆汇", None, "国家统计局：10月份社会消费品零售总额同比增长4.8%。"),
        ("【新华社北京2023年3月2日电】记者走访发现，招聘会现场人头攒动。\n",
         None, "新华社", "2023-03-02T00:00:00+08:00", "记者走访发现，招聘会现场人头攒动。"),
        # a 讯 story's opening date is its dateline's; the credit between them names the reporter
        ("中证网讯（记者 王辉）2024年6月3日，央行公布数据显示，5月末M2余额同比增长7%。\n",
         None, "中证网", "2024-06-03T00:00:00+08:00", "2024年6月3日，央行公布数据显示，5月末M2余额同比增长7%。"),
        ("每经AI快讯，10月25日，人社部举行新闻发布会。前三季度，全国城镇新增就业1022万人。\n",
         None, "每经", None, "10月25日，人社部举行新闻发布会。前三季度，全国城镇新增就业1022万人。"),
        ("新华财经北京2024年10月25日电 前三季度，全国城镇新增就业1022万人。\n",
         None, "新华财经", "2024-10-25T00:00:00+08:00", "前三季度，全国城镇新增就业1022万人。"),
        # the stamp on a line of its own, the 【headline】 opening the next line
        ("2024-07-19 15:32:10\n【人社部：上半年城镇新增就业698万人】上半年，全国城镇新增就业698万人。\n",
         "人社部：上半年城镇新增就业698万人", None, "2024-07-19T15:32:10+08:00", "上半年，全国城镇新增就业698万人。"),
    ],
)
def test_finance_flash_headline_stamp_and_dateline(raw, title, source, published, text):
    article = load(raw)
    assert (article.title, article.source, article.published_at, article.text) == (title, source, published, text)


# Page dumps of finance sites (shapes seen on the web; sentences written for the tests).
@pytest.mark.parametrize(
    "raw, source, author, published, text",
    [
        # a time stamp and the source on one line, the agency's dateline opening the story
        ("人社部发布就业数据\n2023-02-21 09:15 | 稿件来源：香港中通社\n香港中通社2月21日电 2022年，全国城镇新增就业1206万人。\n",
         "香港中通社", None, "2023-02-21T09:15:00+08:00", "2022年，全国城镇新增就业1206万人。"),
        # an information line that opens with its date, the labels after it
        ("人社部发布就业数据\n2024-01-15 10:20:30 来源：上海证券报·中国证券网 作者：张三\n上证报中国证券网讯（记者 张三）去年全年城镇新增就业1244万人。\n",
         "上海证券报·中国证券网", "张三", "2024-01-15T10:20:30+08:00", "去年全年城镇新增就业1244万人。"),
        # 据X报道 with a day: X is the source, the day with the text's year the date; the words stay
        ("据某某日报报道 2月8日上午，某市2024年“春风行动”招聘会举行，提供岗位3000个。\n",
         "某某日报", None, "2024-02-08T00:00:00+08:00", "据某某日报报道 2月8日上午，某市2024年“春风行动”招聘会举行，提供岗位3000个。"),
        # a byline line (reporter, outlet, stamp) above the lead that credits the same reporter
        ("人社部发布就业数据\n张三中国证券报·中证网\n中证网讯（记者 张三）前三季度，全国城镇新增就业1045万人。\n",
         "中国证券报·中证网", "张三", None, "前三季度，全国城镇新增就业1045万人。"),
        # a page date on a line of its own, with its weekday or the outlet's name
        ("人社部发布就业数据\n2023年12月21日 星期四\n据新华社北京12月20日电 2022年，全国城镇新增就业1206万人。\n",
         "新华社", None, "2023-12-21T00:00:00+08:00", "2022年，全国城镇新增就业1206万人。"),
        ("人社部发布就业数据\n2022-10-24 09:41:14   财联社\n【统计局：失业率为5.5%】财联社10月24日电，9月份失业率为5.5%。\n",
         "财联社", None, "2022-10-24T09:41:14+08:00", "9月份失业率为5.5%。"),
        # labels glued to a time, fields split by |, a date in 年月日 opening the line
        ("人社部发布就业数据\n时间:2022-07-22 13:45内容来源:某某早报\n上半年，全国城镇新增就业654万人。\n",
         "某某早报", None, "2022-07-22T13:45:00+08:00", "上半年，全国城镇新增就业654万人。"),
        ("人社部發布就業數據\n2021年02月21日 16:54  |  作者:張三  |  來源:新華社\n新華社成都2月21日電 四川農民工已返崗109萬人。\n",
         "新华社", "张三", "2021-02-21T16:54:00+08:00", "四川农民工已返岗109万人。"),
        # an e-paper's date with its page; a page's section alone (镇江, 郑州 dailies of 2022)
        ("首批稳岗返还资金发放到位\n2022年05月25日 第03版:要闻\n本报讯 (张三) 近日，首批资金2430.31万元发放到位。\n",
         None, "张三", "2022-05-25T00:00:00+08:00", "近日，首批资金2430.31万元发放到位。"),
        ("首批稳岗返还资金拨付到账\n第02版:要闻综合\n本报讯(记者 张三)首批资金1918万元已拨付到账。\n",
         None, "张三", None, "首批资金1918万元已拨付到账。"),
        # a magazine's byline with the stamp (财新, 2023)
        ("电子制造业年后招工\n文|财新 张三 2023年02月11日 11:50\n元宵节过后，工厂的招工进入收尾阶段。\n",
         None, None, "2023-02-11T11:50:00+08:00", "元宵节过后，工厂的招工进入收尾阶段。"),
        # a Hong Kong wire's closing stamp, day first (經濟通, 2025); a notice's signing date stays text
        ("失業率升至5.2%\n國家統計局公布，7月城鎮調查失業率升至５﹒２％。\n15/08/2025 10:00\n",
         None, None, "2025-08-15T10:00:00+08:00", "国家统计局公布，7月城镇调查失业率升至5.2%。"),
        ("失業率升至5.2%\n國家統計局公布，7月城鎮調查失業率升至5.2%。\n05/08/2025 10:00\n",
         None, None, None, "国家统计局公布，7月城镇调查失业率升至5.2%。"),
        ("主席令\n免去秦刚兼任的外交部部长职务。\n2023年7月25日\n",
         None, None, None, "免去秦刚兼任的外交部部长职务。\n2023年7月25日"),
        # the same day-first stamp above the story (FORTUNE INSIGHT, 2024); a forum post's stamp; an e-paper
        # page with its date in brackets; the year before month/day with the outlet (东南网, 2020)
        ("内地5月青年失业率降至14.2%\n19/06/2024 14:43\n國家統計局公布,5月失業率為5%。\n",
         None, None, "2024-06-19T14:43:00+08:00", "国家统计局公布,5月失业率为5%。"),
        # under the headline's deck line (力報, Hong Kong, 2022); a deck-like line with a sentence is the story
        ("首11月內地新增就業1,145萬人\n\n提前完成全年目標\n29/12/2022\n\n人社部發布數據顯示,前11月新增就業1145萬人。\n",
         None, None, "2022-12-29T00:00:00+08:00", "提前完成全年目标\n人社部发布数据显示,前11月新增就业1145万人。"),
        ("首11月新增就業1,145萬人\n完成全年目標。\n29/12/2022\n人社部發布數據顯示,前11月新增就業1145萬人。\n",
         None, None, None, "完成全年目标。\n29/12/2022\n人社部发布数据显示,前11月新增就业1145万人。"),
("人社部:1至9月城镇新增就业1057万人\ncooldog123pp 发表于 2025-10-30 08:27\n今年1月至9月全国城镇新增就业1057万人。\n",
         None, None, "2025-10-30T08:27:00+08:00", "今年1月至9月全国城镇新增就业1057万人。"),
        ("“扶贫车间”助脱贫\n当前:A2(2019年01月22日)\n近年来，赣榆区建立“扶贫车间”近百家。\n",
         None, None, "2019-01-22T00:00:00+08:00", "近年来，赣榆区建立“扶贫车间”近百家。"),
        # a page copy's labelled date glued to the lead (hk01, 2025); an e-paper's page path (陇南日报, 2024)
        ("人社部：前三季度新增就業1057萬人\ndate 2025-10-29 周三（29日），人社部舉辦新聞發布會。\n",
         None, None, "2025-10-29T00:00:00+08:00", "周三（29日），人社部举办新闻发布会。"),
        ("以技能培训助力群众增收\n陇南日报/2024 年/12 月/31 日/第 002 版综合\n全市共开展职业技能培训 39631 人次。\n",
         "陇南日报", None, "2024-12-31T00:00:00+08:00", "全市共开展职业技能培训 39631 人次。"),
        # a portal's stamp line crediting the outlet it reprints (新浪网, 2021)
        ("苏州率先发放稳岗返还资金7528万元\n2021年02月06日 09:30 新浪网 作者 新华报业网\n  苏报讯(记者邵群)苏州今年率先发放稳岗返还资金。\n",
         "新浪网", "邵群", "2021-02-06T09:30:00+08:00", "苏州今年率先发放稳岗返还资金。"),
        # a photo credit closing a caption; a contributor named before the paper's reporter; the original
        # headline under the story
        ("“扶贫车间”助脱贫\n近年来，赣榆区建立“扶贫车间”近百家。图为一名女工在车间内工作。张三 李四 摄\n",
         None, "张三、李四", None, "近年来，赣榆区建立“扶贫车间”近百家。图为一名女工在车间内工作。"),
        ("合肥招聘职位数全国第七\n合肥招聘职位数增长159.7%。\n年昶青 本报记者 王峰\n原标题:合肥招聘职位数全国第七\n",
         None, "年昶青、王峰", None, "合肥招聘职位数增长159.7%。"),
        ("福建省五年累计培养技能人才近650万人次\n2020 12/02 15:25 东南网\n东南网12月2日讯(福建日报记者 张三) 我省累计培养技能人才近650万人次。\n",
         "东南网", "张三", "2020-12-02T15:25:00+08:00", "我省累计培养技能人才近650万人次。"),
        # pinyin glosses go first, so the byline and the lead read as written
        ("人社部發布就業數據\n張三中國證券報·中證網(wǎng)2021-04-26 10:17\n中證網(wǎng)訊(記者 張三)一季度城鎮(zhèn)新增就業297萬人。\n",
         "中国证券报·中证网", "张三", "2021-04-26T10:17:00+08:00", "一季度城镇新增就业297万人。"),
        ("人社部發布就業數據\n張三中國證券報·中證網2021-04-26 10:17\n中證網訊(記者 張三)一季度城鎮新增就業297萬人。\n",
         "中国证券报·中证网", "张三", "2021-04-26T10:17:00+08:00", "一季度城镇新增就业297万人。"),
        # a government page's list markup (自贡, 2023): the bullets go, the stamp's time is in 时/分
        ("自贡:春风行动促方便 返岗复工启新年\n\n  • 2023年02月01日 10时10分\n  • 来源: 自贡市府\n"
         "  • 自2022年12月22日春风行动启动以来,自贡市开行农民工专车408班次。\n",
         "自贡市府", None, "2023-02-01T10:10:00+08:00", "自2022年12月22日春风行动启动以来,自贡市开行农民工专车408班次。"),
    ],
)
def test_finance_page_information_lines(raw, source, author, published, text):
    article = load(raw)
    assert (article.source, article.author, article.published_at, article.text) == (source, author, published, text)


@pytest.mark.parametrize("line, text", [
    # a PDF's or a Taiwan government page's spaced dates are joined, so that times read as dates
    ("截至 11 月底，全市共开展职业技能培训 39631 人次。", "截至11月底，全市共开展职业技能培训 39631 人次。"),
    ("行政院已核定自 113 年 1 月 1 日起，每月基本工资调升。", "行政院已核定自113年1月1日起，每月基本工资调升。"),
    ("2024 年，市委、市政府高位部署。", "2024年，市委、市政府高位部署。"),
    # a space between words stays
    ("据兰州晚报报道 7月19日，记者从市就业局获悉，全市发放贷款1.62亿元。", "据兰州晚报报道 7月19日，记者从市就业局获悉，全市发放贷款1.62亿元。"),
])
def test_typeset_date_spaces(line, text):
    assert load("标题一二三四\n" + line + "\n").text == text


@pytest.mark.parametrize(
    "raw, source, author, editor, published, text",
    [
        # a page's section labels before its time stamp; the wire lead under a summary paragraph
        ("广东省计划新增就业110万人\n时讯 国内 2024-01-23 10:22:17\n广东省计划新增城镇就业110万人以上。\n"
         "某某网讯:广东省人大会议于1月23日在广州召开。\n审校:李四\n",
         "某某网", None, "李四", "2024-01-23T10:22:17+08:00", "广东省计划新增城镇就业110万人以上。\n广东省人大会议于1月23日在广州召开。"),
        # editors' lines (Traditional too) and a sign-off naming the reporter
        ("四川農民工返崗\n新華社成都2月21日電 四川已返崗農民工109萬人。\n編輯:張三\n",
         "新华社", None, "张三", None, "四川已返岗农民工109万人。"),
        ("招聘会举行\n近日，某市举行招聘会，提供岗位2万余个，为高质量发展提供支撑。(王五)\n责任编辑：张三 审核：李四\n",
         None, "王五", "张三、李四", None, "近日，某市举行招聘会，提供岗位2万余个，为高质量发展提供支撑。"),
        # the outlet's short name before the roles; a 讯 lead-in ended by a space before its date
        ("失业率下降\n每日經濟新聞 2024-01-17 22:16:05\n每經記者 周逸斐    每經編輯 陳旭\n每經訊 1月17日,全國城鎮調查失業率為5.2%。\n",
         "每日经济新闻", "周逸斐", "陈旭", "2024-01-17T22:16:05+08:00", "1月17日,全国城镇调查失业率为5.2%。"),
        # a source note with the page's address after its stamp (finance set 29: 闽南网)
        ("多地包车包机包列\n来源:央视新闻客户端 2023-01-28 15:26 http://www.mnw.cn/\n  昨天(27日),务工人员开始返程。\n",
         "央视新闻客户端", None, None, "2023-01-28T15:26:00+08:00", "昨天(27日),务工人员开始返程。"),
        # a source note carrying the page's stamp; an editor in brackets
        ("就业形势总体平稳\n来源: 央视网 2020-10-28 16:54\n央视网消息:10月28日,就业形势总体平稳。\n【责任编辑:黄河】\n",
         "央视网", None, "黄河", "2020-10-28T16:54:00+08:00", "10月28日,就业形势总体平稳。"),
        # a page with no headline: outlet, reporter and stamp on one line, repeated by the lead
        ("乐居财经 徐迪 2024-09-14 11:21\n乐居财经 徐迪 9月14日,城镇调查失业率为5.3%。\n",
         "乐居财经", "徐迪", None, "2024-09-14T11:21:00+08:00", "9月14日,城镇调查失业率为5.3%。"),
        # a site's section name before the date; the source label glued to the story
        ("年中数据\n城市镜像.新闻汇总 2022-07-31\n消息来源:四川在线 1至6月,全国新增城镇就业654万人。\n",
         "四川在线", None, None, "2022-07-31T00:00:00+08:00", "1至6月,全国新增城镇就业654万人。"),
        # a paper's 刊发日期 line
        ("一季度就业\n刊发日期:2021-05-07\n本报讯 一季度，城镇新增就业297万人。\n",
         None, None, None, "2021-05-07T00:00:00+08:00", "一季度，城镇新增就业297万人。"),
        # credits run together (天门日报), names with no role (镇江 daily), a wire's closing editor after (完)
        # (中新社), staff credits split by | (财新), a graphic's designer (新华社)
        ("贷款发放\n本报讯(融媒体记者谢红艳通讯员付经纬)今年以来,市人社局发放创业担保贷款1亿元。\n",
         None, "谢红艳、付经纬", None, None, "今年以来,市人社局发放创业担保贷款1亿元。"),
        ("稳岗返还\n本报讯 (庄任飞 杨佩佩) 近日,首批稳岗返还资金发放到位。\n",
         None, "庄任飞、杨佩佩", None, None, "近日,首批稳岗返还资金发放到位。"),
        # the paper named before its reporters' role (finance set 15: 潍坊日报社)
        ("稳岗返还\n本报讯(潍坊日报社全媒体记者 李国栋 窦圆娜)截至5月底,已为1845户企业返还资金。\n",
         "潍坊日报社", "李国栋、窦圆娜", None, None, "截至5月底,已为1845户企业返还资金。"),
        ("以工代赈\n中新社北京11月4日电 国家发改委称,将扩大劳务报酬发放规模。(完) 【编辑:曹子健】\n",
         "中新社", None, "曹子健", None, "国家发改委称,将扩大劳务报酬发放规模。"),
        ("年后招工\n元宵节过后,工厂的招工进入收尾阶段。\n责任编辑:屈运栩 | 版面编辑:沈昕琪\n",
         None, None, "屈运栩、沈昕琪", None, "元宵节过后,工厂的招工进入收尾阶段。"),
        ("一季度就业\n2023-04-24 21:39:35 来源:新华社\n一季度全国城镇新增就业297万人\n设计:苗夏阳\n",
         "新华社", None, "苗夏阳", "2023-04-24T21:39:35+08:00", "一季度全国城镇新增就业297万人"),
        # an outlet in square brackets opening the story under a summary, with its reporters (财新)
        ("上半年就业\n人社部称稳就业依旧是首要目标\n【财新网】(记者 宿慧娴 实习记者 刘紫霜)2019年上半年,全国城镇新增就业737万人。\n",
         "财新网", "宿慧娴、刘紫霜", None, None, "人社部称稳就业依旧是首要目标\n2019年上半年,全国城镇新增就业737万人。"),
        # the reporter's sign-off on a line of its own
        ("贷款发放\n本报讯 近日,我市发放创业担保贷款1亿元。\n(赵红星)\n",
         None, "赵红星", None, None, "近日,我市发放创业担保贷款1亿元。"),
        # a labelled date alone on its line; a bullet and a link's words after the source's name
        ("记者会\n时间:2025-03-09\n十四届全国人大三次会议9日下午举行记者会。\n",
         None, None, None, "2025-03-09T00:00:00+08:00", "十四届全国人大三次会议9日下午举行记者会。"),
        # ... after the site's name (finance set 13); a copyright mark before a page's stamp
        ("务工规模\n中国产业经济信息网   时间:2021-12-20\n今年以来,贵州脱贫人口外出务工规模达335.6万人。\n",
         None, None, None, "2021-12-20T00:00:00+08:00", "今年以来,贵州脱贫人口外出务工规模达335.6万人。"),
        ("新增就业\n©原創 2021-08-16 10:10\n1-7月份,全國城鎮新增就業822萬人。\n",
         None, None, None, "2021-08-16T10:10:00+08:00", "1-7月份,全国城镇新增就业822万人。"),
        ("就业回稳\n来源:观点地产网 • 2023-04-14 17:37:34\n一季度,上海新增就业岗位15.31万个。\n",
         "观点地产网", None, None, "2023-04-14T17:37:34+08:00", "一季度,上海新增就业岗位15.31万个。"),
        ("春风行动\n一季度,全国举办招聘会1万场。\n文章来源: 文学城 查看原文\n",
         "文学城", None, None, None, "一季度,全国举办招聘会1万场。"),
        # a site's code is no source; the dateline's outlet is (a 人民网 page reposted in 2024)
        ("新增就业\n发布时间:2024-12-01 05:32:52 来源: sp20241201\n人民网北京10月26日电 (记者宋子节)1-9月城镇新增就业1022万人。\n",
         "人民网", "宋子节", None, "2024-12-01T05:32:52+08:00", "1-9月城镇新增就业1022万人。"),
        # a source note that names no outlet (finance set 9: 来源:互联网)
        ("人社部发布会\n2022-07-24 来源:互联网\n上半年,全国城镇新增就业654万人。\n",
         None, None, None, "2022-07-24T00:00:00+08:00", "上半年,全国城镇新增就业654万人。"),
        # a paper's print edition on a line of its own dates the story, above it or below it (finance sets 3, 9)
        ("上半年就业\n《工人日报》(2024年07月25日 03版)\n本报讯 (记者李丹青)上半年,城镇新增就业人数698万人。\n",
         "工人日报", "李丹青", None, "2024-07-25T00:00:00+08:00", "上半年,城镇新增就业人数698万人。"),
        ("技能培训\n本报北京9月27日电 “十四五”时期,累计面向9200万人次开展补贴性职业技能培训。2025年继续开展。\n"
         "《 人民日报 》( 2025年09月28日 01 版)\n",
         "人民日报", None, None, "2025-09-28T00:00:00+08:00", "“十四五”时期,累计面向9200万人次开展补贴性职业技能培训。2025年继续开展。"),
        # a flash's dateline closed by a bar (finance set 9: 格隆汇3月18日|)
        ("失业率\n格隆汇3月18日|国家统计局表示,2024年1-2月全国城镇调查失业率平均值为5.3%。\n",
         "格隆汇", None, None, "2024-03-18T00:00:00+08:00", "国家统计局表示,2024年1-2月全国城镇调查失业率平均值为5.3%。"),
        # reporters named without a role after the dateline, under a photo's caption
        ("就业稳定\n发布日期:2019-07-15   来源:中国新闻网\n资料图:学生在双选会现场寻找合适的职位。中新社记者 于海洋 摄\n"
         "中新网客户端7月15日电 (王恩博 李金磊)上半年,全国城镇新增就业737万人。\n",
         "中国新闻网", "王恩博、李金磊", None, "2019-07-15T00:00:00+08:00",
         "资料图:学生在双选会现场寻找合适的职位。中新社记者 于海洋 摄\n上半年,全国城镇新增就业737万人。"),
        # a page stamp opening a labelled field; a date with an empty view counter; a site before a stamp
        ("公益岗\n2022年12月02日 17:13:11 来源: 大众日报\n11月21日,聊城安置乡村公益岗3万多个。\n",
         "大众日报", None, None, "2022-12-02T17:13:11+08:00", "11月21日,聊城安置乡村公益岗3万多个。"),
        ("稳岗返还\n时间:2020-06-05 12:43 浏览:\n6月2日,宜昌市发放稳岗返还资金3127.3万元。\n",
         None, None, None, "2020-06-05T12:43:00+08:00", "6月2日,宜昌市发放稳岗返还资金3127.3万元。"),
        ("就业稳定\nhttp://www.CRNTT.com   2022-08-25 16:18:15\n中评社北京8月25日电/据央视网消息,就业局势总体稳定。\n",
         "中评社", None, None, "2022-08-25T16:18:15+08:00", "据央视网消息,就业局势总体稳定。"),
        # an information line that opens with its source and names the editor (finance set 7: 新华社, 澎湃新闻)
        ("新增就业\n来源:新华社 责任编辑:顾雯丽 2019-09-17 10:00:36\n1至8月份,全国城镇新增就业984万人。\n",
         "新华社", None, "顾雯丽", "2019-09-17T10:00:36+08:00", "1至8月份,全国城镇新增就业984万人。"),
        ("就业补助\n来源:澎湃新闻 发布时间:2024-03-21 15:51:46 编辑:夕歌\n中央财政安排就业补助资金预算667亿元。\n",
         "澎湃新闻", None, "夕歌", "2024-03-21T15:51:46+08:00", "中央财政安排就业补助资金预算667亿元。"),
        # page designers credited with | above a bracketed headline and a dateline of two outlets joined by a
        # hyphen; 采访人员 credits the reporter as 记者 does (finance set 8: 长江日报-长江网)
        ("武汉新增城镇就业16.8万\n设计 | 陈昌 制图 | 张莉\n【武汉新增城镇就业16.8万】长江日报-长江网10月23日讯(采访人员吴曈)"
         "截至目前,武汉新增城镇就业16.8万。首场2020年夏季招聘在江大举行。\n",
         "长江日报-长江网", "吴曈", "陈昌、张莉", "2020-10-23T00:00:00+08:00",
         "截至目前,武汉新增城镇就业16.8万。首场2020年夏季招聘在江大举行。"),
        # a stock photo's note above the lead is a caption (finance set 9: 观点地产网)
        ("澳门2至4月总体失业率2.8%\n2023-05-25 16:41:21来源:观点地产网\n(资料图片仅供参考)\n"
         "5月25日,澳门统计暨普查局就业调查结果显示,2023年2月至4月澳门总体失业率为2.8%。\n",
         "观点地产网", None, None, "2023-05-25T16:41:21+08:00",
         "5月25日,澳门统计暨普查局就业调查结果显示,2023年2月至4月澳门总体失业率为2.8%。"),
    ],
)
def test_finance_page_section_labels_editors_and_sign_offs(raw, source, author, editor, published, text):
    article = load(raw)
    assert (article.source, article.author, article.editor, article.published_at, article.text) == (
        source, author, editor, published, text)


@pytest.mark.parametrize("raw", [
    "标题\n审核通过\n正文第一段。\n",  # a role word with no separator is no credit
    "标题\n正文第一段说到了人民币。(下同)\n",  # bracketed words after the last sentence that are no name
])
def test_lines_that_only_look_like_stamps_or_credits_stay(raw):
    article = load(raw)
    assert article.editor is None and article.author is None and article.published_at is None
    assert article.text == raw.split("\n", 1)[1].strip()


@pytest.mark.parametrize("raw, dateline", [
    ("新华社成都2月21日电（记者 张三）四川已返岗农民工109万人。\n", "新华社成都2月21日电"),
    ("据新华社北京12月20日电 2022年，全国城镇新增就业1206万人。\n", "据新华社北京12月20日电"),
    ("央视网消息（新闻联播）：今年以来，就业形势总体稳定。\n", "央视网消息"),
    ("中证网讯（记者 王辉）6月3日，央行公布数据。\n", "中证网讯"),
    ("今年以来，就业形势总体稳定。\n", None),
])
def test_the_dateline_is_kept_as_written(raw, dateline):
    assert load(raw).dateline == dateline


@pytest.mark.parametrize("line", ["2024年3月5日 上午，某市举办招聘会。", "2024年3月5日，某市举办招聘会"])
def test_a_story_opening_with_a_date_is_not_a_page_stamp(line):
    article = load(f"标题\n{line}\n")
    assert article.text == line and article.published_at is None


@pytest.mark.parametrize("first_line", [
    "李四中国证券报·中证网",  # a different reporter is credited below
    "张三在中证网发表评论",  # not an outlet's name after the reporter's
])
def test_a_line_is_a_byline_only_with_the_credited_reporter_and_an_outlet(first_line):
    article = load(f"标题\n{first_line}\n中证网讯（记者 张三）前三季度，全国城镇新增就业1045万人。\n")
    assert article.text.startswith(first_line)


def test_pinyin_glosses_are_dropped_from_text_and_title():
    raw = "今日視點：送上就業(yè)大禮包\n一季度，全國累計發(fā)布崗位3800萬個，輸送勞動者160萬人。\n"
    article = load(raw)
    assert article.title == "今日视点：送上就业大礼包"
    assert article.text == "一季度，全国累计发布岗位3800万个，输送劳动者160万人。"
    assert_offsets_map_back(article, raw.encode("utf-8"))


@pytest.mark.parametrize("text", ["人工智能(AI)产业规模增长。", "国内生产总值（GDP）增长5%。", "他说(hao)。"])
def test_latin_in_brackets_without_a_tone_mark_is_kept(text):
    assert load(text + "\n").text == text


def test_a_credit_after_xun_gives_the_author_and_the_opening_date_takes_the_texts_year():
    article = load("中证网讯（记者 王辉）6月3日，央行公布数据显示，2024年5月末M2余额同比增长7%。\n")
    assert (article.author, article.published_at) == ("王辉", "2024-06-03T00:00:00+08:00")


def test_a_short_bracketed_label_is_not_a_headline():
    article = load("【一线调查】记者走访发现，招聘会现场人头攒动。\n")
    assert article.title is None and article.text.startswith("【一线调查】")


def test_a_reporters_credit_after_xiaoxi_gives_the_authors():
    article = load("新华社消息（记者张三、李四）：国家统计局今天发布数据。\n")
    assert (article.source, article.author, article.text) == ("新华社", "张三、李四", "国家统计局今天发布数据。")


def test_reporters_signing_off_together_and_a_lone_name_above_the_story():
    # finance 11: two-character names are spaced to the width of three in a joint sign-off
    raw = ("灌阳举办春风行动专场招聘会\n"
           "3月17日,灌阳县举办专场招聘会,提供就业岗位8000余个。\n"
           "(陆仕臣 文 平 沈 忠 熊继艳)\n").encode("utf-8")
    article = load_article(raw, "f09.txt")
    assert article.author == "陆仕臣、文平、沈忠、熊继艳"
    assert "熊继艳" not in article.text
    # a reporter's name alone on the line above the story (not a one-word heading such as 高峰)
    raw = ("江苏:农民工春节后返岗比例已超九成\n"
           "2023年02月17日09:57  来源:《工人日报》\n"
           "黄洪涛\n"
           "江苏省人社厅最新监测分析数据显示,江苏农民工春节后返岗比例已超九成。\n").encode("utf-8")
    article = load_article(raw, "f06.txt")
    assert article.author == "黄洪涛"
    assert article.text.startswith("江苏省人社厅")
    raw = "标题\n高峰\n今年春运客流迎来高峰。\n".encode("utf-8")
    assert load_article(raw, "x.txt").author is None


def test_a_day_first_page_stamp_above_the_headline_is_the_date_not_the_title():
    # finance set 18 (fortuneinsight.com, Hong Kong): 19/06/2024 14:43 on the first line
    article = load("19/06/2024 14:43\n\n中國|內地5月16至24歲失業率降至14.2%\n\n國家統計局公布,5月全國城鎮調查失業率為5%。\n")
    assert article.published_at == "2024-06-19T14:43:00+08:00"
    assert article.title != "19/06/2024 14:43"


def test_the_headline_under_a_page_date_is_the_title():
    # finance set 22 (天门日报, 2025): a date label, the date on the next line, then the headline and byline
    article = load("发布日期:\n2025年06月23日\n搭建创业平台 发放创业贷款\n"
                   "本报讯(融媒体记者谢红艳通讯员付经纬)今年以来,市人社局发放贷款1.2亿元。\n")
    assert article.published_at == "2025-06-23T00:00:00+08:00"
    assert article.title == "搭建创业平台 发放创业贷款"
    assert article.author == "谢红艳、付经纬"
    assert article.text == "今年以来,市人社局发放贷款1.2亿元。"
    article = load("19/06/2024 14:43\n\n中國|內地5月16至24歲失業率降至14.2%\n\n國家統計局公布,5月失業率為5%。\n")
    assert article.title == "中国|内地5月16至24岁失业率降至14.2%"


def test_an_e_paper_page_path_on_the_first_line_is_the_date_not_the_title():
    # finance set 19 (陇南日报 re-hosted as PDF text): outlet/year/month/day/page
    article = load("陇南日报/2024 年/12 月/31 日/第 002 版综合\n以技能培训助力群众增收致富\n全市共开展培训 39631 人次。\n")
    assert article.published_at == "2024-12-31T00:00:00+08:00"
    assert article.title != "陇南日报/2024 年/12 月/31 日/第 002 版综合"
    assert article.source == "陇南日报"


def test_a_hard_wrapped_page_is_read_in_whole_sentences_under_its_wire_header():
    # finance set 29 (经济通, hard-wrapped at a fixed width; Traditional, full-width digits)
    article = load("《經濟通通訊社駐京記者黃燕明１５日北京專電》國家統計局公布，７月城鎮調查失業率升\n"
                   "至５﹒２％，較６月的失業率５％，上升０﹒２個百分點，與上年同月持平。\n"
                   "７月本地戶籍勞動力調查失業率為５﹒３％；外來戶籍勞動力調查失業率為５﹒１％，其中\n"
                   "外來農業戶籍勞動力調查失業率為４﹒９％。\n15/08/2025 10:00\n")
    assert article.title is None
    assert article.source == "经济通通讯社" and article.author == "黄燕明"
    assert article.dateline == "经济通通讯社北京电"
    assert article.text.split("\n")[:2] == [
        "国家统计局公布，7月城镇调查失业率升至5.2%，较6月的失业率5%，上升0.2个百分点，与上年同月持平。",
        "7月本地户籍劳动力调查失业率为5.3%；外来户籍劳动力调查失业率为5.1%，其中外来农业户籍劳动力调查失业率为4.9%。"]


def test_a_long_headline_over_its_source_line_and_a_subheading_are_not_wrapped_lines():
    # finance set 17 (晋江经济报): a line that runs into a line with no clause in it is not wrapped
    article = load("组织9条路线 137家企业参与 晋江“春风行动”省外招聘硕果累累\n晋江经济报   2024-02-27 13:37\n"
                   "昨日,一辆辆满载工人的长途大巴,从贵州省出发,跨越多省,目的地是春意满满的城市——福建晋江\n"
                   "晋江组织名优企业赴重庆市梁平区开展劳务对接活动\n"
                   "截至目前,晋江共组织9条线路,137家企业参与,跨越多省。\n")
    assert article.title == "组织9条路线 137家企业参与 晋江“春风行动”省外招聘硕果累累"
    assert article.published_at == "2024-02-27T13:37:00+08:00"
    assert article.text.split("\n")[1] == "晋江组织名优企业赴重庆市梁平区开展劳务对接活动"
