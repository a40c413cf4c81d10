"""Near-duplicate articles: character shingles, bottom-k MinHash sketches, exact Jaccard check.

The same story often arrives twice: once in UTF-8 and once in GB18030 with small edits, or once
in Simplified and once in Traditional (the cleaned text is Simplified for both). Texts are
compared as sets of character 5-grams after dropping punctuation and spaces (so ASCII vs
full-width commas do not matter).

Candidates: each article's sketch is the SKETCH_SIZE smallest hashes of its anchored shingles
(bottom-k MinHash with one hash function; only shingles starting with one of a fixed quarter of
all characters are hashed, found by one regex pass, which keeps the sketch cheap). Two articles with Jaccard J share
about J * SKETCH_SIZE sketch values; pairs sharing at least MIN_SHARED_HASHES are candidates.
Very common values (template phrases shared by hundreds of stories) are skipped as keys.
Verification: exact Jaccard of the two shingle sets >= JACCARD_THRESHOLD. Clusters are connected
components; a cluster's id is its smallest article id, so it does not depend on input order.

Pure Python. Sketches use CRC-32 (stable across processes); the exact Jaccard uses Python's str
hash within one call, where a collision (about 1 in 2**61 per pair of shingles) cannot matter.
"""
from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter, defaultdict

SHINGLE_SIZE = 5
SKETCH_SIZE = 16
MIN_SHARED_HASHES = 6  # pairs at Jaccard 0.8 share about 13 of 16; unrelated stories rarely 6
MAX_BUCKET = 64  # a sketch value shared by more articles is a template phrase, not evidence
JACCARD_THRESHOLD = 0.8
MIN_SHINGLES = 20  # shorter texts are too short to call duplicates
_NOISE_RE = re.compile(r"[\W_]+", re.UNICODE)


def compact(text: str) -> str:
    return _NOISE_RE.sub("", text.lower())


def shingle_set(compacted: str) -> set[int]:
    return {hash(compacted[i:i + SHINGLE_SIZE]) for i in range(len(compacted) - SHINGLE_SIZE + 1)}


def _anchor_characters() -> str:
    """About one character in ANCHOR_RATE, chosen by a fixed scramble of the code point, so the same
    characters anchor shingles in every text (content-defined sampling keeps Jaccard comparable)."""
    ranges = [(0x30, 0x39), (0x61, 0x7A), (0x3400, 0x4DBF), (0x4E00, 0x9FFF)]
    return "".join(chr(c) for low, high in ranges for c in range(low, high + 1)
                   if (c * 2654435761 >> 11) % ANCHOR_RATE == 0)


ANCHOR_RATE = 4
_ANCHORED_SHINGLE_RE = re.compile("(?=([" + _anchor_characters() + "]" + "." * (SHINGLE_SIZE - 1) + "))", re.S)


def sketch(compacted: str) -> list[int]:
    """Bottom-k MinHash of the anchored shingles: the regex engine finds them, one CRC-32 each
    (a stable hash, so candidates and therefore clusters are the same in every run)."""
    shingles = set(_ANCHORED_SHINGLE_RE.findall(compacted))
    return heapq.nsmallest(SKETCH_SIZE, {zlib.crc32(s.encode("utf-8")) for s in shingles})


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    intersection = len(a & b)
    return intersection / (len(a) + len(b) - intersection)


def near_duplicate_clusters(items: list[tuple[str, str]]) -> dict[str, str]:
    """article_id -> cluster_id for every article with at least one near-duplicate."""
    ids: list[str] = []
    texts: list[str] = []
    buckets: dict[int, list[int]] = defaultdict(list)
    seen: set[str] = set()
    for article_id, text in items:
        if article_id in seen:
            continue
        seen.add(article_id)
        compacted = compact(text or "")
        if len(compacted) < MIN_SHINGLES + SHINGLE_SIZE - 1:
            continue
        index = len(ids)
        ids.append(article_id)
        texts.append(compacted)
        for value in sketch(compacted):
            buckets[value].append(index)

    shared: Counter[tuple[int, int]] = Counter()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                shared[(first, second)] += 1

    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cache: dict[int, set[int]] = {}

    def shingles_of(index: int) -> set[int]:
        if index not in cache:
            if len(cache) > 2048:
                cache.clear()
            cache[index] = shingle_set(texts[index])
        return cache[index]

    for (first, second), count in shared.items():
        if count < MIN_SHARED_HASHES or find(first) == find(second):
            continue
        if jaccard(shingles_of(first), shingles_of(second)) >= JACCARD_THRESHOLD:
            parent[find(first)] = find(second)

    members_of: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ids)):
        members_of[find(index)].append(index)
    clusters: dict[str, str] = {}
    for members in members_of.values():
        if len(members) < 2:
            continue
        cluster_id = min(ids[m] for m in members)
        for member in members:
            clusters[ids[member]] = cluster_id
    return clusters
