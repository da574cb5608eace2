// Shared helper for write-sample.mjs and read-dump.mjs: open a Mastra storage from a URL.
//
//   postgresql://user@host:5432/db[?schema=S]  -> @mastra/pg PostgresStore (schemaName = S)
//   postgres://...                              -> same
//   file:/path/to.db | file::memory: | libsql://  -> @mastra/libsql LibSQLStore
//
// `?schema=` is not a libpq/pg option: it is stripped from the URL here and passed to
// Mastra as `schemaName`. An explicit `--schema S` on the command line wins over it.
import { PostgresStore } from '@mastra/pg';
import { LibSQLStore } from '@mastra/libsql';

/** Parses `<url> [--schema S]` from process.argv; exits with usage on error. */
export function parseArgs(usage) {
  const args = process.argv.slice(2);
  let url;
  let schema;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--schema') schema = args[++i];
    else if (args[i].startsWith('--schema=')) schema = args[i].slice('--schema='.length);
    else if (args[i] === '-h' || args[i] === '--help') { console.error(usage); process.exit(0); }
    else if (args[i] === '--no-init') rest.push(args[i]);
    else if (args[i].startsWith('--')) rest.push(args[i], ...(args[i].includes('=') ? [] : [args[++i]]));
    else if (!url) url = args[i];
    else rest.push(args[i]);
  }
  if (!url) { console.error(usage); process.exit(2); }
  return { url, schema, rest };
}

/**
 * Returns { store, kind, schema, memory, workflows } after store.init().
 * With { init: false } Mastra's init (create/alter tables, indexes) is skipped, as with
 * Mastra's own `disableInit: true`, so the database is only read.
 */
export async function openStore(url, schemaOverride, { init = true } = {}) {
  let store;
  let kind;
  let schema;
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    schema = schemaOverride ?? u.searchParams.get('schema') ?? undefined;
    u.searchParams.delete('schema');
    kind = 'postgres';
    store = new PostgresStore({ id: 'agentstore-interop', connectionString: u.toString(), schemaName: schema, disableInit: !init });
  } else if (/^(file:|libsql:|:memory:)/.test(url)) {
    kind = 'libsql';
    store = new LibSQLStore({ id: 'agentstore-interop', url: url === ':memory:' ? 'file::memory:' : url, disableInit: !init });
  } else {
    throw new Error(`unsupported URL (want postgresql://... or file:...): ${url}`);
  }
  await store.init();
  const memory = await store.getStore('memory');
  const workflows = await store.getStore('workflows');
  if (!memory || !workflows) throw new Error('store has no memory/workflows domain');
  return { store, kind, schema: schema ?? (kind === 'postgres' ? 'public' : undefined), memory, workflows };
}

/** URL with any password masked, for printing. */
export function maskUrl(url) {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:****@');
}
