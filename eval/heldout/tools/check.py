"""Validate heldout gold against the schema and check every evidence string occurs verbatim in its text."""
import json, re, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
errs = 0
def err(msg):
    global errs; errs += 1; print("ERROR", msg)
KINDS = {"phone_call", "video_call", "in_person", "multilateral"}
ids_c = {p.stem for p in (root / "corpus").glob("*.json")}
ids_g = {p.stem for p in (root / "gold").glob("*.json")}
if ids_c != ids_g: err(f"corpus/gold mismatch: {sorted(ids_c ^ ids_g)}")
dev = {json.loads(p.read_text())["text"][:200] for p in Path("/work/shared/eval/dev/corpus").glob("*.json")}
tot = {"meetings": 0, "actors": 0, "issues": 0}
for gid in sorted(ids_g & ids_c):
    c = json.loads((root / "corpus" / f"{gid}.json").read_text(encoding="utf-8"))
    g = json.loads((root / "gold" / f"{gid}.json").read_text(encoding="utf-8"))
    for k in ("id", "source", "url", "title", "published", "text"):
        if k not in c: err(f"{gid}: corpus lacks {k}")
    if c["id"] != gid: err(f"{gid}: corpus id")
    if c["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["published"]): err(f"{gid}: published")
    if c["text"][:200] in dev: err(f"{gid}: text is in dev corpus")
    for k in ("countries", "actors", "meetings", "issues"):
        if not isinstance(g.get(k), list): err(f"{gid}: gold lacks list {k}")
    if g["countries"] != sorted(set(g["countries"])) or any(not re.fullmatch(r"[A-Z]{2}", x) for x in g["countries"]):
        err(f"{gid}: countries not sorted unique ISO codes")
    names = set()
    full = (c["title"] or "") + "\n" + c["text"]
    for a in g["actors"]:
        if set(a) != {"name", "aliases", "kind", "country", "role"}: err(f"{gid}: actor keys {a}")
        if a["kind"] not in ("person", "organization"): err(f"{gid}: actor kind {a}")
        if a["country"] is not None and not re.fullmatch(r"[A-Z]{2}", a["country"]): err(f"{gid}: actor country {a}")
        for n in [a["name"], *a["aliases"]]:
            names.add(n)
            if n not in full and n.lower() not in full.lower(): print(f"warn {gid}: actor form not in title/text: {n!r}")
    inames = {i["name"] for i in g["issues"]}
    for i in g["issues"]:
        if set(i) != {"name", "aliases"}: err(f"{gid}: issue keys {i}")
        for al in i["aliases"]:
            if al not in full: print(f"warn {gid}: issue alias not in text: {al!r}")
    for m in g["meetings"]:
        if set(m) != {"participants", "kind", "status", "date", "location", "issues", "evidence"}: err(f"{gid}: meeting keys")
        if m["kind"] not in KINDS: err(f"{gid}: kind {m['kind']}")
        if m["status"] not in ("held", "planned"): err(f"{gid}: status {m['status']}")
        if m["date"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", m["date"]): err(f"{gid}: date {m['date']}")
        if m["evidence"] not in c["text"]: err(f"{gid}: evidence not verbatim: {m['evidence'][:80]!r}")
        for p in m["participants"]:
            if p not in names and not re.fullmatch(r"[A-Z]{2}", p): err(f"{gid}: participant {p!r} not an actor or ISO code")
        for i in m["issues"]:
            if i not in inames: err(f"{gid}: meeting issue {i!r} not in issues")
    for k in tot: tot[k] += len(g[k])
print(f"{len(ids_g)} gold files; totals {tot}; {errs} error(s)")
sys.exit(1 if errs else 0)
