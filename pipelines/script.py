"""Traditional -> Simplified conversion that keeps every character at its offset.

Detection: a character is "traditional-only" when OpenCC's t2s changes it and "simplified-only"
when s2t changes it but t2s leaves it alone. Simplified text has almost no traditional-only
characters (乾, 薹 and a few others that t2s would wrongly fold) and many simplified-only ones;
Traditional text is the reverse. Only text judged Traditional is converted, so Simplified names
such as 王丙乾 or 菜薹 come out unchanged.

Conversion: OpenCC phrase conversion per paragraph (better choices for one-to-many characters,
e.g. 乾淨 -> 干净 but 乾隆 stays); where a phrase rule changes the length, that sentence falls back
to character-by-character conversion, so len(simplified) == len(original) always.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")

MIN_TRADITIONAL_CHARS = 3  # below this a text is too short to call Traditional
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE_RE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")


@lru_cache(maxsize=None)
def _char_class(char: str) -> tuple[str, int]:
    """(Simplified form of one character, +1 traditional-only / -1 simplified-only / 0 shared)."""
    simplified = _T2S.convert(char)
    if len(simplified) != 1:
        simplified = char
    if simplified != char:
        return simplified, 1
    if _S2T.convert(char) != char:
        return char, -1
    return char, 0


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) Han character counts."""
    traditional = simplified = 0
    for char in _HAN_RE.findall(text):
        kind = _char_class(char)[1]
        if kind > 0:
            traditional += 1
        elif kind < 0:
            simplified += 1
    return traditional, simplified


def is_traditional(text: str) -> bool:
    traditional, simplified = script_counts(text)
    return traditional >= MIN_TRADITIONAL_CHARS and traditional > 2 * simplified


def char_to_simplified(text: str) -> str:
    return "".join(_char_class(c)[0] if c > "\u2fff" else c for c in text)


def to_simplified(text: str) -> str:
    """Simplified form of Traditional `text`, same length, char i of the result <-> char i of text."""
    converted = _T2S.convert(text)
    if len(converted) == len(text):
        return converted
    pieces = []
    for sentence in _SENTENCE_RE.findall(text):
        if not sentence:
            continue
        simplified = _T2S.convert(sentence)
        pieces.append(simplified if len(simplified) == len(sentence) else char_to_simplified(sentence))
    return "".join(pieces)


def traditional_chars_left(text: str) -> list[str]:
    """Characters that only Traditional script uses (for checks on converted text)."""
    return [c for c in _HAN_RE.findall(text) if _char_class(c)[1] > 0]
