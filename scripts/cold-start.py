#!/usr/bin/env python3
"""Cold start of one render, several builds side by side: wall and CPU time of each process.

    scripts/cold-start.py N BINARY ROOT [BINARY ROOT ...]

Each BINARY renders ROOT/Examples/take-home.json with --resources ROOT; the builds take turns,
N runs each after one untimed run. CPU time (user + system, from wait4) shows work moved to a
second core that wall time hides.
"""
import os, sys, time, statistics
n = int(sys.argv[1]); pairs = [(sys.argv[i], sys.argv[i+1]) for i in range(2, len(sys.argv), 2)]
res = {b: ([], []) for b, _ in pairs}
def run(b, r):
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open('/dev/null', os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2)
        os.execv(b, [b, 'render', r + '/Examples/take-home.json', '-o', '/tmp/cold.pdf', '--resources', r])
    _, _, ru = os.wait4(pid, 0)
    return (time.perf_counter() - t) * 1000, (ru.ru_utime + ru.ru_stime) * 1000
for b, r in pairs: run(b, r)
for _ in range(n):
    for b, r in pairs:
        w, c = run(b, r); res[b][0].append(w); res[b][1].append(c)
for b, _ in pairs:
    w, c = res[b]
    print(f"{b}: wall min {min(w):.1f} median {statistics.median(w):.1f} | cpu min {min(c):.1f} median {statistics.median(c):.1f}")
