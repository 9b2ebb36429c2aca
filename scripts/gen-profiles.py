#!/usr/bin/env python3
"""Generates N synthetic clinic profiles from the example profiles in content/, deterministically.

Usage: scripts/gen-profiles.py N OUT_DIR

Each profile is one of the five examples with a different id, controller name, address,
processors and retention periods, so that no two pages are identical. The same N always gives
the same files (no randomness, no clock).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "content")
TEMPLATES = ["optimal-care", "pure-aesthetics", "dermamedispa", "kei", "mst"]
STREETS = ["Lindelaan", "Kerkstraat", "Dorpsweg", "Stationsplein", "Molenweg", "Havenkade"]
CITIES = ["Utrecht", "Zwolle", "Gent", "Tromsø", "Brugge", "Leiden", "Bergen", "Delft"]
SERVICES = ["billing", "medical_records", "booking", "it_services", "hosting", "email"]


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    sources = {t: open(os.path.join(CONTENT, f"{t}.yaml"), encoding="utf-8").read() for t in TEMPLATES}
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        src = sources[t]
        cid = f"clinic-{i:05d}"
        name = f"Kliniek {STREETS[i % len(STREETS)]} {i}"
        # The controller's name is the first `name:` under `controller:`.
        src = re.sub(r"(?m)^(controller:\n(?:  .*\n)*?  name: ).*$", lambda m: m.group(1) + name, src, count=1)
        src = re.sub(r"(?m)^id: .*\n", "", src)
        src = f"id: {cid}\n" + src
        src = src.replace("Dewittelaan 1", f"{STREETS[i % len(STREETS)]} {i % 200 + 1}")
        for city in ("Rotterdam", "Enschede", "Oostduinkerke"):
            src = src.replace(city, CITIES[i % len(CITIES)])
        # Vary the processors: append one per clinic.
        proc = (
            f"  - name: Leverancier {i}\n"
            f"    service: {SERVICES[i % len(SERVICES)]}\n"
            f"    policy: https://leverancier{i}.example.org/privacy\n"
            f"    country: NL\n"
        )
        if re.search(r"(?m)^processors:\n", src):
            src = re.sub(r"(?m)^processors:\n", "processors:\n" + proc, src, count=1)
        else:
            src += "\nprocessors:\n" + proc
        with open(os.path.join(out, f"{cid}.yaml"), "w", encoding="utf-8") as f:
            f.write(src)


if __name__ == "__main__":
    main()
