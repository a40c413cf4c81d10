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
_SENTENCE_RE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")


_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, re.Pattern, dict[int, str]]:
    """(traditional-only pattern, simplified-only pattern, char-level t2s table), built once from
    OpenCC: one convert call over every Han character, one per line so no phrase rule applies."""
    chars = [chr(c) for low, high in _HAN_RANGES for c in range(low, high + 1)]
    simplified = _T2S.convert("\n".join(chars)).split("\n")
    traditional = _S2T.convert("\n".join(chars)).split("\n")
    if len(simplified) != len(chars) or len(traditional) != len(chars):  # never seen; stay correct anyway
        simplified = [_T2S.convert(c) for c in chars]
        traditional = [_S2T.convert(c) for c in chars]
    to_simple: dict[int, str] = {}
    simplified_only = []
    for char, simple, trad in zip(chars, simplified, traditional):
        if len(simple) == 1 and simple != char:
            to_simple[ord(char)] = simple
        elif trad != char:
            simplified_only.append(char)
    traditional_re = re.compile("[" + "".join(chr(c) for c in to_simple) + "]")
    simplified_re = re.compile("[" + "".join(simplified_only) + "]")
    return traditional_re, simplified_re, to_simple


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) Han character counts."""
    traditional_re, simplified_re, _ = _tables()
    return len(traditional_re.findall(text)), len(simplified_re.findall(text))


def is_traditional(text: str) -> bool:
    traditional, simplified = script_counts(text)
    return traditional >= MIN_TRADITIONAL_CHARS and traditional > 2 * simplified


def char_to_simplified(text: str) -> str:
    return text.translate(_tables()[2])


def to_simplified(text: str) -> str:
    """Simplified form of Traditional `text`, same length, char i of the result <-> char i of text."""
    converted = _T2S.convert(text)
    if not _aligned(text, converted):
        pieces = []
        for sentence in _SENTENCE_RE.findall(text):
            if not sentence:
                continue
            simplified = _T2S.convert(sentence)
            pieces.append(simplified if _aligned(sentence, simplified) else char_to_simplified(sentence))
        converted = "".join(pieces)
    return _kept_place_names(text, converted)


@lru_cache(maxsize=1)
def _names_with_folded_chars() -> tuple[re.Pattern, list[tuple[str, str]]]:
    """Official place names that keep a character t2s folds (乾西乡, not 干西乡; 濛江镇): (the folded
    characters, [(name, its char-by-char conversion)])."""
    from pipelines.entities.gazetteer import load  # the administrative-division table the entities use

    folded = _tables()[0]
    names = sorted({p.name for p in load().by_code.values() if folded.search(p.name)})
    kept_chars = {c for name in names for c in folded.findall(name)}
    return re.compile("[" + "".join(sorted(kept_chars)) + "]"), [(n, char_to_simplified(n)) for n in names]


def _kept_place_names(original: str, converted: str) -> str:
    """Put back a place's own character where conversion folded it: 乾西鄉 -> 乾西乡 (干西乡 is no place).
    Only where the original has that character, so 若干縣 stays 若干县."""
    kept, names = _names_with_folded_chars()
    if not kept.search(original):
        return converted
    folded = char_to_simplified(original)
    chars = list(converted)
    for name, key in names:
        at = folded.find(key)
        while at >= 0:
            if all(original[at + k] == c for k, c in enumerate(name) if c != key[k]):
                chars[at:at + len(name)] = name
            at = folded.find(key, at + 1)
    return "".join(chars)


_ANY_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _aligned(original: str, converted: str) -> bool:
    """Same length and every non-Han character (punctuation, digits) still in its place: a phrase
    rule that shortened one word and lengthened another would shift them."""
    if len(original) != len(converted):
        return False
    if original == converted:
        return True
    return _ANY_HAN_RE.sub("\0", original) == _ANY_HAN_RE.sub("\0", converted)


def traditional_chars_left(text: str) -> list[str]:
    """Characters that only Traditional script uses (for checks on converted text)."""
    return _tables()[0].findall(text)
