// OpenID Connect sign-in, authorization code flow with PKCE (S256), against the issuer the service
// itself trusts (GET /console/config). A public client: no secret in the browser. Tokens live in
// sessionStorage (this tab only) and never in a URL; the code and state are removed from the address
// bar as soon as they are exchanged.
const SESSION = 'alliance.console.session';
const PENDING = 'alliance.console.pending';

let discovery;

async function discover(config) {
  if (!discovery) {
    const r = await fetch(`${config.issuer}/.well-known/openid-configuration`);
    if (!r.ok) throw new Error(`discovery ${r.status}`);
    discovery = await r.json();
  }
  return discovery;
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function claimsOf(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

/** Sends the browser to the sign-in page; it comes back to this page with ?code=&state=. */
export async function signIn(config) {
  const d = await discover(config);
  const verifier = randomText();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomText();
  const nonce = randomText();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, hash: location.hash }));
  const query = new URLSearchParams({
    client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256', state, nonce,
    ui_locales: document.documentElement.lang === 'en' ? 'en' : 'zh-CN'
  });
  location.assign(`${d.authorization_endpoint}?${query}`);
  return new Promise(() => {});   // the page is leaving
}

async function tokenRequest(config, params) {
  const d = await discover(config);
  const r = await fetch(d.token_endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...params })
  });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error_description || body.error || `token endpoint ${r.status}`);
  return body;
}

function keep(tokens) {
  const session = { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, idToken: tokens.id_token };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
  return session;
}

/** After the redirect back: exchanges the code (once) and cleans the address bar. */
export async function completeSignIn(config) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  const hash = pending?.hash || '#/matches';
  history.replaceState(null, '', `${location.pathname}${hash}`);
  if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
  if (!pending || params.get('state') !== pending.state) throw new Error('state mismatch');
  const tokens = await tokenRequest(config, {
    grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(), code_verifier: pending.verifier
  });
  if (tokens.id_token && claimsOf(tokens.id_token).nonce !== pending.nonce) throw new Error('nonce mismatch');
  keep(tokens);
  return true;
}

function session() {
  return JSON.parse(sessionStorage.getItem(SESSION) || 'null');
}

/** A valid access token, refreshed when it is about to expire; null when the user must sign in. */
export async function accessToken(config) {
  const s = session();
  if (!s) return null;
  if (claimsOf(s.accessToken).exp * 1000 > Date.now() + 30000) return s.accessToken;
  if (!s.refreshToken) return null;
  try {
    return keep(await tokenRequest(config, { grant_type: 'refresh_token', refresh_token: s.refreshToken })).accessToken;
  } catch {
    sessionStorage.removeItem(SESSION);
    return null;
  }
}

export function currentClaims() {
  const s = session();
  return s ? claimsOf(s.accessToken) : null;
}

export async function signOut(config) {
  const s = session();
  sessionStorage.removeItem(SESSION);
  const d = await discover(config);
  const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (s?.idToken) query.set('id_token_hint', s.idToken);
  location.assign(d.end_session_endpoint ? `${d.end_session_endpoint}?${query}` : redirectUri());
}
