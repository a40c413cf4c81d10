"""Pick the holdout3 stories from the CCTV corpus (reproducible: fixed seed 9090).

Usage: python evaluation/holdout3/select.py /tmp/xwlb/xwlb-dev
Prints the chosen file names; the raw files are then copied to raw/.
The 12 devset stories, the 8 first-holdout stories and the 6 holdout2 stories
are excluded.
3 economy stories (>=5 figures, 300-900 chars), 3 general (250-700 chars).
"""
import random
import re
import sys
from pathlib import Path

SEED = 9090
HERE = Path(__file__).resolve().parent
DEVSET_RAW = HERE.parent / "devset" / "raw"
HOLDOUT_RAW = HERE.parent / "holdout" / "raw"
HOLDOUT2_RAW = HERE.parent / "holdout2" / "raw"
ECON = re.compile(r"就业|经济|亿元|同比|增长|金融|投资|消费|外贸|贷款|工资|岗位|招聘|银行|融资")
TRAD = re.compile(r"[這個們經發國會時為說與實從]")
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|%|人|家|个|吨|名|辆|项|公里)")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def main(folder: str) -> None:
    excluded = set()
    for d in (DEVSET_RAW, HOLDOUT_RAW, HOLDOUT2_RAW):
        if d.is_dir():
            excluded |= {p.name for p in d.iterdir()}
    files = [f for f in sorted(Path(folder).iterdir()) if f.name not in excluded]
    rng = random.Random(SEED)
    rng.shuffle(files)
    econ, general, txt, trad = [], [], 0, 0
    for f in files:
        text = decode(f.read_bytes())
        body = re.sub(r"<[^>]+>", "", text)
        n = len(body)
        figures = len(FIGURE.findall(body))
        is_trad = len(TRAD.findall(body)) > 10
        is_econ = len(ECON.findall(body)) >= 3 and figures >= 5
        if is_econ and len(econ) < 3 and 300 <= n <= 900:
            econ.append(f.name)
            txt += f.suffix == ".txt"
            trad += is_trad
        elif not is_econ and len(general) < 3 and 250 <= n <= 700:
            # guarantee the shape mix over the whole set: >=1 .txt and >=1 Traditional
            need_txt = f.suffix == ".txt" and txt < 1
            need_trad = is_trad and trad < 1
            slots_left = 3 - len(general)
            reserved = max(0, 1 - txt) + max(0, 1 - trad)
            if need_txt or need_trad or slots_left > reserved:
                general.append(f.name)
                txt += f.suffix == ".txt"
                trad += is_trad
        if len(econ) == 3 and len(general) == 3:
            break
    for name in econ:
        print("econ", name)
    for name in general:
        print("general", name)


if __name__ == "__main__":
    main(sys.argv[1])
