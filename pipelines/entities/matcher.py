"""One Aho-Corasick automaton over every lexicon name (places, orgs, people, programmes, groups).

Built once, lazily, and cached at module level; a text is scanned in a single pass and the hits
are handed to the per-type rules.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from operator import attrgetter
from typing import NamedTuple

import ahocorasick

from . import gazetteer, lexicon

PLACE = "P"  # a Chinese division name form (gazetteer)
FOREIGN = "F"
REGION_GROUP = "R"
ORG_FIXED = "O"
PERSON_KNOWN = "H"
PROGRAM = "M"
GROUP = "G"
ROLE = "r"  # person cue words (person_cues.tsv), by kind
CUE = "c"
BYLINE = "b"
ORG_CORE = "k"  # cores of government bodies (org_cores.tsv)


# Township names (38k, ending in 镇 乡 街道 苏木) are looked up back from their suffix instead of
# being put in the automaton: a six-times smaller automaton scans about three times faster.
# alternatives that each start with a literal let the regex engine skip to their first characters
TOWNSHIP_END = re.compile(r"镇|乡|街道|苏木")
KEY_ENCODING = "utf-16-be"


class Hit(NamedTuple):
    start: int
    end: int
    key: str
    kinds: tuple[str, ...]


# Hit((start, end, key, kinds)) made in C, without NamedTuple's generated Python __new__: a text
# has a few dozen hits, and making them took a fifth of scan()
_new_hit = partial(tuple.__new__, Hit)


@lru_cache(maxsize=1)
def township_names() -> tuple[frozenset, int]:
    gaz = gazetteer.load()
    names = frozenset(k for k, forms in gaz.forms.items()
                      if TOWNSHIP_END.search(k[-2:]) and all(f.place.level == gazetteer.TOWNSHIP for f in forms))
    return names, max(len(n) for n in names)


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    kinds: dict[str, set[str]] = {}

    def add(words, kind):
        for w in words:
            if w:
                kinds.setdefault(w, set()).add(kind)

    townships, _ = township_names()
    add((k for k in gazetteer.load().forms if k not in townships), PLACE)
    add(lexicon.words("foreign_places.txt"), FOREIGN)
    add((row["name"] for row in lexicon.table("foreign_divisions.tsv")), FOREIGN)
    add(lexicon.words("regional_groupings.txt"), REGION_GROUP)
    add((row["name"] for row in lexicon.table("org_fixed.tsv")), ORG_FIXED)
    add(lexicon.words("known_people.txt"), PERSON_KNOWN)
    add(lexicon.words("program_lexicon.txt"), PROGRAM)
    add(lexicon.words("group_lexicon.txt"), GROUP)
    cue_kinds = {"role": ROLE, "cue": CUE, "byline": BYLINE}
    for row in lexicon.table("person_cues.tsv"):
        if row["kind"] in cue_kinds:
            add([row["word"]], cue_kinds[row["kind"]])
    add((row["core"] for row in lexicon.table("org_cores.tsv")), ORG_CORE)
    # Keys are UTF-16 code units seen as Latin-1 text: a byte-level trie has a small fan-out and
    # scans many times faster than a trie over Chinese characters; two bytes a character keep
    # offsets simple (matches at odd byte offsets are discarded in scan()). Big-endian puts the
    # high byte first, of which Chinese text has few values: a smaller root fan-out, 1.7x faster.
    auto = ahocorasick.Automaton()
    for word, ks in kinds.items():
        auto.add_word(word.encode(KEY_ENCODING).decode("latin-1"), (word, tuple(sorted(ks))))
    auto.make_automaton()
    return auto


def scan(text: str) -> list[Hit]:
    if not text:
        return []
    hits = []
    data = text.encode(KEY_ENCODING)
    if len(data) == 2 * len(text):  # no surrogate pairs: byte offset / 2 is the character offset
        for end_byte, (word, ks) in automaton().iter(data.decode("latin-1")):
            if end_byte & 1:  # aligned on a character boundary
                end = (end_byte + 1) >> 1
                hits.append(_new_hit((end - len(word), end, word, ks)))
    else:  # characters outside the BMP (emoji) take two code units: count them
        prev_byte = prev_char = 0
        for end_byte, (word, ks) in automaton().iter(data.decode("latin-1")):
            end_byte += 1
            if end_byte & 1:
                continue
            if end_byte != prev_byte:
                prev_char += len(data[prev_byte:end_byte].decode(KEY_ENCODING, errors="replace"))
                prev_byte = end_byte
            hits.append(Hit(prev_char - len(word), prev_char, word, ks))
    townships, longest = township_names()
    place_only = (PLACE,)
    for m in TOWNSHIP_END.finditer(text):
        end = m.end()
        for start in range(end - 2, max(-1, end - longest - 1), -1):
            key = text[start:end]
            if key in townships:
                hits.append(Hit(start, end, key, place_only))
    # by start, the longest first: two stable sorts on C key functions (no Python call per hit)
    hits.sort(key=attrgetter("end"), reverse=True)
    hits.sort(key=attrgetter("start"))
    return hits
