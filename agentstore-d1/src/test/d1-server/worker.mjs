// A stand-in for Cloudflare's REST API in front of a local D1 database, for agentstore-d1's tests.
// It serves exactly the route AgentStore uses,
//   POST /client/v4/accounts/{account_id}/d1/database/{database_id}/query
// with the real API's bearer-token check, request bodies ({"sql","params"} or {"batch":[...]})
// and response envelope ({"success","errors","messages","result":[{"results","success","meta"}]}).
// Every statement runs on a real D1 binding (workerd's SQLite); a batch runs as one D1 batch,
// which D1 executes as a single transaction.

function envelope(status, result, errors) {
  return new Response(JSON.stringify({ success: errors.length === 0, errors, messages: [], result }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function failure(status, code, message) {
  return envelope(status, null, [{ code, message }]);
}

function statement(db, q) {
  if (!q || typeof q.sql !== 'string') {
    throw new TypeError('each query needs a "sql" string');
  }
  const params = Array.isArray(q.params) ? q.params : [];
  const stmt = db.prepare(q.sql);
  return params.length > 0 ? stmt.bind(...params) : stmt;
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const route = url.pathname.match(/^\/client\/v4\/accounts\/([^/]+)\/d1\/database\/([^/]+)\/query$/);
    if (request.method !== 'POST' || !route) {
      return failure(404, 7000, 'No route for that URI');
    }
    const auth = request.headers.get('authorization') || '';
    if (auth !== `Bearer ${env.API_TOKEN}`) {
      return failure(403, 10000, 'Authentication error');
    }
    const [, account, database] = route;
    const binding = account === env.ACCOUNT_ID ? env.DATABASES[database] : undefined;
    const db = binding ? env[binding] : undefined;
    if (!db) {
      return failure(404, 7404, `The database ${database} could not be found`);
    }
    let body;
    try {
      body = await request.json();
    } catch (e) {
      return failure(400, 7400, 'The request is malformed: the body is not JSON');
    }
    try {
      if (Array.isArray(body.batch)) {
        const results = await db.batch(body.batch.map((q) => statement(db, q)));
        return envelope(200, results.map((r) => ({ results: r.results ?? [], success: true, meta: r.meta })), []);
      }
      const r = await statement(db, body).all();
      return envelope(200, [{ results: r.results ?? [], success: true, meta: r.meta }], []);
    } catch (e) {
      const cause = e && e.cause && e.cause.message ? `: ${e.cause.message}` : '';
      return failure(400, 7500, `${e && e.message ? e.message : String(e)}${cause}`);
    }
  },
};
