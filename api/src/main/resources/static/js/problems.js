// Turning an ApiProblem into what a planner reads: a sentence in their language for the kind of failure, the
// server's own detail, and each issue next to the form field it names (or in a list when no field matches).
import {ApiProblem} from './api.js';
import {h, uid} from './dom.js';
import {t} from './i18n.js';

/** The planner's sentence for a failure, in the page's language, by HTTP status. */
export function problemTitle(error) {
  if (!(error instanceof ApiProblem)) {
    return t('problem.unexpected');
  }
  switch (error.status) {
    case 0: return t('problem.network');
    case 400: return t('problem.invalid');
    case 401: return t('problem.signIn');
    case 403: return t('problem.forbidden');
    case 404: return t('problem.notFound');
    case 409: return t('problem.conflict');
    case 413: return t('problem.tooLarge');
    default: return t('problem.server', {status: error.status});
  }
}

/** A block (role=alert) with the title, the server's detail, and any issues as a list of path and message. */
export function problemBox(error, {issueLabel = issue => issue.path} = {}) {
  const issues = error instanceof ApiProblem ? error.issues : [];
  const lang = error instanceof ApiProblem ? error.language : 'en';
  return h('div', {class: 'problem', role: 'alert'},
    h('p', {class: 'problem-title'}, problemTitle(error)),
    error?.message && error.message !== 'network' ? h('p', {class: 'problem-detail', lang}, error.message) : null,
    issues.length > 0 ? h('ul', {class: 'issues'}, issues.map(issue =>
      h('li', {}, h('span', {class: 'issue-path'}, issueLabel(issue)), ' ', h('span', {lang}, issue.message))))
      : null);
}

/** Removes the messages a previous showProblems put into the form. */
export function clearProblems(form) {
  form.querySelectorAll('.field-problem, .form-problem').forEach(element => element.remove());
  form.querySelectorAll('[aria-invalid]').forEach(element => {
    element.removeAttribute('aria-invalid');
    const described = (element.getAttribute('aria-describedby') ?? '').split(' ')
      .filter(id => id && !id.startsWith('problem-')).join(' ');
    if (described) {
      element.setAttribute('aria-describedby', described);
    } else {
      element.removeAttribute('aria-describedby');
    }
  });
}

/**
 * Shows a failed request in a form: each issue whose path names a control of the form (by its name, e.g.
 * "timeLimitSeconds" for "$.timeLimitSeconds") goes right after that control, which is marked invalid and
 * described by the message; the rest go into a block at the top of the form. Focuses the first invalid control.
 */
export function showProblems(form, error) {
  clearProblems(form);
  const rest = [];
  let first = null;
  const issues = error instanceof ApiProblem ? [...error.issues] : [];
  if (error instanceof ApiProblem && error.field && issues.length === 0) {
    issues.push({path: error.field, message: error.message});
  }
  for (const issue of issues) {
    const control = form.elements.namedItem(ApiProblem.fieldOf(issue.path));
    if (!(control instanceof HTMLElement)) {
      rest.push(issue);
      continue;
    }
    const id = uid('problem');
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
    control.insertAdjacentElement('afterend', h('p', {class: 'field-problem', id, lang: error.language}, issue.message));
    first ??= control;
  }
  if (rest.length > 0 || first === null) {
    const shown = error instanceof ApiProblem
      ? new ApiProblem(error.status, {title: error.title, detail: error.message, issues: rest}, error.language) : error;
    form.prepend(h('div', {class: 'form-problem', tabindex: '-1'}, problemBox(shown)));
  }
  (first ?? form.querySelector('.form-problem'))?.focus?.();
}
