"""One Aho-Corasick automaton over every lexicon name (places, orgs, people, programmes, groups).

Built once, lazily, and cached at module level; a text is scanned in a single pass and the hits
are handed to the per-type rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from . import gazetteer, lexicon

PLACE = "P"  # a Chinese division name form (gazetteer)
FOREIGN = "F"
REGION_GROUP = "R"
ORG_FIXED = "O"
PERSON_KNOWN = "H"
PROGRAM = "M"
GROUP = "G"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: str
    kinds: tuple[str, ...]


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    kinds: dict[str, set[str]] = {}

    def add(words, kind):
        for w in words:
            if w:
                kinds.setdefault(w, set()).add(kind)

    add(gazetteer.load().forms.keys(), PLACE)
    add(lexicon.words("foreign_places.txt"), FOREIGN)
    add(lexicon.words("regional_groupings.txt"), REGION_GROUP)
    add((row["name"] for row in lexicon.table("org_fixed.tsv")), ORG_FIXED)
    add(lexicon.words("known_people.txt"), PERSON_KNOWN)
    add(lexicon.words("program_lexicon.txt"), PROGRAM)
    add(lexicon.words("group_lexicon.txt"), GROUP)
    auto = ahocorasick.Automaton()
    for word, ks in kinds.items():
        auto.add_word(word, (word, tuple(sorted(ks))))
    auto.make_automaton()
    return auto


def scan(text: str) -> list[Hit]:
    if not text:
        return []
    hits = []
    for end_index, (word, ks) in automaton().iter(text):
        end = end_index + 1
        hits.append(Hit(end - len(word), end, word, ks))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits
