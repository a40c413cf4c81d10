"""Decoding: codecs, BOMs, fast path, byte offsets, and the bad-input reasons of the reading stage."""
from __future__ import annotations

import codecs

import pytest

from pipelines.models import BadInput
from pipelines.reading import decode_bytes

SENTENCE = "湖北省于1-3月开展了2022年春风行动，累计帮助16.77万名劳动者实现就业。"
TRADITIONAL = "堅持產業發展和就業促進並重，累計收到538項評價申請。"


@pytest.mark.parametrize(
    "data, codec",
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8"),
        (SENTENCE.encode("gb18030"), "gb18030"),
        (("标题\n" + SENTENCE * 3).encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (("Title line\n" + SENTENCE).encode("utf-16-le"), "utf-16-le"),  # BOM-less, ASCII gives NULs
    ],
)
def test_decodes_each_encoding(data, codec):
    decoded = decode_bytes(data)
    assert decoded.encoding == codec
    assert decoded.text.endswith(SENTENCE)
    assert "\ufffd" not in decoded.text


def test_big5_is_told_apart_from_gb18030():
    data = (TRADITIONAL * 4).encode("big5")
    decoded = decode_bytes(data)
    assert decoded.encoding.startswith("big5")
    assert decoded.text == TRADITIONAL * 4


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "big5", "utf-16-le"])
def test_byte_offsets_map_each_character_to_its_bytes(codec):
    text = TRADITIONAL + "ＡＢ１２％ abc"
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    decoded = decode_bytes(data)
    offsets = decoded.byte_offsets
    assert len(offsets) == len(decoded.text) + 1 and offsets[-1] == len(data)
    for index, char in enumerate(decoded.text):
        assert data[offsets[index]:offsets[index + 1]].decode(decoded.encoding) == char


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b" \n\r\n\t ", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x00\x10", "binary"),
        (bytes(range(1, 9)) * 200 + "正文".encode("gb18030"), "binary"),
        (SENTENCE.encode("utf-8")[:-1], "truncated"),  # cut inside the last character
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa abc \x80\x80", "undecodable"),
        ("正文\ufffd乱码".encode("utf-8"), "undecodable"),  # a replacement character is a failed decode upstream
    ],
)
def test_bad_input_reasons(data, reason):
    with pytest.raises(BadInput) as caught:
        decode_bytes(data)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_utf8_fast_path_does_not_call_charset_normalizer(monkeypatch):
    import charset_normalizer

    def fail(*args, **kwargs):
        raise AssertionError("charset-normalizer called for valid UTF-8")

    monkeypatch.setattr(charset_normalizer, "from_bytes", fail)
    assert decode_bytes(SENTENCE.encode("utf-8")).encoding == "utf-8"


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_legacy_text_cut_inside_last_character_is_truncated(codec):
    data = ("標題\n" + TRADITIONAL * 5).encode(codec)
    with pytest.raises(BadInput) as caught:
        decode_bytes(data[:-1])
    assert caught.value.reason == "truncated"


def test_utf8_with_a_corrupt_byte_is_not_read_as_a_legacy_codec():
    data = bytearray((SENTENCE * 10).encode("utf-8"))
    data[40] = 0xFF
    with pytest.raises(BadInput) as caught:
        decode_bytes(bytes(data))
    assert caught.value.reason == "undecodable"
    assert "UTF-8" in caught.value.detail


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_without_any_ascii(codec):
    text = "湖北省开展春风行动，帮助劳动者实现就业。" * 5
    decoded = decode_bytes(text.encode(codec))
    assert decoded.encoding == codec and decoded.text == text


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom_text_cut_inside_last_character_is_truncated(bom, codec):
    with pytest.raises(BadInput) as caught:
        decode_bytes((bom + SENTENCE.encode(codec))[:-1])
    assert caught.value.reason == "truncated"


def test_short_symbol_rich_gb18030_text_is_still_detected():
    # charset-normalizer rejects some short texts full of ℃ and full-width forms at its default
    # chaos limit; the relaxed retry must still find GB18030.
    text = ("弱冷空气影响我国中东部 局地降温超8℃\n央视网消息（新闻联播）：受弱冷空气影响，今天（1月26日），我国中东部地区迎来降温。"
            "河北承德市区今天最低气温降至零下19℃，江苏连云港、宿迁等地今天最低气温达到零下8℃。"
            "中央气象台预计，从今天至28日，我国中东部部分地区将有4—6℃降温。")
    decoded = decode_bytes(text.encode("gb18030"))
    assert decoded.encoding == "gb18030" and decoded.text == text
