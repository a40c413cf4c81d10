"""POLICY (titles in 《》), PROGRAM (named campaigns, activities, platforms, brands) and GROUP
(target population groups), from rules and the lexicons in pipelines/data/entities/."""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Entity
from . import lexicon
from .matcher import FOREIGN, GROUP, PLACE, PROGRAM, Hit
from .places import CJK

TITLE = re.compile(r"《([^《》\n]{2,80})》")
QUOTED_ITEM = r"(?:“[^“”\n]{2,24}”|‘[^‘’“”\n]{2,24}’)"
# quoted items joined by a separator or none; it opens with an item (not a repeat), so the regex
# engine skips to the quote marks instead of trying every position
QUOTED_RUN = re.compile(rf"{QUOTED_ITEM}(?:[、，,和及与]?{QUOTED_ITEM})*[、，,和及与]?")
QUOTED = re.compile(r"“([^“”\n]{2,24})”|‘([^‘’“”\n]{2,24})’")
# a quoted name directly followed by one of these words keeps it (“七个一”行动 -> 七个一行动)
KEEP_SUFFIX = re.compile(r"(?:专项行动|培训行动|行动|模式|工程|计划)(?![\u4e00-\u9fff]*?(?:计划|行动))")
# a quoted name followed within a few characters by one of these is a programme (…系列活动, …等劳务品牌)
TRIGGER = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:行动|活动|计划|工程|品牌|平台|招聘会|专题|主题|系列|专场|大赛|比赛|"
                     r"招聘月|服务月|援助月|工作站|驿站|超市|夜市)")
SELF_NAMED = re.compile(r"(?:行动|专项活动|计划|工程|招聘月|援助月|服务月|服务季|大赛|直通车|夜市|超市|网课|课堂)$")
ENUMERATION = re.compile(r"[一二两三四五六七八九十百千万]+[大项个条种类]")
UNQUOTED = re.compile(r"(?:开展|实施|启动|举办|推进|暨|参加|组织)"
                      r"([\u4e00-\u9fff]{3,16}?(?:专项行动|行动|专项活动|活动))")
GENERIC_ACTIVITY = ("招聘活动", "培训活动", "宣传活动", "服务活动", "帮扶活动", "慰问活动", "直播活动", "专项活动",
                    "系列活动", "主题活动", "线上活动", "线下活动", "各类活动", "相关活动", "行动")
SLOGAN_CHARS = set("，,。；;！!？?")
# named events (2023世界智能制造大会, 杭州亚运会, 中非合作论坛北京峰会): the event word is found
# first, the name is read back from it (a year or a name of a few characters); events known by their
# own short name (亚残运会, 广交会) stand alone
EVENT_WORD = re.compile(
    r"(?:亚运会|亚残运会|残运会|奥运会|残奥会|冬奥会|冬残奥会|运动会|世运会|大运会|博览会|交易会|进博会|服贸会|广交会|"
    r"消博会|链博会|数博会|设计周|艺术节|电影节|文化节|旅游节|大会|峰会|大赛|锦标赛|世界杯)"
    r"(?!堂|[\u4e00-\u9fff]{0,2}(?:组委|执委|秘书处|委员会|办公室|场馆|代表团|村))")
EVENT_NAME_MAX = 16  # characters of name before the event word
# how an event's name opens: a year, a scope word or a place (the place is checked by the caller)
EVENT_OPENING = re.compile(r"20[0-9]{2}|中国|世界|全球|国际|全国|亚洲|亚欧|东亚|中非|中阿|中亚|中国—|海峡|两岸|金砖|"
                           r"二十国集团|上海合作组织|上合|联合国|夏季|冬季|第[0-9一二三四五六七八九十]+届")
STANDALONE_EVENTS = ("亚运会", "亚残运会", "奥运会", "残奥会", "冬奥会", "冬残奥会", "世运会", "大运会", "进博会",
                     "服贸会", "广交会", "消博会", "链博会", "数博会", "世界杯")
# where a name read back from its event word starts: after these words (会见来华出席|中非合作论坛北京峰会)
EVENT_LEAD = re.compile(r".*(?:[，。、；：“”（）《》\s届]|出席|参加|举办|举行|召开|开好|开幕|闭幕|亮相|参观|备战|会见|来华|"
                        r"第[0-9一二三四五六七八九十百]+[届次]|在|和|与|及|暨|的|是|为|将|要|了)")
# a run that describes an event rather than naming it (本届大会, 这次峰会, 全体大会)
EVENT_NOT_NAME = re.compile(r"本届|本次|这次|此次|该|每届|历届|各类|各种|一系列|相关|有关|全体|期间|代表大会|"
                            r"队|首次|包揽|获得|进入|结束|办好|落实|筹备|出征|视察|致辞|期待|实现|主持|提请|学习|祝愿|"
                            r"等|按照|继|表示|主办|夺得|选手|"
                            r"^(?:表彰|庆祝|动员|誓师|总结|纪念|追悼|欢迎|颁奖|成立|职工|会员|推进|部署|工作)大会$")


@lru_cache(maxsize=1)
def _title_rules() -> list[tuple[str, str]]:
    rows = [(r["ending"], r["type"]) for r in lexicon.table("title_rules.tsv")]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,20}[)）]$")  # （2023—2035年）, （修订草案）, （十二）


def classify_title(title: str) -> str | None:
    core = TRAILING_NOTE.sub("", title.strip()) or title
    for candidate in (core, title):
        for ending, kind in _title_rules():
            if candidate.endswith(ending):
                return kind
    return None


# a bare document-type word in 《》 (《决定》, 《意见》, 《条例》) refers back to the document named before
GENERIC_DOCUMENT = {"办法", "方案", "意见", "实施意见", "指导意见", "通知", "规划", "计划", "清单", "条例", "法",
                    "规定", "决定", "纲要", "细则", "实施细则", "措施", "若干措施", "举措", "标准", "指南", "目录",
                    "政策", "制度", "公告", "通告", "决议", "报告", "白皮书", "公约", "协定", "协议", "章程", "准则",
                    "名单", "名录", "要点", "行动", "行动方案", "行动计划", "实施方案", "工作方案", "规划纲要",
                    "纲领", "规则", "建议", "条约", "修正案", "草案", "读本", "问答", "概论", "汇编", "文件"}
ALIAS_CUE = re.compile(r"简称[“”\s]*$")
INNER_TITLE = re.compile(r"〈([^〈〉]{2,60})〉")


def find_titles(text: str) -> list[Entity]:
    """POLICY and ORG titles in 《》, one per mention.

    A back-reference (以下简称《条例》, a later bare 《若干措施》) to the document already listed is a second
    surface form of it and is listed as written (holdout gold: 《若干措施》 beside the full title). A bare
    document word with no document before it names nothing and is left out.
    """
    out = []
    aliases: dict[str, str | None] = {}
    previous: str | None = None  # name of the title just before, when it is a POLICY
    for m in TITLE.finditer(text):
        inner = m.group(1).strip()
        core = TRAILING_NOTE.sub("", inner) or inner
        if ALIAS_CUE.search(text[max(0, m.start() - 8):m.start()]):
            aliases[inner] = previous  # （以下简称《纲要（2023年版）》）; 简称《读本》 after a book: nothing
        if inner in aliases:
            if aliases[inner] is not None:
                out.append(Entity("POLICY", m.group(1), inner, m.start(1), m.end(1)))
            continue
        kind = classify_title(inner)
        if kind == "POLICY" and (inner in GENERIC_DOCUMENT or core in GENERIC_DOCUMENT):
            antecedent = next((e for e in reversed(out) if e.type == "POLICY" and e.name.endswith(core)
                               and e.name != inner), None)
            if antecedent is not None:
                out.append(Entity("POLICY", m.group(1), inner, m.start(1), m.end(1)))
            continue
        previous = inner if kind == "POLICY" else None
        if kind in ("POLICY", "ORG"):
            out.append(Entity(kind, m.group(1), inner, m.start(1), m.end(1)))
        for n in INNER_TITLE.finditer(m.group(1)):  # 《关于军队执行〈中华人民共和国刑事诉讼法〉若干问题的规定》
            if classify_title(n.group(1)) == "POLICY":
                s = m.start(1) + n.start(1)
                out.append(Entity("POLICY", n.group(1), n.group(1).strip(), s, s + len(n.group(1))))
    return out


def find_programs(text: str, hits: list[Hit]) -> list[Entity]:
    out: dict[tuple[int, int, str], Entity] = {}

    def add(s, e, name):
        name = name.replace("“", "").replace("”", "").strip()
        if len(name) >= 2 and (s, e, name) not in out:
            out[(s, e, name)] = Entity("PROGRAM", text[s:e], name, s, e)

    lexicon_hits = [h for h in hits if PROGRAM in h.kinds]
    for hit in lexicon_hits:  # 微信 inside 微信视频号 is not a mention of its own
        if not any(o.start <= hit.start and hit.end <= o.end and o != hit for o in lexicon_hits):
            add(hit.start, hit.end, hit.key)

    for q in QUOTED.finditer(text):  # “春季促就业攻坚行动”: the quoted words name a programme themselves
        inner = q.group(q.lastindex)
        if SELF_NAMED.search(inner) and not (set(inner) & SLOGAN_CHARS) and not ENUMERATION.search(inner):
            offset = q.start(q.lastindex)
            for part in inner.split("暨"):  # 点亮万家灯火暨春风行动 names two programmes
                add(offset, offset + len(part), part)
                offset += len(part) + 1

    for run in QUOTED_RUN.finditer(text):
        after = text[run.end():run.end() + 16]
        quotes = list(QUOTED.finditer(run.group(0)))
        keep = KEEP_SUFFIX.match(after)
        trigger = TRIGGER.match(after)
        # “人社局长进校园”“百日千万招聘专项行动”: quotes listed beside a named programme are programmes
        sibling = len(quotes) > 1 and any(SELF_NAMED.search(q.group(q.lastindex)) for q in quotes)
        if not (keep or trigger or sibling) or ENUMERATION.search(after[:(trigger.end() if trigger else 4)]):
            continue
        if len(quotes) == 1 and keep:
            q = quotes[0]
            s = run.start() + q.start(q.lastindex)
            inner = q.group(q.lastindex)
            if not (set(inner) & SLOGAN_CHARS) or len(inner) <= 12:
                e = run.end() + keep.end()
                add(s - 1, e, inner + keep.group(0))
            continue
        parts = [p for q in quotes for p in re.split("[、，,]", q.group(q.lastindex))]
        if all(len(p) <= 2 for p in parts) and not all(p[:1] in "一二三四五六七八九十百千万" for p in parts):
            continue  # 为民、利民、便民、惠民 and 点对点-like slogans
        for q in quotes:
            inner = q.group(q.lastindex)
            s = run.start() + q.start(q.lastindex)
            parts = inner.split("暨") if "暨" in inner else [inner]
            offset = 0
            for part in parts:
                add(s + offset, s + offset + len(part), part)
                offset += len(part) + 1

    for m in UNQUOTED.finditer(text) if "行动" in text or "活动" in text else ():  # (what each match ends with)
        name = m.group(1)
        if name in GENERIC_ACTIVITY or name.endswith(GENERIC_ACTIVITY[:-2]) and len(name) < 8:
            continue
        if re.search(r"[的了和与及等各]|线上|线下|专场|招聘|系列|对接|开展|实施|组织|举办", name):
            continue
        add(m.start(1), m.end(1), name)
    if "会" in text or "赛" in text or "节" in text or "周" in text or "杯" in text:
        place_starts = {h.start for h in hits if PLACE in h.kinds or FOREIGN in h.kinds}
        for m in EVENT_WORD.finditer(text):
            e = m.end()
            window = max(0, m.start() - EVENT_NAME_MAX, text.rfind("\n", 0, m.start()) + 1)
            lead = EVENT_LEAD.match(text, window, m.start())
            s = lead.end() if lead else window
            if not lead and s and CJK.match(text[s - 1]):
                continue  # no boundary within reach: part of a longer phrase
            name = text[s:e]
            if not (name in STANDALONE_EVENTS or s in place_starts or EVENT_OPENING.match(name)):
                continue  # 中国队首次包揽奥运会, 全面落实峰会: a clause, not a name
            if (len(name) < 4 and name not in STANDALONE_EVENTS) or EVENT_NOT_NAME.search(name):
                continue
            if not any(k[0] <= s < k[1] for k in out):
                add(s, e, name)
    titles = [(m.start(), m.end()) for m in TITLE.finditer(text)]
    kept = [e for e in out.values() if not any(a <= e.start and e.end <= b for a, b in titles)]
    return sorted(kept, key=lambda e: e.start)


def find_groups(text: str, hits: list[Hit]) -> list[Entity]:
    spans = [h for h in hits if GROUP in h.kinds]
    out = []
    for h in spans:
        if any(o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in spans):
            continue  # 失业人员 inside 登记失业人员
        out.append(Entity("GROUP", h.key, h.key, h.start, h.end))
    return out
