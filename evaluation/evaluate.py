"""Runs the pipeline on each evaluation set and scores it against its gold files (GUIDE.md's rules).

    python evaluation/evaluate.py [--show-misses N] [--outputs DIR]

Sets: the five sample articles (data/sample, the spec's own) and the held-out development set of
CCTV stories (evaluation/devset, hand-annotated; not used to write rules). With --outputs, scores an
existing output folder against the sample gold instead of running anything.
"""
import argparse
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from evaluation.score import score  # noqa: E402
from pipelines.runner import run_pipeline  # noqa: E402

EVALUATION_SETS = ("devset", "holdout", "holdout2", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                   "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
                   "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
                   "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26",
                   "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32",
                   "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38",
                   "holdout39", "holdout40", "holdout41", "holdout42", "holdout43",
                   "holdout44", "holdout45", "holdout46", "holdout47",
                   "holdout48", "holdout49", "holdout50", "holdout51",
                   "holdout52", "holdout53", "holdout54", "holdout55",
                   "holdout56", "holdout57", "holdout58", "holdout59",
                   "holdout60", "holdout61", "holdout62", "holdout63",
                   "holdout64", "holdout65", "holdout66", "holdout67",
                   "holdout68", "holdout69", "holdout70", "holdout71",
                   "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77",
                   "holdout78", "holdout79", "holdout80", "holdout81",
                   "holdout82", "holdout83", "holdout84", "holdout85",
                   "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91",
                   "holdout92", "holdout93", "holdout94", "holdout95",
                   "holdout96", "holdout97", "holdout98", "holdout99")  # holdout3: still blind
SETS = {
    "sample": (PROJECT_DIR / "data" / "sample" / "raw", PROJECT_DIR / "data" / "sample" / "gold"),
    **{name: (PROJECT_DIR / "evaluation" / name / "raw", PROJECT_DIR / "evaluation" / name / "gold")
       for name in EVALUATION_SETS},
}


def print_report(name: str, report: dict, show_misses: int, show_attribute_misses: int = 0) -> None:
    m = report["metrics"]
    print(f"== {name}: {report['articles_scored']} articles")
    print(f"metrics  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  ({m['matched']}/{m['predicted']}/{m['gold']})")
    print("metric attributes: " + "  ".join(f"{k} {v:.3f}" if v is not None else f"{k} -"
                                           for k, v in report["metric_attributes"].items()))
    for entity_type, s in report["entities_by_type"].items():
        print(f"entities {entity_type:8s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    print(f"entities primary F1 {report['entities_primary']['f1']:.3f}")
    for kind, article, text in report["metric_misses"][:show_misses]:
        print(f"  {kind:8s} {article}  {text}")
    for article, text, attribute, expected, found in report["attribute_misses"][:show_attribute_misses]:
        print(f"  {attribute:9s} {article}  {text}  gold={expected}  ours={found}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", type=int, default=10)
    parser.add_argument("--show-attribute-misses", type=int, default=0,
                        help="list matched metrics whose qualifier/category/region/time disagree with gold")
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS), help="evaluate only these sets")
    parser.add_argument("--outputs", type=Path, help="score this output folder against the sample gold")
    args = parser.parse_args()
    if args.outputs:
        print_report(f"sample ({args.outputs})", score(args.outputs, SETS["sample"][1]), args.show_misses)
        return 0
    for name, (raw, gold) in SETS.items():
        if name not in args.sets:
            continue
        if not raw.is_dir():
            print(f"== {name}: {raw} absent, skipped")
            continue
        with tempfile.TemporaryDirectory(prefix=f"evaluate-{name}-") as out:
            run_pipeline(raw, Path(out), f"evaluate-{name}", log=lambda message: None)
            print_report(name, score(Path(out), gold), args.show_misses, args.show_attribute_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
