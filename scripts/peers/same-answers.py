#!/usr/bin/env python3
"""Asks each server for each request of scripts/bench --peers once and writes what it answered: status,
the time it took, numberMatched, numberReturned and the claim ids of the page (a peer names a claim by its id (claim_id before schema 4) property,
ControlMap by the feature id), so the report can say which peer returned the same features.

Usage: same-answers.py REQUESTS.txt OUT.json NAME=ITEMS_URL...
REQUESTS.txt has one request a line: name|query string (without the leading ?).
"""
import json
import sys
import time
import urllib.error
import urllib.request


def ask(url):
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=300) as r:
            body = json.load(r)
            status = r.status
    except urllib.error.HTTPError as e:
        return {"url": url, "status": e.code, "error": e.read(300).decode("utf-8", "replace"),
                "seconds": time.monotonic() - t0}
    seconds = time.monotonic() - t0
    feats = body.get("features", [])
    ids = [(f.get("properties") or {}).get("id") or (f.get("properties") or {}).get("claim_id") or f.get("id")
           for f in feats]
    return {"url": url, "status": status, "seconds": seconds, "numberMatched": body.get("numberMatched"),
            "numberReturned": body.get("numberReturned", len(feats)), "ids": ids}


def main():
    requests_file, out = sys.argv[1], sys.argv[2]
    servers = dict(a.split("=", 1) for a in sys.argv[3:])
    answers = {}
    for line in open(requests_file, encoding="utf-8"):
        if not line.strip():
            continue
        name, query = line.strip().split("|", 1)
        answers[name] = {"query": query, "servers": {}}
        for server, items in servers.items():
            sep = "&" if "?" in items else "?"
            answers[name]["servers"][server] = ask(f"{items}{sep}{query}")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(answers, f, indent=1)


if __name__ == "__main__":
    main()
