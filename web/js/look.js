// How the map draws, for the map page and /embed alike: Leaflet styles for a place held whole, held in part, where an
// actor is only present, with no claim, with no majority, disputed; the stripes and hatches as SVG and canvas
// patterns; and legend swatches that look exactly like those fills. The numbers come from look.json, which the
// server's pictures read too (controlmap.render.Look); the actors' colours from GET /api/actors.

export const LOOK = await fetch('/js/look.json').then(r => r.json());

const D = LOOK.dispute;

export const STYLES = {
  held: {stroke: true, color: LOOK.placeEdge, weight: 1, opacity: 0.9, dashArray: null, fill: true,
    fillOpacity: LOOK.fillOpacity},
  silent: {stroke: true, color: LOOK.silentEdge, weight: 1, opacity: 0.8, dashArray: '4 3', fill: true,
    fillColor: '#ffffff', fillOpacity: 0},
  ownShape: {stroke: true, color: LOOK.silentEdge, weight: 1, opacity: 0.8, dashArray: '2 4', fill: true,
    fillColor: '#ffffff', fillOpacity: 0},
  hatched: {stroke: true, color: D.color, weight: D.width, opacity: 1, dashArray: '6 3', fill: true,
    fillColor: 'url(#hatch)', fillOpacity: 1},
  hidden: {stroke: false, fill: false},
  country: {color: LOOK.country.edge, weight: LOOK.country.width, fillColor: LOOK.country.fill, fillOpacity: 1},
  focus: {color: LOOK.focus.edge, weight: LOOK.focus.width, fillColor: LOOK.focus.fill, fillOpacity: 1},
  point: {radius: 5, weight: 1.5, opacity: 1},
};

/** A colour when it is #rgb or #rrggbb, else the unknown actor's grey. */
export function safeColor(color) {
  return typeof color === 'string' && /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color) ? color : LOOK.unknownActor;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The page's hidden <svg> of patterns (made when missing). */
function defs() {
  let svg = document.querySelector('svg.defs');
  if (!svg) {
    svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'defs');
    svg.setAttribute('width', '0');
    svg.setAttribute('height', '0');
    svg.setAttribute('aria-hidden', 'true');
    document.body.prepend(svg);
  }
  let d = svg.querySelector('defs');
  if (!d) svg.append(d = document.createElementNS(SVG, 'defs'));
  return d;
}

function svgNode(tag, attrs) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

/** Defines the disputes' hatch (#hatch): red stripes on white, once per page. */
function hatchDef() {
  const d = defs();
  if (d.querySelector('#hatch')) return;
  const p = svgNode('pattern', {id: 'hatch', patternUnits: 'userSpaceOnUse', width: D.period, height: D.period,
    patternTransform: 'rotate(45)'});
  p.append(svgNode('line', {x1: 2, y1: 0, x2: 2, y2: D.period, stroke: D.light, 'stroke-width': D.lightWidth,
    'stroke-opacity': D.lightOpacity}));
  p.append(svgNode('line', {x1: 2, y1: 0, x2: 2, y2: D.period, stroke: D.color, 'stroke-width': D.width}));
  d.append(p);
}

const partIds = new Map();

/** The id of the SVG pattern of "holds part of the place" in `color`: stripes of the colour, gaps left clear. */
function partDef(color) {
  let id = partIds.get(color);
  if (id) return id;
  id = 'part-' + color.slice(1).toLowerCase();
  partIds.set(color, id);
  const P = LOOK.part;
  const p = svgNode('pattern', {id, patternUnits: 'userSpaceOnUse', width: P.period, height: P.period,
    patternTransform: 'rotate(-45)'});
  p.append(svgNode('rect', {x: 0, y: 0, width: P.width, height: P.period, fill: color,
    'fill-opacity': LOOK.fillOpacity}));
  defs().append(p);
  return id;
}

/** A canvas pattern of stripes: `stripes` = [[colour, width, alpha]], drawn across a tile of `period` pixels. */
function canvasStripes(period, stripes, direction) {
  const tile = document.createElement('canvas');
  tile.width = period;
  tile.height = period;
  const g = tile.getContext('2d');
  for (const [color, width, alpha] of stripes) {
    g.strokeStyle = color;
    g.globalAlpha = alpha;
    g.lineWidth = width;
    for (const o of [-period, 0, period]) {
      g.beginPath();
      if (direction > 0) {
        g.moveTo(o, period);
        g.lineTo(o + period, 0);
      } else {
        g.moveTo(o, 0);
        g.lineTo(o + period, period);
      }
      g.stroke();
    }
  }
  return g.createPattern(tile, 'repeat');
}

/**
 * The styles of one map, for SVG or for a canvas (patterns differ, looks do not).
 * @param canvas true for a canvas renderer
 */
export class Look {
  constructor(canvas) {
    this.canvas = canvas;
    this.parts = new Map();
    if (!canvas) hatchDef();
    this.hatched = canvas ? {...STYLES.hatched, fillColor: canvasStripes(D.period,
      [[D.light, D.lightWidth, D.lightOpacity], [D.color, D.width, 1]], 1)} : STYLES.hatched;
  }

  /** The fill of "part of the place" in an actor's colour. */
  partFill(color) {
    if (!this.canvas) return `url(#${partDef(color)})`;
    let p = this.parts.get(color);
    if (!p) this.parts.set(color, p = canvasStripes(LOOK.part.period, [[color, LOOK.part.width, LOOK.fillOpacity]], -1));
    return p;
  }

  /**
   * How a place is drawn for its holder (answers.js), and the key of that look: a place is restyled only when its
   * key changes. Kinds: none (no claim), whole, part, presence, no-majority, own (the claim's own polygon drawn over).
   */
  placeStyle(h, actors) {
    const kind = drawKind(h);
    const color = safeColor(h?.actor ? actors.get(h.actor)?.color : null);
    let style;
    if (kind === 'none') style = STYLES.silent;
    else if (kind === 'own') style = STYLES.ownShape;
    else if (kind === 'no-majority') style = {...STYLES.held, fillColor: LOOK.noMajority, fillOpacity: 1};
    else if (kind === 'presence') {
      style = {stroke: true, color, weight: LOOK.presence.width, opacity: 1, dashArray: LOOK.presence.dash.join(' '),
        lineCap: 'round', fill: true, fillColor: '#ffffff', fillOpacity: 0};
    } else if (kind === 'part') style = {...STYLES.held, fillColor: this.partFill(color), fillOpacity: 1};
    else style = {...STYLES.held, fillColor: color};
    return {kind, key: `${kind}:${h?.actor ?? ''}`, style};
  }
}

/** What kind of mark a holder gets: none, own, no-majority, presence, part or whole. */
export function drawKind(h) {
  if (!h) return 'none';
  if (h.noMajority) return 'no-majority';
  if (h.presence) return 'presence';
  if (h.shape) return 'own';
  return h.part ? 'part' : 'whole';
}

/** The colour a fill of `color` at the map's opacity shows over the country's paper: what the legend paints. */
export function seenColor(color, opacity = LOOK.fillOpacity, paper = LOOK.focus.fill) {
  const rgb = c => {
    const h = c.length === 4 ? c.slice(1).split('').map(x => x + x).join('') : c.slice(1);
    return [0, 2, 4].map(i => parseInt(h.slice(i, i + 2), 16));
  };
  const [a, b] = [rgb(safeColor(color)), rgb(paper)];
  return '#' + a.map((v, i) => Math.round(v * opacity + b[i] * (1 - opacity)).toString(16).padStart(2, '0')).join('');
}
