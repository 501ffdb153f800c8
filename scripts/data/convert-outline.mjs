// Converts Natural Earth country shapes (npm package world-atlas, TopoJSON) into the two GeoJSON files that
// data/geojson keeps: Syria's outline (the clip for every place) and an offline basemap of Syria and its region.
// Run once, by hand, when the outline should change; the build never runs it.
//
//   mkdir -p /tmp/atlas && cd /tmp/atlas && npm install world-atlas@2.0.2 topojson-client@3
//   node scripts/data/convert-outline.mjs /tmp/atlas data/geojson
//
// argv[2]: the folder whose node_modules holds world-atlas and topojson-client; argv[3]: the output folder.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { geometry, write as writeTo } from './geojson-write.mjs';

const [modulesDir, outDir] = process.argv.slice(2);
if (!modulesDir || !outDir) {
  console.error('usage: node convert-outline.mjs MODULES_DIR OUT_DIR');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const topojson = require('topojson-client');
const atlas = require('world-atlas/countries-10m.json');
const atlasVersion = require('world-atlas/package.json').version;

const SYRIA = '760';
// Syria, its neighbours, and the other land inside a map of Syria at the zoom the front end opens with.
// Natural Earth gives no numeric id to the Cyprus entities listed by name; they are kept so that the island is whole.
const BASEMAP_IDS = ['760', '792', '368', '400', '422', '376', '275', '196', '682', '818', '364'];
const BASEMAP_NAMES = ['N. Cyprus', 'Cyprus U.N. Buffer Zone', 'Dhekelia', 'Akrotiri'];

const countries = topojson.feature(atlas, atlas.objects.countries).features;

function feature(c, decimals) {
  return {
    type: 'Feature',
    id: c.id ?? c.properties.name,
    properties: { name: c.properties.name, iso_numeric: c.id ?? null },
    geometry: geometry(c.geometry, decimals),
  };
}

function write(file, fc) {
  writeTo(outDir, file, fc);
}

const source = `Natural Earth 1:10m admin-0 countries (v4.1.0) via npm world-atlas@${atlasVersion} countries-10m.json`;

const syria = countries.filter((c) => c.id === SYRIA);
if (syria.length !== 1) throw new Error('Syria (760) not found exactly once');
// 5 decimals, the precision of places.geojson: the places' border vertices then lie exactly on the outline.
write('syria-outline.geojson', { source, features: syria.map((c) => feature(c, 5)) });

const basemap = countries
  .filter((c) => BASEMAP_IDS.includes(c.id) || (c.id === undefined && BASEMAP_NAMES.includes(c.properties.name)))
  .map((c) => feature(c, 5))
  .sort((a, b) => String(a.id).localeCompare(String(b.id)));
write('basemap-countries.geojson', { source, features: basemap });
