// The time controls of the map page and the embed alike: a day slider over the data's extent with year marks and
// tick marks where answers change, a date field, previous/next change buttons and play/pause with a speed (the embed
// has only the slider and play). Keyboard: arrows move a day (the range input's own behaviour), PageUp/PageDown jump
// to the previous/next change. Announces the date through aria-valuetext. A typed date applies on Enter or when the
// field is left, and the field is never rewritten while it has focus.

import {addDays, dayNumber, formatDay, fromDayNumber, isDay} from './dates.js';
import {nextChange, previousChange} from './asof.js';
import {clear, el} from './dom.js';

/** Play speeds: days advanced per second, or 'changes' for one change per second. */
const SPEEDS = [['changes', 'change by change'], ['7', '1 week/s'], ['30', '1 month/s'], ['182', '6 months/s']];

export class Timeline {
  /**
   * @param els {slider, play, and optionally ticks, years, date, prev, next, speed}: the controls
   * @param opts {first, last (ISO days), onDate(day, {push}) called on every move, formatDay (day → words),
   *              playLabels {play, pause}, speed (when there is no speed control: 'changes' or days per second)}
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
    this.format = opts.formatDay ?? formatDay;
    this.playLabels = opts.playLabels ?? {play: '▶ Play', pause: '❚❚ Pause'};

    const {slider, date, prev, next, play, speed} = els;
    slider.min = '0';
    slider.max = String(dayNumber(this.last) - this.base);
    slider.step = '1';
    if (speed) {
      for (const [value, text] of SPEEDS) speed.append(el('option', {value}, text));
      speed.value = '30';
    }
    slider.addEventListener('input', () => this.move(this.dayAt(Number(slider.value)), false));
    slider.addEventListener('keydown', e => this.onKey(e));
    if (date) {
      date.min = this.first;
      date.max = this.last;
      // typing a date changes the field segment by segment: only Enter or leaving the field applies it
      const apply = () => {
        if (isDay(date.value) && date.value.slice(0, 4) >= '1000' && date.value !== this.day) {
          this.move(this.clamp(date.value), true);
        } else if (!isDay(date.value) || date.value !== this.day) {
          date.value = this.day;
        }
      };
      date.addEventListener('keydown', e => {
        if (e.key === 'Enter') {
          e.preventDefault();
          apply();
        }
      });
      date.addEventListener('blur', apply);
    }
    prev?.addEventListener('click', () => this.jump(-1));
    next?.addEventListener('click', () => this.jump(1));
    play.addEventListener('click', () => (this.playing ? this.stop() : this.start()));
    this.years();
  }

  /** A mark and the year's number at each 1 January of the extent. */
  years() {
    const box = this.els.years;
    if (!box) return;
    const span = dayNumber(this.last) - this.base || 1;
    clear(box);
    for (let y = Number(this.first.slice(0, 4)) + (this.first.slice(5) === '01-01' ? 0 : 1); `${y}-01-01` <= this.last; y++) {
      const mark = el('span', {className: 'year'}, String(y));
      mark.style.left = `${((dayNumber(`${y}-01-01`) - this.base) / span) * 100}%`;
      box.append(mark);
    }
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
    const {slider, date, prev, next} = this.els;
    slider.value = String(dayNumber(day) - this.base);
    slider.setAttribute('aria-valuetext', this.format(day));
    if (date && date.value !== day && document.activeElement !== date) date.value = day;
    if (prev) prev.disabled = !previousChange(this.changes, day);
    if (next) next.disabled = !nextChange(this.changes, day);
  }

  /** The change days of the chosen sources: tick marks and the targets of previous/next. */
  setChanges(days) {
    this.changes = days.filter(d => d >= this.first && d <= this.last);
    const span = dayNumber(this.last) - this.base || 1;
    if (!this.els.ticks) return this.show(this.day);
    clear(this.els.ticks);
    for (const d of this.changes) {
      const tick = el('span', {className: 'tick', title: formatDay(d)});
      tick.style.left = `${((dayNumber(d) - this.base) / span) * 100}%`;
      this.els.ticks.append(tick);
    }
    this.show(this.day);
  }

  start() {
    const byChange = (this.els.speed?.value ?? this.opts.speed ?? 'changes') === 'changes';
    // at the end (or past the last change, playing change by change): from the start again
    if (this.day >= this.last || (byChange && !nextChange(this.changes, this.day))) this.move(this.first, false);
    const {play, speed} = this.els;
    play.setAttribute('aria-pressed', 'true');
    play.textContent = this.playLabels.pause;
    let last = performance.now();
    let carry = 0;
    const tick = now => {
      if (!this.playing) return;
      const mode = speed?.value ?? this.opts.speed ?? 'changes';
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
    this.els.play.textContent = this.playLabels.play;
  }
}
