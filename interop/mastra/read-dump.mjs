#!/usr/bin/env node
// read-dump.mjs — print, as JSON, everything Mastra reads back from a database (AgentStore -> Mastra direction).
//
// Usage:
//   node read-dump.mjs 'postgresql://postgres@127.0.0.1:5432/test?schema=agentstore_out'
//   node read-dump.mjs postgresql://postgres@127.0.0.1:5432/test --schema agentstore_out
//   node read-dump.mjs file:./agentstore-out.db
//   options: --resource ID   (repeatable) also dump this resource even if no thread/run refers to it
//            --no-init       skip Mastra's init (disableInit: true): read only, create/alter nothing
//
// Uses ONLY Mastra's storage API (no SQL): it proves that Mastra itself can read the rows.
//   resources : found as the resourceIds of all threads (listThreads) and of all workflow runs
//               (listWorkflowRuns), plus --resource ids; each read with getResourceById
//   threads   : listThreads({ filter: { resourceId } }) per resource, cross-checked with getThreadById
//   messages  : listMessages({ threadId, perPage: false }) per thread (Mastra's own order)
//   workflows : listWorkflowRuns(), then loadWorkflowSnapshot + getWorkflowRunById per run
// Anything Mastra returns that looks wrong (invalid date, content not v2, metadata not an object,
// a thread/run that the single-item getters cannot find) is listed under "problems".
// Note: by default store.init() runs first, as in any Mastra app: it creates Mastra's other tables
// and indexes, and on PostgreSQL ADDS missing "createdAtZ"/"updatedAtZ" columns DEFAULT now()
// (which then override createdAt for existing rows!). Use --no-init to read without touching anything.
// Exit code: 0 = read fine, 1 = problems found, 2 = usage error / Mastra threw.
import { openStore, parseArgs, maskUrl } from './store.mjs';

const USAGE = 'usage: node read-dump.mjs <postgresql://...[?schema=S] | file:/path.db> [--schema S] [--no-init] [--resource ID]...';
const { url, schema: schemaArg, rest } = parseArgs(USAGE);
const extraResources = [];
let init = true;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--no-init') init = false;
  else if (rest[i] === '--resource') extraResources.push(rest[++i]);
  else if (rest[i].startsWith('--resource=')) extraResources.push(rest[i].slice('--resource='.length));
  else { console.error(USAGE); process.exit(2); }
}

const problems = [];
const problem = (where, what) => problems.push({ where, what });
const iso = (d, where) => {
  const t = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(t.getTime())) { problem(where, `invalid date: ${String(d)}`); return null; }
  return t.toISOString();
};
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const kindOf = (v) => (Array.isArray(v) ? 'array' : typeof v);

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

function describeMessage(m) {
  const where = `message ${m.id}`;
  const c = m.content;
  if (!isObj(c)) problem(where, `content is ${kindOf(c)}, not a v2 object`);
  else {
    if (c.format !== 2) problem(where, `content.format is ${JSON.stringify(c.format)}, expected 2`);
    if (!Array.isArray(c.parts)) problem(where, 'content.parts is not an array');
    else if (c.parts.length === 0) problem(where, 'content.parts is empty (note: Mastra reads content without "format": 2 as empty parts)');
  }
  const parts = Array.isArray(c?.parts) ? c.parts : [];
  return {
    id: m.id,
    role: m.role,
    ...(m.type !== undefined ? { type: m.type } : {}),
    createdAt: iso(m.createdAt, where),
    threadId: m.threadId,
    resourceId: m.resourceId,
    format: c?.format,
    partTypes: parts.map((p) => p?.type),
    parts: parts.map(describePart),
    ...(c?.content !== undefined ? { content: c.content } : {}),
    ...(c?.metadata !== undefined ? { metadata: c.metadata } : {}),
  };
}

let code = 0;
let opened;
try {
  opened = await openStore(url, schemaArg, { init });
} catch (e) {
  console.error('Mastra failed to open the database:', e?.stack ?? e);
  if (e?.cause) console.error('cause:', e.cause);
  process.exit(2);
}
const { store, kind, schema, memory, workflows } = opened;
try {
  // ---- discover resource ids through Mastra's list APIs ----
  const allThreads = (await memory.listThreads({ perPage: false })).threads;
  const { runs, total: runTotal } = await workflows.listWorkflowRuns();
  const resourceIds = [...new Set([
    ...extraResources,
    ...allThreads.map((t) => t.resourceId),
    ...runs.map((r) => r.resourceId).filter(Boolean),
  ])].sort();

  const out = { url: maskUrl(url), kind, schema, init, resources: [], workflowRuns: [], problems };
  for (const resourceId of resourceIds) {
    const r = await memory.getResourceById({ resourceId });
    const entry = { id: resourceId, found: !!r };
    if (!r && extraResources.includes(resourceId)) problem(`resource ${resourceId}`, 'getResourceById returned null');
    if (r) {
      entry.workingMemory = r.workingMemory ?? null;
      entry.metadata = r.metadata ?? null;
      entry.createdAt = iso(r.createdAt, `resource ${resourceId}`);
      entry.updatedAt = iso(r.updatedAt, `resource ${resourceId}`);
      if (r.metadata != null && !isObj(r.metadata)) problem(`resource ${resourceId}`, `metadata is ${kindOf(r.metadata)}, not an object`);
    }
    const page = await memory.listThreads({ filter: { resourceId }, perPage: false, orderBy: { field: 'createdAt', direction: 'ASC' } });
    entry.threads = [];
    for (const t of page.threads) {
      const where = `thread ${t.id}`;
      const single = await memory.getThreadById({ threadId: t.id });
      if (!single) problem(where, 'listed by listThreads but getThreadById returned null');
      if (t.metadata != null && !isObj(t.metadata)) problem(where, `metadata is ${kindOf(t.metadata)}, not an object`);
      const { messages, total } = await memory.listMessages({ threadId: t.id, perPage: false });
      if (messages.length !== total) problem(where, `listMessages returned ${messages.length} of total ${total}`);
      entry.threads.push({
        id: t.id,
        resourceId: t.resourceId,
        title: t.title,
        metadata: t.metadata ?? null,
        createdAt: iso(t.createdAt, where),
        updatedAt: iso(t.updatedAt, where),
        messages: messages.map(describeMessage),
      });
    }
    out.resources.push(entry);
  }

  for (const run of runs) {
    const where = `workflow run ${run.workflowName}/${run.runId}`;
    const snap = typeof run.snapshot === 'string' ? null : run.snapshot;
    if (!snap) problem(where, 'listWorkflowRuns returned an unparsed (string) snapshot');
    const loaded = await workflows.loadWorkflowSnapshot({ workflowName: run.workflowName, runId: run.runId });
    if (!loaded) problem(where, 'loadWorkflowSnapshot returned null');
    const byId = await workflows.getWorkflowRunById({ runId: run.runId, workflowName: run.workflowName });
    if (!byId) problem(where, 'getWorkflowRunById returned null');
    out.workflowRuns.push({
      workflowName: run.workflowName,
      runId: run.runId,
      resourceId: run.resourceId ?? null,
      createdAt: iso(run.createdAt, where),
      updatedAt: iso(run.updatedAt, where),
      status: snap?.status,
      loadedStatus: loaded?.status,
      snapshotKeys: snap ? Object.keys(snap).sort() : [],
      stepIds: snap?.context ? Object.keys(snap.context).filter((k) => k !== 'input') : [],
    });
  }
  out.counts = {
    resources: out.resources.filter((r) => r.found).length,
    threads: allThreads.length,
    messages: out.resources.reduce((n, r) => n + r.threads.reduce((m, t) => m + t.messages.length, 0), 0),
    workflowRuns: runTotal,
  };
  console.log(JSON.stringify(out, null, 2));
  if (problems.length) code = 1;
} catch (e) {
  console.error('Mastra failed to read the database:', e?.stack ?? e);
  if (e?.cause) console.error('cause:', e.cause);
  code = 2;
} finally {
  await store.close?.();
}
process.exit(code);
