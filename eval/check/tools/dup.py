"""Print, for each URL given, whether it is already in dev, tune, tune2 (url/title) and heldout (URL only: True/False)."""
import json, glob, sys
known = []
for d in ["/work/shared/eval/dev/corpus", "/work/main/eval/tune/corpus", "/work/main/eval/tune2/corpus"]:
    for f in glob.glob(d + "/*.json"):
        j = json.load(open(f)); known.append((j.get("url"), (j.get("title") or "").lower(), j["id"]))
held = {json.load(open(f)).get("url") for f in glob.glob("/work/main/eval/heldout/corpus/*.json")}
for u in sys.argv[1:]:
    print(u, "known:", [k[2] for k in known if k[0] == u], "heldout:", u in held)
