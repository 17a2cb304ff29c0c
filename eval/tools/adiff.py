"""Actors per article: predicted with no gold match (FP), gold missed (FN), matched with another country (CC).

    python eval/tools/adiff.py GOLD_DIR PRED.jsonl [IDS...]
"""
from common import S, articles


def label(a: dict) -> str:
    return f"{a['name']}|{a.get('kind')}|{a.get('country')}"


def main():
    for aid, gold, pred in articles():
        ga, pa = gold.get("actors") or [], pred.get("actors") or []
        am = S.match_actors(ga, pa)
        matched = set(am.values())
        fp = [label(a) for j, a in enumerate(pa) if j not in matched]
        fn = [label(a) for i, a in enumerate(ga) if i not in am]
        cc = [f"{ga[i]['name']}: {ga[i].get('country')} vs {pa[j].get('country')}" for i, j in am.items()
              if ga[i].get("country") != pa[j].get("country")]
        if fp or fn or cc:
            print(f"== {aid}\n   FP {fp}\n   FN {fn}\n   CC {cc}")


if __name__ == "__main__":
    main()
