// The names on the map: every place labelled with its name where it fits: on a place drawn as a shape, beside a
// place drawn as a dot (right of it, else left, below or above; never on top of it); a disputed place's label names
// it and the sources in conflict ("Palmyra — SOHR vs Russian MoD"), beside it with a leader line when it has no room
// on the shape. A label that would cover a label placed before or any dot is left out (the hatch still marks a
// disputed place). Disputed places are placed first, then small places, then larger ones.

const L = window.L;
/** Room (pixels) kept between labels, and between a place and the label beside it. */
const GAP = 3;
const BESIDE = 10;
/** A shape smaller than this on screen (pixels) that cannot hold its name is named beside it. */
const SMALL_PX = 80;

export class PlaceLabels {
  /**
   * @param view the MapView (map, placeLayers, pointLayers, words, large)
   * @param layer the L.layerGroup the labels go in
   */
  constructor(view, layer) {
    this.view = view;
    this.layer = layer;
    this.labels = new Map();
    this.disputed = new Map();
  }

  /** The label of a place, made the first time it is needed. */
  label(id) {
    let label = this.labels.get(id);
    if (!label) {
      const name = this.view.placeName(id);
      label = L.tooltip({permanent: true, direction: 'center', interactive: false, className: 'place-label off'})
        .setLatLng(this.view.placeLayers.get(id).getBounds().getCenter()).setContent(name);
      label.place = id;
      label.text = name;
      this.labels.set(id, label);
      this.layer.addLayer(label);
    }
    return label;
  }

  /** Drops the label of a place no longer on the map. */
  forget(id) {
    const label = this.labels.get(id);
    if (label) this.layer.removeLayer(label);
    this.labels.delete(id);
    this.disputed.delete(id);
  }

  /**
   * The disputes to label: Map place → the names of the sources in conflict (an empty array: "disputed").
   */
  setDisputes(disputed) {
    this.disputed = disputed;
  }

  /** Places the labels for the view now on screen. Reads the size of a label only when its text changed. */
  place() {
    const v = this.view;
    const map = v.map;
    const wanted = [];
    const names = !v.large || map.getZoom() >= v.labelZoom;
    if (v.large && map.getZoom() < v.labelZoom) {
      for (const label of this.labels.values()) label.getElement()?.classList.add('off');
      return;
    }
    const bounds = map.getBounds().pad(0.1);
    for (const [id, layer] of v.placeLayers) {
      const disputed = this.disputed.has(id);
      if (!disputed && (!names || v.large)) {
        if (this.labels.has(id)) this.labels.get(id).getElement()?.classList.add('off');
        continue;
      }
      const b = layer.getBounds();
      if (!bounds.intersects(b)) {
        this.labels.get(id)?.getElement()?.classList.add('off');
        continue;
      }
      const sw = map.latLngToContainerPoint(b.getSouthWest());
      const ne = map.latLngToContainerPoint(b.getNorthEast());
      wanted.push({id, disputed, box: {left: sw.x, right: ne.x, top: ne.y, bottom: sw.y}});
    }
    // disputed places first, then small ones (a dot says nothing without its name), then larger ones
    const small = w => (v.showsDot(w.id) ? 1 : 0);
    wanted.sort((a, b) => (b.disputed - a.disputed) || small(b) - small(a) || area(b.box) - area(a.box)
      || (a.id < b.id ? -1 : 1));
    const kept = [];
    const size = map.getSize();
    // the dots of small places are obstacles too: a label never covers one
    for (const {id, box} of wanted) if (v.showsDot(id)) kept.push(pad(centreBox(box, 5), 1));
    for (const {id, disputed, box} of wanted) {
      const label = this.label(id);
      const node = label.getElement();
      if (!node) continue;
      const text = disputed ? v.words.disputeLabel(v.placeName(id), this.disputed.get(id)) : v.placeName(id);
      if (label.text !== text) {
        label.setContent(text);
        label.text = text;
        label.size = null;
      }
      node.classList.toggle('disputed', disputed);
      node.dataset.place = id;
      node.classList.remove('off');
      label.size ??= [node.offsetWidth, node.offsetHeight];
      const [w, h] = label.size;
      const dot = v.showsDot(id);
      // a place drawn as a shape is named on it (at its centroid, which lies inside most of our shapes: a bounding
      // box's middle can fall outside a diagonal strip); a dot is named beside it
      const c = dot ? null : map.latLngToContainerPoint(v.labelPoint(id));
      const cx = dot ? (box.left + box.right) / 2 : c.x;
      const cy = dot ? (box.top + box.bottom) / 2 : c.y;
      const rtl = v.words.dir === 'rtl';
      const ex = dot ? 5 + BESIDE : (box.right - box.left) / 2 + BESIDE;
      const ey = dot ? 5 + 2 : (box.bottom - box.top) / 2 + 2;
      const bx = (box.left + box.right) / 2;
      const by = (box.top + box.bottom) / 2;
      const around = [['right', bx + ex + w / 2, by], ['left', bx - ex - w / 2, by], ['below', bx, by + ey + h / 2],
        ['above', bx, by - ey - h / 2]];
      if (rtl) [around[0], around[1]] = [around[1], around[0]];
      // a disputed shape with no room on it takes its label beside it, with a leader line
      // a shape too small to hold its name is named beside it, like a dot, never over it
      const fits = w + 4 <= box.right - box.left && h + 2 <= box.bottom - box.top;
      const small = Math.max(box.right - box.left, box.bottom - box.top) < SMALL_PX;
      const sides = dot || (small && !fits) ? around : disputed ? [['inside', cx, cy], ...around] : [['inside', cx, cy]];
      let at = null;
      for (const [side, x, y] of sides) {
        const r = {left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2};
        if (r.left >= 2 && r.top >= 2 && r.right <= size.x - 2 && r.bottom <= size.y - 2 && !kept.some(k => overlap(r, k))) {
          at = {side, x, y, r};
          break;
        }
      }
      node.classList.toggle('crowded', !at);
      if (!at) continue;
      for (const side of ['inside', 'right', 'left', 'below', 'above']) node.classList.toggle(side, at.side === side);
      kept.push(pad(at.r, GAP));
      label.setLatLng(map.containerPointToLatLng([at.x, at.y]));
    }
  }
}

function area(b) {
  return (b.right - b.left) * (b.bottom - b.top);
}

function centreBox(b, r) {
  const x = (b.left + b.right) / 2;
  const y = (b.top + b.bottom) / 2;
  return {left: x - r, right: x + r, top: y - r, bottom: y + r};
}

function pad(r, g) {
  return {left: r.left - g, right: r.right + g, top: r.top - g, bottom: r.bottom + g};
}

function overlap(a, b) {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}
