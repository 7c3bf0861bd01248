// Calls to the matching service's REST API with the signed-in user's token. Refusals arrive as
// RFC 9457 problem+json; ApiError keeps the body so that forms can show errors[].field beside the field.
import { accessToken } from './auth.js';

let config;
let onUnauthenticated = () => {};

export function configure(c, unauthenticated) {
  config = c;
  onUnauthenticated = unauthenticated;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The message the API gave for one field, if any. */
  field(name) {
    return (this.problem.errors || []).filter(e => e.field === name || e.field?.endsWith('.' + name)).map(e => e.message).join('; ');
  }
}

export async function api(path, { method = 'GET', body, query } = {}) {
  const token = await accessToken(config);
  if (!token) {
    onUnauthenticated();
    throw new ApiError(401, { title: 'Unauthorized' });
  }
  const qs = query ? '?' + new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) : '';
  const r = await fetch(`/api/v1${path}${qs}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined
  });
  const text = await r.text();
  const json = text ? JSON.parse(text) : null;
  if (r.status === 401) onUnauthenticated();
  if (!r.ok) throw new ApiError(r.status, json);
  return json;
}
