"""Issues per article: matched pairs (=), gold issues missed (-), predicted issues with no match (+).

    python eval/tools/idiff.py GOLD_DIR PRED.jsonl [IDS...]
"""
from common import S, articles


def main():
    for aid, gold, pred in articles():
        gi, pi = gold.get("issues") or [], pred.get("issues") or []
        im = S.match_issues(gi, pi)
        print(f"== {aid}")
        for i, j in im.items():
            print(f"   = {gi[i]['name']!r} ~ {pi[j]['name']!r}")
        for i, x in enumerate(gi):
            if i not in im:
                print(f"   - {x['name']!r} {x.get('aliases')}")
        matched = set(im.values())
        for j, x in enumerate(pi):
            if j not in matched:
                print(f"   + {x['name']!r} {x.get('aliases')}")


if __name__ == "__main__":
    main()
