// A Leaflet canvas renderer that repaints, for each restyled shape, only the small box around it (clipped, with the
// shapes that reach into it drawn again in their order), instead of Leaflet's single box around all changed shapes,
// which for changes scattered over the map is the whole canvas. A day step restyles tens to hundreds of places out
// of thousands, so it costs those places and their neighbours. Many changes at once, a pan or a zoom: a full repaint.

const L = window.L;
/** Beyond this many boxes in one frame a full repaint is cheaper. */
const MAX_BOXES = 600;
/** Side of the grid cells (CSS pixels) that find the shapes reaching into a box. */
const CELL = 64;

export const RegionCanvas = L.Canvas.extend({
  _extendRedrawBounds(layer) {
    L.Canvas.prototype._extendRedrawBounds.call(this, layer);
    if (!layer._pxBounds || this._boxes === 'all') return;
    const pad = (layer.options.weight || 0) + 1;
    (this._boxes ??= []).push(L.bounds(layer._pxBounds.min.subtract([pad, pad]).floor(),
      layer._pxBounds.max.add([pad, pad]).ceil()));
    if (this._boxes.length > MAX_BOXES) this._boxes = 'all';
  },

  _updatePaths() {
    this._grid = null; // shapes moved: find them again
    this._boxes = 'all';
    L.Canvas.prototype._updatePaths.call(this);
  },

  _addPath(layer) {
    this._grid?.add(layer, this._grid.next++); // drawn last, on top: the end of the drawing order
    L.Canvas.prototype._addPath.call(this, layer);
  },

  _redraw() {
    const boxes = this._boxes;
    this._boxes = null;
    if (!this._redrawBounds || !Array.isArray(boxes)) {
      L.Canvas.prototype._redraw.call(this);
      return;
    }
    this._redrawRequest = null;
    const grid = this._gridOfShapes();
    for (const box of boxes) {
      const size = box.getSize();
      const ctx = this._ctx;
      ctx.clearRect(box.min.x, box.min.y, size.x, size.y);
      ctx.save();
      ctx.beginPath();
      ctx.rect(box.min.x, box.min.y, size.x, size.y);
      ctx.clip();
      this._drawing = true;
      for (const layer of grid.reaching(box)) layer._updatePath();
      this._drawing = false;
      ctx.restore();
    }
    this._redrawBounds = null;
  },

  /** The shapes by grid cell of their pixel bounds, with their drawing order; made again after a move or zoom. */
  _gridOfShapes() {
    if (this._grid) return this._grid;
    const cells = new Map();
    const cellsOf = (b, each) => {
      for (let x = Math.floor(b.min.x / CELL); x <= Math.floor(b.max.x / CELL); x++) {
        for (let y = Math.floor(b.min.y / CELL); y <= Math.floor(b.max.y / CELL); y++) each(x * 100003 + y);
      }
    };
    const grid = {
      next: 0,
      add(layer, order) {
        layer._drawOrder = order;
        if (!layer._pxBounds) return;
        cellsOf(layer._pxBounds, key => {
          let list = cells.get(key);
          if (!list) cells.set(key, list = []);
          list.push(layer);
        });
      },
      /** The shapes on the canvas whose bounds meet `box`, in drawing order (removed ones are skipped). */
      reaching(box) {
        const found = new Set();
        cellsOf(box, key => {
          for (const layer of cells.get(key) ?? []) {
            if (layer._order && layer._pxBounds.intersects(box)) found.add(layer);
          }
        });
        return [...found].sort((a, b) => a._drawOrder - b._drawOrder);
      },
    };
    for (let o = this._drawFirst; o; o = o.next) grid.add(o.layer, grid.next++);
    this._grid = grid;
    return grid;
  },
});
