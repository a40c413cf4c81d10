"""Prints the score of the outputs (NEWS_OUTPUT_DIR, default data/outputs) against the shipped gold files."""
import argparse
import os
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from evaluation.score import score  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--outputs", type=Path, default=Path(os.environ.get("NEWS_OUTPUT_DIR", PROJECT_DIR / "data" / "outputs")))
    parser.add_argument("--gold", type=Path, default=PROJECT_DIR / "data" / "sample" / "gold")
    parser.add_argument("--show-misses", type=int, default=20)
    args = parser.parse_args()
    report = score(args.outputs, args.gold)
    m = report["metrics"]
    print(f"articles scored: {report['articles_scored']}")
    print(f"metrics  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  ({m['matched']}/{m['predicted']}/{m['gold']})")
    print("metric attributes: " + "  ".join(f"{k} {v:.3f}" if v is not None else f"{k} -" for k, v in report["metric_attributes"].items()))
    for entity_type, s in report["entities_by_type"].items():
        print(f"entities {entity_type:8s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    print(f"entities primary F1 {report['entities_primary']['f1']:.3f}")
    for kind, name, text in report["metric_misses"][: args.show_misses]:
        print(f"  {kind:8s} {name}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
