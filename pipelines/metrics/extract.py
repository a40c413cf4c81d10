"""Finding quantities in text: a fast scan for where numbers start, one compiled pattern
anchored there (number, range, scale, approximation word, unit), then context checks.

A quantity is a number (Arabic or Chinese) with a unit, measure word, scale word, 成, % or
fraction (GUIDE "Metrics"). Dates, durations, ordinals, codes and name parts are dropped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .numbers import clean_float, parse_chinese_range, parse_number, scale_value

CHINESE_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CHINESE_SCALES = "十拾百佰千仟万亿"
SCALE_CHARS = set("百佰千仟万亿")  # the GUIDE's scale words (十 is not one)
ARABIC = r"[0-9０-９]{1,3}(?:,[0-9]{3})+(?![0-9])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
# 千 is not read as part of a numeral when it starts a unit (两千万千瓦 = 两千万 + 千瓦).
CHINESE = rf"(?:[{CHINESE_DIGITS}十拾百佰仟万亿]|千(?![瓦米克伏]))+(?:点[{CHINESE_DIGITS}]+)?"
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
NUMBER_CHARS = f"0-9０-９,.．{CHINESE_DIGITS}{CHINESE_SCALES}点"  # every character NUMBER can match
SCALE = r"万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克伏])|百(?!分)"
RANGE_SEPARATORS = r"至|到|-|——|—|–|~|～|－|〜"  # 16——24岁: a doubled dash too
# units a range may write on both ends (30毫米～50毫米, 18岁至35岁, 5万元—50万元); % and ℃ are handled beside them
REPEATED_RANGE_UNITS = "平方公里|平方米|立方米|毫米|厘米|千米|公里|米|公斤|千克|吨|亩|千瓦|级|岁|倍|个百分点|美元|元"
# 成 as "tenths" (六成); not when it starts a word (成员, 成立, 完成...).
CHENG = r"成(?![员立功果本交效绩型熟长都为品就分人年才材套批片群规色形千])"
ARABIC_START = set("0123456789０１２３４５６７８９")


@dataclass  # not frozen, for speed, as Metric (models.py); read-only by convention
class Quantity:
    """A quantity as read from the text, before attribution."""

    text: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    start: int
    end: int


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# The body's groups in order, to read them with one m.groups() (find_quantities unpacks them).
BODY_GROUPS = ("pct", "half", "fden", "fnum", "slash_num", "slash_den", "n1", "in1", "s1", "in1b", "u1", "ru", "sep",
               "n2", "in2", "s2", "in2b", "cheng", "chengin", "hundredths", "unit", "per", "alt", "suf")


@lru_cache(maxsize=None)
def _compiled():
    quals = lexicon.qualifiers()
    not_before = lexicon.unit_not_before()
    only_before = lexicon.unit_only_before()
    units = set(lexicon.measure_units()) | set(lexicon.time_units())
    # Units grouped by their first character, longest first inside a group: the engine then tries
    # one group per position instead of every unit, and picks the same unit (two units with
    # different first characters never both match).
    rests_by_first: dict[str, list[str]] = {}
    for unit in sorted(units, key=len, reverse=True):
        rest = re.escape(unit[1:])
        if unit in not_before:
            rest += "(?!" + "|".join(re.escape(c) for c in not_before[unit]) + ")"
        if unit in only_before:
            rest += "(?=" + "|".join(re.escape(c) for c in only_before[unit]) + "|$)"
        rests_by_first.setdefault(unit[0], []).append(rest)
    unit_parts = [re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                  for first, rests in rests_by_first.items()]
    inner = _alternation(quals["inner"])
    measure_alt = _alternation(set(lexicon.measure_units()) - set(lexicon.time_units()))
    body = (
        r"(?:"
        rf"百分之(?P<pct>{NUMBER})"
        r"|(?P<half>一半)"
        rf"|(?=[{NUMBER_CHARS}]*+分之)(?P<fden>{NUMBER})分之(?P<fnum>{NUMBER})"  # look for 分之 before parsing
        r"|(?=[0-9]{1,2}/)(?P<slash_num>[1-9][0-9]?)/(?P<slash_den>[1-9][0-9]{0,2})(?![0-9０-９/／.．:：])"  # 占全国份额1/7
        rf"|(?P<n1>{NUMBER})(?P<in1>{inner})?(?: (?={SCALE}))?(?P<s1>{SCALE})?(?P<in1b>余|多)?"  # 7800 万 (typeset)
        # 3%至5%, 5℃～7℃ (the unit written twice), not 增长12.3%至56.7亿元
        rf"(?P<u1>[%％](?=(?:{RANGE_SEPARATORS})[0-9０-９.．]+[%％])|℃(?=(?:{RANGE_SEPARATORS})[0-9０-９.．]+℃)"
        rf"|(?P<ru>{REPEATED_RANGE_UNITS})(?=(?:{RANGE_SEPARATORS})[0-9０-９.．]+(?:{SCALE})?(?P=ru)))?"
        # (15 到 29 岁: 至 or 到 typeset between spaces)
        rf"(?:(?: (?=[至到] [0-9]))?(?P<sep>{RANGE_SEPARATORS})(?:(?<= [至到]) )?"
        rf"(?P<n2>{NUMBER})(?P<in2>{inner})?(?P<s2>{SCALE})?(?P<in2b>余|多)?)?"
        r")"
        rf"(?P<cheng>{CHENG}(?:(?P<chengin>多|余)|(?P<hundredths>[一二三四五六七八九])(?![线级流体批倍年成{CHINESE_DIGITS}{CHINESE_SCALES}]))?)?"  # 九成五: 95%
        rf"(?: (?={measure_alt}))?"  # 26,400 元, 176 元 (typeset with a space; never before a time unit)
        rf"(?P<unit>{'|'.join(unit_parts)}|[%％‰]| ℃)?"  # 12—15 ℃ (a space before the degree sign)
        rf"(?P<per>/(?:{_alternation(lexicon.load('units')['per_units'])}))?"  # 美元/盎司, 元/吨
        r"(?P<alt>[(（][个家名人所位户项][)）])?"
        rf"(?P<suf>{_alternation(quals['suffix'])})?"
    )
    excl = lexicon.load("exclusions")
    # Patterns whose every alternative starts with a literal or a set, so the regex engine can skip
    # ahead fast. Titles, URLs and idioms share one scan: none can start inside another's match and
    # run past its end (idioms and URLs hold no 》, titles and idioms no ASCII), so the blanked union
    # is what three scans would give.
    # Codes (G6173, 5G, PM2.5, 1+6, 19:00) need no mask: a number glued to ASCII on its left is
    # dropped by _bad_left_context, and one glued on its right has no unit.
    masks = [re.compile(p) for p in (
        r"《[^《》\n]{0,80}》"  # titles: numbers inside are part of a name
        r"|https?://[\x21-\x7e]+|www\.[\x21-\x7e]+"  # URLs
        "|" + _alternation(excl["idioms"]),  # 成千上万, 千方百计
        r"[0-9０-９]+公斤(?:以上|以下)?级",  # weight classes (女子78公斤级, 67公斤以上级)
        rf"[0-9０-９]+(?:米|公里)(?=(?:{_alternation(excl['race_events'])})(?![道杆阶面材]))",  # 100米蛙泳 (not 400米跑道)
    )]
    prefixes_by_last: dict[str, list[str]] = {}
    for prefix in sorted(quals["prefix"], key=len, reverse=True):
        prefixes_by_last.setdefault(prefix[-1], []).append(prefix)
    before = tuple(excl["before_number"])
    bare_verbs = tuple(sorted(excl["bare_value_verbs"], key=len, reverse=True))
    bare_measures = re.compile(_alternation(excl["bare_value_measures"]))
    sentence_verbs = tuple(sorted(excl["bare_value_verbs_sentence"], key=len, reverse=True))
    body = re.compile(body)
    assert tuple(sorted(body.groupindex, key=body.groupindex.get)) == BODY_GROUPS
    return (body, masks, before, (bare_verbs, sentence_verbs), bare_measures,
            set(lexicon.time_units()), lexicon.unit_aliases(), quals, prefixes_by_last)


@lru_cache(maxsize=None)
def _per_call_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Last characters of the bare-value verbs, the noun units, the last characters of the words
    that make a number an identifier, and every non-ASCII character _bad_left_context can reject
    a number after (built once, not per text)."""
    compiled = _compiled()
    before_word_ends = frozenset(word[-1] for word in compiled[2])
    return (frozenset(verb[-1] for verb in compiled[3][0]), lexicon.noun_units(),
            before_word_ends, before_word_ends | {"□", "前"})


# Where a quantity can start; the full pattern is tried only there.
# Digit runs right before 年/月/日/时/号 are calendar (2022年, 3月8日, 19时), never metrics (but 155日元).
CANDIDATE = re.compile(rf"[0-9０-９]++(?![年月时号]|日(?!元))|[{CHINESE_DIGITS}{CHINESE_SCALES}]+")
# A run of Chinese numerals is worth trying only with a scale word, before 余/多/几/成/分之/点,
# or after the last character of a prefix qualifier (超, 近, 约, 数...); 一个, 一些 are skipped.
CHINESE_SCALE_CHARS = frozenset("百佰千仟万亿")
CHINESE_FOLLOWERS = frozenset("余多几成分点倍")


@lru_cache(maxsize=None)
def _candidate_pattern() -> re.Pattern:
    """CANDIDATE with the Chinese-run filter of find_quantities folded in: a whole run of Chinese
    numerals is kept only with a scale word, before a follower (余多几成分点倍), or after the last
    character of a prefix qualifier. One leading character class lets the engine skip fast; the
    branches then tell an Arabic run (not before 年月时号日) from a Chinese one. A Chinese run that
    fails at its start fails inside it too (same followers, no scale word, no prefix before)."""
    run = f"[{CHINESE_DIGITS}{CHINESE_SCALES}]"
    prefix_ends = re.escape("".join(sorted(_compiled()[8])))
    return re.compile(
        rf"[0-9０-９{CHINESE_DIGITS}{CHINESE_SCALES}]"
        r"(?:(?<=[0-9０-９])[0-9０-９]*+(?![年月时号]|日(?!元))"
        rf"|(?<=[百佰千仟万亿]){run}*+"
        rf"|{run}*?[百佰千仟万亿]{run}*+"
        rf"|{run}*+(?=[余多几成分点倍半])"
        rf"|(?<=[{prefix_ends}]{run}){run}*+)")


def scan_text_for(text: str) -> str:
    """Copy of `text` (same length) with titles, URLs and idioms blanked out."""
    names, weight_classes, race_events = _compiled()[1]
    masks = [names]
    if "公斤" in text:
        masks.append(weight_classes)
    if "米" in text or "公里" in text:  # the race-event mask (100米蛙泳, 10公里越野) is the costliest scan
        masks.append(race_events)
    spans = sorted((m.start(), m.end()) for mask in masks for m in mask.finditer(text))
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in spans:
        if end <= pos:
            continue
        start = max(start, pos)
        pieces.append(text[pos:start])
        pieces.append("□" * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# A prefix qualifier preceded by these characters is the tail of another word.
WORD_BEFORE_PREFIX = {"近": "最附临靠亲接将贴", "超": "高赶", "上": "以线之路马晚早", "破": "打冲击爆攻识看跌",
                      "过": "通经超度路不难错放穿越跨走飞闯熬挺撑",
                      "约": "签节制公预违履邀赴合解集条相盟规"}  # 签约79个: signed, not about
RANK_EXCEPTIONS = frozenset("此之目当日节提以空眼面跟年月")
CLAUSE_BREAKS = "，,。；;：:！!？?\n"
MORE_AFTER_UNIT_END = frozenset(CLAUSE_BREAKS + "的、") | {""}  # 39℃多。 but not 100人多车多
SENTENCE_BREAKS = "。！!？?\n"
TIME_OF_DAY = ("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "夜间", "晚", "早", "每天", "当天", "今天", "昨天")


# what a written fraction names when it is no share (1/4决赛, 01/02星, 7/24小时服务)
SLASH_NOT_A_SHARE = re.compile(r"决赛|赛|号|星|版|期|型|小时|英寸|寸")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in reading order."""
    (body, _masks, before_words, bare_verbs, bare_measures,
     time_units, aliases, quals, prefixes_by_last) = _compiled()
    bare_verbs, sentence_verbs = bare_verbs
    bare_verb_ends, noun_units, before_word_ends, left_suspects = _per_call_sets()
    scan = scan_text_for(text)
    prefix_quals = quals["prefix"]
    inner_quals = quals["inner"]
    suffix_quals = quals["suffix"]
    found: list[Quantity] = []
    done_until = 0
    for candidate in _candidate_pattern().finditer(scan):
        number_start = candidate.start()
        if number_start < done_until:
            continue  # inside the previous quantity (the upper end of a range)
        m = body.match(scan, number_start)
        if m is None:
            continue
        (pct, half, fden, fnum, slash_num, slash_den, n1, in1, s1, in1b, u1, repeated_unit, _sep, n2, in2, s2, in2b,
         cheng, chengin, hundredths, unit, per, _alt, suffix) = m.groups()
        unit = unit.lstrip(" ") if unit else ""
        end = m.end()
        done_until = end
        if unit in time_units:
            continue  # dates, periods and durations
        if (not unit and n1 is not None and n1[0] in ARABIC_START
                and not (s1 or s2 or cheng or u1)
                and (not number_start or scan[number_start - 1] not in bare_verb_ends)
                and not (FROM_VALUE.match(scan, end) and scan[number_start - 1:number_start] in ("的", "从"))):
            continue  # a bare Arabic number that is not the value of a named measure
        below_zero = unit in TEMPERATURE_UNITS and scan.endswith(BELOW_ZERO, 0, number_start)  # 接近零下30℃
        sign_at = number_start - len(BELOW_ZERO) * below_zero
        pre = ""
        if sign_at:
            for prefix in prefixes_by_last.get(scan[sign_at - 1], ()):
                if scan.startswith(prefix, sign_at - len(prefix)):
                    pre = prefix
                    break
        negative = not (pre or below_zero) and number_start > 0 and n1 is not None and n1[0] in ARABIC_START \
            and scan[number_start - 1] in MINUS_SIGNS and _is_minus_sign(scan, number_start - 1)
        start = sign_at - len(pre) - negative
        # 数/几/上 bound only a bare Chinese scale word (数千万, 上万); elsewhere they are ordinary words.
        if pre in ("数", "几", "上") and not (n1 and n1[0] in "十百千万亿"):
            start, pre = sign_at, ""
        left = number_start - negative
        if left > 0:
            before_left = scan[left - 1]
            # only an ASCII character, □, 前 or the end of an identifier word can make it bad: skip the call
            if ((before_left.isascii() or before_left in left_suspects)
                    and _bad_left_context(scan, left, before_words, before_word_ends)):
                continue
        if pre and start > 0 and scan[start - 1] in WORD_BEFORE_PREFIX.get(pre, ""):
            start, pre = sign_at, ""  # 最近一个, 附近: part of a word, not a qualifier
        qualifier = prefix_quals.get(pre, "exact") if pre else "exact"
        value_high = None
        if pct is not None:
            value = parse_number(pct)
            unit = "%"
        elif half:
            # 近一半, 超过一半, 一半以上, 占…的一半, 全镇一半的人口: half as a share; a bare 一半 is a
            # word (一半是…)
            if not (pre or suffix or scan[number_start - 1:number_start] == "的"
                    or scan.startswith("的", end)):
                continue
            value, unit = 50, "%"
        elif fden is not None:
            den, num = parse_number(fden), parse_number(fnum)
            if not den or num is None:
                continue
            value = round(num / den * 100, 2)  # 三分之一 -> 33.33, as shares are stated
            unit = "%"
        elif slash_num is not None:
            num, den = int(slash_num), int(slash_den)
            if num >= den or unit or SLASH_NOT_A_SHARE.match(scan, end):
                continue  # 第4/3号决定, 1/4决赛, 7/24小时: a code, a round or a schedule
            value, unit = round(num / den * 100, 2), "%"
        else:
            s1, s2 = s1 or "", s2 or ""
            inner = in1 or in1b or in2 or in2b or ""
            if n2 is not None and not (unit or s1 or s2 or cheng or u1):
                continue  # 2021-2022, 5-10 without a unit
            chinese = n1[0] not in ARABIC_START
            if chinese:
                has_scale = bool(SCALE_CHARS.intersection(n1)) or bool(s1) or (pre in ("数", "几", "上"))
                # 一倍多, 两倍以上: a multiple with an approximation word
                approximate_multiple = unit == "倍" and (scan.startswith("多", end) or bool(suffix))
                decimal = "点" in n1  # 一点五倍: a measured value, not an enumeration
                if not (has_scale or cheng or inner or pre or approximate_multiple or decimal):
                    continue  # 一家, 两条渠道, 三大产业
                if n1 == "一" and pre and not (has_scale or cheng or inner) and unit != "倍":
                    continue  # 突破一批, 近一段时间: a phrase, not an approximate count
                if unit == "级" and not pre and not inner:
                    continue  # 百亿级, 千万级: a size class, not a count
                if unit in noun_units and not pre and not inner and not cheng:
                    continue  # 百亿企业, 百千万人才: a name or a class, not a count
                if len(n1) == 1 and n1 in "百千万亿" and not (
                        inner or pre or s1 or (suffix and scan[end:end + 1] in CLAUSE_BREAKS)):
                    # 万人, 百企, 千村: single scale word in a name; 亿元以上项目: a size class;
                    # but 单月开行千列以上。 is a count
                    continue
                if (set(n1) <= set("十百千万亿") and "亿" not in n1 and not unit
                        and not (s1 or cheng or pre or inner)):
                    continue  # 造福千万农民, 十万山: "myriad" or a name (but 百亿 is a sum)
            value = parse_number(n1)
            if value is None and chinese and n2 is None:
                vague = parse_chinese_range(n1)  # 两三千人, 五六成
                if vague is None:
                    continue
                value, value_high = vague
            if value is None:
                continue
            if n2 is not None:
                value_high = parse_number(n2)
                if value_high is None:
                    continue
                if not s1 and s2 and not repeated_unit:
                    s1 = s2  # 5至10万元: the scale is written once, on the upper end (not 3000元至1万元)
                value_high = value_high * scale_value(s2 or s1)
            if s1:  # (times 1.0 would change nothing)
                value *= scale_value(s1)
            if value_high is not None and n2 is None:
                value_high *= scale_value(s1)
            if inner:
                qualifier = inner_quals[inner]
            if cheng:
                if unit in noun_units:  # 超六成企业: tenths of the firms, the noun stays out of the figure
                    end, unit = m.start("unit"), ""
                if unit:
                    continue  # 成 followed by a unit is a word (成本...), not tenths
                value *= 10
                if value_high is not None:
                    value_high *= 10
                if hundredths:
                    value += parse_number(hundredths)
                unit = "%"
                if chengin:
                    qualifier = inner_quals[chengin]
            elif u1:
                unit = unit or ("℃" if u1 == "℃" else "%")
            if not unit and not s1 and not (chinese and SCALE_CHARS.intersection(n1)):
                if not (_is_bare_value(scan, number_start, bare_verbs, sentence_verbs, bare_measures)
                        or _is_from_value(scan, number_start, end, bare_measures)):
                    continue
            if unit == "点" and _is_clock(scan, number_start, end):
                continue
            if n1[0] in "0０" and len(n1) > 1 and n1[1:2] not in ".．":
                continue  # 01, 007: list markers and serial numbers
            if n2 is None and len(n1) >= 5 and not s1 and unit == "" and "." not in n1:
                continue  # long digit runs with no unit: identifiers
        if start > 0 and scan[start - 1] in "“\"「‘" and not unit:
            continue  # “千万”工程, “千万工程”, “1300”: a bare number opening a quotation is a name
        if suffix:
            qualifier = suffix_quals[suffix]
        elif scan.startswith("多", end) and unit and (unit in ("倍", "%") or scan[end + 1:end + 2] in MORE_AFTER_UNIT_END):
            end += 1  # 一倍多, 1.5倍多, 增长了300%多, 最高气温39℃多。
            qualifier = "at_least"
        if value is None:
            continue
        if negative:
            if unit not in SIGNED_UNITS or value_high is not None:
                continue  # 歼-20, 碳-14, 米-8: a model's or an isotope's name, as before any sign was read
            value = -value
        elif below_zero:
            value = -value
            value_high = -value_high if value_high is not None else None
        if unit == "米" and value_high is None and (mark := CENTIMETRES_OF_MARK.match(scan, end)):
            value += int(mark.group(1)) / 100  # 67米51: a field-event mark, metres and centimetres
            end = done_until = mark.end(1)
        unit = aliases.get(unit, unit)
        if per and unit:
            unit += per
        if unit == "％":
            unit = "%"
        found.append(Quantity(text[start:end], clean_float(value),
                              clean_float(value_high) if value_high is not None else None,
                              unit, qualifier, start, end))
    return _measure_named_before(text, _listed_units(text, _compound_numbers(text, found)))


# the second part of a number in two scales: the 2,000 of 1万2,000元, the 4 千 of 5 萬 4 千元
THOUSANDS_AFTER_TEN_THOUSANDS = re.compile(r"[0-9,]+(?: ?千)?(?:多|余)?")


def _compound_numbers(text: str, found: list[Quantity]) -> list[Quantity]:
    """6亿1163.2万人次, 1万2,000元, 5万4千元: a number written in two scales is one figure. The first part
    is a whole number of 亿 or 万 with no unit; the second follows at once (or after a typeset space:
    5 萬 4 千元): so many 万 after 亿, a whole number below 10000 after 万 (not 1.27亿65岁及以上老年人)."""
    merged: list[Quantity] = []
    for q in found:
        first = merged[-1] if merged else None
        if (first is not None and (first.end == q.start or first.end + 1 == q.start and text[first.end] == " ")
                and not first.unit and first.value_high is None
                and q.value_high is None and q.text[:1].isdigit() and "." not in first.text
                and (first.text.endswith("亿") and "万" in q.text and q.value < 1e8
                     or first.text.endswith("万") and q.value < 1e4
                     and THOUSANDS_AFTER_TEN_THOUSANDS.fullmatch(q.text, 0, len(q.text) - len(q.unit)))):
            merged[-1] = Quantity(text[first.start:q.end], first.value + q.value, None, q.unit,
                                  first.qualifier if first.qualifier != "exact" else q.qualifier, first.start, q.end)
        else:
            merged.append(q)
    return merged


# the centimetres of a jump or a throw (以67米51的成绩, 6米85打破世界纪录)
CENTIMETRES_OF_MARK = re.compile(r"([0-9]{2})(?=的成[绩績]|打破|刷新|[，,。、；;])")
LIST_JOINERS = ("、", "和", "及", "与")


# 国内出游人次达7.65亿, 出入境人次超1309万: a count unit written before a bare scaled figure, as the
# name of the measure, is its unit
MEASURE_NAMED_BEFORE = re.compile(r"(人次|架次|辆次|艘次)(?:达到|达|为|是|共|累计|约)?$")


def _measure_named_before(text: str, found: list[Quantity]) -> list[Quantity]:
    for i, q in enumerate(found):
        if not q.unit and q.text[-1:] in "万亿" and (
                named := MEASURE_NAMED_BEFORE.search(text, max(0, q.start - 6), q.start)):
            found[i] = replace(q, unit=named.group(1))
    return found


# bare numbers listed right before a figure with a unit (分别增长0.9、1.1和0.5个百分点)
LISTED_BARE_NUMBERS = re.compile(r"(?:(?<![0-9.年月日第])[0-9]+(?:\.[0-9]+)?(?:、|和|及|与))+$")
LISTED_BARE_UNITS = frozenset({"%", "个百分点", "倍"})


def _listed_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别发送跨境旅客9.06万、161.1万人次: a bare scaled figure listed before one with a unit shares it;
    so do bare numbers listed before a share or a change (0.9、1.1和0.5个百分点)."""
    for i in range(len(found) - 2, -1, -1):
        q = found[i]
        if q.unit and q.unit != "个":
            continue  # neither rule below applies
        after = found[i + 1]
        if not q.unit and after.unit and text[q.end:after.start] in LIST_JOINERS and q.text[-1:] in "万亿千":
            found[i] = replace(q, unit=after.unit)
        elif q.unit == "个" and after.unit == "个百分点" and text[q.end:after.start] in LIST_JOINERS:
            found[i] = replace(q, unit="个百分点")  # 分别提高1.7个和5.4个百分点
    listed: list[Quantity] = []
    for q in found:
        if q.unit in LISTED_BARE_UNITS and q.text[:1].isdigit() and q.start and text[q.start - 1] in LIST_JOINERS:
            run = LISTED_BARE_NUMBERS.search(text, max(0, q.start - 40), q.start)
            if run and text[run.start() - 1:run.start()] not in ("、", "第"):  # the whole list, not its tail
                for n in re.finditer(r"[0-9]+(?:\.[0-9]+)?", run.group()):
                    listed.append(Quantity(n.group(), float(n.group()), None, q.unit, "exact",
                                           run.start() + n.start(), run.start() + n.end()))
    return sorted(found + listed, key=lambda q: q.start) if listed else found


MINUS_SIGNS = frozenset("-−－")
SIGNED_UNITS = frozenset({"%", "％", "个百分点", "百分点", "℃", "摄氏度", "度", "点"})  # what may fall below zero
TEMPERATURE_UNITS = frozenset({"℃", "摄氏度", "度"})
BELOW_ZERO = "零下"
NOT_BEFORE_SIGN = ARABIC_START | set(CHINESE_DIGITS + CHINESE_SCALES) | set("%％.．")


def _is_minus_sign(scan: str, sign_at: int) -> bool:
    """增速为-0.3%, 降至−5℃: a minus sign, not the joiner of a range or a code (2021-2022, 3000元-5000元,
    G6173-1); nothing numeric stands just before it."""
    if scan[sign_at] not in MINUS_SIGNS:
        return False
    before = scan[max(0, sign_at - 3):sign_at]
    if before[-1:].isascii() and before[-1:].isalnum():
        return False
    return not any(c in NOT_BEFORE_SIGN for c in before)


def _bad_left_context(scan: str, number_start: int, before_words: tuple[str, ...],
                      before_word_ends: frozenset[str]) -> bool:
    """Ordinals (第一), identifiers (电话12333) and numbers glued to a code."""
    prev = scan[number_start - 1]
    if prev.isascii() and (prev.isalnum() or prev in "+#/-_.@"):
        # (but 1个区级零工市场+10个街道零工驿站: a plus after words joins counts, not a code's parts)
        return not (prev == "+" and number_start > 1 and scan[number_start - 2] != "□"
                    and not scan[number_start - 2].isascii())
    if prev == "□":
        return True
    if prev == "前" and scan[number_start - 2:number_start - 1] not in RANK_EXCEPTIONS:
        return True  # 前10名, 前100强: a rank (but 此前, 目前, 节前 are time words)
    return prev in before_word_ends and scan.endswith(before_words, max(0, number_start - 4), number_start)


def _is_clock(scan: str, number_start: int, end: int) -> bool:
    """19点, 下午3点半: a time of day, not index points."""
    if scan.startswith(("半", "钟", "多钟"), end) or re.match(r"[0-9一二三四五六七八九十]+分", scan[end:end + 4]):
        return True
    return scan.endswith(TIME_OF_DAY, max(0, number_start - 3), number_start)


# The first value of a move: 从上月的46.0跌至45.2, 从8月的51.0降至48.9.
FROM_VALUE = re.compile(r"(?:回升|回落|下降|上升|提高|降低|下跌|上涨|跌|降|升|涨|增)(?:至|到)[0-9]")


def _is_from_value(scan: str, number_start: int, end: int, measures) -> bool:
    """从上月的46.0跌至45.2: a bare number that a named measure moves from."""
    if not FROM_VALUE.match(scan, end) or scan[number_start - 1:number_start] not in ("的", "从"):
        return False
    sentence_start = number_start
    while sentence_start > 0 and scan[sentence_start - 1] not in SENTENCE_BREAKS and number_start - sentence_start < 80:
        sentence_start -= 1
    clause = scan.rfind("从", sentence_start, number_start)
    return clause >= 0 and measures.search(scan, sentence_start, number_start) is not None


def _is_bare_value(scan: str, number_start: int, verbs, sentence_verbs, measures) -> bool:
    """升至6.3512: a bare number stated as the value of a named measure. The measure is looked for
    in the number's clause; after 报/收于/升至… (`sentence_verbs`) anywhere earlier in its sentence
    (美元指数涨0.3%，报104.35; 中间价较上一交易日下调125个基点，报7.1768)."""
    if not scan.endswith(verbs, max(0, number_start - 3), number_start):
        return False
    clause_start = number_start
    while clause_start > 0 and scan[clause_start - 1] not in CLAUSE_BREAKS and number_start - clause_start < 40:
        clause_start -= 1
    if measures.search(scan, clause_start, number_start) is not None:
        return True
    if not scan.endswith(sentence_verbs, max(0, number_start - 3), number_start):
        return False
    sentence_start = clause_start
    while (sentence_start > 0 and scan[sentence_start - 1] not in SENTENCE_BREAKS
           and number_start - sentence_start < 80):
        sentence_start -= 1
    return measures.search(scan, sentence_start, clause_start) is not None
