// The Workflows section: a filterable, paged table of runs and a run's page with its steps on
// a timeline and its whole snapshot as a JSON tree. Filters live in the URL (#/runs?status=…)
// so a filtered view survives reload and can be shared.

import { api, seg, query } from './api.js';
import { h, mount, errorBox, spinner, empty, icon } from './dom.js';
import { fmtRelative, fmtDateTime, fmtDuration, toMillis } from './format.js';
import { jsonTree, setTreeOpen } from './jsontree.js';
import { hrefResource } from './memory.js';

const PER_PAGE = 20;
// Mastra's run statuses, in lifecycle order
export const STATUSES = ['running', 'suspended', 'waiting', 'pending', 'success', 'failed', 'canceled', 'bailed'];
const CHIPS = ['running', 'suspended', 'success', 'failed', 'canceled'];

export const hrefRun = (wf, runId) => '#/runs/' + seg(wf) + '/' + seg(runId);

export function runsHref(filters) {
  return '#/runs' + query({ status: filters.status, workflowName: filters.workflowName, resourceId: filters.resourceId, page: filters.page || null });
}

export function statusBadge(status) {
  const s = typeof status === 'string' && status ? status : 'unknown';
  return h('span', { class: 'badge badge-' + (STATUSES.includes(s) ? s : 'unknown'), testid: 'status-badge' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), s);
}

// ---------------------------------------------------------------- runs table

export function runsView(params) {
  const filters = {
    status: params.get('status') || '',
    workflowName: params.get('workflowName') || '',
    resourceId: params.get('resourceId') || '',
    page: Math.max(0, parseInt(params.get('page') || '0', 10) || 0),
  };
  const go = (change) => { location.hash = runsHref({ ...filters, page: 0, ...change }); };

  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Filter by status', testid: 'status-filter' },
    ['', ...CHIPS].map((s) => h('button', {
      type: 'button', class: 'chip' + (filters.status === s ? ' active' : ''), 'aria-pressed': String(filters.status === s),
      testid: 'status-chip-' + (s || 'all'), onclick: () => go({ status: s }),
    }, s ? statusDot(s) : null, s || 'All')));
  if (filters.status && !CHIPS.includes(filters.status)) {
    chips.appendChild(h('button', { type: 'button', class: 'chip active', 'aria-pressed': 'true' }, filters.status));
  }

  const wfInput = h('input', { class: 'input', type: 'search', id: 'f-workflow', value: filters.workflowName, placeholder: 'any', testid: 'filter-workflow', list: 'wf-names' });
  const resInput = h('input', { class: 'input', type: 'search', id: 'f-resource', value: filters.resourceId, placeholder: 'any', testid: 'filter-resource' });
  const names = h('datalist', { id: 'wf-names' });
  const form = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); go({ workflowName: wfInput.value.trim(), resourceId: resInput.value.trim() }); } },
    h('div', { class: 'field' }, h('label', { for: 'f-workflow' }, 'Workflow'), wfInput, names),
    h('div', { class: 'field' }, h('label', { for: 'f-resource' }, 'Resource'), resInput),
    h('button', { type: 'submit', class: 'btn btn-primary', testid: 'apply-filters' }, 'Apply'),
    filters.workflowName || filters.resourceId || filters.status
      ? h('a', { class: 'btn', href: '#/runs', testid: 'clear-filters' }, 'Clear') : null);
  // a change in a field applies at once, as the chips do (Enter or Apply also work)
  for (const inp of [wfInput, resInput]) inp.addEventListener('change', () => form.requestSubmit());

  const body = h('div', { class: 'runs-body' }, spinner('Loading runs…'));
  const el = h('div', { class: 'page runs-page', testid: 'runs-view' },
    h('div', { class: 'page-head' }, h('h1', null, 'Workflow runs'), h('span', { class: 'count', testid: 'runs-count' })),
    h('div', { class: 'card filters-card' }, chips, form),
    body);

  (async () => {
    try {
      const res = await api('/workflow-runs' + query({ status: filters.status, workflowName: filters.workflowName, resourceId: filters.resourceId, page: filters.page, perPage: PER_PAGE }));
      const items = Array.isArray(res?.items) ? res.items : [];
      const total = Number(res?.total);
      el.querySelector('[data-testid="runs-count"]').textContent = Number.isFinite(total) && total >= 0 ? `${total} ${total === 1 ? 'run' : 'runs'}` : '';
      for (const n of new Set(items.map((r) => r?.workflowName).filter(Boolean))) names.appendChild(h('option', { value: n }));
      if (items.length === 0) {
        mount(body, empty(filters.status || filters.workflowName || filters.resourceId ? 'No run matches these filters.' : 'No workflow runs yet.'));
        return;
      }
      mount(body, runsTable(items), pager(filters, res, total, items.length));
    } catch (e) {
      // same address, so no hashchange would fire by itself: ask the router to render again
      mount(body, errorBox(e, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
    }
  })();
  return el;
}

function statusDot(s) {
  return h('span', { class: 'dot dot-' + s, 'aria-hidden': 'true' });
}

function runsTable(items) {
  const rows = items.map((r) => {
    const wf = String(r?.workflowName ?? '');
    const id = String(r?.runId ?? '');
    const href = hrefRun(wf, id);
    const tr = h('tr', { testid: 'run-row', dataset: { status: String(r?.status ?? ''), runId: id, workflow: wf } },
      h('td', { 'data-label': 'Status' }, statusBadge(r?.status)),
      h('td', { 'data-label': 'Workflow' }, h('span', { class: 'wf-name' }, wf)),
      h('td', { 'data-label': 'Run' }, h('a', { href, class: 'mono run-link', testid: 'run-link' }, id)),
      h('td', { 'data-label': 'Resource' }, r?.resourceId ? h('a', { href: hrefResource(r.resourceId), class: 'mono subtle-link' }, r.resourceId) : h('span', { class: 'muted' }, '—')),
      h('td', { 'data-label': 'Created', title: fmtDateTime(r?.createdAt) }, fmtRelative(r?.createdAt)),
      h('td', { 'data-label': 'Updated', title: fmtDateTime(r?.updatedAt) }, fmtRelative(r?.updatedAt)));
    // the whole row opens the run; the links inside stay the keyboard/assistive path
    tr.addEventListener('click', (e) => { if (!e.target.closest('a')) location.hash = href; });
    return tr;
  });
  return h('div', { class: 'card table-card' },
    h('table', { class: 'table', testid: 'runs-table' },
      h('thead', null, h('tr', null, ['Status', 'Workflow', 'Run', 'Resource', 'Created', 'Updated'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows)));
}

function pager(filters, res, total, shown) {
  const page = filters.page;
  const from = page * PER_PAGE + 1;
  const to = page * PER_PAGE + shown;
  return h('nav', { class: 'pager', 'aria-label': 'Pages', testid: 'runs-pager' },
    h('span', { class: 'muted' }, Number.isFinite(total) && total >= 0 ? `${from}–${to} of ${total}` : `${from}–${to}`),
    h('a', { class: 'btn btn-small' + (page > 0 ? '' : ' disabled'), href: page > 0 ? runsHref({ ...filters, page: page - 1 }) : null, 'aria-disabled': String(page === 0), testid: 'prev-page' }, 'Previous'),
    h('a', { class: 'btn btn-small' + (res?.hasMore ? '' : ' disabled'), href: res?.hasMore ? runsHref({ ...filters, page: page + 1 }) : null, 'aria-disabled': String(!res?.hasMore), testid: 'next-page' }, 'Next'));
}

// ---------------------------------------------------------------- run detail

/** Step ids in graph order: Mastra's serializedStepGraph nests steps in parallel/conditional/loop entries. */
export function stepOrder(graph) {
  const ids = [];
  const visit = (n) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (n.step && typeof n.step === 'object' && typeof n.step.id === 'string') ids.push(n.step.id);
    else if (typeof n.id === 'string' && n.type && n.type !== 'parallel' && n.type !== 'conditional') ids.push(n.id);
    if (Array.isArray(n.steps)) n.steps.forEach(visit);
  };
  visit(graph);
  return [...new Set(ids)];
}

/** The timeline's rows: one per step, in graph order, then any context entry the graph did not name. */
export function timelineSteps(snapshot) {
  const ctx = snapshot && typeof snapshot.context === 'object' && snapshot.context ? snapshot.context : {};
  const order = stepOrder(snapshot?.serializedStepGraph);
  for (const k of Object.keys(ctx)) if (k !== 'input' && !order.includes(k)) order.push(k);
  return order.map((id) => {
    const s = ctx[id] && typeof ctx[id] === 'object' ? ctx[id] : null;
    const start = toMillis(s?.startedAt);
    const end = toMillis(s?.endedAt ?? s?.suspendedAt ?? s?.resumedAt);
    return { id, status: s ? String(s.status || 'unknown') : 'pending', start, end, step: s };
  });
}

function timeline(snapshot, onPick) {
  const steps = timelineSteps(snapshot);
  if (!steps.length) return empty('This snapshot has no steps.');
  const times = steps.flatMap((s) => [s.start, s.end]).filter(Number.isFinite);
  const snapTime = toMillis(snapshot?.timestamp);
  if (Number.isFinite(snapTime)) times.push(snapTime);
  const t0 = times.length ? Math.min(...times) : 0;
  let t1 = times.length ? Math.max(...times) : 0;
  // a step still running has no end: give it a visible open tail (a tenth of the known span)
  // rather than stretching the axis to "now", which may be days after the run stalled
  const open = steps.filter((s) => Number.isFinite(s.start) && !Number.isFinite(s.end));
  if (open.length) t1 = Math.max(t1, ...open.map((s) => s.start + Math.max(1000, (t1 - t0) * 0.1)));
  const span = Math.max(1, t1 - t0);
  const pct = (t) => ((t - t0) / span) * 100;

  const rows = steps.map((s, i) => {
    let bar = null;
    if (Number.isFinite(s.start)) {
      // a running step has no end yet: draw it to the snapshot's last known time
      const end = Number.isFinite(s.end) ? s.end : t1;
      const left = pct(s.start);
      const width = Math.max(0.6, pct(end) - left);
      bar = h('div', { class: 'bar bar-' + s.status + (Number.isFinite(s.end) ? '' : ' bar-open'), style: { left: left.toFixed(3) + '%', width: width.toFixed(3) + '%' } });
    }
    const dur = Number.isFinite(s.start) && Number.isFinite(s.end) ? fmtDuration(s.end - s.start) : s.status === 'running' ? 'running' : '';
    const row = h('button', {
      type: 'button', class: 'tl-row', testid: 'timeline-step', dataset: { step: s.id, status: s.status },
      'aria-label': `Step ${s.id}: ${s.status}${dur ? ', ' + dur : ''}`, onclick: () => onPick(s, row),
    },
    h('span', { class: 'tl-label' }, h('span', { class: 'tl-index' }, String(i + 1)), statusDot(s.status), h('span', { class: 'tl-name' }, s.id)),
    h('span', { class: 'tl-track' }, bar),
    h('span', { class: 'tl-dur' }, dur || h('span', { class: 'muted' }, s.status)));
    return row;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => h('span', { class: 'tick', style: { left: f * 100 + '%' } }, f === 0 ? '0' : '+' + fmtDuration(span * f)));
  return h('div', { class: 'timeline', testid: 'timeline' },
    h('div', { class: 'tl-axis' }, h('span'), h('span', { class: 'tl-ticks' }, ticks), h('span')),
    rows);
}

function stepDetail(s) {
  const st = s.step;
  if (!st) return h('div', { class: 'step-detail', testid: 'step-detail' }, h('h3', null, s.id), h('p', { class: 'muted' }, 'This step has not run.'));
  const fields = [];
  if (st.error !== undefined) fields.push(h('div', { class: 'step-error', role: 'note' }, h('strong', null, 'Error: '), typeof st.error === 'string' ? st.error : JSON.stringify(st.error)));
  const kv = (label, v) => h('div', { class: 'kv' }, h('span', { class: 'k' }, label), h('span', { class: 'v' }, v));
  return h('div', { class: 'step-detail', testid: 'step-detail' },
    h('div', { class: 'step-detail-head' }, h('h3', null, s.id), statusBadge(s.status)),
    h('div', { class: 'kvs' },
      kv('Started', fmtDateTime(st.startedAt)),
      st.endedAt !== undefined ? kv('Ended', fmtDateTime(st.endedAt)) : null,
      st.suspendedAt !== undefined ? kv('Suspended', fmtDateTime(st.suspendedAt)) : null,
      Number.isFinite(s.start) && Number.isFinite(s.end) ? kv('Duration', fmtDuration(s.end - s.start)) : null),
    fields,
    h('div', { class: 'step-json' }, jsonTree(st, { openDepth: 2, testid: 'step-json', label: 'Step ' + s.id })));
}

export function runView(wf, runId) {
  const el = h('div', { class: 'page run-page', testid: 'run-detail' },
    h('a', { class: 'back back-always', href: '#/runs', testid: 'back-to-runs' }, icon('back', 18), h('span', null, 'All runs')),
    spinner('Loading run…'));
  (async () => {
    let run;
    try {
      run = await api('/workflow-runs/' + seg(wf) + '/' + seg(runId));
    } catch (e) {
      mount(el, el.firstChild, errorBox(e));
      return;
    }
    const snap = run && typeof run.snapshot === 'object' && run.snapshot !== null ? run.snapshot : {};
    const status = run?.status || snap.status;
    const steps = timelineSteps(snap);
    const detailSlot = h('div', { class: 'step-slot' });
    const pick = (s, row) => {
      el.querySelectorAll('.tl-row.active').forEach((r) => r.classList.remove('active'));
      row?.classList.add('active');
      mount(detailSlot, stepDetail(s));
    };
    const tree = jsonTree(snap, { openDepth: 1, testid: 'snapshot-tree', label: 'Snapshot' });
    const runError = snap.error ?? null;
    const suspended = snap.suspendedPaths && typeof snap.suspendedPaths === 'object' ? Object.keys(snap.suspendedPaths) : [];
    const kv = (label, v, title) => h('div', { class: 'kv' }, h('span', { class: 'k' }, label), h('span', { class: 'v', title }, v));
    const tl = timeline(snap, pick);
    mount(el,
      el.firstChild,
      h('div', { class: 'run-head card' },
        h('div', { class: 'run-title' },
          h('div', null,
            h('div', { class: 'eyebrow' }, h('span', { class: 'wf-name' }, String(run?.workflowName ?? wf))),
            h('h1', { class: 'mono', testid: 'run-id' }, String(run?.runId ?? runId))),
          statusBadge(status)),
        h('div', { class: 'kvs' },
          kv('Created', fmtDateTime(run?.createdAt), run?.createdAt),
          kv('Updated', fmtDateTime(run?.updatedAt), run?.updatedAt),
          kv('Duration', durationOf(steps, run)),
          kv('Resource', run?.resourceId ? h('a', { href: hrefResource(run.resourceId), class: 'mono' }, run.resourceId) : '—'),
          kv('Steps', `${steps.filter((s) => s.status === 'success').length} of ${steps.length} done`)),
        runError !== null ? h('div', { class: 'step-error', role: 'note', testid: 'run-error' }, h('strong', null, 'Error: '), typeof runError === 'string' ? runError : JSON.stringify(runError)) : null,
        suspended.length ? h('div', { class: 'notice', testid: 'run-suspended' }, 'Suspended at ', suspended.map((s, i) => [i ? ', ' : '', h('code', null, s)])) : null),
      h('section', { class: 'card', 'aria-labelledby': 'tl-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'tl-title' }, 'Steps'), h('span', { class: 'muted' }, 'Select a step for its payload, output and error')),
        tl,
        detailSlot),
      h('section', { class: 'card', 'aria-labelledby': 'snap-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'snap-title' }, 'Snapshot'),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'btn btn-small', testid: 'expand-all', onclick: () => setTreeOpen(tree, true) }, 'Expand all'),
            h('button', { type: 'button', class: 'btn btn-small', testid: 'collapse-all', onclick: () => setTreeOpen(tree, false) }, 'Collapse all'))),
        tree));
    // start with the step that matters most: the failed or suspended one, else the last that ran
    const focus = steps.find((s) => s.status === 'failed') || steps.find((s) => s.status === 'suspended')
      || steps.find((s) => s.status === 'running') || [...steps].reverse().find((s) => s.step);
    if (focus) pick(focus, tl.querySelector(`.tl-row[data-step="${CSS.escape(focus.id)}"]`));
  })();
  return el;
}

function durationOf(steps, run) {
  const starts = steps.map((s) => s.start).filter(Number.isFinite);
  const ends = steps.map((s) => s.end).filter(Number.isFinite);
  if (!starts.length || !ends.length) return '—';
  const d = Math.max(...ends) - Math.min(...starts);
  return fmtDuration(d) + (['running', 'suspended', 'waiting'].includes(run?.status) ? ' so far' : '');
}
