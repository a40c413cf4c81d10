"""Raw bytes -> text, with the byte offset of every decoded character.

Order: a BOM decides (UTF-8, UTF-16, UTF-32); NUL bytes mean BOM-less UTF-16 or binary; then the
fast path, strict UTF-8. Only when that fails do we ask charset-normalizer to pick among the legacy
Chinese codecs (after ruling out UTF-8 with a few corrupt bytes and BOM-less UTF-16).
A decode that needs U+FFFD is a failure, never a silent success.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import numpy as np

from .models import BadInput

# Codecs charset-normalizer may choose from: the Chinese legacy encodings (UTF-16 is recognised
# before, by _bomless_utf16, which also checks that the result reads as text).
LEGACY_CANDIDATES = ["gb18030", "big5", "big5hkscs"]
RELAXED_CHAOS_THRESHOLD = 0.5
# Python codec names we report (charset-normalizer says e.g. "big5" or "gb18030").
CODEC_ALIASES = {"utf_8": "utf-8", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "big5hkscs": "big5hkscs"}

# C0 controls other than tab, LF, VT, FF, CR; ESC is also rare in text.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
BINARY_CONTROL_SHARE = 0.02
MIN_BINARY_CONTROLS = 8  # a few stray control bytes in a short text are dropped, not fatal


@dataclass
class DecodedText:
    text: str
    encoding: str  # python codec name that decodes the raw bytes (BOM excluded by offsets)
    bom_length: int
    # byte_offsets[i] = raw byte offset where text[i] starts; byte_offsets[len(text)] = len(raw)
    byte_offsets: np.ndarray


def decode_bytes(data: bytes) -> DecodedText:
    """Decode raw article bytes; raises BadInput(empty|binary|undecodable|truncated)."""
    if not data or not data.strip():
        raise BadInput("empty", "file is empty" if not data else "file holds only whitespace")

    bom_codec = _bom_codec(data)
    if bom_codec is not None:
        codec, bom_length = bom_codec
        text = _strict_decode(data[bom_length:], codec)
        return _finish(data, text, codec, bom_length)

    if b"\x00" in data:  # ASCII in UTF-16 gives NUL bytes; otherwise NULs mean binary
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return _finish(data, utf16[0], utf16[1], 0)
    _reject_binary(data)

    try:
        text = data.decode("utf-8")
        return _finish(data, text, "utf-8", 0)
    except UnicodeDecodeError as error:
        utf8_error = error

    if _utf8_cut_at_end(data, utf8_error):
        raise BadInput("truncated", f"UTF-8 sequence cut off at byte {utf8_error.start} of {len(data)} (file ends mid-character)")
    invalid = _mostly_utf8(data)
    if invalid is not None:
        raise BadInput("undecodable", f"UTF-8 text with {invalid} invalid byte sequence(s), first at byte {utf8_error.start}")
    utf16 = _bomless_utf16(data)  # all-Chinese UTF-16 has no NUL bytes at all
    if utf16 is not None:
        return _finish(data, utf16[0], utf16[1], 0)

    codec = _detect_legacy_codec(data)
    if codec is not None:
        try:
            return _finish(data, data.decode(codec), codec, 0)
        except UnicodeDecodeError as error:
            legacy_error = f"{codec}: {error.reason} at byte {error.start}"
    else:
        legacy_error = "no Chinese codec fits"
    # A legacy-encoded file cut inside its last character: the rest decodes cleanly.
    for cut in (1, 2, 3):
        shorter = _detect_legacy_codec(data[:-cut])
        if shorter is not None and _decodes(data[:-cut], shorter):
            raise BadInput("truncated", f"{shorter} text cut off inside its last character ({cut} stray byte(s) at the end)")
    raise BadInput("undecodable", f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); {legacy_error}")


def _decodes(data: bytes, codec: str) -> bool:
    try:
        return "\ufffd" not in data.decode(codec)
    except UnicodeDecodeError:
        return False


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if data.startswith(codecs.BOM_UTF32_LE) and len(data) % 4 == 0:
        return "utf-32-le", 4
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    return None


def _strict_decode(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        if error.end >= len(data) and error.reason in ("unexpected end of data", "truncated data"):
            raise BadInput("truncated", f"{codec} text cut off inside its last character") from error
        raise BadInput("undecodable", f"{codec}: {error.reason} at byte {error.start}") from error


# Characters Chinese news text is made of; a wrong-endian or non-UTF-16 decode scatters into
# Hangul, Yi, private use and rare blocks instead.
_PLAUSIBLE_CHAR_RE = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
UTF16_MIN_PLAUSIBLE_SHARE = 0.9
UTF16_SAMPLE_CHARS = 4000


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: the endianness whose strict decode reads as plausible text, if any."""
    if len(data) % 2:
        return None
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[: UTF16_SAMPLE_CHARS * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        share = len(_PLAUSIBLE_CHAR_RE.findall(sample)) / max(len(sample), 1)
        if share >= UTF16_MIN_PLAUSIBLE_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    if best is None:
        return None
    try:
        return data.decode(best[1]), best[1]
    except UnicodeDecodeError:
        return None


def _reject_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise BadInput("binary", f"{data.count(0)} NUL bytes (not UTF-16 text)")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls >= MIN_BINARY_CONTROLS and controls > len(sample) * BINARY_CONTROL_SHARE:
        raise BadInput("binary", f"{controls} control bytes in the first {len(sample)} bytes")


MAX_CORRUPT_UTF8_SHARE = 0.02


def _mostly_utf8(data: bytes) -> int | None:
    """Number of bad sequences when the file is UTF-8 with a few corrupt bytes (a legacy codec would
    then 'succeed' with mojibake), else None. Real GB18030/Big5 text fails on almost every character."""
    decoded = data.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd")
    non_ascii = len(decoded) - len(decoded.encode("ascii", errors="ignore"))
    if non_ascii - invalid >= 8 and invalid <= (non_ascii - invalid) * MAX_CORRUPT_UTF8_SHARE:
        return invalid
    return None


def _utf8_cut_at_end(data: bytes, error: UnicodeDecodeError) -> bool:
    """True when the only UTF-8 problem is an incomplete character in the last 3 bytes."""
    if error.reason != "unexpected end of data" or error.start < len(data) - 3:
        return False
    try:
        data[: error.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect_legacy_codec(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 files need it

    best = from_bytes(data, cp_isolation=LEGACY_CANDIDATES).best()
    if best is None:
        # Short texts rich in symbols (℃, —, full-width forms) can fail the default chaos limit on
        # one chunk while the whole reads fine; the strict decode and U+FFFD check still follow.
        best = from_bytes(data, cp_isolation=LEGACY_CANDIDATES, threshold=RELAXED_CHAOS_THRESHOLD).best()
    if best is None:
        return None
    codec = CODEC_ALIASES.get(best.encoding, best.encoding)
    if codec == "gb2312" or codec == "gbk":
        codec = "gb18030"  # superset: decodes everything gb2312/gbk does, same bytes
    return codec


def _finish(data: bytes, text: str, codec: str, bom_length: int) -> DecodedText:
    if "\ufffd" in text:
        position = text.index("\ufffd")
        raise BadInput("undecodable", f"{codec} decode gives U+FFFD at character {position}")
    offsets = char_byte_offsets(text, codec, bom_length)
    if offsets[-1] != len(data):
        offsets = _offsets_by_incremental_decode(data, codec, bom_length, len(text))
    return DecodedText(text, codec, bom_length, offsets)


# Per-codec cache of character -> encoded length for the multi-byte legacy codecs.
_LENGTH_CACHE: dict[str, dict[str, int]] = {}


def char_byte_offsets(text: str, codec: str, start: int = 0) -> np.ndarray:
    """Cumulative byte offsets of every character (len(text) + 1 values)."""
    if codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if codec == "utf-8":
            lengths = 1 + (points >= 0x80).astype(np.int64) + (points >= 0x800) + (points >= 0x10000)
        elif codec == "utf-32-le":
            lengths = np.full(len(points), 4, dtype=np.int64)
        else:
            lengths = 2 + 2 * (points >= 0x10000).astype(np.int64)
    else:
        cache = _LENGTH_CACHE.setdefault(codec, {})
        lengths_list = []
        append = lengths_list.append
        for char in text:
            length = cache.get(char)
            if length is None:
                try:
                    length = len(char.encode(codec))
                except UnicodeEncodeError:
                    length = -1  # cannot round-trip: the caller falls back to incremental decoding
                cache[char] = length
            append(length)
        lengths = np.array(lengths_list, dtype=np.int64)
    offsets = np.empty(len(text) + 1, dtype=np.int64)
    offsets[0] = start
    np.cumsum(lengths, out=offsets[1:])
    offsets[1:] += start
    return offsets


def _offsets_by_incremental_decode(data: bytes, codec: str, bom_length: int, char_count: int) -> np.ndarray:
    """Slow but exact: feed bytes one at a time and note where each character completes."""
    decoder = codecs.getincrementaldecoder(codec)()
    offsets = [bom_length]
    produced = 0
    for position in range(bom_length, len(data)):
        produced += len(decoder.decode(data[position:position + 1]))
        while len(offsets) <= produced:
            offsets.append(position + 1)
    if len(offsets) != char_count + 1:
        raise BadInput("undecodable", f"{codec}: cannot map characters back to bytes")
    return np.array(offsets, dtype=np.int64)
