// Who uses the page and what they may do. There is no sign-in yet: requests carry no credentials and everyone
// may write. The sign-in screen replaces these three functions; the API client and every screen already go
// through them, so write buttons (marked data-requires="write") disappear for a viewer without other changes.

/** Headers that identify the user on every API request, the event stream and downloads included. */
export function authHeaders() {
  return {};
}

/** Whether the user may do this ('write': upload, solve, stop, delete). Without sign-in, everyone may. */
export function can(permission) {
  return typeof permission === 'string';
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
