"""Patterns rewritten for speed (a literal or class first, so the regex engine skips to it) find
exactly what the forms they replaced found."""
import re

import pytest

from pipelines.entities import matcher, orgs, people, places, programs

SAMPLES = [
    "……”“‘七个一’”和“春风行动”、“就业援助月”及‘直通车’与“”活动",
    "“两个确保”，“三个一批”，‘四进’“五送”",
    "近日，湖南省委、省政府印发意见。市人大常委会和县政协，九阡镇党委、乡人民政府、区委会议，州委员会",
    "会议由省人大主持，旗人民政府，盟委员，市委书记",
    "…，辜胜阻主持开幕会。，王毅出席，，李强陪同会见外宾，，张三陪同，，一二三四主持",
    "赴港就业，在京召开，返沪，粤企，湘籍，援藏干部，驻港部队，京东，离京，新疆，抵渝。入川，留津",
    "美国加利福尼亚州圣迭戈县，俄罗斯托夫州，卡赫拉曼马拉什省，希腊罗得岛，伦敦市场，缅因州刘易斯顿市",
    "记者 王小丫 报道。张伟说，李明表示：欧阳娜娜出席。\n司马光参加。王。\n诸葛亮",
]


def spans(pattern, text, group=0):
    return [m.span(group) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SAMPLES)
def test_quoted_run(text):
    before = re.compile(r"(?:(?:“[^“”\n]{2,24}”|‘[^‘’“”\n]{2,24}’)[、，,和及与]?)+")
    assert spans(programs.QUOTED_RUN, text) == spans(before, text)


@pytest.mark.parametrize("text", SAMPLES)
def test_party_committees(text):
    party = orgs._rules()[4]
    before = re.compile(r"(?:(?:省|市|县|区|州|盟|旗)(?:委|政府|人民政府|人大常委会|人大|政协)|(?:镇|乡)(?:党委|政府|人民政府))"
                        r"(?![员会长])")
    assert spans(party, text) == spans(before, text)


@pytest.mark.parametrize("text", SAMPLES)
def test_clause_host(text):
    before = re.compile(r"(?<=，)([\u4e00-\u9fff]{2,3})(?=主持|出席|陪同会见|陪同)")
    assert spans(people.CLAUSE_HOST, text, 1) == spans(before, text)


@pytest.mark.parametrize("text", SAMPLES)
def test_province_abbreviations(text):
    mapping, strong, weak, after = places._abbreviations()
    chars = "".join(sorted(mapping))
    before = re.compile(rf"(?<=[{''.join(sorted(strong | weak))}])[{chars}]|[{chars}](?=(?:{'|'.join(sorted(after))}))")
    assert spans(places._abbr_regex(), text) == spans(before, text)


@pytest.mark.parametrize("text", SAMPLES)
def test_foreign_divisions(text):
    regex = places._foreign_division_regex()
    chars = "".join(sorted((set(people.TRANSLIT) | places.FOREIGN_PLACE_CHARS) - {"·"}))
    before = re.compile(rf"[{chars}]{{2,8}}(?:省|州|镇|县(?![长委城级域里])|郡|市(?![场民长委区县])|岛(?![上内屿链]))")
    assert spans(regex, text) == spans(before, text)


@pytest.mark.parametrize("text", SAMPLES)
def test_sentence_starts_with_a_surname(text):
    single, compound, *_ = people._lexicons()
    before = [m.end() for m in people.SENTENCE_END.finditer(text)
              if text[m.end():m.end() + 1] in single or text[m.end():m.end() + 2] in compound]
    assert [m.end() for m in people._sentence_end_before_surname().finditer(text)] == before


def test_not_given_char_is_the_old_character_test():
    chars = [chr(c) for c in range(0x20, 0x3100)] + [chr(c) for c in range(0x4e00, 0xa000, 7)] + list(people.NOT_GIVEN)
    for c in chars:
        old = c in people.NOT_GIVEN or c in people.PUNCT or not ("\u4e00" <= c <= "\u9fff")
        assert (people.NOT_GIVEN_CHAR.search(c) is not None) == old, c


@pytest.mark.parametrize("text", SAMPLES)
def test_scan_order_and_townships(text):
    hits = matcher.scan(text + "南林桥镇苏木街道")
    assert all(type(h) is matcher.Hit for h in hits)
    assert hits == sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    before = re.compile(r"[镇乡]|街道|苏木")
    assert spans(matcher.TOWNSHIP_END, text) == spans(before, text)
