// A Leaflet canvas renderer that repaints only the small boxes around restyled shapes, instead of Leaflet's single
// box around all of them, which for changes scattered over the map is the whole canvas. The boxes are cleared and
// clipped to together, and the shapes reaching into any of them (found with a grid, not by going through all the
// shapes) are drawn again once each, in their order: inside the boxes the pixels are those of a full repaint (but for
// the antialiasing of edges, which Chromium does a little differently when clipped, as in Leaflet's own partial
// repaints), outside them nothing is touched. A day step restyles tens of places out of thousands, so it costs those
// places and their neighbours. A pan, a zoom or a step that would draw most shapes anyway: a full repaint.

import {ShapeGrid} from './shapegrid.js';

const L = window.L;
/** A repaint that asks for the whole canvas. */
const ALL = 'all';
/** Beyond this many changed shapes in one frame, or this share of the shapes to draw again, a full repaint is cheaper. */
const MAX_BOXES = 4000;
const MAX_SHARE = 0.6;
/** Side of the grid cells (CSS pixels) that find the shapes reaching into a box. */
const CELL = 16;
/** How far (pixels) beyond its bounds a shape's antialiased edge may colour: a shape this near a box is drawn again. */
const FRINGE = 1;
const NO_DASH = [];

/** The pixel box a shape covers now, with room for its stroke and antialiasing, in whole pixels. */
function boxOf(layer) {
  const pad = (layer.options.weight || 0) + 1;
  return L.bounds(layer._pxBounds.min.subtract([pad, pad]).floor(), layer._pxBounds.max.add([pad, pad]).ceil());
}

const sameDash = (a, b) => a === b || (a.length === b.length && a.every((v, i) => v === b[i]));

/** Writes `value` to the context's property `name` unless it was the last value written there in this repaint. */
function write(ctx, pen, name, value) {
  if (pen[name] === value) return;
  pen[name] = value;
  ctx[name] = value;
}

/**
 * Widens the box of `layer` in `dirty` (Map shape → the box it covered before and covers now; null when it has no
 * bounds yet) to take in the pixels it covers now.
 */
function addBox(dirty, layer) {
  const had = dirty.get(layer);
  if (!layer._pxBounds) {
    if (had === undefined) dirty.set(layer, null);
    return;
  }
  const box = boxOf(layer);
  dirty.set(layer, had ? had.extend(box.min).extend(box.max) : box);
}

export const RegionCanvas = L.Canvas.extend({
  initialize(options) {
    L.Canvas.prototype.initialize.call(this, options);
    /** Repaints so far: whole, of boxes only, and the shapes those drew (for tests and the browser benchmark). */
    this.stats = {full: 0, partial: 0, drawn: 0};
  },

  // Leaflet calls this for a shape before and after it changes (style, size, shape, added, removed); the boxes it
  // leaves are cleared at the next repaint. Shapes no longer on the map (a dot replaced by its polygon) leave none.
  _extendRedrawBounds(layer) {
    if (this._dirty === ALL || !layer._map) return;
    addBox(this._dirty ??= new Map(), layer);
    if (this._dirty.size > MAX_BOXES) {
      this._dirty = ALL;
      this._grid = null; // the changed shapes are not filed again one by one
    }
  },

  _initPath(layer) {
    L.Canvas.prototype._initPath.call(this, layer);
    layer._drawOrder = this._orders = (this._orders ?? 0) + 1; // appended: drawn last
  },

  _removePath(layer) {
    this._grid?.remove(layer);
    L.Canvas.prototype._removePath.call(this, layer);
  },

  _bringToFront(layer) {
    if (layer._order) layer._drawOrder = this._orders = (this._orders ?? 0) + 1;
    L.Canvas.prototype._bringToFront.call(this, layer);
  },

  _bringToBack(layer) {
    if (layer._order) layer._drawOrder = this._backs = (this._backs ?? 0) - 1;
    L.Canvas.prototype._bringToBack.call(this, layer);
  },

  _updatePaths() {
    this._grid = null; // the shapes moved: file them again
    this._dirty = ALL;
    L.Canvas.prototype._updatePaths.call(this);
  },

  _redraw() {
    const dirty = this._dirty;
    this._dirty = null;
    this._redrawRequest = null;
    if (!dirty) return; // nothing on this canvas changed since it was last painted
    const shapes = dirty === ALL ? null : this._reaching(dirty);
    if (!shapes) {
      this._redrawBounds = null; // Leaflet's whole repaint
      L.Canvas.prototype._redraw.call(this);
      this.stats.full += 1;
      return;
    }
    this.stats.partial += 1;
    this.stats.drawn += shapes.length;
    const ctx = this._ctx;
    ctx.save();
    this._pen = {};
    ctx.beginPath();
    for (const box of dirty.values()) {
      if (!box) continue;
      const size = box.getSize();
      ctx.clearRect(box.min.x, box.min.y, size.x, size.y);
      ctx.rect(box.min.x, box.min.y, size.x, size.y);
    }
    ctx.clip();
    this._drawing = true;
    for (const layer of shapes) layer._updatePath();
    this._drawing = false;
    ctx.restore();
  },

  _draw() {
    this._pen = {}; // a whole repaint: Leaflet's own, which saves the context first
    L.Canvas.prototype._draw.call(this);
  },

  // Leaflet's, tracing the shape from a Path2D kept while its clipped points stay the same (Leaflet makes them
  // anew after a move or zoom) instead of point by point on every repaint
  _updatePoly(layer, closed) {
    if (!this._drawing || !layer._parts.length) return;
    if (layer._traced?.parts !== layer._parts) {
      const path = new Path2D();
      for (const part of layer._parts) {
        part.forEach((p, j) => (j ? path.lineTo(p.x, p.y) : path.moveTo(p.x, p.y)));
        if (closed) path.closePath();
      }
      layer._traced = {parts: layer._parts, path};
    }
    this._fillStroke(this._ctx, layer, layer._traced.path);
  },

  _updateCircle(layer) {
    if (!this._drawing || layer._empty()) return;
    const {x, y} = layer._point;
    const r = Math.max(Math.round(layer._radius), 1);
    if ((Math.max(Math.round(layer._radiusY), 1) || r) !== r) { // an ellipse: Leaflet's way
      L.Canvas.prototype._updateCircle.call(this, layer);
      return;
    }
    const t = layer._traced;
    if (!t || t.x !== x || t.y !== y || t.r !== r) {
      const path = new Path2D();
      path.arc(x, y, r, 0, Math.PI * 2, false);
      layer._traced = {x, y, r, path};
    }
    this._fillStroke(this._ctx, layer, layer._traced.path);
  },

  // Leaflet's, writing only the properties that differ from the shape drawn before: most shapes share them, and each
  // write costs (a colour parsed again, a dash array copied). Same pixels: every repaint starts from a saved context
  // and an empty record, so its first shape writes them all. `path` is the shape's Path2D (none: the current path).
  _fillStroke(ctx, layer, path) {
    const o = layer.options;
    const pen = this._pen;
    if (o.fill) {
      write(ctx, pen, 'globalAlpha', o.fillOpacity);
      write(ctx, pen, 'fillStyle', o.fillColor || o.color);
      if (path) ctx.fill(path, o.fillRule || 'evenodd');
      else ctx.fill(o.fillRule || 'evenodd');
    }
    if (o.stroke && o.weight !== 0) {
      const dash = o._dashArray || NO_DASH;
      if (!pen.dash || !sameDash(pen.dash, dash)) {
        pen.dash = dash;
        ctx.setLineDash(dash);
      }
      write(ctx, pen, 'globalAlpha', o.opacity);
      write(ctx, pen, 'lineWidth', o.weight);
      write(ctx, pen, 'strokeStyle', o.color);
      write(ctx, pen, 'lineCap', o.lineCap);
      write(ctx, pen, 'lineJoin', o.lineJoin);
      if (path) ctx.stroke(path);
      else ctx.stroke();
    }
  },

  /**
   * The shapes on the canvas that reach into the boxes of `dirty`, in drawing order, once the changed shapes are
   * filed where they are now and their new boxes added; null when a whole repaint is cheaper.
   */
  _reaching(dirty) {
    const grid = this._shapeGrid();
    const found = [];
    const mark = this._marks = (this._marks ?? 0) + 1;
    const most = MAX_SHARE * grid.size;
    // as many changes as on a day most places change hands: not worth looking (shapes found per change, last time)
    let whole = dirty.size * (this._reachPerChange ?? 0) > 1.5 * most;
    for (const layer of dirty.keys()) {
      if (layer._order) { // still on the canvas (a removed shape leaves only its old box to clear)
        grid.put(layer);
        addBox(dirty, layer);
      }
      const box = dirty.get(layer);
      if (box && !whole) grid.collect(box, FRINGE, mark, found);
      whole ||= found.length > most; // no need to look further, but every shape is filed again
    }
    if (whole) return null;
    this._reachPerChange = found.length / dirty.size;
    return grid.inOrder(found);
  },

  _shapeGrid() {
    if (!this._grid) {
      this._grid = new ShapeGrid(CELL);
      for (let o = this._drawFirst; o; o = o.next) this._grid.put(o.layer);
    }
    return this._grid;
  },
});
