"""Seeded cohort for bench/analyze-cox.sh and bench/analyze-competing.sh: follow-up in whole days (many ties),
event (0/1), status (0 censored, 1 reconviction, 2 death, 3 deportation), group (comparison/completer/early),
age, gender, prior offences and a continuous risk score (five covariates in all)."""
import sys

import numpy as np

path, rows, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(seed)
group = rng.integers(0, 3, rows)
age = rng.integers(18, 60, rows)
male = rng.random(rows) < 0.7
prior = rng.integers(0, 6, rows)
score = np.round(rng.normal(0, 1, rows), 3)
linear = -0.02 * (age - 35) + 0.4 * male + 0.15 * prior + np.array([0.0, -0.5, 0.3])[group] + 0.3 * score
event_day = np.ceil(rng.exponential(1 / (np.exp(linear) / 900)))
death_day = np.ceil(rng.exponential(3000, rows))
deport_day = np.ceil(rng.exponential(np.where(group == 2, 2000, 6000)))
censor_day = rng.integers(30, 3651, rows)
time = np.minimum.reduce([event_day, death_day, deport_day, censor_day]).astype(np.int64)
status = np.select([time == event_day, time == death_day, time == deport_day], [1, 2, 3], 0)
event = (status == 1).astype(np.int64)
groups = np.array(["comparison", "completer", "early"])[group]
genders = np.where(male, "M", "F")
with open(path, "w") as out:
    out.write("time,event,status,group,age,gender,prior,score\n")
    for start in range(0, rows, 100_000):
        stop = min(rows, start + 100_000)
        out.write("".join(
            f"{t},{e},{s},{g},{a},{x},{p},{r}\n"
            for t, e, s, g, a, x, p, r in zip(time[start:stop], event[start:stop], status[start:stop], groups[start:stop],
                                             age[start:stop], genders[start:stop], prior[start:stop], score[start:stop])))
