"""Build corpus/<id>.json from raw/<id>.txt (header lines key: value, then '---', then body).
Body paragraphs are separated by blank lines; line wraps inside a paragraph are joined with a space."""
import json, re, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
for raw in sorted((root / "raw").glob("*.txt")):
    head, body = raw.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    paras = [p for p in paras if p]
    pub = meta.get("published") or None
    obj = {"id": raw.stem, "source": meta["source"], "url": meta.get("url") or None,
           "title": meta.get("title") or None, "published": None if pub == "null" else pub,
           "text": "\n\n".join(paras)}
    (root / "corpus" / f"{raw.stem}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    print(raw.stem, len(obj["text"]))
