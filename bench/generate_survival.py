"""Seeded follow-up data for bench/analyze-survival.sh: time (whole days, many ties), event (0/1), group (A/B/C)."""
import sys

import numpy as np

path, rows, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(seed)
group = rng.integers(0, 3, rows)
rate = np.array([1 / 900, 1 / 700, 1 / 500])[group]
event_day = np.ceil(rng.exponential(1 / rate))
censor_day = rng.integers(30, 3651, rows)
time = np.minimum(event_day, censor_day).astype(np.int64)
event = (event_day <= censor_day).astype(np.int64)
labels = np.array(["A", "B", "C"])[group]
with open(path, "w") as out:
    out.write("time,event,group\n")
    for start in range(0, rows, 100_000):
        stop = min(rows, start + 100_000)
        out.write("".join(f"{t},{e},{g}\n" for t, e, g in zip(time[start:stop], event[start:stop], labels[start:stop])))
