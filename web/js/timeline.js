// The time controls: a day slider over the data's extent with tick marks where answers change, a date field,
// previous/next change buttons and play/pause with a speed. Keyboard: arrows move a day (the range input's own
// behaviour), PageUp/PageDown jump to the previous/next change. Announces the date through aria-valuetext.

import {addDays, dayNumber, formatDay, fromDayNumber, isDay} from './dates.js';
import {nextChange, previousChange} from './asof.js';
import {clear, el} from './dom.js';

/** Play speeds: days advanced per second, or 'changes' for one change per second. */
const SPEEDS = [['changes', 'change by change'], ['7', '1 week/s'], ['30', '1 month/s'], ['182', '6 months/s']];

export class Timeline {
  /**
   * @param els {slider, ticks, date, prev, next, play, speed, label}: the controls in index.html
   * @param opts {first, last (ISO days), onDate(day, {push}) called on every move}
   */
  constructor(els, opts) {
    this.els = els;
    this.opts = opts;
    this.first = opts.first;
    this.last = opts.last;
    this.base = dayNumber(this.first);
    this.changes = [];
    this.day = this.last;
    this.playing = null;

    const {slider, date, prev, next, play, speed} = els;
    slider.min = '0';
    slider.max = String(dayNumber(this.last) - this.base);
    slider.step = '1';
    date.min = this.first;
    date.max = this.last;
    for (const [value, text] of SPEEDS) speed.append(el('option', {value}, text));
    speed.value = '30';

    slider.addEventListener('input', () => this.move(this.dayAt(Number(slider.value)), false));
    slider.addEventListener('keydown', e => this.onKey(e));
    date.addEventListener('change', () => {
      if (isDay(date.value)) this.move(this.clamp(date.value), true);
    });
    prev.addEventListener('click', () => this.jump(-1));
    next.addEventListener('click', () => this.jump(1));
    play.addEventListener('click', () => (this.playing ? this.stop() : this.start()));
  }

  dayAt(index) {
    return fromDayNumber(this.base + index);
  }

  clamp(day) {
    return day < this.first ? this.first : day > this.last ? this.last : day;
  }

  onKey(e) {
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      this.jump(e.key === 'PageDown' ? 1 : -1);
    }
  }

  /** Jumps to the next (+1) or previous (-1) day where an answer of the chosen sources changes. */
  jump(direction) {
    const to = direction > 0 ? nextChange(this.changes, this.day) : previousChange(this.changes, this.day);
    if (to) this.move(this.clamp(to), true);
  }

  move(day, push) {
    this.show(day);
    this.opts.onDate(day, {push});
  }

  /** Shows `day` on every control without telling anyone (for state restored from the URL). */
  show(day) {
    this.day = day;
    const {slider, date} = this.els;
    slider.value = String(dayNumber(day) - this.base);
    slider.setAttribute('aria-valuetext', formatDay(day));
    if (date.value !== day) date.value = day;
    this.els.prev.disabled = !previousChange(this.changes, day);
    this.els.next.disabled = !nextChange(this.changes, day);
  }

  /** The change days of the chosen sources: tick marks and the targets of previous/next. */
  setChanges(days) {
    this.changes = days.filter(d => d >= this.first && d <= this.last);
    const span = dayNumber(this.last) - this.base || 1;
    clear(this.els.ticks);
    for (const d of this.changes) {
      const tick = el('span', {className: 'tick', title: formatDay(d)});
      tick.style.left = `${((dayNumber(d) - this.base) / span) * 100}%`;
      this.els.ticks.append(tick);
    }
    this.show(this.day);
  }

  start() {
    if (this.day >= this.last) this.move(this.first, false);
    const {play, speed} = this.els;
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '❚❚ Pause';
    let last = performance.now();
    let carry = 0;
    const tick = now => {
      if (!this.playing) return;
      const mode = speed.value;
      carry += (now - last) / 1000;
      last = now;
      if (mode === 'changes') {
        if (carry >= 1) {
          carry = 0;
          const to = nextChange(this.changes, this.day);
          if (!to) return this.stop();
          this.move(to, false);
        }
      } else {
        const days = Math.floor(carry * Number(mode));
        if (days >= 1) {
          carry -= days / Number(mode);
          const to = this.clamp(addDays(this.day, days));
          this.move(to, false);
          if (to >= this.last) return this.stop();
        }
      }
      this.playing = requestAnimationFrame(tick);
    };
    this.playing = requestAnimationFrame(tick);
  }

  stop() {
    if (this.playing) cancelAnimationFrame(this.playing);
    this.playing = null;
    this.els.play.setAttribute('aria-pressed', 'false');
    this.els.play.textContent = '▶ Play';
  }
}
