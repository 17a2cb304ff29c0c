"""Matched meetings whose issues differ: the gold meeting's issues against the predicted meeting's.

    python eval/tools/meeting_issues.py GOLD_DIR PRED.jsonl [IDS...]
"""
from common import S, articles, gold_issues_of, match_meetings


def main():
    for aid, gold, pred in articles():
        gm, pm, _, _, mm = match_meetings(gold, pred)
        for i, j in mm.items():
            want = gold_issues_of(gold, gm[i])
            got = [{"name": n} for n in pm[j].get("issues") or []]
            if len(S.match_issues(want, got)) != max(len(want), len(got)):
                print(f"== {aid}: ev {(gm[i].get('evidence') or '')[:150]}")
                print("   G", [x["name"] for x in want])
                print("   P", [x["name"] for x in got])


if __name__ == "__main__":
    main()
