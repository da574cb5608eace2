// Studio entry point: hash routing (so reload, back and shared links work without any server
// routing), the store header, and the token prompt shown when the API answers 401.

import { api, getToken, setToken, setUnauthorizedHandler } from './api.js';
import { h, mount, errorBox, empty, icon } from './dom.js';
import { MemoryView } from './memory.js';
import { runsView, runView } from './workflows.js';

const view = document.getElementById('view');
let memory = null;

/** '#/a/b%2Fc?x=1' → {segs: ['a', 'b/c'], params} (each segment decoded once, so ids may hold '/'). */
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const segs = path.split('/').filter((s) => s !== '').map((s) => {
    try { return decodeURIComponent(s); } catch { return s; }
  });
  return { segs, params };
}

function setSection(name) {
  for (const a of document.querySelectorAll('.tabs a')) {
    const on = a.dataset.section === name;
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.body.dataset.section = name;
}

function route() {
  const { segs, params } = parseHash();
  try {
    if (segs.length === 0) { location.replace('#/resources'); return; }
    if (segs[0] === 'resources' && segs.length <= 4) {
      const rid = segs[1] ?? null;
      const isThread = segs[2] === 'threads' && segs.length === 4;
      const isMemory = segs[2] === 'memory' && segs.length === 3;
      if (segs.length === 1 || segs.length === 2 || isThread || isMemory) {
        setSection('memory');
        if (!memory || !view.contains(memory.el)) {
          memory = new MemoryView();
          mount(view, memory.el);
        }
        memory.show({ rid, tid: isThread ? segs[3] : null, memory: isMemory });
        document.title = (isThread ? 'Thread' : rid ? rid : 'Memory') + ' · AgentStore Studio';
        return;
      }
    }
    if (segs[0] === 'runs' && segs.length === 1) {
      setSection('runs');
      mount(view, runsView(params));
      document.title = 'Workflow runs · AgentStore Studio';
      return;
    }
    if (segs[0] === 'runs' && segs.length === 3) {
      setSection('runs');
      mount(view, runView(segs[1], segs[2]));
      document.title = segs[2] + ' · AgentStore Studio';
      return;
    }
    setSection('');
    mount(view, h('div', { class: 'page' }, empty('There is no page here.', 'Check the address, or go to Memory or Workflows above.')));
  } catch (e) {
    // a rendering bug must not leave a blank page: say what broke
    console.error(e);
    mount(view, h('div', { class: 'page' }, errorBox(e)));
  }
}

// ---------------------------------------------------------------- header: which store this is

const BACKEND_NAMES = { sqlite: 'SQLite', libsql: 'libSQL', postgresql: 'PostgreSQL', postgres: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', d1: 'Cloudflare D1', turso: 'Turso', memory: 'In-memory', mongodb: 'MongoDB', redis: 'Redis' };
const backendName = (b) => BACKEND_NAMES[String(b).toLowerCase()] || String(b ?? '?');

async function loadStatus() {
  const el = document.getElementById('store');
  try {
    const s = await api('/status');
    const backends = Array.isArray(s?.backends) ? s.backends : [];
    mount(el, backends.slice(0, 3).map((b) => {
      const behind = Number.isFinite(b?.schemaVersion) && Number.isFinite(b?.latestVersion) && b.schemaVersion < b.latestVersion;
      return h('span', { class: 'store-chip', title: (b?.domains || []).join(', ') },
        h('span', { class: 'store-backend' }, backendName(b?.backend)),
        h('span', { class: 'store-url mono', testid: 'store-url' }, String(b?.url ?? '')),
        b?.schemaVersion !== undefined && b?.schemaVersion !== null
          ? h('span', { class: 'store-schema' + (behind ? ' behind' : ''), title: behind ? `schema ${b.schemaVersion}, latest ${b.latestVersion}: run agentstore migrate` : 'schema version' },
            'schema v' + b.schemaVersion + (behind ? ` (latest v${b.latestVersion})` : ''))
          : null);
    }), backends.length > 3 ? h('span', { class: 'muted' }, `+${backends.length - 3}`) : null,
    s?.version ? h('span', { class: 'store-version muted', title: 'AgentStore version' }, 'v' + s.version) : null);
  } catch (e) {
    mount(el, h('span', { class: 'store-chip store-error', role: 'alert', title: e.message }, e.status === 401 ? 'Locked: token needed' : 'Store unavailable: ' + e.message));
  }
}

// ---------------------------------------------------------------- token prompt

let prompting = false;
function askForToken(err) {
  if (prompting) return;
  prompting = true;
  const input = h('input', { class: 'input', type: 'password', id: 'token-input', autocomplete: 'off', required: true, testid: 'token-input' });
  const dlg = h('dialog', { class: 'dialog', 'aria-labelledby': 'token-title', testid: 'token-dialog' });
  const hadToken = !!getToken();
  mount(dlg, h('form', { method: 'dialog', onsubmit: (e) => {
    e.preventDefault();
    setToken(input.value.trim());
    dlg.close();
  } },
  h('h2', { id: 'token-title' }, icon('key', 18), ' This store needs a token'),
  h('p', null, hadToken ? 'The saved token was refused: ' + err.message : 'The server was started with --token. Enter it to continue; it is kept only in this browser tab.'),
  h('label', { for: 'token-input', class: 'field-label' }, 'Access token'),
  input,
  h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', class: 'btn btn-primary', testid: 'token-save' }, 'Unlock'))));
  // Escape would only bring the same prompt back on the next call: keep it open until answered
  dlg.addEventListener('cancel', (e) => e.preventDefault());
  dlg.addEventListener('close', () => {
    dlg.remove();
    prompting = false;
    loadStatus();
    // run the current page again with the token
    memory = null;
    route();
  });
  document.body.appendChild(dlg);
  dlg.showModal();
}

setUnauthorizedHandler(askForToken);
window.addEventListener('hashchange', route);
route();
loadStatus();
