"""Near-duplicate articles: MinHash over character shingles, LSH banding, exact Jaccard check.

The same story often arrives twice: once in UTF-8 and once in GB18030 with small edits, or once
in Simplified and once in Traditional (the cleaned text is Simplified for both). Texts are
compared after removing punctuation, spaces and digits' width differences, as sets of
character 5-grams. Candidate pairs come from LSH bands of a MinHash signature; a pair is kept
when the exact Jaccard similarity of the shingle sets reaches JACCARD_THRESHOLD. Clusters are
the connected components; a cluster's id is its smallest article id, so it is stable.

Pure Python: shingles are hashed with the stdlib (crc32 of UTF-8 is slow; instead Python's own
str hash, salted per call is fine because only the exact Jaccard decides membership).
"""
from __future__ import annotations

import re
from collections import defaultdict

SHINGLE_SIZE = 5
NUM_PERMUTATIONS = 32
BAND_SIZE = 2  # 16 bands of 2 rows: pairs at Jaccard 0.5 are found with p > 0.98
JACCARD_THRESHOLD = 0.7
MIN_SHINGLES = 8  # too short to judge
_MERSENNE = (1 << 61) - 1
_MASK = (1 << 64) - 1
_NOISE_RE = re.compile(r"[\W_]+", re.UNICODE)


def _permutations() -> list[tuple[int, int]]:
    import random

    rng = random.Random(0x5EED)
    return [(rng.randrange(1, _MERSENNE), rng.randrange(0, _MERSENNE)) for _ in range(NUM_PERMUTATIONS)]


_PERMUTATIONS = _permutations()


def shingles(text: str) -> set[int]:
    compact = _NOISE_RE.sub("", text.lower())
    if len(compact) < SHINGLE_SIZE:
        return set()
    return {hash(compact[i:i + SHINGLE_SIZE]) for i in range(len(compact) - SHINGLE_SIZE + 1)}


def minhash(hashes: set[int]) -> list[int]:
    values = [h & _MASK for h in hashes]
    return [min((a * v + b) % _MERSENNE for v in values) for a, b in _PERMUTATIONS]


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    intersection = len(a & b)
    return intersection / (len(a) + len(b) - intersection)


def near_duplicate_clusters(items: list[tuple[str, str]]) -> dict[str, str]:
    """article_id -> cluster_id for every article with at least one near-duplicate."""
    shingle_sets: dict[str, set[int]] = {}
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for article_id, text in items:
        hashes = shingles(text or "")
        if len(hashes) < MIN_SHINGLES or article_id in shingle_sets:
            continue
        shingle_sets[article_id] = hashes
        signature = minhash(hashes)
        for band in range(0, NUM_PERMUTATIONS, BAND_SIZE):
            buckets[(band, *signature[band:band + BAND_SIZE])].append(article_id)

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    checked: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                pair = (first, second) if first < second else (second, first)
                if pair in checked:
                    continue
                checked.add(pair)
                if jaccard(shingle_sets[first], shingle_sets[second]) >= JACCARD_THRESHOLD:
                    root_a, root_b = find(first), find(second)
                    if root_a != root_b:
                        parent[max(root_a, root_b)] = min(root_a, root_b)
    clusters: dict[str, str] = {}
    for article_id in parent:
        clusters[article_id] = find(article_id)
    for article_id, root in list(clusters.items()):
        clusters[root] = root
    return clusters
