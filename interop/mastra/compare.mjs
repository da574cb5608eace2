#!/usr/bin/env node
// compare.mjs — check that AgentStore (its CLI) and Mastra (a read-dump.mjs output) see the same data.
//
// Usage:
//   node compare.mjs --url URL --mastra dump.json [--cli PATH] [--label L] [--demo demo.json] [--check-status]
//   node compare.mjs --same A.json B.json [--label L]
//
// First form: `dump.json` is what `node read-dump.mjs URL` printed (what Mastra reads). This
// script asks AgentStore's CLI (default: the `agentstore` launcher at the repo root) for the
// same database, with --json:
//   agentstore threads list --url URL [--resource R] --json     all threads, then per resource
//   agentstore messages list --url URL --thread T --json        per thread
//   agentstore runs list --url URL --json                       all workflow runs
// and compares: the same thread ids per resource in AgentStore's order (createdAt, then id,
// newest first), titles, metadata, createdAt/updatedAt (to the millisecond, Mastra's precision);
// per thread the same message ids in the same order, role, type, thread, resource, createdAt,
// the type and text of every part (tool calls: name, id, state, args, result), content.content
// and content.metadata; the same workflow runs with status, resource, times and snapshot keys.
//   --demo demo.json  also check that Mastra sees everything `agentstore demo --json` reported
//                     writing (resources, threads, message count, runs and their statuses)
//   --check-status    also check `agentstore status --json`: schema version 1, no pending
//                     migrations, row counts equal to what both sides list
// Second form: two read-dump outputs of the same database must be equal (ignoring `init`).
// Prints one line per comparison on success; every difference on stderr otherwise.
// Exit code: 0 = identical, 1 = differences, 2 = usage error or a command failed.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const USAGE = 'usage: node compare.mjs --url URL --mastra dump.json [--cli PATH] [--label L] [--demo demo.json] [--check-status]\n'
  + '       node compare.mjs --same A.json B.json [--label L]';

const args = process.argv.slice(2);
const opt = { cli: path.resolve(HERE, '../../agentstore'), label: '', checkStatus: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--url') opt.url = args[++i];
  else if (a === '--mastra') opt.mastra = args[++i];
  else if (a === '--cli') opt.cli = args[++i];
  else if (a === '--label') opt.label = args[++i];
  else if (a === '--demo') opt.demo = args[++i];
  else if (a === '--check-status') opt.checkStatus = true;
  else if (a === '--same') { opt.same = [args[++i], args[++i]]; }
  else { console.error(USAGE); process.exit(2); }
}
const label = opt.label ? `${opt.label}: ` : '';
const diffs = [];
const diff = (where, what) => diffs.push(`${where}: ${what}`);

/** JSON with object keys sorted, so key order never matters. */
function canon(v) {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  // a key whose value is undefined is absent, as in JSON.stringify
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v === undefined ? null : v);
}
const same = (a, b) => canon(a) === canon(b);
const show = (v) => (v === undefined ? 'undefined' : JSON.stringify(v));
function eq(where, field, mastra, agentstore) {
  if (!same(mastra, agentstore)) diff(where, `${field} differs: Mastra ${show(mastra)} vs AgentStore ${show(agentstore)}`);
}
/** An ISO-8601 instant to epoch milliseconds, cutting (not rounding) any digits past the millisecond, as JS Dates do. */
function ms(s) {
  if (s == null) return null;
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)$/.exec(s);
  if (!m) return Number.NaN;
  return Date.parse(`${m[1]}.${((m[2] ?? '') + '000').slice(0, 3)}${m[3]}`);
}
function eqTime(where, field, mastra, agentstore) {
  const a = ms(mastra);
  const b = ms(agentstore);
  if (Number.isNaN(a) || Number.isNaN(b) || a !== b) diff(where, `${field} differs: Mastra ${mastra} vs AgentStore ${agentstore}`);
}
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));

if (opt.same) {
  const [a, b] = opt.same.map(readJson);
  for (const d of [a, b]) delete d.init;
  if (!same(a, b)) {
    const ja = JSON.stringify(a, null, 1).split('\n');
    const jb = JSON.stringify(b, null, 1).split('\n');
    const i = ja.findIndex((line, k) => line !== jb[k]);
    console.error(`${label}Mastra's two reads differ (${opt.same.join(' vs ')}), first at line ${i + 1}:\n  ${ja[i]}\n  ${jb[i]}`);
    process.exit(1);
  }
  console.log(`${label}Mastra reads the same before and after (${a.counts?.threads} threads, ${a.counts?.messages} messages, ${a.counts?.workflowRuns} runs)`);
  process.exit(0);
}
if (!opt.url || !opt.mastra) { console.error(USAGE); process.exit(2); }

function agentstore(...cmd) {
  const argv = [...cmd, '--url', opt.url, '--json'];
  const r = spawnSync(opt.cli, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    console.error(`${label}agentstore ${argv.join(' ')} failed (exit ${r.status ?? r.error}):\n${r.stderr}${r.stdout}`);
    process.exit(2);
  }
  try {
    return JSON.parse(r.stdout);
  } catch (e) {
    console.error(`${label}agentstore ${argv.join(' ')} printed no JSON: ${e.message}\n${r.stdout}\n${r.stderr}`);
    process.exit(2);
  }
}

// Mastra's description of a part (as read-dump.mjs prints it), computed from AgentStore's stored content.
function describePart(p) {
  switch (p?.type) {
    case 'text': return { type: 'text', text: p.text };
    case 'reasoning': return { type: 'reasoning', text: p.reasoning ?? (p.details ?? []).map((d) => d.text ?? '').join('') };
    case 'tool-invocation': {
      const ti = p.toolInvocation ?? {};
      return { type: 'tool-invocation', toolName: ti.toolName, toolCallId: ti.toolCallId, state: ti.state, args: ti.args, result: ti.result };
    }
    case 'file': return { type: 'file', mimeType: p.mimeType ?? p.mediaType };
    case 'source': return { type: 'source', url: p.source?.url };
    default: return { type: p?.type };
  }
}
/** Parts as Mastra would see them: v2 parts, or one text part for content that is a plain string. */
function partsOf(content) {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content?.parts) ? content.parts : [];
}
const byTimeThenIdDesc = (ta, tb) => (ms(tb.createdAt) - ms(ta.createdAt)) || (tb.id < ta.id ? -1 : tb.id > ta.id ? 1 : 0);

const mastra = readJson(opt.mastra);
if (mastra.problems?.length) diff('Mastra', `read-dump reported problems: ${JSON.stringify(mastra.problems)}`);

// ---- threads: all, then per resource ----
const allAs = agentstore('threads', 'list', '--per-page', '10000');
const mastraThreads = mastra.resources.flatMap((r) => r.threads);
eq('threads', 'total', mastra.counts.threads, allAs.total);
eq('threads', 'ids', mastraThreads.map((t) => t.id).sort(), allAs.threads.map((t) => t.id).sort());

let messageCount = 0;
let asMessageCount = 0;
for (const res of mastra.resources) {
  const asPage = agentstore('threads', 'list', '--resource', res.id, '--per-page', '10000');
  const expected = [...res.threads].sort(byTimeThenIdDesc);
  eq(`threads of ${res.id}`, 'ids in order (createdAt, id; newest first)', expected.map((t) => t.id), asPage.threads.map((t) => t.id));
  for (let i = 1; i < res.threads.length; i++) {
    if (ms(res.threads[i - 1].createdAt) > ms(res.threads[i].createdAt)) diff(`threads of ${res.id}`, 'Mastra listed them out of createdAt order');
  }
  const asById = new Map(asPage.threads.map((t) => [t.id, t]));
  for (const t of res.threads) {
    const where = `thread ${t.id}`;
    const at = asById.get(t.id);
    if (!at) continue;
    eq(where, 'resourceId', t.resourceId, at.resourceId);
    eq(where, 'title', t.title, at.title);
    eq(where, 'metadata', t.metadata ?? {}, at.metadata ?? {});
    eqTime(where, 'createdAt', t.createdAt, at.createdAt);
    eqTime(where, 'updatedAt', t.updatedAt, at.updatedAt);

    const asMsgs = agentstore('messages', 'list', '--thread', t.id, '--per-page', '10000');
    eq(where, 'message count', t.messages.length, asMsgs.total);
    asMessageCount += asMsgs.total;
    messageCount += t.messages.length;
    const hidden = asMsgs.messages.filter((m) => m.role === 'system').map((m) => m.id);
    if (hidden.length) {
      diff(where, `AgentStore stored system-role message(s) ${hidden.join(', ')}: Mastra drops role "system" when it reads memory`
        + ' (MessageList.add(…, "memory") returns null for them), so a Mastra agent never sees them');
    }
    eq(where, 'message ids in order', t.messages.map((m) => m.id), asMsgs.messages.map((m) => m.id));
    const asMsgById = new Map(asMsgs.messages.map((m) => [m.id, m]));
    for (const m of t.messages) {
      const w = `message ${m.id}`;
      const am = asMsgById.get(m.id);
      if (!am) continue;
      eq(w, 'role', m.role, am.role);
      eq(w, 'type', m.type ?? 'v2', am.type);
      eq(w, 'threadId', m.threadId, am.threadId);
      eq(w, 'resourceId', m.resourceId ?? null, am.resourceId ?? null);
      eqTime(w, 'createdAt', m.createdAt, am.createdAt);
      const parts = partsOf(am.content);
      eq(w, 'part types', m.partTypes, parts.map((p) => p?.type));
      eq(w, 'parts (type, text, tool call)', m.parts, parts.map(describePart));
      const c = typeof am.content === 'object' && am.content !== null ? am.content : {};
      eq(w, 'content.content', m.content, c.content);
      eq(w, 'content.metadata', m.metadata, c.metadata);
      const mastraText = m.parts.filter((p) => p.type === 'text').map((p) => p.text).join('');
      if (mastraText !== '' || typeof m.content !== 'string') eq(w, 'text', mastraText, am.text);
    }
  }
}

// ---- workflow runs ----
const asRuns = agentstore('runs', 'list', '--per-page', '10000');
eq('workflow runs', 'total', mastra.counts.workflowRuns, asRuns.total);
const key = (r) => `${r.workflowName}/${r.runId}`;
const runOrder = (a, b) => (ms(b.createdAt) - ms(a.createdAt)) || (key(b) < key(a) ? -1 : key(b) > key(a) ? 1 : 0);
eq('workflow runs', 'keys in order (createdAt, newest first)', [...mastra.workflowRuns].sort(runOrder).map(key), asRuns.runs.map(key));
const asRunByKey = new Map(asRuns.runs.map((r) => [key(r), r]));
for (const r of mastra.workflowRuns) {
  const where = `workflow run ${key(r)}`;
  const ar = asRunByKey.get(key(r));
  if (!ar) { diff(where, 'missing in AgentStore'); continue; }
  eq(where, 'status', r.status, ar.status);
  eq(where, 'status (loadWorkflowSnapshot)', r.loadedStatus, ar.status);
  eq(where, 'resourceId', r.resourceId ?? null, ar.resourceId ?? null);
  eqTime(where, 'createdAt', r.createdAt, ar.createdAt);
  eqTime(where, 'updatedAt', r.updatedAt, ar.updatedAt);
  eq(where, 'snapshot keys', r.snapshotKeys, Object.keys(ar.snapshot ?? {}).sort());
  eq(where, 'step ids', r.stepIds, Object.keys(ar.snapshot?.context ?? {}).filter((k) => k !== 'input'));
}

// ---- what `agentstore demo` said it wrote ----
if (opt.demo) {
  const demo = readJson(opt.demo);
  const found = mastra.resources.filter((r) => r.found).map((r) => r.id).sort();
  const check = (what, wrote, read) => {
    if (!same(wrote, read)) diff('demo', `${what}: agentstore demo wrote ${show(wrote)}, Mastra reads ${show(read)}`);
  };
  check('resources', [...demo.resources].sort(), found);
  check('threads', [...demo.threads].sort(), mastraThreads.map((t) => t.id).sort());
  check('message count', demo.messages, messageCount);
  check('runs (with status)', demo.runs.map((r) => `${key(r)} ${r.status}`).sort(), mastra.workflowRuns.map((r) => `${key(r)} ${r.status}`).sort());
}

// ---- agentstore status ----
if (opt.checkStatus) {
  const st = agentstore('status').stores?.[0];
  if (!st) diff('status', 'no store in `agentstore status --json`');
  else {
    eq('status', 'schemaVersion', 1, st.schemaVersion);
    eq('status', 'pendingMigrations', [], st.pendingMigrations);
    eq('status', 'row counts', { threads: mastra.counts.threads, messages: asMessageCount, resources: mastra.counts.resources,
      workflow_snapshots: mastra.counts.workflowRuns }, st.rowCounts);
  }
}

if (diffs.length) {
  console.error(`${label}${diffs.length} difference(s) between Mastra and AgentStore:`);
  for (const d of diffs) console.error(`  - ${d}`);
  process.exit(1);
}
console.log(`${label}Mastra and AgentStore agree: ${mastra.counts.resources} resources, ${mastra.counts.threads} threads, `
  + `${messageCount} messages, ${mastra.counts.workflowRuns} workflow runs`);
