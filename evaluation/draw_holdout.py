"""Draw a blind evaluation set from the CCTV corpus, reproducibly (a fixed seed).

    python evaluation/draw_holdout.py CORPUS_DIR --seed N --exclude devset holdout ... \
        [--economy 3 --economy-chars 300 900] [--general 3 --general-chars 250 700]

Prints the chosen file names ("econ NAME" / "general NAME"); copy those raw files to the set's raw/.
Stories already in the named sets are excluded. The set keeps at least one plain-text (.txt) and one
Traditional-Chinese story when the draw allows. Each set's README records the exact command.
"""
import argparse
import random
import re
from pathlib import Path

EVALUATION_DIR = Path(__file__).resolve().parent
ECONOMY_WORDS = re.compile(r"就业|经济|亿元|同比|增长|金融|投资|消费|外贸|贷款|工资|岗位|招聘|银行|融资")
TRADITIONAL_CHARS = re.compile(r"[這個們經發國會時為說與實從]")
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|%|人|家|个|吨|名|辆|项|公里)")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def draw(corpus: Path, seed: int, excluded_sets: list[str], economy: int, economy_chars: tuple[int, int],
         general: int, general_chars: tuple[int, int]) -> tuple[list[str], list[str]]:
    excluded = set()
    for name in excluded_sets:
        folder = EVALUATION_DIR / name / "raw"
        if folder.is_dir():
            excluded |= {p.name for p in folder.iterdir()}
    files = [f for f in sorted(corpus.iterdir()) if f.name not in excluded]
    random.Random(seed).shuffle(files)
    chosen_economy, chosen_general, plain, traditional = [], [], 0, 0
    for path in files:
        body = re.sub(r"<[^>]+>", "", decode(path.read_bytes()))
        length = len(body)
        is_traditional = len(TRADITIONAL_CHARS.findall(body)) > 10
        is_economy = len(ECONOMY_WORDS.findall(body)) >= 3 and len(FIGURE.findall(body)) >= 5
        if is_economy and len(chosen_economy) < economy and economy_chars[0] <= length <= economy_chars[1]:
            chosen_economy.append(path.name)
        elif not is_economy and len(chosen_general) < general and general_chars[0] <= length <= general_chars[1]:
            # keep slots for the shape mix: at least one .txt and one Traditional story in the set
            needed = (path.suffix == ".txt" and plain < 1) or (is_traditional and traditional < 1)
            reserved = max(0, 1 - plain) + max(0, 1 - traditional)
            if not needed and general - len(chosen_general) <= reserved:
                continue
            chosen_general.append(path.name)
        else:
            continue
        plain += path.suffix == ".txt"
        traditional += is_traditional
        if len(chosen_economy) == economy and len(chosen_general) == general:
            break
    return chosen_economy, chosen_general


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--exclude", nargs="*", default=[], help="evaluation sets whose stories are excluded")
    parser.add_argument("--economy", type=int, default=3)
    parser.add_argument("--economy-chars", type=int, nargs=2, default=(300, 900))
    parser.add_argument("--general", type=int, default=3)
    parser.add_argument("--general-chars", type=int, nargs=2, default=(250, 700))
    args = parser.parse_args()
    chosen_economy, chosen_general = draw(args.corpus, args.seed, args.exclude, args.economy,
                                          tuple(args.economy_chars), args.general, tuple(args.general_chars))
    for name in chosen_economy:
        print("econ", name)
    for name in chosen_general:
        print("general", name)


if __name__ == "__main__":
    main()
