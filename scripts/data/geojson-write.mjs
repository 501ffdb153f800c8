// GeoJSON helpers shared by the one-off converters in this folder: rounding, RFC 7946 ring winding and the
// one-feature-per-line file layout that data/geojson keeps.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function round(v, decimals) {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

// Shoelace area in degrees²: positive when counter-clockwise.
export function signedArea(ring) {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2;
}

// RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. Drops consecutive duplicate points that rounding made.
function ring(coords, exterior, decimals) {
  const out = [];
  for (const [x, y] of coords) {
    const p = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const ccw = signedArea(out) > 0;
  return ccw === exterior ? out : out.reverse();
}

function polygon(rings, decimals) {
  return rings.map((r, i) => ring(r, i === 0, decimals));
}

export function geometry(g, decimals) {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(g.coordinates, decimals) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => polygon(p, decimals)) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(([x, y]) => [round(x, decimals), round(y, decimals)]) };
  throw new Error('unexpected geometry ' + g.type);
}

// One feature per line: small diffs, still readable. `source` says where the data came from.
export function write(outDir, file, fc) {
  const lines = fc.features.map((f) => JSON.stringify(f));
  const head = { type: 'FeatureCollection', source: fc.source };
  if (fc.licence) head.licence = fc.licence;
  const text = JSON.stringify(head).slice(0, -1) + ',"features":[\n' + lines.join(',\n') + '\n]}\n';
  writeFileSync(join(outDir, file), text);
  console.log(file, fc.features.length, 'features,', text.length, 'bytes');
}
