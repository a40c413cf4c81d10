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


def metadata_entities(source: str | None, author: str | None) -> list[Entity]:
    """Entities named only in an article's metadata (the cleaner moves bylines and datelines there).

    The outlet (华声在线, 央视网, 中国劳动保障报) and a programme credited with it (央视网（新闻联播）)
    are ORGs and each named author a PERSON. They are
    not mentions in the body: start = end = -1 and `text` holds the metadata value, so a caller
    that stores them must exempt start < 0 from the text[start:end] check.
    """
    out: list[Entity] = []
    if source and source.strip():
        # 央视网（新闻联播）: the outlet and the programme it credits are both named;
        # 中国证券报·中证网: a paper and its website
        for name in filter(None, (part.strip() for part in re.split(r"[（()）·]", source))):
            out.append(Entity("ORG", name, name, -1, -1))
    for name in re.split(r"[、,，;；/\s]+", author or ""):
        name = name.strip()
        if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name):
            out.append(Entity("PERSON", name, name, -1, -1))
    return out
