"""Meetings missed (FN), invented (FP) and matched with a wrong attribute (~), per article.

    python eval/tools/mdiff.py GOLD_DIR PRED.jsonl [IDS...]
"""
from common import S, articles, match_meetings


def show(m: dict) -> str:
    return (f"{m.get('kind')}/{m.get('status')} {m.get('date')} @{m.get('location')} {m.get('participants')} "
            f"iss={m.get('issues')}\n        ev: {(m.get('evidence') or '')[:220]}")


def main():
    for aid, gold, pred in articles():
        gm, pm, gs, ps, mm = match_meetings(gold, pred)
        lines = []
        for i, j in mm.items():
            g, p = gm[i], pm[j]
            checks = {"kind": g.get("kind") == p.get("kind"), "status": g.get("status") == p.get("status"),
                      "date": S.date_ok(g.get("date"), p.get("date")),
                      "loc": S.place_ok(g.get("location"), p.get("location")), "parts": gs[i] == ps[j]}
            bad = [k for k, ok in checks.items() if not ok]
            if bad:
                lines.append(f"  ~ {bad}\n    G {show(g)}\n    P {show(p)}")
        lines += [f"  - FN G {show(g)}" for i, g in enumerate(gm) if i not in mm]
        matched = set(mm.values())
        lines += [f"  + FP P {show(p)}" for j, p in enumerate(pm) if j not in matched]
        if lines:
            print(f"== {aid}\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
