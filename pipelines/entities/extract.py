"""extract_entities: one Aho-Corasick pass, then the per-type rules; one Entity per mention."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

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
_DATELINE_END_RE = re.compile(r"(?:AI)?快?讯$|消息$|电$")
_OWN_PAPER = ("本报", "本台", "本刊", "本网")
# 央视网（新闻联播）, 中国证券报·中证网, 视界网/重庆广电, 长江日报-长江网: each part is named
_SOURCE_PART_RE = re.compile(r"[^（()）·/-]+")
_CREDITED_NAME_RE = re.compile(r"[^、,，;；/\s]+")


@lru_cache(maxsize=4096)  # a corpus repeats a few datelines and sources (央视网消息) thousands of times
def dateline_entities(dateline: str | None) -> tuple[Entity, ...]:
    """The outlet (ORG) and the place (LOC) of a dateline, offsets into it: 新华社成都2月21日电 -> 新华社,
    成都市; 每经讯 -> 每经. Only the place just before the date counts (湖南日报长沙…讯 -> 长沙市, not 湖南省)."""
    if not dateline:
        return ()
    date = _DATELINE_DATE_RE.search(dateline) or _DATELINE_END_RE.search(dateline)
    head_end = date.start() if date else len(dateline)
    places = [e for e in extract_entities(dateline[:head_end]) if e.type == "LOC" and e.end == head_end]
    outlet_end = places[0].start if places else head_end
    outlet_start = 1 if dateline.startswith("据") else 0  # 据新华社北京…电: a reprint names the agency
    outlet = dateline[outlet_start:outlet_end]
    if len(outlet) >= 2 and not outlet.startswith(_OWN_PAPER):
        outlets = [replace(e, start=outlet_start + e.start, end=outlet_start + e.end)
                   for e in _source_entities(outlet) if e.type == "ORG"]  # 长江日报-长江网10月23日讯: two outlets
        return (*outlets, *places)
    return tuple(places)


@lru_cache(maxsize=4096)
def _source_entities(source: str) -> tuple[Entity, ...]:
    found: list[Entity] = []
    for part in _SOURCE_PART_RE.finditer(source):
        name = part.group().strip()
        if name:
            start = part.start() + part.group().index(name)
            found.append(Entity("ORG", name, name, start, start + len(name)))
            found += [replace(e, start=start + e.start, end=start + e.end)  # 四川在线 names 四川省
                      for e in extract_entities(name) if e.type == "LOC"]
    return tuple(found)


def metadata_entities(source: str | None, author: str | None, editor: str | None = None,
                      dateline: str | None = None) -> list[tuple[str, Entity]]:
    """(field, entity) for the names the cleaner moved out of the body, with offsets into that field.

    The outlet (华声在线, 央视网, 中国劳动保障报) and a programme credited with it (央视网（新闻联播）)
    are ORGs (with the places inside their names), each named author and editor a PERSON; a dateline
    gives its place and, when the source does not already name it, its outlet.
    """
    out = [("source", e) for e in _source_entities(source or "")]
    for field, names in (("author", author), ("editor", editor)):
        for found in _CREDITED_NAME_RE.finditer(names or ""):
            name = found.group()
            if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name):
                out.append((field, Entity("PERSON", name, name, found.start(), found.end())))
    named = {e.name for _, e in out}
    out += [("dateline", e) for e in dateline_entities(dateline) if e.name not in named]  # 央视网 once, as the source
    return out
