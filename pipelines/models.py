"""Plain dataclasses shared by the pure core (no Dagster import anywhere in pipelines/)."""
from __future__ import annotations

from dataclasses import dataclass, field


class BadInput(Exception):
    """A raw file that cannot be processed; it goes to the quarantine table with `reason`.

    `reason` is a short stable code (empty, binary, undecodable, truncated, oversized,
    malformed_front_matter, unreadable, ...); `detail` says what exactly was seen.
    """

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class CleanArticle:
    """One raw file after decoding, shape detection, cleaning and script conversion."""

    source_path: str  # relative to the raw folder, POSIX separators
    content_sha256: str  # sha256 of the raw bytes
    size: int  # raw size in bytes
    encoding: str  # detected encoding of the raw bytes (python codec name)
    shape: str  # jekyll_post | html_page | wire_text | page_dump | plain_text
    title: str | None
    published_at: str | None  # ISO 8601 with timezone offset, or None
    published_at_note: str  # how published_at was found, or why it is None
    source: str | None  # outlet
    author: str | None
    editor: str | None  # editors credited on the page (责任编辑：张三), a line the cleaner drops from the body
    url: str | None
    dateline: str | None  # the 电头 the story opened with: 新华社成都2月21日电, 中证网讯, 央视网消息
    script: str  # "simplified" or "traditional" (script of the raw text)
    text: str  # cleaned body, Simplified Chinese: every offset in entities/metrics points here
    original_text: str  # same cleaned body in the original script (same length as text)
    # raw_offsets[i] = byte offset in the raw file where text[i] starts; raw_offsets[len(text)]
    # = byte offset just after the last character. Decoding raw[raw_offsets[s]:raw_offsets[e]]
    # with `encoding` gives original_text[s:e] as written (entities and metrics use raw_span).
    raw_offsets: list[int] = field(repr=False, default_factory=list)

    @property
    def article_id(self) -> str:
        return article_id_for(self.content_sha256)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Byte range in the raw file of text[start:end]."""
        if not self.raw_offsets:
            return (-1, -1)
        return (self.raw_offsets[start], self.raw_end_of(end))

    def raw_end_of(self, end: int) -> int:
        return self.raw_offsets[end]


def article_id_for(content_sha256: str) -> str:
    """Stable id of an article: identical raw content gives one article."""
    return content_sha256[:16]


@dataclass(frozen=True)
class Entity:
    type: str  # LOC ORG PERSON POLICY PROGRAM GROUP
    text: str  # surface form as in CleanArticle.text[start:end]
    name: str  # normalised name (GUIDE.md): full standard place name for LOC, words as written otherwise
    start: int
    end: int
    admin_code: str | None = None  # six-digit GB/T 2260 code (nine digits for townships where known)
    province_code: str | None = None
    city_code: str | None = None
    county_code: str | None = None
    canonical_name: str | None = None  # resolved identity (ORG: full official name)
    region_code: str | None = None  # region an ORG belongs to
    role: str | None = None  # PERSON: job title given in the text
    org: str | None = None  # PERSON: organisation given in the text


# Not frozen: one is built per figure, and a frozen dataclass sets each field through object.__setattr__
# (together with Quantity and TimeMention about 5% of the metric pass). Treat it as read-only.
@dataclass
class Metric:
    text: str  # surface form as in CleanArticle.text[start:end]
    value: float  # scale applied
    value_high: float | None  # upper end of a range, else None
    unit: str  # unit or measure word with the scale stripped ("" for a bare number)
    qualifier: str  # exact | at_least | at_most | approx
    indicator: str | None  # words naming what is counted
    category: str  # GUIDE.md taxonomy
    region: str | None  # standard place name, 全国, or None
    region_code: str | None
    time: str | None  # ISO-like date or period, or None
    comparison: str | None  # for changes: what the figure is relative to (同比, 比上年, ...)
    start: int
    end: int
