"""What the error listings share: the project's scorer (../shared/eval/score.py), the predictions file and
the article pairs, and the scorer's own one-to-one matching of meetings."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

_SCORE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
_spec = importlib.util.spec_from_file_location("score", _SCORE)
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)


def articles(argv=None):
    """(id, gold, prediction) for each gold file; argv: GOLD_DIR PRED.jsonl [IDS...]."""
    argv = sys.argv[1:] if argv is None else argv
    gold_dir, pred_file, only = Path(argv[0]), argv[1], set(argv[2:])
    preds = {}
    with open(pred_file, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                preds[row["id"]] = row
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        aid = gold.get("id") or gf.stem
        if not only or aid in only:
            yield aid, gold, preds.get(aid, {})


def match_meetings(gold: dict, pred: dict):
    """(gold meetings, predicted meetings, their participant keys, and {gold index: predicted index}), as
    score.py pairs them: participant sets overlapping by half or more, ties broken by kind, date and status."""
    ga, pa = gold.get("actors") or [], pred.get("actors") or []
    am = S.match_actors(ga, pa)
    pred_names = [S.names(a) for a in pa]

    def pkey(name):
        key = S.participant_key(name, ga)
        if key[0] == "unknown":  # a predicted actor's alias stands for the gold actor it matched
            for j, forms in enumerate(pred_names):
                if key[1] in forms:
                    return next((("actor", gi) for gi, gj in am.items() if gj == j), key)
        return key

    gm, pm = gold.get("meetings") or [], pred.get("meetings") or []
    gs = [{S.participant_key(n, ga) for n in m.get("participants") or []} for m in gm]
    ps = [{pkey(n) for n in m.get("participants") or []} for m in pm]
    pairs = []
    for i, g in enumerate(gm):
        for j, p in enumerate(pm):
            union = gs[i] | ps[j]
            jac = len(gs[i] & ps[j]) / len(union) if union else 0.0
            if jac >= 0.5:
                bonus = 0.1 * (g.get("kind") == p.get("kind")) + 0.1 * S.date_ok(g.get("date"), p.get("date")) \
                    + 0.05 * (g.get("status") == p.get("status"))
                pairs.append((jac + bonus, i, j))
    return gm, pm, gs, ps, S.greedy(pairs)


def gold_issues_of(gold: dict, meeting: dict) -> list[dict]:
    """The gold issues a gold meeting names, as score.py reads them."""
    wanted = {S.fold(n) for n in meeting.get("issues") or []}
    return [x for x in gold.get("issues") or [] if S.names(x) & wanted] or \
        [{"name": n} for n in meeting.get("issues") or []]
