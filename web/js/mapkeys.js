// The map as one Tab stop: arrow keys move from place to place (to the nearest place in that direction), Enter or
// Space opens the focused place's quotes, + and - zoom, Escape lets go of the place. The focused place is outlined,
// its tooltip shown and its description spoken through a live region. Leaflet's own arrow-key panning is off: the
// map pans to keep the focused place in view instead.

const L = window.L;
const FOCUS = {stroke: true, color: '#0b5cad', weight: 3, opacity: 1, fill: false, interactive: false, dashArray: null};

export class PlaceKeys {
  /** @param view the MapView */
  constructor(view) {
    this.view = view;
    this.current = null;
    const c = view.map.getContainer();
    c.tabIndex = 0;
    c.setAttribute('role', 'application');
    c.setAttribute('aria-roledescription', 'map');
    c.setAttribute('aria-label', view.words.places);
    this.live = L.DomUtil.create('p', 'visually-hidden', c);
    this.live.setAttribute('aria-live', 'polite');
    this.ring = L.layerGroup().addTo(view.map);
    c.addEventListener('keydown', e => this.onKey(e));
  }

  onKey(e) {
    if (e.target !== this.view.map.getContainer()) return;
    const dirs = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]};
    const map = this.view.map;
    if (dirs[e.key]) {
      e.preventDefault();
      this.move(...dirs[e.key]);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.current) {
      e.preventDefault();
      this.view.opts.onPlaceClick(this.current, this.view);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      map.zoomIn();
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      map.zoomOut();
    } else if (e.key === 'Escape' && this.current) {
      this.focus(null);
    }
  }

  /** Moves to the nearest place in direction (dx, dy); the first move picks the place nearest the centre. */
  move(dx, dy) {
    const map = this.view.map;
    const at = this.current ? map.latLngToContainerPoint(this.view.centreOf(this.current))
      : map.getSize().divideBy(2);
    let best = null;
    let bestScore = Infinity;
    for (const id of this.view.placeLayers.keys()) {
      if (id === this.current) continue;
      const p = map.latLngToContainerPoint(this.view.centreOf(id));
      const along = (p.x - at.x) * dx + (p.y - at.y) * dy;
      const across = Math.abs((p.x - at.x) * dy) + Math.abs((p.y - at.y) * dx);
      if (this.current && along <= 0) continue;
      const score = this.current ? along + 2 * across : Math.hypot(p.x - at.x, p.y - at.y);
      if (score < bestScore) {
        best = id;
        bestScore = score;
      }
    }
    if (best) this.focus(best);
  }

  /** Focuses a place (null: none): outline, tooltip, and its description spoken. */
  focus(id) {
    const v = this.view;
    if (this.current) v.placeLayers.get(this.current)?.closeTooltip();
    this.ring.clearLayers();
    this.current = id;
    v.map.getContainer().dataset.focusPlace = id ?? '';
    if (!id) {
      this.live.textContent = '';
      return;
    }
    const layer = v.placeLayers.get(id);
    this.ring.addLayer(L.polygon(layer.getLatLngs(), FOCUS));
    v.map.panInside(v.centreOf(id), {padding: [40, 40], animate: false});
    layer.openTooltip(v.centreOf(id));
    this.live.textContent = v.describe(id);
  }
}
