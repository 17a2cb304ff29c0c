"""`python -m articles.extraction FILE.json ...`: one JSON line per article, in the gold schema plus "id"."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from . import extract


def _published(value):
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def main(argv: list[str]) -> int:
    for path in argv:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        result = extract(data.get("text") or "", published=_published(data.get("published")),
                         title=data.get("title"), url=data.get("url"))
        print(json.dumps({"id": data.get("id") or Path(path).stem, **result.to_gold_dict()}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
