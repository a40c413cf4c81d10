"""Number parsing: Arabic digits (half/full width, decimals, thousands separators),
Chinese numerals (两千余, 一百二十万, 二〇二二), scale words and fractions."""
from __future__ import annotations

DIGIT_VALUES = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
# Units inside a Chinese numeral section (below 万).
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Section units, applied to everything before them.
SECTION_UNITS = {"万": 10_000, "亿": 100_000_000}

# Scale words after an Arabic number (1.2万亿, 3千万, 300万).
SCALE_VALUES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
    "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3, "百": 1e2,
}

FULLWIDTH_TO_ASCII = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_arabic(surface: str) -> float:
    """'1,044' -> 1044.0; '16.77' -> 16.77; full-width digits accepted."""
    if "," in surface or "，" in surface or "．" in surface:
        surface = surface.translate(FULLWIDTH_TO_ASCII).replace(",", "")
    return float(surface)  # float() reads full-width digits by itself


def parse_chinese(surface: str) -> float | None:
    """Value of a Chinese numeral: '两千' -> 2000, '一百二十万' -> 1200000, '十' -> 10,
    '二〇二二' -> 2022 (digit by digit when there are no unit characters).
    Returns None when the string is not a well-formed numeral."""
    if not surface:
        return None
    if "点" in surface:  # 三十五点五 -> 35.5
        whole, _, decimals = surface.partition("点")
        integer = parse_chinese(whole) if whole else 0.0
        if integer is None or not decimals or not all(ch in DIGIT_VALUES for ch in decimals):
            return None
        return float(f"{int(integer)}.{''.join(str(DIGIT_VALUES[ch]) for ch in decimals)}")
    if all(ch in DIGIT_VALUES for ch in surface) and (len(surface) > 2 or "〇" in surface or "零" in surface):
        # 二〇二二 (digit by digit)
        value = 0
        for ch in surface:
            value = value * 10 + DIGIT_VALUES[ch]
        return float(value)
    total = 0.0  # completed 亿 sections
    section = 0.0  # completed 万 part inside the current 亿 section
    current = 0.0  # below 万
    digit: float | None = None
    previous = ""
    for ch in surface:
        if ch in SMALL_UNITS and digit is None and previous in ("万", "亿"):
            return None  # 万千, 亿万: "myriad", not a number
        if ch in DIGIT_VALUES:
            if digit is not None and DIGIT_VALUES[ch] != 0:
                return None  # two digits in a row (三四) is a vague range, not a numeral
            digit = float(DIGIT_VALUES[ch]) if DIGIT_VALUES[ch] else None
        elif ch in SMALL_UNITS:
            current += (1.0 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            section += (current + (digit or 0.0)) or 1.0
            section *= 10_000
            current, digit = 0.0, None
        elif ch == "亿" and total and not (section or current or digit):
            total *= 100_000_000  # 一亿亿
        elif ch == "亿":
            total += ((section + current + (digit or 0.0)) or 1.0) * 100_000_000
            section, current, digit = 0.0, 0.0, None
        else:
            return None
        previous = ch
    return total + section + current + (digit or 0.0)


def parse_chinese_range(surface: str) -> tuple[float, float] | None:
    """Vague Chinese ranges written with two neighbouring digits: 两三千 -> (2000, 3000),
    三四百 -> (300, 400), 十五六 -> (15, 16), 五六 -> (5, 6)."""
    for i in range(len(surface) - 1):
        a, b = DIGIT_VALUES.get(surface[i]), DIGIT_VALUES.get(surface[i + 1])
        if a is not None and b is not None:
            if b != a + 1:
                return None
            low = parse_chinese(surface[:i + 1] + surface[i + 2:])
            high = parse_chinese(surface[:i] + surface[i + 1:])
            return (low, high) if low is not None and high is not None else None
    return None


def parse_number(surface: str) -> float | None:
    """Arabic or Chinese numeral (not mixed) to float."""
    first = surface[:1]
    if first.isdigit() or first in "０１２３４５６７８９":
        try:
            return parse_arabic(surface)
        except ValueError:
            return None
    return parse_chinese(surface)


def scale_value(scale: str) -> float:
    """'万' -> 1e4, '万亿' -> 1e12, '' -> 1. Unknown combinations multiply char by char."""
    if not scale:
        return 1.0
    if scale in SCALE_VALUES:
        return SCALE_VALUES[scale]
    factor = 1.0
    for ch in scale:
        factor *= {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}.get(ch, 1)
    return factor


def clean_float(value: float) -> float:
    """Round away binary noise from scaling (16.77*1e4 = 167699.99999999997)."""
    if type(value) is float and value.is_integer() and -1e12 < value < 1e12:
        return value  # a whole number below 10^12 prints exactly in 12 digits: no noise to round
    return float(f"{value:.12g}")
