"""Helper used while annotating: writes corpus/<id>.json and gold/<id>.json from compact tuples."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []
def mk(id, source, url, title, published, text, countries, actors, meetings, issues, trimmed=""):
    c = {"id": id, "source": source, "url": url, "title": title, "published": published, "text": text.strip("\n")}
    g = {"id": id, "countries": sorted(set(countries)),
         "actors": [{"name": a[0], "aliases": a[1], "kind": a[2], "country": a[3], "role": a[4]} for a in actors],
         "meetings": [{"participants": m[0], "kind": m[1], "status": m[2], "date": m[3], "location": m[4],
                       "issues": m[5], "evidence": m[6]} for m in meetings],
         "issues": [{"name": i[0], "aliases": i[1]} for i in issues]}
    for m in g["meetings"]:
        assert m["evidence"] in c["text"], (id, m["evidence"])
    json.dump(c, open(f"{HERE}/corpus/{id}.json", "w"), ensure_ascii=False, indent=1)
    json.dump(g, open(f"{HERE}/gold/{id}.json", "w"), ensure_ascii=False, indent=1)
    ROWS.append((id, len(meetings), source, url, trimmed))
P, O = "person", "organization"
PC, VC, IP, ML = "phone_call", "video_call", "in_person", "multilateral"
H, PL = "held", "planned"
