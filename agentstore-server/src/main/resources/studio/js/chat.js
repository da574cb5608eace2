// Renders Mastra v2 messages as a chat. Content is whatever the store holds, so every access
// is defensive: a part of an unknown type, a missing field or a plain-string content still
// renders (as JSON at worst) instead of breaking the thread.

import { h, icon } from './dom.js';
import { jsonTree } from './jsontree.js';
import { fmtDateTime, fmtTime, fmtBytes, pretty, oneLine } from './format.js';

const ROLE_LABEL = { user: 'User', assistant: 'Assistant', system: 'System', tool: 'Tool' };
const ROLE_ICON = { user: 'user', assistant: 'bot', system: 'system', tool: 'tool' };

// ---- text: a small, safe subset of Markdown (code fences, inline code, bold, lists, line breaks)

function inline(text) {
  const out = [];
  // `code` first, then **bold** inside the remaining pieces
  const pieces = String(text).split(/(`[^`\n]+`)/g);
  for (const p of pieces) {
    if (p.length > 2 && p.startsWith('`') && p.endsWith('`')) { out.push(h('code', null, p.slice(1, -1))); continue; }
    const bold = p.split(/(\*\*[^*\n]+\*\*)/g);
    for (const b of bold) {
      if (b.length > 4 && b.startsWith('**') && b.endsWith('**')) out.push(h('strong', null, b.slice(2, -2)));
      else if (b) out.push(b);
    }
  }
  return out;
}

function block(lines) {
  const out = [];
  let para = [];
  let list = null;
  const flushPara = () => {
    if (para.length) {
      const p = h('p');
      para.forEach((l, i) => { if (i) p.appendChild(h('br')); inline(l).forEach((n) => p.append(n)); });
      out.push(p);
      para = [];
    }
  };
  const flushList = () => { if (list) { out.push(list); list = null; } };
  for (const line of lines) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const num = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (bullet || num) {
      flushPara();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        flushList();
        list = h(tag, num && num[1] !== '1' ? { start: num[1] } : null);
      }
      list.appendChild(h('li', null, inline(bullet ? bullet[1] : num[2])));
    } else if (heading) {
      flushPara(); flushList();
      out.push(h('p', { class: 'md-h' }, inline(heading[2])));
    } else if (line.trim() === '') {
      flushPara(); flushList();
    } else {
      flushList();
      para.push(line);
    }
  }
  flushPara(); flushList();
  return out;
}

export function richText(text) {
  const wrap = h('div', { class: 'md' });
  const chunks = String(text ?? '').split(/^```[^\n]*\n?/m);
  // split on fence lines: even chunks are prose, odd chunks are code
  chunks.forEach((chunk, i) => {
    if (i % 2 === 1) wrap.appendChild(h('pre', { class: 'code' }, h('code', null, chunk.replace(/\n$/, ''))));
    else block(chunk.split('\n')).forEach((n) => wrap.appendChild(n));
  });
  return wrap;
}

// ---- parts

function collapsible(summary, body, { testid, open = false, cls = '' } = {}) {
  return h('details', { class: 'fold ' + cls, testid, open }, h('summary', null, summary), body);
}

function jsonBlock(value, testid) {
  if (value !== null && typeof value === 'object') return jsonTree(value, { openDepth: 2, testid });
  return h('pre', { class: 'code', testid }, pretty(value));
}

/** A fold's title with a one-line preview of its JSON, so the gist reads without expanding. */
function foldTitle(label, value) {
  return h('span', { class: 'fold-title' }, h('span', null, label), h('span', { class: 'fold-preview' }, oneLine(value)));
}

function toolPart(part) {
  const inv = (part && typeof part.toolInvocation === 'object' && part.toolInvocation) || part || {};
  const name = inv.toolName || part.toolName || 'tool';
  const state = inv.state || (inv.result !== undefined ? 'result' : 'call');
  const args = inv.args ?? inv.input ?? null;
  const hasResult = Object.prototype.hasOwnProperty.call(inv, 'result') || inv.output !== undefined;
  const result = Object.prototype.hasOwnProperty.call(inv, 'result') ? inv.result : inv.output;
  const failed = state === 'error' || (inv.result && typeof inv.result === 'object' && inv.result.error && !Array.isArray(inv.result));
  return h('div', { class: 'tool', testid: 'tool-call', dataset: { tool: name } },
    h('div', { class: 'tool-head' },
      icon('tool', 14),
      h('span', { class: 'tool-name', testid: 'tool-name' }, name),
      h('span', { class: 'badge badge-' + (failed ? 'failed' : state === 'result' ? 'success' : 'running'), testid: 'tool-state' },
        state === 'result' ? 'result' : state === 'call' ? 'called · no result' : state),
      inv.toolCallId ? h('span', { class: 'tool-id muted', title: 'toolCallId' }, inv.toolCallId) : null),
    collapsible(foldTitle('Arguments', args), jsonBlock(args, 'tool-args'), { testid: 'tool-args-toggle' }),
    hasResult ? collapsible(foldTitle('Result', result), jsonBlock(result, 'tool-result'), { testid: 'tool-result-toggle' }) : null);
}

function reasoningPart(part) {
  let text = typeof part.reasoning === 'string' ? part.reasoning : '';
  if (!text && Array.isArray(part.details)) text = part.details.map((d) => (d && (d.text ?? '')) || '').join('');
  if (!text && typeof part.text === 'string') text = part.text;
  return collapsible(h('span', null, icon('brain', 14), ' Reasoning'), h('div', { class: 'reasoning-body' }, richText(text)),
    { testid: 'reasoning', cls: 'reasoning' });
}

/** A URL we are willing to put into src/href: http(s), or a data: URL of the given kind. */
function safeUrl(value, mime, dataPrefix) {
  if (typeof value !== 'string' || !value) return null;
  if (/^https?:\/\//i.test(value)) return value;
  if (value.startsWith('data:')) return value.startsWith(dataPrefix) ? value : null;
  // bare base64, as some writers store it: make it a data URL of the declared type
  if (/^[A-Za-z0-9+/=\s]+$/.test(value.slice(0, 200)) && mime) return `data:${mime};base64,${value.replace(/\s/g, '')}`;
  return null;
}

function filePart(part) {
  const mime = String(part.mimeType || part.mediaType || part.contentType || '');
  const data = part.data ?? part.url ?? '';
  const name = part.filename || part.name || (typeof data === 'string' && /^https?:/.test(data) ? data.split('/').pop() : '') || 'attachment';
  const isImage = mime.startsWith('image/');
  const url = safeUrl(data, mime, isImage ? 'data:image/' : 'data:');
  let size = null;
  if (typeof data === 'string' && data.startsWith('data:')) size = Math.floor((data.length - data.indexOf(',') - 1) * 3 / 4);
  return h('figure', { class: 'file', testid: 'file-part' },
    isImage && url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'file-preview', 'aria-label': 'Open image ' + name },
      h('img', { src: url, alt: name, loading: 'lazy', testid: 'file-image', onerror: (e) => e.target.closest('a')?.replaceWith(h('span', { class: 'muted file-blocked' }, 'Preview not available')) })) : null,
    h('figcaption', null,
      icon('file', 14),
      url && !isImage ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', download: url.startsWith('data:') ? name : null }, name)
        : h('span', { class: 'file-name' }, name),
      h('span', { class: 'muted' }, [mime || 'unknown type', size ? ' · ' + fmtBytes(size) : ''].join(''))));
}

function unknownPart(part) {
  const type = part && typeof part === 'object' && part.type ? String(part.type) : typeof part;
  return collapsible(h('span', null, 'Part ', h('code', null, type)), jsonBlock(part, 'unknown-part-json'), { testid: 'unknown-part', cls: 'unknown' });
}

function renderPart(part) {
  if (!part || typeof part !== 'object') return unknownPart(part);
  switch (part.type) {
    case 'text': return h('div', { class: 'part-text', testid: 'text-part' }, richText(part.text));
    case 'tool-invocation': return toolPart(part);
    case 'reasoning': return reasoningPart(part);
    case 'file': return filePart(part);
    case 'step-start': return h('div', { class: 'step-start', role: 'separator', 'aria-label': 'step', testid: 'step-start' }, h('span', null, 'step'));
    default:
      // AI SDK v5 names tool parts "tool-<name>"
      if (typeof part.type === 'string' && part.type.startsWith('tool-') && (part.input !== undefined || part.toolCallId)) {
        return toolPart({ ...part, toolName: part.type.slice(5), args: part.input, result: part.output, state: part.state });
      }
      return unknownPart(part);
  }
}

/** The parts of a stored content: v2 parts, or a plain string / legacy shape as one text part. */
export function partsOf(content) {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (!content || typeof content !== 'object') return [];
  if (Array.isArray(content.parts) && content.parts.length) return content.parts;
  if (typeof content.content === 'string' && content.content) return [{ type: 'text', text: content.content }];
  if (Array.isArray(content)) return content;
  return [];
}

export function renderMessage(m) {
  const role = m && typeof m.role === 'string' ? m.role : 'unknown';
  const parts = partsOf(m && m.content);
  const body = h('div', { class: 'bubble' });
  if (!parts.length) body.appendChild(h('p', { class: 'muted' }, '(no content)'));
  for (const p of parts) {
    try { body.appendChild(renderPart(p)); } catch (e) { body.appendChild(unknownPart(p)); }
  }
  return h('article', { class: 'msg msg-' + (ROLE_LABEL[role] ? role : 'other'), testid: 'message', dataset: { role, id: m && m.id != null ? String(m.id) : '' },
    'aria-label': (ROLE_LABEL[role] || role) + ' message' },
  h('div', { class: 'avatar', 'aria-hidden': 'true' }, icon(ROLE_ICON[role] || 'file', 15)),
  h('div', { class: 'msg-main' },
    h('div', { class: 'msg-meta' },
      h('span', { class: 'msg-role' }, ROLE_LABEL[role] || role),
      h('time', { datetime: m && m.createdAt, title: fmtDateTime(m && m.createdAt) }, fmtTime(m && m.createdAt))),
    body));
}
