"""What a quantity is about: time, region, category, indicator and comparison.

Each attribute is looked up from the narrowest text span outwards: the clause before the figure,
the rest of its clause, the sentence, the paragraph, then the article (GUIDE "Fields").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date, timedelta
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NamedTuple, Sequence

from pipelines.entities.gazetteer import place_for_code  # the same gazetteer as the LOC entities
# line_abbreviations: LOC, never a region
from pipelines.entities.places import COMPASS_PARTS, MUNICIPALITIES, line_abbreviations
from pipelines.models import Entity

from . import lexicon
from .extract import Quantity
from .timeexpr import CANDIDATE as TIME_CANDIDATE
from .timeexpr import (BASE_BEFORE, CN_NUM, PLAN_WORDS, STATED_AFTER_DAY, TimeMention, article_holiday, find_times,
                       reference_year, shift_year, whole_number)

# an ASCII comma or colon between digits is a thousands separator or a clock time (1,976人次, 10:30), no break
# (every branch opens with its break character: the engine then skips ahead to those characters)
CLAUSE_BREAK = re.compile(r"[，；;：。！!？?\n]|[,:](?:(?<![0-9][,:])|(?![0-9]))")
SENTENCE_BREAK_CHARS = "。！!？?\n"  # each is also a clause break
SENTENCE_BREAK = re.compile(f"[{SENTENCE_BREAK_CHARS}]")
LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{CLAUSE_BREAK.pattern})")  # search(text, lo, pos): where pos's clause starts
NEWLINE = re.compile(r"\n")
ENUMERATION_JOINERS = {"、", "和", "与", "及", "以及", "同"}
ROUTE_JOINERS = {"至", "到"}  # 宁波至金华的甬金铁路: a line's two ends, read like a list (their shared parent)
PROVINCE_WIDE_ZONES = ("自由贸易港",)
_SIDES = (*COMPASS_PARTS, "东海岸", "西海岸")
# 巴基斯坦西北部白沙瓦市, 加沙地带北部的杰巴利耶: the second place is in that part of the first
PART_OF = {*_SIDES, *(side + "的" for side in _SIDES),
           "首都", "首府", "首都的",  # 伊拉克首都巴格达: the capital is inside its country
           # 约旦河西岸城市杰宁, 俄罗斯南部城市别尔哥罗德: a city named after the region it is in
           "城市", "北部城市", "南部城市", "东部城市", "西部城市", "中部城市", "港口城市", "边境城市", "沿海城市",
           "省会"}
# 四川粮油生产大市广安, 湖北劳务输出大县红安: a place named after a description of it inside its parent
DESCRIBED_PART = re.compile(r"[\u4e00-\u9fff]{0,8}(?:大市|大县|大区|重镇|名城|名镇|主产区)(?:——|—)?")
# every province, also before a figure's places (31个省（自治区、直辖市）和新疆生产建设兵团报告…757例)
ALL_PROVINCES = re.compile(r"3(?<![0-9]3)1个省|各(?:省区市|省份|省市区|省、自治区、直辖市)")
PROVINCES_WITH_REGIONS = r"省[（(](?:自治)?区、(?:直辖)?市"  # 11个省（区、市）, 28个省(自治区、直辖市)
PROVINCES_SUBJECT = re.compile(r"(?:全国|我国)?[0-9]{1,2}个?"  # 28个省(自治区、直辖市)和新疆生产建设兵团
                               rf"(?:省份|省区市|省市区|省市|{PROVINCES_WITH_REGIONS})")
# 66%的在华美国企业, 近六成受访企业表示将增加在华研发支出: in China (not 在华北, 在华为)
IN_CHINA = re.compile(r"在华(?![北东南中西夏为山侨])")
SUPERLATIVE_SCOPE = re.compile(r"[^，,。；;、0-9]{0,4}?最(?:高|大|长|深|北|南|东|西|早|多)的")
ATTENDING = re.compile(r"出席|参加|参会|与会")
MINISTRY_FIELDS = ("人社", "人力资源和社会保障", "人力资源社会保障", "商务", "财政", "工业和信息化", "工信", "交通运输",
                   "农业农村", "文化和旅游", "水利", "应急管理", "公安", "教育", "民政", "生态环境", "住房城乡建设",
                   "自然资源")
# 其中韩国, 之中日: no China pair. The lookbehind follows 中: opening with it, the pattern loses its first-character scan (6x slower)
NATIONAL = re.compile(r"中(?<![其之]中)(?=[美欧俄日韩法德英非澳][^洲])|全国|我国|国务院|国家统计局|国家发展改革委|中国(?!劳动|人民|共产|银行|工商|建设|农业|移动|电信|联通|国际)|中央"
                      # central bodies whose figures are national (中国人民银行今天公布的数据显示…); 国内 as a
                      # rank or a partner (行业规模国内第一, 与国内高等院校合作) is not the country's figure
                      r"|国(?<![省市县区境]国)内(?!外|第一|首|领先|最|一流|知名|顶尖|先进|同行|高校|高等院校|院校|大学|科研)|中国人民银行|央(?<![洲国本行]央)行|国家外汇管理局|国家[^，,。；;\n的]{1,6}?局|海关总署|国铁集团|国家铁路"
                      # ministries, not a place's departments of the same field (工信部门, 各地教育部门); each
                      # alternative opens with a literal, so that the engine skips ahead to those characters
                      + "".join(f"|{field}部(?!门)" for field in MINISTRY_FIELDS) +
                      r"|市场监管总局|审计署|国家卫生健康委|国务院国资委|证监会|银保监会|金融监管总局|农发行|国家能源局"
                      # every province (31个省（区、市）, 各省区市): the whole country
                      r"|" + ALL_PROVINCES.pattern)
# the rest of a name a place opens, before 等 and a count (吉林|水网骨干工程|等44项)
EXAMPLE_NAME_REST = re.compile(r"[^，,。；;、：:\s0-9的和与及同对向为在等]{2,10}")
# between a figure and the place it describes (18摄氏度|的|黑龙江漠河北极村, 4300米|的|阿里地区)
DESCRIBES_PLACE_AFTER = re.compile(r"[^，,。；;、：:0-9在于和与及]{0,4}的")
# between places listed with their parts: directions and list words only (…中北部和西南部、…)
PARTS_BETWEEN = re.compile(r"(?:[东西南北中]{1,2}部|[和、及与])*[和、及与](?:[东西南北中]{1,2}部|[和、及与])*")
# what may open a clause before its place: 在, after a day word (…，当天在哈尔科夫方向，…)
AT_PLACE_OPENING = re.compile(r"(?:当天|当日|同日|同一天|今天|昨天|[0-9]{1,2}日)?[并还又也]?在$")
# 我国/全国 named before the places of a sentence make it a national figure (我国粮食生产克服了黄淮地区…).
NATIONAL_SUBJECT = re.compile(r"我国|全国(?!人大|政协|总工会|妇联|工商联|各地)")
OUR_COUNTRY = re.compile(r"我国")  # before foreign places: China's figures about them
# Words before 全国 that make it the yardstick of a comparison, not the figure's place
# (占全国进出口总值的36.5%, 高出同期全国增速5.4个百分点).
NATIONAL_AS_BASE = ("占", "高出", "高于", "低于", "快于", "慢于", "超过", "超出", "比", "较", "同期", "居")
# 全国/我国 as the field a place is ranked in (成为全国第三个贷款总量超过千亿元的省份, 居全国首位,
# 容桂街道是我国首个工业产值突破千亿的镇域)
RANKED_IN = re.compile(r"第[一二三四五六七八九十0-9]|首[个家位批]|前[列三五十]")
CONTRIBUTION_TO = re.compile(r"[^，,。；;]{0,10}贡献")  # 对全国外贸增长贡献率40.5%: 全国 is what is added to
# 全国 in a national honour a local figure counts (全国技术能手695人, 全国劳动模范), and a central body that
# sets a local target (完成人力资源社会保障部下达任务指标的212%): not the figure's place
NATIONAL_HONOUR = re.compile(r"技术能手|劳动模范|劳模|五一劳动奖|先进集体|先进个人|先进工作者|模范|文明城市|文明单位")
TARGET_SET = "下达"
# Who reports a figure is not where it is (据深圳海关统计, 记者从上海海关了解到).
SOURCE = re.compile(r"据[^，,。；;\n]{1,24}?(?:统计|数据|消息|报道|监测|测算)|记者从[^，,。；;\n]{1,30}?(?:了解到|获悉)")
# a sentence that turns to another view of the subject (而从生产端看，…; 分区域看，…): the places of the
# sentences before it are examples, not its place
NEW_VIEW = re.compile(r"(?:而|另外|此外|同时)?(?:从|分)[^，,。；;\n]{1,12}?(?:看|来看)[，,]")
# a document cited as the basis of what is done (依据《湖北省…实施办法》): its place is its scope
CITED_DOCUMENT = re.compile(r"(?:依据|根据|按照|依照|遵照|贯彻|落实|执行)《[^《》\n]{1,80}》")
# an attack on the place named after it (以色列空袭加沙地带…)
ATTACK = re.compile(r"空袭|袭击|轰炸|炮击|打击|进攻|攻击")
NO_ONE_PLACE = ""  # the context lists places of no one parent: the figure has no region
UNKNOWN = object()  # not yet worked out (a cache miss)
# The world economy as what the figure's clause is about (2022年全球外国直接投资额下降了12%, 将今年全球
# 经济增长预期上调至2.9%), not 全球 as where things come from (来自全球…), a superlative or a share.
WORLD_SUBJECT = re.compile(r"(?<![来自向往到销出口服务惠占于在对《“：:])(?:全球|世界)(?:经济|贸易|外国直接投资|直接投资|可再生能源|"
                           r"日均石油需求|石油需求|粮食|平均气温|人口|债务|通胀|通货膨胀|GDP|国内生产总值)"
                           r"(?!论坛|组织|大会|中心|研究|计划署|峰会|博览会|日)")  # 世界经济论坛, 世界粮食计划署: bodies
COMPARED_YEAR = re.compile(r"年(?:较|比|同比)")
REVIEW_LEAD = re.compile(r"(?:党的)?(?:十[八九]大|二十大)以来|“?十[三四]五”?(?:以来|期间)")
# a year that opens an event's name (2024年广西“就业暖心·桂在行动”专项服务活动, 2022年庐阳区春风行动专场招聘会)
NAMED_EVENT_AFTER = re.compile(r"[^，,。；;：:！？!?\n]{2,40}?(?:招聘会|招聘活动|服务活动|专场活动|博览会|交易会|洽谈会|运动会|论坛|峰会)")
# Groups of economies as what the figure is about (发达经济体增长明显放缓，预计增速将…降至1.5%): no one region
ECONOMY_GROUP = re.compile(r"(?:新兴市场和)?(?:发达|发展中|新兴|新兴市场)(?:经济体|国家)")
# a place's media or officials speaking (苏丹媒体称喀土穆…): the place told of comes after
PLACE_SPEAKS = re.compile(r"(?:媒体|官方|方面|官员|当局|军方|警方)(?:\d{1,2}日)?(?:称|说|表示|报道)")
# the end of a speaker opening a sentence (俄罗斯国防部2月29日称，); its places are a source's
SPEAKER_END = re.compile(r"(?:\d{1,2}日)?(?:称|表示|宣布)[，,：:]")
MAX_SPEAKER = 30
# a source that is a medium (据美国媒体报道): where it is from says nothing of the figure's place
MEDIA_SOURCE = re.compile(r"媒体|报|社|电视|网|通讯")
# (Every alternative starts with a literal character, lookbehinds after it, so the engine can
# skip ahead to those characters instead of trying each position.)
# Where a 对/自/向 place follows 我国/全国, it is the partner (我国对东盟、欧盟、美国分别进出口).
PARTNER_BEFORE = frozenset("对自向与同")
PARTNER_AFTER_NATIONAL = re.compile(r"(?:我国|中国|全国)[^，,；;。]{0,8}?(?:对(?!接|口)|与|同|自|向)")
# A trade partner needs no national word when trade follows it (四季度对欧盟、美国进出口回暖): the list
# after 对/与/同/自/向 runs up to the place, and a trade word up to the clause's end.
PARTNER_LIST_BEFORE = re.compile(r"[对与同自向](?:[^，,；;。、和及与]{1,10}(?:、|和|及|与))*$")
PARTNER_LIST_LAST = frozenset("对与同自向、和及")  # what PARTNER_LIST_BEFORE can end with
CONTINENTS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "拉丁美洲", "北美洲", "南美洲", "大洋洲", "亚太", "亚太地区"})
CONTINENTAL_EVENT_AFTER = re.compile(r"[^，,。；;：:\n]{0,8}?(?:运动会|锦标赛|杯|博览会|艺术节|电影节|文化节)")
TRADE_BEFORE = re.compile(r"进出口|出口|进口|贸易")
OWN_ECONOMY_AFTER = re.compile(r"的?(?:外贸|贸易|经济|发展|产业)")
PARTNER_BEFORE_OTHERS = re.compile(r"对[^，,；;。对]{1,12}等$")  # 对哈萨克斯坦等 before 中亚五国
# 与杭州等32个重点用工地区…协调对接 (in a story of 西和县): the places of another province worked with,
# not where the figure is
WORKED_WITH_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:对接|合作|协作|结对)")
# trade after a partner, a list of partners (对欧盟、美国进出口) or a region's countries counted (对中亚五国进出口)
TRADE_AFTER = re.compile(r"(?:(?:、|和|及|与)[^，,；;。、和及与]{1,10})*?(?:[0-9一二两三四五六七八九十]{1,3}国|国家)?(?:的)?"
                         r"(?:进出口|出口|进口|贸易|投资)")
# people of a place (香港居民, 港澳游客) in a clause that names where they are or went (在深圳, 前来广东)
VISITORS_AFTER = re.compile(r"(?:居民|游客|旅客|同胞|市民|籍)")
FOREIGN_VISITORS_AFTER = re.compile(r"(?:游客|旅客|客商)")
VISIT_BEFORE = ("在", "来", "到", "赴", "往", "抵达")
# An event's dates, told once (第三届消博会将于4月10日—15日在海南海口举行; 为期5天的…交易会今天（11月19日）
# …落下帷幕), and the later words that refer to it (本届消博会, 消博会期间, 为期六天的消博会, 届时).
EVENT_NAME_END = r"(?:会|节|展|赛|论坛|周|月)"
EVENT_HELD = re.compile(r"(?:在[^，,。；;]{1,12})?(?:举行|举办|召开|开幕|开展|进行)")
CLOSING_WORDS = ("闭幕", "落幕", "落下帷幕", "圆满结束")
EVENT_CLOSED = re.compile(rf"([^，,。；;：:\n]{{2,30}}?{EVENT_NAME_END})[^，,。；;]{{0,24}}?(?:{'|'.join(CLOSING_WORDS)})")
EVENT_DAYS = re.compile(rf"为期([0-9{CN_NUM}]{{1,3}})天的([^，,。；;]{{0,30}}?{EVENT_NAME_END})")
EVENT_REFERENCE = re.compile(rf"本届([^，,。；;的]{{0,8}}?{EVENT_NAME_END})?|([^，,。；;]{{1,8}}?{EVENT_NAME_END})期间|届时|会期")
EVENT_WORDS = ("本届", "期间", "届时", "会期", "为期")
EVENT_ORDINAL = re.compile(rf"^(?:本届|[0-9]{{4}}年?|第[0-9{CN_NUM}]+届)")

LAST_MONTHS_VALUE = re.compile(r"由上月(?:同比|环比)?(?:下降|上涨|增长|回落|减少|上升)$")
# Where goods are sold or whom they are made for (出口东南亚的10000辆重卡, 为比利时建造的…集装箱船) is
# not where the figure is (but where a shipment goes is: 废水被运往得克萨斯州).
DESTINATION_BEFORE = ("出口", "销往", "远销", "出口到", "出口至")
# 中国—欧洲航线, 我国至欧洲航线: the far end of a route from China; its figures are the country's
ROUTE_FROM_CHINA_BEFORE = re.compile(r"(?:中国|我国)(?:—|–|-|－|至|到)$")
ROUTE_AFTER = re.compile(r"(?:之间)?(?:的)?(?:国际)?(?:航线|航班|班列|直航|海运航线)")
CUSTOMER = re.compile(r"(?:的)?(?:建造|打造|制造|生产|定制|研制)")
# Regional groupings written short in the text, named in full as a region.
REGION_NAMES = {"大湾区": "粤港澳大湾区"}
# a central bank named by a place whose figures are another area's: (the bank's words, the area)
CENTRAL_BANK_AREAS = {"欧洲": (("央行", "中央银行"), "欧元区"), "英格兰": (("银行",), "英国")}
# where a speaker speaks (王晓萍26日在北京介绍，…): the place of the talk, not of its figures
SPEECH_AFTER = re.compile(r"(?:介绍|表示|指出|透露|强调|说)")
RECORD_AFTER = re.compile(r"(?:青年|青少年|少年)?(?:最高)?纪录")
DIGEST_TITLE = re.compile(r"联播快讯|新闻快讯|^快讯$")
# 在雄安新区举行, 在吉林长春启动: the place an event is held is the place of its figures.
VENUE_VERB = re.compile(r"[^，,。；;！？\n]{0,4}?(?:举行|举办|开幕|闭幕|开工|开建|启动|开通|投产|落成|揭牌|亮相)")
# (not 资本市场, 日本市场, 该市场: a market; the lookbehind after the first character keeps the fast scan)
WHOLE_AREA = re.compile(r"(?:全|本|该|我)(?<![资日].)(?P<level>省|自治区|区|市(?!场)|州|县)")
# 我市/本市/全县…: a story told from inside a place, whose outlet (随州日报讯) may be the only thing naming it
SELF_REFERENCE = re.compile(r"(?:我|本|全)(?<![资日].)(?:省|市(?!场)|县|区|州)")
# 我市武平县: the county named after 我市 lies in the city the story speaks from
OWN_PLACE_BEFORE = re.compile(r"我(?P<level>省|市)")
# The base of a change: 同比/环比, or 比…/较… (比上年, 较去年同期, 比1—9月份), or 高于/快于… .
_CHANGE = r"增长|下降|增加|减少|上升|提高|降低|回升|回落|扩大|收窄|上涨|下跌|加快|放缓|提升|上调|下调|上行|下行|增|降|涨|跌|多|少|快|慢|高|低"
COMPARISON = re.compile(
    r"(同比|环比)"
    rf"|((?:比|较)[^，,。；;：:！？、]{{1,14}}?)(?={_CHANGE})"
    r"|((?:高于|低于|快于|慢于|超过|少于)[^，,。；;：:！？、0-9]{1,14})(?=[0-9])"
    r"|((?:与|同)[^，,。；;：:！？、]{1,14}?相比)"  # 与2018年相比下降1.7个百分点
    rf"|((?:比|较)[^，,。；;：:！？、(（]{{1,8}}[(（][^)）]{{1,16}}[)）])(?={_CHANGE})")  # 较上一期(2023年1月至3月)下跌
COMPARISON_FIRST = re.compile(r"[同环比较高低快慢超少与]")  # the first characters of COMPARISON's words
FROM_TO = re.compile(r"到|至|转为|变为")
PLANNED = PLAN_WORDS + ("有望",)
BASE_VERBS = ("高于", "低于", "快于", "慢于", "好于", "差于")
BASE_LEVEL_AFTER = ("的水平", "的增速", "的增幅", "的涨幅", "的降幅")
BASE_VALUE_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,6}")  # 3月(增长)0.4%的水平: what changed, no other figure
BASE_BEFORE_BRACKET = re.compile(r"[比较][上去前同往此0-9][^，,。；;（(]{0,5}$")  # 较上一期(…), 比上年同期（…）
# 按上年度职工平均工资的60%, 按照…上年度缴纳失业保险费70%的标准: the year a standard is reckoned on
STANDARD_BASE = re.compile(r"(?:按照|按|依照|参照)[^，,。；;]{0,10}$")
STANDARD_BASE_YEARS = ("上年", "上一年")  # also 上年度, 上一年度 (a prefix test)
# 约为2019年的76.6%, 恢复到2019年同期的83.8%: the figure is a share of the base, not the base's value
SHARE_OF_BASE_WORDS = ("为", "是", "相当于", "恢复到", "恢复至", "达到")
SHARE_OF_BASE = re.compile(f"(?:{'|'.join(SHARE_OF_BASE_WORDS)})$")
# what a text must hold just before a time for SHARE_OF_BASE to match ($ also matches before a newline)
SHARE_OF_BASE_LAST = frozenset(word[-1] for word in SHARE_OF_BASE_WORDS) | {"\n"}
BASE_TO_FIGURE = re.compile(r"(?:同期)?[\u4e00-\u9fff]{0,8}?的")  # 约为2019年的76.6%, 是去年外出务工人数的107.52%
BASE_TO_MULTIPLE = re.compile(r"(?:同期)?[\u4e00-\u9fff]{0,4}?的")
SHARE_UNITS = frozenset({"%", "‰", "成"})
# what a stock is said to have (not this year's doing): its figures take no default year
# a size that a thing has (全长74.6公里, 长约8.9公里, 设计时速160公里, 一次可运输7500立方米): a property, not a dated figure
SIZE_UNITS = frozenset({"公里", "千米", "米", "厘米", "平方米", "平方公里", "平方千米", "立方米", "英里", "海里"})
ATTRIBUTE_OF_A_THING = re.compile(r"[长宽高深](?:约|达|度|为)?$|全长|设计|总长|长度|面积|直径|半径|跨度|海拔|容积|库容|舱容|一次可")
# the capacity of one plant, written before it (总装机容量50万千瓦的马驹沟光伏电站); not a country's (将达到10亿千瓦)
CAPACITY_UNITS = frozenset({"千瓦", "兆瓦", "吉瓦"})
LENGTH_UNITS = frozenset({"公里", "千米", "米", "厘米", "英里", "海里"})
# 全国…, 我国已累计开放超过9000公里测试道路: a length the country counts (not 我国首座75米级平台)
NATIONAL_WORD = re.compile("全国|我国(?:已|累计|共|现有|建成)")
NETWORK_LENGTH = 10000  # lengths from here on (1万多公里 of rivers, 460万公里 of roads) are networks, not things
CAPACITY_OF_A_THING = re.compile(r"装机容量|装机规模")
STOCK_CUE = re.compile(r"建成|培育|拥有|共有|现有|集聚|已有|聚集|入驻")
# 近年来，我国软件产业…年均增速达到16%: the recent years, no date (a stock stated now, 现已集聚, keeps its time)
RECENT_YEARS = re.compile(r"近(?:些|几)?年(?:来|以来)")
PRESENT_STATE = re.compile(r"现已|已有|现有|目前|当前|如今|至今|截至|截止")
ORIGIN_LIST_BEFORE = re.compile(r"来自(?:[^，,。；;、和及与的]{1,10}(?:、|和|及|与))*$")  # 来自亚洲、大洋洲、欧洲
FROM_MANY = re.compile(r"各地|[和、及与]")  # 来自全国各地, 来自中国和东盟国家
WITH_THOSE_FROM = ("与来自", "和来自", "及来自")  # 中国与来自63个国家和地区的各界代表
ATTRACTS = ("吸引", "吸引了")  # 吸引全国1700多家出版印刷发行单位参展
SHARE_AFTER = re.compile(r"(?:[0-9.]+%|[一二三四五六七八九十]分之[一二三四五六七八九十]|[一二三四五六七八九]成)的")  # 创造了全国6.5%的生产总值
SAME_PERIOD = ("同期，", "同期,", "同一时期，", "同一时期,")  # a paragraph opening with the previous one's period
NOW_WORDS = ("目前", "当前", "现在", "今天", "今日", "眼下")  # not 当天: the day of the event told
# A sentence that plans or forecasts (将, 建成后, 下一步…) and names no time before the figure.
BUILT_WORDS = "建成后|投产后|投用后"  # what a thing will do once built
FUTURE = re.compile(rf"将(?![近军士领])|规划(?:建设|新建)|{BUILT_WORDS}|届时|下一步|将来|未来|力争|计划|拟"
                    r"|可(?:新增|带动|吸纳|创造|增加|提供|实现)")
FUTURE_OF_A_PLAN = ("计划", "力争", "拟")  # FUTURE's words of a plan, not 建成后 or 未来 (what a thing will do)
ONCE_BUILT = re.compile(rf"{BUILT_WORDS}|竣工后|通车后")
LATER_ON = re.compile(r"未来|将来|远期|长远")  # an open future: no planned date of an earlier clause is its time
TRAILING_FIGURE = re.compile(r"[0-9.]+[%％]?$")
CHANGE_VERBS = re.compile(_CHANGE)


class Spans:
    """Clause, sentence and paragraph bounds of one text. Clause and sentence breaks are found
    per paragraph, only in paragraphs that hold a figure."""

    def __init__(self, text: str):
        self.text = text
        self.length = len(text)
        self.paragraph_starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
        self._breaks: dict[int, tuple[list[int], list[int]]] = {}  # paragraph start -> starts

    @classmethod
    def of(cls, text: str) -> "Spans":
        return cls(text)

    @staticmethod
    def _around(starts: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else length
        return starts[i], end

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._around(self.paragraph_starts, pos, self.length)

    def _starts(self, pos: int) -> tuple[list[int], list[int], int]:
        paragraphs = self.paragraph_starts  # self.paragraph(pos), inlined: this runs for every figure
        i = bisect_right(paragraphs, pos) - 1
        p_start = paragraphs[i]
        p_end = paragraphs[i + 1] - 1 if i + 1 < len(paragraphs) else self.length
        found = self._breaks.get(p_start)
        if found is None:
            # one scan: a sentence break is also a clause break
            text, clauses, sentences = self.text, [p_start], [p_start]
            for m in CLAUSE_BREAK.finditer(text, p_start, p_end):
                start = m.end()
                clauses.append(start)
                if text[start - 1] in SENTENCE_BREAK_CHARS:
                    sentences.append(start)
            found = self._breaks[p_start] = (clauses, sentences)
        return found[0], found[1], p_end

    def clause(self, pos: int) -> tuple[int, int]:
        clauses, _, p_end = self._starts(pos)
        return self._around(clauses, pos, p_end)

    def sentence(self, pos: int) -> tuple[int, int]:
        _, sentences, p_end = self._starts(pos)
        return self._around(sentences, pos, p_end)


class Where(NamedTuple):
    """The clause, sentence and paragraph a figure stands in (a named tuple: made for every figure,
    and cheaper to build than a frozen dataclass)."""

    clause_start: int
    clause_end: int
    sentence_start: int
    paragraph_start: int
    paragraph_end: int

    @classmethod
    def of(cls, spans: Spans, pos: int) -> "Where":
        clauses, sentences, p_end = spans._starts(pos)  # the paragraph is looked up once
        i = bisect_right(clauses, pos) - 1
        c_end = clauses[i + 1] - 1 if i + 1 < len(clauses) else p_end
        return cls(clauses[i], c_end, sentences[bisect_right(sentences, pos) - 1], clauses[0], p_end)


# ---------------------------------------------------------------- time


# Each alternative opens with a literal character, so the engine skips ahead to those characters
# (with a group of words in front, it tried every position of the lead).
RELEASE = re.compile("|".join([*(verb + "了?[，,]?" for verb in ("发布", "公布", "通报", "介绍")),
                               *(source + "(?:显示|表明)[，,：:]?" for source in ("结果", "数据", "统计")),
                               *(heard + "[，,：:]" for heard in ("获悉", "了解到"))]))
AS_OF = ("截至", "截止")
RELEASED_DATA = re.compile(r"(?:的(?:最新)?(?:统计|监测)?数据(?:显示|表明)?[，,：:]?|消息[，,：:])?")  # 发布消息，2023年末
# between an event's day and the toll it has taken so far (6日发生的强震已造成…; 8日晚发生的强烈地震目前已造成…)
EVENT_TOLL_SO_FAR = re.compile(r"(?:凌晨|上午|中午|下午|晚|晚间|夜间|早晨)?(?:在[^，。；]{1,16})?发生[^，。；]{0,20}的"
                               r"[^，。；]{0,12}?(?:目前|累计)?(?:已经?|已累计)(?:造成|导致|致)[^，。；]{0,16}")
TAIWAN_CODE = "710000"  # of the place a story priced in 新台币 is about
# a part of a year told as a whole: a half, a quarter or months (not a year, a day, a month's event:
# 今年7月，…被列入世界自然遗产名录)
PART_OF_YEAR = re.compile(r"[0-9]{4}-(?:H[12]|Q[1-4]|[0-9]{2}/[0-9]{4}-[0-9]{2})")
REPORT_OF_A_YEAR = re.compile(r"((?:19|20)[0-9]{2})年[^，。；]{0,20}?(?:报告|公报|白皮书)》?(?:显示|指出|表明)")
LEAD_YEAR = re.compile(r"(?:^|[，,。：:])((?:19|20)[0-9]{2})年(?:全年)?[，,]")


class TimeIndex:
    # one scan for any of EVENT_WORDS, which EVENT_REFERENCE and EVENT_DAYS need
    _EVENT_WORD = re.compile("|".join(EVENT_WORDS))

    def __init__(self, text: str, published: str | None):
        self.text = text
        self.reference = reference_year(text, published)
        self.mentions: list[TimeMention] = []
        self.starts: list[int] = []
        self.scanned: set[int] = set()  # paragraphs already scanned (by start)
        self.has_own_clause = False  # any mention that dates its own clause only (连续3个月)
        self.published = published
        self.holiday = article_holiday(text, published, self.reference)
        self.refers_to_events = self._EVENT_WORD.search(text) is not None  # most texts: no need to look
        self.events_told: dict[tuple[int, int], list] = {}  # _events per span: a paragraph's figures ask alike
        self.default = None
        # Undated figures in a dated article that speaks of 今年 belong to that year.
        if published and "今年" in text:
            self.default = published[:4]
        # An undated year-in-review (这一年，…) is about the year the text names.
        elif not published and "这一年" in text and self.reference is not None:
            self.default = str(self.reference)
        # A lead that frames the story by the last or the current year (记者从自然资源部了解到，2023年，
        # 我国海洋经济…, published 2024): undated figures after it report that year. An older year in a
        # lead is history (2015年，…首届世界机器人大会), not the story's frame.
        else:
            lead_end = text.find("\n")
            lead_end = lead_end if lead_end >= 0 else len(text)
            # a match ends in 年， or 年,: two finds are cheaper than the search, which most leads fail
            lead = (LEAD_YEAR.search(text, 0, lead_end) if text.find("年，", 0, lead_end) >= 0
                    or text.find("年,", 0, lead_end) >= 0 else None)
            if lead is None and published:
                # …发布的2023年农民工监测调查报告显示，…: a year's report frames the story by that year
                lead = REPORT_OF_A_YEAR.search(text, 0, self._first_sentence_end())
            if lead and (0 <= int(published[:4]) - int(lead.group(1)) <= 1 if published
                         else int(lead.group(1)) == self.reference):
                # undated: the lead's year frames the story when no later year is named (2018年,唐县…)
                self.default = lead.group(1)
            elif published and REVIEW_LEAD.match(text) and self._lead_times and self._is_span_to_now(
                    self._lead_times[0].value):
                # 党的十八大以来，…: a review of the years up to now frames its undated figures (not a
                # feature's 二十年来，…, whose later paragraphs tell the present)
                self.default = self._lead_times[0].value
        # A lead that releases a period's data (自然资源部今天发布前三季度海洋经济运行情况) frames the
        # story: its undated figures are that period's.
        released = self._released_period() if published or self.reference is not None else None
        if released is not None:
            self.default = released
        elif published and self.holiday is not None and self._lead_opens_with_holiday():
            self.default = self.holiday  # 2024年“五一”假期，全国…: a holiday's review
        elif published and (period := self._lead_period()) is not None:
            self.default = period  # 今年上半年，我国轻工业…: a period's review

    def _events(self, p_start: int, p_end: int) -> list[tuple[str, str | None, str | None, int | None]]:
        """(name, first day, last day, number of days) of each event whose dates text[p_start:p_end]
        tells (a digest's other items tell of other events)."""
        text, events = self.text, []
        paragraph = p_start
        while paragraph < p_end:
            paragraph_end = text.find("\n", paragraph, p_end)
            paragraph_end = p_end if paragraph_end < 0 else paragraph_end
            self.scan_paragraph(paragraph, paragraph_end)
            paragraph = paragraph_end + 1
        for mention in self.within(p_start, p_end):  # 第三届消博会将于4月10日—15日在海南海口举行
            first, _, last = (mention.value or "").partition("/")
            if len(first) == len(last) == 10 and EVENT_HELD.match(text, mention.end):
                held = text.rfind("于", max(0, mention.start - 2), mention.start)
                clause_start = LAST_CLAUSE_BREAK.search(text, p_start, mention.start)
                if held >= 0:
                    name = text[clause_start.end() if clause_start else p_start:held].removesuffix("将")
                    events.append((name, first, last, None))
        closes = any(text.find(word, p_start, p_end) >= 0 for word in CLOSING_WORDS)
        for closed in EVENT_CLOSED.finditer(text, p_start, p_end) if closes else ():  # …交易会今天（11月19日）在深圳落下帷幕
            days = [m.value for m in self.within(closed.start(), closed.end()) if m.value and len(m.value) == 10]
            if days:
                events.append((closed.group(1), None, days[-1], None))
        for lasting in EVENT_DAYS.finditer(text, p_start, p_end):  # 为期六天的消博会
            events.append((lasting.group(2), None, None, whole_number(lasting.group(1)) or None))
        return events

    def _item_start(self, p_start: int) -> int:
        """Where the story or the 快讯 item holding the paragraph at p_start begins: back to the
        nearest heading line, else the text's start."""
        while p_start > 0:
            previous = self.text.rfind("\n", 0, p_start - 1) + 1
            p_start = previous
            if is_heading(self.text[previous:self.text.find("\n", previous)]):
                break
        return p_start

    def _event_period(self, name: str | None, p_start: int, p_end: int) -> str | None:
        """The dates of the event called `name` (本届消博会), or of the only event told when no name."""
        events = self.events_told.get((p_start, p_end))
        if events is None:
            events = self.events_told[p_start, p_end] = self._events(p_start, p_end)
        told = [e for e in events if name is None or _same_event(name, e[0])]
        if name is None and len({e[0] for e in told}) != 1:
            return None
        first = next((e[1] for e in told if e[1]), None)
        last = next((e[2] for e in told if e[2]), None)
        days = next((e[3] for e in told if e[3]), None)
        if first is None and last and days:
            first = (date.fromisoformat(last) - timedelta(days=days - 1)).isoformat()
        return f"{first}/{last}" if first and last and first < last else None

    def _first_sentence_end(self) -> int:
        found = SENTENCE_BREAK.search(self.text)
        return found.start() if found else len(self.text)

    @cached_property
    def _lead_times(self) -> list[TimeMention]:
        """The time expressions of the first sentence (read once, when asked for)."""
        return find_times(self.text, self.published, 0, self._first_sentence_end(), self.reference, self.holiday)

    def _is_span_to_now(self, value: str | None) -> bool:
        """2012/2022 in a story of 2022: years up to the article's."""
        first, _, last = (value or "").partition("/")
        return len(first) == len(last) == 4 and self.reference is not None and int(last) == self.reference

    def _lead_opens_with_holiday(self) -> bool:
        found = self._lead_times
        return bool(found) and found[0].value == self.holiday

    def _lead_period(self) -> str | None:
        """The part of the article's year the text opens with (今年上半年，…; 1—7月，…), which frames its
        undated figures as a year opening the lead does."""
        if TIME_CANDIDATE.match(self.text) is None:
            return None  # most leads open with a source or a place
        found = self._lead_times
        first = found[0] if found else None
        if (first is None or first.start != 0 or not first.value or first.clause_only or first.own_clause
                or not self.text.startswith(("，", ","), first.end) or "以来" in self.text[first.start:first.end]):
            return None
        value, year = first.value, self.published[:4]
        if PART_OF_YEAR.fullmatch(value) and value.startswith(year) and value.partition("/")[2][:4] in ("", year):
            return value
        return None

    def _lead_day(self) -> str | None:
        """The day the first sentence names (2月16日，…开行直通车): a later paragraph's 当日 is that day."""
        days = [m.value for m in self._lead_times if m.value and len(m.value) == 10]
        return days[-1] if days else None

    def _released_period(self) -> str | None:
        """The period a release in the lead paragraph reports (…举办新闻发布会。记者从会上获悉，今年上半年，…)."""
        text = self.text
        first_end = text.find("\n")
        first_end = len(text) if first_end < 0 else first_end
        for release in RELEASE.finditer(text, 0, first_end):
            period_at = RELEASED_DATA.match(text, release.end()).end()
            if not TIME_CANDIDATE.match(text, period_at):
                continue  # no time expression starts right after the verb (most leads)
            found = find_times(text, self.published, release.end(), first_end, self.reference, self.holiday)
            first = found[0] if found else None  # a period right after the verb (or its 数据显示), not a day
            if (first is not None and first.start == period_at and first.value
                    and (len(first.value) != 10 or text.endswith(("末", "底"), first.start, first.end))
                    and not (first.clause_only or first.own_clause)):  # a period or an end (2023年末), not a day
                return first.value
        return None

    def scan_paragraph(self, p_start: int, p_end: int) -> None:
        """Time expressions are read per paragraph, only where a figure needs them."""
        if p_start in self.scanned:
            return
        self.scanned.add(p_start)
        lead_day = self._lead_day() if p_start and (self.text.find("当天", p_start, p_end) >= 0
                                                    or self.text.find("当日", p_start, p_end) >= 0) else None
        found = find_times(self.text, self.published, p_start, p_end, self.reference, self.holiday, lead_day)
        if found:
            in_order = not self.mentions or self.mentions[-1].start < found[0].start
            self.mentions += found
            if in_order:  # paragraphs are mostly visited in reading order
                self.starts += [m.start for m in found]
            else:
                self.mentions.sort(key=lambda m: m.start)
                self.starts = [m.start for m in self.mentions]
            self.has_own_clause = self.has_own_clause or any(m.own_clause for m in found)

    def _base(self, mention: TimeMention, quantity: Quantity) -> bool:
        """增速比去年四季度回升 (after the figure), 是去年全年的1.8倍, 低于去年第四季度的2.6%:
        the base of a comparison."""
        if mention.start and (self.text[mention.start - 1] in BASE_BEFORE
                              or self.text.endswith(BASE_VERBS, max(0, mention.start - 2), mention.start)):
            # 低于3月增长0.4%的水平: the figure is the base's own value, of the base's time
            return not (self.text.startswith(BASE_LEVEL_AFTER, quantity.end)
                        and BASE_VALUE_BETWEEN.fullmatch(self.text, mention.end, quantity.start) is not None)
        if mention.start >= 2 and self.text[mention.start - 1] in "(（" and BASE_BEFORE_BRACKET.search(
                self.text, max(0, mention.start - 8), mention.start - 1):
            return True  # 均较上一期(2023年1月至3月)下跌0.3个百分点: the bracket dates the base
        if self._share_of_base(mention, quantity):
            return True
        if self.text.startswith(STANDARD_BASE_YEARS, mention.start) and \
                STANDARD_BASE.search(self.text, max(0, mention.start - 12), mention.start):
            return True  # 按照单位和职工上年度缴纳失业保险费70%的标准: the year the standard is reckoned on
        # 是去年全年的1.8倍, 超过2019年的同期水平。…约为平日流量的1.8倍; 是去年同期增量的1.5倍
        return quantity.unit == "倍" and (self.text.startswith("的", mention.end) or BASE_TO_MULTIPLE.fullmatch(
            self.text, mention.end, quantity.start) is not None)

    def _share_of_base(self, mention: TimeMention, quantity: Quantity | None = None) -> bool:
        """约为2019年的76.6% (of the figure `quantity`, or of any figure when None)."""
        if (not mention.start or self.text[mention.start - 1] not in SHARE_OF_BASE_LAST  # cheap test first
                or SHARE_OF_BASE.search(self.text, max(0, mention.start - 3), mention.start) is None):
            return False
        if quantity is not None and quantity.unit not in SHARE_UNITS:
            return False  # 恢复至目前的4600余班: the level reached, not a share of it
        if quantity is not None:
            return BASE_TO_FIGURE.fullmatch(self.text, mention.end, quantity.start) is not None
        found = BASE_TO_FIGURE.match(self.text, mention.end)
        return found is not None and self.text[found.end():found.end() + 1].isdigit()

    def _toll_so_far(self, mention: TimeMention, quantity: Quantity) -> bool:
        """6日发生在土耳其南部的强震已造成两国超过2.4万人遇难: the day dates the event; what it has caused
        so far is counted as of the article's day."""
        return (self.published is not None and mention.value is not None and len(mention.value) == 10
                and mention.value < self.published
                and EVENT_TOLL_SO_FAR.fullmatch(self.text, mention.end, quantity.start) is not None)

    def _toll_day(self, event: TimeMention, s_start: int) -> str | None:
        """The day a toll is told as of: a later day the sentence opens with (肯尼亚警方7月1日确认，6月30日
        发生的…车祸已造成53人死亡), else the article's."""
        told = [m.value for m in self.within(s_start, event.start)
                if m.value and len(m.value) == 10 and m.value > event.value]
        return told[-1] if told else self.published

    def _starting_point(self, mention: TimeMention, figure_start: int) -> bool:
        """从2013年的190项减少到现在的27项: 2013 is the time of the starting figure only."""
        return (mention.start > 0 and self.text[mention.start - 1] in "从由"
                and FROM_TO.search(self.text, mention.end, figure_start) is not None)

    def carried(self, lo: int, hi: int) -> Sequence[TimeMention]:
        """Mentions inside text[lo:hi] that may date figures outside their own clause."""
        found = self.within(lo, hi)
        return [m for m in found if not m.own_clause] if found and self.has_own_clause else found

    def within(self, lo: int, hi: int) -> Sequence[TimeMention]:
        """Mentions inside text[lo:hi] (of paragraphs already scanned)."""
        starts = self.starts
        i = bisect_left(starts, lo)
        if i == len(starts) or starts[i] >= hi:
            return ()  # the common case: no mention there (and no list to allocate)
        j = bisect_left(starts, hi, i)
        return [m for m in self.mentions[i:j] if m.end <= hi]

    def _day_of_sentence(self, s_start: int, frame_start: int, frame: str, figure_start: int) -> str | None:
        """截至4月29日，今年我国快递业务量已达500亿件; 29日，深圳今年首批266个重大项目: the year of a
        later clause is the frame, the as-of day (or the day the sentence opens with) the figure's time.
        So is a season (截至8月25日，全国铁路暑运已累计发送旅客8.02亿人次), for an as-of day only.
        Not for a plan (今年按计划各地应建设绿道4000公里) nor after 目前，(a year's harvest told now)."""
        if FUTURE.search(self.text, frame_start, figure_start):
            return None
        first, _, last = frame.partition("/")  # a season's bounds; last is "" for a year
        for mention in self.carried(s_start, frame_start):
            value = mention.value
            if not (value and len(value) == 10 and not mention.clause_only):
                continue
            as_of = self.text.startswith(AS_OF, mention.start)
            if last:
                if as_of and first <= value[:len(first)] and value[:len(last)] <= last:
                    return value
            elif value.startswith(frame) and (as_of or mention.start == s_start
                                              and self.text.startswith(("，", ","), mention.end)
                                              and not self.text.endswith(NOW_WORDS, mention.start, mention.end)):
                return value
            elif as_of and frame < value[:4] and not COMPARED_YEAR.search(self.text, frame_start, figure_start):
                # 截至2月15日，2022年在江苏就业的农民工中，已返岗就业2203万人: a cohort's year (not
                # 截至目前，…，2022年较上年增加约130万亩: the year of the change)
                return value
        return None

    def _day_before(self, lo: int, hi: int, year: str) -> str | None:
        """The last day named in text[lo:hi] of `year` or before it (今天（7月22日）是2025年…运动会倒计时200天:
        a coming event's year)."""
        days = [m.value for m in self.carried(lo, hi) if m.value and len(m.value) == 10 and m.value[:4] <= year]
        return days[-1] if days else None

    def _is_frame(self, mention: TimeMention) -> bool:
        """A year (2024), or a season of days or months inside a clause (全国铁路暑运已累计…), that an
        as-of day may fall in; not a span of years (2016/2022) nor a period opening its clause (；1—3月，…)."""
        value = mention.value
        if not value:
            return False
        if len(value) == 4:
            return True
        return (value.find("/") > 4 and mention.start > 0
                and self.text[mention.start - 1] not in "，,；;：:。\n")

    def _once_built(self, mention: TimeMention, figure_start: int) -> bool:
        """年底前全部投产后，…: a completion dated later than the article, with the figure after it."""
        return (self.published is not None and mention.value is not None
                and mention.value[:len(self.published)] > self.published[:len(mention.value)]
                and ONCE_BUILT.search(self.text, mention.end, figure_start) is not None)

    def _in_recent_years(self, lo: int, figure_start: int) -> bool:
        """近年来 stands before the figure in its sentence, with no time or present state after it
        (记者在今天开幕的…大会上了解到，近年来，…增速达到16%: the recent years, not today)."""
        recent = max(RECENT_YEARS.finditer(self.text, lo, figure_start), key=lambda m: m.start(), default=None)
        return (recent is not None and not self.within(recent.end(), figure_start)
                and PRESENT_STATE.search(self.text, recent.end(), figure_start) is None)

    def _planned(self, mention: TimeMention) -> bool:
        """预计4月份, 计划年底: the time of a plan."""
        return self.text.endswith(PLANNED, max(0, mention.start - 2), mention.start)

    def resolve(self, quantity: Quantity, where: Where,
                comparison: tuple[str, int, int] | None = None) -> str | None:
        value = self._resolve(quantity, where, comparison)
        if value and len(value) == 7 and LAST_MONTHS_VALUE.search(self.text, max(0, quantity.start - 8), quantity.start):
            month = date.fromisoformat(value + "-01") - timedelta(days=1)
            return month.isoformat()[:7]  # 8月份，CPI同比由上月下降0.3%转为上涨0.1%: 0.3% is July's
        return value

    def _resolve(self, quantity: Quantity, where: Where,
                 comparison: tuple[str, int, int] | None = None) -> str | None:
        """Nearest time before the figure in its clause, then after it in the clause, then earlier
        in the sentence and paragraph; else the article default. The base of a comparison is skipped."""
        c_start, c_end = where.clause_start, where.clause_end
        s_start, p_start = where.sentence_start, where.paragraph_start
        self.scan_paragraph(p_start, where.paragraph_end)
        if self.text.startswith("的", quantity.start - 1) and quantity.unit != "倍":
            # 低于去年第四季度的2.6%, 高于7月份的39.4%: a time directly before 的 is the figure's own,
            # also when it is the base of a comparison (the figure is then the base's value)
            just_before = self.within(quantity.start - 16, quantity.start - 1)
            if (just_before and just_before[-1].end == quantity.start - 1 and not just_before[-1].clause_only
                    and not self._share_of_base(just_before[-1], quantity)):
                return just_before[-1].value
        shift = 0
        in_clause = self.within(c_start, quantity.start)
        if comparison is not None:
            in_clause = [m for m in in_clause if not (comparison[1] <= m.start < comparison[2])]
        elif in_clause:
            # 是去年同期增量的1.5倍: a base shifts no time (较去年同期34.09%: the base's own value is its time)
            shift = sum(m.shift_years for m in in_clause if m.clause_only
                        and (m.end == quantity.start or not self._base(m, quantity)))
        if in_clause and self._once_built(in_clause[-1], quantity.start):
            return None  # 2025年建成后可吸纳就业5000人: what it will do once built, not by then
        for mention in reversed(in_clause):
            if (not mention.clause_only and not self._starting_point(mention, quantity.start)
                    and not self._base(mention, quantity)):
                if self._toll_so_far(mention, quantity):
                    return self._toll_day(mention, s_start)
                if self._is_frame(mention) and not shift:
                    day = self._day_of_sentence(s_start, c_start, mention.value, quantity.start)
                    if day is not None:
                        return day
                return _shifted(mention.value, shift)
        for mention in self.carried(quantity.end, c_end + 1):
            if (not (mention.clause_only or mention.later_only) and not self._base(mention, quantity)
                    and not self._share_of_base(mention)):  # 2934.41万人，是去年外出务工人数的107.52%
                if self._is_frame(mention) and not shift:
                    day = self._day_of_sentence(s_start, c_start, mention.value, quantity.start)
                    if day is not None:
                        return day  # 截至9月30日，52个挂牌督战县今年…: the as-of day, not the year after the figure
                return _shifted(mention.value, shift)
        if self.text.find("年", s_start, quantity.start) >= 0 and self._in_recent_years(s_start, quantity.start):
            return None
        event = (self.refers_to_events and self._EVENT_WORD.search(self.text, s_start, quantity.start)
                 and (EVENT_REFERENCE.search(self.text, s_start, quantity.start)
                      or EVENT_DAYS.search(self.text, s_start, quantity.start)))
        if event:
            name = next((g for g in event.groups()[::-1] if g and not g.isdigit() and g not in CN_NUM), None)
            period = self._event_period(name, self._item_start(p_start), where.paragraph_end)
            if period is not None:
                return period  # 本届消博会展览总面积12万平方米, 为期六天的消博会，进场观众超过32万人次
        if (quantity.unit in SIZE_UNITS and ATTRIBUTE_OF_A_THING.search(self.text, c_start, quantity.start)
                or quantity.unit in CAPACITY_UNITS and self.text.startswith("的", quantity.end)
                and CAPACITY_OF_A_THING.search(self.text, c_start, quantity.start)):
            return None  # 南珠高铁南玉段正线长193.31公里: what a thing measures has no time of its own
        # The base of a comparison in an earlier clause (较2022年12月末上升1103亿美元，升幅为3.5%)
        # is not the time of later figures either.
        earlier = self.carried(s_start, c_start)
        earlier = [m for m in earlier if not (m.start and self.text[m.start - 1] in "较比超")
                   and not self._share_of_base(m)] if earlier else []  # mostly none: no comprehension to run
        open_future = earlier and LATER_ON.search(self.text, c_start, quantity.start)  # asked of earlier only
        if earlier and self._once_built(earlier[-1], quantity.start):
            return None  # 年底前全部投产后，全年可发电约5.4亿度
        if not (earlier and any(not m.clause_only and not (open_future and self._planned(m)) for m in earlier)) \
                and (future := FUTURE.search(self.text, s_start, quantity.start)):
            if future.group() in FUTURE_OF_A_PLAN and self.published:
                # 对于2024年，…提出了明确的就业目标。广东省计划…110万人以上: the plan's year, written
                # out earlier in the paragraph
                for m in reversed(self.carried(p_start, s_start)):
                    if (not m.clause_only and m.value and len(m.value) == 4 and m.value >= self.published[:4]
                            and self.text.startswith(m.value + "年", m.start)
                            and self.text[m.start - 1:m.start] not in ("/", "—", "-", "至", "到")):
                        return m.value
            return None  # 建成后可保障…22.61万人, 将吸纳近10万…: a plan or forecast with no stated time
        for mentions in (earlier, None):
            if mentions is None:  # (built only when the sentence's own times do not tell)
                mentions = [m for m in self.carried(p_start, s_start) if not (m.sentence_only or self._share_of_base(m))]
            for mention in reversed(mentions):
                if self._planned(mention) and (mentions is not earlier or open_future):
                    continue  # …，预计年底具备开通运营条件。…全长163.8公里; 预计4月份一期生产线试运行，
                    # 未来可实现年产…2600万只: a planned time dates no later fact
                if (not mention.clause_only and not self._base(mention, quantity)
                        and not self._starting_point(mention, quantity.start)):
                    value = _shifted(mention.value, shift)
                    if value and len(value) == 4 and NAMED_EVENT_AFTER.match(self.text, mention.end):
                        day = self._day_before(p_start, mention.start, value)
                        if day is not None:
                            return day  # 3月17日，…举办2024年…专场招聘会。来自区内外约100家企业…: the event's day
                    if (value and len(value) == 10 and mentions is not earlier
                            and self.text.endswith(NOW_WORDS, mention.start, mention.end)
                            and not self.text.startswith("其中", s_start)):
                        # 今天…。本届残奥会共设22个大项: today's date dates its own sentence (not a breakdown
                        # of its figure: 今天，全国公路水路预计共发送旅客3250万人次。其中，全国公路…3150万人次)
                        return value[:4]
                    if (value and len(value) == 10 and (said := STATED_AFTER_DAY.match(self.text, mention.end))
                            and "宣布" not in said.group() and FUTURE.search(self.text, mention.end, quantity.start)):
                        # 勒科尔尼30日称，法国将…生产数千枚…: a plan told that day (not 美联储18日宣布，将…下调
                        # 50个基点: a decision taken that day)
                        return value[:4]
                    if self._is_frame(mention) and not shift and mentions is earlier:
                        return self._day_of_sentence(s_start, mention.start, value, quantity.start) or value
                    return value
        if p_start and self.text.startswith(SAME_PERIOD, p_start):
            # 同期，我国与沿线国家进出口合计13.83万亿元: the period the previous paragraph told
            previous_start = self.text.rfind("\n", 0, p_start - 1) + 1
            self.scan_paragraph(previous_start, p_start - 1)
            for mention in reversed(self.carried(previous_start, p_start - 1)):
                if not (mention.clause_only or self._planned(mention) or self._base(mention, quantity)):
                    return _shifted(mention.value, shift)
        p_end = where.paragraph_end
        if p_end < len(self.text) and is_heading(self.text[p_start:p_end]):
            # 中国人民银行在香港成功发行250亿元人民币央行票据 / 昨天（11月21日），…: a 快讯 heading's
            # figure has the time its item tells first
            b_end = self.text.find("\n", p_end + 1)
            b_end = len(self.text) if b_end < 0 else b_end
            self.scan_paragraph(p_end + 1, b_end)
            for mention in self.carried(p_end + 1, b_end):
                if not mention.clause_only and not self._base(mention, quantity):
                    return mention.value
        if (self.default is None and self.published and quantity.unit == "岁" and quantity.qualifier == "exact"
                and quantity.value_high is None and self.text.startswith("的", quantity.end)):
            return self.published[:4]  # 44岁的徐光金: a person's age is stated as of the article's year
        if (self.default is not None and comparison is None
                and STOCK_CUE.search(self.text, where.sentence_start, quantity.start)):
            return None  # 培育各类劳务中介机构170多家, 建成21处海洋牧场: a stock built over years (sample 004)
        return _shifted(self.default, shift)


def _same_event(short: str, full: str) -> bool:
    """消博会 and 第三届中国国际消费品博览会: the short name's characters in order in the full one."""
    short, full = sorted((EVENT_ORDINAL.sub("", short), EVENT_ORDINAL.sub("", full)), key=len)
    rest = iter(full)
    return bool(short) and short[-1] == full[-1] and all(c in rest for c in short)


def _shifted(value: str | None, years: int) -> str | None:
    return shift_year(value, years) if value and years else value


# 从X(逐步)增至Y, 由X提升到Y: the verb of a change ends in 到 or 至 (its first characters are read as filler)
FROM_FIGURE_TO = re.compile(r"[^，,。；;0-9]{0,10}?[到至][^，,。；;0-9]{0,6}?[0-9]")
FROM_BEFORE = re.compile(r"[从由][^，,。；;0-9]{0,12}$")
TO_AFTER_FROM = re.compile(r"[从由][^，,。；;0-9]{0,12}[0-9][^，,。；;]{0,18}?[到至][^，,。；;0-9]{0,6}$")


def end_of_span(time: str | None, text: str, start: int, end: int, clause_start: int) -> str | None:
    """十年间，贸易总额从4.4万亿美元增至6.9万亿美元: in a span of years (2012/2021) the figure a change
    starts from is the first year's, the figure it reaches the last year's."""
    if time is None or len(time) != 9:  # most times are no span of years (YYYY/YYYY)
        return time
    first, _, last = time.partition("/")
    if not (len(first) == len(last) == 4):
        return time
    before = text[max(clause_start, start - 40):start]
    if FROM_BEFORE.search(before) and FROM_FIGURE_TO.match(text, end):
        return first
    if TO_AFTER_FROM.search(before):
        return last
    return time


# ---------------------------------------------------------------- region


@dataclass(frozen=True)
class Place:
    name: str
    code: str | None
    province_code: str | None
    city_code: str | None


def is_heading(line: str) -> bool:
    """A short line without a sentence end: an item heading of a 快讯."""
    line = line.strip()
    return 0 < len(line) <= 50 and not HEADING_STOPS.intersection(line)


HEADING_STOPS = frozenset("。！!？?；;")


@lru_cache(maxsize=1)
def _event_venues() -> tuple[re.Pattern, dict[str, Entity]]:
    """Fixed-venue fairs (event_venues.yaml) as a pattern and, per name, a place entity of the venue."""
    venues = {}
    for name, code in lexicon.load("event_venues")["venues"].items():
        place = place_for_code(str(code))
        if place is not None:
            venues[name] = Entity("LOC", name, place.name, 0, 0, place.code, place.province_code,
                                  place.city_code, place.county_code)
    return re.compile("|".join(map(re.escape, sorted(venues, key=len, reverse=True)))), venues


def _venues_named(text: str) -> list[Entity]:
    """第134届广交会第二期…: the fair stands for its city where a figure's sentence names no place."""
    pattern, venues = _event_venues()
    return [replace(venues[m.group()], start=m.start(), end=m.end()) for m in pattern.finditer(text)]


def _names_economy_group(text: str) -> bool:
    """Whether ECONOMY_GROUP occurs in text. Every match ends in 经济体 or 国家, so only the few
    characters before each of those are searched (the pattern has no literal start: a search of
    the whole text tries every position)."""
    for end in ("经济体", "国家"):
        at = text.find(end)
        while at >= 0:
            # 9: the longest match (新兴市场和新兴市场经济体) starts 9 characters before its end word
            if ECONOMY_GROUP.search(text, max(0, at - 9), at + len(end)):
                return True
            at = text.find(end, at + 1)
    return False


def _place_of(entity: Entity) -> Place:
    return Place(entity.name, entity.admin_code, entity.province_code, entity.city_code)


def _china_partners(text: str, places: Sequence[Entity]) -> set[int]:
    """Starts of one-character countries written after 中, alone or in a triple (中美, 中日韩)."""
    one_char = sorted(p.start for p in places if len(p.text) == 1)
    partners: set[int] = set()
    for start in one_char:
        if start and (text[start - 1] == "中" or (start - 1 in partners)):
            partners.add(start)
    return partners


@lru_cache(maxsize=1)
def _chinese_groupings() -> frozenset[str]:
    from pipelines.entities import lexicon as entity_lexicon  # shared with the entity extractor

    return frozenset(entity_lexicon.words("regional_groupings.txt"))


def _inside(place: Entity, parent: Entity) -> bool:
    """保定涞水的三坡镇: place lies in parent by its administrative code."""
    return bool(parent.admin_code and place.admin_code and place.admin_code != parent.admin_code
                and parent.admin_code in (place.province_code, place.city_code, place.admin_code[:6]))


def _contains(area: Place, place: Place) -> bool:
    """湖北省 contains 随州市 by its administrative code."""
    return bool(area.code) and area.code != place.code and area.code in (place.province_code, place.city_code)


def _county_level_city(place: Place) -> bool:
    return place.name.endswith("市") and bool(place.code) and not place.code.endswith("00")


def _named(code: str | None, known: dict[str, Place]) -> Place | None:
    """The place with GB/T 2260 `code`: one named in the article, else from the gazetteer."""
    if not code:
        return None
    if code in known:
        return known[code]
    from pipelines.entities.gazetteer import place_for_code  # shared with the entity extractor

    found = place_for_code(code)
    if found is None:
        return None
    return Place(found.name, found.code, found.province_code, found.city_code)


class RegionIndex:
    def __init__(self, text: str, places: Sequence[Entity], title: str | None = None,
                 title_places: Sequence[Entity] = (), spans: Spans | None = None,
                 outlet_places: Sequence[Entity] = ()):
        self.text = text
        self.spans = spans or Spans(text)
        venues = _venues_named(text)
        self.venue_starts = {v.start for v in venues}  # they place a sentence's figures, never the article's
        locs = sorted([*(p for p in places if p.type == "LOC" and p.end > p.start), *venues],
                      key=lambda p: (p.start, -p.end))
        kept: list[Entity] = []
        partners = _china_partners(text, locs)
        # only one-character places are looked up in it (most texts have none)
        line_starts = set(line_abbreviations(text)) if any(len(p.text) == 1 for p in locs) else set()
        for p in locs:  # drop places nested in a longer one (湘西州 inside 湘西州古丈县...)
            if p.name.endswith(PROVINCE_WIDE_ZONES):
                continue  # 海南自贸港 covers the province named in it: the province is the region
            if kept and p.start < kept[-1].end:
                continue
            if len(p.text) == 1 and (p.start in partners or p.admin_code is None):
                # 中俄边境, 中日韩合作, 中美: partners of China; 以军, 俄方, 巴以冲突, 德资企业: a
                # side or an owner, not where figures are
                continue
            if len(p.text) == 1 and p.start in line_starts:
                continue  # 京沪高铁, 广深港高铁: the places a line joins, not where its figures are
            if ROUTE_FROM_CHINA_BEFORE.search(text, max(0, p.start - 3), p.start) and ROUTE_AFTER.match(text, p.end):
                continue  # 中国—欧洲航线客运量达到69.2万人次: China's route, not Europe's figure
            bank = CENTRAL_BANK_AREAS.get(p.name)
            if bank and text.startswith(bank[0], p.end):
                p = replace(p, name=bank[1])  # 欧洲央行 sets the euro area's rates
            kept.append(p)
        self.places = kept
        self.starts = [p.start for p in kept]
        self.place_ends = {p.end for p in kept}
        last_of_code = {p.admin_code: p for p in kept if p.admin_code}  # (one Place per code, not per mention)
        self.by_code = {code: _place_of(p) for code, p in last_of_code.items()}
        self.main_place = self._main_place()
        self.article_place: Place | str | None = self.main_place
        # A place named in a single paragraph of a story that speaks of the whole country does
        # not stand for the story.
        if (self.main_place is not None and len(self.main_place_paragraph_set) < 2 and "\n" in text
                and NATIONAL.search(text)
                and not (WHOLE_AREA.search(text) and any(p.name == self.main_place.name for p in title_places))):
            self.article_place = "全国"  # (unless the title names it and the body says 全省: 2023年山西就业…)
        self.article_national = NATIONAL.search(text) is not None
        self.writes_in_china = "在华" in text  # (rare: IN_CHINA is looked for per figure only then)
        # rare: checked per figure only then (every ECONOMY_GROUP match ends in 经济体 or 国家)
        self.names_economy_groups = _names_economy_group(text)
        if self.main_place is None and not self.article_national and title:
            # nothing in the body says where: the title does (【统计局：10月份CPI同比上涨0.3%】)
            title_partners = _china_partners(title, title_places)
            title_locs = [p for p in title_places if p.type == "LOC" and p.start not in title_partners]
            if title_locs:
                self.article_place = _place_of(title_locs[0])
            self.article_national = NATIONAL.search(title) is not None
        if self.article_place is None and not self.article_national and "新台币" in text:
            # 每月基本工资从新台币2万5250元调高到…, 劳动部…报行政院核定: Taiwan's figures, though unnamed
            self.article_place = _named(TAIWAN_CODE, self.by_code)
        self.home = self._home(outlet_places)
        # 我市城镇新增就业再创新高 with no city named anywhere: its figures are that unnamed city's, not
        # the country's (a passing 贯彻落实中央… does not make them national)
        unnamed_local = (self.main_place is None and self.home is None
                         and bool(SELF_REFERENCE.search(text) or title and SELF_REFERENCE.search(title)))
        self.national_story = self.article_national and not unnamed_local  # its unplaced figures are 全国
        if self.home is not None and SELF_REFERENCE.search(text) and (
                self.main_place is None or _contains(self.main_place, self.home)
                or self.main_place.code == self.home.code):  # 邢台日报: 我市…，…邢台市中小企业过桥基金
            self.article_place = self.home  # 随州日报讯 …全市181家企业…《湖北省…办法》: 随州市, not 湖北省
        self.source_spans: list[tuple[int, int, bool]] | None = None  # (start, end, a speaker's)
        self.groups_cache: dict[tuple[int, int], list] = {}
        self.skipped_at: dict[int, bool] = {}  # place start -> _skipped: spans overlap, places recur
        self.sentence_places: dict[tuple[int, int], Place | str | None] = {}  # for _context
        self.contexts: dict[tuple[int, int], Place | str | None] = {}  # _context's answers
        self.cited_documents: list[tuple[int, int]] | None = None  # 依据《…》 spans, found on first need
        self.names_the_world = "全球" in text or "世界" in text
        # A digest (快讯: several items, each under a short heading line, about different places)
        # has no single place; a story with section headings that keeps naming its place has one.
        self._digest: bool | None = None  # decided on first need
        self.titled_digest = bool(title and DIGEST_TITLE.search(title))  # 国内联播快讯

    @property
    def digest(self) -> bool:
        if self._digest is None:
            text = self.text
            lines = text.split("\n") if "\n" in text else []
            headings = {index for index, line in enumerate(lines) if is_heading(line)}
            # an item's heading and body name its place twice: count the main place's body paragraphs
            body_paragraphs = len(self.main_place_paragraph_set - headings)
            self._digest = (len(headings) >= 3 and body_paragraphs * 3 <= len(headings)
                            or self.titled_digest and len(headings) >= 2)
        return self._digest

    def _main_place(self) -> Place | None:
        """The article's place: the place named in most paragraphs, then most often."""
        self.main_place_paragraph_set: set[int] = set()
        if not self.places:
            return None
        newlines = [m.start() for m in NEWLINE.finditer(self.text)]
        paragraphs: dict[str, set[int]] = {}
        counts: dict[str, int] = {}
        for p in self.places:
            if p.start in self.venue_starts:
                continue
            paragraphs.setdefault(p.name, set()).add(bisect_left(newlines, p.start))
            counts[p.name] = counts.get(p.name, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda name: (len(paragraphs[name]), counts[name]))
        self.main_place_paragraph_set = paragraphs[best]
        return _place_of(next(p for p in self.places if p.name == best))

    def _home(self, outlet_places: Sequence[Entity]) -> Place | None:
        """The place a story speaks from when it says 我市/全市: its outlet's (随州日报, 潍坊日报社记者),
        else the parent of a place written right after 我市/我省 (我市武平县 -> 龙岩市)."""
        for p in outlet_places:
            if p.type == "LOC" and p.admin_code:
                return _place_of(p)
        if OWN_PLACE_BEFORE.search(self.text) is None:
            return None  # most texts: no 我市/我省 anywhere, none before a place
        for p in self.places:
            own = OWN_PLACE_BEFORE.match(self.text, max(p.start - 2, 0), p.start)
            if own and p.admin_code:
                parent = p.city_code if own.group("level") == "市" else p.province_code
                named = _named(parent if parent != p.admin_code else None, self.by_code)
                if named is not None:
                    return named
        return None

    def _groups(self, lo: int, hi: int) -> list[Place]:
        return [g[0] for g in self._groups_at(lo, hi)]

    def _sources(self) -> list[tuple[int, int]]:
        """Spans that name who reports a figure (据…统计, 记者从…了解到), found on first need."""
        if self.source_spans is None:
            self.source_spans = [(m.start(), m.end(), False) for m in SOURCE.finditer(self.text)]
            for m in SPEAKER_END.finditer(self.text):  # 哈马斯媒体办公室23日称，…: who speaks opens the sentence
                start = self.spans.clause(m.start())[0]
                if m.start() - start <= MAX_SPEAKER and start == self.spans.sentence(m.start())[0]:
                    self.source_spans.append((start, m.start(), True))
        return self.source_spans

    def _visited_place_after(self, p: Entity) -> bool:
        """A place named later in p's clause, right after 在/来/前来/到/赴 (where p's people went)."""
        clause_end = self.spans.clause(p.start)[1]
        k = bisect_right(self.starts, p.start)
        return any(q.start < clause_end and self.text.endswith(VISIT_BEFORE, max(0, q.start - 2), q.start)
                   for q in self.places[k:k + 6])

    def _skipped(self, p: Entity) -> bool:
        """A place that names the source of a figure or a trade partner, not its place."""
        if self._in_cited_document(p):
            return True  # 依据《湖北省…实施办法》，…企业181家 (in 随州): the document's scope, not where
        for lo, hi, _ in self._sources():
            if lo <= p.start < hi:
                return True
        if ((ORIGIN_LIST_BEFORE.search(self.text, max(0, p.start - 40), p.start)
             and not (p.admin_code and self.text[p.end:p.end + 1].isdigit()))  # 来自武侯区86家企业: its figure
                or self.text.startswith("裔", p.end)):
            return True  # 来自埃及、桑给巴尔的16名医护人员 (in 江苏), 非洲裔: where they come from
        if p.start and self.text[p.start - 1] in "（(" and self.text.startswith(("）班列", ")班列"), p.end):
            return True  # 中欧（中亚）班列: the trains' name, not where the figure is
        if RECORD_AFTER.match(self.text, p.end):
            return True  # 超3项亚洲纪录: a kind of record, not where it was set
        if p.name in CONTINENTS and CONTINENTAL_EVENT_AFTER.match(self.text, p.end):
            return True  # 第九届亚洲冬季运动会: the games' name; its figures are the host city's
        if p.start and self.text[p.start - 1] == "占":
            return True  # 北京经开区…产值达到了1983亿元，占北京市的60%以上: the whole the share is of
        if p.start and self.text[p.start - 1] == "在" and SPEECH_AFTER.match(self.text, p.end):
            return True
        clause_start = max(self.spans.clause(p.start)[0], p.start - 40)
        if PARTNER_AFTER_NATIONAL.search(self.text, clause_start, p.start):
            return True  # 我国对前3大贸易伙伴东盟、欧盟、美国分别进出口
        if VISITORS_AFTER.match(self.text, p.end) and self._visited_place_after(p):
            return True  # 香港居民在深圳开立银行账户约305万户, 港澳居民…前来广东, 300多名德国游客抵达北京
        if (FOREIGN_VISITORS_AFTER.match(self.text, p.end) and not p.admin_code and p.province_code is None
                and isinstance(self.main_place, Place) and self.main_place.code is not None):
            return True  # 其中韩国游客7.3万人次 in a story of 张家界: where they come from
        if self.text.endswith(DESTINATION_BEFORE, max(0, p.start - 3), p.start) or (
                p.start and self.text[p.start - 1] == "为" and CUSTOMER.match(self.text, p.end)):
            return True
        if (p.start and self.text[p.start - 1] in PARTNER_LIST_LAST
                and PARTNER_LIST_BEFORE.search(self.text, max(clause_start, p.start - 40), p.start)
                and TRADE_AFTER.match(self.text, p.end)):
            return True
        if p.start and self.text[p.start - 1] in PARTNER_BEFORE:
            if (self.text[p.start - 1] in "与同" and WORKED_WITH_AFTER.match(self.text, p.end)
                    and not (isinstance(self.main_place, Place) and p.province_code is not None
                             and p.province_code == self.main_place.province_code)):
                return True  # (not 与涟源市、桑植县等51个脱贫县…签署…协议 in a story of 湖南: its own counties)
            sentence_start = max(self.spans.sentence(p.start)[0], p.start - 60)
            if NATIONAL.search(self.text, sentence_start, p.start):
                return True
        return self._traded_with(p, clause_start)

    def _in_cited_document(self, p: Entity) -> bool:
        if self.cited_documents is None:
            self.cited_documents = [m.span() for m in CITED_DOCUMENT.finditer(self.text)] if "《" in self.text else []
        return any(lo < p.start and p.end < hi for lo, hi in self.cited_documents)

    def _traded_with(self, p: Entity, clause_start: int) -> bool:
        """对哈萨克斯坦(等中亚五国) in a sentence already about trade (对…沿线国家进出口5.78万亿元，其中对
        哈萨克斯坦等中亚五国增长44%): a trade partner; not 对西部地区外贸拉动作用明显, the place's own trade."""
        before = self.text[p.start - 1:p.start]
        if before == "对":
            lead = p.start - 1
        elif before == "等" and (others := PARTNER_BEFORE_OTHERS.search(self.text, clause_start, p.start)):
            lead = others.start()
        else:
            return False
        sentence_start = max(self.spans.sentence(p.start)[0], p.start - 60)
        return (TRADE_BEFORE.search(self.text, sentence_start, lead) is not None
                and not OWN_ECONOMY_AFTER.match(self.text, p.end))

    def _national(self, lo: int, hi: int, pattern: re.Pattern = NATIONAL) -> bool:
        """全国/我国… in text[lo:hi], not as the yardstick of a comparison (占全国…的)."""
        text = self.text
        m = pattern.search(text, lo, hi)  # mostly none: no iterator built
        while m is not None:
            start = m.start()
            if (not text.endswith(NATIONAL_AS_BASE, max(0, start - 4), start) and start not in self.place_ends
                    and not (text.startswith("对", start - 1) and CONTRIBUTION_TO.match(text, m.end()))
                    and not (m.group() in ("全国", "我国") and RANKED_IN.match(text, m.end()))
                    and not (m.group() == "全国" and NATIONAL_HONOUR.match(text, m.end()))
                    and not text.startswith(TARGET_SET, m.end())
                    and not (text.endswith("来自", max(0, start - 2), start) and FROM_MANY.match(text, m.end()))
                    and not text.startswith(WITH_THOSE_FROM, m.end())
                    and not text.endswith(ATTRACTS, max(0, start - 3), start)
                    and not (m.group() == "全国" and SHARE_AFTER.match(text, m.end()))):
                # 来自全国各地的37支龙舟队 (in 福州), 来自中国和东盟国家的200多位官员, 中国与来自63个国家和地区的
                # 代表, 吸引全国1700多家单位参展 (in 济南): where they come from (but 运动员分别来自全国25个省:
                # the whole country's team)
                return True  # but 埃及全国武术锦标赛: another country's whole
            m = pattern.search(text, m.end(), hi)
        return False

    def _groups_at(self, lo: int, hi: int) -> list[tuple[Place, int, int, frozenset[str], tuple[Entity, ...]]]:
        """Places named in text[lo:hi] with their span: a chain (湘西州古丈县) counts as its last,
        most specific place; an enumeration (苏仙区、桂东县) as the parent its members share.
        Sources and trade partners are left out. Each group comes with its span, the names of the
        places enumerated in it and those places in reading order."""
        if not self.places:
            return []
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        if i == j:
            return []
        key = (lo, hi)
        if key not in self.groups_cache:  # a sentence's figures ask for the same spans
            self.groups_cache[key] = self._find_groups(lo, hi, i, j)
        return self.groups_cache[key]

    def _find_groups(self, lo: int, hi: int, i: int, j: int):
        groups: list[list[list[Entity]]] = []  # group -> chains -> entities
        prev: Entity | None = None
        skipped: Entity | None = None
        skipped_at = self.skipped_at
        for p in self.places[i:j]:
            if p.end > hi:
                break
            skip = skipped_at.get(p.start)
            if skip is None:
                skip = skipped_at[p.start] = self._skipped(p)
            if skip or (skipped is not None and (self.text[skipped.end:p.start] in ENUMERATION_JOINERS
                                                 or skipped.end == p.start and not p.admin_code)):
                skipped = p  # (and those listed or, abroad, written right after it: 对南亚东南亚国家贸易)
                continue
            skipped = None
            gap = self.text[prev.end:p.start] if prev else None
            if (gap == "" and prev.admin_code and p.admin_code
                    and not _inside(p, prev) and not _inside(prev, p)):
                groups[-1].append([p])  # 宁波舟山港: two places side by side, neither in the other
            elif prev is not None and (gap == "" or gap in PART_OF or (gap == "的" or DESCRIBED_PART.fullmatch(gap))
                                       and _inside(p, prev)):
                groups[-1][-1].append(p)  # 湘西州古丈县; 加沙地带北部的杰巴利耶: the second is inside the first
            elif prev is not None and (gap in ENUMERATION_JOINERS or gap in ROUTE_JOINERS
                                       and not (_inside(p, prev) or _inside(prev, p))):
                groups[-1].append([p])
            else:
                groups.append([[p]])
            prev = p
        return [(self._group_place(g), g[0][0].start, g[-1][-1].end, frozenset(c[-1].name for c in g),
                 tuple(c[-1] for c in g)) for g in groups]

    def _group_place(self, chains: list[list[Entity]]) -> Place:
        reps = [chain[-1] for chain in chains]
        if len(reps) == 1:
            return _place_of(reps[0])
        for attr in ("city_code", "province_code"):
            codes = {getattr(r, attr) for r in reps}
            if len(codes) == 1 and None not in codes:
                code = codes.pop()
                if all(r.admin_code == code for r in reps):
                    break
                named = _named(code, self.by_code)
                if named:
                    return named
        if len(chains[0]) > 1 and all(r.admin_code is None for r in reps) and chains[0][0].admin_code is None:
            return _place_of(chains[0][0])  # 美国印第安纳州、亚利桑那州等多地: the country the list is in
        return _place_of(chains[0][-1])

    def _whole_area(self, lo: int, hi: int, context: Place | None) -> Place | None:
        """全省/全市/该县: the context place at that level."""
        m = WHOLE_AREA.search(self.text, lo, hi)
        if not m:
            return None
        if context is not None and not context.code:
            # 简阳市禾丰镇丙灵村…。…全省返乡创业农民工; 在黄淮海小麦主产区——安徽颍上县，…全县: a place with
            # no code has no level of its own; the nearest place before with a code tells
            coded = next((p for p in reversed(self.places[:bisect_left(self.starts, m.start())]) if p.admin_code), None)
            context = _place_of(coded) if coded is not None else None
        if self.home is not None and (context is None or _contains(context, self.home)):
            context = self.home  # 全市 in a 随州日报 story that also names 湖北省
        if context is None:
            return None
        if m.group("level") in ("省", "自治区"):
            return _named(context.province_code, self.by_code) or context
        if m.group("level") in ("市", "州") and not _county_level_city(context):
            if context.code and context.code == context.province_code and context.name not in MUNICIPALITIES:
                # a province: 全市 is the city the story's places lie in (乐山市交通运输部门…，夹江县…，
                # 返回浙江温州…。…全市…475人次: 乐山市, not 浙江省)
                return self.own_city or context
            return _named(context.city_code, self.by_code) or context  # (禄丰市 is a 市 of its own)
        if m.group("level") == "县" and context.code and context.code in (context.city_code, context.province_code):
            # a city or a province: 全县 is the one county of it the story names (中国张掖网高台讯 …高台县…。
            # …全县11个扶贫车间: 高台县, not 张掖市, finance set 25; 广西钟山县…。…全县有32家, finance set 26)
            counties = {p.admin_code for p in self.places
                        if p.county_code and p.admin_code == p.county_code
                        and context.code in (p.city_code, p.province_code)}
            if len(counties) == 1:
                return _named(counties.pop(), self.by_code) or context
        return context

    @cached_property
    def foreign_story(self) -> bool:
        """A story whose main place is abroad (土耳其…10个省份: not China's provinces)."""
        main = self.main_place
        return isinstance(main, Place) and not main.code and main.name not in _chinese_groupings()

    @cached_property
    def own_city(self) -> Place | None:
        """The prefecture-level city most of the text's Chinese places lie in, if one leads."""
        # (a municipality's districts have no city code)
        leading = Counter(p.city_code for p in self.places if p.city_code).most_common(2)
        if not leading or len(leading) == 2 and leading[0][1] == leading[1][1]:
            return None
        return _named(leading[0][0], self.by_code)

    def resolve(self, quantity: Quantity, where: Where) -> Place | str | None:
        found = self._resolve(quantity, where)
        if isinstance(found, Place) and found.name in REGION_NAMES:
            return REGION_NAMES[found.name]
        if found == "全国" and quantity.unit in LENGTH_UNITS and quantity.value < NETWORK_LENGTH \
                and not NATIONAL_WORD.search(self.text, where.sentence_start, quantity.start):
            return None  # 海拔8201米, 在地下500米, 75米水深: a thing's size is no national figure (460万公里 is)
        return found

    def _nearest(self, groups):
        """The last place that opens a clause (…九市中，深圳市进出口4.11万亿元，…同比增长17.4%),
        else the sentence's first place."""
        for group in reversed(groups[1:]):
            start = group[1]
            if self.text[start - 1] in "，,；;：:":
                return group  # …，深圳市进出口…
            opening = AT_PLACE_OPENING.search(self.text, max(0, start - 6), start)
            if opening and self.text[opening.start() - 1] in "，,；;：:":
                return group  # …，在呼和浩特市土左旗海流水库，已有约三万只…; …，当天在哈尔科夫方向，…
        for group in reversed(groups):
            start = group[1]
            if self.text[start - 1] in "对向" and ATTACK.search(self.text, group[2], self.spans.clause(group[2])[1]):
                return group  # 美军当天对伊拉克首都巴格达附近的…设施发动空袭，造成8人死亡: the place struck
        return groups[0]

    def _enumerated_set(self, place: Place, members: int = 1, entities: Sequence[Entity] = ()) -> Place | str | None:
        """黑龙江、四川、西藏等9个重点省份: the figure counts a set the named places belong to;
        its place is one level up (the country for provinces, or for cities of three provinces or more)."""
        if not place.code and place.name not in _chinese_groupings():
            return None  # 通达俄罗斯、波兰、德国、比利时等13个国家: countries make no Chinese region
        if not place.code or place.province_code == place.code:
            return "全国"  # provinces, or groupings without a code (华北、东北…)
        if len({e.province_code for e in entities if e.province_code}) >= 3:
            return "全国"  # 在广州、青岛、合肥、西安、成都5个城市同时开始发行
        if members > 1:
            return None  # places of different parents (南京、杭州等16个港口)
        for code in (place.city_code, place.province_code):
            if code and code != place.code:
                named = _named(code, self.by_code)
                if named:
                    return named
        return place

    def _source_place(self, lo: int, hi: int, speakers: bool = False) -> Place | None:
        """The most specific place named in the source of the sentence's figures (据…统计, 根据…数据;
        with `speakers`, in the speaker opening it), when the sentence names no other place."""
        if not self.places:
            return None
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        if i == j:
            return None  # most sentences: the sources need not be looked at
        named = self.places[i:j]
        spans = [(a, b) for a, b, speaker in self._sources()
                 if lo <= a < hi and speaker == speakers and not MEDIA_SOURCE.search(self.text, a, b)]
        in_source = [p for p in named if p.end <= hi and any(a <= p.start < b for a, b in spans)]
        return _place_of(in_source[-1]) if in_source else None

    def _listed_apart(self, groups) -> bool:
        """Places of different provinces listed with their parts (山东中北部和西南部、河南东北部)."""
        if len(groups) < 2 or len({g[0].province_code or g[0].name for g in groups}) < len(groups):
            return False
        return all(PARTS_BETWEEN.fullmatch(self.text, a[2], b[1]) for a, b in zip(groups, groups[1:]))

    def _venue(self, lo: int, hi: int) -> tuple[Place, int] | None:
        """The first place in text[lo:hi] that an event is held at (在X举行), with its start."""
        text = self.text
        # A group starts where its first place does: without a place after 在/于 there is no venue,
        # and the groups (the costly part) need not be built.
        if not any(p.start and text[p.start - 1] in "在于"
                   for p in self.places[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]):
            return None
        for place, start, end, _, _ in self._groups_at(lo, hi):
            if start and text[start - 1] in "在于" and VENUE_VERB.match(text, end):
                return place, start
        return None

    def _respective(self, quantity: Quantity, sentence_start: int) -> Place | None:
        """韩国、德国、英国、日本实际对华投资分别增长122.1%、52.6%、33.1%和26.6%: the i-th figure
        after 分别 is the i-th place enumerated before it."""
        at = self.text.rfind("分别", sentence_start, quantity.start)
        if at < 0:
            return None
        listed = self.text[at + 2:quantity.start]
        if CLAUSE_BREAK.search(listed):
            return None
        # the last enumeration before 分别 (东莞、珠海、深圳等大湾区城市…分别增长: not the grouping after it)
        listing = next((g for g in reversed(self._groups_at(sentence_start, at)) if len(g[3]) >= 2), None)
        if listing is None or CLAUSE_BREAK.search(self.text, listing[2], at):
            return None
        _, _, _, names, members = listing
        index = sum(listed.count(joiner) for joiner in "、和及与")
        if len(members) != len(names) or index >= len(members):
            return None
        return _place_of(members[index])

    def _provinces_open_clause(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi], or a clause of it after a comma, opens with a count of provinces (PROVINCES_SUBJECT)."""
        clauses = self.spans._starts(lo)[0]  # the paragraph's clause starts, found once per paragraph
        return any(PROVINCES_SUBJECT.match(self.text, start)
                   for start in clauses[bisect_left(clauses, lo):bisect_left(clauses, hi)]
                   if start == lo or self.text[start - 1] in "，,")

    def _resolve(self, quantity: Quantity, where: Where) -> Place | str | None:
        respective = self._respective(quantity, where.sentence_start) if self.places else None
        if respective is not None:
            return respective
        c_start, c_end = where.clause_start, where.clause_end
        s_start, p_start = where.sentence_start, where.paragraph_start
        if PROVINCES_SUBJECT.match(self.text, c_start) and not self.foreign_story:
            # 25个省份已外出务工贫困劳动力2866.95万人, 18个省份封闭路段139个: a clause about a count of
            # provinces is about the country (not 与10个省份合作开行21条线路, 三省市还共同签署, 西部12省区市)
            return "全国"
        if (c_start > s_start and self.text.find("省", s_start, c_start) >= 0 and not self.foreign_story
                and self._provinces_open_clause(s_start, c_start) and not self._groups_at(c_start, quantity.start)):
            return "全国"  # 30个省(区、市)和新疆生产建设兵团在…推广以工代赈，共吸纳50万名…: the same subject
        in_china = IN_CHINA.search(self.text, c_start, c_end) if self.writes_in_china else None
        if (in_china is not None and all(g[1] == in_china.end() for g in self._groups_at(c_start, c_end))
                and not ATTENDING.search(self.text, c_start, c_end)):
            # the clause names no place but the firms' home after 在华 (在华美国企业); not the people
            # at a meeting (外国在华工商界代表等出席会议: the venue's)
            return "全国"
        if self.text.find("籍", quantity.end, c_end) >= 0:
            origin = self._groups_at(quantity.end, min(c_end, quantity.end + 12))
            if origin and origin[0][1] == quantity.end and self.text.startswith("籍", origin[0][2]):
                return origin[0][0]  # 600多名云南籍务工人员: the people are from there
        world = (WORLD_SUBJECT.search(self.text, s_start, quantity.start)
                 if self.names_the_world else None)
        if world is not None and not self._groups_at(min(c_start, world.start()), quantity.start) \
                and not self._national(min(c_start, world.start()), quantity.start):
            # 报告将今年全球经济增长预期由原来的2.7%上调至2.9% (released in 新加坡); 全球粮食进口费用…，将升至…
            return "全球"
        economies = (max(ECONOMY_GROUP.finditer(self.text, s_start, quantity.start), key=lambda m: m.start(), default=None)
                     if self.names_economy_groups else None)
        if economies is not None and not self._groups_at(economies.end(), quantity.start) \
                and not self._national(economies.end(), quantity.start):
            return None  # 主要发达经济体的外国直接投资下降了37%, 流向发展中国家的投资增长了4%: no one region
        # Parts of a sentence split by ； name their own subjects (…中欧班列（西安）…；中欧班列（武汉）…).
        if c_start > s_start:  # (in a sentence's first clause there is nothing to look at)
            s_start = max(s_start, self.text.rfind("；", s_start, c_start) + 1, self.text.rfind(";", s_start, c_start) + 1)
        venue = self._venue(s_start, c_end) if self.places else None
        if venue is not None and not self._national(c_start, quantity.start):
            own = self._groups_at(c_start, quantity.start)
            if not own or (venue[1] >= c_start and quantity.start - own[-1][2] > 2):
                # Held at the venue: outranks places inside the event's name (河北国际工业设计周正在
                # 雄安新区举行，3000多件…), not a place the figure's clause gives it (巴勒斯坦14个派别…
                # 在北京举行) or the country (全国观影人次).
                return venue[0]
        for lo, hi in ((c_start, quantity.start), (s_start, c_start)):
            if lo == hi:
                continue  # (a sentence's first clause; a figure opening its clause): nothing is named there
            groups = self._groups_at(lo, hi)
            national_from = lo
            if len(groups) > 1:
                # 我国西北地区海拔最高的乌恰风电场: the place a superlative ranks within (and 我国 before
                # it) is no subject
                scopes = [SUPERLATIVE_SCOPE.match(self.text, g[2]) for g in groups]
                if any(scopes) and not all(scopes):
                    national_from = next(scope for scope in reversed(scopes) if scope).end()
                    groups = [g for g, scope in zip(groups, scopes) if not scope]
            if groups and hi != quantity.start and not self.text.endswith(("我国", "全国"), lo, groups[0][1]) and (
                    self._national(max(national_from, self.spans.clause(groups[0][1])[0]), groups[0][1], NATIONAL_SUBJECT)
                    or self._national(groups[-1][2], hi, NATIONAL_SUBJECT)):
                # 我国粮食生产克服了黄淮地区…，夏粮产量达2922.6亿斤; …华北东北局地严重洪涝…，
                # 全国上下全力以赴抗灾夺丰收，夏粮略减25.5亿斤: the country frames the figure
                # (not 我国西部地区进出口…: a part of the country named as such).
                return "全国"
            if groups and ALL_PROVINCES.search(self.text, lo, groups[0][1]):
                return "全国"
            if len(groups) > 1 and ATTACK.search(self.text, groups[0][2], groups[1][1]):
                groups = groups[1:]  # 以色列空袭加沙地带造成至少40人死亡: the place struck, not the attacker
            elif len(groups) > 1 and PLACE_SPEAKS.match(self.text, groups[0][2]):
                groups = groups[1:]  # 苏丹媒体称喀土穆西南遭空袭 20人死亡: the place told of, not who tells
            if groups:
                # In the figure's clause its first place; in earlier clauses see _nearest.
                chosen = groups[0] if hi == quantity.start else self._nearest(groups)
                place, _, end, members, _ = chosen
                if hi != quantity.start and self._listed_apart(groups[groups.index(chosen):]):
                    return None  # …，广西东北部、广东西北部等地局地有大暴雨，…最大小时降雨量30毫米～50毫米
                if (len(groups) == 1 and quantity.start - end <= 2 and place.name in members
                        and (self.text.startswith("等", end) or (len(members) > 1 and quantity.start == end))):
                    # 黑龙江、四川、西藏等9个重点省份; 华北、东北…西北7个赛区: the figure counts a set
                    # the named places belong to. A shared parent (郴州市苏仙区、桂东县等7个) is that set's place.
                    whole = self._enumerated_set(place, len(members), chosen[4])
                    if whole is not None:
                        return whole
                    # 南京、杭州等16个港口: places of different parents name no one place; look further.
                elif (len(groups) == 1 and self._named_example_end(end) == quantity.start - 1
                      and (self.text.startswith("其中", s_start) or self._national(s_start, chosen[1], OUR_COUNTRY))):
                    # 其中，吉林水网骨干工程等44项重大水利工程; 我国新增广东深圳福田红树林…等18处: one named
                    # example of a breakdown or of a national count does not place the set; look further
                    # (but 房山区大石河等7条河流, 上海静安商圈等35个商圈: the example's place is the set's)
                    pass
                elif hi == quantity.start and len(members) > 1 and place.name in members:
                    return None  # 在土耳其和叙利亚造成的遇难人数已超过45000人: no one place, no shared parent
                elif hi == quantity.start and self._listed_apart(groups):
                    return None  # 山东中北部和西南部、河南东北部出现100—200毫米的大暴雨: parts of two provinces
                else:
                    return place
            speaker = self._source_place(lo, hi, speakers=True)
            if speaker is not None:
                return speaker  # 毛伊县警方12日称，大火共烧毁了13平方公里: who speaks names the only place
            whole = WHOLE_AREA.search(self.text, lo, hi)
            # 我市共有5个项目获得中央预算内投资补助11400万元: an area named before any national word is the subject
            if self._national(lo, whole.start() if whole else hi):
                return "全国"
            if whole:
                context = self._context(p_start, lo)
                if not isinstance(context, Place):
                    context = self.article_place if isinstance(self.article_place, Place) else self.main_place
                return self._whole_area(lo, hi, context) or context
        if 0 <= self.text.find("的", quantity.end, min(c_end, quantity.end + 5)):  # (most figures: no 的 after)
            after = self._groups_at(quantity.end, c_end)
            if after and DESCRIBES_PLACE_AFTER.fullmatch(self.text, quantity.end, after[0][1]):
                return after[0][0]  # 在日均气温18摄氏度的黑龙江漠河北极村: the figure describes the place after it
        context = None if NEW_VIEW.match(self.text, s_start) else self._context(p_start, s_start)
        if context is not None:
            return context or None
        source = self._source_place(s_start, quantity.start)
        if source is not None:
            return source  # 根据美国夏威夷州毛伊县方面…公布的最新数据，…已造成93人死亡: the reporting place
        groups = self._groups(quantity.end, c_end)
        if groups:
            return groups[0]
        if self.digest:
            # A 快讯 of separate items: the item's heading line, not the article, gives the place.
            # A figure in the heading itself: the item's body (the next paragraph) tells.
            p_end = where.paragraph_end
            if is_heading(self.text[p_start:p_end]) and p_end < len(self.text):
                b_end = self.text.find("\n", p_end + 1)
                lo, hi = p_end + 1, len(self.text) if b_end < 0 else b_end
            else:
                hi = p_start - 1
                lo = self.text.rfind("\n", 0, max(hi, 0)) + 1
                if not (hi > lo and is_heading(self.text[lo:hi])):
                    lo = hi = p_start
            groups = self._groups(lo, hi) or self._groups(p_start, p_end)  # or later in the item's body
            if groups:
                return groups[0]
            if self._national(lo, hi) or self._national(p_start, p_end):
                return "全国"
            # sections of a national story that names no place at all (部分指标恢复到前年同期水平 over
            # 1-6月城镇新增就业人数698万人; finance set 25) are the country's
            return "全国" if not self.places and self.national_story else None
        if self.article_place is not None:
            return self.article_place
        return "全国" if self.national_story else None

    def _context(self, p_start: int, end: int) -> Place | str | None:
        """Place of the nearest earlier sentence of the paragraph that names one (its first),
        or 全国 when that sentence speaks of the whole country; NO_ONE_PLACE when it lists places
        that share no parent; None when no sentence tells."""
        told = self.contexts.get((p_start, end), UNKNOWN)
        if told is UNKNOWN:  # a sentence's figures ask the same
            told = self.contexts[p_start, end] = self._find_context(p_start, end)
        return told

    def _find_context(self, p_start: int, end: int) -> Place | str | None:
        sentences = self.spans._starts(p_start)[1]  # the paragraph's sentence starts, found once per paragraph
        bounds = sentences[:bisect_right(sentences, end)] + [end]
        for k in range(len(bounds) - 1, 0, -1):
            key = (bounds[k - 1], bounds[k])
            told = self.sentence_places.get(key, UNKNOWN)
            if told is UNKNOWN:  # a paragraph's later figures ask about the same sentences again
                told = self.sentence_places[key] = self._sentence_place(*key)
            if told is not None:
                return told
        return None

    def _named_example_end(self, end: int) -> int | None:
        """Where the 等 stands after a name the place ending at `end` opens, given as an example
        (吉林|水网骨干工程|等44项); None when the place opens no such name (北京、上海等地: places listed)."""
        rest = EXAMPLE_NAME_REST.match(self.text, end)
        if rest is None or not self.text.startswith("等", rest.end()) or self.text.startswith("等地", rest.end()):
            return None
        return rest.end()

    def _sentence_place(self, lo: int, hi: int) -> Place | str | None:
        """What text[lo:hi] says about where (see _context); None when it says nothing."""
        groups = self._groups_at(lo, hi)
        if self.text.startswith("其中", lo):
            # 其中，吉林水网骨干工程等44项…: a named example in a breakdown does not place the sentence
            groups = [g for g in groups if self._named_example_end(g[2]) is None]
        if groups:
            if (ALL_PROVINCES.search(self.text, lo, hi)
                    or not groups[0][0].code and self._national(lo, groups[0][1], OUR_COUNTRY)):
                return "全国"  # 我国国际客运航班通航70个国家，其中…新增科威特、塞尔维亚…。…航班量…4053班
            # where it happened (以色列国防军和…武装组织继续在加沙地带北部…发生冲突) before who acted
            place, _, _, names, members = next(
                (g for g in groups if g[1] and self.text[g[1] - 1] in "在于"), groups[0])
            # (美国中部得克萨斯州、俄克拉何马州…等地: the country they are in is the place)
            if len(members) > 1 and place.name in names and not any(
                    place.code and place.code != m.admin_code and place.code in (m.province_code, m.city_code)
                    for m in members):
                return NO_ONE_PLACE  # 支持广东、广西、浙江…等7省份…。…相关地区…2.36万件
            return place
        speaker = self._source_place(lo, hi, speakers=True)
        if speaker is not None:
            return speaker  # 埃及全国选举委员会18日宣布，…。塞西现年69岁
        if self._national(lo, hi):
            return "全国"
        return None


# ---------------------------------------------------------------- category


@lru_cache(maxsize=1)
def _category_rules():
    """(rules, keyword pattern, keyword -> keywords it contains, whether no keyword holds a clause
    break) from categories.yaml."""
    data = lexicon.load("categories")
    groups = {k: set(map(str, v)) for k, v in data["unit_groups"].items()}
    rules = []
    every_keyword: set[str] = set()
    for rule in data["rules"]:
        units = rule.get("units")
        if isinstance(units, str):
            units = groups[units]
        elif units is not None:
            units = set(map(str, units))
        keywords = frozenset(map(str, rule.get("keywords") or ()))
        along = frozenset(map(str, rule.get("with") or ()))
        every_keyword |= keywords | along
        rules.append((rule["category"], units, keywords, rule.get("scope", "clause"), along))
    # One scan finds every keyword, the longest at each position; a match also counts for the
    # keywords inside it (招聘会 -> 招聘).
    pattern = re.compile(_longest_first(every_keyword))
    contained = {k: frozenset(j for j in every_keyword if j in k) for k in every_keyword}
    # No keyword spans a clause break: a scan of a sentence is then the scans of its clauses.
    within_clauses = not any(CLAUSE_BREAK.search(k) for k in every_keyword)
    return rules, pattern, contained, within_clauses


def _longest_first(words, top: bool = True) -> str:
    """A pattern matching, at each position, the longest of `words` that starts there: a trie
    (会|会议|会展 -> 会(?:议|展)?), so a position is tried against the few words of its first
    character rather than every word in turn."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [rest for rest in rests if rest]
        branch = re.escape(first)
        if longer:
            branch += f"(?:{_longest_first(longer, top=False)})" + ("?" if "" in rests else "")
        branches.append((first, branch))
    return _split_by_first(branches) if top else "|".join(branch for _, branch in branches)


def _split_by_first(branches: list[tuple[str, str]], leaf: int = 16) -> str:
    """Hundreds of first characters: halves behind a one-character lookahead, so a position is
    tried against about log2(n) character sets and one short list, not n branches."""
    if len(branches) <= leaf:
        return "|".join(branch for _, branch in branches)
    half = len(branches) // 2
    firsts = "".join(re.escape(first) for first, _ in branches[:half])
    return f"(?=[{firsts}])(?:{_split_by_first(branches[:half], leaf)})|{_split_by_first(branches[half:], leaf)}"


@lru_cache(maxsize=None)
def _rules_for_unit(unit: str) -> tuple[tuple[str, frozenset[str], str, frozenset[str]], ...]:
    """The rules (in order) whose unit condition `unit` meets: (category, keywords, scope, with)."""
    return tuple((category, keywords, scope, along) for category, units, keywords, scope, along
                 in _category_rules()[0] if units is None or unit in units)


@lru_cache(maxsize=None)
def _rules_without_clause_words(unit: str) -> tuple[tuple[str, frozenset[str], str, frozenset[str]], ...]:
    """The rules of `unit` that may match a clause with no keyword: sentence rules and rules with
    no words (every other rule looks for its words in the clause)."""
    return tuple(rule for rule in _rules_for_unit(unit) if rule[2] == "sentence" or not (rule[1] or rule[3]))


@lru_cache(maxsize=None)
def _category_of_unit(unit: str) -> str | None:
    """The category when the first rule `unit` meets needs no words (% -> rate), else None."""
    for category, keywords, scope, along in _rules_for_unit(unit):
        return None if keywords or along or scope == "sentence" else category
    return None


NEAR_BEFORE, NEAR_AFTER = 8, 8  # characters around a figure for `near` rules
# 个 counting countries, provinces, cities, counties or townships (通达欧洲13个国家, 36个大中城市, 在17个乡镇) counts
# places, like 13国
# (not 45个国家先进制造业集群, 5个国家级示范区: things of the state)
COUNTED_PLACES = re.compile(r"[^，,。；;、：:0-9]{0,5}?(?:国家(?!级|先进|骨干|算力|产业|企业|机关|重点|公园|高新|自主|实验|工程|战略)"
                            rf"|省份|省区市|省市|城市|县域|乡镇(?!企业)|{PROVINCES_WITH_REGIONS}"
                            # counties (200个玉米大县, 27个区县; not 县级融媒体中心, 县城)
                            r"|县(?![级城域委长]))")
PLACES_UNIT = "国"  # a unit of the `place` group in categories.yaml


def categorise(quantity: Quantity, text: str, where: "Where", previous_end: int = 0,
               next_start: int | None = None) -> str:
    """First matching rule of categories.yaml; `near` rules stop at neighbouring figures."""
    unit = quantity.unit.split("/")[0]
    if unit in ("人", "名") and text.startswith(("企业", "的企业"), quantity.end):
        return "other"  # 500人以上企业: a size class of firms, not people counted
    if unit == "个" and COUNTED_PLACES.match(text, quantity.end):
        unit = PLACES_UNIT
    decided = _category_of_unit(unit)
    if decided is not None:
        return decided  # the unit alone decides (% -> rate): no words to look for
    rules, pattern, contained, within_clauses = _category_rules()
    c_start, c_end = where.clause_start, where.clause_end
    q_start, q_end = quantity.start, quantity.end
    near_lo = max(c_start, quantity.start - NEAR_BEFORE, previous_end)
    if next_start == quantity.end:
        next_start = None  # 47家500人以上企业: the next figure sizes what this one counts
    near_hi = min(c_end, quantity.end + NEAR_AFTER, next_start if next_start is not None else c_end)
    in_clause: set[str] = set()
    near_before: set[str] = set()
    near_after: set[str] = set()
    after: set[str] = set()
    clause_before: set[str] = set()  # what sentence rules see of this clause
    crosses_figure = False  # a keyword running into the figure: a scan up to it would read less
    after_hi = min(c_end, next_start) if next_start is not None else c_end
    for m in pattern.finditer(text, c_start, c_end):
        start, end = m.span()
        if end <= q_start:
            found = contained[m.group()]
            in_clause |= found
            clause_before |= found
            if near_lo <= start:
                near_before |= found
        elif start >= q_end:
            found = contained[m.group()]
            in_clause |= found
            if end <= after_hi:
                after |= found
                if end <= near_hi:
                    near_after |= found
        elif start < q_start:
            crosses_figure = True
    if quantity.unit in lexicon.noun_units():  # 释放3000万职缺: the noun written as the unit is what is counted
        for m in pattern.finditer(quantity.unit):
            found = contained[m.group()]
            in_clause |= found
            near_after |= found
            after |= found
    # The noun right after a measure word says what is counted (3800多个岗位); the words before
    # count only when nothing follows (入驻企业8977家).
    near = near_after or near_before
    sentence_before: set[str] | None = None
    rules_to_try = _rules_for_unit(unit) if in_clause else _rules_without_clause_words(unit)
    for category, keywords, scope, along in rules_to_try:
        if scope == "sentence":
            if sentence_before is None:
                sentence_before = _sentence_before(pattern, contained, text, where.sentence_start, c_start,
                                                   q_start, clause_before,
                                                   within_clauses and not crosses_figure)
            # 公益岗位安置494.86万贫困人口，其中护林员127.86万人: the companion word may open the sentence
            if along and along.isdisjoint(in_clause) and along.isdisjoint(sentence_before):
                continue
            if keywords and keywords.isdisjoint(sentence_before):
                continue
            return category
        if along and along.isdisjoint(in_clause):
            continue  # the rule's companion word (岗位 for 提供) is not in the clause
        words = near if scope == "near" else after if scope == "after" else in_clause
        if not keywords or not keywords.isdisjoint(words):
            return category
    return "other"


def _sentence_before(pattern, contained, text: str, s_start: int, c_start: int, end: int,
                     clause_before: set[str], clause_scan_holds: bool) -> set[str]:
    """Keywords of text[s_start:end], the sentence up to a figure. When the clause's own scan holds
    (no keyword crosses a clause break or runs into the figure), its matches before the figure are
    those of this scan; only the earlier clauses are read."""
    if not clause_scan_holds or not (s_start == c_start or CLAUSE_BREAK.match(text, c_start - 1)):
        return _keywords_before(pattern, contained, text, s_start, end)
    if s_start == c_start:
        return clause_before
    return clause_before | _keywords_before(pattern, contained, text, s_start, c_start)


def _keywords_before(pattern, contained, text: str, start: int, end: int) -> set[str]:
    found: set[str] = set()
    for m in pattern.finditer(text, start, end):
        found |= contained[m.group()]
    return found


# ---------------------------------------------------------------- indicator, comparison

INDICATOR_TRIM = re.compile(r"^(?:的|其中|共|累计|共计|合计|全年|同时|此外|另外|并|已经|已|还|均|分别|达到|达|为|有)+|(?:共|累计|达到|达|为|有|约|近|超过|超|逾|共计|合计|分别|由|从)+$")


INDICATOR_STRIP = " “”\"'（）()、"
LIST_JOINERS = ("、", "与", "和", "及", "以及")
JOINS_NEXT = re.compile(r"(?:、|与|和|以及|及)$")  # 占比30%和15%: 和 joins the next figure


def indicator_for(quantity: Quantity, text: str, where: Where, times: TimeIndex,
                  previous_end: int = 0, next_start: int | None = None) -> str | None:
    """A few words of the clause naming what is counted: the words before the figure (time words
    and earlier figures left out), with the words after it when those before are only a verb."""
    c_start, c_end = where.clause_start, where.clause_end
    lo = max(c_start, previous_end)
    hi = c_end if next_start is None else min(c_end, next_start)
    if previous_end > c_start and text[previous_end:quantity.start].strip() in LIST_JOINERS:
        # 分别增长221.46%、190.18%与185.72%: one measure, listed (the caller repeats it), unless words
        # after the figure name its own (2100多人次、700多台次大型设备)
        return INDICATOR_TRIM.sub("", text[quantity.end:hi].strip(INDICATOR_STRIP))[:16] or None
    mentions = times.within(lo, quantity.start)
    if mentions:
        pieces, cursor = [], lo
        for mention in mentions:
            pieces.append(text[cursor:mention.start])
            cursor = max(cursor, mention.end + text.startswith("的", mention.end))  # 由2012年的37287万人: 的 is the year's
        pieces.append(text[cursor:quantity.start])
        words_before = "".join(pieces)
    else:
        words_before = text[lo:quantity.start]
    before = INDICATOR_TRIM.sub("", words_before.strip(INDICATOR_STRIP))[-24:]
    if len(before) >= 4:
        return before
    after = INDICATOR_TRIM.sub("", JOINS_NEXT.sub("", text[quantity.end:hi]).strip(INDICATOR_STRIP))
    words = (before + after[:16]).strip(INDICATOR_STRIP)
    return words or None


def comparison_for(quantity: Quantity, text: str, where: Where) -> tuple[str, int, int] | None:
    """同比增长5.5%, 比上年回升1.1个百分点: the base a change is measured against, with its span."""
    c_start = where.clause_start
    first = COMPARISON_FIRST.search(text, max(c_start, quantity.start - 30), quantity.start)
    if first is None:
        return None  # the common case: no word a comparison starts with
    last = None
    for m in COMPARISON.finditer(text, first.start(), quantity.end):  # lookaheads may see the figure
        if m.start() >= quantity.start:
            break
        last = m
    if last is None:
        return None
    between = text[last.end():quantity.start]
    if last.group(3) is not None:
        if between:
            return None  # 高于…: the figure follows directly
    elif len(between) > 12 or (last.group(1) and not CHANGE_VERBS.search(between)):
        return None
    base = TRAILING_FIGURE.sub("", last.group())  # 较去年同期34.09%上升…: the base, not the figure
    return base, last.start(), last.start() + len(base)
