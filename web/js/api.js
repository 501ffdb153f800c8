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

/** Actors, sources, place geometries, every claim's timing, the extent and the basemap, in parallel. */
export async function loadAll() {
  const [actors, sources, places, changes, extent, basemap] = await Promise.all([
    getJson('/api/actors'), getJson('/api/sources'), getJson('/api/places'), getJson('/api/changes'),
    getJson('/api/extent'), getJson('/api/basemap')]);
  return {actors, sources, places, changes, extent, basemap};
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
