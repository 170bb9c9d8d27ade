// Datasets: drop a dataset file in (or choose it), see every problem of an invalid one next to the place in the
// file it names, and the list of stored datasets.
import {api, ApiProblem} from '../api.js';
import {announce, dropFiles, empty, h, put, section, table, uid} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {problemTitle, problemBox} from '../problems.js';
import {navigate} from '../router.js';
import {forgetDataset} from '../model.js';
import {rememberDataset} from '../context.js';
import {sheetImportPanel} from '../sheets.js';

export const title = 'datasets.title';

/** The collections of a dataset whose items a path can point into, with how to name an item. */
const COLLECTIONS = {
  participants: item => [item?.id, item?.name],
  hotels: item => [item?.id, item?.name],
  rooms: item => [item?.id, item?.type],
  airports: item => [item?.code, item?.city],
  segments: item => [item?.id, item?.carrier && `${item.carrier} ${item.number ?? ''}`.trim()],
  itineraries: item => [item?.id, item?.origin],
  funds: item => [item?.id, item?.name],
  visaRules: item => [item?.nationality && `${item.nationality}→${item.country ?? ''}`, item?.visa],
};

/** "$.participants[4].gender" → tokens ["participants", 4, "gender"]. */
function tokens(path) {
  const result = [];
  const pattern = /\.?([^.[\]]+)|\[(\d+)]/g;
  let found;
  const text = String(path ?? '').replace(/^\$/, '');
  while ((found = pattern.exec(text)) !== null) {
    result.push(found[2] !== undefined ? Number(found[2]) : found[1]);
  }
  return result;
}

/**
 * A JSON path as a planner reads it, using the uploaded file to name the items it goes through:
 * "$.participants[4].gender" → "Participant no. 5 (p005, Awa Traoré) › gender".
 */
export function readablePath(path, doc) {
  const parts = [];
  let node = doc;
  let collection = null;
  for (const token of tokens(path)) {
    if (typeof token === 'number') {
      node = Array.isArray(node) ? node[token] : undefined;
      if (collection && COLLECTIONS[collection]) {
        const naming = COLLECTIONS[collection](node).filter(Boolean);
        parts.push(t(`path.${collection}`, {n: token + 1}) + (naming.length > 0 ? ` (${naming.join(', ')})` : ''));
      } else {
        parts.push(t('path.item', {n: token + 1}));
      }
      collection = null;
    } else {
      node = node && typeof node === 'object' ? node[token] : undefined;
      if (COLLECTIONS[token] && Array.isArray(node)) {
        collection = token;
      } else {
        parts.push(token === 'flights' || token === 'budget' || token === 'event' || token === 'policy'
          ? t(`path.${token}`) : token);
      }
    }
  }
  if (collection) {
    parts.push(t(`path.${collection}.all`));
  }
  return parts.length > 0 ? parts.join(' › ') : t('path.document');
}

function problemsOf(error, fileName, doc) {
  const issues = error instanceof ApiProblem ? error.issues : [];
  if (error instanceof ApiProblem && error.status === 400 && issues.length > 0) {
    const headingId = uid('problems');
    return h('section', {class: 'problems', 'aria-labelledby': headingId, role: 'alert'},
      h('h3', {id: headingId}, t('upload.problems', {count: issues.length, file: fileName})),
      h('p', {}, t('upload.problemsHelp')),
      h('table', {class: 'data issues-table'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('upload.where')), h('th', {scope: 'col'}, t('upload.problem')))),
        h('tbody', {}, issues.map(issue => h('tr', {class: 'issue'},
          h('th', {scope: 'row', class: 'issue-where'}, readablePath(issue.path, doc),
            h('code', {class: 'issue-path'}, issue.path)),
          h('td', {class: 'issue-message', lang: error.language}, issue.message))))));
  }
  return problemBox(error);
}

function uploadPanel(onStored) {
  const inputId = uid('file');
  const nameId = uid('name');
  const result = h('div', {class: 'upload-result', 'aria-live': 'polite'});
  const input = h('input', {type: 'file', id: inputId, name: 'file', accept: '.json,application/json'});
  const name = h('input', {type: 'text', id: nameId, name: 'name', autocomplete: 'off', maxlength: '500'});
  const zone = h('div', {class: 'drop-zone', 'data-requires': 'write'},
    h('p', {class: 'drop-hint'}, t('upload.drop')),
    h('div', {class: 'field'}, h('label', {for: inputId}, t('upload.choose')), input),
    h('div', {class: 'field'}, h('label', {for: nameId}, t('upload.name')), name,
      h('p', {class: 'hint'}, t('upload.nameHint'))));

  async function send(file) {
    put(result, h('p', {class: 'loading'}, t('upload.sending', {file: file.name})));
    zone.classList.add('busy');
    let doc;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      doc = undefined;
    }
    try {
      const stored = await api.upload('/api/datasets', file, {name: name.value.trim()});
      forgetDataset(stored.id);
      rememberDataset(stored.id);
      announce(t('upload.stored', {name: stored.name}));
      onStored(stored);
    } catch (error) {
      put(result, problemsOf(error, file.name, doc));
      announce(problemTitle(error));
      const heading = result.querySelector('h3, .problem-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({preventScroll: true});
      result.scrollIntoView({block: 'start', behavior: 'smooth'});
      input.value = '';
    } finally {
      zone.classList.remove('busy');
    }
  }

  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      send(input.files[0]);
    }
  });
  dropFiles(zone, files => send(files[0]));
  return section(t('upload.title'), h('p', {}, t('upload.help')), zone, result);
}

function listPanel(datasets, onDelete) {
  if (datasets.length === 0) {
    return section(t('datasets.stored'), empty(t('datasets.none')));
  }
  return section(t('datasets.stored'), table({
    caption: t('datasets.caption', {count: datasets.length}),
    columns: [t('datasets.name'), t('datasets.participants'), t('datasets.hotels'), t('datasets.rooms'),
      t('datasets.itineraries'), t('datasets.uploaded'), t('datasets.actions')],
    numeric: [1, 2, 3, 4],
    rows: datasets.map(dataset => [
      h('th', {scope: 'row'}, h('a', {href: `#/datasets/${dataset.id}`}, dataset.name)),
      fmt.number(dataset.participants), fmt.number(dataset.hotels), fmt.number(dataset.rooms),
      fmt.number(dataset.itineraries), fmt.instant(dataset.createdAt),
      h('div', {class: 'actions'},
        h('a', {class: 'button', href: `#/datasets/${dataset.id}`}, t('datasets.open')),
        h('a', {class: 'button', href: `#/solve/${dataset.id}`, 'data-requires': 'write'}, t('datasets.solve')),
        h('button', {type: 'button', class: 'danger', 'data-requires': 'write',
          'aria-label': t('datasets.deleteNamed', {name: dataset.name}), onclick: () => onDelete(dataset)},
        t('datasets.delete'))),
    ]),
  }));
}

export async function render(main) {
  const datasets = await api.get('/api/datasets');
  const listHolder = h('div', {});
  const message = h('div', {'aria-live': 'polite'});

  async function remove(dataset) {
    if (!window.confirm(t('datasets.confirmDelete', {name: dataset.name}))) {
      return;
    }
    try {
      await api.delete(`/api/datasets/${dataset.id}`);
      forgetDataset(dataset.id);
      announce(t('datasets.deleted', {name: dataset.name}));
      put(listHolder, listPanel(await api.get('/api/datasets'), remove));
      message.replaceChildren();
    } catch (error) {
      put(message, problemBox(error));
    }
  }

  put(listHolder, listPanel(datasets, remove));
  main.append(
    h('h1', {}, t('datasets.title')),
    uploadPanel(stored => navigate(`/datasets/${stored.id}`)),
    sheetImportPanel({onStored: async stored => {
      rememberDataset(stored.datasetId);
      put(listHolder, listPanel(await api.get('/api/datasets'), remove));
    }}),
    message,
    listHolder);
}
