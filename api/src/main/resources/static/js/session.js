// Who uses the page and what they may do. The page signs in with a username and password (POST /api/session);
// the service answers with a session cookie (HttpOnly: this script never sees it) and a CSRF token, which every
// request that changes something sends back in X-CSRF-Token so that other sites cannot make the browser change
// anything. The API client and every screen go through these functions; controls marked data-requires="write"
// disappear for a viewer, data-requires="own" for anyone but an owner.

const CSRF_HEADER = 'X-CSRF-Token';
/** What each permission needs, by the role the service gave this user. */
const ALLOWED = {
  read: ['VIEWER', 'PLANNER', 'OWNER'],
  write: ['PLANNER', 'OWNER'],
  own: ['OWNER'],
};

let current = null;
const listeners = [];

/** Asks the service who is signed in (after a reload the cookie is still there); null when nobody is. */
export async function loadSession() {
  try {
    const response = await fetch('/api/session', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    current = response.ok ? await response.json() : null;
  } catch {
    current = null;
  }
  return current;
}

/** Signs in; resolves to the session, or rejects with the service's answer (a Response) when refused. */
export async function signIn(username, password) {
  const response = await fetch('/api/session', {
    method: 'POST', credentials: 'same-origin',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json'},
    body: JSON.stringify({username, password}),
  });
  if (!response.ok) {
    throw response;
  }
  current = await response.json();
  listeners.forEach(listener => listener(current));
  return current;
}

export async function signOut() {
  try {
    await fetch('/api/session', {method: 'DELETE', credentials: 'same-origin', headers: authHeaders()});
  } finally {
    forget();
  }
}

/** The service no longer knows this session (it expired, or the password changed): the page asks to sign in. */
export function forget() {
  current = null;
  listeners.forEach(listener => listener(null));
}

export function onSessionChange(listener) {
  listeners.push(listener);
}

/** The signed-in user: {organisation, role, actor}, or null. */
export function currentSession() {
  return current;
}

/** Headers that identify the user on every API request, the event stream and downloads included. */
export function authHeaders() {
  return current?.csrfToken ? {[CSRF_HEADER]: current.csrfToken} : {};
}

/** Whether the user may do this ('read', 'write': upload, solve, stop, delete; 'own': members and tokens). */
export function can(permission) {
  return current !== null && (ALLOWED[permission] ?? []).includes(current.role);
}

/**
 * Hides the controls the user may not use (elements with data-requires="permission"). It only ever hides: a
 * control that a screen hides for its own reasons (a stop button once the solve has ended) stays hidden.
 */
export function applyPermissions(root) {
  root.querySelectorAll('[data-requires]').forEach(element => {
    if (!can(element.dataset.requires)) {
      element.hidden = true;
      element.dataset.forbidden = 'true';
    }
  });
}
