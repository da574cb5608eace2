// A collapsible JSON viewer built from <details> elements, so it is keyboard-accessible and
// needs no script for toggling. Big arrays and objects show their first entries and a button
// for the rest, so a 5 MB snapshot does not freeze the tab.

import { h, append } from './dom.js';

const CHUNK = 100;

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function preview(v) {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[ ${v.length} ${v.length === 1 ? 'item' : 'items'} ]`;
  const n = Object.keys(v).length;
  return n === 0 ? '{}' : `{ ${n} ${n === 1 ? 'key' : 'keys'} }`;
}

function scalar(v) {
  const t = typeOf(v);
  const text = t === 'string' ? JSON.stringify(v) : String(v);
  return h('span', { class: 'jv jv-' + t }, text);
}

function keyLabel(key, isIndex) {
  if (key === undefined) return null;
  return h('span', { class: isIndex ? 'jk jk-index' : 'jk' }, isIndex ? String(key) : key, h('span', { class: 'jp' }, ': '));
}

// Mastra keeps step times as epoch milliseconds: say which moment such a number is
const TIME_KEY = /(At|timestamp|Time)$/;
function timeNote(key, value) {
  if (typeof value !== 'number' || typeof key !== 'string' || !TIME_KEY.test(key)) return null;
  if (value < 1e12 || value > 1e13) return null;
  return h('span', { class: 'jnote' }, new Date(value).toISOString());
}

function node(key, value, depth, openDepth, isIndex) {
  const t = typeOf(value);
  if (t !== 'object' && t !== 'array') {
    return h('div', { class: 'jrow' }, keyLabel(key, isIndex), scalar(value), timeNote(key, value));
  }
  const entries = t === 'array' ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (entries.length === 0) {
    return h('div', { class: 'jrow' }, keyLabel(key, isIndex), h('span', { class: 'jv jv-empty' }, t === 'array' ? '[]' : '{}'));
  }
  const details = h('details', { class: 'jnode', open: depth < openDepth });
  const summary = h('summary', null, keyLabel(key, isIndex), h('span', { class: 'jsum' }, preview(value)));
  const body = h('div', { class: 'jchildren' });
  let shown = 0;
  const more = () => {
    const next = entries.slice(shown, shown + CHUNK);
    for (const [k, v] of next) body.insertBefore(node(k, v, depth + 1, openDepth, t === 'array'), moreBtn);
    shown += next.length;
    if (shown >= entries.length) moreBtn.remove();
    else moreBtn.textContent = `Show ${Math.min(CHUNK, entries.length - shown)} more of ${entries.length - shown}`;
  };
  const moreBtn = h('button', { type: 'button', class: 'btn btn-small jmore', onclick: more });
  body.appendChild(moreBtn);
  // children are built on first open, so a closed subtree of a huge snapshot costs nothing
  let built = false;
  const build = () => { if (!built) { built = true; more(); } };
  if (details.open) build();
  details.addEventListener('toggle', build);
  append(details, [summary, body]);
  return details;
}

/** A tree of `value`; levels above `openDepth` start expanded. */
export function jsonTree(value, { openDepth = 1, testid = 'json-tree', label } = {}) {
  const root = h('div', { class: 'jtree', testid, role: 'group', 'aria-label': label || 'JSON' });
  root.appendChild(node(undefined, value, 0, openDepth, false));
  return root;
}

/** Opens or closes every node of a tree (building children as it goes). */
export function setTreeOpen(root, open) {
  if (!open) {
    root.querySelectorAll('details.jnode').forEach((d) => { d.open = false; });
    const top = root.querySelector('details.jnode');
    if (top) top.open = true;
    return;
  }
  // opening builds children, which may add more closed nodes: repeat until none is left (bounded)
  for (let i = 0; i < 12; i++) {
    const closed = root.querySelectorAll('details.jnode:not([open])');
    if (closed.length === 0) break;
    closed.forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); });
  }
}
