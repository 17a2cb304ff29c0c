import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
def A(name, aliases, kind, country, role):
    return {"name": name, "aliases": aliases, "kind": kind, "country": country, "role": role}
def M(participants, kind, status, date, location, issues, evidence):
    return {"participants": participants, "kind": kind, "status": status, "date": date,
            "location": location, "issues": issues, "evidence": evidence}
def I(name, aliases):
    return {"name": name, "aliases": aliases}
def save(id_, countries, actors, meetings, issues):
    obj = {"id": id_, "countries": sorted(set(countries)), "actors": actors, "meetings": meetings, "issues": issues}
    (ROOT / "gold" / f"{id_}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
