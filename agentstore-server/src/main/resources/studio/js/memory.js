// The Memory section: resources → a resource's threads → a thread as a chat, or the resource's
// working memory. The three panes stay mounted while the user moves inside the section, so
// going from one thread to the next does not reload the lists; each pane reloads only when
// what it shows changes. On narrow screens CSS shows one pane at a time (data-focus).

import { api, seg, query } from './api.js';
import { h, mount, clear, errorBox, spinner, empty, icon, confirmDialog } from './dom.js';
import { fmtRelative, fmtDateTime, fmtClock } from './format.js';
import { renderMessage } from './chat.js';
import { jsonTree } from './jsontree.js';

const MESSAGES_PER_PAGE = 50;
const THREADS_PER_PAGE = 30;
const RESOURCES_PER_PAGE = 50;

export const hrefResource = (rid) => '#/resources/' + seg(rid);
export const hrefMemory = (rid) => hrefResource(rid) + '/memory';
export const hrefThread = (rid, tid) => hrefResource(rid) + '/threads/' + seg(tid);

function backLink(href, label) {
  return h('a', { class: 'back', href, 'aria-label': label, testid: 'back' }, icon('back', 18), h('span', null, 'Back'));
}

/** Runs an async load for a pane and drops its result if a newer load started meanwhile. */
function guard() {
  let current = 0;
  return () => {
    const mine = ++current;
    return () => mine === current;
  };
}

// ---------------------------------------------------------------- resources pane

class ResourcesPane {
  constructor() {
    this.el = h('section', { class: 'pane pane-resources', 'aria-label': 'Resources', testid: 'resources-pane' });
    this.list = h('ul', { class: 'list', testid: 'resource-list', 'aria-label': 'Resources' });
    this.body = h('div', { class: 'pane-body' });
    this.selected = null;
    this.next = guard();
    mount(this.el,
      h('div', { class: 'pane-head' },
        h('h2', null, 'Resources'),
        h('button', { type: 'button', class: 'btn btn-icon', 'aria-label': 'Reload resources', title: 'Reload', onclick: () => this.load() }, icon('refresh', 15))),
      this.body);
    this.loaded = false;
  }

  async load(page = 0) {
    const live = this.next();
    if (page === 0) mount(this.body, spinner());
    try {
      const res = await api('/resources' + query({ page, perPage: RESOURCES_PER_PAGE }));
      if (!live()) return;
      this.loaded = true;
      if (page === 0) { clear(this.list); mount(this.body, this.list); }
      this.body.querySelector('.more')?.remove();
      const items = Array.isArray(res?.items) ? res.items : [];
      for (const r of items) this.list.appendChild(this.item(r));
      if (page === 0 && items.length === 0) mount(this.body, empty('No resources yet.', 'Resources appear once a thread is saved for them. Try: agentstore demo'));
      if (res?.hasMore) {
        this.body.appendChild(h('button', { type: 'button', class: 'btn more', testid: 'resources-more', onclick: () => this.load(page + 1) }, 'Load more'));
      }
      this.highlight();
    } catch (e) {
      if (live()) mount(this.body, errorBox(e, () => this.load()));
    }
  }

  item(r) {
    const id = String(r?.resourceId ?? '');
    const n = Number(r?.threadCount) || 0;
    return h('li', null,
      h('a', { class: 'item', href: hrefResource(id), testid: 'resource-item', dataset: { id } },
        h('span', { class: 'avatar avatar-sm', 'aria-hidden': 'true' }, icon('user', 14)),
        h('span', { class: 'item-main' },
          h('span', { class: 'item-title' }, id || '(empty id)'),
          h('span', { class: 'item-sub' }, `${n} ${n === 1 ? 'thread' : 'threads'} · ${fmtRelative(r?.lastActivityAt)}`))));
  }

  select(rid) {
    this.selected = rid;
    this.highlight();
  }

  highlight() {
    for (const a of this.list.querySelectorAll('a.item')) {
      const on = a.dataset.id === this.selected;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
  }
}

// ---------------------------------------------------------------- threads pane

class ThreadsPane {
  constructor() {
    this.el = h('section', { class: 'pane pane-threads', 'aria-label': 'Threads', testid: 'threads-pane' });
    this.rid = null;
    this.selected = null;
    this.sort = 'updatedAt:desc';
    this.q = '';
    this.next = guard();
    this.placeholder();
  }

  placeholder() {
    mount(this.el, h('div', { class: 'pane-placeholder' }, empty('Select a resource', 'Its threads show here.')));
  }

  show(rid) {
    if (rid === this.rid) return;
    this.rid = rid;
    this.q = '';
    this.build();
    this.load();
  }

  build() {
    const rid = this.rid;
    this.search = h('input', {
      type: 'search', class: 'input', placeholder: 'Search threads', 'aria-label': 'Search threads', testid: 'thread-search',
      value: this.q,
      oninput: () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.q = this.search.value.trim(); this.load(); }, 250);
      },
    });
    this.sortSelect = h('select', { class: 'input select', 'aria-label': 'Sort threads', testid: 'thread-sort', onchange: () => { this.sort = this.sortSelect.value; this.load(); } },
      h('option', { value: 'updatedAt:desc' }, 'Last updated'),
      h('option', { value: 'createdAt:desc' }, 'Newest'),
      h('option', { value: 'createdAt:asc' }, 'Oldest'));
    this.sortSelect.value = this.sort;
    this.list = h('ul', { class: 'list', testid: 'thread-list', 'aria-label': 'Threads' });
    this.body = h('div', { class: 'pane-body' });
    this.count = h('span', { class: 'count', testid: 'thread-count' });
    this.memLink = h('a', { class: 'btn btn-small', href: hrefMemory(rid), testid: 'open-working-memory' }, icon('memory', 14), 'Working memory');
    mount(this.el,
      h('div', { class: 'pane-head' },
        backLink('#/resources', 'Back to resources'),
        h('div', { class: 'pane-title' },
          h('h2', { title: rid, testid: 'resource-title' }, rid),
          this.count),
        this.memLink),
      h('div', { class: 'toolbar' },
        h('label', { class: 'search' }, icon('search', 15), this.search),
        this.sortSelect),
      this.body);
  }

  async load(page = 0) {
    const live = this.next();
    const rid = this.rid;
    const [orderBy, direction] = this.sort.split(':');
    if (page === 0) mount(this.body, spinner());
    try {
      const res = await api('/threads' + query({ resourceId: rid, q: this.q, orderBy, direction, page, perPage: THREADS_PER_PAGE }));
      if (!live()) return;
      if (page === 0) { clear(this.list); mount(this.body, this.list); }
      this.body.querySelector('.more')?.remove();
      const items = Array.isArray(res?.items) ? res.items : [];
      for (const t of items) this.list.appendChild(this.item(t));
      const total = Number(res?.total);
      this.count.textContent = Number.isFinite(total) && total >= 0 ? `${total} ${total === 1 ? 'thread' : 'threads'}${this.q ? ' match' : ''}` : '';
      if (page === 0 && items.length === 0) {
        mount(this.body, this.q ? empty(`No thread matches “${this.q}”.`) : empty('No threads for this resource.'));
      }
      if (res?.hasMore) this.body.appendChild(h('button', { type: 'button', class: 'btn more', testid: 'threads-more', onclick: () => this.load(page + 1) }, 'Load more'));
      this.highlight();
    } catch (e) {
      if (live()) mount(this.body, errorBox(e, () => this.load()));
    }
  }

  item(t) {
    const id = String(t?.id ?? '');
    const title = typeof t?.title === 'string' && t.title.trim() ? t.title : '(untitled)';
    const when = this.sort.startsWith('createdAt') ? t?.createdAt : t?.updatedAt;
    return h('li', null,
      h('a', { class: 'item item-thread', href: hrefThread(this.rid, id), testid: 'thread-item', dataset: { id } },
        h('span', { class: 'item-main' },
          h('span', { class: 'item-title', testid: 'thread-title' }, title),
          h('span', { class: 'item-sub mono' }, id)),
        h('time', { class: 'item-time', datetime: when, title: fmtDateTime(when) }, fmtRelative(when))));
  }

  select(tid, memory) {
    this.selected = tid;
    this.memLink.classList.toggle('active', !!memory);
    this.highlight();
  }

  highlight() {
    if (!this.list) return;
    for (const a of this.list.querySelectorAll('a.item')) {
      const on = a.dataset.id === this.selected;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
  }

  /** Reloads the list, keeping the search and sort (after a rename or delete). */
  refresh() {
    if (this.rid !== null) this.load();
  }
}

// ---------------------------------------------------------------- thread chat

class ThreadView {
  constructor(rid, tid, { onChanged, onDeleted }) {
    this.rid = rid;
    this.tid = tid;
    this.onChanged = onChanged;
    this.onDeleted = onDeleted;
    this.page = 0;
    this.el = h('div', { class: 'detail thread-view', testid: 'thread-view' });
    this.head = h('div', { class: 'detail-head' });
    this.scroller = h('div', { class: 'chat', testid: 'chat', 'aria-label': 'Messages', role: 'log' });
    this.older = h('div', { class: 'older' });
    this.messages = h('div', { class: 'messages' });
    this.scroller.append(this.older, this.messages);
    mount(this.el, this.head, this.scroller);
    mount(this.head, backLink(hrefResource(rid), 'Back to threads'), spinner('Loading thread…'));
    this.load();
  }

  async load() {
    const threadP = api('/threads/' + seg(this.tid));
    // both requests run at once; the messages' outcome is kept as a value so that a failed
    // thread lookup (which ends this method early) leaves no unhandled rejection behind
    const msgP = this.fetchPage(0).then((res) => ({ res }), (error) => ({ error }));
    try {
      this.thread = await threadP;
    } catch (e) {
      mount(this.head, backLink(hrefResource(this.rid), 'Back to threads'));
      mount(this.messages, errorBox(e, () => { mount(this.messages); this.load(); }));
      return;
    }
    this.renderHead();
    const { res, error } = await msgP;
    if (error) mount(this.messages, errorBox(error));
    else this.addPage(res, true);
  }

  fetchPage(page) {
    // newest first so the first screen shows the end of the conversation; each page is reversed for display
    return api('/threads/' + seg(this.tid) + '/messages' + query({ direction: 'desc', perPage: MESSAGES_PER_PAGE, page }));
  }

  addPage(res, first) {
    const items = Array.isArray(res?.items) ? res.items.slice().reverse() : [];
    const frag = document.createDocumentFragment();
    for (const m of items) {
      try { frag.appendChild(renderMessage(m)); } catch (e) { frag.appendChild(errorBox(new Error('Cannot show message ' + (m && m.id) + ': ' + e.message))); }
    }
    if (first && items.length === 0) {
      mount(this.messages, empty('No messages in this thread yet.'));
      return;
    }
    // keep the reader's place when older messages are prepended above
    const before = this.scroller.scrollHeight - this.scroller.scrollTop;
    this.messages.insertBefore(frag, this.messages.firstChild);
    const total = Number(res?.total);
    this.shown = (this.shown || 0) + items.length;
    if (res?.hasMore) {
      mount(this.older, h('button', { type: 'button', class: 'btn', testid: 'load-older', onclick: (e) => this.loadOlder(e.currentTarget) },
        'Load older messages', Number.isFinite(total) && total > 0 ? h('span', { class: 'muted' }, ` (${total - this.shown} more)`) : null));
    } else {
      mount(this.older, h('div', { class: 'chat-start', testid: 'chat-start' }, 'Start of the conversation'));
    }
    if (first) this.scroller.scrollTop = this.scroller.scrollHeight;
    else this.scroller.scrollTop = this.scroller.scrollHeight - before;
    this.count.textContent = Number.isFinite(total) && total >= 0 ? `${total} ${total === 1 ? 'message' : 'messages'}` : '';
  }

  async loadOlder(btn) {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const res = await this.fetchPage(this.page + 1);
      this.page += 1;
      this.addPage(res, false);
    } catch (e) {
      mount(this.older, errorBox(e, () => this.loadOlder(btn)));
    }
  }

  renderHead(editing = false, error = null) {
    const t = this.thread || {};
    const title = typeof t.title === 'string' && t.title.trim() ? t.title : '(untitled)';
    this.count = this.count || h('span', { class: 'muted', testid: 'message-count' });
    let titleEl;
    if (editing) {
      const input = h('input', { class: 'input title-input', value: t.title || '', 'aria-label': 'Thread title', testid: 'rename-input', maxlength: 2000 });
      const save = async () => {
        try {
          this.thread = await api('/threads/' + seg(this.tid), { method: 'PATCH', body: { title: input.value } });
          this.renderHead();
          this.onChanged();
        } catch (e) {
          this.renderHead(true, e);
        }
      };
      input.addEventListener('keydown', (e) => { if (e.key === 'Enter') save(); if (e.key === 'Escape') this.renderHead(); });
      titleEl = h('form', { class: 'rename', onsubmit: (e) => { e.preventDefault(); save(); } },
        input,
        h('button', { type: 'submit', class: 'btn btn-primary btn-small', testid: 'rename-save' }, 'Save'),
        h('button', { type: 'button', class: 'btn btn-small', onclick: () => this.renderHead() }, 'Cancel'));
      setTimeout(() => { input.focus(); input.select(); }, 0);
    } else {
      titleEl = h('h2', { class: 'detail-title', testid: 'thread-heading', title }, title);
    }
    const meta = t.metadata && typeof t.metadata === 'object' && Object.keys(t.metadata).length ? t.metadata : null;
    mount(this.head,
      backLink(hrefResource(this.rid), 'Back to threads'),
      h('div', { class: 'detail-title-row' },
        h('div', { class: 'detail-title-main' }, titleEl,
          h('div', { class: 'detail-sub' },
            h('span', { class: 'mono thread-id', title: 'Thread id' }, String(t.id ?? this.tid)),
            h('span', { class: 'thread-id' }, '·'), this.count,
            h('span', null, '·'), h('span', { title: fmtDateTime(t.createdAt) }, 'created ' + fmtRelative(t.createdAt)),
            h('span', null, '·'), h('span', { title: fmtDateTime(t.updatedAt) }, 'updated ' + fmtRelative(t.updatedAt)))),
        editing ? null : h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-small', testid: 'rename-thread', 'aria-label': 'Rename thread', onclick: () => this.renderHead(true) }, icon('edit', 14), h('span', { class: 'label' }, 'Rename')),
          h('button', { type: 'button', class: 'btn btn-small btn-danger-quiet', testid: 'delete-thread', 'aria-label': 'Delete thread', onclick: () => this.remove() }, icon('trash', 14), h('span', { class: 'label' }, 'Delete')))),
      error ? errorBox(error) : null,
      meta ? h('details', { class: 'fold meta-fold', testid: 'thread-metadata' }, h('summary', null, 'Metadata'), jsonTree(meta, { openDepth: 1, label: 'Thread metadata' })) : null);
  }

  async remove() {
    const title = this.thread?.title || this.tid;
    const ok = await confirmDialog({
      title: 'Delete this thread?',
      message: `“${title}” and all of its messages will be deleted from the store. This cannot be undone.`,
      confirmLabel: 'Delete thread',
      danger: true,
    });
    if (!ok) return;
    try {
      await api('/threads/' + seg(this.tid), { method: 'DELETE' });
      this.onDeleted();
    } catch (e) {
      this.renderHead(false, e);
    }
  }
}

// ---------------------------------------------------------------- working memory

class WorkingMemoryView {
  constructor(rid) {
    this.rid = rid;
    this.el = h('div', { class: 'detail wm-view', testid: 'working-memory-view' });
    mount(this.el, h('div', { class: 'detail-head' }, backLink(hrefResource(rid), 'Back to threads')), spinner('Loading working memory…'));
    this.load();
  }

  async load() {
    let resource = null;
    let error = null;
    try {
      resource = await api('/resources/' + seg(this.rid));
    } catch (e) {
      if (e.status !== 404) error = e;
    }
    this.render(resource, error);
  }

  render(resource, loadError) {
    this.saved = typeof resource?.workingMemory === 'string' ? resource.workingMemory : '';
    this.textarea = h('textarea', {
      class: 'input wm-text', id: 'wm-text', spellcheck: 'false', testid: 'working-memory', 'aria-describedby': 'wm-status',
      placeholder: '# User Information\n- Name:\n- Preferences:',
    });
    this.textarea.value = this.saved;
    this.status = h('span', { id: 'wm-status', class: 'wm-status', testid: 'wm-status', role: 'status' });
    this.saveBtn = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'wm-save', disabled: true }, 'Save');
    this.revertBtn = h('button', { type: 'button', class: 'btn', testid: 'wm-revert', disabled: true, onclick: () => { this.textarea.value = this.saved; this.dirty(); } }, 'Revert');
    this.errorSlot = h('div');
    this.textarea.addEventListener('input', () => this.dirty());
    this.textarea.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); this.save(); }
    });
    const meta = resource?.metadata && typeof resource.metadata === 'object' && Object.keys(resource.metadata).length ? resource.metadata : null;
    mount(this.el,
      h('div', { class: 'detail-head' },
        backLink(hrefResource(this.rid), 'Back to threads'),
        h('div', { class: 'detail-title-row' },
          h('div', { class: 'detail-title-main' },
            h('h2', { class: 'detail-title' }, 'Working memory'),
            h('div', { class: 'detail-sub' },
              h('span', { class: 'mono' }, this.rid),
              h('span', null, '·'),
              this.updated = h('span', { title: resource ? fmtDateTime(resource.updatedAt) : null, testid: 'wm-updated' },
                resource ? 'updated ' + fmtRelative(resource.updatedAt) : 'not saved yet'))))),
      loadError ? errorBox(loadError, () => this.load()) : null,
      h('form', { class: 'wm-form', onsubmit: (e) => { e.preventDefault(); this.save(); } },
        h('label', { for: 'wm-text', class: 'field-label' }, 'Working memory (Markdown) the agent keeps about this resource'),
        this.textarea,
        h('div', { class: 'wm-bar' }, this.status, h('span', { class: 'spacer' }), this.revertBtn, this.saveBtn),
        this.errorSlot),
      meta ? h('details', { class: 'fold meta-fold', open: true, testid: 'resource-metadata' }, h('summary', null, 'Metadata'), jsonTree(meta, { openDepth: 1, label: 'Resource metadata' })) : null);
    this.status.textContent = resource ? '' : 'No working memory saved yet.';
  }

  dirty() {
    const changed = this.textarea.value !== this.saved;
    this.saveBtn.disabled = !changed;
    this.revertBtn.disabled = !changed;
    this.status.textContent = changed ? 'Unsaved changes' : '';
    this.status.className = 'wm-status' + (changed ? ' wm-dirty' : '');
  }

  async save() {
    if (this.saving) return;
    this.saving = true;
    const text = this.textarea.value;
    this.saveBtn.disabled = true;
    this.status.textContent = 'Saving…';
    this.status.className = 'wm-status';
    mount(this.errorSlot);
    try {
      const r = await api('/resources/' + seg(this.rid), { method: 'PUT', body: { workingMemory: text } });
      this.saved = typeof r?.workingMemory === 'string' ? r.workingMemory : text;
      this.updated.textContent = 'updated ' + fmtRelative(r?.updatedAt || Date.now());
      this.updated.title = fmtDateTime(r?.updatedAt || Date.now());
      this.dirty();
      this.status.textContent = 'Saved at ' + fmtClock(r?.updatedAt || Date.now());
      this.status.className = 'wm-status wm-saved';
      this.status.dataset.saved = 'true';
    } catch (e) {
      this.dirty();
      this.status.textContent = 'Not saved';
      this.status.className = 'wm-status wm-error';
      mount(this.errorSlot, errorBox(e));
    } finally {
      this.saving = false;
    }
  }
}

// ---------------------------------------------------------------- the section

export class MemoryView {
  constructor() {
    this.resources = new ResourcesPane();
    this.threads = new ThreadsPane();
    this.detail = h('section', { class: 'pane pane-detail', 'aria-label': 'Details', testid: 'detail-pane' });
    this.detailKey = null;
    this.el = h('div', { class: 'memory', testid: 'memory-view' }, this.resources.el, this.threads.el, this.detail);
  }

  /** route: {rid?, tid?, memory?} */
  show({ rid = null, tid = null, memory = false }) {
    if (!this.resources.loaded) this.resources.load();
    this.resources.select(rid);
    this.el.dataset.focus = tid !== null || memory ? 'detail' : rid !== null ? 'threads' : 'resources';
    if (rid === null) {
      this.threads.rid = null;
      this.threads.placeholder();
      this.setDetail('none', () => h('div', { class: 'pane-placeholder' }, empty('Pick a resource, then a thread', 'Conversations, tool calls and working memory live here.')));
      return;
    }
    this.threads.show(rid);
    this.threads.select(tid, tid === null);
    if (tid !== null) {
      this.setDetail('thread:' + rid + '\u0000' + tid, () => new ThreadView(rid, tid, {
        onChanged: () => this.threads.refresh(),
        onDeleted: () => { this.threads.refresh(); this.resources.load(); location.hash = hrefResource(rid); },
      }).el);
    } else {
      // on a wide screen the resource's working memory fills the detail pane until a thread is picked
      this.setDetail('memory:' + rid, () => new WorkingMemoryView(rid).el);
    }
  }

  setDetail(key, make) {
    if (key === this.detailKey) return;
    this.detailKey = key;
    mount(this.detail, make());
  }
}
