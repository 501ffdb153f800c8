// The shapes of one canvas filed by the grid cells their pixel bounds cover, so that the few shapes reaching into a
// small box are found without going through all of them (thousands on a large map). The bounds are kept as numbers
// in typed arrays and the cells list shape numbers: a search runs over thousands of entries on every repaint, and
// reading them from Leaflet's layers (of several classes) would be many times slower.

/** Cells per row of the key space: a key is x * SPAN + y, distinct while |y| < SPAN / 2. */
const SPAN = 1 << 20;

export class ShapeGrid {
  /** @param cell side of the cells in CSS pixels */
  constructor(cell) {
    this.cell = cell;
    this.cells = new Map(); // key → numbers of the shapes whose bounds meet that cell
    this.numbers = new Map(); // shape → its number
    this.layers = []; // number → shape
    this.free = []; // numbers of removed shapes, to reuse
    this.ranges = new Int32Array(64); // number → the cells it is filed under: x0, y0, x1, y1 (x1 < x0: none)
    this.bounds = new Float64Array(64); // number → its pixel bounds when filed: min x, min y, max x, max y
    this.marks = new Uint32Array(16); // number → the mark of the last search that found it
    this.orders = new Float64Array(16); // number → its drawing order when filed (layer._drawOrder)
  }

  /** How many shapes are filed. */
  get size() {
    return this.numbers.size;
  }

  /** Files `layer` under the cells of its current pixel bounds, or files it again after they changed. */
  put(layer) {
    const b = layer._pxBounds;
    let n = this.numbers.get(layer);
    if (n === undefined) {
      n = this.free.length ? this.free.pop() : this.layers.length;
      this.numbers.set(layer, n);
      this.layers[n] = layer;
      this.grow(n);
      this.ranges[4 * n] = 1; // filed under no cell yet
      this.ranges[4 * n + 2] = 0;
    }
    const c = this.cell;
    const x0 = b ? Math.floor(b.min.x / c) : 1;
    const y0 = b ? Math.floor(b.min.y / c) : 0;
    const x1 = b ? Math.floor(b.max.x / c) : 0;
    const y1 = b ? Math.floor(b.max.y / c) : 0;
    if (b) this.bounds.set([b.min.x, b.min.y, b.max.x, b.max.y], 4 * n);
    this.orders[n] = layer._drawOrder;
    const r = this.ranges;
    if (r[4 * n] === x0 && r[4 * n + 1] === y0 && r[4 * n + 2] === x1 && r[4 * n + 3] === y1) return;
    this.unfile(n);
    r.set([x0, y0, x1, y1], 4 * n);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * SPAN + y);
        if (list) list.push(n);
        else this.cells.set(x * SPAN + y, [n]);
      }
    }
  }

  remove(layer) {
    const n = this.numbers.get(layer);
    if (n === undefined) return;
    this.unfile(n);
    this.numbers.delete(layer);
    this.layers[n] = null;
    this.free.push(n);
  }

  /**
   * Adds to `found` the number of every shape whose pixel bounds come within `reach` pixels of `box` (an L.Bounds)
   * and that no search with this `mark` has found yet: one mark for all the boxes of a repaint finds each shape once.
   */
  collect(box, reach, mark, found) {
    const {bounds, marks, cell: c} = this;
    const bx0 = box.min.x - reach;
    const by0 = box.min.y - reach;
    const bx1 = box.max.x + reach;
    const by1 = box.max.y + reach;
    for (let x = Math.floor(bx0 / c); x <= Math.floor(bx1 / c); x++) {
      for (let y = Math.floor(by0 / c); y <= Math.floor(by1 / c); y++) {
        const list = this.cells.get(x * SPAN + y);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const n = list[i];
          const k = 4 * n;
          if (marks[n] !== mark && bounds[k] <= bx1 && bounds[k + 2] >= bx0 && bounds[k + 1] <= by1
              && bounds[k + 3] >= by0) {
            marks[n] = mark;
            found.push(n);
          }
        }
      }
    }
  }

  /** The shapes of these numbers, in drawing order. */
  inOrder(numbers) {
    const orders = this.orders;
    return numbers.sort((a, b) => orders[a] - orders[b]).map(n => this.layers[n]);
  }

  unfile(n) {
    const r = this.ranges;
    for (let x = r[4 * n]; x <= r[4 * n + 2]; x++) {
      for (let y = r[4 * n + 1]; y <= r[4 * n + 3]; y++) {
        const list = this.cells.get(x * SPAN + y);
        const at = list.indexOf(n);
        if (at >= 0) list.splice(at, 1);
      }
    }
    r[4 * n] = 1;
    r[4 * n + 2] = 0;
  }

  grow(n) {
    if (n < this.marks.length) return;
    const size = Math.max(2 * this.marks.length, n + 1);
    const bigger = (old, per) => {
      const a = new old.constructor(size * per);
      a.set(old);
      return a;
    };
    this.ranges = bigger(this.ranges, 4);
    this.bounds = bigger(this.bounds, 4);
    this.marks = bigger(this.marks, 1);
    this.orders = bigger(this.orders, 1);
  }
}
