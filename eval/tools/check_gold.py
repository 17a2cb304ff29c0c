"""Schema check of an annotated set: python eval/tools/check_gold.py eval/tune2 (or eval/check, the dev set ...)

Checks required fields and types, id = file name, kinds/status values, date format, ISO 3166-1 alpha-2 codes
(plus historical SU and Kosovo XK), that every meeting participant names an actor (name or alias) or is an ISO
code, that meeting issues name an issue, and that every evidence string occurs verbatim in the text.
"""
import glob, json, os, re, sys

try:
    import pycountry
    ISO = {c.alpha_2 for c in pycountry.countries}
except ImportError:  # fallback: accept any two capitals
    ISO = None
EXTRA = {"SU", "XK", "YU", "CS", "DD"}
KINDS = {"phone_call", "video_call", "in_person", "multilateral"}
STATUS = {"held", "planned"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def iso_ok(code):
    if not re.fullmatch(r"[A-Z]{2}", code or ""):
        return False
    return ISO is None or code in ISO or code in EXTRA


def check(d):
    errs = []
    for cf in sorted(glob.glob(os.path.join(d, "corpus", "*.json"))):
        stem = os.path.basename(cf)[:-5]
        c = json.load(open(cf))
        gf = os.path.join(d, "gold", stem + ".json")
        if not os.path.exists(gf):
            errs.append(f"{stem}: no gold file"); continue
        g = json.load(open(gf))
        e = lambda m: errs.append(f"{stem}: {m}")
        for k in ("id", "source", "url", "title", "published", "text"):
            if k not in c: e(f"corpus lacks {k}")
        for k in ("id", "countries", "actors", "meetings", "issues"):
            if k not in g: e(f"gold lacks {k}")
        if c.get("id") != stem or g.get("id") != stem: e("id does not match file name")
        if c.get("published") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["published"]): e("bad published")
        if not c.get("text"): e("empty text")
        if g["countries"] != sorted(set(g["countries"])): e("countries not sorted/unique")
        for cc in g["countries"]:
            if not iso_ok(cc): e(f"bad country code {cc}")
        names = set()
        for a in g["actors"]:
            for k in ("name", "aliases", "kind", "country", "role"):
                if k not in a: e(f"actor lacks {k}: {a}")
            if a.get("kind") not in ("person", "organization"): e(f"bad actor kind {a}")
            if a.get("country") is not None and not iso_ok(a["country"]): e(f"bad actor country {a}")
            if not isinstance(a.get("aliases"), list): e(f"aliases not a list {a}")
            names.add(a["name"]); names.update(a.get("aliases") or [])
        iss = set()
        for i in g["issues"]:
            if set(i) != {"name", "aliases"}: e(f"bad issue {i}")
            iss.add(i["name"])
        text = c.get("text", "")
        for m in g["meetings"]:
            for k in ("participants", "kind", "status", "date", "location", "issues", "evidence"):
                if k not in m: e(f"meeting lacks {k}")
            if m["kind"] not in KINDS: e(f"bad kind {m['kind']}")
            if m["status"] not in STATUS: e(f"bad status {m['status']}")
            if m["date"] is not None and not DATE.match(m["date"]): e(f"bad date {m['date']}")
            if not m["participants"]: e("meeting without participants")
            for p in m["participants"]:
                if p not in names and not iso_ok(p): e(f"participant {p!r} is neither an actor nor an ISO code")
            for i in m["issues"]:
                if i not in iss: e(f"meeting issue {i!r} not in issues")
            if m["evidence"] not in text: e(f"evidence not verbatim: {m['evidence'][:60]}")
    for gf in glob.glob(os.path.join(d, "gold", "*.json")):
        if not os.path.exists(os.path.join(d, "corpus", os.path.basename(gf))):
            errs.append(f"{gf}: no corpus file")
    return errs


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_gold.py SET_DIR (a folder with corpus/ and gold/)")
    d = sys.argv[1]
    errs = check(d)
    for x in errs: print(x)
    n = len(glob.glob(os.path.join(d, "gold", "*.json")))
    m = sum(len(json.load(open(f))["meetings"]) for f in glob.glob(os.path.join(d, "gold", "*.json")))
    print(f"{n} texts, {m} meetings, {len(errs)} problems")
    sys.exit(1 if errs else 0)
