// Starts Cloudflare's local D1 (miniflare running workerd) behind worker.mjs on 127.0.0.1 and an
// ephemeral port, prints one JSON line {"url": ...} when it is ready, and stops when its standard
// input closes (the test JVM ended) or on SIGTERM/SIGINT.
//   D1_TEST_TOKEN      the API token the worker accepts (required)
//   D1_TEST_ACCOUNT    the account id of the route (required)
//   D1_TEST_DATABASES  comma-separated database ids, each an empty in-memory D1 database (required)
import { Miniflare } from 'miniflare';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const need = (name) => {
  const v = process.env[name];
  if (!v) {
    console.error(`server.mjs: ${name} is not set`);
    process.exit(2);
  }
  return v;
};
const token = need('D1_TEST_TOKEN');
const account = need('D1_TEST_ACCOUNT');
const ids = need('D1_TEST_DATABASES').split(',').filter(Boolean);

const d1Databases = {};
const databases = {};
ids.forEach((id, i) => {
  d1Databases[`DB_${i}`] = id;
  databases[id] = `DB_${i}`;
});

const mf = new Miniflare({
  modules: true,
  scriptPath: path.join(here, 'worker.mjs'),
  compatibilityDate: '2025-01-01',
  host: '127.0.0.1',
  port: 0,
  d1Databases,
  d1Persist: false,
  bindings: { API_TOKEN: token, ACCOUNT_ID: account, DATABASES: databases },
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await mf.dispose();
  } finally {
    process.exit(code);
  }
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.on('close', () => stop(0));
process.stdin.resume();

try {
  const url = await mf.ready;
  console.log(JSON.stringify({ url: url.origin }));
} catch (e) {
  console.error(`server.mjs: miniflare did not start: ${e && e.stack ? e.stack : e}`);
  await stop(1);
}
