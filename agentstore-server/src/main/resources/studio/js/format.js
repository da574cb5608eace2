// Times and sizes as people read them. Stored times may be ISO strings or epoch milliseconds
// (Mastra snapshots use numbers), and anything unparseable is shown as it is, never thrown.

export function toMillis(t) {
  if (t === null || t === undefined || t === '') return NaN;
  if (typeof t === 'number') return t;
  if (typeof t === 'string' && /^\d+$/.test(t)) return Number(t);
  return Date.parse(t);
}

const dateTime = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function fmtDateTime(t) {
  const ms = toMillis(t);
  return Number.isFinite(ms) ? dateTime.format(ms) : (t == null ? '—' : String(t));
}

export function fmtShort(t) {
  const ms = toMillis(t);
  return Number.isFinite(ms) ? shortDate.format(ms) : (t == null ? '—' : String(t));
}

/** Time of day for today, date and time otherwise (chat timestamps). */
export function fmtTime(t) {
  const ms = toMillis(t);
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toDateString() === new Date().toDateString() ? timeOnly.format(ms) : shortDate.format(ms);
}

/** One-line JSON, cut to `max` characters, for previews in a collapsed summary. */
export function oneLine(v, max = 90) {
  let s;
  try { s = JSON.stringify(v); } catch { s = String(v); }
  if (s === undefined) s = String(v);
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
export function fmtClock(t) {
  const ms = toMillis(t);
  return Number.isFinite(ms) ? clock.format(ms) : '';
}

export function fmtRelative(t, now = Date.now()) {
  const ms = toMillis(t);
  if (!Number.isFinite(ms)) return t == null ? '—' : String(t);
  const s = Math.round((now - ms) / 1000);
  const abs = Math.abs(s);
  const sfx = s >= 0 ? ' ago' : ' from now';
  if (abs < 45) return s >= 0 ? 'just now' : 'in a moment';
  if (abs < 3600) return Math.round(abs / 60) + ' min' + sfx;
  if (abs < 86400) return Math.round(abs / 3600) + ' h' + sfx;
  if (abs < 86400 * 30) return Math.round(abs / 86400) + ' d' + sfx;
  return fmtShort(ms);
}

export function fmtDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return Math.round(ms) + ' ms';
  if (ms < 60_000) return (ms / 1000).toFixed(ms < 10_000 ? 1 : 0) + ' s';
  const m = Math.floor(ms / 60_000);
  if (m < 60) return m + ' min ' + Math.round((ms % 60_000) / 1000) + ' s';
  const hrs = Math.floor(m / 60);
  if (hrs < 48) return hrs + ' h ' + (m % 60) + ' min';
  return Math.floor(hrs / 24) + ' d ' + (hrs % 24) + ' h';
}

export function fmtBytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return n + ' B';
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
  return (n / 1024 / 1024).toFixed(1) + ' MB';
}

/** JSON for display; never throws (cycles cannot come from the API, but be safe). */
export function pretty(v) {
  try { return JSON.stringify(v, null, 2) ?? String(v); } catch { return String(v); }
}
