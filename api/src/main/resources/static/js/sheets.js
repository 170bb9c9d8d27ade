// Spreadsheets on the page: the templates to download, an upload of CSV and Excel files (as a new dataset or into
// the one shown), the import's report (what was added, updated, left unchanged, and the notes), and every problem
// at its sheet, row and column as the planner finds them in the file. The service does the reading.
import {api, ApiProblem} from './api.js';
import {announce, dropFiles, h, put, section, table, uid} from './dom.js';
import {downloadOnClick} from './downloads.js';
import {currentLanguage, fmt, t} from './i18n.js';
import {problemBox, problemTitle} from './problems.js';

/** The templates, by the set of sheets the service names. */
const TEMPLATES = {participants: 'sheets.template.participants', hotels: 'sheets.template.hotels',
  flights: 'sheets.template.flights', dataset: 'sheets.template.dataset'};

/** Buttons that download each template in the page's language. */
export function templateButtons() {
  const message = h('div', {'aria-live': 'polite'});
  const lang = () => (currentLanguage() === 'fr' ? 'fr' : 'en');
  return h('div', {class: 'templates'},
    h('p', {}, t('sheets.templates')),
    h('div', {class: 'actions'}, Object.entries(TEMPLATES).map(([set, key]) => h('button', {type: 'button',
      onclick: downloadOnClick(() => `/api/sheets/templates/${set}.xlsx?lang=${lang()}`, `caravan-${set}-template.xlsx`, message)},
    t(key)))),
    message);
}

/** Where a spreadsheet problem is: "Feuil1 · row 39 · Nationalité", or the dataset path when no sheet gave it. */
function where(issue) {
  const parts = [issue.sheet, issue.row === null || issue.row === undefined ? null : t('sheets.row', {row: issue.row}),
    issue.column ? t('sheets.column', {column: issue.column}) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : (issue.path ?? t('sheets.wholeDataset'));
}

function issuesTable(caption, issues) {
  return table({
    caption,
    columns: [t('sheets.where'), t('upload.problem')],
    rows: issues.map(issue => [h('th', {scope: 'row', class: 'issue-where'}, where(issue)),
      h('span', {lang: 'en', class: 'issue-message'}, issue.message)]),
    className: 'data issues-table',
  });
}

function countsTable(counts) {
  return table({
    caption: t('sheets.counts'),
    columns: [t('sheets.part'), t('sheets.added'), t('sheets.updated'), t('sheets.unchanged'), t('sheets.kept')],
    numeric: [1, 2, 3, 4],
    rows: counts.map(count => [count.what, fmt.number(count.added), fmt.number(count.updated), fmt.number(count.unchanged),
      fmt.number(count.kept)]),
    className: 'data compact',
  });
}

function storedText(result) {
  return result.basedOn === null || result.basedOn === undefined
    ? t('sheets.storedNew', {id: result.datasetId})
    : t('sheets.storedVersion', {id: result.datasetId, version: result.version, basedOn: result.basedOn});
}

/** The report of an import that was stored: its counts and notes, and a link to the dataset it made. */
export function importReport(result) {
  const notes = result.report?.notes ?? [];
  return h('div', {class: 'import-report', role: 'status'},
    h('p', {}, storedText(result), ' ', h('a', {href: `#/datasets/${result.datasetId}`}, t('sheets.open'))),
    countsTable(result.report?.counts ?? []),
    notes.length > 0 ? issuesTable(t('sheets.notes', {count: notes.length}), notes) : null);
}

function problems(error, fileNames) {
  if (!(error instanceof ApiProblem) || error.status !== 400 || error.issues.length === 0) {
    return problemBox(error);
  }
  const headingId = uid('problems');
  return h('section', {class: 'problems', 'aria-labelledby': headingId, role: 'alert'},
    h('h3', {id: headingId}, t('sheets.problems', {count: error.issues.length, files: fileNames})),
    h('p', {}, t('sheets.problemsHelp')),
    issuesTable(t('sheets.problemsCaption'), error.issues));
}

/**
 * An upload of spreadsheets: into the dataset {datasetId} (stored as its next version; earlier ones stay as they
 * are), or, without it, as a new dataset. onStored(result) is called with the stored import.
 */
export function sheetImportPanel({datasetId = null, onStored = () => {}} = {}) {
  const inputId = uid('sheets');
  const result = h('div', {class: 'upload-result', 'aria-live': 'polite'});
  const input = h('input', {type: 'file', id: inputId, name: 'files', multiple: true,
    accept: '.csv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'});
  const zone = h('div', {class: 'drop-zone', 'data-requires': 'write'},
    h('p', {class: 'drop-hint'}, t('sheets.drop')),
    h('div', {class: 'field'}, h('label', {for: inputId}, t('sheets.choose')), input));

  async function send(files) {
    const names = files.map(file => file.name).join(', ');
    put(result, h('p', {class: 'loading'}, t('upload.sending', {file: names})));
    zone.classList.add('busy');
    try {
      const stored = await api.uploadFiles(datasetId === null ? '/api/datasets/import' : `/api/datasets/${datasetId}/import`, files);
      announce(storedText(stored));
      put(result, importReport(stored));
      onStored(stored);
    } catch (error) {
      put(result, problems(error, names));
      announce(problemTitle(error));
      const heading = result.querySelector('h3, .problem-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({preventScroll: true});
    } finally {
      zone.classList.remove('busy');
      input.value = '';
    }
  }

  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      send([...input.files]);
    }
  });
  dropFiles(zone, send);
  return section(datasetId === null ? t('sheets.titleNew') : t('sheets.titleInto'),
    h('p', {}, datasetId === null ? t('sheets.helpNew') : t('sheets.helpInto')), zone, result,
    datasetId === null ? templateButtons() : null);
}
