"""Issues: gold vs predicted, per article (matched pairs, misses, extras)."""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold_dir, pred_file = Path(sys.argv[1]), sys.argv[2]
only = set(sys.argv[3:])
preds = {json.loads(l)["id"]: json.loads(l) for l in open(pred_file) if l.strip()}
for gf in sorted(gold_dir.glob("*.json")):
    g = json.load(open(gf)); aid = g.get("id") or gf.stem
    if only and aid not in only: continue
    p = preds.get(aid, {})
    gi, pi = g.get("issues") or [], p.get("issues") or []
    im = S.match_issues(gi, pi)
    print(f"== {aid}")
    for i, j in im.items(): print(f"   = {gi[i]['name']!r} ~ {pi[j]['name']!r}")
    for i, x in enumerate(gi):
        if i not in im: print(f"   - {x['name']!r} {x.get('aliases')}")
    for j, x in enumerate(pi):
        if j not in im.values(): print(f"   + {x['name']!r} {x.get('aliases')}")
