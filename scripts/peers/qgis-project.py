#!/usr/bin/python3
"""Writes the QGIS Server project that scripts/bench --peers serves: the store's `claims` layer, published over
WFS / OGC API - Features, with a time dimension on valid_from/valid_to so `datetime` filters the claims.

Usage (headless): QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/peers/qgis-project.py STORE.gpkg OUT.qgs
"""
import sys

from qgis.core import (QgsApplication, QgsMapLayerServerProperties, QgsProject, QgsVectorLayer,
                       QgsVectorLayerTemporalProperties)

store, out = sys.argv[1:3]
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(f"{store}|layername=claims", "claims", "ogr")
if not layer.isValid():
    sys.exit(f"qgis-project.py: cannot open the claims layer of {store}")
temporal = layer.temporalProperties()
temporal.setIsActive(True)
temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
temporal.setStartField("valid_from")
temporal.setEndField("valid_to")
# QGIS Server's OGC API - Features reads `datetime` through the layer's server dimensions
layer.serverProperties().addWmsDimension(QgsMapLayerServerProperties.WmsDimensionInfo(
    "time", "valid_from", "valid_to"))
project = QgsProject.instance()
project.addMapLayer(layer)
project.setTitle("ControlMap claims (QGIS Server)")
project.writeEntry("WFSLayers", "/", [layer.id()])
project.writeEntry("WFSLayersPrecision", "/" + layer.id(), 8)
project.writeEntry("WMSServiceCapabilities", "/", True)
project.writeEntry("WMSExtent", "/", ["35.5", "32.0", "42.5", "37.5"])
if not project.write(out):
    sys.exit(f"qgis-project.py: cannot write {out}")
print(f"wrote {out}: {layer.featureCount()} claims, time dimension on valid_from/valid_to")
app.exitQgis()
