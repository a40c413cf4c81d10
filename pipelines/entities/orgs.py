"""ORG mentions: fixed names (国务院, 新华社), government bodies (place + core + 厅/局/中心),
companies, schools, media and other institutions found by their suffix."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Entity
from . import gazetteer, lexicon
from .gazetteer import Place
from .matcher import ORG_CORE, ORG_FIXED, Hit
from .places import BRANCH_AFTER, CJK, COMPASS_PARTS, SIDE_ABBR, SIDE_ABBR_AFTER, PlaceMention

# characters at which a name read leftwards from its suffix stops
STOP = set("的在和与及等各全本该这那其每个为是了将对从到把被向于以或也都又就并而且由给让使着过到去来"
           "一二两三四五六七八九十几多些你我他她它们、，。；：！？“”‘’（）()《》「」【】 \u3000\n\t,.;:!?"
           "0123456789０１２３４５６７８９说称据经请帮助任职办参加赴前往走进访问携联合同合作签约")
IMPLIED_LEVEL = {"省": 1, "自治区": 1, "市": 2, "州": 2, "县": 3, "区": 3}
DETERMINERS = set("该本各全我其此两每当这")
NATIONAL_PREFIXES = ("中华人民共和国", "中共中央", "中国", "中华", "全国", "国家", "中央", "中共")
GENERIC_CORE_WORDS = ("部门", "机构", "单位")
# between a place and the suffix of a name that starts with it, these end the search (张掖市三益化工公司 ok)
HARD_STOP = set("的在和与及、，。；：！？“”‘’（）()《》「」 \u3000\n\t,.;:!?是为了到从对向将把被让给由于")
GENERIC_ORG_CORES = {"大中", "中", "各", "高等院校", "国内", "国外", "境内", "境外", "上级", "当地上级",
                     "国家级", "省级", "市级", "县级", "保险", "证券", "基金", "航空", "技术", "农村", "农民", "专业", "村级", "村", "乡村", "企业", "民营", "国有", "国营", "地方", "当地",
                     "相关", "有关", "基层", "一些", "部分", "多家", "大型", "小型", "中小", "高等", "职业",
                     "普通", "本地", "外地", "省内", "省外", "县里", "市里", "知名", "优质", "重点", "龙头",
                     # kinds of company or school, not names (跨国公司, 上市公司, 商业银行, 新时代中小学)
                     "跨国", "上市", "存量", "外资", "合资", "独资", "外商", "商业", "投资", "新时代", "私营", "公立",
                     "民办", "公办", "大型商业", "中小学", "高校", "名校", "该校", "母校", "物业", "快递", "外卖",
                     "地区", "行业", "财险"}  # 各国和地区代表团, 引导行业协会
MAX_NAME = 14
# bodies whose head (中共中央, 全国人大) is not a mention of its own when written inside them: the
# leaders' titles 中共中央政治局常委/委员 name the Political Bureau only (devset convention)
HEAD_NOT_LISTED = {"中共中央政治局", "中共中央政治局常委会", "中共中央书记处", "中共中央党史和文献研究院",
                   "全国人大常委会", "全国人民代表大会常务委员会",  # nor 全国人大 in 全国人大常委会 (holdout29/34/47)
                   "国务院新闻办公室", "国务院新闻办"}  # 26 of 35 golds list no 国务院 for its press office
BOND_AFTER = ("债", "企业债")  # 公司债, 公司企业债券: corporate bonds, not a company
VILLAGE_BODY = re.compile(r"村委会|村民委员会|党支部|党总支|居委会|居民委员会|集体经济合作社|股份经济合作社")
STOCK_CODE = re.compile(r"[（(](?:\d{6}|\d{4,5}\.HK|\d{6}\.S[HZ]|[A-Z]{1,5}\.[A-Z]{1,2})[)）]")
FOREIGN_BODY = re.compile(r"([\u4e00-\u9fff]{0,8}?)(?:武装部队总参谋部|总参谋部|武装部队|部队|国防军|空军|海军|陆军|总统府|总理办公室|原子能组织|联盟|协会|联合会|局|部|署|委员会|议会|国会|政府|法院|银行|公司|集团|"
                          # media and other bodies (美国有线电视新闻网, 俄罗斯卫星通讯社, 德国联邦议院, 韩国中央防疫对策本部)
                          r"通讯社|新闻社|新闻网|电视网|电视台|广播公司|时报|日报|邮报|议院|本部|卫队|研究所|研究院|中心|工会)(?![门势面分长队工城道武军])")
# a chamber of a legislature, and a committee of it, written after it (美国国会众议院金融服务委员会,
# 塔吉克斯坦议会上院): one body
LEGISLATURE_CHAMBER = re.compile(r"(?:众议院|参议院|上议院|下议院|上院|下院)(?P<committee>[\u4e00-\u9fff]{2,8}?委员会)?")
# a country's armed forces written with its one-character name (俄军, 乌军, 以军, 美军): an institution
# (after no Chinese character or after SIDE_ABBR_AFTER: checked apart, as a leading test is slow to scan)
ARMY_ABBR = re.compile(rf"[{''.join(SIDE_ABBR)}](?:政府军|武装部队|军)(?![事舰机人官民工训演品费营区团校医火备港队属迷])")
# foreign parties and armies after their country (柬埔寨人民党, 英国工党, 柬埔寨王家军)
PARTY_WORDS = ("人民革命党", "人民行动党", "社会民主党", "人民党", "民主党", "共和党", "工党", "劳工党", "保守党", "自由党",
               "社会党", "国民党", "劳动党", "共产党", "自民党", "社民党")
FOREIGN_PARTY = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:" + "|".join(PARTY_WORDS) + r"|王家军)(?![员人])")
ARMY_AFTER_COUNTRY = re.compile(r"(?:军队|军方|政府军)(?!面)")  # 以色列军队, 乌克兰军方, 叙利亚政府军
# a country's mission abroad (中国驻叙利亚使馆, 我国驻大阪总领事馆): the whole name
# (each alternative starts with a literal, so the engine skips to 中, 我 and 驻)
DEPARTMENT_BEFORE_HEAD = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?(?<!公)司)(?=副?司长)")
MISSION = re.compile("|".join(
    lead + r"常?驻(?![^，。、；]{0,8}?(?:多国|各国|外|三地|两地|机构|及|和))"
    r"[\u4e00-\u9fff]{2,10}?(?:大使馆|使馆|总领事馆|领事馆|代表处|使团)|" + lead + r"常驻[\u4e00-\u9fff]{2,10}?代表团"
    for lead in ("中国", "我国", "中华人民共和国", "")))
# cores that make 伊拉克北部, 吉达签署, 苏丹紧张局势 look like bodies
FOREIGN_BODY_BAD = re.compile(r"全$|全部|率|代表|媒体|最大|所有|此次|这次|本次|该|维和|会展|研发|[和与]$|[院部局署会府]和|地方|地区|"
                              r"设立|建立|成立|建设|出席|提供|支持|阻断|共同|完全|已|干部|学子|提出|举行|赢得|获得|通过|宣布|^[东西南北]|^中(?!央)|[东西南北中]$|签|见|议|突|紧张|攻|抗|民众|双方|部(?!门)|击|袭|派|增|续|成立|任命|展开|称")
# one-character names of foreign countries before a ministry (俄国防部称, 乌外交部发言人)
FOREIGN_ABBR = set("俄美乌英法德日韩以叙朝印巴伊土")
MILITARY_BRANCH = ("空军", "海军", "陆军")  # only right after the country: 以色列空军 (not 以色列还称海军)
# reading a name without a place back from its suffix stops at function words and numerals only
SOFT_STOP = set("的在和与及跟等各全本该这那其每个为是了将对从到把被向于以或也都又就并而且由给让使着过去来往进至称"
                "一二两三四五六七八九十几多些你我他她它们、，。；：！？“”‘’（）()《》「」【】 \u3000\n\t,.;:!?"
                "0123456789０１２３４５６７８９")
LEAD_INS = set("往进至")  # 前往之江实验室, 走进…公司
# verbs that lead into a name read back from its suffix (共同参观奥赛博物馆): the name starts after them
LEAD_IN_WORDS = re.compile(r"参观|访问|来到|走访|考察|调研|前往|走进|抵达|视察|会见|签署|见证|看望|慰问")
MOTION_BEFORE_SUFFIX = ("走出", "走进", "走入", "进入", "迈出", "走向", "搬出", "搬进", "回到")
# what ends a body's name before a unit written after it: its people, what they learnt, a firm left
# unnamed (沙洋县公安局治安大队民警得知某劳务公司 is 沙洋县公安局 and a firm, not one body)
NOT_A_UNIT_INSIDE = re.compile(r"某|民警|干警|工作人员|负责人|得知|获悉|发现|接到")
# verbs between a place and a suffix that make the stretch a clause, not a name (京津冀三地启动海关…改革)
CLAUSE_VERBS = re.compile(r"启动|开展|推进|实施|推动|出台|印发|部署|联合|携手|派出|派遣|迎接|看望|慰问|^组织")
# bodies of an international organisation written after its name (欧盟委员会): the organisation
# itself stays a mention of its own
INTL_BODY = re.compile(r"委员会|理事会|议会|秘书处")
# suffixes also used as common nouns (导致博物馆暂停开放, 企业可获得海关给予的便利): the name needs a
# place before it (上海海关, 山西吕梁市永聚煤矿, 江苏代表团), a national prefix or a visit verb (参观奥赛博物馆)
PLACE_NEEDED = {"博物馆", "美术馆", "纪念馆", "图书馆", "海关", "煤矿", "安委会", "气象台", "指挥部", "书店",
                "工会", "工作专班", "代表团", "宣讲团"}
# a part of a place between it and a body's name (加沙地带北部希法医院): the name starts after it
PART_OF_PLACE = re.compile("|".join(COMPASS_PARTS))
# a verb inside the stretch read back from a suffix means a phrase, not a name (沈阳市政府成立工作专班)
SETUP_VERBS = re.compile(r"成立|组建|建立|设立|组成|建成|增强|加强")
MEASURE_WORDS = set("家个所位名座级批类种项")
# words between a place and a suffix that, after 是, describe a kind of body (…是法国国立博物馆)
KIND_WORDS = re.compile(r"国立|公立|私立|著名|知名|一流|顶尖|大型|小型|综合性|主要|最大")
# a department named right after a national body (应急管理部消防救援局, 外交部欧洲司)
SUB_UNIT = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:局|司|中心|研究院|研究所|办公室|管理处|委员会)(?![长员门礼])")
# a national name with 与/和 joining two of its words, right before a suffix (中国物流与采购联合会)
JOINED_SUFFIX = re.compile(r"(?:联合会|协会|学会|委员会|研究院|研究所|研究中心|促进会|基金会)(?![员长])")
NATIONAL_JOINED = re.compile(r"(?:中华人民共和国|中国|中华|全国)[\u4e00-\u9fff]{1,6}?[与和][\u4e00-\u9fff]{2,6}?"
                             r"(?:联合会|协会|学会|委员会|研究院|研究所|研究中心|促进会|基金会)(?![员长])")
# verbs and adverbs that a name read back from its suffix may start with (包括飞利浦公司, 如何开展农村学校,
# 完善幼儿园): the name starts after them, and a stretch of them alone names nothing
VERB_HEAD = re.compile(r"(?:会同|联合(?!国)|不断|不少|包含|禁止|找准|正值|如何|怎样|包括|欢迎|表示|专访|介绍|要求|指导|督促|推动|助推|完善|提升|优化|升级|持续|积极|加大|"
                       r"必须|保护|始终|引导|鼓励|大力|扶持|坚持|围绕|压实|发挥|纳入|离开|明确|感谢|举行|新增|实现|改造|开展|支持|加强|依托|"
                       r"通过|引进|入驻|落户|携手|牵头|委托|收购|入股|投资|意见|更好地|更好|充分|进入|做好|罢工致|事发|采取|采用|"
                       r"无法|只有|目前|当前|如今|此前|随后|其中|同时|还有|涵盖|据|"
                       r"已|不|把|让|使|对|向|从|在)")
# verbs inside a stretch read back from a suffix after which the name starts (…名单包括瓦格纳集团)
VERB_INSIDE = re.compile(r"包括|包含|欢迎|表示|介绍|要求|感谢|会同|专访|会见|邀请|委托|收购|携手|率领|带领|入驻|落户|逮捕|起诉|追诉|制裁|袭击|突袭|搜查")
# words inside a stretch that make it a description of a kind of body, not a name (加沙地带所有医院,
# 首家大型公立综合医院, 周边医院, 单家试点银行)
DESCRIPTION_WORDS = re.compile(r"^当地|^本地|^该|^中资|^外资|所有|最大|首家|周边|现代化|有关|相关|新增|境内|省内|区内|市内|县内|单家|多家|每家|各家|"
                               r"试点|示范|定点|牵头|大局|这些|那些|一批|一所|一家|衷心|举行|感谢|实现|已|无法|大量|大批|许多|不少|部分|"
                               r"访华|来华|赴华|庞大|派$|打造|^中外|孩子|"
                               # 普惠性民办幼儿园, 公办幼儿园: a kind of school
                               r"普惠性|^民办|^公办|"
                               # 电信网络诈骗集团, 贩毒集团: a kind of gang (a gang named after its family stays: 明家犯罪集团)
                               r"(?<!家)(?:诈骗|电诈|贩毒|犯罪|走私)$|"
                               # 在深圳开立银行账户, 帮助内地银行为…, 资金可直达企业银行账户: an account or a bank in general, no name
                               r"开立|开通|开设|帮助|资金|直达")
# three or more bodies named in a list closed by 等部门 or 等14个部门 (库务署、税务局、政府统计处…及差饷物业估价署等部门)
_LISTED_BODY = r"[^\W\d_署局处厅委办在将由从向对于的了是为也就把被另并及和与、等]{1,8}(?:署|局|处|厅|委|办)"
BODY_LIST = re.compile(rf"((?:{_LISTED_BODY}[、及和与]){{2,}}{_LISTED_BODY})等(?:[0-9一二三四五六七八九十]{{1,3}}个)?(?:部门|单位|机构)")
# a description of a company's kind between its country and its name (英国市场调查企业|凯度公司)
COMPANY_DESCRIBED = re.compile(r".{2,}(?:企业|机构)")
# characters that cannot stand between a place and the suffix of a name it starts (青海35家医院,
# 中南海举行民主协商会, 重庆市已统筹整合…医院)
NAME_BREAK = (STOP - set("一二三四五六七八九十")) | set("举召主持席备围绕统整包括停已") | set("0123456789")
PARTY_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "盟委", "旗委", "党委")  # a place's party committee
GOVERNING_ENDS = ("人民政府", "政府") + PARTY_COMMITTEES
SAR_GOVERNMENT = re.compile(r"(?:香港|澳门)?(?:特区|特别行政区)政府$")
DIRECT_UNIT = re.compile(r"(?:办公厅|办公室|宣传部|组织部|统战部|政法委员会|政法委|政策研究室)")
# an armed wing named after its parent group's 武装派别 (…下属武装派别卡桑旅)
ARMED_WING = re.compile(r"(?:武装派别|武装分支|军事分支|军事派别)([\u4e00-\u9fff·]{1,8}?旅)(?![游行客途程店馆])")
INDUSTRY_BAD = re.compile(r"学|院|局|厅|部|委|中心|公司|集团|区|县|省|市")
# a team named by its country, province, city or school (中国队, 日本队, 中国羽毛球队, 吉林队, 聊城大学队)
SPORTS = ("足球|篮球|排球|女排|男排|女篮|男篮|女足|男足|羽毛球|乒乓球|跳水|游泳|体操|射击|柔道|举重|田径|击剑|拳击|摔跤|"
          "跆拳道|皮划艇|赛艇|帆船|网球|冰球|短道速滑|速度滑冰|花样滑冰|滑雪|冰壶|自行车|射箭|龙舟")
TEAM = re.compile(rf"(?:国家)?(?:{SPORTS})?队(?![员伍长列形友旗服部里内])")
# a CCTV channel, with the station written before it or not (总台央视新闻频道, 央视综合频道)
CHANNEL_NAMES = (r"(?:综合|新闻|中文国际|财经|综艺|体育赛事|体育|电视剧|纪录|科教|戏曲|社会与法|少儿|音乐|农业农村|国防军事|"
                 r"英语|奥林匹克|文艺|4K超高清)频道")
CCTV_CHANNEL = re.compile(rf"(?:(?:中央广播电视总台|总台)(?:央视)?|央视){CHANNEL_NAMES}")
CHANNEL_LISTED = re.compile(rf"[、和及]({CHANNEL_NAMES})")  # 总台央视综合频道、新闻频道: the next channels of a list
# a channel opening a clause after the station has been named (…在总台央视综合频道播出，国防军事频道重播)
CHANNEL_OPENING = re.compile(rf"[，,；;。]({CHANNEL_NAMES})")
STATION = "中央广播电视总台"
STATION_PREFIX = re.compile(r"中央广播电视总台|总台")


@dataclass
class OrgMention:
    start: int
    end: int
    text: str
    canonical: str | None = None
    region: Place | None = None
    kind: str = "body"


@lru_cache(maxsize=1)
def _rules():
    cores = {row["core"]: row["canonical"] or row["core"] for row in lexicon.table("org_cores.tsv")}
    whole_cores = frozenset(row["core"] for row in lexicon.table("org_cores.tsv") if row["whole"] == "yes")
    suffixes: dict[str, list[str]] = {}
    for row in lexicon.table("org_suffixes.tsv"):
        suffixes.setdefault(row["kind"], []).append(row["suffix"])
    fixed = {row["name"]: row["canonical"] or row["name"] for row in lexicon.table("org_fixed.tsv")}

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    body = re.compile(rf"(?:{alt(suffixes['body'])})(?!门|分|署|长|机构|单位|委员|属)")
    # no lookbehind in front (it stops the regex engine's fast scan for the first characters): a match
    # right after a digit is skipped by the caller, which then searches again one character on
    free = re.compile(rf"(?:{alt(suffixes['free'])})(?!债|企业债|生|员|长|毕业|的学生|里|内|外|门口|师|老师|校长|院长|党委书记|医生|道|习|问|界|间|军)")
    # 湖南省委书记, 九阡镇党委副书记: the committee inside a title is a mention of it
    # written out in full (省委|省政府|…|镇党委): alternatives that each start with a literal let the
    # regex engine skip to their first characters instead of trying every position
    committees = [level + body for level in "省市县区州盟旗" for body in ("委", "政府", "人民政府", "人大常委会", "人大", "政协")]
    committees += [level + body for level in "镇乡" for body in ("党委", "政府", "人民政府")]
    party = re.compile(rf"(?:{'|'.join(committees)})(?![员会长])")
    # a one-character unit needs a name before it (外交部欧洲司); a longer one may follow the body
    # directly (培正中学艺术团)
    short_units = [u for u in suffixes["attach"] if len(u) == 1]
    long_units = [u for u in suffixes["attach"] if len(u) > 1]
    attach = re.compile(rf"(?:[\u4e00-\u9fff]{{1,14}}?(?:{alt(short_units)})|[\u4e00-\u9fff]{{0,6}}?(?:{alt(long_units)}))"
                        r"(?![长员级令礼置理])")  # not 调解处置, 办理
    attach_direct = re.compile(rf"(?:{alt(long_units)})(?![长员])")  # 培正中学艺术团: right after a school
    industry = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{alt(suffixes['industry'])})")
    return (cores, whole_cores), fixed, body, free, party, (attach, attach_direct), industry


# 黎真主党武装, 黎巴嫩真主党武装: Hezbollah is named with its country and 武装 (哈马斯武装 are Hamas's forces)
ARMED_SUFFIX = "武装"
NAMED_WITH_ARMED_SUFFIX = frozenset({"真主党"})
HOME_ABBR = {"真主党": "黎"}  # the one-character name of the movement's country


@lru_cache(maxsize=1)
def _fixed_kinds() -> dict[str, str]:
    return {row["name"]: row["kind"] for row in lexicon.table("org_fixed.tsv")}


def _place_chain_start(places_by_end: dict[int, PlaceMention], pos: int) -> tuple[int, Place | None]:
    """Start of the run of place names ending at pos (湖北省 in 湖北省人社厅) and its last place."""
    start, region = pos, None
    m = places_by_end.get(pos)
    while m is not None:
        if region is None:
            region = m.place
        start = m.start
        m = places_by_end.get(start)
    return start, region


def _chain_names(places_by_end: dict[int, PlaceMention], pos: int) -> str:
    names = []
    m = places_by_end.get(pos)
    while m is not None:
        names.append(m.name)
        m = places_by_end.get(m.start)
    return "".join(reversed(names))


def _read_left(text: str, pos: int, limit: int = 12) -> int:
    i = pos
    while i > 0 and pos - i < limit and text[i - 1] not in STOP and CJK.match(text[i - 1]):
        i -= 1
    return i


def find_orgs(text: str, hits: list[Hit], places: list[PlaceMention], article_places: dict[int, Place]) -> list[OrgMention]:
    (cores, whole_cores), fixed, body, free, party, (attach, attach_direct), industry = _rules()
    fixed_kinds = _fixed_kinds()
    # a partner written with one character after 中 (中欧班列, 中美关系) starts no name
    places = [m for m in places if not (m.end - m.start == 1 and m.start and text[m.start - 1] == "中")]
    places_by_end = {}
    for m in places:
        if m.kind != "abbreviation":
            places_by_end.setdefault(m.end, m)
    out: dict[tuple[int, int], OrgMention] = {}

    def add(start, end, canonical=None, region=None, kind="body"):
        if end - start < 2:
            return
        if start >= 2 and text.startswith("中共", start - 2) and any(c in text[start:end] for c in PARTY_COMMITTEES):
            start -= 2  # 中共浙江省委宣传部: the party's committee of a place, named as written
        key = (start, end)
        if key not in out:
            out[key] = OrgMention(start, end, text[start:end], canonical, region, kind)

    fixed_hits = [h for h in hits if ORG_FIXED in h.kinds
                  and not (h.key.endswith("部") and text[h.end:h.end + 1] == "门")]  # 人社部门
    for hit in fixed_hits:
        if hit.key == "党中央" and text.endswith(PARTY_WORDS, 0, hit.start + 1):
            continue  # 柬埔寨人民党中央常委: the centre of another party
        outer = [o for o in fixed_hits if o.start <= hit.start and hit.end <= o.end and o is not hit]
        if outer:
            # 联合国 in 联合国安理会, 国务院 in 国务院办公厅: the parent body written at the head of a
            # sub-body's name is a mention of its own; 安理会 (the tail) names the same body, and
            # 央视 in 央视网 is the outlet's brand, not the parent
            if all(o.start == hit.start and fixed_kinds.get(o.key) != "media" and o.key not in HEAD_NOT_LISTED
                   and fixed[hit.key] not in (o.key, fixed[o.key]) for o in outer):  # 国务院新闻办(公室)
                add(hit.start, hit.end, fixed[hit.key], None, "nested")
            continue
        start, region = _place_chain_start(places_by_end, hit.start)
        hit_end = hit.end
        sar = SAR_GOVERNMENT.search(text, max(0, hit.start - 10), hit.start) if fixed_kinds.get(hit.key) == "gov" else None
        if sar is not None:
            add(sar.start(), hit.end)  # 特区政府劳工及福利局: a bureau of the SAR government, named with it
            continue
        if fixed_kinds.get(hit.key) == "media" and text[hit.end:hit.end + 1] == "社" and hit.key.endswith(("报", "杂志")):
            hit_end = hit.end + 1  # 人民日报社, 光明日报社: the newspaper's office as written
            add(hit.start, hit_end)
            continue
        if start < hit.start and fixed_kinds.get(hit.key) == "intl":
            start = hit.start  # 美国北约持续向乌提供武器: the alliance, not a body of the country
        if hit.key in NAMED_WITH_ARMED_SUFFIX:
            end = hit.end + len(ARMED_SUFFIX) if text.startswith(ARMED_SUFFIX, hit.end) else hit.end
            if start == hit.start and text.endswith(HOME_ABBR[hit.key], 0, hit.start):
                start -= 1
            add(start, end, fixed[hit.key] if (start, end) == (hit.start, hit.end) else None,
                region if start < hit.start - 1 else None)
            continue
        if (start == hit.start and text.endswith("中国", 0, hit.start)
                and hit.key.startswith(("全国人大", "全国人民代表大会", "全国政协"))):
            # 中国全国人大愿同…: the legislature's name abroad (finance gold reads 中国国务院扶贫办 as 国务院扶贫办)
            add(hit.start - 2, hit.end, fixed[hit.key])
            continue
        if start < hit.start:  # 俄罗斯国防部, 美国国务院: the place belongs to the name
            add(start, hit.end, None, region)
        elif hit.start and text[hit.start - 1] in FOREIGN_ABBR and fixed_kinds.get(hit.key) == "gov" \
                and (hit.start < 2 or text[hit.start - 2] in HARD_STOP or not CJK.match(text[hit.start - 2])
                     or text[hit.start - 2] not in FOREIGN_ABBR and text[hit.start - 2] not in "中两双各"
                     and text[max(0, hit.start - 3):hit.start - 1] in ("会见", "访问", "称", "宣布", "表示")
                     or text[hit.start - 2] in "见了向据与和同"):  # 会见俄国防部领导层; not 中美国防部长
            add(hit.start - 1, hit.end, None, None)  # 俄国防部, 美国务院: a country written with one character
        else:
            add(hit.start, hit.end, fixed[hit.key])  # 央视 inside 央视网 is not a second mention
            b = INTL_BODY.match(text, hit.end)
            if b and fixed_kinds.get(hit.key) == "intl":
                add(hit.start, b.end())
    if "驻" in text:
        country_ends = {m.end: m.start for m in places if m.kind == "foreign"}
        for a in MISSION.finditer(text):
            # 伊朗驻叙利亚大使馆: a foreign country's mission, named with its country
            add(country_ends.get(a.start(), a.start()), a.end(), None, None)
    for a in ARMY_ABBR.finditer(text) if "军" in text or "武装" in text else ():
        before = text[a.start() - 1] if a.start() else ""
        if CJK.match(before) and before not in SIDE_ABBR_AFTER or before.isdigit():
            continue  # 16日军方称: 日 closes a date
        add(a.start(), a.end(), None, None, "army")  # not a body: no sub-unit is read after it
    place_starts_set = {m.start for m in places}
    for m in places:  # foreign government bodies: 美国特勤局, 日本经济产业省
        if m.kind == "foreign" and ("党" in text or "军" in text):
            p = FOREIGN_PARTY.match(text, m.end)
            if p:
                if not (set(p.group(1)) & (SOFT_STOP | set("同"))):
                    add(m.start, p.end(), None, None)
            elif a := ARMY_AFTER_COUNTRY.match(text, m.end):
                add(m.start, a.end(), None, None, "army")  # not a body: no sub-unit is read after it
        if m.kind == "foreign":
            b = FOREIGN_BODY.match(text, m.end)
            core = b.group(1) if b else ""
            # 全国 and a 与/和 joining two words of the name (国家安全与国防委员会) stay inside it; a 和
            # before another country does not (美国和日本政府)
            joins = [i for i, c in enumerate(core) if c in "与和"]
            if b and joins and (any(m.end + i + 1 in place_starts_set for i in joins) or b.group(0).endswith("部队")):
                b = None  # 乌克兰导弹和炮兵部队: units of an army are not listed
            if b and not (set(core) & (SOFT_STOP - set("与和全"))) \
                    and not FOREIGN_BODY_BAD.search(core) \
                    and not (b.group(1) == "" and b.group(0) in ("部", "局", "署", "中心", "本部", "议院", "联盟")) \
                    and not b.group(0).endswith(("市中心", "总部")) \
                    and not (b.group(0).endswith("部") and text.startswith("署", b.end())) \
                    and not (len(b.group(1)) < 2 and b.group(0).endswith("部队") and not b.group(0).endswith("武装部队")) \
                    and not (b.group(1) and b.group(0).endswith(MILITARY_BRANCH)):
                own = _own_name_after_kind(core) if b.group(0).endswith(("公司", "集团")) else None
                end = b.end()
                if b.group(0).endswith(("国会", "议会")) and (chamber := LEGISLATURE_CHAMBER.match(text, end)):
                    committee = chamber.group("committee")
                    end = chamber.end() if committee is None or not (
                        set(committee) & SOFT_STOP or FOREIGN_BODY_BAD.search(committee)) else chamber.start("committee")
                add(m.start if own is None else m.end + own, end, None, None)

    def implied(ch, pos):
        level = IMPLIED_LEVEL.get(ch)
        if level is None:
            return None
        best = None
        for m in places:  # nearest place of that level before pos, else the article's
            if m.place is not None and m.place.level == level and m.end <= pos:
                best = m.place
        return best or article_places.get(level)

    core_hits = [h for h in hits if ORG_CORE in h.kinds]
    first_start_by_end: dict[int, int] = {}
    for h in core_hits:
        first_start_by_end[h.end] = min(h.start, first_start_by_end.get(h.end, h.start))
    for h in core_hits:
        if first_start_by_end[h.end] < h.start:
            continue  # 就业服务 inside 劳动就业服务: the longer core wins
        b = body.match(text, h.end)
        if b is None and h.key not in whole_cores:
            continue
        s, e = h.start, b.end() if b else h.end  # 市总工会: a whole name after its place
        core, suffix = h.key, b.group(0) if b else ""
        canonical_tail = cores.get(core, core) + suffix
        chain_end = s
        start, region = _place_chain_start(places_by_end, chain_end)
        if start >= chain_end and text.endswith("特区", 0, s):  # 澳门特区劳工事务局: the SAR written short
            chain_end = s - 2
            start, region = _place_chain_start(places_by_end, chain_end)
        if start < chain_end:
            add(start, e, _chain_names(places_by_end, chain_end) + canonical_tail, region)
            continue
        level_word = "自治区" if text.endswith("自治区", 0, s) else text[s - 1] if s else ""
        p = s - len(level_word)  # where the level word starts
        if level_word in IMPLIED_LEVEL and (p < 1 or text[p - 1] not in DETERMINERS):
            # 省人社厅, 县人社局, 区就业服务中心, 自治区工业和信息化厅: the place is implied by the article
            # (记者自市人社局获悉: 自 before the level word too, though it is no STOP: 自治区, 自然资源局)
            if p < 1 or not CJK.match(text[p - 1]) or text[p - 1] in STOP or text[p - 1] == "自":
                region = implied(level_word, s)
                add(p, e, _canonical(region, canonical_tail, level_word), region)
                continue
        for prefix in NATIONAL_PREFIXES:
            if text[max(0, s - len(prefix)):s] == prefix and s - len(prefix) not in places_by_end:
                # (英国国家统计局: another country's office, already named with its country)
                add(s - len(prefix), e, prefix + canonical_tail)
                break

    for p in party.finditer(text):
        s, e = p.start(), p.end()
        start, region = _place_chain_start(places_by_end, s + 1)
        town = places_by_end.get(s + 1) if text[s] in "镇乡" else None
        if town is not None:  # 三都水族自治县九阡镇党委副书记: the town's committee, named from the town
            add(town.start, e, text[town.start:e], region)
        elif start <= s and places_by_end.get(s + 1) is not None:
            add(start, e, _chain_names(places_by_end, s + 1) + text[s + 1:e], region)  # 湖南省委
        elif text[s] not in "镇乡" and (s == 0 or not CJK.match(text[s - 1]) or text[s - 1] in STOP):
            # 省委, 市政府 stand for the article's province or city; a bare 镇政府 names no one (sample 000)
            region = implied(text[s], s)
            add(s, e, _canonical(region, text[s + 1:e], text[s]), region)

    fixed_spans = [(o.start, o.end) for o in out.values()]
    fixed_starts = {o.start for o in out.values()}  # 国务院联防联控机制春运工作专班
    place_starts = [m.start for m in places]
    place_start_set = {m.start for m in places if m.kind != "abbreviation"}
    for f in _matches_not_after_digit(free, text):
        s, e = f.start(), f.end()
        if fixed_spans and any(a < s and b >= e for a, b in fixed_spans):  # 人民检察院 in 最高人民检察院
            continue
        start, region = _place_chain_start(places_by_end, s)
        if start == s:
            start, region = _free_name_start(text, s, places, places_by_end, place_starts)

        if start is None:
            continue
        if text.startswith(("如何", "怎样", "怎么"), start):
            continue  # 如何跨越实验室到市场: a question, no name
        if start not in place_start_set:  # 包括飞利浦公司, 专访新开发银行: the name starts after the verb
            inside = None
            for inside in VERB_INSIDE.finditer(text, start, s):
                pass
            if inside is not None and inside.end() < s - 1:
                start = inside.end()  # 机上人员名单包括瓦格纳集团
            v = VERB_HEAD.match(text, start, s)
            while v and v.end() < s:
                start = v.end()
                v = VERB_HEAD.match(text, start, s)
        for k in range(bisect.bisect_left(place_starts, start), bisect.bisect_left(place_starts, s)):
            m = places[k]  # 加沙地带北部希法医院: a body in a part of a place is named after the part
            if start <= m.start and m.end < s and m.kind != "abbreviation":
                d = PART_OF_PLACE.match(text, m.end, s)
                if d:
                    start = d.end()
        core = text[start:s]
        chain_end = max((m.end for m in places if m.start >= start and m.end <= s and m.kind != "abbreviation"),
                        default=start) if start in place_start_set else start
        if chain_end > start and text[start - 1:start] == "是" and KIND_WORDS.fullmatch(text, chain_end, s):
            continue  # 奥赛博物馆是法国国立博物馆: a kind of museum in France, not a name
        if len(core) < 2 or core in GENERIC_ORG_CORES or any(w in core for w in GENERIC_CORE_WORDS) \
                or SETUP_VERBS.search(core) or DESCRIPTION_WORDS.search(core) or VERB_HEAD.fullmatch(core):
            continue
        if f.group(0) == "海关" and text.startswith(("总署", "组织"), e):
            continue  # 海关总署 is a fixed name; 世界海关组织
        if f.group(0) in PLACE_NEEDED and start not in place_start_set and start not in fixed_starts:
            national = core.startswith(NATIONAL_PREFIXES) and not re.search("[级类]", core) and (
                start == 0 or not CJK.match(text[start - 1]) or text[start - 1] in HARD_STOP)
            if not national and not LEAD_IN_WORDS.search(text[max(0, start - 2):start]) or "寻访" in core:
                continue
        add(start, e, None, region, "free")

    joined = []
    for suffix in (JOINED_SUFFIX.finditer(text) if "与" in text or "和" in text else ()):
        j = NATIONAL_JOINED.search(text, max(0, suffix.start() - 16), suffix.end())
        if j and j.end() == suffix.end():
            joined.append(j)
    for j in joined:  # 中国物流与采购联合会, 中国科学技术协会
        a = j.start()
        if (a == 0 or text[a - 1] in HARD_STOP or not CJK.match(text[a - 1])) \
                and not (set(j.group(0)) & (SOFT_STOP - set("与和全"))):
            add(a, j.end(), None, None, "free")
    for m in places:  # 大坪村村委会, 清凉寺村党支部
        if m.kind == "village":
            v = VILLAGE_BODY.match(text, m.end)
            if v:
                add(m.start, v.end(), None, None)

    for m in places:  # 甘肃传祁乳业: a company named by place + name + trade, without 公司
        if m.kind in ("division",) and m.place is not None:
            i = industry.match(text, m.end)
            if i and not (set(i.group(0)) & STOP) and not INDUSTRY_BAD.search(i.group(0)[:-2]):
                add(m.start, i.end(), None, m.place)

    # listed companies named before their stock code: 贵州茅台(600519), 宁德时代（300750.SZ）
    for c in STOCK_CODE.finditer(text):
        e = c.start()
        i = e
        while i > 0 and e - i < 10 and text[i - 1] not in SOFT_STOP and (CJK.match(text[i - 1]) or text[i - 1].isalpha()):
            i -= 1
        if e - i >= 2:
            add(i, e, None, None, "free")

    # sub-units right after an ORG (…服务中心城镇就业指导和劳动力市场管理处)
    for org in list(out.values()):  # 应急管理部消防救援局, 国家航天局探月与航天工程中心
        if org.kind == "body" and org.text in fixed and fixed_kinds.get(org.text) == "gov":
            u = SUB_UNIT.match(text, org.end)
            if u and not (set(u.group(1)) & (SOFT_STOP - set("与和"))) and not SETUP_VERBS.search(u.group(1)) \
                    and not VERB_HEAD.match(u.group(1)) and not DESCRIPTION_WORDS.search(u.group(1)) \
                    and not any(u.group(1).startswith(x) for x in ("新闻发言", "副", "有关", "相关", "直属", "下属", "各",
                                                                    "和", "与", "及")) \
                    and not re.search(r"[和与](?:国家|中国|全国|中央)|[愿将要已还也正在同向对把被]", u.group(1)) \
                    and not any(o.end == u.end() and org.end < o.start for o in out.values()):
                # (not 证监会和国家外汇管理局, nor 行政会议接纳最低工资委员会: a body named on its own ends the stretch)
                add(org.start, u.end(), None, None)
    for org in list(out.values()):
        if org.kind == "free" and (a := attach_direct.match(text, org.end)):
            add(org.start, a.end(), None, org.region)
        if org.kind != "body":
            continue
        a = attach.match(text, org.end)
        if a and not (set(a.group(0)) & (HARD_STOP - set("和与"))) and not re.search("^[和与及]|等|有关|相关", a.group(0)) \
                and not NOT_A_UNIT_INSIDE.search(a.group(0)) \
                and not text.startswith(BOND_AFTER, a.end()):  # 北京证券交易所公司企业债券: corporate bonds
            add(org.start, a.end(), None, org.region)
    for m in BODY_LIST.finditer(text) if "等" in text else ():
        i = m.start()  # 在库务署、税务局、政府统计处…及差饷物业估价署等部门: each is a body
        for item in re.split("[、及和与]", m.group(1)):
            add(i, i + len(item), None, None, "listed")
            i += len(item) + 1
    # a hospital or school attached to a university (首都医科大学附属北京天坛医院): the whole name
    ends_at = {}
    for o in out.values():
        ends_at.setdefault(o.end, o)
    for o in list(out.values()):
        if o.kind == "free" and text[o.start - 2:o.start] == "附属" and o.start - 2 in ends_at:
            parent = ends_at[o.start - 2]
            add(parent.start, o.end, None, parent.region, "free")
    # a branch named by its place right after an institution (江西省儿童医院红谷滩分院)
    places_by_start = {m.start: m for m in places if m.kind in ("division", "foreign")}
    for org in list(out.values()):
        m = places_by_start.get(org.end)
        if org.kind == "free" and m is not None:
            br = BRANCH_AFTER.match(text, m.end)
            if br:
                add(org.start, br.end(), None, org.region, "branch")
    # offices and departments written right after a government or party committee (湖北省人民政府办公厅,
    # 北京市委宣传部): the sub-body is a mention, the government it belongs to another
    for org in list(out.values()):
        if org.kind in ("body", "free") and org.text.endswith(GOVERNING_ENDS):
            u = DIRECT_UNIT.match(text, org.end)
            if u:
                add(org.start, u.end(), None, org.region)

    for w in ARMED_WING.finditer(text) if "派别" in text or "分支" in text else ():  # (a rare word: skip the scan)
        if not (set(w.group(1)) & SOFT_STOP):
            add(w.start(1), w.end(1), None, None)

    # a ministry's department named before its head (、国民经济综合统计司司长付凌晖, ，就业促进司司长张莹)
    for d in DEPARTMENT_BEFORE_HEAD.finditer(text) if "司长" in text else ():
        if not any(o.start <= d.start(1) and d.end(1) <= o.end for o in out.values()):
            add(d.start(1), d.end(1))
    if "队" in text:
        for m in places:
            t = TEAM.match(text, m.end) if m.kind in ("division", "foreign") else None
            if t:
                start, region = _place_chain_start(places_by_end, m.end)
                add(start, t.end(), None, region if m.kind == "division" else None, "team")
        for c in re.finditer("中国", text):
            if t := TEAM.match(text, c.end()):
                add(c.start(), t.end(), None, None, "team")
        for org in list(out.values()):
            if org.kind == "free" and org.text.endswith(("大学", "学院", "中学")) and (t := TEAM.match(text, org.end)):
                add(org.start, t.end(), None, org.region, "team")
    channels = list(CCTV_CHANNEL.finditer(text)) if "频道" in text else []
    for c in CHANNEL_OPENING.finditer(text) if channels else ():
        add(c.start(1), c.end(1), None, None, "channel")
    for c in channels:
        # the channel is named as written; 央视 and 央视新闻 inside it are not mentions of their own, the station is
        for key in [k for k, o in out.items() if c.start() <= o.start and o.end <= c.end() and o.canonical != STATION]:
            del out[key]
        add(c.start(), c.end(), None, None, "channel")
        station = STATION_PREFIX.match(text, c.start())
        bare = station.end() if station else c.start()
        add(bare, c.end(), None, None, "channel")  # annotators also write it without the station
        while (listed := CHANNEL_LISTED.match(text, c.end())) is not None:
            add(listed.start(1), listed.end(1), None, None, "channel")
            c = listed
    # dateline credits: 华声在线3月30日讯, 央视网消息
    first = text[:40]
    d = re.match(r"^[\s【\[]*([\u4e00-\u9fff]{2,8}?)(\d{1,2}月\d{1,2}日)?(?:讯|消息|电)", first)
    if d and not any(o.start == d.start(1) for o in out.values()) and (
            d.group(2) or d.group(1).endswith(("网", "社", "台", "在线", "报", "新闻", "客户端"))):
        add(d.start(1), d.end(1))
    # 广西汽车集团 inside 广西汽车集团有限公司 at the same place is not a mention of its own
    longest: dict[int, int] = {}
    for o in out.values():
        if o.kind == "free" or (o.kind == "branch" and "大学" in o.text):  # 加州大学洛杉矶分校 (_own_name_head)
            longest[o.start] = max(longest.get(o.start, 0), o.end)
    # 吉林石化公司 inside 中国石油吉林石化公司: the same company, read back from the same suffix
    ends = {}
    for o in out.values():
        ends.setdefault(o.end, []).append(o.start)
    # 浙江大学 inside 浙江大学医学院附属第一医院 is a name of its own: only a legal-form tail (有限公司)
    # or a trade word makes the shorter name the same company
    # 宁德时代 at the head of 宁德时代新能源科技股份有限公司: the company's short name inside its full name
    free_ends_by_start: dict[int, int] = {}
    for o in out.values():
        if o.kind == "free":
            free_ends_by_start[o.start] = max(free_ends_by_start.get(o.start, 0), o.end)
    for key in [k for k, o in out.items() if fixed_kinds.get(o.text) == "company"
                and free_ends_by_start.get(o.start, 0) > o.end]:
        del out[key]
    kept = [o for o in out.values() if not (o.kind == "free" and (
        longest.get(o.start, 0) > o.end and not _own_name_head(text, o, longest[o.start])
        or any(s < o.start for s in ends[o.end])))
        # 中央宣传部 inside 中共中央宣传部: the same body with its national prefix
        and not any(s < o.start and text[s:o.start] in NATIONAL_PREFIXES for s in ends[o.end])]
    return sorted(kept, key=lambda o: (o.start, -o.end))


def _matches_not_after_digit(pattern: re.Pattern, text: str):
    """pattern.finditer(text) as if the pattern began with (?<![0-9０-９])."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        if m.start() and text[m.start() - 1] in "0123456789０１２３４５６７８９":
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


OWN_NAME_HEAD = re.compile(r"大学|学院|科学院|研究院|医院|银行|电视台|广播电视台")
UNIVERSITY_BRANCH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:分校|研究院|研究中心|研究所|研究生院)")


def _own_name_head(text: str, inner: OrgMention, outer_end: int) -> bool:
    """Whether a free name at the head of a longer one (浙江大学 in 浙江大学医学院) is an institution
    of its own: a school, hospital, academy or bank whose name the longer one continues."""
    if re.search(r"最大|会见|签署|母公司|双方", inner.text):  # 加沙地带最大医院希法医院: a description
        return False
    if inner.text.endswith("大学") and UNIVERSITY_BRANCH.fullmatch(text, inner.end, outer_end):
        return False  # 加州大学洛杉矶分校, 武汉理工大学咸宁研究院: golds list the branch alone (4 of 4)
    return bool(OWN_NAME_HEAD.search(inner.text[-3:])) and not re.match(
        r"(?:股份|有限|责任|集团|控股)", text[inner.end:outer_end])


def _own_name_after_kind(stretch: str) -> int | None:
    """Where a company's own name starts in the stretch between its country and 公司/集团, after a
    description of its kind (英国|市场调查企业|凯度公司 -> 凯度), or None."""
    kind = COMPANY_DESCRIBED.match(stretch)
    return kind.end() if kind and len(stretch) - kind.end() >= 2 else None


def _free_name_start(text: str, s: int, places: list[PlaceMention], places_by_end: dict[int, PlaceMention],
                     place_starts: list[int]) -> tuple[int | None, Place | None]:
    """Where a name ending in a free suffix (公司, 大学, 医院) starts, or None when unclear.

    A place may start it, with a name-like stretch up to the suffix (张掖市三益化工公司); else the
    name must reach back to a clear boundary (punctuation, 的, 在, 与 ...) or a national prefix
    (中国…); a stop in the middle of a phrase (办好孔子学院, 第十届世界大学) makes it unclear.
    """
    if text.endswith(MOTION_BEFORE_SUFFIX, 0, s):
        return None, None  # 助推新质生产力走出实验室: a kind of place gone to or from, no name
    place_start_set = {m.start for m in places}
    i = s
    while i > 0 and s - i < MAX_NAME and (text[i - 1] not in HARD_STOP or text[i - 1] == "和" and i >= 2
                                          and text[i - 2] not in HARD_STOP and i not in place_start_set
                                          and text[i - 2] not in "会部局院委司厅行社署办所校馆团"):
        i -= 1
    for k in range(bisect.bisect_left(place_starts, i), bisect.bisect_left(place_starts, s)):
        m = places[k]
        if m.end <= s and m.kind != "abbreviation":
            between = text[m.end:s]
            if between[:1] == "一" and len(between) <= 2:
                break  # 美国一大学发生枪击: "a university in the US", no name
            # 北京协和医院: 和 inside a word (not 北京和上海医院: a place right after it)
            breaks = set(between) & NAME_BREAK
            if breaks == {"和"} and len(between) <= 4 and between[0] != "和" and not any(
                    c == "和" and m.end + j + 1 in place_start_set for j, c in enumerate(between)):
                breaks = set()
            if CLAUSE_VERBS.search(between):
                return None, None
            if len(between) <= 10 and not breaks and not LEAD_IN_WORDS.search(between):
                own = _own_name_after_kind(between) if text.startswith(("公司", "集团"), s) else None
                if own is not None:
                    return m.end + own, None
                start, region = _place_chain_start(places_by_end, m.end)
                return min(start, m.start), region
    j = s
    while j > 0 and s - j < MAX_NAME and (text[j - 1] not in SOFT_STOP or text[j - 2:j] == "首都") \
            and CJK.match(text[j - 1]):
        j -= 1  # 首都医科大学: 都 of 首都 is no stop
    stretch = text[j:s]
    lead = None
    for lead in LEAD_IN_WORDS.finditer(stretch):
        pass
    if lead is not None:
        j += lead.end()
        stretch = text[j:s]
        for prefix in ("中华人民共和国", "中国", "中华", "中共"):  # 会见纪念中国佛教协会…: it starts at 中国
            if prefix in stretch[1:]:
                return j + stretch.index(prefix, 1), None
        return (j, None) if len(stretch) >= 2 else (None, None)
    for prefix in NATIONAL_PREFIXES:
        if prefix in stretch:
            return j + stretch.index(prefix), None
    if stretch[:1] in MEASURE_WORDS:
        return None, None
    if j == 0 or text[j - 1] in HARD_STOP or text[j - 1] in LEAD_INS \
            or not (CJK.match(text[j - 1]) or text[j - 1].isdigit()):
        return j, None
    return None, None


def _canonical(region: Place | None, tail: str, written_prefix: str) -> str | None:
    if region is None:
        return None
    return region.name + tail


def to_entity(o: OrgMention) -> Entity:
    return Entity("ORG", o.text, o.text, o.start, o.end, canonical_name=o.canonical,
                  region_code=o.region.code if o.region is not None else None)
