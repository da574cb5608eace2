// The Studio's only door to the server: JSON over fetch, the bearer token from sessionStorage,
// and the API's error body turned into an ApiError whose message is what the user reads.

const TOKEN_KEY = 'agentstore.token';

export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && typeof body === 'object' && body.error) || {};
    super(e.message || `The server answered ${status}`);
    this.status = status;
    this.code = e.code || 'HTTP_' + status;
    this.hint = e.hint || null;
    this.field = e.field || null;
  }
}

export function getToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
}

export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lives only until reload */ }
}

/** Called with the error on every 401, so the app can ask for a token once for all panes. */
let onUnauthorized = () => {};
export function setUnauthorizedHandler(fn) { onUnauthorized = fn; }

/** Encodes one path segment: ids may hold '/', quotes, '#', '?' or any unicode. */
export const seg = (id) => encodeURIComponent(String(id));

/** '?a=1&b=2' from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch('api' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { error: { message: 'Cannot reach the AgentStore server (' + (e.message || e) + ')' } });
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const err = new ApiError(res.status, data);
    if (res.status === 401) onUnauthorized(err);
    throw err;
  }
  if (data === null && text) throw new ApiError(res.status, { error: { message: 'The server answered something that is not JSON' } });
  return data;
}
