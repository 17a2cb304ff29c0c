"""Show meeting differences between gold and predictions, per article."""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold_dir, pred_file = Path(sys.argv[1]), sys.argv[2]
only = set(sys.argv[3:])
preds = {json.loads(l)["id"]: json.loads(l) for l in open(pred_file) if l.strip()}
def show(m):
    return f"{m.get('kind')}/{m.get('status')} {m.get('date')} @{m.get('location')} {m.get('participants')} iss={m.get('issues')}\n        ev: {(m.get('evidence') or '')[:220]}"
for gf in sorted(gold_dir.glob("*.json")):
    g = json.load(open(gf)); aid = g.get("id") or gf.stem
    if only and aid not in only: continue
    p = preds.get(aid, {})
    ga, pa = g.get("actors") or [], p.get("actors") or []
    am = S.match_actors(ga, pa)
    gm, pm = g.get("meetings") or [], p.get("meetings") or []
    pan = [S.names(a) for a in pa]
    def pkey(n):
        k = S.participant_key(n, ga)
        if k[0] == "unknown":
            for j, ns in enumerate(pan):
                if k[1] in ns:
                    for gi, gj in am.items():
                        if gj == j: return ("actor", gi)
        return k
    gs = [{S.participant_key(n, ga) for n in m.get("participants") or []} for m in gm]
    ps = [{pkey(n) for n in m.get("participants") or []} for m in pm]
    pairs = []
    for i in range(len(gm)):
        for j in range(len(pm)):
            u = gs[i] | ps[j]; jac = len(gs[i] & ps[j]) / len(u) if u else 0
            if jac >= .5:
                gg, pp = gm[i], pm[j]
                pairs.append((jac + .1*(gg.get('kind')==pp.get('kind')) + .1*S.date_ok(gg.get('date'), pp.get('date')) + .05*(gg.get('status')==pp.get('status')), i, j))
    mm = S.greedy(pairs)
    lines = []
    for i, j in mm.items():
        gg, pp = gm[i], pm[j]
        bad = [k for k, ok in {"kind": gg.get('kind')==pp.get('kind'), "status": gg.get('status')==pp.get('status'), "date": S.date_ok(gg.get('date'), pp.get('date')), "loc": S.place_ok(gg.get('location'), pp.get('location')), "parts": gs[i]==ps[j]}.items() if not ok]
        if bad:
            lines.append(f"  ~ {bad}\n    G {show(gg)}\n    P {show(pp)}")
    for i in range(len(gm)):
        if i not in mm: lines.append(f"  - FN G {show(gm[i])}")
    for j in range(len(pm)):
        if j not in mm.values(): lines.append(f"  + FP P {show(pm[j])}")
    if lines:
        print(f"== {aid} (published {json.load(open(str(gf).replace('/gold/','/corpus/'))).get('published') if Path(str(gf).replace('/gold/','/corpus/')).exists() else '?'})")
        print("\n".join(lines))
