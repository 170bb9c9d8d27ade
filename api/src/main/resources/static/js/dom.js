// Building the page without innerHTML: every text goes in as a text node, so names from a dataset can never
// inject markup.

/**
 * h('button', {class: 'primary', onclick: fn, 'aria-label': '…'}, 'Text', child…). Attributes named on* become
 * listeners; `hidden`, `disabled` and other booleans are set when true; null, undefined and false children are
 * skipped and arrays are flattened.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'style' && typeof value === 'object') {
      for (const [property, setting] of Object.entries(value)) {
        if (property.startsWith('--')) {
          element.style.setProperty(property, String(setting));
        } else {
          element.style[property] = setting;
        }
      }
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's children, skipping null, undefined and false as h() does. */
export function put(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Says something to screen-reader users without moving their focus (a polite live region). */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (region) {
    region.textContent = '';
    // A fresh text node in a later task makes screen readers read a repeated message again.
    setTimeout(() => { region.textContent = message; }, 50);
  }
}

let idCounter = 0;

/** A document-unique id for label/aria wiring. */
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A section with a heading, the unit every screen is made of. */
export function section(title, ...children) {
  const id = uid('section');
  return h('section', {class: 'panel', 'aria-labelledby': id}, h('h2', {id}, title), ...children);
}

/** A small definition list of label/value pairs. */
export function facts(pairs) {
  return h('dl', {class: 'facts'}, pairs.filter(pair => pair).map(([label, value]) =>
    h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/** A table with a caption, column headers and rows of cells (strings or nodes); numeric columns align right. */
export function table({caption, columns, rows, numeric = [], className = 'data'}) {
  return h('table', {class: className},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((column, index) =>
      h('th', {scope: 'col', class: numeric.includes(index) ? 'num' : null}, column)))),
    h('tbody', {}, rows.map(row => h('tr', {}, row.map((cell, index) =>
      index === 0 && cell instanceof Node && cell.tagName === 'TH' ? cell
        : h('td', {class: numeric.includes(index) ? 'num' : null}, cell))))));
}

/** A message for an empty list or a screen with nothing to show yet. */
export function empty(text, ...children) {
  return h('p', {class: 'empty'}, text, ...children);
}

/** Makes an element a drop target for files: onFiles(files) with the files dropped on it. */
export function dropFiles(zone, onFiles) {
  zone.addEventListener('dragover', event => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) {
      onFiles(files);
    }
  });
}
