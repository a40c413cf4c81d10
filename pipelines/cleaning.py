"""Raw bytes -> CleanArticle: decode, detect the shape, strip markup and boilerplate, convert script.

Every character kept in the body is tracked back to the raw bytes it came from. The body is a list
of paragraphs; a paragraph is a list of pieces, each either a run of decoded characters kept as is
(decoded[start:end]) or one substituted character standing for a longer raw span (an HTML entity).
Nothing is ever reordered, so raw_offsets grow monotonically.
"""
from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass

from pathlib import Path

import yaml

from .entities import lexicon as entity_lexicon
from .models import BadInput, CleanArticle
from .reading import DecodedText, decode_bytes
from .script import is_traditional, to_simplified

MAX_RAW_BYTES = 5 * 1024 * 1024
CHINA_OFFSET = "+08:00"
LEXICON_PATH = Path(__file__).resolve().parent / "data" / "cleaning" / "boilerplate.yaml"


def _load_lexicon() -> dict:
    with open(LEXICON_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


LEXICON = _load_lexicon()


def _alternation(words) -> str:
    """Regex alternation of literal words, longest first so 日报 wins over 报."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

SHAPES = ("jekyll_post", "html_page", "wire_text", "page_dump", "plain_text")

# ---------------------------------------------------------------- pieces and paragraphs


@dataclass(frozen=True)
class Piece:
    start: int  # index into the decoded text
    end: int
    char: str | None = None  # set for a substituted character (an entity); None for a plain run

    @property
    def length(self) -> int:
        return 1 if self.char is not None else self.end - self.start


class Paragraph:
    __slots__ = ("pieces", "text")

    def __init__(self, pieces: list[Piece], decoded: str):
        self.pieces = pieces
        self.text = "".join(p.char if p.char is not None else decoded[p.start:p.end] for p in pieces)

    def cut(self, start: int, end: int, decoded: str) -> "Paragraph":
        """Paragraph of self.text[start:end]."""
        pieces: list[Piece] = []
        position = 0
        for piece in self.pieces:
            piece_end = position + piece.length
            if piece_end > start and position < end:
                if piece.char is not None:
                    pieces.append(piece)
                else:
                    a = piece.start + max(0, start - position)
                    b = piece.start + min(piece.length, end - position)
                    pieces.append(Piece(a, b))
            position = piece_end
        return Paragraph(pieces, decoded)

    def remove(self, spans: list[tuple[int, int]], decoded: str) -> "Paragraph":
        """Paragraph without the given (sorted, non-overlapping) spans of self.text."""
        kept: list[Piece] = []
        position = 0
        for start, end in spans + [(len(self.text), len(self.text))]:
            if start > position:
                kept.extend(self.cut(position, start, decoded).pieces)
            position = max(position, end)
        return Paragraph(kept, decoded)

    def stripped(self, decoded: str) -> "Paragraph":
        text = self.text
        left = len(text) - len(text.lstrip(_STRIP_CHARS))
        if text.startswith(_LIST_BULLETS, left):  # "  • 来源: 自贡市府": a page's list markup
            left = len(text) - len(text[left + 1:].lstrip(_STRIP_CHARS))
        right = len(text.rstrip(_STRIP_CHARS))
        if left == 0 and right == len(text):
            return self
        return self.cut(left, max(left, right), decoded)


_STRIP_CHARS = " \t\r\n\u3000\xa0\u200b\ufeff"
_LIST_BULLETS = ("• ", "● ", "▪ ", "•\u3000", "●\u3000")

# ---------------------------------------------------------------- HTML tokenising

BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer "
                       "blockquote hr pre dd dt dl figure figcaption caption form body html main center".split())
SKIP_CONTENT_TAGS = frozenset("script style head noscript template iframe svg nav select button textarea footer aside".split())
_TOKEN_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(/?)([a-zA-Z][^\s/<>]*)[^<>\n]*(?:>|(?=\n)|\Z)"  # lenient: a damaged tag is still a tag
    r"|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});"
    r"|[\x00-\x08\x0b-\x1f\x7f\r\n\t\u200b\ufeff]+",
    re.S,
)
_CLOSE_TAG_RES: dict[str, re.Pattern] = {}
_HAS_BLOCK_TAG_RE = re.compile(r"<(?:p|br|div|h[1-6]|li|table|tr|section|article)\b[^<>]*>", re.I)
_CUT_TAG_AT_END_RE = re.compile(r"<(?:/?[a-zA-Z][^<>]*|/|!-{0,2})?\Z")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]+")


def _close_tag_re(name: str) -> re.Pattern:
    pattern = _CLOSE_TAG_RES.get(name)
    if pattern is None:
        pattern = _CLOSE_TAG_RES[name] = re.compile(rf"</{name}\s*>", re.I)
    return pattern


def html_paragraphs(decoded: str, start: int, end: int, skip_spans: list[tuple[int, int]] = (),
                    token_re: re.Pattern = _TOKEN_RE) -> list[Paragraph]:
    """Paragraphs of the HTML in decoded[start:end]; block tags separate paragraphs."""
    paragraphs: list[Paragraph] = []
    current: list[Piece] = []

    def close() -> None:
        if current:
            paragraphs.append(Paragraph(list(current), decoded))
            current.clear()

    position = start
    skip_iter = iter(sorted(skip_spans))
    next_skip = next(skip_iter, None)
    while position < end:
        match = token_re.search(decoded, position, end)
        token_start = match.start() if match else end
        if next_skip and next_skip[0] < token_start:
            # An element to leave out (e.g. the <h1> used as title) starts in this text run.
            if next_skip[0] > position:
                current.append(Piece(position, next_skip[0]))
            close()
            position = max(position, next_skip[1])
            next_skip = next(skip_iter, None)
            continue
        if token_start > position:
            current.append(Piece(position, token_start))
        if not match:
            break
        position = match.end()
        if match.group(2):
            name = match.group(2).lower()
            if name in SKIP_CONTENT_TAGS and not match.group(1) and not match.group(0).endswith("/>"):
                closing = _close_tag_re(name).search(decoded, position, end)
                position = closing.end() if closing else end
                close()
            elif name in BLOCK_TAGS:
                close()
        elif match.group(3):
            entity = match.group(0)
            char = html.unescape(entity)
            if char == entity or len(char) != 1:
                current.append(Piece(match.start(), match.end()))  # unknown entity: keep as written
            else:
                if char in "\xa0\u3000":
                    char = " "
                current.append(Piece(match.start(), match.end(), char))
        # comments, control characters and Markdown markers are dropped
    close()
    return paragraphs


def line_paragraphs(decoded: str, start: int, end: int) -> list[Paragraph]:
    """One paragraph per line of plain text; stray control characters dropped."""
    paragraphs = []
    for line_start, line_end in _line_spans(decoded, start, end):
        pieces = []
        position = line_start
        for match in _CONTROL_RE.finditer(decoded, line_start, line_end):
            if match.start() > position:
                pieces.append(Piece(position, match.start()))
            position = match.end()
        if line_end > position:
            pieces.append(Piece(position, line_end))
        paragraphs.append(Paragraph(pieces, decoded))
    return paragraphs


_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


def _line_spans(decoded: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for match in _LINE_BREAK_RE.finditer(decoded, start, end):
        spans.append((position, match.start()))
        position = match.end()
    if position < end:
        spans.append((position, end))
    return spans


# ---------------------------------------------------------------- boilerplate and bylines

_URL_RE = re.compile(r"(?:https?\s*[:：]\s*)?//[A-Za-z0-9][-A-Za-z0-9.]*\.[A-Za-z]{2,}[^\s\u3000-\u303f\uff00-\uffef<>\"'）)\]]*"
                     r"|www\.[-A-Za-z0-9.]+\.[A-Za-z]{2,}[^\s\u3000-\u303f\uff00-\uffef<>\"'）)\]]*")
# Whole lines of a Jekyll/Markdown tail: link lines, navigation links, rules, update stamps.
_LINK_LINE_RE = re.compile(r"^\s*<\s*((?:https?:)?//[^<>\s]*)?\s*>\s*$")
_CUT_LINK_LINE_RE = re.compile(r"^\s*<(h(?:t(?:t(?:p(?:s?(?::/{0,2}[^<>\s]*)?)?)?)?)?)?\s*$")  # the file ends inside it
_MARKDOWN_NAV_RE = re.compile(r"^\s*(?:\[[^\]]*\]\([^)]*\)\s*[｜|/·]?\s*)+$")
_RULE_LINE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_UPDATE_STAMP_RE = re.compile(r"^\s*[(（]\s*更新时间戳\s*[:：][^)）]*[)）]\s*$")

_NAVIGATION_LINES = frozenset(LEXICON["navigation_lines"])
_NAVIGATION_PREFIXES = tuple(LEXICON["navigation_prefixes"].items())
_NAVIGATION_PREFIX_RE = re.compile("^(?:" + _alternation(LEXICON["navigation_prefixes"]) + ")")
_RECORD_NUMBER_RE = re.compile(_alternation(LEXICON["record_number_markers"]), re.I)
MAX_RECORD_LINE_LENGTH = 120
_BRACKETED_ITEM_RE = re.compile(r"[【\[]([^】\]]{1,12})[】\]]")
_BRACKETED_ITEMS_RE = re.compile(r"(?:\s*[【\[][^】\]]{1,12}[】\]]\s*)+")
# 首页 > 新闻中心 > 工作动态 (two or more separators, no clause punctuation)
_BREADCRUMB_RE = re.compile(r"^(?:(?:当前位置|您的位置|您现在的位置|位置)\s*[:：]\s*)?(?:[^>»＞›，。,]{1,16}\s*[>»＞›]\s*){2,}[^>»＞›，。,]{0,30}$")
_LABELLED_CAPTION_RE = re.compile(r"\s*(?:资料图片?|图片?|图为)\s*[:：]")  # a caption that says it is one
_PHOTO_CAPTION_RE = re.compile("(?:" + _alternation(LEXICON["photo_caption_endings"]) + r")(?:[:：]\S{0,20})?\s*[)）]?$")
MAX_CAPTION_LENGTH = 60

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = rf"{_NAME}(?:[ 、，,\u3000]+{_NAME})*"
_NAMES_RE = re.compile(_NAMES)
_EDITOR_ROLES = tuple(LEXICON["editor_roles"])
_STAFF_ROLES = _alternation(list(_EDITOR_ROLES) + ["记者", "通讯员", "实习生", "撰稿"])
# 责任编辑：张三 / 每经记者 周逸斐 每经编辑 陈旭 / 设计 | 陈昌: a separator is required (审核通过 is no credit)
_STAFF_CREDIT_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?({_STAFF_ROLES})(?:\s*[:：|｜丨]\s*|\s+)"
                              rf"((?:(?![\u4e00-\u9fff]{{0,4}}?(?:{_STAFF_ROLES})){_NAME}[ 、，,\u3000]*)+)")
_STAFF_LINE_RE = re.compile(rf"[（(【\[]?\s*(?:{_STAFF_CREDIT_RE.pattern}\s*[|｜丨]?\s*)+[)）】\]]?")
MAX_STAFF_LINE_LENGTH = 40
# what a source note may carry besides the name: separators, a link's words (文学城 查看原文)
_SOURCE_NOTE_CLUTTER_RE = re.compile(r"[\s•|｜丨]+|" + _alternation(LEXICON["inline_navigation"]))
# a source that is a site's code, not a name (来源: sp20241201)
_CODE_SOURCE_RE = re.compile(r"[A-Za-z_]*[0-9]{4,}[A-Za-z0-9_]*")
_UNNAMED_SOURCES = frozenset(LEXICON["unnamed_sources"])


def _source_name(note: str) -> str | None:
    """The outlet a source note names: its first word, without clutter; None for a code or for
    no outlet at all (来源：互联网)."""
    words = [w for w in _SOURCE_NOTE_CLUTTER_RE.split(note) if w]
    if not words or _CODE_SOURCE_RE.fullmatch(words[0]) or words[0] in _UNNAMED_SOURCES:
        return None
    return words[0]


def _read_source_note(note: str, meta: Metadata) -> str | None:
    """The outlet a source note (来源：X) names; a time stamp it carries dates the page
    (来源: 央视网 2020-10-28 16:54)."""
    source = normalise_width(note).strip()
    stamp = _INFO_DATE_RE.search(source)
    if stamp:
        meta.date_once(_valid_stamp(*stamp.groups()), "time stamp in the source note; China time (+08:00) assumed")
        source = source[:stamp.start()]
    return _source_name(source)


_SOURCE_NOTE_RE = re.compile(r"^[（(\[【]?\s*(?:文章|稿件|新闻|信息|本文)?来源\s*[:：]\s*([^()（）\[\]【】]{1,40}?)\s*[)）\]】]?$")
_SQUARE_BYLINE_RE = re.compile(rf"^[□■◎]\s*({_NAMES})\s*$")
_SQUARE_BYLINE_PREFIX_RE = re.compile(rf"^[□■◎]\s*({_NAME}(?:[ 、]{_NAME})*)\s+")
_REPORTER_LINE_RE = re.compile(rf"^[（(]?\s*(?:本报|本台|本刊)?(?:特约)?(?:记者|通讯员|撰稿|文|图|文/图|文图)\s*[:：/]?\s*{_NAMES}"
                               rf"(?:\s*(?:记者|通讯员|撰稿|文|图)\s*[:：/]?\s*{_NAMES})*\s*[)）]?$")
# a closing line naming a contributor before the paper's reporter (年昶青 本报记者 王峰)
_CONTRIBUTOR_THEN_REPORTER_RE = re.compile(rf"({_NAME})\s+(?:本报|本台)?(?:记者|通讯员)\s*({_NAMES})")
# a photo's credit closing its caption (…在“扶贫车间”内工作。司伟 苏长霞 摄)
_TRAILING_PHOTO_CREDIT_RE = re.compile(rf"(?<=[。！？”])\s*({_NAME}(?:\s+{_NAME})*)\s*摄\s*$")
_CREDIT_ROLES = _alternation(LEXICON["credit_roles"])
# a name ends where the next role begins (融媒体记者谢红艳通讯员付经纬); one-character roles (文, 图) are
# common in names and do not end one
_LONG_CREDIT_ROLES = _alternation([role for role in LEXICON["credit_roles"] if len(role) > 1])
_CREDIT_NAME = rf"(?:(?!{_LONG_CREDIT_ROLES})[\u4e00-\u9fff·]){{2,4}}"
_CREDIT_NAME_RE = re.compile(rf"({_CREDIT_ROLES})\s*[:：/]?\s*((?:(?!{_CREDIT_ROLES}){_CREDIT_NAME}[ 、，,\u3000]*)+)")
_LEAD_IN_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,12}?)消息\s*(?:[（(]([^（()）]{1,20})[)）])?\s*[：:]?\s*")
# the outlet may be two names joined by a hyphen (长江日报-长江网10月23日讯)
_DATELINE_RE = re.compile(
    r"^(?:【\s*)?(?P<outlet>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z-]{1,15}?)\s*(?:(?P<year>20\d{2})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*"
    r"(?P<mark>讯|电|丨|｜|\|)\s*(?:】\s*)?(?:[（(](?P<credit>[^（()）]{0,60})[)）])?\s*[：:，,/]?\s*"
)
# a Hong Kong wire's header in 《》 (经济通: 《经济通通讯社驻京记者黄燕明15日北京专电》, 《经济通通讯社29日专讯》)
_WIRE_HEADER_RE = re.compile(r"^《(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:通讯社|新闻社))(?:驻[\u4e00-\u9fff]{1,3}记者"
                             r"(?P<credit>[\u4e00-\u9fff]{2,4}?))?\d{1,2}日(?P<place>[\u4e00-\u9fff]{2,4}?)?专?[电讯]》\s*")
# Finance flashes: 【headline】财联社11月15日电，… ; a leading stamp 2024-07-19 15:32:10; 证券时报e公司讯，…
_FLASH_HEADLINE_RE = re.compile(r"^【([^【】]{6,100})】\s*")
# (a page copy may label it: date 2025-10-29 周三（29日），…)
_STAMP_PREFIX_RE = re.compile(r"^(?:(?i:date)\s*[:：]?\s*|(?:发布)?日期\s*[:：]\s*)?(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s+|$)")
_STAMP_SEPARATORS = " |｜丨/"
# a programme credited after 消息 (央视网消息（新闻联播）：), not a reporters' credit (记者 张三)
_PROGRAMME_CREDIT_RE = re.compile(r"(?![^）)]*(?:记者|通讯员|摄影|编辑|报道))[\u4e00-\u9fff]{2,10}")
# 证券时报e公司讯，… ; 中证网讯（记者 王辉）… ; 每经AI快讯， -> 每经
_OUTLET_NEWS_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:AI)?快?讯\s*"
                             r"(?:[（(]([^（()）]{0,60})[)）]\s*[，,：:]?|[，,：:]|\s+(?=\d{1,2}月\d{1,2}日))\s*")
# the date a 讯 story opens with is its dateline's: 中证网讯（记者 王辉）2024年6月3日，…
_OPENING_DATE_RE = re.compile(r"^(?:(20\d{2})年)?(\d{1,2})月(\d{1,2})日\s*[，,]")
_REPORTED_BY_RE = re.compile(r"^据([\u4e00-\u9fffA-Za-z]{2,12}?(?:报|台|社|网|新闻))(?:报道|消息)\s*[，,]?\s*"
                             r"(\d{1,2})月(\d{1,2})日(?:[上下]午|晚间?|凌晨)?\s*[，,]")
_LEAD_HEAD_RE = re.compile(r"^.*?(?:讯|消息)")  # 中证网讯（记者 王辉）-> 中证网讯; 央视网消息（新闻联播）-> 央视网消息
_SOURCE_LEAD_RE = re.compile(r"^(?:消息|文章|稿件|新闻|信息)?来源\s*[:：]\s*([\u4e00-\u9fff·]{2,20})\s+")
_BYLINE_PREFIX_RE = re.compile(r"\s+(?:([\u4e00-\u9fff]{2,3})\s+)?")
_BRACKETED_OUTLET_RE = re.compile(r"^【([\u4e00-\u9fffA-Za-z·]{2,12})】\s*(?:[（(]([^（()）]{0,60})[)）])?\s*[：:，,]?\s*")
_OWN_PAPER_RE = re.compile(r"^(?:本报|本台|本刊|本网)讯\s*(?:[（(]([^（()）]{0,60})[)）])?\s*[：:]?\s*")
_AGENCY_PREFIX_RE = re.compile("^(" + _alternation(LEXICON["news_agencies"]) + ")")
_ROLE_BYLINE_RE = re.compile(r"^[^，。,；;！？!?：:\s]{2,40}(?:" + _alternation(LEXICON["role_titles"]) + r")([\u4e00-\u9fff]{2,3})$")
_YEAR_RE = re.compile(r"(202\d|2030)\s*年")  # years a dateline story of this corpus can be from
MAX_TITLE_LENGTH = 160


def _is_boilerplate(simplified: str) -> bool:
    if not simplified or simplified in _NAVIGATION_LINES:
        return True
    if "。" not in simplified and _NAVIGATION_PREFIX_RE.match(simplified):
        for prefix, max_length in _NAVIGATION_PREFIXES:
            # short navigation has no clause break; long footers (版权所有 …, 上一篇 …) may
            if simplified.startswith(prefix) and len(simplified) <= max_length and (max_length >= 80 or "，" not in simplified):
                return True
    if len(simplified) <= MAX_RECORD_LINE_LENGTH and _RECORD_NUMBER_RE.search(simplified):
        return True
    if len(simplified) <= 80 and _BREADCRUMB_RE.match(simplified):
        return True
    if simplified[0] in "【[" and _BRACKETED_ITEMS_RE.fullmatch(simplified):
        # 【打印本页】【关闭窗口】: a row of navigation buttons
        return all(_is_boilerplate(item.strip()) for item in _BRACKETED_ITEM_RE.findall(simplified))
    if len(simplified) <= MAX_CAPTION_LENGTH and "。" not in simplified and _PHOTO_CAPTION_RE.search(simplified):
        return True
    if _URL_RE.fullmatch(simplified.strip()):
        return True
    return False


def _names(text: str) -> list[str]:
    return [n for n in re.split(r"[ 、，,\u3000]+", text) if n and n not in _CREDIT_ROLES.split("|")]


@dataclass
class Metadata:
    title: str | None = None
    published_at: str | None = None
    published_at_note: str = ""
    source: str | None = None
    author: str | None = None
    url: str | None = None
    editor: str | None = None
    dateline: str | None = None
    front_matter_outlet: str | None = None

    def date_once(self, stamp: str | None, note: str) -> None:
        """The first date found wins; later ones (a dateline under an information line) are ignored."""
        if stamp and self.published_at is None:
            self.published_at, self.published_at_note = stamp, note

    def add_authors(self, names: list[str]) -> None:
        self.author = _with_names(self.author, names)

    def add_editors(self, names: list[str]) -> None:
        self.editor = _with_names(self.editor, names)


def _with_names(joined: str | None, names: list[str]) -> str | None:
    current = _names(joined or "")
    current += [name for name in dict.fromkeys(names) if name not in current]
    return "、".join(current) if current else None


# ---------------------------------------------------------------- shape detection

_FRONT_MATTER_OPEN_RE = re.compile(r"\A[\s\ufeff]*---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_HTML_PAGE_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<h1[\s>]", re.I)
_PAGE_FOOTER_RE = re.compile(_alternation(LEXICON["page_footer_markers"]))
_DATELINE_ANYWHERE_RE = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:讯|电|訊|電)")


def detect_shape(decoded: str) -> str:
    if _FRONT_MATTER_OPEN_RE.match(decoded):
        return "jekyll_post"
    head = decoded[:4096]
    if _HTML_PAGE_RE.search(head):
        return "html_page"
    tail = decoded[-2000:]
    if _PAGE_FOOTER_RE.search(tail):
        return "page_dump"
    first_lines = "\n".join(decoded.lstrip()[:600].splitlines()[:3])
    if _DATELINE_ANYWHERE_RE.search(first_lines):
        return "wire_text"
    return "plain_text"


# ---------------------------------------------------------------- front matter and dates

_DATE_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)


def iso_datetime(value: object) -> tuple[str | None, str]:
    """ISO 8601 with offset from a front-matter date (string or YAML timestamp)."""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        if hasattr(value, "hour"):
            text = value.isoformat()
            if getattr(value, "tzinfo", None) is None:
                return text + CHINA_OFFSET, "front matter date has no offset; China time (+08:00) assumed"
            return text, "front matter date"
        return f"{value.isoformat()}T00:00:00{CHINA_OFFSET}", "front matter date has no time; midnight China time assumed"
    match = _DATE_RE.match(str(value))
    if not match:
        return None, f"front matter date {str(value)[:40]!r} is not a date"
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        from datetime import datetime

        datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None, f"front matter date {str(value)[:40]!r} is not a valid date"
    stamp = f"{int(year):04d}-{int(month):02d}-{int(day):02d}T{int(hour or 0):02d}:{int(minute or 0):02d}:{int(second or 0):02d}"
    if zone is None:
        note = "front matter date has no offset; China time (+08:00) assumed"
        zone = CHINA_OFFSET
    elif zone == "Z":
        zone, note = "+00:00", "front matter date"
    else:
        zone = zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
        note = "front matter date"
    if hour is None:
        note = "front matter date has no time; midnight assumed"
    return stamp + zone, note


def parse_front_matter(decoded: str) -> tuple[dict, int]:
    """(front matter mapping, index where the body starts)."""
    opening = _FRONT_MATTER_OPEN_RE.match(decoded)
    closing = _FRONT_MATTER_CLOSE_RE.search(decoded, opening.end())
    if closing is None:
        raise BadInput("truncated", "front matter opened with --- but never closed")
    block = decoded[opening.end():closing.start()]
    try:
        try:
            matter = yaml.load(block, Loader=_YAML_LOADER)
        except (ValueError, TypeError, OverflowError):
            # Valid YAML whose timestamp is no real date (2022-13-45): read every value as a string.
            matter = yaml.load(block, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except yaml.YAMLError as error:
        raise BadInput("malformed_front_matter", str(error).replace("\n", " ")[:300]) from error
    if matter is None:
        matter = {}
    if not isinstance(matter, dict):
        raise BadInput("malformed_front_matter", f"front matter is a {type(matter).__name__}, not a mapping")
    body_start = closing.end()
    if decoded.startswith("\n", body_start):
        body_start += 1
    return matter, body_start


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_OUTLET_END_RE = re.compile("(?:" + _alternation(LEXICON["outlet_suffixes"]) + ")$")


def _outlet_from_label(label: object) -> str | None:
    """Front-matter tags/categories like 中国劳动保障报新闻 name the outlet (中国劳动保障报)."""
    labels = label if isinstance(label, list) else [label]
    for item in labels:
        if not isinstance(item, str):
            continue
        name = item.strip()
        if name.endswith("新闻") and _OUTLET_END_RE.search(name[:-2]):
            return name[:-2]
        if re.search(r"[\u4e00-\u9fff]", name) and _OUTLET_END_RE.search(name):
            return name
    return None


# ---------------------------------------------------------------- the article assembly


def load_article(data: bytes, source_path: str) -> CleanArticle:
    """Raw bytes of one file -> CleanArticle; raises BadInput for input that cannot be used."""
    if len(data) > MAX_RAW_BYTES:
        raise BadInput("oversized", f"{len(data)} bytes is over the limit of {MAX_RAW_BYTES}")
    decoded_text = decode_bytes(data)
    decoded = decoded_text.text
    shape = detect_shape(decoded)
    meta = Metadata()

    if shape == "jekyll_post":
        paragraphs = _jekyll_paragraphs(decoded, meta)
    elif shape == "html_page":
        paragraphs = _html_page_paragraphs(decoded, meta)
    else:
        paragraphs = _plain_paragraphs(decoded, 0, len(decoded), meta)

    paragraphs = [p.stripped(decoded) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p.text]
    traditional = is_traditional("".join(p.text for p in paragraphs[:200]) + (meta.title or ""))
    simplify = to_simplified if traditional else (lambda s: s)

    if shape in ("wire_text", "page_dump", "plain_text"):
        paragraphs = _joined_wrapped_lines(paragraphs, decoded)
    if meta.title is None and shape in ("wire_text", "page_dump", "plain_text") and paragraphs:
        paragraphs = _after_page_date(paragraphs, meta, simplify)
        first = simplify(paragraphs[0].text)
        if _looks_like_title(first):
            meta.title = paragraphs[0].text
            paragraphs = paragraphs[1:]
    paragraphs = _clean_paragraphs(paragraphs, decoded, meta, simplify)
    if not paragraphs:
        raise BadInput("no_text", f"nothing left after cleaning ({shape})")

    original_parts: list[str] = []
    offsets: list[int] = []
    byte_offsets = decoded_text.byte_offsets
    last_end = None
    for index, paragraph in enumerate(paragraphs):
        if index:
            original_parts.append("\n")
            offsets.append(last_end)
        original_parts.append(paragraph.text)
        for piece in paragraph.pieces:
            if piece.char is not None:
                offsets.append(int(byte_offsets[piece.start]))
            else:
                offsets.extend(byte_offsets[piece.start:piece.end].tolist())
            last_end = int(byte_offsets[piece.end])
    offsets.append(last_end)
    original_text = "".join(original_parts)
    text = normalise_width(simplify(original_text))

    if meta.published_at is None and not meta.published_at_note:
        meta.published_at_note = "no date in front matter or dateline"
    title = _PINYIN_GLOSS_RE.sub("", simplify(meta.title)) if meta.title else None
    return CleanArticle(
        source_path=source_path,
        content_sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=decoded_text.encoding,
        shape=shape,
        title=normalise_width(title) if title else None,
        published_at=meta.published_at,
        published_at_note=meta.published_at_note,
        source=meta.source or meta.front_matter_outlet,
        author=meta.author,
        editor=meta.editor,
        url=meta.url,
        dateline=meta.dateline,
        script="traditional" if traditional else "simplified",
        text=text,
        original_text=original_text,
        raw_offsets=offsets,
    )


_DATE_LABEL_LINE_RE = re.compile(r"(?:发布|发表|刊发|发稿)?(?:时间|日期)\s*[:：]?")


MIN_WRAPPED_LINE = 30  # a hard-wrapped page's lines are full; headings and captions are shorter
MIN_WRAPS = 2  # one such pair alone may be a long heading over a short paragraph
_WRAP_END_RE = re.compile(r"[\u4e00-\u9fff0-9０-９，,、（(](?<![摄图])\Z")
_WRAP_START_RE = re.compile(r"[\u4e00-\u9fff0-9０-９%％）)》”」](?![.、．])")
_LIST_ITEM_START_RE = re.compile(r"[0-9０-９]+[.、．]|[一二三四五六七八九十]+、")
_CLAUSE_MARK_RE = re.compile(r"[，,。；;：:！？]")


def _joined_wrapped_lines(paragraphs: list[Paragraph], decoded: str) -> list[Paragraph]:
    """A page hard-wrapped at a fixed width (经济通: …养老基金资产总额28396.52亿元（人民币.下同），/
    权益总额23350.03亿元，…) breaks sentences across lines: a full line that ends inside a sentence and
    runs on into a next line no longer than itself is one line with it. A page needs two such breaks."""
    def runs_on(line: str, following: str) -> bool:
        return (len(line) >= MIN_WRAPPED_LINE and len(following) <= 1.2 * len(line)
                and _WRAP_END_RE.search(line) is not None and _WRAP_START_RE.match(following) is not None
                and _LIST_ITEM_START_RE.match(following) is None
                # prose runs on (not a headline over its source line, nor a line over a subheading)
                and _CLAUSE_MARK_RE.search(following) is not None
                and not _EPAPER_PATH_RE.fullmatch(normalise_width(line).strip()))  # 陇南日报/2024 年/…/第 002 版综合

    breaks = {i for i in range(len(paragraphs) - 1) if runs_on(paragraphs[i].text, paragraphs[i + 1].text)}
    if len(breaks) < MIN_WRAPS:
        return paragraphs
    joined: list[Paragraph] = []
    for i, paragraph in enumerate(paragraphs):
        if i - 1 in breaks:
            paragraph = Paragraph(joined.pop().pieces + paragraph.pieces, decoded)
        joined.append(paragraph)
    return joined


def _after_page_date(paragraphs: list[Paragraph], meta: Metadata, simplify) -> list[Paragraph]:
    """The page's date on the first line (发布日期: / 2025年06月23日, 19/06/2024 14:43) is read and dropped,
    so that the headline under it is the title."""
    rest = paragraphs
    if len(rest) > 2 and _DATE_LABEL_LINE_RE.fullmatch(normalise_width(simplify(rest[0].text)).strip()):
        rest = rest[1:]
    if len(rest) > 1 and _read_page_stamp_line(simplify(rest[0].text), meta):
        return rest[1:]
    return paragraphs


def _looks_like_title(line: str) -> bool:
    """A first line is a headline unless it is the lead paragraph (dateline, lead-in, sentences)."""
    if len(line) > MAX_TITLE_LENGTH or _DATELINE_RE.match(line) or _LEAD_IN_RE.match(line):
        return False
    stamp = _STAMP_PREFIX_RE.match(line)
    if stamp and stamp.end() == len(line.rstrip()):  # a flash's time stamp on a line of its own
        return False
    if len(line) <= MAX_PAGE_STAMP_LINE_LENGTH and _PAGE_STAMP_LINE_RE.fullmatch(normalise_width(line).strip()):
        return False  # 乐居财经 徐迪 2024-09-14 11:21: the page's byline, the page has no headline
    if _CLOSING_DAY_FIRST_RE.fullmatch(line.strip()):
        return False  # 19/06/2024 14:43: a Hong Kong page's date above the headline
    if _EPAPER_PATH_RE.fullmatch(normalise_width(line).strip()):
        return False  # 陇南日报/2024 年/12 月/31 日/第 002 版综合: the page's path, not its headline
    sentence_ends = len(re.findall(r"[。！!；;]", line))
    return sentence_ends == 0 or (sentence_ends == 1 and len(line) <= 40 and not line.endswith("。"))


def _tail_line_kind(line: str, last: bool = False) -> str | None:
    """Kind of a whole boilerplate line in a post/plain-text tail, or None for a content line."""
    if _LINK_LINE_RE.match(line):
        return "link"
    if last and _CUT_LINK_LINE_RE.match(line):
        return "cut_link"
    if _MARKDOWN_NAV_RE.match(line) or _RULE_LINE_RE.match(line) or _UPDATE_STAMP_RE.match(line):
        return "nav"
    return None


def _split_off_tail_lines(decoded: str, start: int, end: int, meta: Metadata) -> list[tuple[int, int]]:
    """Spans of content between boilerplate lines; URLs of link lines go to meta.url."""
    regions = []
    region_start = start
    lines = _line_spans(decoded, start, end)
    last_content = max((i for i, (a, b) in enumerate(lines) if decoded[a:b].strip()), default=-1)
    for number, (line_start, line_end) in enumerate(lines):
        line = decoded[line_start:line_end]
        if "<" not in line and "[" not in line and "-" not in line and "更新" not in line:
            continue
        kind = _tail_line_kind(line, last=number == last_content and line_end == end)
        if kind is None:
            continue
        if kind == "link":
            url = _LINK_LINE_RE.match(line).group(1)
            if url:
                meta.url = "https:" + url if url.startswith("//") else url
        if line_start > region_start:
            regions.append((region_start, line_start))
        region_start = line_end
    if end > region_start:
        regions.append((region_start, end))
    return regions


def _jekyll_paragraphs(decoded: str, meta: Metadata) -> list[Paragraph]:
    matter, body_start = parse_front_matter(decoded)
    title = matter.get("title")
    if title is not None and not isinstance(title, (dict, list)):
        meta.title = html.unescape(str(title)).strip() or None
    if "date" in matter and matter["date"] is not None:
        meta.published_at, meta.published_at_note = iso_datetime(matter["date"])
    else:
        meta.published_at_note = "front matter has no date"
    meta.front_matter_outlet = _outlet_from_label(matter.get("source")) or _outlet_from_label(matter.get("tags")) \
        or _outlet_from_label(matter.get("categories"))
    for key in ("canonical_url", "url", "link", "permalink"):
        value = matter.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            meta.url = value
            break
    body_end = len(decoded)
    _reject_cut_markup(decoded)
    html_mode = bool(_HAS_BLOCK_TAG_RE.search(decoded, body_start, body_end))
    regions = _split_off_tail_lines(decoded, body_start, body_end, meta)
    if html_mode and regions:
        _reject_unclosed_last_paragraph(decoded, regions[-1][0], regions[-1][1])
    paragraphs: list[Paragraph] = []
    for start, end in regions:
        if html_mode:
            paragraphs.extend(html_paragraphs(decoded, start, end))
        else:
            paragraphs.extend(_html_lines(decoded, start, end))
    if meta.title is None:
        heading = _first_element_text(decoded, "h1", body_start) or None
        meta.title = heading
    return paragraphs


# Markdown markers (no capturing groups, so _TOKEN_RE's groups keep their numbers): images, the
# brackets and target of links (the link text stays), emphasis, and heading/quote/bullet markers.
_MARKDOWN_TOKEN_RE = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"
    r"|\[(?=[^\]\n]*\]\([^)\n]*\))|\]\([^)\n]*\)"
    r"|\*\*|__"
    r"|^[ \t]{0,3}(?:#{1,6}|>|[-*+])[ \t]+"
    r"|" + _TOKEN_RE.pattern,
    re.S | re.M,
)


def _html_lines(decoded: str, start: int, end: int) -> list[Paragraph]:
    """Markdown body without block tags: each line is a paragraph; inline tags, entities and
    Markdown markers are removed, link texts kept."""
    paragraphs = []
    for line_start, line_end in _line_spans(decoded, start, end):
        paragraphs.extend(html_paragraphs(decoded, line_start, line_end, token_re=_MARKDOWN_TOKEN_RE))
    return paragraphs


_CANONICAL_RE = re.compile(r"<link\s[^<>]*rel=[\"']?canonical[\"']?[^<>]*>", re.I)
_OG_URL_RE = re.compile(r"<meta\s[^<>]*property=[\"']og:url[\"'][^<>]*>", re.I)
_HREF_RE = re.compile(r"(?:href|content)=[\"']([^\"']+)[\"']", re.I)
_TAG_STRIP_RE = re.compile(r"<[^<>]*>")
_TITLE_SITE_SUFFIX_RE = re.compile(r"\s*(?:[-_|｜—–]+)\s*[^-_|｜—–]{1,30}$")


def _first_element_text(decoded: str, tag: str, start: int = 0) -> str | None:
    match = re.compile(rf"<{tag}(?:\s[^<>]*)?>(.*?)</{tag}\s*>", re.I | re.S).search(decoded, start)
    if not match:
        return None
    return re.sub(r"\s+", " ", html.unescape(_TAG_STRIP_RE.sub("", match.group(1)))).strip() or None


def _reject_cut_markup(decoded: str) -> None:
    """Truncated: the file ends inside a tag or comment (a cut trailing link line is only a tail)."""
    tail = decoded[-300:].rstrip()
    last_line = tail.rsplit("\n", 1)[-1]
    if _CUT_LINK_LINE_RE.match(last_line):
        return
    if _CUT_TAG_AT_END_RE.search(tail):
        raise BadInput("truncated", f"file ends inside an HTML tag: {tail[-40:]!r}")
    comment = tail.rfind("<!--")
    if comment >= 0 and "-->" not in tail[comment:]:
        raise BadInput("truncated", "file ends inside an HTML comment")


_P_OPEN_RE = re.compile(r"<p[\s>]", re.I)
_P_CLOSE_RE = re.compile(r"</p\s*>", re.I)


def _reject_unclosed_last_paragraph(decoded: str, start: int, end: int) -> None:
    """Truncated: the body closes its paragraphs with </p>, but the last one opened never is."""
    tail_start = max(start, end - 20000)
    last_open = max((m.start() for m in _P_OPEN_RE.finditer(decoded, tail_start, end)), default=-1)
    last_close = max((m.start() for m in _P_CLOSE_RE.finditer(decoded, tail_start, end)), default=-1)
    if last_close >= 0 and last_open > last_close and decoded[last_open:end].strip():
        raise BadInput("truncated", f"last paragraph opened with <p> is never closed: …{decoded[max(last_open, end - 40):end]!r}")


def _html_page_paragraphs(decoded: str, meta: Metadata) -> list[Paragraph]:
    _reject_cut_markup(decoded)
    head_title = _first_element_text(decoded, "title")
    h1 = re.compile(r"<h1(?:\s[^<>]*)?>(.*?)</h1\s*>", re.I | re.S).search(decoded)
    skip = []
    if h1 is not None:
        heading = re.sub(r"\s+", " ", html.unescape(_TAG_STRIP_RE.sub("", h1.group(1)))).strip()
        if heading:
            meta.title = heading
            skip.append((h1.start(), h1.end()))
    if meta.title is None and head_title:
        meta.title = _TITLE_SITE_SUFFIX_RE.sub("", head_title) or head_title
    for pattern in (_CANONICAL_RE, _OG_URL_RE):
        link = pattern.search(decoded)
        if link and (href := _HREF_RE.search(link.group(0))):
            meta.url = html.unescape(href.group(1))
            break
    _html_meta_fields(decoded, meta)
    body = re.search(r"<body[^<>]*>", decoded, re.I)
    start = body.end() if body else 0
    _reject_unclosed_last_paragraph(decoded, start, len(decoded))
    return html_paragraphs(decoded, start, len(decoded), skip)


_META_TAG_RE = re.compile(r"<meta\s[^<>]*>", re.I)
_META_NAME_RE = re.compile(r"(?:name|property|itemprop)\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_META_CONTENT_RE = re.compile(r"content\s*=\s*[\"']([^\"']*)[\"']", re.I)
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "datepublished", "og:release_date", "firstpublishedtime")


def _html_meta_fields(decoded: str, meta: Metadata) -> None:
    """Date, author and outlet from <meta> tags of an HTML page's head."""
    head_end = decoded.lower().find("</head")
    for tag in _META_TAG_RE.findall(decoded, 0, head_end if head_end > 0 else len(decoded)):
        name, content = _META_NAME_RE.search(tag), _META_CONTENT_RE.search(tag)
        if not name or not content or not content.group(1).strip():
            continue
        key, value = name.group(1).lower(), html.unescape(content.group(1)).strip()
        if key in _META_DATE_NAMES and meta.published_at is None:
            stamp, note = iso_datetime(value.replace("/", "-"))
            if stamp:
                meta.published_at, meta.published_at_note = stamp, f"<meta {key}>" + ("" if note == "front matter date" else "; " + note.split("; ", 1)[-1])
        elif key == "author" and len(value) <= 30:
            meta.add_authors(_names(value))
        elif key in ("og:site_name", "source", "contentsource") and len(value) <= 30:
            meta.front_matter_outlet = meta.front_matter_outlet or value


def _plain_paragraphs(decoded: str, start: int, end: int, meta: Metadata) -> list[Paragraph]:
    markup = bool(_HAS_BLOCK_TAG_RE.search(decoded, start, end))  # text with stray HTML paragraphs
    if markup:
        _reject_cut_markup(decoded)
    paragraphs = []
    for region_start, region_end in _split_off_tail_lines(decoded, start, end, meta):
        if markup:
            paragraphs.extend(html_paragraphs(decoded, region_start, region_end))
        else:
            paragraphs.extend(line_paragraphs(decoded, region_start, region_end))
    return paragraphs


def _clean_paragraphs(paragraphs: list[Paragraph], decoded: str, meta: Metadata, simplify) -> list[Paragraph]:
    """Drop boilerplate, move bylines/source notes/datelines into meta, strip inline URLs."""
    kept: list[Paragraph] = []
    dateline: tuple[int, int] | None = None
    for index, paragraph in enumerate(paragraphs):
        simplified = simplify(paragraph.text)
        glosses = _pinyin_gloss_spans(simplified)
        if glosses:  # first, so that bylines and lead-ins read as written (中證網(wǎng)訊 -> 中证网讯)
            paragraph = paragraph.remove(glosses, decoded)
            simplified = simplify(paragraph.text)
        if len(simplified) <= MAX_STAFF_LINE_LENGTH and _STAFF_LINE_RE.fullmatch(simplified.strip()):
            for credit in _STAFF_CREDIT_RE.finditer(simplified):
                add = meta.add_editors if credit.group(1) in _EDITOR_ROLES else meta.add_authors
                add(_names(credit.group(2)))
            continue
        if _is_boilerplate(simplified):
            if not kept:
                _read_page_stamp_line(simplified, meta)  # ©原创 2021-08-16 10:10: marked, yet the page's date
            continue
        note = _SOURCE_NOTE_RE.match(simplified)
        if note is None and "//" in simplified:  # 来源:央视新闻客户端 2023-01-28 15:26 http://www.mnw.cn/
            note = _SOURCE_NOTE_RE.match(_URL_RE.sub("", simplified).rstrip())
        if note and len(_INFO_LINE_RE.findall(simplified)) < 2:  # 来源:X 编辑:Y is an information line
            meta.source = _read_source_note(note.group(1), meta) or meta.source  # outranks a lead-in outlet
            continue
        square = _SQUARE_BYLINE_RE.match(simplified)
        if square:
            meta.add_authors(_names(square.group(1)))
            continue
        if len(simplified) <= 40 and _REPORTER_LINE_RE.match(simplified):
            meta.add_authors([n for m in _CREDIT_NAME_RE.finditer(simplified) for n in _names(m.group(2))])
            continue
        contributor = _CONTRIBUTOR_THEN_REPORTER_RE.fullmatch(simplified) if len(simplified) <= 30 else None
        if contributor and (len(contributor.group(1)) == 3 or _is_surname_first(contributor.group(1))):
            meta.add_authors([contributor.group(1)] + _names(contributor.group(2)))
            continue
        if not kept and meta.title and _same_words(simplified, simplify(meta.title)):
            continue  # the headline repeated at the top of the body (an <h1>, a title line)
        if not kept and index + 1 < len(paragraphs) and _is_lone_name(simplified.strip()):
            meta.add_authors([simplified.strip()])  # 黄洪涛 on its own line above the story: its reporter
            continue
        if len(simplified) <= MAX_INFO_LINE_LENGTH and "。" not in simplified and _is_info_line(simplified):
            _read_info_line(simplified, meta)
            continue
        if (not kept or _only_a_deck(kept)) and (
                _read_page_stamp_line(simplified, meta) or _EPAPER_PAGE_RE.fullmatch(simplified.strip())):
            continue  # (under a deck line: 首11月內地新增就業1,145萬人 / 提前完成全年目標 / 29/12/2022)
        if _read_print_edition_line(simplified, meta):
            continue
        if not kept and index + 1 < len(paragraphs) and _read_byline_outlet_line(
                simplified, simplify(paragraphs[index + 1].text), meta):
            continue
        cut_at = 0
        square_prefix = _SQUARE_BYLINE_PREFIX_RE.match(simplified) if len(kept) <= 1 else None
        if square_prefix:
            meta.add_authors(_names(square_prefix.group(1)))
            cut_at = square_prefix.end()
        elif not kept or (len(kept) == 1 and (meta.source is None or _LABELLED_CAPTION_RE.match(simplify(kept[0].text)))
                          and _opens_with_dateline(simplified)):
            # a page may put a summary or a photo's caption above the wire lead: 观点网讯：…, 中新网客户端7月15日电
            # under 资料图:学生在…。中新社记者 于海洋 摄
            cut_at, found = _lead_in(simplified, meta)
            if found:
                dateline = found
        credit = _TRAILING_CREDIT_RE.search(simplified, cut_at)
        if credit:
            meta.add_authors([n for m in _CREDIT_NAME_RE.finditer(credit.group(1)) for n in _names(m.group(2))])
            paragraph = paragraph.cut(0, credit.start(), decoded)
            simplified = simplified[:credit.start()]
        photo = _TRAILING_PHOTO_CREDIT_RE.search(simplified, cut_at) if simplified.rstrip().endswith("摄") else None
        if photo and all(_is_surname_first(name) for name in photo.group(1).split()):
            meta.add_authors(photo.group(1).split())
            paragraph = paragraph.cut(0, photo.start(), decoded).stripped(decoded)
            simplified = simplified[:photo.start()].rstrip()
        editor = _TRAILING_EDITOR_RE.search(simplified, cut_at) if simplified.rstrip().endswith(_CLOSING_BRACKETS) else None
        if editor:
            meta.add_editors(_names(editor.group(1)))
            paragraph = paragraph.cut(0, editor.start(), decoded).stripped(decoded)
            simplified = simplified[:editor.start()].rstrip()
        if len(kept) == 0 and index <= 2 and meta.author is None:
            role = _ROLE_BYLINE_RE.match(simplified)
            if role and len(paragraphs) > index + 1:
                meta.add_authors([role.group(1)])  # kept in the text: the role names an organisation
        if cut_at:
            paragraph = paragraph.cut(cut_at, len(paragraph.text), decoded).stripped(decoded)
            simplified = simplified[cut_at:].strip(_STRIP_CHARS)
        spans = _inline_junk_spans(simplified)
        if spans:
            paragraph = paragraph.remove(spans, decoded).stripped(decoded)
            if _is_boilerplate(simplify(paragraph.text)):
                continue
        spaces = _typeset_date_spaces(paragraph.text)
        if spaces:
            paragraph = paragraph.remove(spaces, decoded)
        if paragraph.text:
            kept.append(paragraph)
    if kept:
        last = simplify(kept[-1].text)
        sign_off = _SIGN_OFF_RE.search(last)
        before = last[:sign_off.start()].strip(_STRIP_CHARS) if sign_off else ""
        if sign_off and _is_surname_first(sign_off.group(1)) and (before or len(kept) > 1):
            meta.add_authors([sign_off.group(1)])
            if before:
                kept[-1] = kept[-1].cut(0, sign_off.start(), decoded).stripped(decoded)
            else:  # （赵红星） on a line of its own
                kept.pop()
    if kept and _read_closing_stamp(simplify(kept[-1].text), meta):
        kept.pop()
    if kept and (signed := _signed_names(simplify(kept[-1].text))):
        meta.add_authors(signed)  # （陆仕臣 文 平 沈 忠 熊继艳） on a line of its own
        kept.pop()
    if dateline and meta.published_at is None:
        _date_from_dateline(dateline, kept, meta)
    return kept


# 15/08/2025 10:00 closing a Hong Kong wire: day first, as written there
_CLOSING_DAY_FIRST_RE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?:\s+([0-9]{1,2}):([0-9]{2}))?")


def _read_closing_stamp(simplified: str, meta: Metadata) -> bool:
    """A page stamp with its time alone on the story's last line (2025-08-15 10:00, 15/08/2025 10:00): the
    page's date."""
    line = normalise_width(simplified).strip()
    if len(line) > MAX_PAGE_STAMP_LINE_LENGTH:
        return False
    stamp = _INFO_DATE_RE.fullmatch(line)
    if stamp and stamp.group(4):  # with its time: not the date signing a notice (2022年10月24日)
        meta.date_once(_valid_stamp(*stamp.groups()), "page date closing the story; China time (+08:00) assumed")
        return True
    return _read_day_first_stamp(line, meta, "closing the story")


def _read_day_first_stamp(line: str, meta: Metadata, where: str) -> bool:
    """15/08/2025 10:00 alone on a line, as Hong Kong pages write it. Day and month are only told apart
    when one of them is above 12."""
    stamp = _CLOSING_DAY_FIRST_RE.fullmatch(line)
    if stamp is None:
        return False
    first, second, year, hour, minute = stamp.groups()
    if int(second) > 12 >= int(first):
        first, second = second, first  # 08/15/2025: month first
    if int(first) <= 12 and int(second) <= 12 and first != second:
        meta.published_at_note = meta.published_at_note or f"page stamp {line} {where}: day and month ambiguous"
        return True
    meta.date_once(_valid_stamp(year, second, first, hour, minute),
                   f"page date {where} (day/month/year); Hong Kong time (+08:00) assumed")
    return True


# a wire story signs off with its reporter's name in brackets: …提供更有力支撑。（申仁宝）
_SIGN_OFF_RE = re.compile(r"(?:(?<=[。！？!?”])|^)\s*[（(]\s*([\u4e00-\u9fff]{2,4})\s*[)）]\s*$")


_CJK_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")
# several reporters sign off together; two-character names are spaced to the width of three (文 平)
_SIGN_OFF_LIST_RE = re.compile(r"[（(]\s*([\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4})+)\s*[)）]")


def _signed_names(line: str) -> list[str]:
    """The names of a bracketed sign-off line listing several reporters, else []."""
    listed = _SIGN_OFF_LIST_RE.fullmatch(line.strip())
    if not listed:
        return []
    names: list[str] = []
    tokens = listed.group(1).split()
    while tokens:
        token = tokens.pop(0)
        if len(token) == 1 and tokens and len(tokens[0]) == 1:
            token += tokens.pop(0)  # 文 平 -> 文平
        names.append(token)
    if len(names) < 2 or not all(2 <= len(n) <= 4 and _is_surname_first(n) for n in names):
        return []
    return names


def _is_lone_name(line: str) -> bool:
    """黄洪涛: a two- or three-character personal name and nothing else (not 高峰, 文化)."""
    if not (2 <= len(line) <= 3 and _CJK_ONLY_RE.fullmatch(line) and _is_surname_first(line)):
        return False
    return len(line) == 3 or line[0] not in entity_lexicon.comment_directive("surnames.txt", "ambiguous")


def _is_surname_first(name: str) -> bool:
    surnames = entity_lexicon.words("surnames.txt")
    return name[0] in surnames or name[:2] in surnames


def _same_words(a: str, b: str) -> bool:
    return _NON_WORD_RE.sub("", a) == _NON_WORD_RE.sub("", b) != ""


_NON_WORD_RE = re.compile(r"[\W_]+")
# Page-dump information lines: 来源：X 发布时间：2022-03-30 10:00 作者：Y 浏览次数：12 字号：大 中 小
MAX_INFO_LINE_LENGTH = 120
_INFO_LABELS = _alternation(LEXICON["info_labels"])
_INFO_LINE_RE = re.compile(rf"(?:^|[\s【|｜丨\d])(?:{_INFO_LABELS})\s*[:：]")  # 13:45内容来源：X
_INFO_FIELD_RE = re.compile(rf"({_INFO_LABELS})\s*[:：]\s*(.*?)(?=\s*(?:【|\[)?\s*(?:{_INFO_LABELS})\s*[:：]|\s*】|$)")
_INFO_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?\s*"
                           r"(?:(\d{1,2})[:时](\d{2})(?::(\d{2})|分)?)?")  # 10:10:05, 10时10分
_TRAILING_INFO_DATE_RE = re.compile(r"\s+" + _INFO_DATE_RE.pattern + r"\s*$")


_STRONG_INFO_LABELS = tuple(LEXICON["strong_info_labels"])
# a line that is one labelled date and nothing else (时间:2025-03-09), perhaps after the outlet's name
# (中国产业经济信息网   时间:2021-12-20): a page's date, not content
_LONE_DATE_FIELD_RE = re.compile(rf"\s*(?:(?P<outlet>[^\s:：]{{2,20}})\s+)?(?:{_INFO_LABELS})\s*[:：]\s*"
                                 rf"{_INFO_DATE_RE.pattern}\s*$")


def _is_info_line(simplified: str) -> bool:
    """Two labelled fields, one that only information lines carry (活动时间：… is content), or a
    labelled date alone on its line."""
    labels = [m.group(0) for m in _INFO_LINE_RE.finditer(simplified)]
    if not labels:
        return False
    line = normalise_width(simplified)
    if len(labels) >= 2 or _INFO_DATE_RE.match(line.lstrip()):
        return True  # 2022年12月02日 17:13:11 来源: 大众日报: a page stamp with a labelled field
    lone_date = _LONE_DATE_FIELD_RE.match(line)
    return any(strong in labels[0] for strong in _STRONG_INFO_LABELS) or lone_date is not None and (
        lone_date["outlet"] is None or _is_outlet_name(lone_date["outlet"]))


def _read_info_line(simplified: str, meta: Metadata) -> None:
    """Source, author and date from a page's information line (the line itself is dropped)."""
    labelled = {label: value.strip(" |｜丨") for label, value in _INFO_FIELD_RE.findall(normalise_width(simplified))}
    source = next((labelled[k] for k in ("来源", "信息来源", "文章来源", "内容来源", "稿件来源") if labelled.get(k)), None)
    if source and len(source) <= 30:
        meta.source = meta.source or _source_name(source)
    for label in ("作者", "编辑", "责任编辑"):  # 责任编辑:顾雯丽 2019-09-17 10:00:36: the name before the date
        labelled[label] = _TRAILING_INFO_DATE_RE.sub("", labelled.get(label, ""))
    if labelled["作者"] and len(labelled["作者"]) <= 30:
        meta.add_authors(_names(labelled["作者"]))
    for label in ("编辑", "责任编辑"):
        if labelled[label] and _NAMES_RE.fullmatch(labelled[label]):
            meta.add_editors(_names(labelled[label]))
    if meta.published_at is None:
        for label in ("发布时间", "发布日期", "发表时间", "刊发日期", "刊发时间", "发稿时间", "时间", "日期"):
            found = _INFO_DATE_RE.search(labelled.get(label, ""))
            if found:
                meta.date_once(_valid_stamp(*found.groups()),
                               f"page information line {label}; China time (+08:00) assumed")
                break
    found = _INFO_DATE_RE.match(normalise_width(simplified).lstrip())  # 2020-01-14 10:34:46 来源：X 作者：Y
    if found:
        meta.date_once(_valid_stamp(*found.groups()),
                       "date opening the page information line; China time (+08:00) assumed")
    found = _TRAILING_INFO_DATE_RE.search(normalise_width(simplified))  # 来源:新华社 责任编辑:Y 2019-09-17 10:00
    if found and meta.published_at is None:
        meta.date_once(_valid_stamp(*found.groups()),
                       "date closing the page information line; China time (+08:00) assumed")


def _valid_stamp(year, month, day, hour=None, minute=None, second=None) -> str | None:
    from datetime import datetime

    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + CHINA_OFFSET


# a wire's closing editor credit: …的实效。(完) 【编辑:曹子健】
_CLOSING_BRACKETS = ("】", "]", "）", ")")
_TRAILING_EDITOR_RE = re.compile(rf"(?:[（(]完[)）])?\s*[【\[（(]\s*(?:责任)?编辑\s*[:：]\s*({_NAMES})\s*[】\]）)]\s*$")
_TRAILING_CREDIT_RE = re.compile(r"[（(]\s*((?:本报|本台|央视)?(?:记者|通讯员|实习生)[^（()）。]{2,40})[)）]\s*$")


_INLINE_NAVIGATION = tuple(LEXICON["inline_navigation"])
_INLINE_JUNK_RE = re.compile(_URL_RE.pattern + "|" + _alternation(_INLINE_NAVIGATION))


# 就业(yè): some sites gloss characters with tone-marked pinyin; a gloss needs one tone mark
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS_RE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONE_MARKS}][a-zü{_TONE_MARKS}]{{0,5}}[)）]")


def _inline_junk_spans(simplified: str) -> list[tuple[int, int]]:
    if "/" in simplified or "www" in simplified or any(p in simplified for p in _INLINE_NAVIGATION):
        return [m.span() for m in _INLINE_JUNK_RE.finditer(simplified)]
    return []


# a PDF or a Taiwan government page typesets dates with spaces (截至 11 月底, 自 113 年 1 月 1 日起); a
# space that only separates words (据兰州晚报报道 7月19日) stays
_TYPESET_DATE_SPACE_RE = re.compile(r"(?<=[0-9０-９]) (?=[年月日])|(?<=[\u4e00-\u9fff]) (?=[0-9０-９]{1,4} [年月日])")


def _typeset_date_spaces(text: str) -> list[tuple[int, int]]:
    if " " in text and ("年" in text or "月" in text or "日" in text):
        return [m.span() for m in _TYPESET_DATE_SPACE_RE.finditer(text)]
    return []


def _pinyin_gloss_spans(simplified: str) -> list[tuple[int, int]]:
    if "(" in simplified or "（" in simplified:
        return [m.span() for m in _PINYIN_GLOSS_RE.finditer(simplified)]
    return []


def _lead_in(simplified: str, meta: Metadata) -> tuple[int, tuple[int, int] | None]:
    """Cut position of what opens the first paragraph before the story: a flash's 【headline】 and
    time stamp, then a dateline / 'X消息（…）：' / 'X讯，' lead-in."""
    cut_at = 0
    headline = None if _DATELINE_RE.match(simplified) else _FLASH_HEADLINE_RE.match(simplified)  # not 【新华社…电】
    if headline and len(simplified) > headline.end():
        if meta.title is None:
            meta.title = headline.group(1).strip()
        cut_at = headline.end()
    stamp = _STAMP_PREFIX_RE.match(simplified, cut_at)
    if stamp:
        published = _valid_stamp(*stamp.groups())
        if published:
            meta.date_once(published, "time stamp opening the story; China time (+08:00) assumed")
            cut_at = stamp.end()
            after_stamp = simplified[cut_at:].lstrip(_STAMP_SEPARATORS)
            note = _SOURCE_NOTE_RE.match(after_stamp)
            if note:  # 2022-02-23 11:22 | 稿件来源：X: the page's information line, not the story
                meta.source = meta.source or _read_source_note(note.group(1), meta)
                return len(simplified), None
    rest = simplified[cut_at:]
    source_label = _SOURCE_LEAD_RE.match(rest)
    if source_label and _is_outlet_name(source_label.group(1)):  # 消息来源:四川在线 1至6月，…
        meta.source = meta.source or source_label.group(1)
        return cut_at + source_label.end(), None
    if meta.source and rest.startswith(meta.source + " "):  # 乐居财经 徐迪 9月14日，… under the page's byline
        byline = _BYLINE_PREFIX_RE.match(rest, len(meta.source))
        if byline and (not byline.group(1) or byline.group(1) in _names(meta.author or "")):
            return cut_at + byline.end(), _opening_date(rest[byline.end():], meta)
    dateline = _DATELINE_RE.match(rest)
    if dateline:
        meta.source = meta.source or _outlet_of_dateline(dateline["outlet"])
        # 新华社成都2月21日电 keeps its 电; 央视新闻3月2日丨 ends at 日
        end = dateline.end("mark") if dateline["mark"] in "讯电" else dateline.end("day") + 1
        meta.dateline = meta.dateline or rest[dateline.start("outlet"):end]
        if dateline["credit"]:
            meta.add_authors(_credited(dateline["credit"]))
        month, day = int(dateline["month"]), int(dateline["day"])
        if dateline["year"]:
            meta.date_once(_valid_stamp(dateline["year"], month, day),
                           f"dateline {dateline['year']}年{month}月{day}日; time unknown")
        return cut_at + dateline.end(), (month, day)
    wire = _WIRE_HEADER_RE.match(rest)
    if wire:  # 《经济通通讯社驻京记者黄燕明15日北京专电》国家统计局公布，…
        meta.source = meta.source or wire["outlet"]
        # as a dateline reads (经济通通讯社北京电): the outlet, and the place it was filed from
        meta.dateline = meta.dateline or (wire["outlet"] + (f"{wire['place']}电" if wire["place"] else "讯"))
        if wire["credit"]:
            meta.add_authors(_names(wire["credit"]))
        return cut_at + wire.end(), None
    bracketed = _BRACKETED_OUTLET_RE.match(rest)
    if bracketed and _is_outlet_name(bracketed.group(1)):  # 【财新网】(记者 宿慧娴)2019年上半年,…
        meta.source = meta.source or bracketed.group(1)
        if bracketed.group(2):
            meta.add_authors(_credited(bracketed.group(2)))
        return cut_at + bracketed.end(), None
    own = _OWN_PAPER_RE.match(rest)
    news = None if own else _OUTLET_NEWS_RE.match(rest)
    if own or news:  # 本报讯（记者 …）: the outlet is the publication itself, known only from other metadata
        lead = own or news
        meta.dateline = meta.dateline or _LEAD_HEAD_RE.match(rest).group(0)
        if news:
            meta.source = meta.source or news.group(1)
        credit = lead.group(1) if own else news.group(2)
        if credit:
            meta.add_authors(_credited(credit))
            outlet = _CREDIT_OUTLET_RE.match(credit)
            if outlet and not outlet.group(1).startswith(("本", "我")):
                meta.source = meta.source or outlet.group(1)  # 本报讯（潍坊日报社全媒体记者 李国栋）
        return cut_at + lead.end(), _opening_date(rest[lead.end():], meta)
    lead = _LEAD_IN_RE.match(rest)
    if lead:
        meta.dateline = meta.dateline or _LEAD_HEAD_RE.match(rest).group(0)
        programme = lead.group(2)
        if programme and _PROGRAMME_CREDIT_RE.fullmatch(programme):
            meta.source = meta.source or f"{lead.group(1)}（{programme}）"  # 央视网消息（新闻联播）：the outlet and its programme
        else:
            meta.source = meta.source or lead.group(1)
            if programme:  # 新华社消息（记者 张三）
                meta.add_authors([n for m in _CREDIT_NAME_RE.finditer(programme) for n in _names(m.group(2))])
        return cut_at + lead.end(), None
    reported = _REPORTED_BY_RE.match(rest)
    if reported:  # 据皖西日报报道 1月14日上午，…: the attribution is part of the sentence and stays
        meta.source = meta.source or reported.group(1)
        month, day = int(reported.group(2)), int(reported.group(3))
        return cut_at, (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    return cut_at, None


def _credited(credit: str) -> list[str]:
    """The names a lead's brackets credit: after their roles (记者 张三), or names with no role, each
    opening with a surname (中新网客户端7月15日电 (王恩博 李金磊), 本报讯 (庄任飞 杨佩佩))."""
    credited = [n for m in _CREDIT_NAME_RE.finditer(credit) for n in _names(m.group(2))]
    if not credited and _NAMES_RE.fullmatch(credit.strip()):
        names = _names(credit)
        credited = names if all(len(n) <= 3 and _is_surname_first(n) for n in names) else []
    return credited


def _opening_date(story: str, meta: Metadata) -> tuple[int, int] | None:
    """The (month, day) a 讯 story opens with; with a year it is the publication date."""
    opening = _OPENING_DATE_RE.match(story)
    if not opening:
        return None
    year, month, day = opening.groups()
    if year:
        meta.date_once(_valid_stamp(year, month, day),
                       f"date opening the story {year}年{month}月{day}日; time unknown")
    return int(month), int(day)


_OUTLET_SUFFIXES = _alternation(LEXICON["outlet_suffixes"])
_OUTLET_SUFFIX_RE = re.compile(rf"^(.+?(?:{_OUTLET_SUFFIXES}))(?=[\u4e00-\u9fff]{{2,4}}$)")


_OUTLET_NAME_RE = re.compile(rf"[\u4e00-\u9fff·]{{1,20}}(?:{_OUTLET_SUFFIXES})")
# the outlet a 本报讯 credit names before its reporters' role (潍坊日报社全媒体记者 李国栋)
_CREDIT_OUTLET_RE = re.compile(rf"\s*({_OUTLET_NAME_RE.pattern})\s*(?:全媒体|融媒体|全媒|首席)?(?:{_CREDIT_ROLES})")
_TRAILING_STAMP_RE = re.compile(_INFO_DATE_RE.pattern + "$")
MAX_BYLINE_OUTLET_LINE_LENGTH = 50


# 时讯 国内 2024-01-23 10:22:17 / 乐居财经 徐迪 2024-09-14 11:21 / 城市镜像.新闻汇总 2022-07-31:
# a page's outlet, reporter or section labels may come first, or its site (http://www.CRNTT.com 2022-08-25)
_EPAPER_PAGE_RE = re.compile(r"第\s*[0-9]{1,3}\s*版\s*(?:[:：]\s*[\u4e00-\u9fff]{1,8})?")  # 第02版:要闻综合
# An e-paper's stamp names its page (2022年05月25日 第03版:要闻); a magazine's byline opens with 文|.
_PAGE_STAMP_LINE_RE = re.compile(r"(?:文\s*[|｜丨]\s*)?(?P<labels>(?:[©\u4e00-\u9fff.·]{1,10}\s+){1,3})?"  # ©原创 2021-08-16
                                 + _INFO_DATE_RE.pattern
                                 + r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*[|｜丨]?\s*"
                                 + rf"(?:{_EPAPER_PAGE_RE.pattern}|(?P<outlet>\S*))"
                                 + r"(?:\s+作者\s*[:：]?\s*(?P<credit>\S{2,20}))?")  # 新浪网 作者 新华报业网
# rarer stamps above a story: a forum post's (cooldog123pp 发表于 2025-10-30 08:27), an e-paper page's
# (当前:A2(2019年01月22日)), and the year before month/day (2020 12/02 15:25 东南网)
_FORUM_STAMP_RE = re.compile(r"\S{1,30}\s+发表于\s*" + _INFO_DATE_RE.pattern)
_EPAPER_PAGE_DATE_RE = re.compile(r"(?:当前\s*[:：]\s*)?[A-Z]?[0-9]{1,3}\s*版?\s*[(（]\s*" + _INFO_DATE_RE.pattern + r"\s*[)）]")
# (empty groups keep _PAGE_STAMP_LINE_RE's layout: labels, year, month, day, hour, minute, second, outlet, credit)
# an e-paper page's path (陇南日报/2024 年/12 月/31 日/第 002 版综合), as its PDF text gives it
_EPAPER_PATH_RE = re.compile(r"(?P<outlet>[\u4e00-\u9fff]{2,12})\s*/\s*((?:19|20)[0-9]{2})\s*年\s*/?\s*([0-9]{1,2})\s*月"
                             r"\s*/?\s*([0-9]{1,2})\s*日\s*/\s*第\s*[0-9]{1,3}\s*版\s*[\u4e00-\u9fff]{0,8}")
_YEAR_THEN_MONTH_DAY_RE = re.compile(r"(?P<labels>)((?:19|20)[0-9]{2})\s+([0-9]{1,2})/([0-9]{1,2})\s+([0-9]{1,2}):([0-9]{2})"
                                     r"()\s*(?P<outlet>\S*)(?P<credit>)")
MAX_PAGE_STAMP_LINE_LENGTH = 40
MAX_DECK_LENGTH = 30
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
# A paper's print edition cited on a line of its own, above or below the story: 《 人民日报 》( 2025年09月28日
# 01 版), 《工人日报》(2024年07月25日 03版). The day it was printed is the publication date, not the dateline's.
_PRINT_EDITION_RE = re.compile(r"《\s*([\u4e00-\u9fff·]{2,20}?)\s*》\s*[(（]\s*" + _INFO_DATE_RE.pattern
                               + r"\s*(?:第\s*)?(?:[A-Z]?[0-9]{1,3}\s*版)?\s*[)）]")
_LEADING_SITE_RE = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-zA-Z]{2,}/?\s+(?=\d)")


def _read_print_edition_line(simplified: str, meta: Metadata) -> bool:
    line = normalise_width(simplified).strip()
    edition = _PRINT_EDITION_RE.fullmatch(line) if len(line) <= MAX_PAGE_STAMP_LINE_LENGTH else None
    if edition is None or not _is_outlet_name(edition.group(1)):
        return False
    published = _valid_stamp(*edition.groups()[1:4])
    if published and meta.published_at is None:
        meta.published_at, meta.published_at_note = published, f"print edition of {edition.group(1)}; time unknown"
    meta.source = meta.source or edition.group(1)
    return True


def _only_a_deck(kept: list[Paragraph]) -> bool:
    """The story so far is one short line with no sentence in it: a deck under the headline."""
    return len(kept) == 1 and len(kept[0].text) <= MAX_DECK_LENGTH and not _SENTENCE_END_RE.search(kept[0].text)


def _read_page_stamp_line(simplified: str, meta: Metadata) -> bool:
    """2023年12月21日 星期四 / 2022-10-24 09:41:14 财联社 on a line of its own above the story: the page's
    date (and outlet). A line with anything but an outlet's name after the date is the story's."""
    line = _LEADING_SITE_RE.sub("", normalise_width(simplified).strip(), count=1)
    if len(line) > MAX_PAGE_STAMP_LINE_LENGTH:
        return False
    if _read_day_first_stamp(line, meta, "above the story"):
        return True
    other = _FORUM_STAMP_RE.fullmatch(line) or _EPAPER_PAGE_DATE_RE.fullmatch(line)
    if other:
        published = _valid_stamp(*other.groups()[:6])
        if published:
            meta.date_once(published, "page date on a line of its own; China time (+08:00) assumed")
            return True
    path = _EPAPER_PATH_RE.fullmatch(line)
    if path and _is_outlet_name(path["outlet"]):
        published = _valid_stamp(*path.groups()[1:4])
        if published:
            meta.date_once(published, "e-paper page path above the story; time unknown")
            meta.source = meta.source or path["outlet"]
            return True
    stamp = _PAGE_STAMP_LINE_RE.fullmatch(line) or _YEAR_THEN_MONTH_DAY_RE.fullmatch(line)
    if stamp is None or (stamp["outlet"] and not _OUTLET_NAME_RE.fullmatch(stamp["outlet"])):
        return False
    published = _valid_stamp(*stamp.groups()[1:7])
    if published is None:
        return False
    meta.date_once(published, "page date on a line of its own; China time (+08:00) assumed")
    outlet = stamp["outlet"] or None
    for label in (stamp["labels"] or "").split():
        if outlet is None and _is_outlet_name(label):
            outlet = label
        elif outlet is not None and len(label) <= 3 and _is_surname_first(label):
            meta.add_authors([label])  # 乐居财经 徐迪 2024-09-14: the reporter after the outlet
    credit = stamp["credit"]
    if credit and _is_outlet_name(credit):
        outlet = outlet or credit  # 新浪网 作者 新华报业网: a portal's page credits the outlet it reprints
    elif credit and _NAMES_RE.fullmatch(credit):
        meta.add_authors(_names(credit))
    if outlet:
        meta.source = meta.source or outlet
    return True


def _is_outlet_name(name: str) -> bool:
    return bool(_OUTLET_NAME_RE.fullmatch(name) or _AGENCY_PREFIX_RE.fullmatch(name))


def _read_byline_outlet_line(simplified: str, next_simplified: str, meta: Metadata) -> bool:
    """王舒嫄中国证券报·中证网 2021-04-26 10:17 above 中证网讯（记者 王舒嫄）…: a finance page's byline
    line (reporter, outlet, stamp); only taken when the next paragraph's lead credits the same reporter."""
    if len(simplified) > MAX_BYLINE_OUTLET_LINE_LENGTH:
        return False
    credited = [n for m in _CREDIT_NAME_RE.finditer(next_simplified, 0, 80) for n in _names(m.group(2))]
    name = next((n for n in credited if simplified.startswith(n)), None)
    if name is None:
        return False
    rest = normalise_width(simplified[len(name):]).strip()
    stamp = _TRAILING_STAMP_RE.search(rest)
    outlet = rest[:stamp.start()].strip() if stamp else rest
    if not _OUTLET_NAME_RE.fullmatch(outlet):
        return False
    meta.add_authors([name])
    meta.source = meta.source or outlet
    if stamp:
        meta.date_once(_valid_stamp(*stamp.groups()), "time stamp on the byline line; China time (+08:00) assumed")
    return True


def _opens_with_dateline(simplified: str) -> bool:
    bracketed = _BRACKETED_OUTLET_RE.match(simplified)
    return bool(_DATELINE_RE.match(simplified) or _OUTLET_NEWS_RE.match(simplified)
                or bracketed and _is_outlet_name(bracketed.group(1)))


def _outlet_of_dateline(outlet: str) -> str | None:
    """新华社北京 -> 新华社, 湖南日报长沙 -> 湖南日报, 华声在线 -> 华声在线; 本报… is the paper itself."""
    if outlet.startswith(("本报", "本台", "本刊", "本网")):
        return None
    outlet = outlet.removeprefix("据")  # 据新华社北京12月20日电: a reprint names the agency
    agency = _AGENCY_PREFIX_RE.match(outlet)
    if agency:
        return agency.group(1)
    with_place = _OUTLET_SUFFIX_RE.match(outlet)
    return with_place.group(1) if with_place else outlet


def _date_from_dateline(month_day: tuple[int, int], paragraphs: list[Paragraph], meta: Metadata) -> None:
    month, day = month_day
    body = "".join(p.text for p in paragraphs)
    years = Counter(int(y) for y in _YEAR_RE.findall(normalise_width(body)))
    if not years:
        meta.published_at_note = f"dateline {month}月{day}日 but no year 2020-2030 in the text"
        return
    year = max(years, key=lambda y: (years[y], y))
    try:
        from datetime import date

        date(year, month, day)
    except ValueError:
        meta.published_at_note = f"dateline {month}月{day}日 is not a valid date in {year}"
        return
    meta.published_at = f"{year:04d}-{month:02d}-{day:02d}T00:00:00{CHINA_OFFSET}"
    meta.published_at_note = f"dateline {month}月{day}日 with year {year} (most mentioned in the text); time unknown"


# ---------------------------------------------------------------- width normalisation

# Full-width digits, Latin letters and the symbols used in figures map to ASCII one for one (also the
# small full stop of ５﹒２％ in Hong Kong wires); Chinese punctuation (，。：；！？（）“”《》、) is kept as written.
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))}
_WIDTH_TABLE.update({ord("％"): "%", ord("．"): ".", ord("﹒"): ".", ord("＋"): "+", ord("－"): "-", ord("／"): "/", ord("＝"): "=",
                     ord("＆"): "&", ord("＃"): "#", ord("＄"): "$", ord("＠"): "@",
                     ord("\u3000"): " ", ord("\xa0"): " ", ord("\t"): " "})


def normalise_width(text: str) -> str:
    return text.translate(_WIDTH_TABLE)
