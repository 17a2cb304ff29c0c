"""Matched meetings whose issues differ: gold issues vs predicted issues."""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold_dir, pred_file = Path(sys.argv[1]), sys.argv[2]
preds = {json.loads(l)["id"]: json.loads(l) for l in open(pred_file) if l.strip()}
tot = [0, 0, 0]
for gf in sorted(gold_dir.glob("*.json")):
    g = json.load(open(gf)); aid = g.get("id") or gf.stem
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
                pairs.append((jac + .1*(gm[i].get('kind')==pm[j].get('kind')) + .1*S.date_ok(gm[i].get('date'), pm[j].get('date')), i, j))
    for i, j in S.greedy(pairs).items():
        gi_ = g.get("issues") or []
        gmi = [x for x in gi_ if S.names(x) & {S.fold(n) for n in gm[i].get("issues") or []}] or [{"name": n} for n in gm[i].get("issues") or []]
        pmi = [{"name": n} for n in pm[j].get("issues") or []]
        mi = S.match_issues(gmi, pmi)
        if len(mi) != len(gmi) or len(mi) != len(pmi):
            print(f"== {aid}: ev {gm[i].get('evidence','')[:150]}")
            print("   G", [x['name'] for x in gmi]); print("   P", [x['name'] for x in pmi])
