// Screens by address: #/datasets, #/datasets/3, #/solve/3/12, #/plans/12/rooming… Each route names a screen
// module (loaded when first needed) that exports `title` (a text key) and `render(main, route)`; render may
// return a function that the router calls when the screen is left (to close an event stream, say).
import {applyPermissions, currentSession} from './session.js';
import {t} from './i18n.js';
import {h, put} from './dom.js';
import {problemBox} from './problems.js';

const routes = [];
const menu = [];
let main;
let leave = null;
let rendering = 0;
let lastPath = null;

/** Adds a route; pattern segments starting with ':' are parameters. Only a public route shows to nobody signed in. */
export function route(pattern, load, {public: open = false} = {}) {
  routes.push({parts: pattern.split('/').filter(Boolean), load, open});
}

/** Adds a menu entry: its text key, where it leads, and which addresses it stands for (their first segment). */
export function menuEntry(key, href, sections) {
  menu.push({key, href, sections});
}

function parse() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  const [path, search = ''] = hash.split('?');
  return {path, parts: path.split('/').filter(Boolean), query: new URLSearchParams(search)};
}

function match(parts) {
  for (const candidate of routes) {
    if (candidate.parts.length !== parts.length) {
      continue;
    }
    const params = {};
    const matches = candidate.parts.every((part, index) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = parts[index];
        return true;
      }
      return part === parts[index];
    });
    if (matches) {
      return {candidate, params};
    }
  }
  return null;
}

export function navigate(path) {
  if (location.hash === `#${path}`) {
    render();
  } else {
    location.hash = path;
  }
}

/** Replaces the address without a new history entry or a re-render (a screen that chose a default). */
export function replaceAddress(path) {
  history.replaceState(null, '', `#${path}`);
  renderMenu(parse());
}

function renderMenu(current) {
  const nav = document.getElementById('menu');
  put(nav, h('ul', {}, menu.map(entry => {
    const active = entry.sections.includes(current.parts[0] ?? '');
    return h('li', {}, h('a', {href: `#${typeof entry.href === 'function' ? entry.href() : entry.href}`,
      'aria-current': active ? 'page' : null, class: active ? 'active' : null}, t(entry.key)));
  })));
}

/** Renders the screen of the current address; a later call wins over one still loading. */
export async function render() {
  const ticket = ++rendering;
  const current = parse();
  if (leave) {
    leave();
    leave = null;
  }
  renderMenu(current);
  const found = match(current.parts);
  if (!found) {
    location.replace('#/datasets');
    return;
  }
  if (!found.candidate.open && currentSession() === null) {
    location.replace(`#/sign-in?then=${encodeURIComponent(current.path)}`);
    return;
  }
  put(main, h('p', {class: 'loading'}, t('app.loading')));
  main.setAttribute('aria-busy', 'true');
  try {
    const screen = await found.candidate.load();
    const content = document.createDocumentFragment();
    const cleanup = await screen.render(content, {params: found.params, query: current.query, path: current.path});
    if (ticket !== rendering) {
      cleanup?.();
      return;
    }
    put(main, content);
    leave = cleanup ?? null;
    document.title = `${t(screen.title)} · Caravan`;
  } catch (error) {
    if (ticket !== rendering) {
      return;
    }
    console.error(error);
    put(main, h('h1', {}, t('app.error')), problemBox(error));
  }
  main.removeAttribute('aria-busy');
  applyPermissions(main);
  if (current.path !== lastPath) {
    // A new screen: move focus to its heading so screen readers start there, as after a page load.
    lastPath = current.path;
    const heading = main.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    (heading ?? main).focus({preventScroll: true});
    window.scrollTo(0, 0);
  }
}

export function startRouter(mainElement) {
  main = mainElement;
  window.addEventListener('hashchange', render);
  return render();
}
