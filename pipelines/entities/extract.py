"""extract_entities: one Aho-Corasick pass, then the per-type rules; one Entity per mention."""
from __future__ import annotations

import re

from ..models import Entity
from . import gazetteer, matcher, orgs, people, places, programs


def _article_places(ctx) -> dict[int, gazetteer.Place]:
    """The most-mentioned province / prefecture / county: what 省 or 县 alone refers to."""
    gaz = gazetteer.load()
    out: dict[int, gazetteer.Place] = {}
    for code, _ in ctx.most_common():
        place = gaz.by_code.get(code)
        if place is not None and place.level not in out:
            out[place.level] = place
    return out


def extract_entities(text: str, title: str | None = None) -> list[Entity]:
    """Entities mentioned in an article body (Simplified Chinese), one per mention.

    `title` only gives context (the article's region); offsets point into `text`.
    """
    if not text:
        return []
    hits = matcher.scan(text)
    title_hits = matcher.scan(title) if title else []
    ctx = places.context_codes(hits, title_hits, text)
    place_mentions = places.find_places(text, hits, ctx)
    org_mentions = orgs.find_orgs(text, hits, place_mentions, _article_places(ctx))
    entities: list[Entity] = [places.to_entity(m) for m in place_mentions]
    entities += [orgs.to_entity(o) for o in org_mentions]
    titles = programs.find_titles(text)
    entities += titles
    taken = [(o.start, o.end) for o in org_mentions]
    taken += [(m.start, m.end) for m in place_mentions if m.kind in ("division", "foreign", "zone")]
    entities += [people.to_entity(p) for p in people.find_people(text, hits, taken)]
    entities += programs.find_programs(text, hits)
    entities += programs.find_groups(text, hits)
    unique: dict[tuple, Entity] = {}
    for e in entities:  # 《人民日报》 is found as a title and as an organisation: one mention
        unique.setdefault((e.type, e.name, e.start, e.end), e)
    return sorted(unique.values(), key=lambda e: (e.start, -e.end, e.type))


_DATELINE_DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_SOURCE_PART_RE = re.compile(r"[^（()）·]+")  # 央视网（新闻联播）, 中国证券报·中证网: each part is named
_CREDITED_NAME_RE = re.compile(r"[^、,，;；/\s]+")


def dateline_places(dateline: str | None) -> list[Entity]:
    """The place a story was filed from: 新华社成都2月21日电 -> LOC 成都市 (offsets into the dateline).

    Only the place just before the date counts, not one inside the outlet's name (湖南日报长沙…讯 -> 长沙市).
    """
    date = _DATELINE_DATE_RE.search(dateline or "")
    if not date:
        return []
    return [e for e in extract_entities(dateline) if e.type == "LOC" and e.end == date.start()]


def metadata_entities(source: str | None, author: str | None, editor: str | None = None,
                      dateline: str | None = None) -> list[tuple[str, Entity]]:
    """(field, entity) for the names the cleaner moved out of the body, with offsets into that field.

    The outlet (华声在线, 央视网, 中国劳动保障报) and a programme credited with it (央视网（新闻联播）)
    are ORGs, each named author and editor a PERSON, and the place of a dateline a LOC.
    """
    out: list[tuple[str, Entity]] = []
    for part in _SOURCE_PART_RE.finditer(source or ""):
        name = part.group().strip()
        if name:
            start = part.start() + part.group().index(name)
            out.append(("source", Entity("ORG", name, name, start, start + len(name))))
    for field, names in (("author", author), ("editor", editor)):
        for found in _CREDITED_NAME_RE.finditer(names or ""):
            name = found.group()
            if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name):
                out.append((field, Entity("PERSON", name, name, found.start(), found.end())))
    out += [("dateline", place) for place in dateline_places(dateline)]
    return out
