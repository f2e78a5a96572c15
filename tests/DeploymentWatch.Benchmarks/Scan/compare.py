#!/usr/bin/env python3
"""`scan` of a generated article folder against the Python keyword filter, side by side in one run.

Generates the folder (generate_articles.py), publishes the native scan (src/DeploymentWatch.Scan, ahead-of-time
compiled) and the service host (Release, ReadyToRun), checks that both print the same alerts, then runs the three
alternately RUNS times each and prints the median wall time and CPU time (user + system) of each, and the native
scan's ratio to the filter.
Usage (from the repository root): python3 tests/DeploymentWatch.Benchmarks/Scan/compare.py [N=2000] [RUNS=5]
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    work = tempfile.mkdtemp(prefix="dw-scan-")
    articles, native, app, data = (os.path.join(work, d) for d in ("articles", "native", "app", "data"))
    subprocess.run([sys.executable, os.path.join(HERE, "generate_articles.py"), str(count), articles], check=True)
    subprocess.run(["dotnet", "publish", "src/DeploymentWatch.Scan", "-c", "Release", "-r", "linux-x64", "-o", native,
                    "-v", "q"], cwd=ROOT, check=True)
    subprocess.run(["dotnet", "publish", "src/DeploymentWatch", "-c", "Release", "-r", "linux-x64", "--self-contained",
                    "false", "-p:PublishReadyToRun=true", "-o", app, "-v", "q"], cwd=ROOT, check=True)
    contestants = {
        "native scan": [os.path.join(native, "deploymentwatch-scan"), articles, "--data", data],
        "service scan": [os.path.join(app, "deploymentwatch"), "scan", articles, "--data", data],
        "keyword filter": [sys.executable, os.path.join(HERE, "keyword_filter.py"), articles],
    }
    outputs = {name: subprocess.run(command + ["--output", "json"], cwd=ROOT, capture_output=True, check=True).stdout
               for name, command in contestants.items() if name != "keyword filter"}
    if outputs["native scan"] != outputs["service scan"]:
        sys.exit("the native scan and the service's scan printed different alerts")
    for command in contestants.values():
        timed(command)  # warm the file cache and the published binaries
    results = {name: [] for name in contestants}
    for _ in range(runs):
        for name, command in contestants.items():
            results[name].append(timed(command))
    for name, samples in results.items():
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        print(f"{name:15} {count} articles: median wall {wall:.3f} s, median CPU {cpu:.3f} s ({runs} runs)")
    ratio_wall = statistics.median(s[0] for s in results["keyword filter"]) / statistics.median(s[0] for s in results["native scan"])
    ratio_cpu = statistics.median(s[1] for s in results["keyword filter"]) / statistics.median(s[1] for s in results["native scan"])
    print(f"load average {os.getloadavg()[0]:.1f}; {len(outputs['native scan'].splitlines())} alerts, the same from both scans")
    print(f"the native scan is {ratio_wall:.2f}x the keyword filter's speed by wall time, {ratio_cpu:.2f}x by CPU time")


if __name__ == "__main__":
    main()
