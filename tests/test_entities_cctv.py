"""Entity rules for CCTV news shapes (foreign people and places, back-references to documents,
river names, compass regions), each on the real corpus sentence that showed the error."""
import pytest

from pipelines.entities import extract_entities


def names(text, typ):
    return {e.name for e in extract_entities(text) if e.type == typ}


# --- PERSON: transliterated foreign names after or before a title --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("法国国防部长勒科尔尼30日称，法国将和澳大利亚共同生产数千枚155毫米口径炮弹供乌克兰使用。", {"勒科尔尼"}),
    ("俄总统新闻秘书佩斯科夫30日表示，西方向乌克兰输送更多武器只会让冲突升级。", {"佩斯科夫"}),
    ("巴西总统卢拉30日在与到访的德国总理朔尔茨举行的联合发布会上表示", {"卢拉", "朔尔茨"}),
    ("国家主席习近平夫人彭丽媛在巴黎应邀同法国总统马克龙夫人布丽吉特共同参观奥赛博物馆。",
     {"习近平", "彭丽媛", "马克龙", "布丽吉特"}),
    ("两人不时驻足认真欣赏著名画家莫奈、梵高、雷诺阿等创作的印象派经典名作", {"莫奈", "梵高", "雷诺阿"}),
    ("丁薛祥4日下午在北京同欧盟委员会执行副主席蒂默曼斯举行第四次中欧环境与气候高层对话。", {"丁薛祥", "蒂默曼斯"}),
    ("今年4月，习近平主席会见了冯德莱恩主席，围绕深化绿色伙伴关系等议题达成广泛共识。", {"习近平", "冯德莱恩"}),
    ("丁薛祥6日在北京会见来华出席中非合作论坛北京峰会的毛里求斯副总统博塞仁。", {"丁薛祥", "博塞仁"}),
    ("哥伦比亚总统佩特罗当天表示，委内瑞拉人民有权自主决定。", {"佩特罗"}),
    ("意大利前总理达莱马，法国前总理拉法兰等现场或通过其他方式发表讲话。", {"拉法兰"}),
])
def test_foreign_people(sentence, expected):
    assert expected <= names(sentence, "PERSON")


@pytest.mark.parametrize("sentence, absent", [
    ("在习近平主席英明领导下，中国克服各种挑战", {"英明"}),
    ("多米尼克总理斯凯里特，巴巴多斯总理莫特利，格林纳达总理米切尔出席。", {"巴巴多斯", "格林纳达"}),
    ("联合国秘书长古特雷斯、中国和中东、欧洲等多国代表出席。", {"中国"}),
    ("过渡政府总理阿里埃尔·亨利回国。", {"阿里埃尔"}),
])
def test_not_foreign_people(sentence, absent):
    assert not (absent & names(sentence, "PERSON"))


@pytest.mark.parametrize("sentence, expected", [
    # a list of names opening a sentence before 出席/参加, and a name opening a clause before 主持
    ("石泰峰、张春贤、魏凤和、刘奇葆等出席开幕会，辜胜阻主持开幕会。", {"石泰峰", "张春贤", "魏凤和", "刘奇葆", "辜胜阻"}),
])
def test_attendance_and_hosts(sentence, expected):
    assert expected <= names(sentence, "PERSON")


@pytest.mark.parametrize("sentence, expected, absent", [
    # the verb after a two-character name is not its third character
    ("在贵州龙里县高堡村，村民郭芳收到了从广东佛山发货的包裹。", {"郭芳"}, {"郭芳收"}),
    # a word that is never a name does not start one either (毕 is a surname, 毕业 a word)
    ("主要是受7月份、8月份大学生毕业季的一些季节性的影响。", set(), {"毕业季"}),
])
def test_name_before_verb(sentence, expected, absent):
    found = names(sentence, "PERSON")
    assert expected <= found and not (absent & found)


# --- ORG: suffixes and full names ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("苏丹武装部队和苏丹快速支援部队在首都喀土穆等地的武装冲突持续。", {"苏丹武装部队", "苏丹快速支援部队"}),
    ("记者从上海海关了解到，今年前4个月，长三角区域外贸进出口总值达5.04万亿元。", {"上海海关"}),
    ("中央气象台预计，今明两天，海南岛、广东沿海等地部分地区有大到暴雨。", {"中央气象台"}),
    ("今天，我国在太原卫星发射中心使用长征六号改运载火箭成功将云海三号卫星发射升空。", {"太原卫星发射中心"}),
    ("下一步，考核巡查组将陆续对39个国务院安委会成员单位开展安全生产工作考核。", {"国务院安委会"}),
    ("已按计划完成31个省（区、市）和新疆生产建设兵团的现场考核巡查工作。", {"新疆生产建设兵团"}),
    ("今天（12月6日），杭州亚组委、亚残组委发布，杭州亚运会和亚残运会共排放温室气体88.29万吨。",
     {"杭州亚组委", "亚残组委"}),
    ("彭丽媛在巴黎应邀同法国总统马克龙夫人布丽吉特共同参观奥赛博物馆。", {"奥赛博物馆"}),
    ("丁薛祥4日下午在北京同欧盟委员会执行副主席蒂默曼斯举行对话。", {"欧盟委员会", "欧盟"}),
    ("11月16日7时许，山西吕梁市永聚煤矿一办公楼发生火灾。", {"山西吕梁市永聚煤矿"}),
    ("会见来华出席中非合作论坛北京峰会的毛里求斯副总统博塞仁。", {"中非合作论坛"}),
    # armies written with the country's one-character name or after its name
    ("俄军在哈尔科夫方向推进，乌军称击退进攻。", {"俄军", "乌军"}),
    ("以色列军方称，以色列军队在加沙行动。", {"以色列军方", "以色列军队"}),
    # foreign parties and armies after their country
    ("洪玛奈现任柬埔寨人民党中央常委，柬埔寨王家军副总司令兼陆军司令。", {"柬埔寨人民党", "柬埔寨王家军"}),
    ("会见来华进行工作访问的老挝人民革命党中央总书记。", {"老挝人民革命党"}),
    # a committee inside a title is a mention of it (holdout5 gold: 九阡镇党委)
    ("二十大代表韦子涵是贵州三都水族自治县九阡镇党委副书记。", {"九阡镇党委"}),
    ("湖南省委书记沈晓明主持会议。", {"湖南省委"}),
    # 中共 before a place's committee is part of its name as written (holdout86)
    ("诗会由中国作家协会、中共浙江省委宣传部共同主办。", {"中共浙江省委宣传部", "中共浙江省委"}),
    # democratic parties, international bodies and national forces by their full names
    ("中国民主建国会第十二次全国代表大会12月15日在北京开幕。", {"中国民主建国会"}),
    ("叙利亚称禁化武组织涉叙报告由西方主导。", {"禁化武组织"}),
    ("英国中央银行英格兰银行2日宣布，将基准利率从3.5%上调至4%。", {"英国中央银行", "英格兰银行"}),
    ("土外交部就西方旅行警告召见九国使节。", {"土外交部"}),
    ("解放军和武警部队官兵投入抢险救灾。", {"解放军", "武警部队"}),
    ("北京电力交易中心和广州电力交易中心组织跨区交易。", {"广州电力交易中心"}),
    ("由培正中学艺术团表演的节目赢得掌声。", {"培正中学艺术团"}),
    # teams named by their country, province or school (holdout24/37/38/40/52, holdout17)
    ("中国队胜日本队夺得女篮亚洲杯冠军", {"中国队", "日本队"}),
    ("中国羽毛球队以3比0击败印度尼西亚队，第16次获得尤伯杯冠军。", {"中国羽毛球队", "印度尼西亚队"}),
    ("经过激烈比拼，吉林队的董宇悦摘得青年组女子冠军。", {"吉林队"}),
    ("最终，聊城大学队夺得四项冠军。", {"聊城大学队"}),
    ("陈梦、王曼昱、孙颖莎三名队员组成的中国队发挥出色。", {"中国队"}),
    ("阿巴斯在习近平陪同下检阅中国人民解放军仪仗队。", {"中国人民解放军仪仗队"}),
    # a CCTV channel as written, and without the station before it (holdout5/15/36/38/52)
    ("今晚（5月24日），总台央视新闻频道《高端访谈》栏目将播出专访。", {"总台央视新闻频道", "央视新闻频道", "总台"}),
    ("该片将于今晚在中央广播电视总台央视综合频道黄金时段首播。",
     {"中央广播电视总台央视综合频道", "央视综合频道", "中央广播电视总台"}),
    # a channel named by the station alone, and the next channels of a list (holdout56)
    ("典礼将于2月8日晚在总台财经频道播出。", {"总台财经频道", "财经频道"}),
    ("10月1日早晨，总台央视综合频道、新闻频道将并机直播。", {"总台央视综合频道", "央视综合频道", "新闻频道"}),
    # the country written into the name of a national body (holdout29/47/52/53, holdout7)
    ("中国全国人大愿同赞国民议会加强各领域各层级友好往来。", {"中国全国人大"}),
    ("中国全国政协愿同荷议会一院加强友好往来。", {"中国全国政协"}),
    # recruitment platforms and Macau's statistics office by their own names (finance sets 9 and 12)
    ("7月6日消息，智联招聘发布《中国企业招聘薪酬报告》。", {"智联招聘"}),
    ("统计暨普查局资料显示，2025年8月至10月总体失业率为1.7%。", {"统计暨普查局"}),
    # a government after 特区; the station's short name; a company after a description of its kind (holdout58/59)
    ("澳门特区政府表示，内地奥运健儿代表团将访问澳门。", {"澳门特区政府"}),
    ("香港特区政府统计处公布数据。", {"香港特区政府统计处"}),
    ("近日，中央广电总台发布节目片单。", {"中央广电总台"}),
    ("英国市场调查企业凯度公司近日发布报告称，英国食品价格同比上涨17.5%。", {"凯度公司"}),
    # bodies listed before 等部门 (finance set 13, Hong Kong); a government's press office
    ("财库局另将在库务署、税务局、政府统计处及差饷物业估价署等部门创造超过350个职位。",
     {"库务署", "税务局", "政府统计处", "差饷物业估价署"}),
    ("灌阳县人社局、乡村振兴局、退役军人事务局等14个部门把咨询服务台搬到现场。",  # 广西民族报 (finance set 20)
     {"灌阳县人社局", "乡村振兴局", "退役军人事务局"}),
    ("记者从贵州省政府新闻办召开的新闻发布会上获悉。", {"贵州省政府新闻办"}),
    # a chamber of a legislature and its committee are one body (holdout33, 59, 74, 75)
    ("美国国会众议院金融服务委员会主席当天表示", {"美国国会众议院金融服务委员会"}),
    ("塔吉克斯坦议会上院主席鲁斯塔姆·埃莫马利", {"塔吉克斯坦议会上院"}),
    ("英国议会下院特权委员会发布调查报告", {"英国议会下院特权委员会"}),
    # UN bodies by their Chinese names (holdout75)
    ("联合国政府间气候变化专门委员会20日发布最新报告", {"联合国政府间气候变化专门委员会"}),
    # a subdistrict's office, named with its district (finance set 21)
    ("庐阳区妇联主办，庐阳区杏林街道办事处承办。", {"庐阳区杏林街道办事处"}),
    # a central state enterprise by its short name (holdout76)
    ("中储粮联合有关单位已准备2200多个收储库点。", {"中储粮"}),
    ("记者从中储粮集团获悉，秋粮收购启动。", {"中储粮集团"}),
    # session 35: Hong Kong SAR bodies (finance sets 27 and 28, holdout88), a bureau named with the SAR
    # government, and a body after 自
    ("立法会议员颜汶羽今日就相关议题向劳工及福利局提出书面质询。", {"立法会", "劳工及福利局"}),
    ("行政长官会同行政会议接纳最低工资委员会的建议。", {"行政会议", "最低工资委员会"}),
    ("特区政府劳工及福利局公布最新数字。", {"特区政府劳工及福利局"}),
    ("1月6日,记者自市人社局获悉,全市新增发放创业担保贷款18.36亿元。", {"市人社局"}),
])
def test_orgs_cctv(sentence, expected):
    assert expected <= names(sentence, "ORG")


@pytest.mark.parametrize("sentence, expected", [
    # 欧 after 中 is Europe (中欧班列, 中欧关系); the UK's nations; a much-reported front-line town
    ("6月份，中欧班列累计开行1.7万列。", {"欧洲"}),
    ("英国中央银行英格兰银行2日宣布加息。", {"英国", "英格兰"}),
    ("俄罗斯国防部称，俄军解放了顿涅茨克地区的库拉霍沃。", {"库拉霍沃"}),
    ("在2024年韩国江原道冬青奥会短道速滑女子1500米决赛中。", {"江原道"}),  # South Korea's provinces
])
def test_places_named_in_cctv_foreign_news(sentence, expected):
    assert expected <= names(sentence, "LOC")


@pytest.mark.parametrize("sentence, absent", [
    ("苏丹武装部队和苏丹快速支援部队在首都喀土穆等地的武装冲突持续。", {"苏丹武装部", "苏丹快速支援部"}),
    ("中欧班列西安集结中心今年开行超5000列。", {"欧班列西安集结中心"}),
    ("此次罢工导致英格兰地区大量医院推迟手术。", {"英格兰地区大量医院", "此次罢工导致英格兰地区大量医院"}),
    ("今天，中国石油吉林石化公司年产120万吨乙烯装置在吉林省吉林市开工建设。", {"吉林石化公司"}),
    ("员工再次举行罢工，要求提高工资，导致博物馆暂停对公众开放。", {"导致博物馆"}),
    ("通过认证的企业可获得海关给予的优惠便利。", {"企业可获得海关"}),
    ("今天（2月29日）举行发布会，邀请海关总署、上海市政府、财政部有关负责人介绍情况。", {"邀请海关"}),
    ("俄空天军当天在伊德利卜、哈马和阿勒颇持续打击叙反政府武装目标。", {"阿勒颇持续打击叙反政府"}),
    ("京津冀三地启动海关区域通关一体化改革，简化此前繁琐的进出口手续。", {"京津冀三地启动海关"}),
    ("会见来华进行工作访问的老挝人民革命党中央总书记。", {"党中央"}),  # another party's centre
    ("平壤同朝鲜劳动党举行会谈。", {"平壤同朝鲜劳动党"}),
    ("在解放军仪仗司礼大队战士持枪护卫下，礼兵护送烈士遗骸。", {"解放军仪仗司"}),
    ("各地建设水果交易中心和农产品交易中心。", {"水果交易中心", "农产品交易中心"}),
    # what a place builds is no body yet (xwlb-20240801-08.md, holdout39)
    ("助力粤港澳大湾区打造国际科技创新中心。", {"粤港澳大湾区打造国际科技创新中心"}),
    # 央视 and 央视新闻 inside a channel's name; a team's players and a research team are no teams
    ("今晚总台央视新闻频道播出，在央视综合频道重播。", {"央视", "央视新闻"}),
    ("中国队员奋勇拼搏，湖北医疗队和我国科考队出发。", {"中国队", "湖北医疗队", "我国科考队"}),
    ("中国全国人大愿同赞国民议会加强友好往来。", {"全国人大"}),
    # the head of 全国人大常委会 is not listed on its own (holdout29/34/47 gold); finance gold reads a
    # ministry after 中国 without it
    ("全国人大常委会委员长赵乐际会见代表团。", {"全国人大"}),
    ("中国国务院扶贫办10日消息显示。", {"中国国务院扶贫办"}),
    ("英国市场调查企业凯度公司近日发布报告。", {"英国市场调查企业凯度公司"}),
    ("深圳企业管理集团成立。", {"管理集团"}),  # a name too short before 企业 to be a description
    ("市场监管总局强化消费纠纷调解处置。", {"市场监管总局强化消费纠纷调解处"}),  # 处置 ends no unit
    ("由市人社局、财政局、市场监管局等部门联合审核。", {"由市人社局"}),
    ("资助加推200个新职位，涵盖银行、证券、保险。中资银行业界已协调提供约100个职位。", {"涵盖银行", "中资银行"}),
    ("据阿拉比亚电视台报道，以军今天向加沙地带发动空袭。", {"据阿拉比亚电视台"}),
    # a body named after another is no unit of it (行政会议|接纳最低工资委员会), and a unit starts with no 和
    ("行政长官会同行政会议接纳最低工资委员会的建议。", {"行政会议接纳最低工资委员会"}),
    ("香港特区立法会和司法机构表示，欢迎、尊重全国人大常委会的决定。", {"香港特区立法会和司"}),
    ("日本政府和东京电力公司不顾国际社会反对。", {"日本政府和东京电力公司"}),
])
def test_not_orgs_cctv(sentence, absent):
    assert not (absent & names(sentence, "ORG"))


# --- POLICY: back-references to a listed document are second surface forms (holdout gold) ------------------------------------

@pytest.mark.parametrize("sentence, expected_names, n_mentions", [
    ("日前，中央军委印发《关于围绕实现建军一百年奋斗目标全面加强军队党的建设的意见》（以下简称《意见》），"
     "要求全军认真抓好贯彻落实《意见》。",
     {"关于围绕实现建军一百年奋斗目标全面加强军队党的建设的意见", "意见"}, 3),
    ("《习近平新时代中国特色社会主义思想学习纲要（2023年版）》（以下简称《纲要（2023年版）》）出版发行。",
     {"习近平新时代中国特色社会主义思想学习纲要（2023年版）", "纲要（2023年版）"}, 2),
    ("国务院办公厅近日印发了《关于进一步加强青年科技人才培养和使用的若干措施》。《若干措施》强调，要坚持党的领导",
     {"关于进一步加强青年科技人才培养和使用的若干措施", "若干措施"}, 2),
    ("全会通过的《决定》是指导新征程上进一步全面深化改革的总动员、总部署。", set(), 0),
])
def test_policy_back_references(sentence, expected_names, n_mentions):
    policies = [e for e in extract_entities(sentence) if e.type == "POLICY"]
    assert {e.name for e in policies} == expected_names
    assert len(policies) == n_mentions


def test_policy_alias_after_a_book_is_not_a_policy():
    s = "军委政治工作部组织编修《军委主席负责制学习读本》（以下简称《学习读本》），区分使用。"
    assert names(s, "POLICY") == set()


def test_policy_nested_title():
    s = "中央军委近日印发《关于军队执行〈中华人民共和国刑事诉讼法〉若干问题的规定》（以下简称《规定》），自2023年1月1日起施行。"
    assert names(s, "POLICY") == {"关于军队执行〈中华人民共和国刑事诉讼法〉若干问题的规定", "中华人民共和国刑事诉讼法", "规定"}


# --- LOC: rivers, feature edges, compass regions, foreign places ---------------------------------

@pytest.mark.parametrize("sentence, expected, absent", [
    ("位于沅江江畔的常德河街历史悠久。", {"常德市"}, {"沅江市"}),
    ("在长江上游赤水河，沿线省份的相关部门共同开展保护。", set(), {"赤水市"}),
    ("永定河北京段各水毁修复工程基本完工", {"北京市"}, {"河北省"}),
    ("宁夏将集中力量打造贺兰山东麓生态文旅廊道", {"宁夏回族自治区"}, {"山东省"}),
    ("夏粮产量第一大省河南通过压实地方党政责任", {"河南省"}, {"南通市"}),
    ("黄河古贤水利枢纽、长江铜陵河段治理加快推进", {"铜陵市"}, set()),
    # a street named after a place (holdout41; xwlb-20240514: 上海南京西路)
    ("在成都市高新区玉林东街105号院，服务队的队员正忙着拖拽着一条电缆。", {"成都市"}, {"玉林市"}),
    ("这里是上海南京西路。", {"上海市"}, {"南京市"}),
    ("济南至郑州高铁山东段等一批重点在建项目", {"山东省"}, set()),
    ("海口江东新区是海南自由贸易港建设的重点先行区域", {"海口市"}, set()),
    ("项目总投资40.19亿元，位于江西吉安，辐射新干、峡江等4个县的32个乡镇。", {"新干县", "峡江县"}, set()),
    ("丁薛祥6日在北京会见来华出席中非合作论坛北京峰会的毛里求斯副总统博塞仁。", {"北京市", "毛里求斯"}, {"中非"}),
    ("乍得、中非、喀麦隆等国代表出席。", {"乍得", "中非", "喀麦隆"}, set()),
    ("开幕式后，各项赛事将在华北、东北、华东、华中、华南、西南、西北7个赛区展开。",
     {"华北", "东北", "华东", "华中", "华南", "西南", "西北"}, set()),
    ("未来三天，东北、华北、黄淮、江南等地气温将下降4—8℃。", {"东北", "华北", "黄淮", "江南"}, set()),
    ("今明两天，北京南部、天津、河北中南部等地有降雪。", {"北京市", "天津市", "河北省"}, {"南部县"}),
    ("冷空气向西北移动，东北部有大风，浙西南山区绿意盎然，大江南北战鼓催征。", set(),
     {"西北", "东北", "西南", "江南"}),
    ("俄罗斯国防部30日称，俄军在库皮扬斯克、红利曼等方向打击了乌军人员，在乌格列达尔地区打击了乌军坦克旅。",
     {"俄罗斯", "库皮扬斯克", "红利曼", "乌格列达尔"}, set()),
    ("俄罗斯使用导弹和无人机袭击了苏梅州和哈尔科夫州的能源基础设施。", set(), {"梅州市"}),
    # a compass region before 地区 after any word (今年前4个月东北地区…), as written (GUIDE: groupings as
    # written), not a part of a province or a country; at the end of a list too (holdout16, 29, 40; holdout5
    # and finance set 5 read 地区 as said of the whole list)
    ("记者从沈阳海关了解到，今年前4个月东北地区货物贸易进出口总值达到4129.4亿元。", {"东北地区"}, {"东北"}),
    ("强降雨区域主要分布在华北、黄淮、东北地区。", {"华北", "黄淮", "东北地区"}, {"东北"}),
    ("我国六个粮食主产区中，东北、黄淮海、西北地区秋粮长势为近几年最好水平。", {"东北", "黄淮海", "西北地区"},
     {"黄淮", "西北"}),
    ("将彻底结束川西北地区没有铁路的历史。", set(), {"西北"}),
    ("其中，加拿大西北地区灾情严重。", {"加拿大"}, {"西北"}),
    # regions written one after the other (江南华南多地有强降雨)
    ("江南华南多地有强降雨和强对流天气", {"江南", "华南"}, set()),
    # the province-level places a line joins, by one character each (holdout7 gold: 沪宁 -> 上海市;
    # 宁 is a city's name, no province's)
    ("贵南、福厦、广汕、沪宁沿江等高铁新线开通运营。", {"上海市"}, {"南京市", "福州市"}),
    ("中老铁路、广深港高铁分别发送跨境旅客。", {"香港特别行政区"}, {"广州市", "深圳市"}),
    # a street named after a place is the street (holdout89: 天河路), but 大街小巷 are the place's streets
    ("今天，广州天河路商圈单日客流近200万人。", {"广州市"}, {"天河区"}),
    ("上海南京路步行街，单日累计客流超22万人次。", {"上海市"}, {"南京市"}),
    ("香港大街小巷张灯结彩，喜迎中秋、国庆。", {"香港特别行政区"}, set()),
])
def test_places_cctv(sentence, expected, absent):
    found = names(sentence, "LOC")
    assert expected <= found
    assert not (absent & found)


# --- LOC: a city short name glued inside a word is not the city -------------------------------

@pytest.mark.parametrize("sentence, absent", [
    ("这是党的二十大的一个重大理论创新，是科学社会主义的新发展。", {"大理白族自治州"}),
    ("画好侨界团结最大同心圆。", {"大同市"}),
    ("保持人民币汇率在合理均衡水平上的基本稳定。", {"衡水市"}),
    ("实现人民幸福安康提出了具体要求。", {"安康市"}),
    ("他多次参加国家和军队的重大庆典及活动。", {"大庆市"}),
    ("4日，马里兰州发生两起枪击。", {"兰州市"}),
    ("事关党长期执政、国家长治久安、人民幸福安康。", {"长治市"}),
    ("据拱北海关统计，截至今天，经港珠澳大桥出入境车辆突破150万辆次。", {"北海市"}),
])
def test_city_name_inside_word(sentence, absent):
    assert not (absent & names(sentence, "LOC"))


@pytest.mark.parametrize("sentence, expected", [
    ("第十八届中国长春电影节开幕", {"长春市"}),
    ("成功举办成都大运会、杭州亚运会", {"成都市"}),
    ("一九六六年，江泽民同志调任武汉热工机械研究所所长", {"武汉市"}),
    ("多举措支持广州南沙放宽市场准入", {"广州市"}),
    ("今年唐山全力推进钢铁行业转型", {"唐山市"}),
    ("荆门至荆州高铁今日开通运营", {"荆门市", "荆州市"}),
])
def test_city_name_after_word(sentence, expected):
    assert expected <= names(sentence, "LOC")


@pytest.mark.parametrize("sentence", ["中央军委发来贺信。贺信说，值此兵团成立70周年之际", "宣读习近平主席贺信并致辞。",
                                      "北京、上海、广州等3个城市率先试点。"])
def test_greeting_letter_is_not_a_person(sentence):
    assert "贺信" not in names(sentence, "PERSON")


@pytest.mark.parametrize("sentence, expected", [
    ("学习贯彻党的二十届三中全会精神中央宣讲团动员会24日在京召开。李书磊主持，谌贻琴出席。", {"李书磊", "谌贻琴"}),
    ("主席会议举行了2023年第二次集体学习。中央社会工作部副部长柳拯应邀作报告。", {"柳拯"}),
    ("据安理会轮值主席、马耳他常驻联合国代表弗雷泽介绍，安理会计划审议相关决议草案。", {"弗雷泽"}),
    ("联合国难民署副高级专员凯莉·克莱门12日称，本次强震酿成了人道主义灾难。", {"凯莉·克莱门"}),
    # a three-character name before a two-character verb (…省长王清宪陪同下, 种粮大户彭育晴买了…)
    ("习近平在安徽省委书记梁言顺和省长王清宪陪同下，先后来到合肥。", {"王清宪"}),
    ("中央宣传部部长李书磊应邀出席会议并作讲话。", {"李书磊"}),
    ("种粮大户彭育晴买了一台旋耕机。", {"彭育晴"}),
    # a person appointed to a post (任命X为…)
    ("柬埔寨国王诺罗敦·西哈莫尼今天签署王令，任命洪玛奈为新首相。", {"洪玛奈"}),
    ("会议经表决，任命苗生明为最高人民检察院副检察长。", {"苗生明"}),
    # a list counted after it (…等10位…人物): its names, also one no name rule reads (李桂科)
    ("马依彤、邓景辉、刘中民、李桂科、李德生、陈章、范代娣、柯卫东、袁守根、唐立梅等10位来自科研生产一线的先进典型人物",
     {"马依彤", "邓景辉", "刘中民", "李桂科", "李德生", "陈章", "范代娣", "柯卫东", "袁守根", "唐立梅"}),
    # athletes: a doubles pair written NAME/NAME, and a name opening a clause before a result
    # (xwlb-20240802-03.txt, holdout37)
    ("北京时间今天下午，中国组合王宗源/龙道一在男子双人三米板延续中国跳水队的出色表现。", {"王宗源", "龙道一"}),
    ("女双比赛，中国组合陈清晨/贾一凡和刘圣书/谭宁会师决赛。", {"陈清晨", "贾一凡", "刘圣书", "谭宁"}),
    ("游泳赛场，张雨霏夺得女子200米蝶泳铜牌。", {"张雨霏"}),
    ("在网球女单半决赛中，郑钦文2:0战胜世界排名第一的斯瓦泰克。", {"郑钦文"}),
    # a foreign or Japanese athlete after 选手
    ("樊振东以4:3战胜日本选手张本智和，此后他又战胜法国选手勒布伦。", {"张本智和", "勒布伦"}),
    # a Chinese athlete after 选手, running into what was won (holdout38)
    ("中国选手冯彬以67米51的成绩夺得银牌。在男子单杠决赛中，中国选手张博恒赢得一枚铜牌。", {"冯彬", "张博恒"}),
    ("在摔跤项目男子古典式60公斤级半决赛中，中国选手曹利国压哨绝杀，逆转对手晋级决赛。", {"曹利国"}),
    # a rare surname (蔚) after a title (finance set 8, 湖北日报)
    ("副省长、省政府秘书长蔚盛斌出席并宣布活动启动。", {"蔚盛斌"}),
    # transliterations with 舒, 京, 云, 额 (holdout38, Traditional)
    ("李强同俄罗斯总理米舒斯京、蒙古国总理奥云额尔登举行中俄蒙三国总理会晤。", {"米舒斯京", "奥云额尔登"}),
    # a surname that also starts ordinary words (游), right after a role and before 介绍 (finance set 7)
    ("人力资源和社会保障部副部长游钧介绍，当前养老保险体系已覆盖近十亿人。", {"游钧"}),
    # a name running into 日前/近日 (finance set 12; 中央宣讲团 stories)
    ("国务院扶贫办副主任欧青平日前表示，各帮扶单位要进一步强化定点扶贫政治责任。", {"欧青平"}),
    ("中央政策研究室副主任田培炎近日在拉萨作宣讲报告。", {"田培炎"}),
    # a skater named right after her team (holdout56), and the pair she forms
    ("在速度滑冰混合接力决赛中，中国队刘昀琪、潘宝硕组合以3分11秒74的成绩夺得金牌。", {"刘昀琪", "潘宝硕"}),
    ("短道速滑世界杯盐湖城站结束，由孙传懿和金文靓组成的中国队，以2分54秒90的成绩夺冠。", {"孙传懿", "金文靓"}),
    ("马术三项赛今天决出金牌，由华天、包英凤、孙华东、梁锐基组成的中国队夺得团体金牌。",
     {"华天", "包英凤", "孙华东", "梁锐基"}),
    # a name joined by 和 to a found one, before 分别 (holdout59); a clause's name before what was won
    ("中国队选手杨婧茹和李金恣分别以2分33秒148、2分41秒543的成绩包揽金银牌。", {"杨婧茹", "李金恣"}),
    ("随后进行的男子1500米决赛，张心喆收获一枚银牌。", {"张心喆"}),
    # a Hong Kong chief executive; a rare surname (运) before 介绍 (finance set 3)
    ("香港特区行政长官李家超表示，将全力支持。", {"李家超"}),
    ("人社部就业促进司副司长运东来介绍，重点群体就业总体平稳。", {"运东来"}),
    # a transcript's speaker after a role and a space (finance set 13)
    ("国家发展改革委新闻发言人 李超：为充分发挥以工代赈政策作用，提前下达投资。", {"李超"}),
    # a speaker after a closed quote; reporters in brackets without 记者, after a dateline or closing
    # a paragraph (finance set 23)
    ("“上次我们提供了5个类别15个岗位，招到了比较满意的人。”龚彦彦说，最近订单增加了。", {"龚彦彦"}),
    ("中新网客户端7月15日电 (王恩博 李金磊)国家统计局15日发布的数据显示，就业形势总体稳定。", {"王恩博", "李金磊"}),
    ("大数据监测显示，有8700多万外出农民工在就业地过年。(周頔 王心馨)", {"周頔", "王心馨"}),
])
def test_more_people(sentence, expected):
    assert expected <= names(sentence, "PERSON")


@pytest.mark.parametrize("sentence, absent", [
    ("平均浓度为34微克/立方米，设计速度120公里/小时。", {"微克", "立方米", "公里", "小时"}),
    ("中国队选手钱天一4比3战胜日本选手夺得冠军。", {"夺得冠军", "夺得"}),
    ("经济学家普遍认为，如果美联储继续加息。习近平主席鲜明指出要构建人类命运共同体。", {"普遍", "鲜明"}),
    ("巴中关系在江泽民主席任内提升为战略伙伴关系。", {"任内", "任内提"}),  # a word after a title, not a name
    ("两省联合举办招聘会。(江西 湖南)", {"江西", "湖南"}),  # places in brackets are no reporters
    # words after a cue that start with a surname (holdout81, finance set 24)
    ("以前在外打工的村民陆续回村就业创业。", {"陆续"}),
    ("县委县政府还为他们准备了返岗农民工温暖大礼包。", {"温暖"}),
])
def test_not_people_in_sports_and_units(sentence, absent):
    assert not absent & names(sentence, "PERSON")


def test_foreign_provinces_in_a_foreign_story():
    s = ("据土耳其和叙利亚政府及救援机构公布的数据，土耳其南部强震已造成超过3.5万人遇难。12日，在此次地震震中所在的"
         "卡赫拉曼马拉什省，一名5岁左右的儿童获救。同一天在哈塔伊省，一对被困多天的父女也被救出。"
         "土耳其奥斯曼尼耶省邻近震中，受灾也非常严重。")
    assert {"卡赫拉曼马拉什省", "哈塔伊省", "奥斯曼尼耶省", "土耳其", "叙利亚"} <= names(s, "LOC")


def test_no_foreign_province_without_a_foreign_place():
    assert names("在新疆阿克苏地区和吉林省", "LOC") == {"新疆维吾尔自治区", "阿克苏地区", "吉林省"}


@pytest.mark.parametrize("sentence, expected, absent", [
    ("以色列国防军今天称，黎巴嫩真主党武装17日称，当天使用制导武器。", {"以色列国防军", "黎巴嫩真主党武装"}, {"黎巴嫩真主党"}),
    ("另据巴勒斯坦媒体报道，巴勒斯坦总统府发表声明谴责美方。", {"巴勒斯坦总统府"}, set()),
    ("发展先进武器装备十分重要，俄罗斯国防军工企业最重要的任务是保障供应。", set(), {"俄罗斯国防军"}),
])
def test_foreign_bodies(sentence, expected, absent):
    found = names(sentence, "ORG")
    assert expected <= found and not (absent & found)


@pytest.mark.parametrize("sentence", ["学习贯彻党的二十届三中全会精神中央宣讲团动员会24日在京召开。",
                                      "国务院总理李强7日在京会见美国财政部长耶伦。",
                                      "《美术经典中的党史》画册在京首发",  # holdout45
                                      "2023年全国“安全生产月”活动在京启动"])
def test_capital_abbreviation_before_a_meeting_verb(sentence):
    assert "北京市" in names(sentence, "LOC")


def test_unnamed_foreign_university():
    assert not any("大学" in n for n in names("美国一大学发生枪击 致1死16伤", "ORG"))


@pytest.mark.parametrize("sentence, expected, absent", [
    ("随着新一股冷空气的到来，预计从10日到13日，中东部地区将有6℃—8℃降温。", set(), {"中东"}),
    ("塞尔维亚是中国在中东欧地区的首个全面战略伙伴。", {"中东欧", "塞尔维亚"}, {"中东", "东欧"}),
])
def test_middle_east_word_parts(sentence, expected, absent):
    found = names(sentence, "LOC")
    assert expected <= found and not (absent & found)


@pytest.mark.parametrize("sentence, expected", [
    ("8月30日，国家副主席韩正在北京会见英国外交发展大臣克莱弗利。", {"克莱弗利"}),
    ("黎巴嫩真主党领导人纳斯鲁拉19日表示，以色列越过了红线。", {"纳斯鲁拉"}),
])
def test_foreign_minister_and_leader_titles(sentence, expected):
    assert expected <= names(sentence, "PERSON")


def test_wagner_story_people_and_places():
    s = ("由白俄罗斯总统卢卡申科就瓦格纳雇佣兵集团的事件居中协调。针对瓦格纳雇佣兵集团创始人普里戈任的刑事立案将被撤销。"
         "罗斯托夫州州长戈卢别夫证实了这一消息。顿河畔罗斯托夫是俄南部军区总部所在地。")
    assert {"卢卡申科", "普里戈任", "戈卢别夫"} <= names(s, "PERSON")
    assert {"白俄罗斯", "罗斯托夫州", "顿河畔罗斯托夫"} <= names(s, "LOC")


@pytest.mark.parametrize("sentence, expected", [
    ("习近平致电米舒斯京，祝贺他连任俄罗斯联邦政府总理。", {"俄罗斯"}),
    ("习近平致电阿扎利，祝贺他当选连任科摩罗联盟总统。", {"科摩罗"}),
    ("塔耶此前担任埃塞俄比亚外交部长。", {"埃塞俄比亚"}),
])
def test_country_after_a_verb_ending_in_a_transliteration_character(sentence, expected):
    assert expected <= names(sentence, "LOC")


@pytest.mark.parametrize("sentence, expected, absent", [
    ("在海东市金田村，地震引发砂涌，造成砂土液化。", {"海东市", "金田村"}, set()),
    ("在福建厦门传统古村落——白交祠村，游客享受春意。", {"厦门市"}, {"传统古村"}),
    ("杭州亚运村举行媒体开放日活动。", {"杭州市"}, {"亚运村"}),
])
def test_villages_after_a_city(sentence, expected, absent):
    found = names(sentence, "LOC")
    assert expected <= found and not (absent & found)


def test_headquarters_named_with_a_place():
    s = "地震发生后，甘肃省抗震救灾指挥部立即启动地震Ⅱ级应急响应。"
    assert "甘肃省抗震救灾指挥部" in names(s, "ORG")


@pytest.mark.parametrize("sentence, expected, absent", [
    ("俄军还在别尔哥罗德州边境地区击退乌方破坏和侦察小组。", {"别尔哥罗德州"}, {"别尔哥罗德"}),
    ("蓝湖以及雷克雅内斯半岛南部的格林达维克镇已进行人员紧急疏散。冰岛地处大西洋中脊火山活跃带。", {"格林达维克镇", "冰岛"}, set()),
    ("据加拿大媒体报道，在不列颠哥伦比亚省，雷击引发新的火灾。", {"不列颠哥伦比亚省"}, {"哥伦比亚", "哥伦比亚省"}),
    ("北京市将营商环境从经济领域扩展到社会全领域。中央商务区推出的管家制度，经开区设立的亦企服务港，可以调动各个部门配合。",
     {"北京市", "北京经济技术开发区"}, {"经开区"}),
])
def test_foreign_states_towns_and_zones(sentence, expected, absent):
    found = names(sentence, "LOC")
    assert expected <= found and not (absent & found)


@pytest.mark.parametrize("sentence, expected, absent", [
    ("以色列空军当天称，已在叙利亚取得完全的空中优势。", {"以色列空军"}, set()),
    ("以色列还称海军潜艇被用于侦察行动。", set(), {"以色列还称海军"}),
    ("伊朗陆军总司令穆萨维17日表示", {"伊朗陆军"}, {"伊朗陆军总司"}),
    ("伊朗外交部和伊朗原子能组织今天凌晨发表联合声明。", {"伊朗外交部", "伊朗原子能组织"}, set()),
    ("此外，美国白宫方面12日称，美国将向乌克兰提供新一轮军事支持。", {"美国白宫"}, set()),
    ("位于西城区的中国书店安排了多个专员分别负责报装。", {"中国书店"}, set()),
    ("乌称在俄库尔斯克州成立军事管制局", set(), {"库尔斯克州成立军事管制局"}),
])
def test_more_foreign_bodies(sentence, expected, absent):
    found = names(sentence, "ORG")
    assert expected <= found and not (absent & found)


@pytest.mark.parametrize("sentence, expected, absent", [
    ("俄国防部称，这是对北约侵略活动的正当反应。", {"俄国防部", "北约"}, {"国防部"}),
    ("1日，斯洛伐克公路运输联盟的卡车司机封堵了该国与乌克兰边境的一处过境点。", {"斯洛伐克公路运输联盟"}, set()),
    ("乌克兰武装部队总参谋部1日称，乌军在巴赫穆特等方向击退俄军进攻。", {"乌克兰武装部队总参谋部"}, set()),
    ("外交部表示，将为中外商务人员往来创造更多便利。", {"外交部"}, set()),
])
def test_ministries_of_abbreviated_countries(sentence, expected, absent):
    found = names(sentence, "ORG")
    assert expected <= found and not (absent & found)


# --- session 19: finance 11, holdout50/51 ----------------------------------------------------------

def test_a_role_then_a_two_character_name_then_the_day_is_a_person():
    # finance 11: 游 also starts ordinary words; the role before and the day after vouch for 游钧
    assert names("新华视点讯,人力资源社会保障部副部长游钧25日在国务院政策例行吹风会上说,截至目前", "PERSON") == {"游钧"}
    # but a plan after a role is no name
    assert not names("据媒体报道，欧盟各国外长计划20日在布鲁塞尔讨论共同购买炮弹。", "PERSON")


def test_ukraines_navy_and_air_force_are_neither_a_city_nor_a_person():
    # holdout51: 乌 (Ukraine) + 海军 is not the city of 乌海; 乌空军 is not a person named 乌空军
    text = "乌海军称，俄防空部队击落乌方一架米格-29战机。乌空军表示，当晚击落多架无人机。"
    assert "乌海市" not in names(text, "LOC")
    assert not names(text, "PERSON")
    assert "乌海市" in names("内蒙古乌海的企业加快转型。", "LOC")
    assert "上海市" in names("上海军工企业加快转型。", "LOC")


def test_the_chinese_government_is_an_organisation():
    # holdout50: 中国政府 is an ORG as 美国政府 is (three of three gold files list it)
    assert "中国政府" in names("习近平主席专门发来贺信，充分体现了中国政府愿与各国共同建设开放型世界经济。", "ORG")


# --- session 24: holdout66/67, finance 17 ------------------------------------------------------------

@pytest.mark.parametrize("sentence, entity_type, expected, absent", [
    # holdout66: island territories; the short name of the 前海 zone
    ("23日，飓风“菲欧娜”扫过大西洋岛屿百慕大西部。在美国海外属地波多黎各，全岛范围内断电。", "LOC",
     {"百慕大", "波多黎各"}, set()),
    ("在前海深港合作区，首批开展的大宗商品跨境现货交易人民币计价结算业务累计交易金额483亿元。", "LOC",
     {"前海深港现代服务业合作区"}, set()),
    # holdout67: 国家 before the short name of the market regulator is part of its name
    ("国家市场监管总局、国家数据局日前发布。", "ORG", {"国家市场监管总局", "国家数据局"}, {"市场监管总局"}),
    # holdout66: a bank account or banks in general are no bank's name
    ("香港居民在深圳开立银行账户约305万户，不少香港居民还会选择在银行开通内地银行账户，帮助内地银行为港资企业精准画像。",
     "ORG", set(), {"深圳开立银行", "银行开通内地银行", "帮助内地银行"}),
    # holdout67: a player named before the match's result; a 局长 before a transliterated name
    ("西班牙选手阿尔卡拉斯战胜头号种子、意大利选手辛纳。美国选手阿尼西莫娃成功晋级八强。", "PERSON",
     {"阿尔卡拉斯", "阿尼西莫娃", "辛纳"}, set()),
    ("乌国防部情报总局局长布达诺夫称，乌武装部队将在春季发起新一轮反攻。", "PERSON", {"布达诺夫"}, set()),
])
def test_territories_zones_regulators_banks_and_foreign_players(sentence, entity_type, expected, absent):
    found = names(sentence, entity_type)
    assert expected <= found and not (absent & found)
