#!/usr/bin/python3
"""Writes seeded long-format ratings for the agreement benchmark: SUBJECTS people x RATERS raters on a
1..5 scale (latent level + rater bias + noise), with about 1% blank and 1% "could not rate" cells so the
exclusion bookkeeping is part of what is timed. Usage: generate_ratings.py OUT.csv SUBJECTS RATERS SEED"""
import sys

import numpy as np

out, subjects, raters, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = np.random.default_rng(seed)
truth = rng.uniform(1, 5, size=(subjects, 1))
bias = rng.normal(0, 0.3, size=(1, raters))
scores = np.clip(np.rint(truth + bias + rng.normal(0, 0.7, size=(subjects, raters))), 1, 5).astype(int)
gap = rng.uniform(size=(subjects, raters))
text = scores.astype(str).astype(object)
text[gap < 0.01] = ""
text[(gap >= 0.01) & (gap < 0.02)] = "could not rate"

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("participant,rater,rating\n")
    names = [f"rater-{chr(ord('A') + r)}" for r in range(raters)]
    for s in range(subjects):
        person = f"P{s + 1:07d}"
        f.write("".join(f"{person},{names[r]},{text[s, r]}\n" for r in range(raters)))
