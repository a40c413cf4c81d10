"""LOC mentions: divisions (with codes), villages, development zones, foreign places, groupings,
one-character province abbreviations."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..models import Entity
from . import gazetteer, lexicon
from .gazetteer import ADJACENT, CONTEXT, COUNTY, FREE, PREFECTURE, PROVINCE, TOWNSHIP, NameForm, Place
from .matcher import FOREIGN, ORG_CORE, PLACE, REGION_GROUP, Hit
from .people import TRANSLIT

# 抵达布达佩斯, 参加沙特, 就任巴西 end verbs; 科罗马 is a name; 巡回赛瑞典, 获得亚洲, 中欧班列中东欧,
# 经济, 主义, 实施 end words
TRANSLIT_TAIL = TRANSLIT - set("达加任别申登勃列济义赛侯玛翰逊吕歇施凡叶哲得娃恰廉琴露芭珀武连欧夏南滕祖略昌旺敦久汀茂思良捷留丘圭纽延坤瑙季")

CJK = re.compile(r"[\u4e00-\u9fff]")
# common words whose last character is also a transliteration character (很多|哈萨克斯坦, 国内外|…)
WORDS_ENDING_IN_TRANSLIT = {"很多", "许多", "众多", "诸多", "更多", "较多", "最多", "大多", "居多", "增多", "其他", "来自"}
# characters that never stand inside a place-name core (function words, numerals-as-words, pronouns)
NON_NAME = set("的在和与及等各全本该这那其每个为是了将对从到把被向于以或也都又就并而且由给让使着过"
               "、，。；：！？“”‘’（）()《》「」 \u3000\n\t,.;:!?0123456789０１２３４５６７８９")
# two-character verbs before a place name that mark its left edge (纪念延安双拥运动, 考察湘西, 驰援涿州)
LEFT_CUE_WORDS = {"纪念", "考察", "视察", "调研", "访问", "走进", "来到", "前往", "抵达", "位于", "地处", "途经", "连接",
                  "辐射", "支援", "对口", "援助", "驰援", "奔赴", "赶赴", "落户", "扎根", "深耕", "离开", "飞抵", "返回",
                  "包括", "覆盖", "联通", "直达", "开往", "发往", "运往", "销往", "来自", "出发",
                  # 出席成都大运会, 祝贺杭州亚运会, 中欧班列西安集结中心, 弘扬延安精神
                  "出席", "举行", "举办", "召开", "祝贺", "参加", "其中", "运抵", "结束", "弘扬", "称赞",
                  "入住", "班列", "领导人",
                  # a railway's stations and regional groups: 朔黄铁路黄骅港, 中国铁路南昌局集团有限公司
                  "铁路"}
# characters before a place name that mark its left edge (赴深圳, 前往宁乡, 从吉首东站)
LEFT_CUES = set("赴到在往至去回来从驻自返于经向与和及同跟对由达临进入援")
# two-character foreign names that are also parts of ordinary words (增加纳税, 司马里)
GUARDED_FOREIGN = {"加纳", "马里", "多哥", "乍得", "古巴", "智利", "不丹", "苏丹", "也门", "汤加", "黑山",
                   "阿曼", "巴林", "刚果", "秘鲁", "文莱", "海地", "中亚", "中东", "北美", "南美", "印尼", "得州",
                   "西顿", "朱巴", "布城", "刻赤", "都灵", "提尔"}
# foreign names whose first character ends common words: blocked only after those words (参加沙特)
# words after a guarded foreign name that show the place is meant, whatever stands before it
# (第一次中东战争, 推动中东和平)
PLACE_USE_AFTER = ("战争", "地区", "局势", "和平", "冲突", "问题", "国家", "各国", "特使", "安全", "政局", "危机")
WORD_TAIL_FOREIGN = {"加沙": set("参增追添施附外更叠倍"), "加沙地带": set("参增追添施附外更叠倍"),
                     "达卡": set("抵到直送下传表转通发高长")}  # 抵达卡赫拉曼马拉什省
ABBR_BLOCKED = {"京剧", "京东", "京味", "京腔", "京城", "沪深", "沪指", "鲁迅", "粤语", "粤菜", "湘菜",
                "川菜", "鲁菜", "浙商", "晋商", "徽商", "闽商", "苏商", "赣商", "豫剧", "川剧", "京津"}
# cue + character pairs that are ordinary words (小麦返青, 客船离港)
CUE_ABBR_WORDS = {"返青", "离港", "进港", "入港", "出港", "回港", "入藏", "离京剧"}
ABBR_ACTIVITY_NEXT = ("就业", "务工", "工作", "发展", "创业", "投资", "学习", "求职", "返岗", "上岗", "旅游",
                      "考察", "调研", "访问", "过年", "过节", "安家", "落户", "办厂", "兴业", "置业", "从业",
                      # 在京召开, 在京会见, 在京首发: meetings and events held in the capital
                      "召开", "举行", "举办", "会见", "会谈", "出席", "开幕", "闭幕", "逝世", "看望", "接见",
                      "首发", "发布", "启动", "成立", "签署", "签约", "颁奖", "开班", "演出", "隆重")
# what is sent to or stationed in a place written with its abbreviation (援港医疗队, 援疆干部, 驻港部队)
ABBR_SENT_NEXT = ("医疗队", "干部", "人才", "物资", "项目", "资金", "部队", "专家", "教师", "医生", "医护", "队员",
                  "工作队", "服务队")
# China and its partners written with one character each before what they share (中美关系, 中日韩合作,
# 中俄边境): each partner country is named; 欧 is Europe (中欧班列, 中欧关系: annotators name 欧洲).
# Ambiguous characters (巴, 印, 新, 澳, 乌) are left out.
PARTNER_ABBR = {"美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国", "法": "法国", "德": "德国", "英": "英国",
                "朝": "朝鲜", "越": "越南", "老": "老挝", "柬": "柬埔寨", "缅": "缅甸", "蒙": "蒙古国",
                "哈": "哈萨克斯坦", "塞": "塞尔维亚", "匈": "匈牙利", "泰": "泰国", "菲": "菲律宾", "意": "意大利",
                "加": "加拿大", "欧": "欧洲"}
PARTNER_PAIR_RE = re.compile(
    "中([" + "".join(PARTNER_ABBR) + "]{1,3})(?=两国|三国|双方|三方|关系|建交|合作|贸易|经贸|友好|友谊|战略|元首|"
    "会谈|会晤|人文|交流|联合|边境|自贸|投资|外交|外长|峰会|论坛|领导人|地方|青年|商会|企业|铁路|班列|海上|军事|直航|航线)")
# a country's name before 文/语 ending a word (葡萄牙文、越南文等6个语种版本, 用越南语交流) names its language
LANGUAGE_AFTER = re.compile(r"语|文(?=[版本、和与及等，,。）)\s]|$)")
# A foreign country written with one character as a side, a speaker or an army (俄称, 美方, 以军, 美军方)
# or paired with another (俄乌冲突, 巴以局势, 美西方, 来自美英等10多个北约国家): each country is named.
SIDE_ABBR = {**{c: PARTNER_ABBR[c] for c in "俄美英法德日韩朝"}, "乌": "乌克兰", "以": "以色列", "叙": "叙利亚"}
SIDE_ABBR_RE = re.compile(rf"([{''.join(SIDE_ABBR)}])(?:军|方(?![面向式法案针便位])|称)")
# what may stand before such a one-character country (besides no Chinese character at all)
SIDE_ABBR_AFTER = set("，。、；：“”（）了和与对向在据称同被由将把") | set("持及促求望吁责示")  # 支持俄方, 涉及俄方, 敦促美方
# each alternative starts with its literal pair, so the engine can skip to the pair's first characters
PAIRED_ABBR_RE = re.compile("|".join(pair + "(?=冲突|双方|局势|战争|战事|谈判|停火|关系|同盟|联合|军演|领导人|等)"
                                     for pair in ("俄乌", "乌俄", "巴以", "美以", "美英", "美日韩", "美日", "美韩"))
                            + "|美西方")
PAIRED_ABBR = {**SIDE_ABBR, "巴": "巴勒斯坦"}
PAIR_GROUP_BEFORE = frozenset("欧中亚")  # 欧美日, 中美英
# a foreign country or Hong Kong / Taiwan written with one character before 资 + a business word
# (德资企业, 日资车企, 港资银行): the capital's country is named
CAPITAL_ABBR = {c: PARTNER_ABBR[c] for c in "德日美韩法英"}
CAPITAL_ABBR_RE = re.compile(r"([德日美韩法英港台])资(?=企业|公司|车企|银行|机构|项目|工厂|品牌|背景|控股|药企)")
# named facilities written after the place they stand in (文昌航天发射场, 吉首东站, 宁乡高铁站)
FACILITY_AFTER = re.compile(r"航天发射场|卫星发射中心|发射场|国际机场|机场|高铁站|火车站|客运站|[东西南北]站|港(?![口币元澳])|"
                            r"口岸|海关")
# a branch of an institution named after the place it stands in (江西省儿童医院红谷滩分院)
BRANCH_AFTER = re.compile(r"分院|分校|院区|校区|分行|支行|分公司|分馆")
DEV_ZONE_SUFFIX = re.compile(
    r"高新技术产业开发区|经济技术开发区|高新技术开发区|经济开发区|高新区|经开区|开发区|工业园区|工业园|"
    r"工业集中区|产业园区|自由贸易试验区|自贸试验区|自贸区|自由贸易港|自贸港|综合保税区|保税区|新区")
# parks and demonstration zones named by the place they are in and a longer core, kept as written
# (北京中德产业园, 北京市高级别自动驾驶示范区, 清徐精细化工循环产业园)
OWNED_PARK_SUFFIX = re.compile(r"产业园(?!区)|示范区")
MAX_PARK_CORE = 8
MAX_ZONE_CORE = 4  # 成都东部新区: a short core between the place and a development-zone word
MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}
COMPASS_PARTS = ("东部", "西部", "南部", "北部", "中部", "东北部", "西北部", "东南部", "西南部")  # of a place
DEV_ZONE_EXPAND = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
# short zone words written out in full only after their place (海南自贸港 -> 海南自由贸易港)
OWNED_ZONE_EXPAND = {"自贸港": "自由贸易港"}
DEV_ZONE_BAD_CORES = {"低效", "智能", "能化", "服务", "建设", "发展", "城市", "产业", "重点", "特色", "现代", "各类", "相关", "省级",
                      "国家", "国家级", "市级", "县级", "示范", "创业", "农业", "科技", "物流", "数字", "双创",
                      "各个", "当地", "周边", "这个", "一个", "全市", "全省", "全县", "全区", "绿色", "智慧", "生态",
                      "化工", "循环"}  # 绿色工业园区267家: a kind of park
VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,4}?)(村|社区|嘎查)(?![委级民落])")
DOUBLED_VILLAGE = re.compile(r"村(?=[，,、。；;）)\n]|$)")  # 中村村、: the village is 中村村, not 中村
VILLAGE_BAD_CORES = {"村", "农", "新农", "乡", "山", "本", "该", "全", "各", "邻", "同", "回", "进", "驻", "下", "到",
                     "城乡", "乡镇", "美丽乡", "示范", "行政", "自然", "贫困", "脱贫", "中心", "受灾", "灾区",
                     "亚运", "大运", "亚残运", "奥运", "冬奥", "残奥", "冬残奥", "青奥", "世运"}  # athletes' villages
# compass regions (华北, 西南) are groupings, but not as directions (东北部, 西南方向, 西北风, 向西北)
COMPASS_REGIONS = {"华北", "东北", "华东", "华中", "华南", "西南", "西北", "黄淮", "江淮", "江汉", "江南"}
COMPASS_NOT_AFTER = set("部方风向侧角面边端亚欧非美虎太坡麓岸")
COMPASS_NOT_BEFORE = set("向往朝偏正东西南北")
# one-character province names: 川西北地区, 辽西北地区 are parts of a province, not China's regions
PROVINCE_CHARS = set("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台")
# a short place name glued after a word, starting with a water or mountain word, that is really the
# end of a feature name (永定河|北京段, 泰山|东麓, 黄河|南岸)
FEATURE_FIRST = set("河湖江山海")
FEATURE_EDGE = set("岸麓畔")
FEATURE_SIDE = set("部面侧端边")  # after a feature word + compass word (太湖北部)
# a short city/county name followed by a river word is the river (沅江江畔, 赤水河, 黄浦江)
RIVER_AFTER = set("江河湖溪")
ADMIN_END = set("市县区州盟旗镇乡村省")
STREET_OR_SECTION = set("段街路道桥")  # 铜陵河段, 常德河街: the place itself
# a street named after a place (玉林东街, 南京东路, 北京路88号): the street, not the place
STREET_NAME = re.compile(r"[东西南北中](?:大街|大道|路|街)|(?:大街|大道|路|街)[0-9０-９]+号"
                         r"|大街(?!小巷)|大道|路(?![线径演况面网费桥口段过上由])")  # 广州天河路商圈, 上海南京路步行街
# a place right after a time word is not glued into a word (今年唐山, 3日上饶); after a city name
# these start no word with it (唐山市, 宜昌等地, 宜昌至荆门)
TIME_WORD_END = set("年月日天")
DATE_WORD_HEADS = set("今去明当同昨")  # 今年, 去年, 当天, 昨天…
# characters that end a word right before a city name (中国成都, 举办杭州亚运会, 继深圳, 调任武汉,
# 长江干流铜陵河段, 大区杭州临安, 中亚西安峰会)
GLUE_OK_BEFORE = set("国办继任接怀流程区团院桥亚江省市县州段城持军设降路练届暨据抵")
PLACE_FOLLOW = set("市州盟县区地等和与及至到、的籍人")
# county names that are also direction words (北京南部、天津): no list licence for them
DIRECTION_NAMES = {"南部", "北部", "东部", "西部", "中部", "东南", "西南", "东北", "西北", "东方", "南方"}
# words after the short form of a foreign state that make it part of another name (宾夕法尼亚大学,
# 堪萨斯城, 田纳西河, 俄亥俄级)
SHORT_FORM_NOT_BEFORE = ("大学", "州立", "城", "河", "号", "级", "湖", "山")
# characters after 城市 + 市 that make 市 the start of a word (伦敦市场, 东京市民, 德黑兰市中心)
FOREIGN_CITY_NOT = set("场民长委区县政值面容井中")
# foreign names that are not cities or regions with a 州/省 of the same name
COUNTRY_LIKE = {"美国", "英国", "法国", "德国", "中东", "北美", "南美", "欧洲", "非洲", "亚洲", "拉美"}
# foreign names that also start transliterated personal names (法国前总理拉法兰)
NAME_HEAD_FOREIGN = {"拉法"}
# 中非 is China-Africa (中非合作论坛) unless the republic is meant
CENTRAL_AFRICA = "中非"
# what China and Africa share (中非合作, 中非命运共同体, 中非友好), as the corpus writes it
CHINA_AFRICA_AFTER = ("合作", "关系", "友好", "友谊", "命运", "经贸", "团结", "人民", "双方", "务实", "共建", "携手",
                      "集体", "贸易", "青年", "媒体", "农业", "人才", "创新", "减贫", "全面", "高质量", "现代", "共同",
                      "领导人", "发展", "和平", "人文", "交流", "伙伴", "友城", "投资")
SUB_TOWNSHIP = re.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?![政府党长干村镇土亲])")


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    place: Place | None = None
    kind: str = "division"  # division | village | zone | foreign | grouping | abbreviation


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], set[str], set[str], set[str]]:
    gaz = gazetteer.load()
    mapping = {}
    for row in lexicon.table("province_abbreviations.tsv"):
        place = gaz._find(row["province"], None)
        if place:
            mapping[row["abbr"]] = place.code
    strong_before, weak_before, after = set(), set(), set()
    for row in lexicon.table("province_abbreviation_cues.tsv"):
        if row["position"] == "before":
            (strong_before if row["strength"] == "strong" else weak_before).add(row["cue"])
        else:
            after.add(row["cue"])
    return mapping, strong_before, weak_before, after


@lru_cache(maxsize=1)
def _weak_abbreviations() -> set[str]:
    return set(lexicon.comment_directive("province_abbreviation_cues.tsv", "weak_abbreviations"))


@lru_cache(maxsize=1)
def _abbr_regex() -> re.Pattern:
    """A one-character province abbreviation right after a cue or right before one. The character
    comes first and the cue before it is looked behind for from there: a pattern opening with a
    character class is skipped to, one opening with a lookbehind is tried at every position."""
    mapping, strong, weak, after = _abbreviations()
    chars = "".join(sorted(mapping))
    cues_before = "".join(sorted(strong | weak))
    cues_after = "|".join(sorted(after))
    return re.compile(rf"[{chars}](?:(?<=[{cues_before}].)|(?=(?:{cues_after})))")


@lru_cache(maxsize=None)
def _free_place(name: str) -> tuple[Place, tuple[str, ...]] | None:
    """The place a name's FREE forms name unambiguously, with its code and its ancestors' codes."""
    free = [f for f in gazetteer.load().candidates(name) if f.strength == FREE]
    if not free or len({f.place.code for f in free}) > 1 and free[0].place.level == free[1].place.level:
        return None
    place = free[0].place
    return place, (place.code, *place.ancestors())


def context_codes(hits: list[Hit], title_hits: list[Hit], text: str = "") -> Counter:
    """Codes (with ancestors) of places named unambiguously by FREE forms, counted."""
    counts: Counter = Counter()
    for n, hit in enumerate(list(title_hits) + list(hits)):
        if PLACE not in hit.kinds:
            continue
        found = _free_place(hit.key)
        if found is None:
            continue
        place, codes = found
        if place.level >= 3 and n >= len(title_hits) and not (
                _previous_ok(text, hit.start) or text[hit.start - 1] in LEFT_CUES):
            continue  # 海城市 inside 滨海城市 is no evidence of an article about Haicheng
        counts.update(codes)
    return counts


def _form_ok(form: NameForm, parent: Place | None, ctx: Counter, left_ok: bool, in_list: bool = False,
             glued_word: bool = False, facility: bool = False, standalone_county: bool = False) -> bool:
    if facility and left_ok and form.strength == CONTEXT and form.place.level == COUNTY:
        return True  # 走进文昌航天发射场, 西昌卫星发射中心: a county's short name before its named facility
    if standalone_county and form.kind == "full" and form.place.level == COUNTY:
        return True  # 2018年,唐县扎实做好…: a two-character county written in full, standing alone
    if form.strength == FREE and form.place.level == PREFECTURE and glued_word and parent is None and not in_list:
        # 重大庆典, 天山南北, 均衡水平, 明尼苏达州: a city short name glued inside a word needs the
        # article to be about its province
        own = ctx.get(form.place.code, 0)  # its own mentions also count for its province
        return any(ctx.get(c, 0) > own for c in form.place.ancestors())
    if form.strength == FREE and (left_ok or form.place.level < 3):
        return True
    if form.strength == FREE:  # 海城市 in 滨海城市, 运城市 in 亚运城市: glued to a word, needs context
        return (parent is not None and form.place.is_under(parent.code)) or \
            any(ctx.get(c) for c in form.place.ancestors())
    if parent is not None and form.place.is_under(parent.code):
        return True  # 广西全州, 咸宁市通山县
    if (form.strength == ADJACENT and not in_list) or not (left_ok or in_list):
        return False  # 建德、桐庐、富阳三地: a listed stop word may still be a place (辐射新干、峡江等4个县)
    place = form.place
    if place.level == TOWNSHIP:
        return any(ctx.get(c) for c in (place.county_code, place.city_code) if c)
    return any(ctx.get(c) for c in place.ancestors())


# 县 followed by these makes a word of its own (县城, 县里, 县域, 县级, 县委, 县长)
COUNTY_WORD_AFTER = frozenset("城里域级委长乡镇区份际")


def _previous_ok(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in NON_NAME or not CJK.match(text[start - 1])


def _after_a_date(text: str, start: int) -> bool:
    """2018年巴马共有…, 今年唐山, 3日上饶: a date ends right before the place."""
    return start >= 2 and text[start - 1] in TIME_WORD_END and (text[start - 2].isdigit() or text[start - 2] in DATE_WORD_HEADS)


def find_places(text: str, hits: list[Hit], ctx: Counter) -> list[PlaceMention]:
    gaz = gazetteer.load()
    ranked_ctx = [code for code, _ in ctx.most_common()]
    by_start: dict[int, list[Hit]] = {}
    for hit in hits:
        if PLACE in hit.kinds or FOREIGN in hit.kinds or REGION_GROUP in hit.kinds:
            by_start.setdefault(hit.start, []).append(hit)
    # a place glued to a following body name (幸好芦淞区人社局) is bounded by that name
    core_starts = {h.start for h in hits if ORG_CORE in h.kinds}
    sorted_starts = sorted(by_start)
    long_lists = _place_lists(text, by_start, sorted_starts)
    # a foreign state that starts inside a Chinese place name and runs past it (和|田纳西州)
    divisions = foreign_divisions()
    state_spans = [(h.start, h.end) for h in hits if FOREIGN in h.kinds and len(h.key) >= 4 and h.key in divisions]
    mentions: list[PlaceMention] = []
    pos = 0
    last: PlaceMention | None = None
    for start in sorted_starts:
        if start < pos:
            continue
        parent = last.place if last is not None and last.end == start else None
        for hit in by_start[start]:  # longest first
            mention = None
            if REGION_GROUP in hit.kinds:
                after_region = last is not None and last.end == start and last.kind == "grouping"  # 江南华南
                if hit.key in COMPASS_REGIONS and not after_region and (
                                                   text[hit.end:hit.end + 1] in COMPASS_NOT_AFTER and hit.end < len(text)
                                                   and not text.startswith("部分", hit.end)
                                                   or start and text[start - 1] in COMPASS_NOT_BEFORE
                                                   or not (_previous_ok(text, start) or text[start - 1] in LEFT_CUES
                                                           or text.startswith("地区", hit.end)
                                                           and text[start - 1] not in PROVINCE_CHARS
                                                           and not (last is not None and last.end == start))):
                    continue  # 东北部, 向西北, 浙西南山区, 大江南北, 汉江汉中
                if (hit.key.endswith("部地区") or hit.key[:-2] in COMPASS_REGIONS) and (
                        last is not None and last.end in (start, start - 1) and text[last.end:start] in ("", "的")
                        or start and (text[start - 1] in "山河湖江海岭原岛洲省州市县区" or text[start - 1] in PROVINCE_CHARS)):
                    continue  # 利比亚东部地区, 广西中部地区, 川西北地区: a part of the place before it, not China's region
                if text[hit.end:hit.end + 1] in ("村", "镇", "乡") and hit.end < len(text):
                    continue  # 福州关中村: a village's name, not the region
                mention = PlaceMention(start, hit.end, hit.key, hit.key, kind="grouping")
            elif PLACE in hit.kinds and _feature_part(text, hit, by_start):
                continue
            elif PLACE in hit.kinds and FOREIGN not in hit.kinds and text[hit.end:hit.end + 1] == "岛" \
                    and hit.key[-1] not in ADMIN_END and not text.startswith(("岛市", "岛县", "岛区"), hit.end):
                continue  # 海南岛, 崇明岛: the island, a natural feature
            elif hit.key == "上海" and text[hit.end:hit.end + 1] in "拔洋浪" and start and text[start - 1] in "界上":
                continue  # 世界上海拔最高: 上 ends 世界上, 海拔 follows
            elif hit.key == "乌海" and text.startswith("军", hit.end):
                continue  # 乌海军: 乌 (Ukraine) + 海军 (navy), not the city of 乌海
            elif hit.key == "北京" and text.startswith("时间", hit.end):
                continue  # 北京时间: China's time zone, not the city
            elif FOREIGN in hit.kinds and PLACE not in hit.kinds and any(
                    (FOREIGN in h.kinds or PLACE in h.kinds) and hit.end < h.end and h.end - h.start > hit.end - hit.start
                    for p in range(start + 1, hit.end) for h in by_start.get(p, ())):
                continue  # 抵达卡塔尔, 黄河内蒙古河段: 达卡 and 河内 overlap the longer 卡塔尔 and 内蒙古
            elif PLACE in hit.kinds and FOREIGN not in hit.kinds and state_spans and any(
                    start < a < hit.end < b for a, b in state_spans):
                continue
            elif PLACE in hit.kinds:
                left_ok = _previous_ok(text, start) or text[start - 1] in LEFT_CUES or hit.end in core_starts \
                    or _after_a_date(text, start) \
                    or text[max(0, start - 2):start] in LEFT_CUE_WORDS \
                    or (text[max(0, start - 2):start] == "国铁" and text.startswith("局", hit.end)) \
                    or (text[start - 1] in "院校行司学馆" and BRANCH_AFTER.match(text, hit.end) is not None)
                in_list = (text[hit.end:hit.end + 1] == "、" and hit.end + 1 in by_start) or (
                    start and text[start - 1] == "、" and last is not None and last.end == start - 1)
                in_list = in_list and hit.key not in DIRECTION_NAMES
                if start in long_lists and hit.end == long_lists[start] and hit.key not in DIRECTION_NAMES:
                    in_list = "long"  # not 南部 (南部县) in 北京南部、天津、河北中南部
                glued_word = not left_ok and len(hit.key) == 2 and text[start - 1] not in TIME_WORD_END \
                    and text[start - 1] not in GLUE_OK_BEFORE \
                    and hit.end < len(text) and CJK.match(text[hit.end]) and text[hit.end] not in PLACE_FOLLOW
                candidates = gaz.candidates(hit.key)
                facility = left_ok and FACILITY_AFTER.match(text, hit.end) is not None \
                    and any(f.strength == CONTEXT for f in candidates)
                # 唐县 opening a clause is the county; 示范县, 提高县城, 和县里 are words
                standalone_county = left_ok and len(hit.key) == 2 and hit.key[-1] == "县" \
                    and text[hit.end:hit.end + 1] not in COUNTY_WORD_AFTER
                forms = [f for f in candidates
                         if _form_ok(f, parent, ctx, left_ok, bool(in_list), glued_word, facility, standalone_county)
                         or in_list == "long" and f.strength == CONTEXT and f.place.level == COUNTY]
                if forms:
                    form = gaz.choose(forms, ranked_ctx, parent.code if parent else None)
                    mention = PlaceMention(start, hit.end, hit.key, form.place.name, form.place)
            if mention is None and FOREIGN in hit.kinds:
                # not the tail of a transliterated name (科罗马), not a word part (增加纳税)
                inside_name = start and text[start - 1] in TRANSLIT_TAIL and not (last and last.end == start) \
                    and text[max(0, start - 2):start] not in WORDS_ENDING_IN_TRANSLIT  # 很多哈萨克斯坦
                word_tail = start and text[start - 1] in WORD_TAIL_FOREIGN.get(hit.key, ())
                middle_east = hit.key == "中东" and text[hit.end:hit.end + 1] in ("部", "欧")  # 中东部地区, 中东欧
                name_head = hit.key in NAME_HEAD_FOREIGN and text[hit.end:hit.end + 1] in TRANSLIT_TAIL \
                    and not PART_OF.match(text, hit.end)  # 拉法东部萨拉姆: the town's east, not a name
                camp = text.startswith("难民营", hit.end)  # 努赛赖特难民营: the camp, not the town
                camp = camp or text[hit.end:hit.end + 1] == "洋"  # 印度洋: the ocean
                language = LANGUAGE_AFTER.match(text, hit.end) is not None  # 葡萄牙文、越南文版本
                # listed among countries (…、中非总统图瓦德拉); not 、中非合作驶上“快车道”
                china_africa = hit.key == CENTRAL_AFRICA and not (
                    text.startswith("共和国", hit.end) or text[hit.end:hit.end + 1] == "、"
                    or text[start - 1:start] == "、" and not text.startswith(CHINA_AFRICA_AFTER, hit.end))
                if not inside_name and not word_tail and not china_africa and not name_head and not middle_east \
                        and not camp and not language and (
                        hit.key not in GUARDED_FOREIGN or _previous_ok(text, start) or text[start - 1] in LEFT_CUES
                        or text.startswith(PLACE_USE_AFTER, hit.end)
                        or (hit.key in foreign_divisions() and last is not None and last.end == start
                            and last.kind == "foreign")):  # 美国得州; not 文莱苏丹 (the sultan)
                    end = hit.end + 1 if text[hit.end:hit.end + 1] in ("州", "省", "县") and len(hit.key) >= 3 \
                        and hit.key not in COUNTRY_LIKE and hit.key[-1] not in "州省县" \
                        else hit.end  # 别尔哥罗德州, 顿涅茨克州; not 肯塔基州|州长
                    # an oblast's short name is also its seat's (哈尔科夫): with 市 it is the city
                    seat_named = hit.key + "州" in foreign_divisions()
                    if end == hit.end and text[end:end + 1] == "市" and text[end + 1:end + 2] not in FOREIGN_CITY_NOT \
                            and hit.key[-1] not in "国州省县市" and hit.key not in COUNTRY_LIKE \
                            and (hit.key not in foreign_divisions() or seat_named):
                        end += 1  # a city written with 市 (奥克兰市, 海法市, 哈尔科夫市), not 墨西哥市场
                    row = foreign_divisions().get(text[start:end])
                    short_in_name = row is not None and row["name"] != row["standard"] \
                        and text.startswith(SHORT_FORM_NOT_BEFORE, end)  # 宾夕法尼亚大学, 堪萨斯城
                    if (row is None or not row["context"] or row["context"] in text) and not short_in_name:
                        name = row["standard"] if row else text[start:end]  # 加州 -> 加利福尼亚州
                        mention = PlaceMention(start, end, text[start:end], name, kind="foreign")
            if mention is not None:
                mentions.append(mention)
                last = mention
                pos = hit.end
                break
    if any(m.kind == "foreign" for m in mentions):
        mentions.extend(_foreign_divisions(text, mentions))
        mentions.extend(_foreign_towns(text, mentions))
    mentions.extend(_villages_and_townships(text, mentions))
    mentions.extend(_dev_zones(text, mentions))
    mentions.extend(_abbreviation_mentions(text, mentions))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


LIST_COMMA = re.compile("、")
MIN_LIST_ITEMS = 3


def _place_lists(text: str, by_start: dict[int, list[Hit]], sorted_starts: list[int]) -> dict[int, int]:
    """Items of a 、 list of three or more place names, each exactly one name (经阿拉山口、霍尔果斯、二连浩特、
    满洲里、绥芬河…): start -> end. A county's short name in such a list needs no other context."""
    out: dict[int, int] = {}
    if text.count("、") < MIN_LIST_ITEMS - 1:
        return out
    commas = {m.start() for m in LIST_COMMA.finditer(text)}
    # only names that touch a 、 can be list items
    starts = [st for st in sorted_starts if st - 1 in commas or by_start[st][0].end in commas]
    if len(starts) < MIN_LIST_ITEMS:
        return out
    run: list[tuple[int, int]] = []

    def flush():
        if len(run) >= MIN_LIST_ITEMS:
            out.update(run)
        run.clear()

    for start in starts:
        if run and start <= run[-1][1]:
            continue
        hit = by_start[start][0]  # longest
        end = hit.end
        if PLACE not in hit.kinds or end >= len(text):
            continue
        boundary_before = start == 0 or text[start - 1] in "、，。：；（ \n" or (run and start == run[-1][1] + 1)
        if run and start != run[-1][1] + 1:
            flush()
        if text[end] == "、" or (run and text[start - 1] == "、"):
            if boundary_before or not run:
                run.append((start, end))
            if text[end] != "、":
                flush()
        else:
            flush()
    flush()
    return out


@lru_cache(maxsize=1)
def foreign_divisions() -> dict[str, dict[str, str]]:
    """Foreign states, provinces and prefectures (data/entities/foreign_divisions.tsv) by the
    form written in the text: standard name and the word the article must contain."""
    return {row["name"]: row for row in lexicon.table("foreign_divisions.tsv")}


# characters of foreign place names that are not in the personal-name transliteration set
FOREIGN_PLACE_CHARS = set("圣迭易顿杉矶")


@lru_cache(maxsize=1)
def _foreign_division_regex() -> re.Pattern:
    chars = "".join(sorted((set(TRANSLIT) | FOREIGN_PLACE_CHARS) - {"·"}))
    # [c][c]{1,7} is [c]{2,8} opening with a character class, which the regex engine skips to
    return re.compile(rf"[{chars}][{chars}]{{1,7}}(?:省|州|镇|县(?![长委城级域里])|郡|市(?![场民长委区县])|岛(?![上内屿链]))")  # 2-character cores only after a state


ANY_FOREIGN_DIVISION = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:县(?![长委城级域里])|郡|市(?![场民长委区县政]))")


def _foreign_divisions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Provinces and states of a foreign country named in the article, written as a transliterated
    name + 省/州 (卡赫拉曼马拉什省, 哈塔伊省); the name must start after a clear boundary."""
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    # a county or city right after a foreign state (加利福尼亚州圣迭戈县, 缅因州刘易斯顿市)
    foreign_ends = {m.end for m in mentions if m.kind == "foreign"}
    out = []
    state_ends = {m.end for m in mentions if m.kind == "foreign" and m.name.endswith(("州", "省", "邦"))}
    for e0 in sorted(state_ends):  # 夏威夷州毛伊县: any name + 县/郡/市 right after a foreign state
        p = PART_OF.match(text, e0)  # 加利福尼亚州北部奇科市
        d = ANY_FOREIGN_DIVISION.match(text, p.end() if p else e0)
        if d and not (set(d.group(1)) & (NON_NAME | set("部城第大"))) \
                and not any(i in covered for i in range(d.start(), d.end())):
            out.append(PlaceMention(d.start(), d.end(), d.group(0), d.group(0), kind="foreign"))
            covered.update(range(d.start(), d.end()))
    # a division after a part of a foreign place (苏丹中部杰济拉州)
    foreign_ends.update(p.end() for m in mentions if m.kind == "foreign" and (p := PART_OF.match(text, m.end)))
    regex, pos, retried = _foreign_division_regex(), 0, -1
    while d := regex.search(text, pos):
        s, e = d.start(), d.end()
        pos = s + 1
        if s in covered:  # the run starts inside a known place (俄罗斯|罗斯托夫州): retry where that ends
            while pos < e and pos in covered:
                pos += 1
            retried = pos
            continue
        if any(i in covered for i in range(s, e)) or (e - s < 4 and (s not in foreign_ends or s == retried)):
            continue  # 俄罗斯托夫州 is 俄 + 罗斯托夫州: no three-character state after a retry
        if d.group(0).endswith("岛") and s not in foreign_ends:
            continue  # an island only right after its country (希腊罗得岛)
        if not (_previous_ok(text, s) or text[s - 1] in LEFT_CUES or text[s - 1] == "国" or s in foreign_ends
                or text[s - 1] in "俄乌美英法德日韩以叙" and (s < 2 or not CJK.match(text[s - 2]) or text[s - 2] in NON_NAME)):
            continue  # 袭击了俄科托夫斯克市: a one-character country before the city; 抵达|卡赫拉曼马拉什省 is tried next
        pos = e
        out.append(PlaceMention(s, e, d.group(0), d.group(0), kind="foreign"))
        foreign_ends.add(e)
    return out


# words that introduce a foreign town or city by what it is (海滨小镇拉海纳, 港口城市敖德萨)
TOWN_CUE = re.compile(r"(?:小镇|城镇|小城|城市|港口城市|首都|首府|村庄|小村)")
# parts of a foreign place before which a town inside it is named (加沙地带北部的杰巴利耶, 拉法东部萨拉姆)
PART_OF = re.compile(f"(?:{'|'.join(COMPASS_PARTS)})的?")
# what may follow a foreign town read as a transliterated run: punctuation or a word that starts
# the rest of the sentence (什里夫波特一名男子, 杰巴利耶，以军…); not 难民营 or 医院
TOWN_BOUNDARY = re.compile(r"[，。、；：,;（(）)“”\s]|一名|一家|一处|一座|一个|一辆|的|发生|当地|附近|地区|以东|以西|以南|以北|"
                           r"市中心|郊区|等地|和|与|遭|被|举行|居民|街头|$")


@lru_cache(maxsize=1)
def _division_standards() -> frozenset:
    return frozenset(r["standard"] for r in foreign_divisions().values())


@lru_cache(maxsize=1)
def _town_chars() -> frozenset:
    return frozenset((set(TRANSLIT) | FOREIGN_PLACE_CHARS) - {"·"})


def _foreign_towns(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Foreign towns named by a transliterated run right after their state (路易斯安那州什里夫波特),
    after a word saying what they are (小镇拉海纳) or after a part of a foreign place (北部的杰巴利耶)."""
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    chars = _town_chars()
    starts = set()
    for m in mentions:
        if m.kind != "foreign":
            continue
        if m.name.endswith(("州", "省")) or m.name in _division_standards():
            starts.add(m.end)
        p = PART_OF.match(text, m.end)
        if p:
            starts.add(p.end())
    if "城" in text or "镇" in text or "首" in text or "村" in text:
        for c in TOWN_CUE.finditer(text):
            starts.add(c.end())
    out = []
    for s in sorted(starts):
        if s in covered:
            continue
        j = s
        while j < len(text) and j - s < 8 and text[j] in chars and j not in covered:
            j += 1
        for e in range(j, s + 1, -1):
            if TOWN_BOUNDARY.match(text, e):
                out.append(PlaceMention(s, e, text[s:e], text[s:e], kind="foreign"))
                covered.update(range(s, e))
                break
    return out


def _feature_part(text: str, hit: Hit, by_start: dict[int, list[Hit]]) -> bool:
    """A place-name hit that is part of a river or mountain name or its edge, not the place."""
    key, start, end = hit.key, hit.start, hit.end
    if len(key) < 2 or key[-1] in ADMIN_END:
        return False
    if STREET_NAME.match(text, end):
        return True
    if len(key) == 2 and key[0] in FEATURE_FIRST and start > 0 and CJK.match(text[start - 1]) \
            and text[start - 1] not in NON_NAME and text[start - 1] not in LEFT_CUES:  # glued to a word
        if end < len(text) and text[end] in FEATURE_EDGE:
            return True  # 贺兰山东麓: 山东 is not meant
        if key[1] in "东西南北" and text[end:end + 1] in FEATURE_SIDE:
            return True  # 太湖北部, 泰山东侧: the feature's side, not 湖北 or 山东
        for other in by_start.get(start + 1, ()):  # 永定河北京段: 河北 is not meant (but 河南通过)
            if other.end > end and text[other.end:other.end + 1] in FEATURE_EDGE | {"段"}:
                return True
    if end < len(text) and text[end] in RIVER_AFTER and end not in by_start \
            and text[end + 1:end + 2] not in ADMIN_END and text[end + 1:end + 2] not in STREET_OR_SECTION \
            and not DEV_ZONE_SUFFIX.match(text, end + 2):  # 铜陵河段, 海口江东新区 are the places
        gaz = gazetteer.load()
        forms = gaz.candidates(key)
        return bool(forms) and all(f.place.level >= PREFECTURE for f in forms)
    return False


def _villages_and_townships(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """…村 / …社区 right after a county or township, and list continuations (清凉寺村、五号村)."""
    out: list[PlaceMention] = []
    taken = {m.start for m in mentions}
    queue = [m for m in mentions if m.place is not None and m.place.level >= PREFECTURE]
    for m in queue:
        end = m.end
        # an unlisted township right after a county (data gaps), then a village after either
        if m.place.level == 3:
            t = SUB_TOWNSHIP.match(text, end)
            if t and end not in taken and not (set(t.group(1)) & NON_NAME) and not (set(t.group(1)) & set("村灾区县市省")):
                out.append(PlaceMention(end, t.end(), t.group(0), t.group(0), kind="village"))
                taken.add(end)
                end = t.end()
        v = VILLAGE.match(text, end)
        if m.place.level == PREFECTURE and end == m.end and not (v and len(v.group(1)) >= 2):
            continue  # 海东市金田村; one-character cores only after a county or township
        while v and end not in taken:
            core = v.group(1)
            if set(core) & NON_NAME or core in VILLAGE_BAD_CORES or core[-1] in "农乡":
                break  # 推行农村, 美丽乡村
            end = v.end()
            if v.group(2) == "村" and DOUBLED_VILLAGE.match(text, end):
                end += 1
            out.append(PlaceMention(v.start(), end, text[v.start():end], text[v.start():end], kind="village"))
            taken.add(v.start())
            if end < len(text) and text[end] == "、":
                v = VILLAGE.match(text, end + 1)
                end += 1
                if not v or len(v.group(1)) < 2:
                    break
            else:
                break
    return out


@lru_cache(maxsize=1)
def _named_zones() -> tuple[re.Pattern, dict[str, str]]:
    """Zones listed by name (data/entities/named_zones.tsv): pattern and name -> standard name."""
    standard = {row["name"]: row["standard"] or row["name"] for row in lexicon.table("named_zones.tsv")}
    return re.compile("|".join(re.escape(n) for n in sorted(standard, key=len, reverse=True))), standard


def _dev_zones(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    ends = {m.end: m for m in mentions if m.kind in ("division", "foreign")}
    # cities that own a bare 高新区 named after them in the same line (and county-level cities: 大冶市…高新区)
    zone_owners = [m for m in mentions if m.place is not None and (
        m.place.level <= PREFECTURE or m.place.level == COUNTY and m.place.name.endswith("市"))]
    out: list[PlaceMention] = []
    named: list[PlaceMention] = []
    if "区" in text or "城" in text:  # 横琴粤澳深度合作区, 西部（重庆）科学城: listed by name
        pattern, standard = _named_zones()
        named = [PlaceMention(z.start(), z.end(), z.group(0), standard[z.group(0)], kind="zone")
                 for z in pattern.finditer(text)]
    last_city_prefix: tuple[int, str] | None = None
    for z in DEV_ZONE_SUFFIX.finditer(text):
        s, e, suffix = z.start(), z.end(), z.group(0)
        if e < len(text) and text[e] in "管":  # 经开区管委会 is the ORG; the zone itself still counts below
            pass
        owner = _place_before(text, ends, s, MAX_ZONE_CORE)  # 长沙高新区, 成都东部新区: a place, a short core
        core = text[owner.end:s] if owner is not None else ""
        if owner is not None and core and any(m.start == s - len(core) and m.end == e and m.kind == "division"
                                              for m in mentions):
            continue  # 上海市浦东新区: the district itself, already a division
        if owner is not None:
            prefix = owner.text[:-1] if owner.text.endswith("市") and len(owner.text) > 2 else owner.text
            name = prefix + core + DEV_ZONE_EXPAND.get(suffix, OWNED_ZONE_EXPAND.get(suffix, suffix))
            out.append(PlaceMention(owner.start, e, text[owner.start:e], name, kind="zone"))
            if not core:
                last_city_prefix = (e, prefix)
            continue
        if suffix in DEV_ZONE_EXPAND:
            if _previous_ok(text, s) or text[s - 2:s] in ("当地", "园区"):
                prefix = None
                line_start = text.rfind("\n", 0, s) + 1
                if last_city_prefix and last_city_prefix[0] >= line_start:
                    prefix = last_city_prefix[1]
                else:
                    near = [m for m in zone_owners if line_start <= m.end <= s and (
                        m.place.level >= PREFECTURE or m.place.name in MUNICIPALITIES)]  # 北京市…经开区
                    if near:
                        prefix = near[-1].place.name[:-1] if near[-1].place.name.endswith("市") else None
                name = prefix + DEV_ZONE_EXPAND[suffix] if prefix else suffix
                out.append(PlaceMention(s, e, suffix, name, kind="zone"))
            continue
        if suffix not in ("工业园区", "工业园", "新区", "开发区", "经济开发区", "工业集中区"):
            continue  # 自贸区, 保税区, 产业园区 need a place before them
        core = text[max(0, s - 2):s]
        if len(core) == 2 and not (set(core) & NON_NAME) and core not in DEV_ZONE_BAD_CORES \
                and CJK.match(core[0]) and not _inside(mentions, s - 2):
            out.append(PlaceMention(s - 2, e, text[s - 2:e], text[s - 2:e], kind="zone"))
    if "产业园" in text or "示范区" in text:
        out.extend(_owned_parks(text, ends, named + out))
    if named:  # 北京自贸试验区 is named in full (中国（北京）自由贸易试验区), not read again by its suffix
        out = [m for m in out if not any(n.start <= m.start and m.end <= n.end for n in named)]
    return named + out


def _owned_parks(text: str, ends: dict[int, PlaceMention], zones: list[PlaceMention]) -> list[PlaceMention]:
    """A park or demonstration zone right after the place it is in and a core of name characters."""
    out = []
    starts = {m.start for m in ends.values()}
    for z in OWNED_PARK_SUFFIX.finditer(text):
        s, e = z.start(), z.end()
        if _inside(zones, s) or s in ends or _inside(zones, s - 1) or e in starts:
            continue  # 长沙示范区, 湘江新区产业园: no core of its own; …示范区内蒙古…: 区内 may be read
        owner = _place_before(text, ends, s, MAX_PARK_CORE)  # a core is needed: no place ends at s (above)
        if owner is not None:
            out.append(PlaceMention(owner.start, e, text[owner.start:e], text[owner.start:e], kind="zone"))
    return out


def _place_before(text: str, ends: dict[int, PlaceMention], s: int, longest_core: int) -> PlaceMention | None:
    """The place that ends at most `longest_core` name characters before `s` (the zone word's start)."""
    for k in range(longest_core + 1):
        at = s - k
        if at < 0 or (k and (text[at] in NON_NAME or not CJK.match(text[at]))):
            return None
        if at in ends:
            return ends[at]
    return None


def _inside(mentions: list[PlaceMention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


# Railways and roads named by the one-character names of the places they join (京沪高铁, 广深港高铁,
# 沪宁沿江高铁): the province-level ones name their places (GUIDE: province abbreviations, mapped by
# province_abbreviations.tsv), the city ones (宁, 广, 深) only stand in the line's name.
LINE_PROVINCE_CHARS = "京津沪渝港澳"
LINE_CITY_CHARS = "宁杭甬蓉广深汉郑昆厦福"
LINE_WORDS = "高铁|高速铁路|铁路|城际|客专|高速公路|高速"
LINE_ABBR_RE = re.compile(f"([{LINE_PROVINCE_CHARS}{LINE_CITY_CHARS}]{{2,4}})(?=(?:沿江|沿海|城际)?(?:{LINE_WORDS}|动车|班列))")
# lines listed before the word they share (贵南、福厦、沪宁沿江等高铁)
LINE_LIST_RE = re.compile(rf"((?:[\u4e00-\u9fff]{{2,6}}、)+[\u4e00-\u9fff]{{2,6}})等(?:{LINE_WORDS})")
LINE_LIST_END = re.compile(rf"等(?:{LINE_WORDS})")  # needed by LINE_LIST_RE, found much faster
LINE_TAIL = re.compile(r"(?:沿江|沿海|城际)$")


def line_abbreviations(text: str) -> list[int]:
    """Starts of the province-level places named by one character in a line's name (京沪高铁)."""
    if "铁" not in text and "高速" not in text and "城际" not in text and "班列" not in text:
        return []
    runs = [(run.start(1), run.group(1)) for run in LINE_ABBR_RE.finditer(text)]
    for listed in LINE_LIST_RE.finditer(text) if LINE_LIST_END.search(text) else ():
        at = listed.start(1)
        for item in listed.group(1).split("、"):
            core = LINE_TAIL.sub("", item)
            if 2 <= len(core) <= 4 and all(c in LINE_CITY_CHARS or c in LINE_PROVINCE_CHARS for c in core):
                runs.append((at, core))
            at += len(item) + 1
    return sorted({start + k for start, run in runs for k, ch in enumerate(run) if ch in LINE_PROVINCE_CHARS})


def _abbreviation_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    mapping, strong, weak_before, after = _abbreviations()
    weak = _weak_abbreviations()
    gaz = gazetteer.load()
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    out = []
    for a in _abbr_regex().finditer(text):
        s = a.start()
        ch = a.group(0)
        if s in covered or text[s:s + 2] in ABBR_BLOCKED or text[s - 1:s + 1] in CUE_ABBR_WORDS:
            continue
        prev = text[s - 1] if s else ""
        nxt = text[s + 1:s + 3]
        ends_phrase = not CJK.match(nxt[:1] or " ")
        weak_abbr = ch in weak
        if nxt[:1] == "籍":
            ok = True
        elif prev in strong:
            # 援港医疗队, 援藏干部, 驻港部队: a weak abbreviation after a strong cue and before the
            # people or means sent there
            ok = ends_phrase or not weak_abbr or text.startswith(ABBR_SENT_NEXT, s + 1)
        elif nxt[:1] in after or prev in weak_before:  # 粤企, 在沪, 回京: unambiguous ones only
            ok = not weak_abbr and (ends_phrase or nxt.startswith(ABBR_ACTIVITY_NEXT) or nxt[:1] in after)
        else:
            ok = False
        if not ok:
            continue
        place = gaz.by_code[mapping[ch]]
        out.append(PlaceMention(s, s + 1, ch, place.name, place, kind="abbreviation"))
        covered.add(s)
    for s in line_abbreviations(text):
        if s not in covered:
            place = gaz.by_code[mapping[text[s]]]
            out.append(PlaceMention(s, s + 1, text[s], place.name, place, kind="abbreviation"))
            covered.add(s)
    for a in (CAPITAL_ABBR_RE.finditer(text) if "资" in text else ()):
        s, ch = a.start(1), a.group(1)
        if s in covered or s and text[s - 1] in "合外独内":
            continue  # 合资, 外资 + 企业
        if ch in CAPITAL_ABBR:
            out.append(PlaceMention(s, s + 1, ch, CAPITAL_ABBR[ch], kind="foreign"))
        elif ch in mapping:
            place = gaz.by_code[mapping[ch]]
            out.append(PlaceMention(s, s + 1, ch, place.name, place, kind="abbreviation"))
    for side in SIDE_ABBR_RE.finditer(text):
        s = side.start(1)
        before = text[s - 1] if s else ""
        if s not in covered and (not before or before in SIDE_ABBR_AFTER
                                 or not (CJK.match(before) or before.isdigit())):
            out.append(PlaceMention(s, s + 1, text[s], SIDE_ABBR[text[s]], kind="abbreviation"))
            covered.add(s)
    for pair in PAIRED_ABBR_RE.finditer(text):
        if pair.start() and text[pair.start() - 1] in PAIR_GROUP_BEFORE:
            continue  # 欧美日等: a group written as one word (欧美日), not the pair inside it
        for s in range(pair.start(), pair.end()):
            if s not in covered and PAIRED_ABBR.get(text[s]):
                out.append(PlaceMention(s, s + 1, text[s], PAIRED_ABBR[text[s]], kind="abbreviation"))
                covered.add(s)
    for pair in (PARTNER_PAIR_RE.finditer(text) if "中" in text else ()):
        for s in range(pair.start(1), pair.end(1)):
            if s not in covered:
                out.append(PlaceMention(s, s + 1, text[s], PARTNER_ABBR[text[s]], kind="foreign"))
    return out


def to_entity(m: PlaceMention) -> Entity:
    p = m.place
    if p is None or gazetteer.official_code(p) is None:  # no code, or none published (台湾省)
        return Entity("LOC", m.text, m.name, m.start, m.end)
    return Entity(
        "LOC", m.text, m.name, m.start, m.end, admin_code=p.code,
        province_code=p.province_code,
        city_code=p.code if p.level == PREFECTURE else p.city_code,
        county_code=p.code if p.level == 3 else p.county_code,
    )
