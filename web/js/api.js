// The read API, as the map uses it. Everything the map needs to scrub the timeline is loaded once, at start;
// after that only a click on a place asks the server (for the quotes and the place's timeline).

async function getJson(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json, application/geo+json'}});
  if (!r.ok) {
    let detail = `${r.status} ${r.statusText}`;
    try {
      detail = (await r.json()).detail ?? detail;
    } catch {
      // not a problem document; the status says enough
    }
    throw new Error(`${path}: ${detail}`);
  }
  return r.json();
}

/**
 * The zoom level to ask place shapes for (/api/places?zoom=) when the map shows zoom z: shapes simplified to half a
 * pixel of a few levels, coarse for the whole country and finer as the map zooms in (13: whole).
 */
export function shapeZoom(z) {
  return z < 8.5 ? 8 : z < 10.5 ? 10 : z < 12.5 ? 12 : 13;
}

/** The places with their shapes simplified for shape zoom level `zoom` (see shapeZoom). */
export function placesAt(zoom) {
  return getJson('/api/places?zoom=' + zoom);
}

/**
 * The country outlines for shape zoom level `zoom`: simplified two levels coarser than the places (to two pixels at
 * that level), since they are only the backdrop; at the country view that is a quarter of the 1:10m file's vertices.
 */
export function basemapAt(zoom) {
  return getJson('/api/basemap?zoom=' + (zoom - 2));
}

/**
 * Above this many places the archive is not held whole: the maps ask for the tiles in view (maptiles.js). Below it,
 * holding every place and claim timing costs less than asking per tile (docs/performance.md).
 */
export const TILED_PLACES = 5000;

/** The number of places the page was served with (meta controlmap-places), or null. */
function servedPlaces() {
  const n = Number(document.querySelector('meta[name="controlmap-places"]')?.content);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Actors, sources, the extent and the basemap (simplified for shape zoom `zoom`), in parallel, and unless the
 * archive is large (tiled: true, tiles: the maptiles.js module), the place geometries (same zoom) and every claim's
 * timing.
 */
export async function loadAll(zoom = 8) {
  const tiled = (servedPlaces() ?? 0) > TILED_PLACES;
  const empty = {places: {type: 'FeatureCollection', features: []}, changes: {claims: []}};
  const [actors, sources, extent, basemap, places, changes, tiles] = await Promise.all([
    getJson('/api/actors'), getJson('/api/sources'), getJson('/api/extent'), basemapAt(zoom),
    tiled ? empty.places : placesAt(zoom), tiled ? empty.changes : getJson('/api/changes'),
    tiled ? import('./maptiles.js') : null]);
  return {actors, sources, places, changes, extent, basemap, tiled, tiles};
}

const claimsByPlace = new Map();

/** Every claim about a place, with quote, article and URL: Map of claim id → claim properties. */
export async function claimsAbout(place) {
  if (!claimsByPlace.has(place)) {
    const fc = getJson('/api/claims?place=' + encodeURIComponent(place)).then(fc => {
      const byId = new Map();
      for (const f of fc.features) byId.set(f.id, f.properties);
      return byId;
    });
    claimsByPlace.set(place, fc);
    fc.catch(() => claimsByPlace.delete(place));
  }
  return claimsByPlace.get(place);
}

/** How a place changed hands, source by source, oldest first (GET /api/timeline). */
export function timelineOf(place) {
  return getJson('/api/timeline?place=' + encodeURIComponent(place));
}

/** The claims with their own polygon (drawn instead of the place's), by claim id; only asked for when some exist. */
export async function ownGeometries(changes) {
  const out = new Map();
  if (!changes.claims.some(c => c.own_geometry)) return out;
  const fc = await getJson('/api/claims');
  for (const f of fc.features) if (f.properties.own_geometry && f.geometry) out.set(f.id, f.geometry);
  return out;
}
