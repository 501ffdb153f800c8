"""The peers section of BENCHMARKS.md: ControlMap's OGC API - Features against QGIS Server and MapServer on the same
GeoPackage (raw results written by scripts/peers/bench-peers.sh under RESULTS_DIR/peers/<store>/)."""
import json
import os
import re

from bench_report import fmt, median, ok, read, wrk

PEERS = (("qgis", "QGIS Server 3.22"), ("mapserver", "MapServer 8.0"))
TITLE = "## 5. OGC API – Features against QGIS Server and MapServer"
STORES = (("seed", "the seed data"), ("1m", "1,000,000 generated claims"))


def verdict(cm, peer, request):
    """How a peer's answer compares with ControlMap's: the same features (ids) and numberMatched, or what differs."""
    if peer.get("status") != 200:
        return f"HTTP {peer.get('status')}: {peer.get('error', '')[:80]}"
    notes = []
    a, b = cm.get("ids", []), peer.get("ids", [])
    if a != b:
        if request == "bbox" and sorted(a) == sorted(b):
            pass  # a box is a set: the order of its features is the server's own
        elif sorted(a) == sorted(b):
            notes.append("same features in another order")
        else:
            common = len(set(a) & set(b))
            notes.append(f"other features: {len(b)} returned, {common} of ControlMap's {len(a)}")
    if cm.get("numberMatched") != peer.get("numberMatched"):
        notes.append(f"numberMatched {fmt(peer.get('numberMatched'))} (ControlMap {fmt(cm.get('numberMatched'))})")
    return "same features ✓" if not notes else "✗ " + "; ".join(notes)


def store_section(d, name, label):
    answers = json.loads(read(os.path.join(d, "answers.json"), "{}") or "{}")
    meta = json.loads(read(os.path.join(d, "meta.json"), "{}") or "{}")
    if not answers:
        return []
    rounds = meta.get("rounds", 1)
    lines = [f"### {label}", "",
             f"`wrk -t2 -c8 -d{meta.get('duration', '?')} --latency` (a request one server needs half a second "
             "or more for: `-c2` for four times its slowest single answer, 40 s at most, the same for all three), "
             f"{rounds} round(s), ControlMap"
             f"{' (`' + meta['jvm'] + '`)' if meta.get('jvm') else ''}, QGIS Server and MapServer alternating in "
             "each; medians over the rounds. **Ratio** = ControlMap's requests/s over the peer's (target ≥ 5).", "",
             "| request | query | load | ControlMap req/s (p99 ms) | QGIS Server req/s (p99 ms) | MapServer req/s "
             "(p99 ms) | **ControlMap / QGIS** | **ControlMap / MapServer** | one answer s: ControlMap / QGIS / "
             "MapServer | matched |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    checks = []
    for req, a in answers.items():
        figs = {}
        for server in ("controlmap", "qgis", "mapserver"):
            runs = [wrk(read(os.path.join(d, f"{req}-{server}-{r}.txt"))) for r in range(rounds)]
            runs = [x for x in runs if x]
            figs[server] = (median([x["rps"] for x in runs]), median([x.get("p99") for x in runs]),
                            sum(x["errors"] for x in runs), any(x["socket_errors"] for x in runs))
        cells = []
        for server in ("controlmap", "qgis", "mapserver"):
            rps, p99, errors, sock = figs[server]
            if not rps:
                cells.append("none finished")
                continue
            extra = f", {errors} non-2xx" if errors else ""
            extra += ", socket errors" if sock else ""
            cells.append(f"{fmt(rps, 1)} ({fmt(p99, 1)}{extra})")
        ratios = []
        for peer, _ in PEERS:
            r = figs["controlmap"][0] / figs[peer][0] if figs["controlmap"][0] and figs[peer][0] else None
            if r is None and figs["controlmap"][0]:
                ratios.append("– (the peer finished none)")
            else:
                ratios.append(f"**{fmt(r, 2)}** {ok(r is not None and r >= 5)}")
        cm = a["servers"]["controlmap"]
        load = json.loads(read(os.path.join(d, f"{req}-load.json"), "{}") or "{}")
        single = " / ".join(fmt(a["servers"][s].get("seconds"), 2) for s in ("controlmap", "qgis", "mapserver"))
        lines.append(f"| {req} | `{a['query']}` | -c{load.get('connections', 8)} {load.get('seconds', '?')} s | "
                     + " | ".join(cells) + " | " + " | ".join(ratios) + f" | {single} | "
                     f"{fmt(cm.get('numberMatched'))} |")
        for peer, peer_label in PEERS:
            checks.append(f"| {req} | {peer_label} | {verdict(cm, a['servers'][peer], req)} |")
    lines += ["", "Each answer checked once before the load (page ids and `numberMatched` against ControlMap's):", "",
              "| request | peer | answer |", "|---|---|---|"] + checks + [""]
    return lines


def peers_section(d):
    root = os.path.join(d, "peers")
    stores = [(n, l) for n, l in STORES if os.path.isdir(os.path.join(root, n))]
    if not stores:
        return ""
    lines = [TITLE, "",
             "The same GeoPackage file served three ways: ControlMap (`serve --store FILE`, its `claims` collection "
             "at `/ogc`), QGIS Server 3.22 (Debian's `qgis-server`, its OGC API – Features at `/wfs3`, a project "
             "written headless by `scripts/peers/qgis-project.py` with the store's `claims` layer and a time dimension "
             "on `valid_from`/`valid_to`) and MapServer 8.0 (Debian's `cgi-mapserver`, `oga_enable_request`, "
             "`scripts/peers/mapfile.map.in`). Both peers run as FastCGI (`spawn-fcgi`, two worker processes for the "
             "two cores) behind one nginx. The requests: the first page; a box around 38.5° E 35.0° N sized to hold "
             "about five places (a hundred claims at 1M; the whole box on one page); a `datetime` instant; a "
             "property filter (`source=`, which both ControlMap and QGIS Server take as a query parameter; "
             "MapServer 8.0 has none and ignores it); an offset at nine tenths of the claims. Peers name a claim by "
             "its `id` property, ControlMap by the feature id; the retracted claims ControlMap leaves out "
             "(none in these stores) would be in the peers' layer.", ""]
    for name, label in stores:
        lines += store_section(os.path.join(root, name), name, label)
    return "\n".join(lines) + "\n"


def replace_section(markdown, section):
    """markdown with its peers section replaced by section (or inserted before the Reproduce section)."""
    start = markdown.find(TITLE)
    if start >= 0:
        m = re.compile(r"^## ", re.M).search(markdown, start + len(TITLE))
        end = m.start() if m else len(markdown)
        return markdown[:start] + section + markdown[end:]
    at = markdown.find("## Reproduce")
    at = at if at >= 0 else len(markdown)
    return markdown[:at] + section + markdown[at:]
