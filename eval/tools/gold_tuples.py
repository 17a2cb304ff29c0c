"""Writing an annotated set from compact tuples: each set's mk.py binds `mk` to its own folder, and its
tuple files (b1.py ...) call mk(...) once per text to write corpus/<id>.json and gold/<id>.json."""
import json
import os

P, O = "person", "organization"
PC, VC, IP, ML = "phone_call", "video_call", "in_person", "multilateral"
H, PL = "held", "planned"


def writer(set_dir: str, rows: list, *, verbose: bool = False):
    """An mk(id, source, url, title, published, text, countries, actors, meetings, issues, trimmed="") that
    writes into set_dir and records (id, meetings, source, url, trimmed) in rows for the README table."""
    def mk(id, source, url, title, published, text, countries, actors, meetings, issues, trimmed=""):
        c = {"id": id, "source": source, "url": url, "title": title, "published": published, "text": text.strip("\n")}
        g = {"id": id, "countries": sorted(set(countries)),
             "actors": [{"name": a[0], "aliases": a[1], "kind": a[2], "country": a[3], "role": a[4]} for a in actors],
             "meetings": [{"participants": m[0], "kind": m[1], "status": m[2], "date": m[3], "location": m[4],
                           "issues": m[5], "evidence": m[6]} for m in meetings],
             "issues": [{"name": i[0], "aliases": i[1]} for i in issues]}
        for m in g["meetings"]:
            assert m["evidence"] in c["text"], (id, m["evidence"])
        for sub, doc in (("corpus", c), ("gold", g)):
            with open(os.path.join(set_dir, sub, f"{id}.json"), "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
        rows.append((id, len(meetings), source, url, trimmed))
        if verbose:
            print(id, len(meetings))
    return mk
