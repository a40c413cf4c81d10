"""PERSON mentions from bylines, role and cue words, ages, honorifics and a short list of public
figures; every later occurrence of a found name is a mention too. No model: a surname list
(data/entities/surnames.txt) decides where a name may start."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Entity
from . import lexicon
from .matcher import BYLINE, CUE, FOREIGN, PERSON_KNOWN, PLACE, ROLE, Hit

# words after a name that start with a transliteration character (…希望, …坦言): a shorter name ends there
TRANSLIT_FOLLOW_WORDS = {"希望", "坦言", "坦承", "坦率", "得到", "得知", "连续", "连日", "连任"}
# characters that usually start the word after a name (主任熊娅玲告诉…, 村民张丽君为…)
FOLLOW = set("说表告介认指强透坦感在的是也就从对向和与等为将已曾正便则都又还要会能被把给让带到去来今现"
             "出一不很每同主负作称笑回讲希连高深率首先刚早看所家当这那上下接领分通得获乘坐用自带身和及"
             "拿打做开靠于并而却才已经由始更最此其种养")
PUNCT = set("，。、；：！？“”‘’（）()《》「」【】 \u3000\n\t,.;:!?·—…")
NOT_GIVEN = set("的了是在与及等为将对从到把被向于以或也都又就并而且由给让使着过们个这那其省市县区镇乡村上下团时"
                "局厅部委办处室科所站队社报台网院校会")
# a character that cannot stand in a given name: one of NOT_GIVEN or any non-Chinese one (PUNCT too)
NOT_GIVEN_CHAR = re.compile(f"[^\u4e00-\u9fff]|[{''.join(sorted(NOT_GIVEN))}]")
TRANSLIT = set("阿埃艾爱安昂奥巴拜班邦宝保鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩尔法范菲"
               "费芬丰弗福盖甘戈格古哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷里"
               "利莉林琳隆卢鲁伦罗洛马迈麦曼梅门蒙米明莫姆穆纳内尼宁努诺帕潘佩彭皮普奇齐乔切琼热瑞萨塞桑"
               "森沙山尚什史斯松苏索塔泰坦汤唐特提廷图托瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤约泽"
               "扎詹珍芝兹佐·"
               # common in transliterations of current names (佩斯科夫, 朔尔茨, 马克龙, 布丽吉特, 博塞仁,
               # 蒂默曼斯, 冯德莱恩, 莫奈)
               "夫默朔茨仁龙丽冯莱奈契娜妮丝娅芙黛蕾琪贡拜瑟舍绍肖蒲勃柏登迦廷卜涅申别任"
               # 伊丽莎白, 穆罕默德, 易卜拉欣
               "莎白罕欣易"
               # 拉卡列, 米尔济约耶夫, 赛义德, 玛丽, 约翰逊, 彼得, 叶利钦, 吕特, 施密特
               "列济义赛侯玛翰逊吕歇施凡叶哲得娃恰廉琴露芭珀"
               # 武契奇, 泽连斯基, 欧尔班, 夏巴兹, 斯托尔滕贝格, 巴祖姆, 穆里略, 普拉昌达, 久卡诺维奇, 马哈茂德
               "武连欧夏南滕祖略昌旺敦久汀茂思良捷留丘圭纽延坤瑙季"
               # 米舒斯京, 奥云额尔登
               "舒京云额"
               # 努尔特列吾, 阿玛尔巴伊斯格楞
               "吾楞")


# two-character words that look like surname + given name after a role word (总书记强调)
NOT_NAMES = {"乌空军", "乌海军", "乌陆军", "乌军方",  # 乌 (Ukraine) + its forces
             "计划", "原定", "曾于", "时隔", "相继", "连续",  # 外长计划20日在…讨论: words before a day
             "毕业", "强调", "表示", "指出", "介绍", "认为", "要求", "希望", "同志", "一行", "带领", "高度", "全面", "方面",
             "同时", "黄金", "文化", "安全", "平安", "和平", "包括", "关于", "成为", "成功", "时间", "万元", "石油",
             "金融", "华为", "常态", "于是", "江山", "国家", "宁可", "任何", "应该", "应当", "原来", "原则", "路上",
             "信息", "应急", "党员", "党委", "孙子", "司机", "明确", "易于", "谢谢", "杨柳", "程序", "傅里",
             "英明", "亲自", "高兴", "特别", "阁下",
             "运动", "运输", "运营", "运行",  # 运 is also a surname (运东来)
             "贺信", "贺电", "贺词", "贺卡", "马拉松", "齐聚", "闻汛", "闻讯", "闻令", "房屋", "房子", "房价", "慕名",
             "陆续", "温暖"}  # 村民陆续回村, 农民工温暖大礼包 (陆 and 温 are surnames)


# words ending in 员/师 that are not an occupation before a name (成员, 会员, 教师节)
OCCUPATION_NOT_CUE = {"成员", "会员", "党员", "人员", "动员", "全员", "委员", "议员", "官员", "要员", "满员", "减员", "裁员",
                      "大师", "老师", "律师", "京师", "誓师", "会师", "出师", "班师", "兴师", "宗师", "祖师", "国师",
                      "尊师", "都师", "惠师", "恩师", "名师", "良师", "导师", "牧师", "法师", "厨师"}
SENTENCE_END = re.compile(r"[。！？\n][”」』]?")  # 。”龚彦彦说: a quote closed, then its speaker
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")  # one name of a bracketed byline
WIRE_BYLINE = re.compile(r"[（(][ \u3000]*([\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3})+)[ \u3000]*[）)]")
OCCUPATION_END = re.compile(r"[员师](?=[\u4e00-\u9fff])")  # the name must start with a surname (checked after)
LED_BY = re.compile(r"在(?=[\u4e00-\u9fff]{2,3}的(?:带领|领导|指导|帮助|陪同|倡议|推动)下)")
LEADING_A_VISIT = re.compile(r"(?:会见|接见|欢迎)(?=[\u4e00-\u9fff]{2,4}率领的)")  # 会见傅崐萁率领的…参访团
EAST_ASIAN_TITLE = re.compile(r"(?:日本|韩国|朝鲜|韩)(?:前|新任|现任)?(?:首相|外相|防卫相|经济产业相|财务相|官房长官|大臣|"
                              r"党首|总理|总统|知事|天皇|众议院议长|参议院议长|国会议长|外长|防长|统一部长官|外交部长官|"
                              r"选手|运动员|棋手)")
# one-character country names that take 方 for "the … side" (中方, 美方, 马方)
SIDE_ABBR = set("中美俄英法德日韩印巴越老柬泰缅马新菲蒙朝乌以伊叙土埃沙卡阿意西葡荷比瑞奥波匈捷希南非古智墨秘加澳")
ATTENDANCE = re.compile(r"(?m)(?:^|(?<=[。！？]))((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})等?"
                        r"(?:分别)?(?:参加|陪同|出席|在主席台[\u4e00-\u9fff]{0,4}就座)[\u4e00-\u9fff]{0,6}(?:[。.，]|$)")
# …，辜胜阻主持开幕会: a name opening a clause before a verb only people do
# (the comma is matched, not looked behind for: a literal first lets the engine skip to it)
CLAUSE_HOST = re.compile(r"，([\u4e00-\u9fff]{2,3})(?=主持|出席|陪同会见|陪同)")
# a person appointed or elected to a post (国王任命洪玛奈为新任首相, 当选…): the name between the verbs
APPOINTED = re.compile(r"(?:任命|提名|选举|推选)([\u4e00-\u9fff·]{2,10}?)为")
# a list of people counted after it: 马依彤、邓景辉、刘中民…唐立梅等10位…人物 (three names at least)
COUNTED_NAMES = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3})等(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:位|名|人)")
# The words these patterns need; a text without them is not scanned (the scans try every character).
COUNTED_NAMES_END = re.compile(r"等(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:位|名|人)")
ATTENDANCE_VERB = re.compile(r"参加|陪同|出席|在主席台")


@dataclass
class PersonMention:
    start: int
    end: int
    text: str
    role: str | None = None
    org: str | None = None
    name: str | None = None  # the full name when a part stands for it (巴格利 -> 阿朗佐·巴格利)


# a character right after surname + one character that marks a two-character name (宗凯在…)
TWO_CHAR_NEXT = set("在和与是也就等对向从将把被给让为说还都又已曾正作")
# after surname + one character these end the name even before punctuation (刘忻等，)
NEVER_GIVEN = set("等在是说也就对向从将把被给让为还都又已曾作")
# words that often follow a name: when one starts right after surname + one character, the name
# has two characters (苏辉代表, 陈东带领, 卢拉共同)
NEXT_WORDS = ("表示", "指出", "强调", "介绍", "认为", "告诉", "带领", "率领", "共同", "看到", "代表", "主持", "出席",
              "会见", "会谈", "同志", "等人", "一行", "作了", "作为", "来到", "前往", "表态", "回忆", "坦言", "透露",
              "说道", "感慨", "笑着", "正在", "已经", "还表", "还说", "同样", "当选", "担任", "获得", "获悉", "向记",
              "接受", "参加", "指导", "称赞", "分别", "发表", "致辞", "宣布", "签署", "一起", "先后", "亲切", "表彰",
              "来自", "作了", "作的", "陪同", "至今", "连线", "毕业", "出任", "获奖", "夺得", "摘得", "分获", "分列",
              "买了", "买下", "卖了", "卖出", "日前", "近日",
              # verbs whose first character would otherwise end a three-character name (郭芳收到了)
              "收到", "得到", "受到", "听到", "想到", "找到", "拿到", "回到", "走到", "做到", "见到", "遇到",
              "提到", "收获", "收入", "开始", "打算", "准备", "决定", "发现", "觉得", "知道", "应邀",
              # 航天员李聪打开舱门, 陈冬首先出舱, 张陆驾乘飞船
              "打开", "首先", "驾乘", "驾驶", "进入", "登上", "出舱", "进舱", "操作", "完成", "密切", "围绕")


NEXT_WORD_SET = frozenset(NEXT_WORDS)  # for membership tests (the tuple is for str.startswith)
# titles before a transliterated foreign name (法国总统马克龙, 俄总统新闻秘书佩斯科夫, 著名画家莫奈)
FOREIGN_ROLE = re.compile(r"(?:总统|总理|首相|国王|女王|王储|亲王|外长|外交部长|国防部长|防长|部长|国务卿|秘书长|"
                          r"总干事|执行干事|执行主任|署长|总书记|行政长官|大使|主席|新闻秘书|发言人|议长|总督|总司令|总参谋长|夫人|画家|作家|音乐家|"
                          r"常驻联合国代表|代表|专员|指挥官|司令|大臣|首席部长|领导人|领袖|高级成员|创始人|州长|市长|省长|"
                          # people in foreign news named by what they are (非洲裔男子尼科尔斯, 19岁的哥哥诺亚)
                          r"男子|女子|男孩|女孩|少年|哥哥|姐姐|弟弟|妹妹|妻子|丈夫|儿子|女儿|母亲|父亲|学者|官员|顾问|"
                          r"局长|秘书|议员|众议员|参议员|首席执行官|执行官|董事长|国务秘书|特使|教练|球员|警官|法官|检察官|总裁|行长|会长|"
                          r"选手|运动员|棋手|车手|拳手)")
# descriptions in FOREIGN_ROLE that do not vouch for a run without a word boundary (男子马拉松金牌)
FOREIGN_DESCRIPTIONS = {"男子", "女子", "男孩", "女孩", "少年", "哥哥", "姐姐", "弟弟", "妹妹", "妻子", "丈夫", "儿子", "女儿",
                        "母亲", "父亲", "代表", "选手", "运动员"}
# words made of transliteration characters that end such a run early (格罗西本月1日称, 马克龙特别邀请)
WORDS_AFTER_RUN = {"本月", "本届", "本周", "本年", "本次", "提前", "提交", "提出", "提及", "提议", "热烈", "热情", "任命",
                   "任内", "特别", "夫妇", "一行"}
# characters after a run that make it a people's or country's word, not a name (代表阿拉伯国家)
NOT_RUN_END = set("国人族语文式裔")
FOREIGN_TITLE_AFTER = re.compile(r"(?:总统|总理|首相|主席|国王|秘书长|总干事)")
# what may follow a transliterated name: punctuation, a date (30日称), a common verb or 夫人
FOREIGN_NEXT = ("夫人", "举行", "访华", "访问", "抵达", "通电话", "通话", "先生", "女士", "阁下", "举办", "应约",
                "在", "等", "和", "与", "同", "说", "称", "表", "指", "强", "认", "会", "的", "是", "也", "就", "对",
                "向", "将", "已", "还", "于", "率", "出", "发", "致", "为", "证实", "宣布", "警告", "呼吁", "谴责",
                "承认", "否认", "声称", "指责", "批评", "签署", "会见", "出席", "主持", "访", "抵",
                "近日", "日前", "当天", "今天", "此前", "随后", "当地时间", "互致", "互通", "遇袭", "遇刺", "率领",
                # a match's result (西班牙选手阿尔卡拉斯战胜…, 美国选手阿尼西莫娃成功晋级)
                "战胜", "击败", "逆转", "晋级", "夺得", "夺冠", "赢得", "成功")
NOT_PEOPLE = {"中国", "中方", "我国", "各国", "联合国", "欧盟", "非盟", "东盟"}
FOREIGN_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}?(?=[、等，。；和])")
# the middle dot between the parts of a transliterated name, as typed in different sources
# (巴沙尔·阿萨德, 伊丽莎白•博恩, 穆罕默德‧本‧萨勒曼, アン・ナ in Japanese fonts)
NAME_DOTS = "·•‧・"
NAME_PART = TRANSLIT - set(NAME_DOTS)
# first characters of words that follow a dotted name (巴沙尔·阿萨德|政府, 内塔尼亚胡|内阁): a character
# outside the transliteration set is only taken into a name part when it is not one of these
NOT_PART_START = set("政军部总领家集阵团内当局时执治支批访称期王朝派系阁任职遗夫妇女儿子父母兄弟姐妹逝宣签率抵离赴获遇携")


def _foreign_boundary(text: str, end: int) -> bool:
    if text[end - 1] in NAME_DOTS or end < len(text) and text[end] in NAME_DOTS:
        return False  # 伊斯梅尔·哈提卜: not the whole name
    if end >= len(text) or text[end] in PUNCT or text[end].isdigit() or text[end] in FOLLOW:
        return True
    rest = text[end:end + 3]
    return rest.startswith(NEXT_WORDS) or rest.startswith(FOREIGN_NEXT)


@lru_cache(maxsize=1)
def _ambiguous_surnames() -> frozenset:
    """Surnames that also start many ordinary words (高峰, 游客): need a three-character name."""
    return frozenset(lexicon.comment_directive("surnames.txt", "ambiguous"))


@lru_cache(maxsize=1)
def _lexicons():
    surnames = set(lexicon.words("surnames.txt"))
    single = {s for s in surnames if len(s) == 1}
    compound = {s for s in surnames if len(s) == 2}
    honorifics = lexicon.words("honorifics.txt")

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    after_re = re.compile(rf"(?:{alt(['总书记', '主席', '总理', '委员长', '同志', '院士', '教授'])})(?![台团])")  # 主席台
    honor_re = re.compile(rf"[{''.join(sorted(single))}](?:{alt(honorifics)})")
    return single, compound, after_re, honor_re


@lru_cache(maxsize=1)
def _sentence_end_before_surname() -> re.Pattern:
    """SENTENCE_END where a surname follows: nine sentences in ten start with none, and need no call
    of _name_at."""
    single, compound, *_ = _lexicons()
    surnames = [f"[{''.join(re.escape(s) for s in sorted(single))}]"] + [re.escape(s) for s in sorted(compound)]
    return re.compile(rf"{SENTENCE_END.pattern}(?={'|'.join(surnames)})")


def _name_at(text: str, i: int, strict_end: bool = False) -> int | None:
    """End of a personal name starting at i (surname + one or two characters), or None."""
    single, compound, *_ = _lexicons()
    if text[i] == "傅" and i and text[i - 1] == "师":
        return None  # 老师傅说, 周师傅去年: the master, not the surname 傅
    if text[i:i + 2] in compound:
        given_start = i + 2
    elif text[i:i + 1] in single:
        given_start = i + 1
    else:
        return None
    n = len(text)
    ambiguous = text[i] in _ambiguous_surnames() and given_start == i + 1

    def given_ok(end):
        return end <= n and NOT_GIVEN_CHAR.search(text, given_start, end) is None

    def boundary(end):
        return end == n or text[end] in PUNCT or (not strict_end and (text[end] in FOLLOW or text[end].isdigit()))

    two, three = given_start + 1, given_start + 2
    two_ok = given_ok(two) and (boundary(two) or text[two:two + 2] in NEXT_WORD_SET) and not ambiguous
    three_then_punct = three < n and text[three] in PUNCT and given_ok(three) and text[two] not in NEVER_GIVEN
    if two_ok and not three_then_punct and (
            two == n or text[two] in TWO_CHAR_NEXT or text[two] in PUNCT or text[two:two + 2] in NEXT_WORD_SET):
        return two  # 李强和…, 宗凯在…; but 魏凤和、 is a three-character name
    if two < n and text[two] in NEVER_GIVEN:
        return two if two_ok else None  # 公告还说: 还 gives no name its third character
    if given_ok(three) and (boundary(three) or (not strict_end and text[three:three + 2] in NEXT_WORD_SET)):
        if ambiguous and not (three == n or text[three] in PUNCT or text[three] in "称说"
                              or text[three:three + 2] in NEXT_WORD_SET):
            return None
        return three
    return two if two_ok else None


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    return frozenset(row["word"] for row in lexicon.table("person_cues.tsv"))


DAY_AFTER_NAME = re.compile(r"[0-9]{1,2}日")
SPEECH_VERBS = ("表示", "介绍", "指出", "强调", "认为", "说", "告诉")
ADVERBS_BEFORE_SPEECH = {"普遍", "鲜明", "明确", "深刻", "一致", "多次", "再次", "同样", "高度", "特别", "公开", "坦率",
                         "郑重", "严正", "还", "也"}


def _two_character_name_after_role(text: str, i: int) -> int | None:
    """End of a two-character name whose surname also starts ordinary words (游, 高), right after a role
    and before a verb such as 表示 or 介绍 (副部长游钧介绍): the role vouches for the name."""
    end = i + 2
    if text[i:i + 1] not in _ambiguous_surnames() or end > len(text) or NOT_GIVEN_CHAR.match(text, i + 1) \
            or text[i:end] in NOT_NAMES:
        return None
    if DAY_AFTER_NAME.match(text, end):
        return end  # 副部长游钧25日在…说: the day the person spoke
    return end if text.startswith(SPEECH_VERBS, end) and text[i:end] not in ADVERBS_BEFORE_SPEECH else None


def _last_list_name(text: str, i: int) -> int | None:
    """End of a three-character name that closes a 、 list of names and runs straight into the verb
    after it (李广苏密切配合), or None."""
    single, compound, *_ = _lexicons()
    if text[i:i + 1] not in single or text[i:i + 2] in compound:
        return None
    given = text[i + 1:i + 3]
    if len(given) < 2 or NOT_GIVEN_CHAR.search(given) or any(c in NEVER_GIVEN for c in given):
        return None
    if text[i + 2:i + 4] in NEXT_WORD_SET or not text.startswith(LIST_CLOSE_WORDS, i + 3):
        return None
    return i + 3


# the result of a contest right after a name (夺得澳网亚军, 以4:3战胜…)
CONTEST_RESULT = r"夺得|战胜|击败|摘得|晋级|以[0-9]"
# a name opening a clause and running into a result of a contest (，郑钦文夺得澳网亚军, 樊振东以4:3战胜…, 郑钦文2:0战胜)
SPORTS_CLAUSE = re.compile(rf"(?:^|(?<=[，。；：！？\n]))([\u4e00-\u9fff]{{2,3}}?)(?={CONTEST_RESULT}|[0-9]{{1,2}}[:：∶比][0-9]"
                           r"|(?:收获|斩获|获得|摘下|赢得)了?(?:一枚|[金银铜]牌|冠军|亚军|季军))")  # ，张心喆收获一枚银牌
CONTEST_HINT = re.compile("夺|胜|败|晋级|获|摘下")  # SPORTS_CLAUSE is tried only in texts with one of these
# what a contestant does right after the name when a role stands before it (中国选手冯彬以67米51的成绩夺得银牌,
# 张博恒赢得一枚铜牌): the role vouches for the name, so more verbs are read
CONTEST_VERB = re.compile(rf"{CONTEST_RESULT}|赢得|获得|收获|斩获|摘下|拿下|压哨|逆转|力克|夺冠|摘金|打破|刷新")


def _name_before_contest_verb(text: str, i: int) -> int | None:
    """End of a name right after a role (选手, 运动员) that runs straight into what the contestant did."""
    single, compound, *_ = _lexicons()
    given_start = i + 2 if text[i:i + 2] in compound else i + 1 if text[i:i + 1] in single else None
    if given_start is None:
        return None
    for end in (given_start + 1, given_start + 2):
        if NOT_GIVEN_CHAR.search(text, given_start, end) is None and CONTEST_VERB.match(text, end):
            return end
    return None


# what stands right before the first name of a doubles pair (组合, 选手, 混双) and right after the second
PAIR_BEFORE = set("合手双的和与及、：:")
PAIR_AFTER = set("以和与在夺获组战联成发强携同为用搭再首会")


def _is_name(token: str) -> bool:
    """The whole token reads as one personal name (read as if a full stop followed it)."""
    return _name_at(token + "。", 0) == len(token)


def _slash_pair(text: str, slash: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two names of a doubles pair written NAME/NAME (王楚钦/孙颖莎以4:2…), or None: both sides
    must read as names, which leaves 公里/小时 and 微克/立方米 alone."""
    first = second = None
    for length in (3, 2):
        start = slash - length
        if start >= 0 and _is_name(text[start:slash]) and (
                start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in PAIR_BEFORE):
            first = (start, slash)
            break
    for length in (3, 2):
        end = slash + 1 + length
        if end <= len(text) and _is_name(text[slash + 1:end]) and (
                end == len(text) or text[end] in PUNCT or text[end].isdigit() or text[end] in PAIR_AFTER):
            second = (slash + 1, end)
            break
    return (first, second) if first and second else None


# a pair of contestants named before what they form (由孙传懿和金文靓组成的中国队, 刘昀琪、潘宝硕组合)
PAIR_FORMED = re.compile(r"组成|组合|搭档")


def _joined_pair(text: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two names NAME、NAME or NAME和NAME right before `end`, or None: both must read as names."""
    for second_length in (3, 2):
        joint = end - second_length - 1
        if joint < 2 or text[joint] not in "、和与" or not _is_name(text[joint + 1:end]):
            continue
        for first_length in (3, 2):
            start = joint - first_length
            if start >= 0 and _is_name(text[start:joint]):
                return (start, joint), (joint + 1, end)
    return None


# words that follow the last name of a list of people doing something together (…、李广苏密切配合)
LIST_CLOSE_WORDS = ("密切", "分别", "共同", "一起", "先后", "一同", "联合")


def find_people(text: str, hits: list[Hit], taken: list[tuple[int, int]]) -> list[PersonMention]:
    single, compound, after_re, honor_re = _lexicons()
    found: dict[int, PersonMention] = {}

    covered = set()
    for a, b in taken:
        covered.update(range(a, b))

    def blocked(s, e):
        return any(i in covered for i in range(s, e))

    def add(s, e, role=None, org=None):
        if e - s < 2 or s in found or blocked(s, e) or text[s:e] in NOT_NAMES or text[s:s + 2] in NOT_NAMES:
            return  # 毕业季: a word, not a surname and a given name
        if e - s == 2 and text[e - 1] == "方" and text[s] in SIDE_ABBR:
            return  # 中方愿同马方一道: the Malaysian side
        if e - s == 3 and text[s + 1:s + 3] in NEXT_WORD_SET:
            return  # 代表时指出: a surname character before a verb
        found[s] = PersonMention(s, e, text[s:e], role, org)

    for hit in hits:
        if PERSON_KNOWN in hit.kinds:
            add(hit.start, hit.end)

    place_starts = {h.start for h in hits if PLACE in h.kinds}
    bylines = [h for h in hits if BYLINE in h.kinds]
    for h in bylines:  # 记者 卢小伟 通讯员 曾鹤群
        i = h.end
        while i < len(text) and text[i] in " \u3000：:":
            i += 1
        while i < len(text):
            end = _name_at(text, i, strict_end=True)
            if end is None and text.startswith(("报道", "摄"), i + 3) and _name_at(text + "。", i) is not None:
                end = i + 3  # 总台记者王小丫报道
            if end is None:
                break
            add(i, end)
            i = end
            while i < len(text) and text[i] in " \u3000、,，":
                i += 1

    for m in WIRE_BYLINE.finditer(text) if "(" in text or "（" in text else ():
        # 电 (王恩博 李金磊), …过年。(周頔 王心馨): reporters named without 记者, after a dateline or
        # closing a paragraph; every token must read as a name and none be a place (江西)
        before, after = text[max(0, m.start() - 3):m.start()].rstrip(" \u3000")[-1:], text[m.end():m.end() + 1]
        if before not in ("电", "讯") and after not in ("", "\n"):
            continue
        tokens = [t.span() for t in HAN_RUN.finditer(text, m.start(1), m.end(1))]
        if all(_is_name(text[a:b]) and a not in place_starts for a, b in tokens):
            for a, b in tokens:
                add(a, b)

    boxed = "□" in text or "■" in text  # the scan below tries every position: only when needed
    for m in re.finditer(r"(?m)^[□■]\s*([\u4e00-\u9fff]{2,3})\s*$", text) if boxed else ():  # □张玲
        add(m.start(1), m.end(1))

    for h in hits:  # 新闻发言人 李超：… (a transcript's speaker after a space)
        if ROLE in h.kinds and text[h.end:h.end + 1] in " \u3000" and h.end + 1 < len(text):
            end = _name_at(text, h.end + 1, strict_end=True)
            if end is not None and text[end:end + 1] in "：:":
                add(h.end + 1, end, role=h.key)
    for h in hits:  # 主任熊娅玲 (role kept), 村民张丽君
        if (ROLE in h.kinds or CUE in h.kinds) and h.end < len(text) and "\u4e00" <= text[h.end] <= "\u9fff":
            end = _name_at(text, h.end)
            if end is None and ROLE in h.kinds:
                end = _two_character_name_after_role(text, h.end)
            if end is None:
                end = _name_before_contest_verb(text, h.end)
            if end is not None:
                add(h.end, end, role=h.key if ROLE in h.kinds else None)

    for m in (LED_BY.finditer(text) if "下" in text and "的" in text else ()):
        end = _name_at(text, m.end())  # 在张桂梅的带领下
        if end is not None and text.startswith("的", end):
            add(m.end(), end)
    for m in (LEADING_A_VISIT.finditer(text) if "率领的" in text else ()):
        end = _name_at(text, m.end())
        if end is not None and text.startswith("率领的", end):
            add(m.end(), end)

    for m in OCCUPATION_END.finditer(text):  # 驾驶员李伟, 教导员牛书磊
        i = m.end()
        if i < 2 or text[i] not in single or text[i - 2:i] in OCCUPATION_NOT_CUE \
                or not ("\u4e00" <= text[i - 2] <= "\u9fff"):
            continue
        end = _name_at(text, i)
        if end is not None and text[i - 2:i] not in OCCUPATION_NOT_CUE and "学" not in text[i:end] \
                and text[end:end + 1] not in "学院校":
            add(i, end)

    for m in re.finditer(r"\d+岁的", text) if "岁的" in text else ():  # (the scan tries every digit)
        end = _name_at(text, m.end())
        if end is not None:
            add(m.end(), end)

    sentence_starts = [m.end() for m in _sentence_end_before_surname().finditer(text)]
    for i in [0] + sentence_starts:  # sentence-initial name + speech/birth verb
        if text[i:i + 1] not in single and text[i:i + 2] not in compound:
            continue  # no surname at the text's start (the first test of _name_at, without the call)
        end = _name_at(text, i, strict_end=False)
        if end is not None and re.match(r"出生于|说|表示|介绍|告诉|认为|坦言|笑着说|主持|出席|参加|陪同", text[end:end + 3]):
            add(i, end)

    for m in SPORTS_CLAUSE.finditer(text) if CONTEST_HINT.search(text) else ():
        if _name_at(text, m.start(1)) == m.end(1):  # ，张雨霏夺得女子200米蝶泳铜牌
            add(m.start(1), m.end(1))

    for m in PAIR_FORMED.finditer(text) if "组" in text or "搭档" in text else ():
        pair = _joined_pair(text, m.start())  # 由孙传懿和金文靓组成, 刘昀琪、潘宝硕组合
        if pair:
            add(*pair[0])
            add(*pair[1])

    for slash in (m.start() for m in re.finditer("/", text)) if "/" in text else ():
        pair = _slash_pair(text, slash)  # doubles: 中国组合王宗源/龙道一, 陈清晨/贾一凡和刘圣书/谭宁
        if pair:
            add(*pair[0])
            add(*pair[1])

    for m in after_re.finditer(text):  # 习近平总书记 after a boundary
        s = m.start()
        for length in (3, 2):
            i = s - length
            if i < 0 or (i > 0 and text[i - 1] not in PUNCT and text[i - 1] not in "的在和与及"):
                continue
            if any(c in PUNCT for c in text[i:s]):
                continue  # 致以节日的祝贺。总书记: the stretch before the title must be the name itself
            end = _name_at(text, i, strict_end=False)
            if end == s or end is not None and length == 3 and not (set(text[end:s]) & NOT_GIVEN) \
                    or text[i:s] in {p.text for p in found.values()}:  # 魏凤和同志: 和 ends no name here
                if text[i] in single or text[i:i + 2] in compound:
                    add(i, s)
                    break

    ambiguous = _ambiguous_surnames()
    for m in honor_re.finditer(text):  # 张女士, 李先生; not 首相先生, 各位老师
        s = m.start()
        if text[s] in ambiguous and s and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in "的和与及、":
            continue
        if s >= 2 and text[s - 2] in single and text[s - 2:s] not in compound and text[s - 2:s] not in _cue_words() \
                and not (set(text[s - 1:s + 1]) & (NOT_GIVEN | PUNCT)) and (s < 3 or text[s - 3] in PUNCT
                                                                          or text[s - 3] in "的岁和与及、是"):
            add(s - 2, s + 1)  # 102岁的覃德华爷爷: the full name, not 华爷爷
            continue
        add(s, m.end())

    foreign_spans = [(h.start, h.end) for h in hits if FOREIGN in h.kinds or PLACE in h.kinds]

    def place_inside(s, e):  # the whole run is (part of) a place name: 巴巴多斯总理, 安提瓜和巴布达总理
        return any(a <= s and e <= b for a, b in foreign_spans)

    translit_found: set[int] = set()
    for m in FOREIGN_ROLE.finditer(text):
        i = m.end()  # transliterated foreign names: 俄罗斯总统普京, 国防部长勒科尔尼30日称
        j = i
        while j < len(text) and (text[j] in TRANSLIT or text[j] in NAME_DOTS) \
                and j - i < (16 if DOT_RE.search(text, i, j) else 10):
            j += 1
        for end in range(j, i + 1, -1):  # longest run that ends at a word boundary (马克龙|夫人)
            if text.startswith(("特别代表", "特使", "特派"), end - 2) and end - 2 > i + 1:
                continue  # 首相洪森特别代表: 特别 starts the title after the name
            if _foreign_boundary(text, end) or text.startswith(("特别代表", "特使", "特派"), end):
                if not place_inside(i, end):
                    shorter = found.get(i)
                    if shorter is not None and shorter.end < end and (
                            not _foreign_boundary(text, shorter.end)
                            or text[shorter.end:shorter.end + 2] not in TRANSLIT_FOLLOW_WORDS):
                        del found[i]  # 外长阿拉格希: not the three-character Chinese-looking 阿拉格
                    add(i, end)
                    translit_found.add(i)
                break
        else:  # no word boundary: a title's run of three or more that a common character ends (总理朔尔茨尽早…)
            if j - i >= 3 and j < len(text) and "\u4e00" <= text[j] <= "\u9fff" and text[j] not in NOT_RUN_END \
                    and m.group() not in FOREIGN_DESCRIPTIONS and not DOT_RE.search(text, i, j):
                end = next((k for k in range(i, j) if text[k:k + 2] in WORDS_AFTER_RUN), j)  # 梅西|本届
                if end - i >= 2 and not place_inside(i, end):
                    add(i, end)
                    translit_found.add(i)
    for m in FOREIGN_TITLE_AFTER.finditer(text):
        e = m.start()  # name before its title: 冯德莱恩主席, 会见了马塔雷拉总统
        s = e
        while s > 0 and text[s - 1] in TRANSLIT and e - s < 8:
            s -= 1
        if e - s >= 3 and (s == 0 or text[s - 1] in PUNCT or text[s - 1] in "了见和与同及在向对") \
                and not place_inside(s, e):
            add(s, e)
            translit_found.add(s)
    for a, b in _dotted_names(text, covered, foreign_spans):  # 致电彼得·佩列格里尼, 男子阿朗佐·巴格利
        if not any(p.start < b and a < p.end for p in found.values()):
            add(a, b)
            translit_found.add(a)
    for i in sorted(translit_found):  # 画家莫奈、梵高、雷诺阿等: the rest of the list
        p = found.get(i)
        e = p.end if p else i
        while p is not None and e < len(text) and text[e] == "、":
            t = FOREIGN_LIST_ITEM.match(text, e + 1)
            if not t or set(t.group(0)) & NOT_GIVEN or place_inside(t.start(), t.end()) or t.group(0) in NOT_PEOPLE \
                    or FOREIGN_ROLE.search(t.group(0)):
                break
            add(t.start(), t.end())
            e = t.end()

    # Japanese and Korean names after the country and a title (日本首相岸田文雄, 日本外相上川阳子): no
    # surname list or transliteration set covers them; the name runs to a word boundary
    for m in (EAST_ASIAN_TITLE.finditer(text) if "日本" in text or "韩" in text or "朝鲜" in text else ()):
        i = m.end()
        if text.startswith(("官邸", "职权", "职务", "府", "办公", "夫人", "一职", "身份"), i):
            continue  # 日本首相官邸前, 代行韩国总统职权
        for length in (5, 4, 3, 2):
            end = i + length
            inner = text[i:end - 1] if text[end - 1:end] == "和" and text[end:end + 1] in PUNCT else text[i:end]
            if end <= len(text) and all("\u4e00" <= c <= "\u9fff" and c not in "的了是在与和等及、" for c in inner) \
                    and (_foreign_boundary(text, end) or text[end:end + 1].isdigit()) \
                    and text[end - 1] not in "说称表指强认会在将已也还就" \
                    and not (set(text[i:end]) & set("室部局署厅处官长府")) \
                    and not re.search("今天|昨天|当天|近日|日前|此前|今年|随后|弹劾|议案|选举|访问|访华|辞职|候选|夺得|获得|夺冠|冠军|晋级",
                                      text[i:end]) \
                    and text[end - 2:end] not in NEXT_WORD_SET and text[end - 2:end] not in FOREIGN_NEXT \
                    and text[end - 1:end + 1] not in NEXT_WORD_SET and text[end - 1:end + 1] not in FOREIGN_NEXT:
                if i in found and found[i].end < end:
                    del found[i]  # 日本选手张本智和: the whole Japanese name, not the Chinese-looking 张本智
                add(i, end)
                break

    # attendance lines: 王勇、肖捷参加。 吴政隆陪同调研。
    for m in ATTENDANCE.finditer(text) if ATTENDANCE_VERB.search(text) else ():
        i = m.start()
        for token in m.group(1).split("、"):
            if _is_name(token):
                add(i, i + len(token))
            i += len(token) + 1

    for m in CLAUSE_HOST.finditer(text):
        start = m.start(1)
        for end in (m.end(), m.end() - 1):  # 辜胜阻主持, 王毅出席: three characters, else two
            if _is_name(text[start:end]):
                add(start, end)
                break

    for m in APPOINTED.finditer(text) if "为" in text else ():
        name = m.group(1)
        if _is_name(name) or (len(name) >= 3 and all(c in TRANSLIT for c in name)):
            add(m.start(1), m.end(1))

    for m in COUNTED_NAMES.finditer(text) if COUNTED_NAMES_END.search(text) else ():
        tokens = m.group(1).split("、")
        starts = [m.start(1) + sum(len(t) + 1 for t in tokens[:k]) for k in range(len(tokens))]
        names = [(a, t) for a, t in zip(starts, tokens) if _is_name(t)]
        if len(names) * 3 >= len(tokens) * 2:  # most of the list reads as names: so do the others
            for a, t in zip(starts, tokens):  # that start with a surname (李桂科)
                if t[0] in single or t[:2] in compound:
                    add(a, a + len(t))

    # neighbours of a found name in a 、 list (王沪宁、赵乐际、韩正) are names too
    changed = True
    while changed:
        changed = False
        for p in list(found.values()):
            if p.end < len(text) and text[p.end] == "、":
                end = _name_at(text, p.end + 1)
                if end is None:
                    end = _last_list_name(text, p.end + 1)  # 叶光富、李聪、李广苏密切配合
                if end is not None and end - p.end - 1 in (2, 3) and p.end + 1 not in found:
                    add(p.end + 1, end)
                    changed = changed or (p.end + 1) in found
            elif p.end < len(text) and text[p.end] in "和与":  # 杨婧茹和李金恣分别以…: a pair doing the same
                end = _name_at(text, p.end + 1) or _last_list_name(text, p.end + 1)
                if end is not None and end - p.end - 1 in (2, 3) and p.end + 1 not in found and (
                        end == len(text) or text[end] in PUNCT or text.startswith(LIST_CLOSE_WORDS, end)):
                    add(p.end + 1, end)
                    changed = changed or (p.end + 1) in found
            if p.start > 1 and text[p.start - 1] == "、":
                for length in (3, 2):
                    i = p.start - 1 - length
                    if i >= 0 and i not in found and (i == 0 or text[i - 1] in PUNCT or text[i - 1] == "由") \
                            and text[i] != "由" and _name_at(text, i) == p.start - 1:  # 由华天、包英凤…组成
                        add(i, p.start - 1)
                        changed = changed or i in found
                        break

    # a name followed or preceded by a middle dot is one part of a transliterated name: take it whole
    # (叙利亚总统巴沙尔·阿萨德 is found as 巴沙尔 after 总统), never into a place or organisation
    for p in list(found.values()):
        s, e = _dotted_span(text, p.start, p.end, covered, foreign_spans)
        if (s, e) != (p.start, p.end) and not any(q is not p and s < q.end and q.start < e for q in found.values()):
            del found[p.start]
            found[s] = PersonMention(s, e, text[s:e], p.role, p.org)
    for p in [p for p in found.values() if DOT_RE.search(p.text)]:
        for q in [q for q in found.values() if q is not p and p.start <= q.start and q.end <= p.end]:
            del found[q.start]  # 古特雷斯 inside 安东尼奥·古特雷斯

    # every later occurrence of a found name (full names of two or more characters); the first and
    # the last part of a dotted name stand for the person too (巴沙尔·阿萨德 … 巴沙尔指出)
    names = {p.text for p in found.values() if len(p.text) >= 2}
    for p in [p for p in found.values() if DOT_RE.search(p.text)]:
        parts = re.split(f"[{NAME_DOTS}]", p.text)
        for part in sorted({parts[0], parts[-1]} - names, key=parts.index):
            if len(part) < 2:
                continue
            for m in re.finditer(re.escape(part), text):
                a, b = m.start(), m.end()
                if a in found or any(q.start <= a < q.end or a <= q.start < b for q in found.values()) \
                        or (a and text[a - 1] in NAME_DOTS) or (b < len(text) and text[b] in NAME_DOTS) \
                        or (a and text[a - 1] in NAME_PART) or not _foreign_boundary(text, b):
                    continue
                add(a, b, p.role, p.org)
                if a in found:
                    found[a].name = p.text
    # a name found on its own that is the first or last part of exactly one dotted name in the
    # article is that person (男子巴格利 … 阿朗佐·巴格利)
    part_of: dict[str, set[str]] = {}
    for p in found.values():
        if DOT_RE.search(p.text):
            parts = re.split(f"[{NAME_DOTS}]", p.text)
            for part in {parts[0], parts[-1]}:
                part_of.setdefault(part, set()).add(p.text)
    for p in found.values():
        full = part_of.get(p.text)
        if full and len(full) == 1 and p.name is None:
            p.name = next(iter(full))
    for name in sorted(names):
        start = text.find(name)
        while start != -1:
            if start not in found and not any(p.start <= start < p.end for p in found.values()):
                first = next(p for p in found.values() if p.text == name)
                add(start, start + len(name), first.role, first.org)
                if start in found and found[start].name is None:
                    found[start].name = first.name
            start = text.find(name, start + len(name))
    return sorted(found.values(), key=lambda p: p.start)


# words right before the first part of a dotted name that end a title, cue or verb (主任凯瑟琳·拉塞尔:
# 任 is also a transliteration character)
DOTTED_CUES = re.compile(r"(?:主任|主席|总统|总理|首相|国王|女王|部长|外长|大使|秘书|代表|议员|议长|首席执行官|执行官|"
                         r"董事长|会长|官员|顾问|学者|记者|专家|教授|博士|司令|将军|男子|女子|妻子|丈夫|儿子|女儿|"
                         r"获得者|得主|创始人|作家|画家|"  # 诺贝尔奖获得者戴维•格罗斯
                         r"致电|致函|致信|会见|会晤|授予|看望|邀请|任命|欢迎|接见|同|和|与|及|向|对|给|的|了|是|为|由)$")
DOTTED_CUE_WORDS = re.compile(r"主任|主席|总统|总理|首相|国王|部长|外长|大使|秘书|议员|议长|执行官|董事长|会长|官员|顾问|"
                              r"学者|记者|专家|教授|司令|将军|男子|女子|妻子|丈夫|致电|致函|致信|会见|授予|看望|邀请|任命|欢迎")
# words after the last part of a dotted name that are not part of it (西摩·赫什近日, 托马斯·巴赫召开)
DOTTED_AFTER = re.compile(r"近日|日前|当天|今天|今日|昨天|此前|随后|曾|生于|专访|独家|关于|拒绝|死亡|受|召开|提出|大将|先生|女士|"
                          r"博士|后[，,。]|率领|发表|接受|表示|称")
# what follows a dotted run that makes it part of a facility, organisation or vessel name
DOTTED_NOT_BEFORE = ("号", "大学", "基金", "国家", "国际", "中心", "医院", "纪念", "广场", "机场", "实验室", "研究",
                     "学院", "公司", "集团", "奖", "杯", "港", "街", "路", "大道", "体育场", "球场", "剧院", "博物馆")


DOT_RE = re.compile(f"[{NAME_DOTS}]")


def _inside_quote(text: str, i: int) -> bool:
    """Whether position i stands inside “…”, ‘…’ or 《…》 on its line (slogans, titles, ship names)."""
    line_start = text.rfind("\n", 0, i) + 1
    for open_, close in (("“", "”"), ("《", "》"), ("‘", "’"), ("「", "」")):
        o = text.rfind(open_, line_start, i)
        if o != -1 and text.rfind(close, o, i) == -1:
            return True
    return False


def _dotted_names(text: str, covered: set, place_spans: list) -> list[tuple[int, int]]:
    """Transliterated names written with a middle dot (彼得·佩列格里尼, 帕巴拉·格列朗杰) wherever they
    stand, outside quotes and titles: the first part runs back over name characters to a title, a
    verb or punctuation; the last part ends at a word boundary."""
    out = []
    n = len(text)
    i = 0
    while True:
        dot = DOT_RE.search(text, i)
        if dot is None:
            break
        d = dot.start()
        i = d + 1
        if d < 1 or d + 1 >= n or _inside_quote(text, d) or d in covered:
            continue
        k = d
        while k > 0 and d - k < 7 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in NOT_GIVEN \
                and text[k - 1] not in FOLLOW - NAME_PART:
            k -= 1
        # the first part starts after a title, verb or punctuation: the longest such head made of
        # name characters, else a short one (Uyghur and Tibetan names: 帕巴拉·格列朗杰)
        start = fallback = None
        for p in range(k, d):
            head = text[p:d]
            if DOTTED_CUE_WORDS.search(head) or FOREIGN_ROLE.search(head):
                continue  # 共和国总统若昂·…, 授予迪尔玛·…: the title is not part of the name
            clean = p == 0 or not ("\u4e00" <= text[p - 1] <= "\u9fff") or text[p - 1] in PUNCT
            cue = DOTTED_CUES.search(text[max(0, p - 5):p]) is not None or FOREIGN_ROLE.search(text[max(0, p - 6):p]) \
                and text[max(0, p - 6):p].endswith(FOREIGN_ROLE.findall(text[max(0, p - 6):p])[-1])
            if not (clean or cue) or len(head) > 5:
                continue
            if all(c in NAME_PART for c in head):
                start = p
                break
            if fallback is None:
                fallback = p
        start = start if start is not None else fallback
        if start is None:
            continue
        s, e = _dotted_span(text, start, d, covered, place_spans)
        if e <= d + 2 or any(j in covered for j in range(s, e)):
            continue  # 谢· alone, or a part of an organisation (约翰斯·霍普金斯大学)
        last = max(s + j for j, c in enumerate(text[s:e]) if c in NAME_DOTS)
        facility = cut = False
        for x in range(last + 2, e + 1):
            if text.startswith(DOTTED_NOT_BEFORE, x):
                facility = True  # 何塞·马蒂纪念馆, 菲德尔·卡斯特罗中心
                break
            if x >= last + 3 and DOTTED_AFTER.match(text, x):
                e, cut = x, True  # 西摩·赫什|近日, 劳尔·卡斯特罗|大将
                break
        if facility or not (cut or _foreign_boundary(text, e)):
            continue
        name = text[s:e]
        letters = [c for c in name if c not in NAME_DOTS]
        if 2 * sum(c in NAME_PART for c in letters) < len(letters):
            continue  # 文旅融合·文化消费, 非遗·老字号: a slogan, not a name
        out.append((s, e))
        i = e
    return out


def _dotted_span(text: str, s: int, e: int, covered: set, place_spans: list) -> tuple[int, int]:
    """(s, e) grown over middle dots and the transliterated parts they join."""
    def free(i):
        return i not in covered and not any(a <= i < b for a, b in place_spans)

    n = len(text)
    while e + 1 < n and text[e] in NAME_DOTS and free(e + 1) and (text[e + 1] in NAME_PART or (
            "\u4e00" <= text[e + 1] <= "\u9fff" and text[e + 1] not in FOLLOW | NOT_GIVEN | NOT_PART_START)):
        k = e + 1
        while k < n and free(k) and k - e <= 8:
            c = text[k]
            # a character outside the transliteration set inside a part (鲍里斯·约翰逊, 斯特凡·哈通)
            if c in NAME_PART or ("\u4e00" <= c <= "\u9fff" and c not in FOLLOW and c not in NOT_GIVEN
                                  and c not in NOT_PART_START and not _foreign_boundary(text, k)):
                k += 1
            else:
                break
        end = next((x for x in range(k, e + 2, -1) if _foreign_boundary(text, x)), k)
        e = end
    while s >= 2 and text[s - 1] in NAME_DOTS and text[s - 2] in NAME_PART and free(s - 2):
        k = s - 1
        while k > 0 and text[k - 1] in NAME_PART and free(k - 1) and s - 1 - k < 8:
            k -= 1
        s = k
    return s, e


def to_entity(p: PersonMention) -> Entity:
    return Entity("PERSON", p.text, p.name or p.text, p.start, p.end, role=p.role, org=p.org)
