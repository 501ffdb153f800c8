#!/usr/bin/python3
"""Tries the QGIS recipes of docs/gis.md with QGIS's own providers, headless, against a running ControlMap, and
prints each recipe's feature count beside the true count worked out here from the server's full answers.

Usage (Debian 12: apt-get install python3-qgis):
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis-recipes.py http://localhost:7070 [STORE.gpkg] [OUT_DIR]

1. OGC API - Features (provider OAPIF): the claims and control layers with a subset string per date field, in the
   plain form (which QGIS 3.22 turns into datetime= and does not re-check) and in the forms that give the true count.
2. The GeoPackage export (and the store file when given): layers, counts and the type of every date field.
3. The vector tiles (QgsVectorTileLayer on /tiles/{z}/{x}/{y}.mvt): rendered to a PNG, coloured by the `color`
   field; the colours found in the picture against the actors' colours of /api/control for that day.
"""
import json
import os
import sys
import tempfile
import urllib.parse
import urllib.request

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFillSymbol, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsProperty, QgsRectangle, QgsSymbolLayer, QgsVectorLayer,
                       QgsVectorTileBasicRenderer, QgsVectorTileBasicRendererStyle, QgsVectorTileLayer,
                       QgsWkbTypes, QgsCoordinateTransform, QgsProject)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:7070"
STORE = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
OUT = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="qgis-recipes-")
DAY = "2017-12-08"


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=120) as r:
        return json.load(r)


def day(v):
    return v[:10] if isinstance(v, str) else None


def compare(props, field, op, value):
    d = day(props.get(field))
    if d is None:
        return False
    return {">=": d >= value, ">": d > value, "<": d < value, "<=": d <= value, "=": d == value}[op]


def count(layer, subset):
    layer.setSubsetString(subset)
    return sum(1 for _ in layer.getFeatures())


def row(what, got, true):
    mark = "=" if got == true else "≠"
    print(f"  {what:<78} {got:>4} {mark} {true:<4}")


def oapif():
    claims = get("/ogc/collections/claims/items?limit=10000")["features"]
    print(f"1. OGC API - Features, QGIS's OAPIF provider ({len(claims)} claims). Recipe, QGIS's count, true count:")
    layer = QgsVectorLayer(f"url='{BASE}/ogc' typename='claims' restrictToRequestBBOX='0'", "claims", "OAPIF")
    if not layer.isValid():
        sys.exit("the OAPIF claims layer did not open")
    row("(no filter)", count(layer, ""), len(claims))
    tests = [("valid_from", ">=", "2017-12-01"), ("valid_to", "<", "2017-12-08"), ("reported_on", ">=", "2017-12-08"),
             ("published_on", ">=", "2018-01-01")]
    for field, op, value in tests:
        true = sum(1 for f in claims if compare(f["properties"], field, op, value))
        row(f"\"{field}\" {op} '{value}'", count(layer, f"\"{field}\" {op} '{value}'"), true)
        row(f"\"{field}\" {op} to_date('{value}')", count(layer, f"\"{field}\" {op} to_date('{value}')"), true)
        row(f"\"{field}\" IS NOT NULL AND \"{field}\" {op} '{value}'",
            count(layer, f"\"{field}\" IS NOT NULL AND \"{field}\" {op} '{value}'"), true)
        row(f"to_string(\"{field}\") {op} '{value}'", count(layer, f"to_string(\"{field}\") {op} '{value}'"), true)
    for subset in ("\"valid_from\" >= '2017-12-01' AND \"source\" = 'sohr'",
                   "to_string(\"valid_from\") >= '2017-12-01' AND \"source\" = 'sohr'"):
        true = sum(1 for f in claims if compare(f["properties"], "valid_from", ">=", "2017-12-01")
                   and f["properties"]["source"] == "sohr")
        row(subset, count(layer, subset), true)
    control = QgsVectorLayer(f"url='{BASE}/ogc' typename='control' restrictToRequestBBOX='0'", "control", "OAPIF")
    on_day = get(f"/api/control?date={DAY}")["features"]
    row(f"control: \"day\" = '{DAY}'", count(control, f"\"day\" = '{DAY}'"), len(on_day))
    row(f"control: \"day\" = to_date('{DAY}')", count(control, f"\"day\" = to_date('{DAY}')"), len(on_day))
    sohr = [f for f in on_day if f["properties"]["source"] == "sohr"]
    row(f"control: \"day\" = '{DAY}' AND \"source\" = 'sohr'",
        count(control, f"\"day\" = '{DAY}' AND \"source\" = 'sohr'"), len(sohr))
    claim_props = {f["id"]: f["properties"] for f in claims}
    for field, value in (("valid_from", "2017-12-01"), ("reported_on", "2017-12-01")):
        true = sum(1 for f in on_day if compare(claim_props[f["properties"]["claim"]], field, ">=", value))
        for subset in (f"\"day\" = '{DAY}' AND \"{field}\" >= '{value}'",
                       f"\"day\" = '{DAY}' AND to_string(\"{field}\") >= '{value}'"):
            row(f"control: {subset}", count(control, subset), true)
    interval = get("/ogc/collections/control/items?limit=10000&datetime=2017-12-08/..")["numberMatched"]
    row("control: \"day\" >= '2017-12-08'", count(control, "\"day\" >= '2017-12-08'"), interval)


def geopackage(path, label, true):
    layer = QgsVectorLayer(f"{path}|layername=claims", "claims", "ogr")
    types = {f.name(): f.typeName() for f in layer.fields()}
    dates = {n: types[n] for n in ("valid_from", "valid_to", "reported_on", "published_on", "recorded_at",
                                   "own_geometry", "retracted") if n in types}
    print(f"  {label}: valid {layer.isValid()}, {layer.featureCount()} claims (true {true}), id field "
          f"{'id' if 'id' in types else 'claim_id' if 'claim_id' in types else '?'}; types {dates}")


def exports():
    print("2. GeoPackage (QGIS's OGR provider):")
    path = os.path.join(OUT, "export.gpkg")
    urllib.request.urlretrieve(BASE + "/api/export.gpkg", path)
    true = len(get("/api/claims")["features"]) if isinstance(get("/api/claims"), dict) else len(get("/api/claims"))
    geopackage(path, "/api/export.gpkg", true)
    if STORE:
        geopackage(STORE, "the store file", true)


def tiles(source):
    query = f"date={DAY}" + (f"&source={source}" if source else "")
    url = f"{BASE}/tiles/{{z}}/{{x}}/{{y}}.mvt?{query}"
    uri = "type=xyz&url=" + urllib.parse.quote(url, safe=":/{}") + "&zmin=0&zmax=16"
    layer = QgsVectorTileLayer(uri, "control")
    if not layer.isValid():
        sys.exit("the vector tile layer did not open")
    symbol = QgsFillSymbol.createSimple({"outline_color": "0,0,0,0"})
    symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromField("color"))
    style = QgsVectorTileBasicRendererStyle("fill", "control", QgsWkbTypes.PolygonGeometry)
    style.setSymbol(symbol)
    renderer = QgsVectorTileBasicRenderer()
    renderer.setStyles([style])
    layer.setRenderer(renderer)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    extent = QgsCoordinateTransform(wgs, settings.destinationCrs(), QgsProject.instance()).transformBoundingBox(
        QgsRectangle(35.5, 32.2, 42.5, 37.4))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1024, 768))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    png = os.path.join(OUT, f"tiles-{source or 'all'}.png")
    image.save(png)
    seen = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y)).name()
            seen[c] = seen.get(c, 0) + 1
    want = {f["properties"]["color"].lower() for f in get(f"/api/control?{query}")["features"]}
    found = {c for c in want if seen.get(c, 0) > 0}
    painted = sum(n for c, n in seen.items() if c != "#ffffff")
    print(f"  {query}: {png}: {painted} of {sum(seen.values())} sampled pixels painted; actor colours of /api/control "
          f"drawn: {len(found)} of {len(want)} ({', '.join(f'{c} {seen[c]} px' for c in sorted(found))}); missing: "
          f"{sorted(want - found) or 'none'}")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    print(f"QGIS {__import__('qgis.core').core.Qgis.QGIS_VERSION} against {BASE}; files in {OUT}")
    oapif()
    exports()
    print(f"3. Vector tiles (QgsVectorTileLayer), {DAY}, filled by the color field (all sources: the features of "
          "several sources for one place overlap, the last drawn shows):")
    tiles(None)
    tiles("sohr")
    tiles("russia-mod")
    app.exitQgis()


if __name__ == "__main__":
    main()
