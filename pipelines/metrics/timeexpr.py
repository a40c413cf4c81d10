"""Time expressions in the text, resolved to ISO-like strings (GUIDE "time").

2022年3月8日 -> 2022-03-08, 截至6月底 -> 2025-06-30, 3月末 -> 2022-03, 今年上半年 -> 2025-H1,
1-2月份 -> 2022-01/2022-02, 6年来 -> 2016/2022, 十三五 -> 2016/2020, 今年底 -> 2022-12,
2022年末 -> 2022-12-31, 今明两天 -> 2022-11-12/2022-11-13. Relative expressions use the reference year (the year of
`published`, else the latest year the text names); a bare period takes the year named before it in
the sentence (去年…，全年), and a bare quarter not yet begun at publication is last year's.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .numbers import parse_chinese

CN_NUM = "一二两三四五六七八九十"


@dataclass  # not frozen, for speed, as Metric (models.py); read-only by convention
class TimeMention:
    start: int
    end: int
    value: str | None  # resolved time; None for expressions that say "now, unknown"
    clause_only: bool = False  # 去年同期: a comparison base, not carried to later clauses
    shift_years: int = 0  # 去年同期: the figure's time is the current time shifted by this
    own_clause: bool = False  # 连续3个月: dates the figures after it in its clause, no other
    later_only: bool = False  # 2024届: dates figures after it, never one before it in its clause
    sentence_only: bool = False  # 通水至今，已累计调水…: dates figures after it in its sentence, no later one


SENTENCE_END_CHARS = set("。；;！!？?")
RECENT_DAYS_WORDS = ("近日", "日前", "近期", "这几天", "这些天")  # a few days back (这两天 is the article's day)


def _horizon(text: str, start: int, end: int, opens_with_to: bool) -> bool:
    """A verb, 到(了) and the time ending the sentence (排到了年底。, 将延续到年底。)."""
    if text[end:end + 1] not in SENTENCE_END_CHARS:
        return False  # tested first: most times are not at a sentence's end
    after_to = start + 1 if opens_with_to else start - 1 if text.endswith("到了", 0, start) else None
    return (after_to is not None and after_to >= 2 and text[after_to - 1] == "到"
            and "\u4e00" <= text[after_to - 2] <= "\u9fff" and text[after_to - 2] not in "截止")


def whole_number(s: str) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    value = parse_chinese(s)
    return int(value) if value is not None else None


def _year(i: int) -> str:
    """Explicit or relative year; group names carry a suffix because the alternatives repeat them.
    Not the 上年 of 网上年货节, 线上年会, 晚上年轻人."""
    return (rf"(?:(?P<y{i}>(?:19|20)[0-9]{{2}})年"
            rf"|(?P<rel{i}>今年|本年|去年|(?<![网线晚早马水路海])上年|前年|明年|当年|这一年))")


# public holidays as written (keys of holiday_names in time.yaml) and the words that make them a period
HOLIDAY_NAMES = "元旦春节|元旦|春节|清明节?|五一|劳动节|端午节?|中秋国庆|国庆中秋|中秋节?|国庆节?|十一"
HOLIDAY_WORDS = "小长假|长假|假期|黄金周"
YEAR_SPAN_JOINER = "(?:—|–|-|－|至|到)"  # 1999—2023年, 2023至2025年
SPLIT_YEARS = "年度|学年|财年|财政年度"  # (not 赛季: 2022—2023赛季…世界杯德累斯顿站 names a stop of it)
# (4月28日)18时至5月3日(6时): the hours of a range of days are left out
DAY_RANGE = (r"(?:(?:[0-9]{1,2}[时点](?:[0-9]{1,2}分)?)?(?:至|到|-|——|—|–|－|～|~)"
             r"(?:(?P<m2d>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})[日号])?")
MONTH = rf"(?P<m>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})"
# (?<!提): 提前4个月实现 is ahead of time, not the first four months
PERIOD = (r"(?:上半年|下半年|(?<!提)前(?:三季度|两季度|半年|"
          rf"[0-9{CN_NUM}]{{1,3}}个?月)|(?:第)?[一二三四1-4]季度[末底]?|全年|年初|年底|年末|年内|以来|至今|同[期月])")
SINCE = ("以来", "至今")  # 2016年以来, 2002年至今: from that year to now
SAME_PERIOD_WORDS = ("同期", "同月")  # 去年同期, 上年同月: a comparison base
SINCE_OR_SAME_PERIOD = (*SINCE, *SAME_PERIOD_WORDS)
PERIODS_NEEDING_A_YEAR = (*SINCE_OR_SAME_PERIOD, "年初", "年内")
PLAN_BEFORE_YEAR = ("计划", "预计", "力争", "争取", "确保", "有望", "将")  # 计划年内完成 (not 创年内新高, 3年内)

PATTERN = re.compile(
    r"(?P<asof>截至|截止到|截止|到)?(?:"
    # dates: (2022年)3月8日(至10日)
    rf"{_year(1)}?(?P<dm>[0-9]{{1,2}})月(?P<dd>[0-9]{{1,2}})[日号]{DAY_RANGE}(?P<dsince>以来)?"
    # a day of the article's month: 截至29日, 当地时间22日
    r"|(?P<dayonly>[0-9]{1,2})(?:日(?!元)(?:(?:至|到|-|—|–|－)(?P<dayonly2>[0-9]{1,2})日)?"
    r"|(?:至|到|-|—|–|－)(?P<dayonly3>[0-9]{1,2})日(?!元))"  # 26—28日: the first day written bare
    # months: (2022年)1-3月(份)(底) / 3月末 / 3月中旬
    rf"|{_year(2)}?{MONTH}(?:(?:至|到|-|——|—|–|－|～|~)(?P<mm2>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})月?)?月份?"
    # (not “三月三”, 八月十五: a lunar day with no 日 names a festival)
    rf"(?P<part>底|末|初|上旬|中旬|下旬)?(?P<since>以来)?(?![0-9]|(?<=[{CN_NUM}]月)[{CN_NUM}]{{1,3}}(?![日号{CN_NUM}]))"
    # public holidays and travel seasons: 今年春节假期, “五一”假期, 国庆黄金周, 春运首日, 暑期. Not
    # 春节期间 or 春运期间: the sample reads those as the year (春运期间组织14台… -> 2022).
    rf"|{_year(4)}?[“\"]?(?P<holiday>{HOLIDAY_NAMES})[”\"]?(?:{HOLIDAY_WORDS})"
    rf"|{_year(5)}?(?P<chunyun>春运)(?P<chunyun_part>首日|(?=前[0-9{CN_NUM}]{{1,3}}天))"
    rf"|{_year(6)}?(?P<summer>暑期档?|暑运)"
    # 假期, 节日期间 after the article has named its holiday: that holiday
    r"|(?P<holiday_ref>(?:节假日|假日|节日)期间|假期|假日|小长假|黄金周)"
    # a span of years written once: 1999—2023年
    rf"|(?P<yr1>(?:19|20)[0-9]{{2}}){YEAR_SPAN_JOINER}(?P<yr2>(?:19|20)[0-9]{{2}})年(?![0-9]{{1,2}}月|度)"
    # a school, fiscal or working year across two years: 2023—2024年度, 2022/23学年, 2021/22整个学年
    rf"|(?P<split_from>(?:19|20)[0-9]{{2}})(?:{YEAR_SPAN_JOINER}|/)(?P<split_to>(?:19|20)?[0-9]{{2}})(?:整个|全)?(?:{SPLIT_YEARS})"
    # a graduating class: 2024届高校毕业生 are counted for 2024
    r"|(?P<cohort>(?:19|20)[0-9]{2})届(?=[^，,。；;\n]{0,6}?毕业生)"
    # years and periods: 2021年, 今年上半年, 去年同期, 上半年, 一季度
    rf"|{_year(3)}(?:度)?(?P<period>{PERIOD}|底|末|来(?=[，,的累共已首]))?"  # 2016年来累计: 以来 (not 2008年来北京)
    rf"|(?P<period2>{PERIOD})"
    # spans: 6年来, 近5年, 十三五
    rf"|(?P<span>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})年(?:来|以来|(?P<span_within>间))"
    rf"|(?:近|(?P<span_past>过去的?))(?P<span2>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})年"
    # a year some years back: 由5年前的不到1%上升到5%左右 (not 2030年前, a deadline, nor 数十年前)
    rf"|(?<![0-9数几])(?P<years_ago>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})年前(?!夕)"
    # 这十年 (not 这一年, a year): the years up to the story, like 十年间
    rf"|这(?P<span_this>[0-9]{{1,2}}|[二两三四五六七八九十]{{1,3}})年(?![0-9])"
    r"|(?P<plan>十[一二三四五六])五[”’\"]?(?P<plan_part>期间|时期|以来|末)?"
    r"|(?P<congress>十[五六七八九]大|二十大|二十一大)以来"
    r"|(?P<festival>春节前(?P<festival_around>后)?|节前)"
    # days of the lunar new year: 除夕, 除夕至初二, 大年初一(到初三); not 除夕前, 除夕后, nor the end of a
    # span whose start is no date (从小年到大年初三)
    r"|(?P<eve>除夕)(?:(?:至|到)(?:大年|正月)?初(?P<eve_to>[一二三四五六七八九十]))?(?:当天|当日)?(?![前后])"
    r"|(?<![到至])(?:大年|正月)初(?P<lunar_day>[一二三四五六七八九十])(?:(?:至|到)初(?P<lunar_to>[一二三四五六七八九十]))?"
    r"|(?P<two_years>今明两年)"
    # a streak up to the time named before it: 连续7年增幅超10%, 已连续3个月单月开行超1700列
    rf"|连续(?P<streak>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})(?P<streak_unit>年|个月)"
    rf"|(?P<days>今明两天|今明两日|未来(?:[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})天|未来(?:[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})日)"
    r"|(?P<adjacent_day>(?:(?<![\u4e00-\u9fff])|(?<=[至到从自于在计]))明天|昨天)"  # not 探明天然气
    r"|(?P<now>目前|当前|今天|今日|当天|当日|眼下|这两天|" + "|".join(RECENT_DAYS_WORDS) +
    # 现在 opening a clause (现在，邵东每年…) or as an end point (增至现在日均20列), not in passing (您现在看到)
    r"|现在(?=[，,])|(?<=[到至])现在|如今"
    # 最近 opening a clause (最近，…纸坊村的一条通组道路完成了…): a few days back (not 最近几年, 最近的)
    r"|最近(?=[，,]))"
    r")"
)

# 党的十八大以来: the period from the Party congress to now.
CONGRESS_YEARS = {"十五大": 1997, "十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017,
                  "二十大": 2022, "二十一大": 2027}
FIVE_YEAR_PLANS = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026, "六": 2031}


@lru_cache(maxsize=None)
def spring_festivals() -> dict[int, str]:
    return {int(k): str(v) for k, v in lexicon.load("time")["spring_festival"].items()}


YEAR_TITLED_EVENT = re.compile(r"[“\"「]((?:19|20)[0-9]{2})(?=[\u4e00-\u9fff])")  # “2023沙坪坝区春风行动…”


# 2023年，…。今年，…: a year told in its own sentence, and 今年 after it in the paragraph
THIS_YEAR_LATER = re.compile(r"(?:全年)?[，,][^\n]*?。今年")
# 是2019年吸纳人数的85.44% (beside 是去年外出务工人数的105.05%): the base year of a share
SHARE_BASE_BEFORE = ("是", "为", "相当于")
SHARE_BASE_AFTER = re.compile(r"(?!同期|同月)[\u4e00-\u9fff]{0,8}?的[0-9.]+[%％]")
TWO_YEARS_BACK = "前年同期"  # told anywhere, a same-period base year (2019年同期) is two years back
HEARD_LEADS = ("了解到，", "获悉，")  # 记者从工业和信息化部了解到，2023年，…: the year still opens what is told


def reference_year(text: str, published: str | None) -> int | None:
    """Year relative expressions (今年, 3月8日) refer to."""
    if published and FOUR_DIGITS.match(published):
        return int(published[:4])
    # A target year (到2027年, 力争2035年, 2030年前, the end of a plan's 2023—2025年) is not the year the
    # article is written in; a comparison's base year (比2023年提前32天) is before it.
    years = []
    # A story told on 今天（1月15日） that reports a whole year (2023年，…进出口值…) reports the year
    # just ended: in January and February last year's figures are the news.
    stated_day = STATED_DAY.search(text)
    early_in_year = stated_day is not None and int(stated_day.group(1)) <= 2
    # Told in November or December, a year with a plan after it (发布2024年节目片单，将推出…) is the coming one.
    late_in_year = stated_day is not None and int(stated_day.group(1)) >= 11
    for m in YEAR.finditer(text):
        # a span's first year (2023—2025年), else None, and the year the text names (its last)
        first, year = (m["opening"], m["closing"]) if m["closing"] else (None, m["opening"])
        if late_in_year and not first and PLAN_IN_SENTENCE.match(text, m.end()):
            years.append(int(year) - 1)
        elif (early_in_year and not first and WHOLE_YEAR_AFTER.match(text, m.end())
                and not PLAN_IN_SENTENCE.match(text, m.end())
                and not text.endswith(TARGET_BEFORE, max(0, m.start() - 2), m.start())):
            years.append(int(year) + 1)
        elif first and (PLAN_TITLE.match(text, m.end())
                        or text.endswith(PLAN_TITLE_ENDS, max(0, m.start() - 3), m.start())):
            # 《2023—2025年行动方案》, 《…行动计划（2023—2025年）》: the plan starts now
            years.append(int(first))
        elif m.start() and text[m.start() - 1] in BASE_BEFORE:
            if text[m.end():m.end() + 1].isdigit():
                years.append(int(year))  # 与2024年7月至9月比较: a base of months may be of the story's year
            elif not _after_target_year(text, m.start()):
                years.append(int(year) + 1)  # (到2030年，…相比2020年下降20%: a target's base tells no year)
        elif (text.endswith(SHARE_BASE_BEFORE, max(0, m.start() - 3), m.start())
              and SHARE_BASE_AFTER.match(text, m.end())):
            years.append(int(year) + 1)  # 是2019年吸纳人数的85.44%: a share of last year's figure
        elif text.startswith(SAME_PERIOD_WORDS, m.end()):
            if TWO_YEARS_BACK in text:
                years.append(int(year) + 2)  # 恢复到前年同期水平…恢复到2019年同期水平: told in 2021
            # (else 低于2019年同期: a base some years back, not the story's year)
        elif _founding_year(text, m.start()):
            continue  # 该公司成立于1953年: a history, not the story's year
        elif (not first and (m.start() == 0 or text[m.start() - 1] in "。\n" or text.endswith(HEARD_LEADS, 0, m.start()))
              and THIS_YEAR_LATER.match(text, m.end())
              and not PLAN_IN_SENTENCE.match(text, m.end())):
            years.append(int(year) + 1)  # 2023年，…。今年，…: a year told, then this year's news (not 2024年，要…)
        elif (not text.endswith(TARGET_BEFORE, max(0, m.start() - 2), m.start())
              and not text.startswith(("前", "以前", "之前"), m.end())):
            years.append(int(year))
    if not years and (titled := YEAR_TITLED_EVENT.search(text)):
        return int(titled.group(1))  # “2023沙坪坝区春风行动暨…招聘活动”: the event's year, the story's
    return max(years) if years else None


# A year (2023年) or a span of years (2023—2025年). Every match opens with its first year's digits, so
# the engine skips ahead to a 1 or a 2 (with the span's first year an optional group in front, it tried
# every position: six times slower).
YEAR = re.compile(rf"(?P<opening>(?:19|20)[0-9]{{2}})(?:{YEAR_SPAN_JOINER}(?P<closing>(?:19|20)[0-9]{{2}}))?年")
FOUR_DIGITS = re.compile(r"[0-9]{4}")
PLAN_TITLE = re.compile(r"[^，。；\n]{0,12}?(?:规划|方案|计划|行动|纲要|意见)")
PLAN_TITLE_ENDS = tuple(word + bracket for word in ("规划", "方案", "计划", "行动", "纲要", "意见") for bracket in "（(")
STATED_DAY = re.compile(r"[今昨]天[（(]([0-9]{1,2})月[0-9]{1,2}日[）)]")
WHOLE_YEAR_AFTER = re.compile(r"(?:全年)?[，,]")
PLAN_IN_SENTENCE = re.compile(r"[^。！？\n]*?(?:将|计划|预计|力争|争取|目标|要)")
PLAN_WORDS = ("力争", "预计", "计划", "将于", "争取", "目标", "确保")
TARGET_BEFORE = ("到", "至") + PLAN_WORDS
FOUNDED_BEFORE = ("成立于", "始建于", "建于", "创建于", "创办于", "创立于", "始于", "诞生于", "出生于", "生于", "建成于")  # all end in 于


# (截至2023年底 is a cut-off, not a target)
TARGET_YEAR = re.compile("(?:" + "|".join("(?<!截)至" if word == "至" else word for word in TARGET_BEFORE)
                         + ")(?:19|20)[0-9]{2}年")


def _after_target_year(text: str, start: int) -> bool:
    """Whether a target year (到2030年, 力争2025年) stands before `start` in its sentence."""
    sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    return TARGET_YEAR.search(text, sentence_start, start) is not None


def _founding_year(text: str, start: int) -> bool:
    """该公司成立于1953年: a time written after 成立于/始建于…, a history that dates no figure."""
    return text[start - 1:start] == "于" and text.endswith(FOUNDED_BEFORE, max(0, start - 3), start)


STATED_SPAN = re.compile(rf"(?P<n>[0-9]{{1,2}}|[{CN_NUM}]{{1,3}})年(?:间|来|以来)?[（(](?P<first>(?:19|20)[0-9]{{2}})年?"
                         rf"{YEAR_SPAN_JOINER}(?P<last>(?:19|20)[0-9]{{2}})年?[）)]")
YEAR_IN_BRACKETS = re.compile(r"[（(](?:19|20)[0-9]{2}")


@lru_cache(maxsize=64)
def stated_spans(text: str) -> dict[int, str]:
    """Spans of years a story defines once (十年间（2012年—2021年）): its later 十年间 and 这十年 are those years."""
    if not YEAR_IN_BRACKETS.search(text):
        return {}  # the stated span opens with a year in brackets; this search is 4x faster than STATED_SPAN's
    spans = {}
    for m in STATED_SPAN.finditer(text):
        n, first, last = whole_number(m["n"]), int(m["first"]), int(m["last"])
        if n and last - first in (n - 1, n):
            spans.setdefault(n, f"{first}/{last}")
    return spans


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


# How a time expression can start; PATTERN is tried only there (much faster than letting the
# engine try every position). The few characters after a common first one (上, 全, 日, a digit)
# are part of the test: most of those characters start no time expression.
CANDIDATE_ALTERNATIVES = (
    rf"[0-9]{{1,4}}[年月日号季至到\-—–－～~]", "[0-9]{4}/", "[0-9]{4}届", rf"[{CN_NUM}]{{1,3}}(?:[月年大五至到\-—–－～~]|季度)", "五一", "十一",
    "到", "截[至止]", "[今本去上前明当这]一?年", rf"这[0-9二两三四五六七八九十]{{1,3}}年", "上半年", "今[天日明]", "[昨明]天", "当[前天日]", rf"前[半三两0-9{CN_NUM}]",
    rf"近[日期0-9{CN_NUM}]", rf"过去的?[0-9{CN_NUM}]", "春[节运]", "节[前日假]", "目前", "现在", "如今", "眼下",
    "第[一二三四1-4]", "未来", "全年", "年[初底末内]",
    "日前", "最近[，,]", "这[几些两]天", "连续", "元旦", "清明", "劳动节", "端午", "中秋", "国庆", "暑[期运]", "假[期日]", "节日期间", "小长假", "黄金周",
    "除夕", "大年初", "正月初", "至今(?![年日天早晨晚])",
    '[“"](?=五一|十一)')
CANDIDATE = re.compile("|".join(CANDIDATE_ALTERNATIVES))
# The first characters of CANDIDATE's alternatives (each opens with one character or one class):
# one set test rejects most positions before the alternatives are tried (twice as fast).
CANDIDATE_FIRST = "[" + "".join(alt[1:alt.index("]")] if alt.startswith("[") else alt[0]
                                for alt in CANDIDATE_ALTERNATIVES) + "]"
# PATTERN tried at candidate positions only, in one scan: the same matches as trying
# PATTERN.match at each CANDIDATE position not inside the previous match.
SCAN = re.compile(rf"(?={CANDIDATE_FIRST})(?={CANDIDATE.pattern})(?:{PATTERN.pattern})")


LAST_PAST_YEAR = {1: -1, 2: -1, 3: -1, 12: 0}  # the last year of 过去N年 by the article's month: offset
# a change up to a year's value (从2015年的886.6亿元增长到2023年的1257.8亿元): 到 names when, not a deadline
CHANGED_TO = ("增长", "增加", "提高", "提升", "上升", "下降", "减少", "降低", "扩大", "缩小", "攀升", "跃升", "回升", "回落")
RECENT_DAYS = 10  # how far back 近日/日前 may reach
TO_COME_BEFORE = ("将于", "将在", "定于", "拟于", "计划于", "预计于", "将从", "将自")


def _last_years(month: int, pub_month: int | None, m: re.Match, text: str, start: int) -> bool:
    """A month after the article's belongs to the previous year, unless it is to come (到9月10日,
    将于11月28日至12月2日)."""
    return (pub_month is not None and month > pub_month + 1 and m["asof"] != "到"
            and not text.endswith(TO_COME_BEFORE, max(0, start - 3), start))


# the groups of _year(1) to _year(6): at most one alternative, so one group, matches
EXPLICIT_YEAR_GROUPS = tuple(f"y{i}" for i in range(1, 7))
RELATIVE_YEAR_GROUPS = tuple(f"rel{i}" for i in range(1, 7))
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "这一年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
COMING = re.compile(r"[^。！？\n]*?(?:将|即将|拟|预计|计划)")


def find_times(text: str, published: str | None, lo: int = 0, hi: int | None = None,
               ref: int | None = None, holiday: str | None = None,
               lead_day: str | None = None) -> list[TimeMention]:
    """Time expressions in text[lo:hi]; `ref` is reference_year(text, published) if known, `holiday`
    the period of the holiday the article names first (article_holiday), which a bare 假期 refers to,
    `lead_day` the day the article's first sentence names, which 当天 before any other day refers to."""
    if ref is None:
        ref = reference_year(text, published)
    hi = len(text) if hi is None else hi
    pub_month = int(published[5:7]) if published and len(published) >= 7 else None
    mentions: list[TimeMention] = []
    anchor: tuple[int, int] | None = None  # (year, end) of the last year named in the sentence
    last_day: str | None = lead_day  # the last single day named (for 当天)
    as_of: tuple[str, int] | None = None  # (day, end) of the last 截至 day named (for 目前 after it)
    # m["name"] reads one group: m.groupdict() would copy all ~60 for each mention
    for m in SCAN.finditer(text, lo, hi):
        start, end = m.span()
        if end == start:
            continue
        if text.endswith("以来", start, end) and RECORD_AFTER_SINCE.match(text, end):
            continue  # 为2020年7月以来的最大降幅: the span of a record, not the time of a figure
        asof = bool(m["asof"])  # 截至6月底, 到今年年底: the last day
        explicit = rel = None
        if text.find("年", start, end) >= 0:  # each year group holds 年 (most times hold none)
            explicit = next(filter(None, m.group(*EXPLICIT_YEAR_GROUPS)), None)
            rel = next(filter(None, m.group(*RELATIVE_YEAR_GROUPS)), None)
        year = int(explicit) if explicit else None
        if rel and ref is not None:
            year = ref + RELATIVE_YEARS[rel]
        if (year is None and anchor is not None and (m["period2"] or (m["m"] and not m["y2"]))
                and SENTENCE_END.search(text, anchor[1], start) is None):
            year = anchor[0]  # 去年我国…，全年完成…: a bare period takes the year named before it
        elif (year is None and anchor is not None and m["period2"] == "全年"
              and _opens_next_sentence(text, anchor[1], start)):
            year = anchor[0]  # 2021年全国城镇新增就业…。全年全国城镇调查失业率…: that year's whole
        explicit_year = year is not None
        if year is None:
            year = ref
        value: str | None = None
        clause_only, shift, own_clause, later_only = False, 0, False, False
        # one alternative matched, so one of these groups: the commonest kind (目前, 今天, 近日) is tested first
        if m["now"]:
            if m["now"] in RECENT_DAYS_WORDS or m["now"] == "最近":
                # a few days back: the article's month, unless that early in a month the month is
                # unclear, then its year (sample 004: 日前 in an article of 3月8日 -> 2022)
                if not published:
                    value = None
                elif len(published) >= 10 and int(published[8:10]) <= RECENT_DAYS:
                    value = published[:4]
                else:
                    value = published[:7]
            elif m["now"] in ("当天", "当日") and last_day is not None:
                value = last_day  # 国防部29日称，俄军当天…: the day told before, not the article's
            elif m["now"] in ("目前", "当前") and as_of is not None and SENTENCE_END.search(text, as_of[1], start) is None:
                # 截至19日10时，…，目前赔付48.04亿元; 记者13日从…获悉，…目前已实现…; 警方12日称，…目前…:
                # as of the day the sentence names
                value = as_of[0]
            else:
                value = published[:10] if published else None
        elif m["dm"]:
            month, day = int(m["dm"]), int(m["dd"])
            if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            if not explicit_year and _last_years(month, pub_month, m, text, start):
                year -= 1
            value = f"{year:04d}-{month:02d}-{day:02d}"
            if m["d2"]:
                month2 = int(m["m2d"]) if m["m2d"] else month
                value += f"/{year:04d}-{month2:02d}-{int(m['d2']):02d}"
            elif m["dsince"] and published and len(published) >= 10 and value < published[:10]:
                value += f"/{published[:10]}"  # 12月30日以来: from that day to the article's date
        elif m["dayonly"]:
            if not published or len(published) < 10 or (start and text[start - 1].isdigit()):
                continue
            day, p_year, p_month = int(m["dayonly"]), int(published[:4]), int(published[5:7])
            if day > int(published[8:10]) and not COMING.match(text, end, min(hi, end + 24)):
                # a day after the article's date is last month's, unless what follows is to come
                # (29日，开幕后的首个比赛日将产生17枚金牌, in a story of the 28th)
                p_year, p_month = (p_year, p_month - 1) if p_month > 1 else (p_year - 1, 12)
            if not 1 <= day <= calendar.monthrange(p_year, p_month)[1]:
                continue
            value = f"{p_year:04d}-{p_month:02d}-{day:02d}"
            last = m["dayonly2"] or m["dayonly3"]
            if last:
                value += f"/{p_year:04d}-{p_month:02d}-{int(last):02d}"
        elif m["m"]:
            month = whole_number(m["m"])
            if year is None or month is None or not 1 <= month <= 12:
                continue
            if not explicit_year and not m["mm2"] and _last_years(month, pub_month, m, text, start):
                year -= 1
            if m["mm2"]:
                month2 = whole_number(m["mm2"])
                if month2 is None or not month < month2 <= 12:
                    continue
                value = f"{year:04d}-{month:02d}/{year:04d}-{month2:02d}"
            elif m["part"] in ("底", "末") and asof:
                value = _last_day(year, month)
            else:
                value = f"{year:04d}-{month:02d}"
                if m["since"] and published and len(published) >= 7 and value < published[:7]:
                    value += f"/{published[:7]}"  # 自2020年5月以来: from then to the article's month
        elif m["span"] or m["span2"] or m["span_this"]:
            n = whole_number(m["span"] or m["span2"] or m["span_this"])
            stated = stated_spans(text).get(n)
            if stated:
                value = stated  # 十年间（2012年—2021年）…十年间，…: the years the story says its span is
            elif m["span_past"] and ref is not None and pub_month in LAST_PAST_YEAR and n and n <= 100:
                # 过去一年, 过去三年 told in January to March end with the year before (两会 and new-year
                # reviews), in December with the year ending (即将过去的一年); in other months they are
                # the last twelve months, unclear
                last = ref + LAST_PAST_YEAR[pub_month]
                value = str(last) if n == 1 else f"{last - n + 1}/{last}"
            elif (ref is None or not n or n > 100
                  or (m["span_within"] or m["span_past"] or m["span_this"]) and (n == 1 or not published)):
                continue  # 一年间, 过去一年: the last twelve months or the last year, unclear; 十年间 in an undated text
            else:
                value = f"{ref - n}/{ref}"  # 6年来, 近5年, 十年间, 过去五年, 这十年
        elif m["years_ago"]:
            n = whole_number(m["years_ago"])
            if ref is None or not n or n > 100:
                continue
            value = f"{ref - n}"
            own_clause = True  # a past state set against now: it dates no later sentence
        elif m["plan"]:
            first = FIVE_YEAR_PLANS[m["plan"][1]]
            if m["plan_part"] == "以来" and published and int(published[:4]) > first:
                value = f"{first}/{published[:4]}"  # “十三五”以来 in 2022: from the plan's first year to now
            elif m["plan_part"] == "末":
                value = f"{first + 4}"  # 十三五末: the plan's last year
            else:
                value = f"{first}/{first + 4}"
        elif m["congress"]:
            first = CONGRESS_YEARS.get(m["congress"])
            if first is None or ref is None:
                continue
            value = f"{first}/{ref}"
        elif m["festival"]:
            festival = spring_festivals().get(ref) if ref else None
            if not festival:
                continue
            f_month, f_day = int(festival[5:7]), int(festival[8:10])
            month = f_month - 1 if f_day <= 10 else f_month
            if m["festival_around"] or (published and published[:7] == festival[:7] and published < festival):
                month = f_month  # 春节前后; 节前 told in the festival's month before it (2月4日, 春节 2月10日)
            value = f"{ref:04d}-{max(month, 1):02d}"
        elif m["eve"] or m["lunar_day"]:
            # 2024年除夕: the year named right before; else the festival nearest the story
            year_before = YEAR_JUST_BEFORE.search(text, max(0, start - 5), start)
            festival = _nearest_spring_festival(int(year_before.group(1)) if year_before else ref,
                                                None if year_before else published)
            if festival is None:
                continue
            first = festival - timedelta(days=1) if m["eve"] else festival + timedelta(
                days=whole_number(m["lunar_day"]) - 1)
            last_of = m["eve_to"] or m["lunar_to"]
            last = festival + timedelta(days=whole_number(last_of) - 1) if last_of else first
            value = first.isoformat() if last <= first else f"{first.isoformat()}/{last.isoformat()}"
        elif m["cohort"]:
            opened = text.rfind("“", max(0, start - 30), start)
            if opened >= 0 and text.find("”", opened, start) < 0:
                continue  # “全国高校2025届毕业生教育人才招聘会”: part of an event's name, no time
            value = m["cohort"]
            later_only = True  # 2024届高校毕业生规模…1179万人, not 来自310所高校的2025届毕业生
        elif m["yr1"]:
            if not m["yr1"] < m["yr2"]:
                continue
            value = f"{m['yr1']}/{m['yr2']}"
        elif m["split_from"]:
            closing = m["split_to"] if len(m["split_to"]) == 4 else m["split_from"][:2] + m["split_to"]
            if int(closing) != int(m["split_from"]) + 1:
                continue  # 2024—2028年度 is a term of years, not one split year
            value = f"{m['split_from']}/{closing}"
        elif m["holiday_ref"]:
            if (holiday is None or NOT_THE_HOLIDAY.match(text, end)
                    or not _time_of_clause(text, start, end)):
                continue
            value = _day_of(holiday, text, end, published)
        elif m["holiday"] or m["chunyun"] or m["summer"]:
            value = _holiday(m, year if explicit_year else None, published, ref, text)
            if value is None:
                continue
        elif m["two_years"]:
            if ref is None:
                continue
            value = f"{ref}/{ref + 1}"
        elif m["streak"]:
            value = _streak(whole_number(m["streak"]), m["streak_unit"], mentions, anchor, ref, text, start)
            if value is None:
                continue
            own_clause = True
        elif m["days"]:
            # 今明两天 (today and tomorrow), 未来三天 (the next three days): from the article's day
            if not published or len(published) < 10:
                continue
            n = 1 if m["days"][1] == "明" else whole_number(m["days"][2:-1])
            if not n or n > 31:
                continue
            today = date.fromisoformat(published[:10])
            value = f"{today.isoformat()}/{(today + timedelta(days=n)).isoformat()}"
        elif m["adjacent_day"]:
            # 明天起，中东部地区将出现4—8℃降温: the day after the article's (昨天: the day before)
            if not published or len(published) < 10:
                continue
            shift = timedelta(days=1 if m["adjacent_day"] == "明天" else -1)
            value = (date.fromisoformat(published[:10]) + shift).isoformat()
        else:
            period = m["period"] or m["period2"]
            if period == "来":
                period = "以来"
            if year is None or (period == "全年" and (text.startswith(TARGET_WORDS, end)
                                                        and not YEAR_PLAN_VERB.match(text, end)
                                                        or YEAR_AS_SHARE_BASE.match(text, end)
                                                        or text.endswith(AFTER_COMPLETION, 0, start))):
                # 1至6月…，完成全年目标任务的58%: 全年 names the target, the share is of 1至6月;
                # 全部投产后，全年可发电约5.4亿度: a year's output once built, not this year
                continue
            if (period == "至今" and not (explicit_year or rel) and published and len(published) >= 10
                    and not _after_a_time(text, start)):  # (not 至今年, 至今日: CANDIDATE leaves them out)
                # 全面通水至今，已累计调水超过680亿立方米: up to the article's day
                mentions.append(TimeMention(start, end, published[:10], later_only=True, sentence_only=True))
                continue
            if not (explicit_year or rel) and period in PERIODS_NEEDING_A_YEAR and not (
                    period == "年内" and start and (text[start - 1] in "在于，," or text.endswith(PLAN_BEFORE_YEAR, 0, start))):
                # 十八大以来, 同期, 3年内: not a period without a year (but 将在年内交付, 计划年内完成: this year)
                continue
            if period is None:
                if not (explicit_year or rel):
                    continue
                if rel and text.startswith(FIRST_TIME_WORDS, end):
                    anchor = (year, end)  # 9月份，…今年首次实现20%以上的增长: 9月份 dates it, not 今年
                    continue
                value = f"{year:04d}"
            elif period in SAME_PERIOD_WORDS:
                if rel in ("去年", "上年"):
                    clause_only, shift, value = True, -1, None
                else:
                    continue
            else:
                if (not (explicit_year or rel) and pub_month in YEAR_JUST_ENDED_MONTHS and period in YEAR_END_PERIODS
                        and not _in_a_plan(text, start)):
                    year -= 1  # 全年…达到20133元 in a January or February story: the year just ended
                quarter = _quarter(period)
                if (not explicit_year and pub_month and quarter and 3 * quarter - 2 > pub_month + 2):
                    year -= 1  # 四季度 in a January story: a quarter not yet begun is last year's
                    anchor = (year, end)  # …, 全年 / 一季度…，四季度…: the same year
                    for i, earlier in enumerate(mentions):  # 一季度…，二季度…，四季度… of one sentence
                        if (earlier.start >= lo and SENTENCE_END.search(text, earlier.end, start) is None
                                and earlier.value and re.fullmatch(rf"{year + 1}-Q[1-4]", earlier.value)
                                and not text[earlier.start].isdigit()
                                and not text[earlier.start:earlier.end].startswith(("今年", "本年"))):
                            mentions[i] = TimeMention(earlier.start, earlier.end, f"{year}{earlier.value[4:]}")
                value = _period(year, period, asof)
                if value is None:
                    continue
                if period in SINCE and ref is not None and year < ref:
                    value = f"{year}/{ref}"  # 2016年以来, 去年以来, 2002年至今: from then to now, as 6年来
            if ((explicit or rel) and period not in SINCE_OR_SAME_PERIOD
                    and (m["asof"] != "到" or text.endswith(CHANGED_TO, 0, start))
                    and not (start and text[start - 1] in BASE_BEFORE)
                    and not _founding_year(text, start)):
                anchor = (year, end)
        if value and "/" not in value and published and _since_event(text, start, end):
            now = {10: published[:10], 7: published[:7], 4: str(ref) if ref is not None else None}.get(len(value))
            if now is not None and value < now:
                value += f"/{now}"  # 自9月27日铁路启动假期运输以来: from that day to the article's date
        if value and _horizon(text, start, end, m["asof"] == "到"):
            own_clause = True  # 生产计划已经排到了年底。: how long an activity runs, not the time of later figures
        if value and _founding_year(text, start):
            clause_only = True
        mentions.append(TimeMention(start, end, value, clause_only, shift, own_clause, later_only,
                                    text.startswith("至今", start)))  # (从1936年发现至今: 1936/2024, this sentence's)
        if (m["dm"] or m["dayonly"]) and value and len(value) == 10:
            last_day = value
            if asof or _reporting_day(text, start, end):
                as_of = (value, end)  # 目前 later in the sentence is that day
    return _joined_ranges(text, mentions)


def _after_a_time(text: str, start: int) -> bool:
    """2019年12月至今, 从那时至今: 至今 closes a span that a time opens."""
    return bool(start) and (text[start - 1].isdigit() or text[start - 1] in "年月日时后起初截")  # (截至今早8时)


# 记者13日从…获悉, 12月21日，记者从…获悉: the day a source told the reporter
REPORTED_AFTER_DAY = re.compile(r"(?:[，,]?记者)?(?:从|在)[^，,。；;！？\n]{1,40}?(?:获悉|了解到|得知)")
# a source's words right after a day (警方12日称，, 日本中央银行20日宣布，): they date the statement
STATED_AFTER_DAY = re.compile(r"[^，,。；;！？\n]{0,3}(?:称|表示|宣布|指出|透露|介绍|说)[，,：:]")


def _reporting_day(text: str, start: int, end: int) -> bool:
    reporter = text.endswith("记者", max(0, start - 2), start) or text.startswith(("记者", "，记者", ",记者"), end)
    return (reporter and REPORTED_AFTER_DAY.match(text, end) is not None
            or STATED_AFTER_DAY.match(text, end) is not None)


HOLIDAY = re.compile(rf"(?:{HOLIDAY_NAMES})[”\"]?(?:{HOLIDAY_WORDS})")


def article_holiday(text: str, published: str | None, ref: int | None) -> str | None:
    """The period of the first public holiday the text names (今年清明假期…), else None."""
    if "假" not in text and "黄金周" not in text:
        return None  # each of HOLIDAY_WORDS holds 假 or is 黄金周: most texts name no holiday
    for found in HOLIDAY.finditer(text):
        lo = max(0, found.start() - 6)  # room for a year or a quote before the name
        for mention in find_times(text, published, lo, found.end(), ref):
            if mention.end == found.end() and mention.value:
                return mention.value
    return None


@lru_cache(maxsize=None)
def holiday_periods() -> dict[str, dict[int, str]]:
    periods = {name: {int(year): str(period) for year, period in years.items()}
               for name, years in lexicon.load("time")["holidays"].items()}
    # 元旦春节: one season from New Year's Day to the Spring Festival holiday's end
    periods["元旦春节"] = {year: f"{new_year[:10]}/{periods['春节'][year][-10:]}"
                       for year, new_year in periods["元旦"].items() if year in periods["春节"]}
    return periods


@lru_cache(maxsize=None)
def holiday_names() -> dict[str, str]:
    return {str(k): str(v) for k, v in lexicon.load("time")["holiday_names"].items()}


# 中秋假期临近, 春节假期刚结束, 假期后: the days before or after, not the holiday
NOT_THE_HOLIDAY = re.compile(rf"临近|的?来临|将至|即将|的?到来|之前|前(?![0-9{CN_NUM}]+[天日])|刚结束|结束|刚过|过后|之后|后")
FIRST_DAY, LAST_DAY = ("首日", "第一天", "头一天"), ("最后一天", "收官日")
NTH_DAY = re.compile(rf"第([{CN_NUM}1-9])天")
FIRST_DAYS = re.compile(rf"前([{CN_NUM}0-9]{{1,3}})天")  # 春节假期前5天, 春运前33天: the first n days
# A bare 假期 is the article's holiday only where it stands as the time of a clause (这个假期，…,
# 假期期间，…, 假期首日), not as a modifier (迎来假期返程客流最高峰).
BARE_HOLIDAY_OPENERS = ("这个", "这一", "整个", "本次", "在", "今年的", "今年")


def _day_of(period: str, text: str, end: int, published: str | None) -> str:
    """清明假期首日 -> the holiday's first day; 第四天 -> its fourth; 最后一天 -> its last; 暑运以来 ->
    from its start to the story's day; else the whole period."""
    start = period[:10]
    if text.startswith(FIRST_DAY, end):
        return start
    if text.startswith(LAST_DAY, end):
        return period[-10:]
    first_days = FIRST_DAYS.match(text, end)
    days = whole_number(first_days.group(1)) if first_days else None
    if days:
        last = min((date.fromisoformat(start) + timedelta(days=days - 1)).isoformat(), period[-10:])
        return f"{start}/{last}" if last > start else start
    nth = NTH_DAY.match(text, end)
    if nth:
        day = date.fromisoformat(start) + timedelta(days=whole_number(nth.group(1)) - 1)
        return day.isoformat() if day.isoformat() <= period[-10:] else period
    if text.startswith("以来", end) and published and len(published) >= 10 and start < published[:10] < period[-10:]:
        return f"{start}/{published[:10]}"
    return period


def _time_of_clause(text: str, start: int, end: int) -> bool:
    """假期 at the head of its clause (after 这个/在…), or followed by 期间/里/首日…"""
    for opener in BARE_HOLIDAY_OPENERS:
        if text.endswith(opener, 0, start):
            start -= len(opener)
            break
    return (start == 0 or text[start - 1] in "，。；：！？\n、“ " or text.startswith(("期间", "里", "中"), end)
            or text.startswith(FIRST_DAY + LAST_DAY, end) or NTH_DAY.match(text, end) is not None)


TARGET_WORDS = ("目标", "计划", "任务")
YEAR_PLAN_VERB = re.compile(r"计划(?:完成|实现|投资|新增|开工|建设|安排)(?![\u4e00-\u9fff]{0,4}的)")  # 全年计划完成投资4300多亿元: the year's plan
# 完成全年1100万人目标任务的27%, 达到全年发放量的50%: the year's total is the base of a share
YEAR_AS_SHARE_BASE = re.compile(r"[^，,。；;]{0,10}?(?:(?:目标|任务|计划|总量|发放量)的"
                                r"|(?:目标|任务|计划)(?=[近超约逾]?[0-9０-９.一二三四五六七八九十]+(?:成|%|％)))")
STREAK_STARTS = ("起", "以来", "开始")  # 从2020年起, 连续两年: the streak's first year
FIRST_TIME_WORDS = ("首次", "第一次", "首度")  # 今年首次: "the first time this year"
RECORD_AFTER_SINCE = re.compile(r"的?(?:最|新高|新低)")
EVENT_THEN_SINCE = re.compile(r"[^，,。；;：:！？!?\n]{1,25}?以来")


def _since_event(text: str, start: int, end: int) -> bool:
    """自2013年提出共建“一带一路”倡议以来: from the time an event happened to now."""
    if not start or text[start - 1] not in "自从":
        return False
    since = EVENT_THEN_SINCE.match(text, end)
    return since is not None and not RECORD_AFTER_SINCE.match(text, since.end())
FAR_FROM_PUBLISHED = 200  # days; 国庆假期 in a January story is last October's


YEAR_JUST_BEFORE = re.compile(r"((?:19|20)[0-9]{2})年$")


def _nearest_year(starts: dict[int, str], ref: int, published: str | None) -> int:
    """The year (ref, or the one before or after) whose occurrence of a yearly date (`starts`: year ->
    its first day) is nearest the story, within FAR_FROM_PUBLISHED days; ref when none is."""
    if not (published and len(published) >= 10):
        return ref
    day = date.fromisoformat(published[:10])
    distance = {y: abs((date.fromisoformat(starts[y][:10]) - day).days) for y in (ref - 1, ref, ref + 1) if y in starts}
    near = [y for y, days in distance.items() if days < FAR_FROM_PUBLISHED]
    return min(near, key=distance.get) if near else ref


def _nearest_spring_festival(ref: int | None, published: str | None) -> date | None:
    """The Spring Festival (大年初一) nearest the story (除夕 in a story of late December is the coming one)."""
    if ref is None:
        return None
    festivals = spring_festivals()
    year = _nearest_year(festivals, ref, published)
    return date.fromisoformat(festivals[year]) if year in festivals else None


def _holiday(m: re.Match, year: int | None, published: str | None, ref: int | None, text: str) -> str | None:
    """春节假期 -> that year's official holiday; 春运首日 -> its first day; 暑期/暑运 -> July and August."""
    if m["holiday"] and m.start() and text[m.start() - 1] in CN_NUM + "第":
        return None  # 二十一…, 第十一…: a number, not the October holiday
    if NOT_THE_HOLIDAY.match(text, m.end()) or text.endswith("迎接", 0, m.start()):
        return None
    if m["summer"]:
        summer = year or ref
        if not summer:
            return None
        if m["summer"] == "暑期档":
            return f"{summer}-06/{summer}-08"  # the film industry's summer season runs June to August
        value = _day_of(f"{summer}-07-01/{summer}-08-31", text, m.end(), published)
        if m["summer"] == "暑期" and value == f"{summer}-07-01/{summer}-08-31":
            return f"{summer}-07/{summer}-08"  # the summer holidays as months; 暑运 is the transport's dated season
        return value
    periods = holiday_periods()["春运" if m["chunyun"] else holiday_names()[m["holiday"]]]
    if year is None:
        if ref is None:
            return None
        year = _nearest_year(periods, ref, published)  # the occurrence nearest the story
    period = periods.get(year)
    if period is None:
        return None
    if m["chunyun_part"]:
        return period[:10]  # 春运首日 (春运前33天 is read by _day_of)
    return _day_of(period, text, m.end(), published)


RANGE_JOINERS = ("至", "到", "-", "—", "–", "～", "~")
# 今天（4月14日）夜间到明天: a part of the first day before 到 still joins the two days
DAY_PART_GAP = re.compile(r"[）)]?(?:夜间|夜里|白天|上午|中午|下午|傍晚|晚上|晚间|早晨|凌晨)?")
MONTH_END = re.compile(r"([0-9]{4})-([0-9]{2})$")


def _streak(n: int | None, unit: str, mentions: list[TimeMention], anchor: tuple[int, int] | None,
            ref: int | None, text: str, start: int) -> str | None:
    """连续7年 (2023年, …): the n years up to the year named before it in the sentence, else the
    reference year (from it after 起/以来, which then dates later clauses with the span too);
    连续3个月 after 1至7月份: the n months up to that period's last month (of the sentence, else the
    paragraph's last month before: 4月份，…。…恢复水平连续三个月超80%)."""
    if not n:
        return None
    if unit == "年":
        in_sentence = anchor is not None and SENTENCE_END.search(text, anchor[1], start) is None
        if in_sentence and text.startswith(STREAK_STARTS, anchor[1]) and 1 < n <= 50:
            span = f"{anchor[0]}/{anchor[0] + n - 1}"  # 从2020年起，已连续两年: 2020 is the first year
            if mentions and mentions[-1].end == anchor[1]:
                # …，运送…约2300余人: that first year takes the span, which later clauses carry (the
                # streak itself dates its own clause only)
                mentions[-1] = replace(mentions[-1], value=span)
            return span
        last = anchor[0] if in_sentence else ref
        return f"{last - n + 1}/{last}" if last is not None and 1 < n <= 50 else None
    if not 1 < n <= 12:
        return None
    before = [m for m in mentions if m.value and SENTENCE_END.search(text, m.end, start) is None]
    if before:
        month = MONTH_END.search(before[-1].value)
    else:
        month = next(filter(None, (MONTH_END.search(m.value) for m in reversed(mentions) if m.value)), None)
    if month is None:
        return None
    year, last_month = int(month.group(1)), int(month.group(2))
    first_month = last_month - n + 1
    first_year = year if first_month >= 1 else year - 1
    return f"{first_year:04d}-{(first_month - 1) % 12 + 1:02d}/{year:04d}-{last_month:02d}"


def _joined_ranges(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """从6月底到8月底, 2021年至2023年, 今天起到9月10日: two times of one kind joined by 至/到 are one period
    (also a year and a later month: 2012年至2021年4月份)."""
    if len(mentions) < 2:
        return mentions  # most paragraphs name one time or none
    joined: list[TimeMention] = []
    for mention in mentions:
        if joined and joined[-1].value and mention.value:
            first = joined[-1]
            last = mention.value
            if len(first.value) == 7 and len(last) == 10:
                last = last[:7]  # 从5月到今年年底: a period of months
            elif len(first.value) == len(last) == 7 and "年" not in text[mention.start:mention.end]:
                last = first.value[:5] + last[5:]  # 2024年7月至9月: the months of the year written first
            # 2012年至2021年4月份: from a year to a month of a later year, written as given
            from_a_year = len(first.value) == 4 and len(last) in (7, 10) and first.value < last[:4]
            if ((len(first.value) == len(last) in (4, 7, 10) or from_a_year)
                    and first.value < last and not (first.clause_only or mention.clause_only)):
                gap = text[first.end:mention.start]  # sliced last: most pairs are not a range
                if gap in RANGE_JOINERS or (text[mention.start] in "到至" and (
                        gap in ("", "起") or DAY_PART_GAP.fullmatch(gap))):
                    joined[-1] = TimeMention(first.start, mention.end, f"{first.value}/{last}")
                    continue
        joined.append(mention)
    return joined


SENTENCE_END = re.compile(r"[。！？!?\n]")


YEAR_END_PERIODS = ("全年", "年底", "年末")
AFTER_COMPLETION = ("后，", "后,", "后")  # 投产后，全年…: 全年 then means any whole year
YEAR_JUST_ENDED_MONTHS = (1, 2)  # annual figures are out by mid-January; in March the year's plans are told
# a plan's verbs (目标 is not one: 超过年度任务目标 reports a result)
PLAN_VERBS = re.compile("|".join([word for word in PLAN_WORDS if word != "目标"] + ["确保", "将", "要"]))


def _in_a_plan(text: str, start: int) -> bool:
    """A plan's verbs in the sentence around start (全年粮食播种面积预计超过1亿亩)."""
    opens = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    found = SENTENCE_END.search(text, start)
    return PLAN_VERBS.search(text, opens, found.start() if found else len(text)) is not None


def _opens_next_sentence(text: str, anchor_end: int, start: int) -> bool:
    """text[start] opens the sentence right after the one ending the anchor, in the same paragraph."""
    return text[start - 1] == "。" and SENTENCE_END.findall(text, anchor_end, start) == ["。"]


BASE_BEFORE = "比较与超"


QUARTER_LAST_DAYS = (31, 30, 30, 31)


def _quarter(period: str) -> int | None:
    """一季度, 第3季度, 三季度末 -> its number; None for other periods (前三季度 included)."""
    at = period.find("季度")
    if at < 1 or period.startswith("前"):
        return None
    return "一二三四1234".index(period[at - 1]) % 4 + 1


def _period(year: int, period: str, asof: bool) -> str | None:
    if period in ("上半年", "前半年", "前两季度"):
        return f"{year}-H1"
    if period == "下半年":
        return f"{year}-H2"
    if period == "前三季度":
        return f"{year}-01/{year}-09"
    quarter = _quarter(period)
    if quarter:
        if period.endswith(("末", "底")):  # 三季度末: the quarter's last day, as of which a stock is told
            return f"{year}-{3 * quarter:02d}-{QUARTER_LAST_DAYS[quarter - 1]}"
        return f"{year}-Q{quarter}"
    if period.startswith("前") and period.endswith("月"):
        n = whole_number(period[1:].rstrip("月").rstrip("个"))
        return f"{year}-01/{year}-{n:02d}" if n and 1 < n <= 12 else None
    if period in ("年末", "末"):  # 2023年末, 年末: the statistical year-end, a day (finance sets 4 and 13)
        return f"{year}-12-31"
    if period in ("年底", "底"):  # 今年底, 去年底: the year's last month, unless told as of it (截至年底)
        return f"{year}-12-31" if asof else f"{year}-12"
    return f"{year}"  # 全年, 年初, 年内, 今年以来


def shift_year(value: str, years: int) -> str:
    """'2022-03-08' shifted by -1 year -> '2021-03-08' (every year in the string)."""
    return re.sub(r"(?:19|20)[0-9]{2}", lambda y: str(int(y.group()) + years), value)
