#!/usr/bin/env node
// dump-raw.mjs — print the RAW rows of Mastra's four core tables (debugging aid, uses plain SQL).
//
// Usage:
//   node dump-raw.mjs 'postgresql://postgres@127.0.0.1:5432/test?schema=mastra_ref'
//   node dump-raw.mjs file:./mastra-ref.db
//
// Why: libSQL stores Mastra's jsonb columns (metadata, snapshot) as SQLite JSONB *BLOBs*, which
// the Debian sqlite3 CLI (3.40) cannot decode. This script uses @libsql/client (SQLite 3.45+) and
// shows each such column both as storage class (`typeof`) and decoded with json(). For PostgreSQL
// it shows timestamps as text exactly as stored, and jsonb_typeof() of the jsonb columns.
// It does not create or change anything.
import pg from 'pg';
import { createClient } from '@libsql/client';
import { parseArgs } from './store.mjs';

const { url, schema: schemaArg } = parseArgs('usage: node dump-raw.mjs <postgresql://...[?schema=S] | file:/path.db> [--schema S]');
const out = {};
if (/^postgres(ql)?:\/\//.test(url)) {
  const u = new URL(url);
  const schema = schemaArg ?? u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`SET search_path TO "${schema.replace(/"/g, '""')}"`);
  const ts = (col) => `"${col}"::text AS "${col}"`;
  const q = {
    mastra_resources: `SELECT id, "workingMemory", metadata::text AS metadata, jsonb_typeof(metadata) AS "metadata_jsonb_typeof", ${['createdAt', 'updatedAt', 'createdAtZ', 'updatedAtZ'].map(ts)} FROM mastra_resources ORDER BY id`,
    mastra_threads: `SELECT id, "resourceId", title, metadata::text AS metadata, jsonb_typeof(metadata) AS "metadata_jsonb_typeof", ${['createdAt', 'updatedAt', 'createdAtZ', 'updatedAtZ'].map(ts)} FROM mastra_threads ORDER BY id`,
    mastra_messages: `SELECT id, thread_id, role, type, "resourceId", ${['createdAt', 'createdAtZ'].map(ts)}, content FROM mastra_messages ORDER BY thread_id, "createdAt", id`,
    mastra_workflow_snapshot: `SELECT workflow_name, run_id, "resourceId", jsonb_typeof(snapshot) AS "snapshot_jsonb_typeof", ${['createdAt', 'updatedAt', 'createdAtZ', 'updatedAtZ'].map(ts)}, snapshot::text AS snapshot FROM mastra_workflow_snapshot ORDER BY workflow_name, run_id`,
  };
  for (const [table, sql] of Object.entries(q)) out[table] = (await c.query(sql)).rows;
  await c.end();
} else {
  const c = createClient({ url });
  const q = {
    mastra_resources: `SELECT id, "workingMemory", typeof(metadata) AS metadata_storage, json(metadata) AS metadata, "createdAt", "updatedAt" FROM mastra_resources ORDER BY id`,
    mastra_threads: `SELECT id, "resourceId", title, typeof(metadata) AS metadata_storage, json(metadata) AS metadata, "createdAt", "updatedAt" FROM mastra_threads ORDER BY id`,
    mastra_messages: `SELECT id, thread_id, role, type, "resourceId", "createdAt", typeof(content) AS content_storage, content FROM mastra_messages ORDER BY thread_id, "createdAt", id`,
    mastra_workflow_snapshot: `SELECT workflow_name, run_id, "resourceId", typeof(snapshot) AS snapshot_storage, "createdAt", "updatedAt", json(snapshot) AS snapshot FROM mastra_workflow_snapshot ORDER BY workflow_name, run_id`,
  };
  for (const [table, sql] of Object.entries(q)) {
    const r = await c.execute(sql);
    out[table] = r.rows.map((row) => Object.fromEntries(r.columns.map((k, i) => [k, row[i]])));
  }
  c.close();
}
console.log(JSON.stringify(out, null, 2));
