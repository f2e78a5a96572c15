#!/usr/bin/env python3
"""Writes N article files (header block + text, like an article folder) for timing `scan` against a keyword filter.

About a third are on the watched topics, the rest share some of the words (other wars, South Korean politics,
missile tests of other countries) or are general news. Deterministic: the same N gives the same folder.
Usage: generate_articles.py N FOLDER
"""
import os
import random
import sys

ON_TOPIC = [
    "North Korea has sent about {n},000 more troops to Russia, South Korea's spy agency told lawmakers on {day}.",
    "Ukrainian officials said North Korean soldiers fighting in Russia's Kursk region suffered heavy losses this week.",
    "About {n}00 North Korean soldiers have been killed and {m},000 wounded, the National Intelligence Service said.",
    "Pyongyang is preparing to launch another reconnaissance satellite from its Sohae station, Seoul's military said.",
    "North Korea test-fired an intercontinental ballistic missile that flew for {m}0 minutes before falling into the sea.",
    "Kyiv said its forces captured two North Korean soldiers near the front line in the Kursk region.",
]
SHARED_WORDS = [
    "Russian forces lost ground near the border as Ukrainian drones struck a depot on {day}.",
    "South Korea's parliament debated the budget while the opposition leader visited troops near the DMZ.",
    "Japan launched a weather satellite from Tanegashima, the space agency said.",
    "The ministry said {n}00 soldiers took part in joint drills with American forces.",
    "Officials in Seoul said the election campaign would focus on housing and jobs.",
]
GENERAL = [
    "The central bank kept its policy rate at {m}.{n} percent, citing slower growth in exports.",
    "Firefighters contained a wildfire that burned {n}00 hectares of forest in the south of the country.",
    "The chipmaker reported a quarterly profit of {m} trillion won, beating analysts' forecasts.",
    "Thousands of visitors came to the festival, which runs until {day} with concerts and food stalls.",
    "The airline said it would add flights to {n} cities next spring as travel demand recovers.",
    "Researchers published a study on sleep and memory in a leading journal on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(pool, rng):
    return rng.choice(pool).format(n=rng.randint(1, 9), m=rng.randint(1, 9), day=rng.choice(DAYS))


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20251205)
    for i in range(count):
        kind = i % 3
        lead = sentence(ON_TOPIC if kind == 0 else SHARED_WORDS if kind == 1 else GENERAL, rng)
        body = [lead]
        for _ in range(rng.randint(14, 24)):
            pool = rng.choice([ON_TOPIC, GENERAL, GENERAL, SHARED_WORDS]) if kind == 0 else rng.choice([GENERAL, SHARED_WORDS])
            body.append(sentence(pool, rng))
        day = 1 + i % 28
        with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"url: https://news.example/{i}\noutlet: Example News\npublished: 2025-02-{day:02d}\n")
            f.write(f"title: {lead[:90]}\n---\n")
            f.write(lead + "\n\n" + " ".join(body[1:]) + "\n")


if __name__ == "__main__":
    main()
