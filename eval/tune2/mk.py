"""The tuple writer of eval/tools/gold_tuples.py, bound to this set's folder (used by b1.py ... b6.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from gold_tuples import H, IP, ML, O, P, PC, PL, VC, writer  # noqa: E402,F401

ROWS = []
mk = writer(HERE, ROWS)
