"""Actors: predicted actors with no gold match (FP) and gold actors missed (FN), per article."""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold_dir, pred_file = Path(sys.argv[1]), sys.argv[2]
preds = {json.loads(l)["id"]: json.loads(l) for l in open(pred_file) if l.strip()}
for gf in sorted(gold_dir.glob("*.json")):
    g = json.load(open(gf)); aid = g.get("id") or gf.stem
    p = preds.get(aid, {})
    ga, pa = g.get("actors") or [], p.get("actors") or []
    am = S.match_actors(ga, pa)
    fp = [f"{a['name']}|{a.get('kind')}|{a.get('country')}" for j, a in enumerate(pa) if j not in am.values()]
    fn = [f"{a['name']}|{a.get('kind')}|{a.get('country')}" for i, a in enumerate(ga) if i not in am]
    wc = [f"{ga[i]['name']}: {ga[i].get('country')} vs {pa[j].get('country')}" for i, j in am.items() if ga[i].get('country') != pa[j].get('country')]
    if fp or fn or wc:
        print(f"== {aid}\n   FP {fp}\n   FN {fn}\n   CC {wc}")
