#!/usr/bin/env python3
"""The peer `scan` is measured against: a simple keyword filter that reads each article and prints the files
holding an entity word and a trigger word of some topic (lower-cased substring checks; no sentences, figures,
summaries or stories). Usage: keyword_filter.py FOLDER
"""
import os
import sys

TOPICS = {
    "troop-deployment": (["north korea", "pyongyang", "dprk", "kim jong un"],
                         ["troops", "soldiers", "deployed", "dispatched", "deployment", "sent"]),
    "casualties": (["north korean soldiers", "north korean troops", "north korea"],
                   ["killed", "wounded", "casualties", "captured", "losses", "dead"]),
    "icbm-satellite": (["north korea", "pyongyang"],
                       ["icbm", "intercontinental ballistic missile", "spy satellite", "reconnaissance satellite"]),
}


def main():
    folder = sys.argv[1]
    alerts = 0
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read().lower()
        topics = [t for t, (entities, triggers) in TOPICS.items()
                  if any(e in text for e in entities) and any(w in text for w in triggers)]
        if topics:
            alerts += 1
            print(f"{name}: {', '.join(topics)}")
    print(f"keyword filter: {len(names)} items read, {alerts} alerts", file=sys.stderr)


if __name__ == "__main__":
    main()
