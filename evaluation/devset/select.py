"""Pick the held-out dev stories from the CCTV corpus (reproducible: fixed seed).

Usage: python evaluation/devset/select.py /tmp/xwlb/xwlb-dev
Prints the chosen file names; the raw files are then copied to raw/.
"""
import random
import re
import sys
from pathlib import Path

SEED = 20261123
ECON = re.compile(r"就业|经济|亿元|同比|增长|金融|投资|消费|外贸|贷款|工资|岗位")
TRAD = re.compile(r"[這個們經發國會時為說與實從]")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def main(folder: str) -> None:
    files = sorted(Path(folder).iterdir())
    rng = random.Random(SEED)
    rng.shuffle(files)
    econ, general, txt, trad = [], [], 0, 0
    for f in files:
        text = decode(f.read_bytes())
        body = re.sub(r"<[^>]+>", "", text)
        n = len(body)
        figures = len(re.findall(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|%|人|家|个|吨|名|辆|项|公里)", body))
        is_trad = len(TRAD.findall(body)) > 10
        is_econ = len(ECON.findall(body)) >= 3 and figures >= 6
        if is_econ and len(econ) < 5 and 500 <= n <= 1400:
            econ.append(f.name)
        elif not is_econ and len(general) < 7 and 250 <= n <= 900:
            # guarantee the shape mix: 2 simplified .txt and 1 Traditional
            need_txt = f.suffix == ".txt" and not is_trad and txt < 2
            need_trad = is_trad and trad < 1
            slots_left = 7 - len(general)
            reserved = max(0, 2 - txt) + max(0, 1 - trad)
            if need_txt or need_trad or slots_left > reserved:
                general.append(f.name)
                txt += need_txt
                trad += need_trad
        if len(econ) == 5 and len(general) == 7:
            break
    for name in econ:
        print("econ", name)
    for name in general:
        print("general", name)


if __name__ == "__main__":
    main(sys.argv[1])
