"""LOC extraction: divisions with codes, short forms, abbreviations, ambiguity, negatives."""
import time

import pytest

from pipelines.entities import extract_entities, gazetteer, resolve_place


def locs(text, title=None):
    return [e for e in extract_entities(text, title) if e.type == "LOC"]


def loc_set(text, title=None):
    return {(e.name, e.admin_code) for e in locs(text, title)}


@pytest.mark.parametrize("sentence, name, code", [
    # sample articles
    ("44岁的徐光金是咸宁市通山县南林桥镇大坪村村民", "通山县", "421224"),
    # common short forms of banners (xwlb-20240303-10.md)
    ("在呼和浩特市土左旗海流水库，已有约三万只赤麻鸭前来栖息觅食", "土默特左旗", "150121"),
    ("包头市土右旗的农户", "土默特右旗", "150221"),
    ("44岁的徐光金是咸宁市通山县南林桥镇大坪村村民", "南林桥镇", "421224101"),
    ("44岁的徐光金是咸宁市通山县南林桥镇大坪村村民", "大坪村", None),
    ("2月12日,湘西州古丈县111名劳动力集中从吉首东站乘车", "湘西土家族苗族自治州", "433100"),
    ("2月12日,湘西州古丈县111名劳动力集中从吉首东站乘车", "吉首市", "433101"),
    ("永州市赴深圳、惠州、广西全州开展点对点劳务对接活动", "全州县", "450324"),
    ("永州市赴深圳、惠州、广西全州开展点对点劳务对接活动", "广西壮族自治区", "450000"),
    ("父亲的恩施伍家台富硒贡茶有限责任公司经营每况愈下", "恩施土家族苗族自治州", "422800"),
    ("分别在云南省红河州、贵州省龙里县、贵州省三都县等地设立省外劳务合作基地", "三都水族自治县", "522732"),
    ("分别在云南省红河州、贵州省龙里县、贵州省三都县等地设立省外劳务合作基地", "红河哈尼族彝族自治州", "532500"),
    ("北京市延庆区、辽宁省朝阳市、浙江省开化县联动送岗下乡", "朝阳市", "211300"),
    ("辽宁省辽阳市、安徽省泾县、陕西省宝鸡市举办网络招聘会", "泾县", "341823"),
    ("甘州区深入实施就业优先战略。\n在梁家墩镇清凉寺村、五号村、梁家墩村，培训老师以理论教学", "五号村", None),
    ("集中欢送200多名务工人员赴新疆、江苏等地务工就业", "新疆维吾尔自治区", "650000"),
    ("在全面巩固新疆、内蒙古等省外传统劳务基地的基础上", "内蒙古自治区", "150000"),
    # bulk corpus (CCTV)
    ("在甘肃成县，梅花初绽，游客纷至沓来", "成县", "621221"),
    ("记者来到阜平县龙泉关镇顾家台村，在村民家中", "龙泉关镇", "130624101"),
    ("这些天，湖南邵东魏家桥镇的千亩樱花园春意盎然", "邵东市", "430582"),
    ("拉萨市城关区慈松塘社区目前辖区居民", "城关区", "540102"),
    ("东莞市虎门镇的企业陆续复工", "虎门镇", "441900121"),
    ("国家主席习近平乘专机抵达布达佩斯", "布达佩斯", None),
    ("中国企业积极参加沙特重大基础设施建设", "沙特阿拉伯", None),  # not 加沙
    # recent division changes are present
    ("在浙江杭州临平区，企业加快生产", "临平区", "330113"),
    ("西藏山南错那市的边境小康村", "错那市", "540581"),
])
def test_place_found_with_code(sentence, name, code):
    assert (name, code) in loc_set(sentence)


@pytest.mark.parametrize("sentence, context, name, code", [
    # same county-level name in several provinces: the parent written before it decides
    ("吉林省长春市朝阳区", "", "朝阳区", "220104"),
    ("北京市朝阳区绿化地块", "", "朝阳区", "110105"),
    ("福建省福州市鼓楼区", "", "鼓楼区", "350102"),
    ("江苏省南京市鼓楼区", "", "鼓楼区", "320106"),
    # ... or a region named elsewhere in the article
    ("鼓楼区开展招聘活动。", "南京市举办就业服务周。", "鼓楼区", "320106"),
    ("鼓楼区开展招聘活动。", "福州市举办就业服务周。", "鼓楼区", "350102"),
    # a county short name only counts in an article about its region
    ("前往宁乡、浏阳、株洲等地务工。", "湖南省长沙市", "宁乡市", "430182"),
])
def test_ambiguous_names_follow_context(sentence, context, name, code):
    text = context + "\n" + sentence if context else sentence
    assert (name, code) in loc_set(text)


@pytest.mark.parametrize("sentence, name", [
    ("3000多名外出务工人员顺利踏上赴粤(东莞市、深圳市)返岗直通车", "广东省"),
    ("111名劳动力集中乘G6173次返粤(深圳)上岗", "广东省"),
    ("促进高校毕业生留湘来湘就业", "湖南省"),
    ("组织湘籍务工人员返岗", "湖南省"),
    ("春节后来沪就业的人员", "上海市"),
])
def test_province_abbreviation(sentence, name):
    assert name in {e.name for e in locs(sentence)}
    abbreviations = [e for e in locs(sentence) if len(e.text) == 1]
    assert abbreviations and all(e.admin_code for e in abbreviations)


@pytest.mark.parametrize("sentence", [
    "湖南省湘潭市强化企业招工服务",  # 湘 inside 湘潭市
    "依托“湘就业”等网上招聘平台",  # 湘 inside a platform name
    "粤语节目和湘菜馆受到欢迎",
    "引进新技术，进入新发展阶段",  # 新 is not 新疆 here
    "多地冬小麦返青，春管处于关键期",
    "最大客滚船启航离港",
])
def test_abbreviation_not_taken_inside_words(sentence):
    assert all(len(e.text) > 1 for e in locs(sentence))


@pytest.mark.parametrize("sentence", [
    "沪苏湖铁路昨天全线开始铺轨",  # a railway named after 沪, 苏州, 湖州 (xwlb-20240303-10.md), not a grouping
    "中国经济保持恢复发展态势",
    "全国各地开展春风行动",
    "我国就业形势总体稳定",
    "返回省内就业占比38.31%，省外务工人员",
    "拿出真金白银真心实意支持返乡人员创业",
    "切实发挥人力资源服务产业园区作用",
    "会同相关部门出台促进外贸企业稳岗就业措施",
    "中方表示愿同各方加强合作",
    "增加纳税人的获得感",
    "绿水青山就是金山银山",
    "积极推动东西部劳务协作",
    "振兴县域经济，易地搬迁安置区",
    "作为现代化滨海城市的独特魅力",  # 海城市 is a county-level city elsewhere
    "全面推进乡村振兴，扩大港口吞吐量",  # 振兴区, 港口区 short forms
    "我国已在国家层面创建绿色工厂3616家、绿色工业园区267家",  # a kind of park (holdout34)
])
def test_ordinary_words_are_not_places(sentence):
    assert locs(sentence) == []


@pytest.mark.parametrize("sentence, names", [
    ("长沙高新区、经开区作为园区代表", {"长沙高新技术产业开发区", "长沙经济技术开发区", "长沙市"}),
    # a bare 高新区 after a county-level city in its line is that city's (finance set 21: 大冶市)
    ("东岳路街道、大冶市残联、大冶市就业局、高新区招工稳岗指挥部承办。", {"大冶市", "大冶高新技术产业开发区"}),
    ("来到2022年春风行动南林工业园区专场招聘会", {"南林工业园区"}),
    ("加大滨河新区、新农村建设及周边企业的就业对接力度", {"滨河新区"}),
    ("获美国俄勒冈州立大学工商管理硕士学位", {"美国", "俄勒冈州"}),
    ("推动京津冀、长三角、川渝等地区协同发展", {"京津冀", "长三角", "川渝"}),
    ("未来两天，长江中下游及其以北地区气温将下降4—8℃。", {"长江中下游"}),
    ("京津冀及周边地区、汾渭平原PM2.5平均浓度同比下降。", {"京津冀", "汾渭平原"}),
    # a grouping written with 地区 keeps it (xwlb-20230927-07.md, xwlb-20241116-11.md)
    ("京津冀、长三角、粤港澳大湾区和成渝地区路网流量较大", {"成渝地区", "粤港澳大湾区"}),
    ("为亚太地区乃至全球发展指明了正确方向", {"亚太地区"}),
])
def test_zones_foreign_places_and_groupings(sentence, names):
    found = {e.name for e in locs(sentence)}
    assert names <= found


def test_codes_agree_with_parents_and_hierarchy():
    text = ("咸宁市通山县南林桥镇大坪村村民；襄阳市襄州区居民；张家界市武陵源区直播；"
            "贵州省毕节市七星关区、遵义市播州区；河北省邯郸市肥乡区；东莞市虎门镇")
    found = locs(text)
    coded = [e for e in found if e.admin_code]
    assert len(coded) >= 14
    for e in coded:
        place = gazetteer.place_for_code(e.admin_code)
        assert place is not None and place.name == e.name
        assert e.province_code == e.admin_code[:2] + "0000"
        if e.city_code:
            assert e.admin_code.startswith(e.city_code[:4])
        if e.county_code:
            assert e.admin_code.startswith(e.county_code)
    # a name right after its parent must sit under that parent
    for parent, child in zip(found, found[1:]):
        if parent.end == child.start and parent.admin_code and child.admin_code:
            assert child.admin_code.startswith(parent.admin_code.rstrip("0")[:len(parent.admin_code.rstrip("0"))])


def test_offsets_point_into_text():
    text = "湖北省人社厅为返乡创业者量身打造政策。\n赴粤(东莞市、深圳市)返岗，湘西州古丈县"
    for e in extract_entities(text):
        assert text[e.start:e.end] == e.text


def test_title_gives_context_but_no_offsets():
    text = "鼓楼区开展招聘活动。"
    found = locs(text, title="南京市：就业服务周启动")
    assert ("鼓楼区", "320106") in {(e.name, e.admin_code) for e in found}
    assert all(text[e.start:e.end] == e.text for e in found)


@pytest.mark.parametrize("name, context, expected", [
    ("湖北", (), ("湖北省", "420000")),
    ("恩施", (), ("恩施土家族苗族自治州", "422800")),
    ("湘西州", (), ("湘西土家族苗族自治州", "433100")),
    ("广西", (), ("广西壮族自治区", "450000")),
    ("吉林", (), ("吉林省", "220000")),
    ("通山县", ("421200",), ("通山县", "421224")),
    ("朝阳区", ("220100",), ("朝阳区", "220104")),
    ("粤", (), ("广东省", "440000")),
    ("京津冀", (), ("京津冀", None)),
    ("台湾", (), ("台湾省", None)),  # the MCA table publishes no code for it
    ("全国", (), None),
    ("中国", (), None),
])
def test_resolve_place(name, context, expected):
    assert resolve_place(name, context) == expected


def test_gazetteer_source_and_build_time():
    gazetteer.load.cache_clear()
    t0 = time.process_time()  # CPU time: other jobs on the machine do not count
    gaz = gazetteer.load()
    assert time.process_time() - t0 < 2.0
    meta = gazetteer.source_metadata()
    assert meta["data_as_of"] == "2025-12-31"
    levels = [p.level for p in gaz.by_code.values()]
    assert meta["counts"]["1"] == 33 and levels.count(1) == 34  # + 台湾省 from extra_divisions.tsv
    assert levels.count(4) == 38723


@pytest.mark.parametrize("sentence, names", [
    ("习近平指出，中美关系的基础在民间", {"美国"}),
    ("中俄两国友好合作，资源共享", {"俄罗斯"}),
    ("李强表示，今年是中日韩合作机制建立25周年", {"日本", "韩国"}),
    ("今年是中老铁路通车运营三周年", {"老挝"}),
    ("我高度重视中塞关系发展", {"塞尔维亚"}),
    # not partners: 中美洲, 中意 (to like), 中老年, 空中加油, 中英文
    ("中美洲国家", {"中美洲"}), ("这是他最中意的作品", set()), ("关爱中老年人健康", set()),
    ("完成空中加油训练", set()), ("中英文对照", set()),
])
def test_partners_of_china_written_with_one_character(sentence, names):
    assert {e.name for e in locs(sentence)} == names


@pytest.mark.parametrize("sentence, zone", [
    ("海南自由贸易港建设蓬勃展开", "海南自由贸易港"),
    ("海南自贸港“零关税”政策下享惠货值超200亿元", "海南自由贸易港"),  # xwlb-20240303-10.md
])
def test_free_trade_port_after_its_province(sentence, zone):
    assert {e.name for e in locs(sentence)} == {zone, "海南省"}
