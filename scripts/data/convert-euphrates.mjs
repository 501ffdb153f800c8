// Draws the Euphrates below the Tabqa dam (Lake Assad) to the Iraqi border as one line, from the river's water
// areas in OpenStreetMap as packed in the npm package @geo-maps/earth-rivers-10m (data © OpenStreetMap
// contributors, ODbL 1.0). Writes data/geojson/rivers-source/euphrates.geojson, which PlaceDigitiser splits Deir
// ez-Zor governorate with. Run once, by hand; the build never runs it.
//
//   mkdir -p /tmp/riv && cd /tmp/riv && npm install @geo-maps/earth-rivers-10m@0.6.0
//   node scripts/data/convert-euphrates.mjs /tmp/riv data/geojson/rivers-source
//
// The package keeps the river as some 150 small water polygons along this stretch, with gaps of a few km between
// them. The line joins their centroids in order downstream: each centroid lies in the river, and between two of them
// the line is straight, so it is off the channel by at most a few hundred metres where the river bends between
// two water polygons. Order downstream = position along a coarse guide line through the valley (GUIDE below);
// polygons farther than MAX_OFF_GUIDE from the guide (canals, tributaries, ponds) are left out.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { geometry, signedArea, write } from './geojson-write.mjs';

const [modulesDir, outDir] = process.argv.slice(2);
if (!modulesDir || !outDir) {
  console.error('usage: node convert-euphrates.mjs MODULES_DIR OUT_DIR');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const pkg = '@geo-maps/earth-rivers-10m';
const version = require(pkg + '/package.json').version;
const rivers = require(pkg + '/map.geo.json');

// The valley from below the Tabqa dam to beyond the Iraqi border, [lon, lat]: only to order and select the polygons.
const GUIDE = [[38.58, 35.86], [39.0, 35.93], [39.35, 35.84], [39.8, 35.74], [39.85, 35.6], [40.1, 35.4],
  [40.4, 35.21], [40.45, 35.05], [40.6, 34.9], [40.8, 34.71], [40.92, 34.6], [40.95, 34.45], [41.2, 34.4]];
const MAX_OFF_GUIDE = 0.06; // degrees, about 6 km
const LAKE_ASSAD_EAST = 38.58; // the dam: the lake is a polygon of its own west of it

// Centroid of a ring (area-weighted; the plain vertex mean for a degenerate ring).
function centroid(ring) {
  const a = signedArea(ring);
  if (Math.abs(a) < 1e-12) {
    const n = ring.length - 1;
    return [ring.slice(0, n).reduce((s, p) => s + p[0], 0) / n, ring.slice(0, n).reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const k = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * k;
    cy += (y0 + y1) * k;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

// Distance from p to the guide and position along it (degrees of guide length from its start).
function onGuide([px, py]) {
  let best = { d: Infinity, t: 0 };
  let walked = 0;
  for (let i = 0; i < GUIDE.length - 1; i++) {
    const [ax, ay] = GUIDE[i];
    const [bx, by] = GUIDE[i + 1];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const u = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
    const d = Math.hypot(px - (ax + u * (bx - ax)), py - (ay + u * (by - ay)));
    if (d < best.d) best = { d, t: walked + u * Math.sqrt(len2) };
    walked += Math.sqrt(len2);
  }
  return best;
}

const polygons = rivers.geometries.flatMap((g) => (g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : []));
const points = polygons
  .map((p) => centroid(p[0]))
  .filter(([x, y]) => x > LAKE_ASSAD_EAST && x < 41.25 && y > 34.3 && y < 36.0)
  .map((c) => ({ c, ...onGuide(c) }))
  .filter((p) => p.d <= MAX_OFF_GUIDE)
  .sort((a, b) => a.t - b.t);
if (points.length < 100) throw new Error('only ' + points.length + ' water polygons along the Euphrates');

write(outDir, 'euphrates.geojson', {
  source: `OpenStreetMap water areas via npm ${pkg}@${version}, joined downstream by scripts/data/convert-euphrates.mjs`,
  licence: 'ODbL 1.0, © OpenStreetMap contributors',
  features: [{
    type: 'Feature',
    id: 'euphrates',
    properties: { name: 'Euphrates', name_ar: 'الفرات', from: 'below the Tabqa dam', to: 'beyond the Iraqi border', flow: 'downstream' },
    geometry: geometry({ type: 'LineString', coordinates: points.map((p) => p.c) }, 5),
  }],
});
