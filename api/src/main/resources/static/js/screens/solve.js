// Solve: start a solve of a dataset with a time limit, watch it live (status, best score, people brought, cost,
// the score over time), stop it early, and find the dataset's earlier plan versions.
import {api, ApiProblem} from '../api.js';
import {announce, empty, facts, h, put, section, table, uid} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {clearProblems, problemBox, showProblems} from '../problems.js';
import {navigate, replaceAddress} from '../router.js';
import {lineChart} from '../chart.js';
import {dataset as loadDataset} from '../model.js';
import {rememberDataset, rememberPlan} from '../context.js';
import {applyPermissions} from '../session.js';

export const title = 'solve.title';

/** The score over time of each solve watched on this page, kept across screens and language changes. */
const histories = new Map();

const FINAL = new Set(['DONE', 'STOPPED', 'FAILED', 'INTERRUPTED']);

export function statusBadge(status) {
  return h('span', {class: `status status-${String(status).toLowerCase()}`}, t(`status.${status}`));
}

/** A score level is zero or negative; planners read how much is broken, left out or spent (never "-0"). */
export function negated(value) {
  const number = Number(value);
  return number === 0 ? 0 : -number;
}

/** The three levels of a score as a planner reads them. */
export function scoreFacts(score, currency) {
  if (!score) {
    return [[t('score.best'), t('score.none')]];
  }
  return [
    [t('score.hard'), fmt.number(negated(score.hard))],
    [t('score.medium'), fmt.number(negated(score.medium))],
    [t('score.soft'), fmt.money(negated(score.soft), currency)],
  ];
}

function datasetChooser(datasets, selected) {
  const id = uid('dataset');
  const select = h('select', {id, name: 'dataset'},
    h('option', {value: ''}, t('solve.chooseDataset')),
    datasets.map(dataset => h('option', {value: dataset.id, selected: String(dataset.id) === String(selected)},
      `${dataset.name} (${t('summary.people', {count: dataset.participants})})`)));
  select.addEventListener('change', () => {
    if (select.value) {
      navigate(`/solve/${select.value}`);
    }
  });
  return h('div', {class: 'field'}, h('label', {for: id}, t('solve.dataset')), select);
}

export function progressPanel(status, currency, onStatusChange) {
  const history = histories.get(status.planId) ?? [];
  histories.set(status.planId, history);
  const headline = h('p', {class: 'headline'});
  const figures = h('div', {class: 'figures'});
  const bar = h('progress', {max: '1', value: '0', 'aria-label': t('solve.elapsed')});
  const barText = h('span', {class: 'muted'});
  const message = h('div', {'aria-live': 'polite'});
  const openPlan = h('a', {class: 'button primary', href: `#/plans/${status.planId}`, hidden: true}, t('solve.openPlan'));
  const stop = h('button', {type: 'button', class: 'danger', 'data-requires': 'write', hidden: true}, t('solve.stop'));
  const chart = lineChart({
    label: t('solve.chart'),
    xLabel: t('solve.seconds'),
    xFormat: value => fmt.number(value),
    series: [
      {label: t('score.medium'), scale: 'left', stepped: true, format: value => fmt.number(value)},
      {label: t('score.soft'), scale: 'right', stepped: true, format: value => fmt.moneyRounded(value, currency),
        axisFormat: value => fmt.moneyCompact(value, currency)},
    ],
  });
  chart.set(history);
  // The API keeps no score history: a solve that ended before this page watched it has no curve to show.
  chart.element.hidden = history.length === 0 && FINAL.has(status.status);
  let lastKey = null;

  function update(current) {
    put(headline, t('solve.planVersion', {version: current.version}), ' ', statusBadge(current.status),
      current.status === 'QUEUED' && current.queuePosition ? ` ${t('solve.queuePosition', {position: current.queuePosition})}` : '');
    put(figures, facts([
      ...scoreFacts(current.bestScore, currency),
      [t('solve.brought'), current.brought === null || current.brought === undefined ? '—'
        : t('solve.broughtOf', {brought: current.brought, participants: current.participants})],
      [t('solve.cost'), fmt.money(current.totalCost, currency)],
      [t('solve.feasible'), current.feasible === null || current.feasible === undefined ? '—'
        : current.feasible ? t('solve.yes') : t('solve.no')],
      [t('solve.elapsed'), `${fmt.seconds(current.elapsedSeconds ?? 0)} / ${fmt.seconds(current.timeLimitSeconds)}`],
    ]));
    bar.value = Math.min(1, (current.elapsedSeconds ?? 0) / Math.max(1, current.timeLimitSeconds));
    barText.textContent = fmt.percent(bar.value);
    const key = current.bestScore ? `${current.bestScore.medium}/${current.bestScore.soft}` : null;
    if (current.bestScore && (key !== lastKey || history.length === 0
        || current.elapsedSeconds - history.at(-1)[0] >= 1)) {
      const point = [current.elapsedSeconds, negated(current.bestScore.medium), negated(current.bestScore.soft)];
      chart.element.hidden = false;
      if (history.length === 0 || point[0] > history.at(-1)[0]) {
        history.push(point);
        chart.push(...point);
      }
      lastKey = key;
      chart.describe(t('solve.chartNow', {seconds: fmt.number(current.elapsedSeconds, 1),
        medium: fmt.number(negated(current.bestScore.medium)), soft: fmt.money(negated(current.bestScore.soft), currency)}));
    }
    const final = FINAL.has(current.status);
    stop.hidden = final || current.stopRequested;
    openPlan.hidden = !(final || current.bestScore) || current.status === 'FAILED';
    if (current.error) {
      put(message, h('p', {class: 'problem', lang: 'en'}, current.error));
    }
  }

  update(status);
  // Follow the solve until it ends. Where connections are poor the stream may drop: reconnect after a pause
  // (the first event of a new stream is the current status, so nothing is missed but intermediate points).
  let stream = null;
  let ended = FINAL.has(status.status);
  let shownStatus = status.status;
  let retry = null;
  function follow() {
    stream = api.stream(`/api/plans/${status.planId}/events`, {
      onEvent: event => {
        if (event.type !== 'progress') {
          return;
        }
        const current = JSON.parse(event.data);
        put(message);
        if (current.status !== shownStatus) {
          shownStatus = current.status;
          onStatusChange?.();
        }
        update(current);
        if (FINAL.has(current.status) && !ended) {
          ended = true;
          announce(t('solve.ended', {status: t(`status.${current.status}`)}));
        }
      },
      onEnd: () => {
        if (!ended) {
          retry = setTimeout(follow, 1000);
        }
      },
      onError: error => {
        const transient = !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;
        put(message, problemBox(error), transient ? h('p', {class: 'hint'}, t('solve.reconnecting')) : null);
        if (transient) {
          retry = setTimeout(follow, 3000);
        }
      },
    });
  }
  if (!ended) {
    follow();
  }

  stop.addEventListener('click', async () => {
    stop.disabled = true;
    try {
      update(await api.post(`/api/plans/${status.planId}/stop`));
      announce(t('solve.stopping'));
    } catch (error) {
      put(message, problemBox(error));
    } finally {
      stop.disabled = false;
    }
  });

  const panel = section(t('solve.progress'), headline, h('div', {class: 'progress-line'}, bar, barText),
    h('div', {class: 'progress-body'}, figures, chart.element), message, h('div', {class: 'actions'}, stop, openPlan));
  panel.classList.add('solve-progress');
  return {element: panel, close: () => {
    ended = true;
    clearTimeout(retry);
    stream?.close();
    chart.destroy();
  }};
}

function startForm(datasetId, onStarted) {
  const limitId = uid('limit');
  const hintId = uid('hint');
  const form = h('form', {class: 'inline-form', novalidate: true, 'data-requires': 'write'},
    h('div', {class: 'field'},
      h('label', {for: limitId}, t('solve.timeLimit')),
      h('input', {type: 'number', id: limitId, name: 'timeLimitSeconds', min: '1', max: '3600', step: '1', value: '30',
        required: true, inputmode: 'numeric', 'aria-describedby': hintId}),
      h('p', {class: 'hint', id: hintId}, t('solve.timeLimitHint'))),
    h('button', {type: 'submit', class: 'primary'}, t('solve.start')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    const button = form.querySelector('button');
    button.disabled = true;
    const seconds = Number(form.elements.namedItem('timeLimitSeconds').value);
    try {
      const status = await api.post(`/api/datasets/${datasetId}/plans`, {timeLimitSeconds: seconds});
      announce(t('solve.started', {version: status.version}));
      onStarted(status);
    } catch (error) {
      showProblems(form, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function versionsTable(plans, currency) {
  if (plans.length === 0) {
    return empty(t('solve.noPlans'));
  }
  return h('div', {class: 'scroll-x'}, table({
    caption: t('solve.versions'),
    columns: [t('solve.version'), t('solve.status'), t('solve.created'), t('solve.limit'), t('score.medium'),
      t('solve.brought'), t('solve.cost'), t('datasets.actions')],
    numeric: [3, 4, 5, 6],
    rows: [...plans].reverse().map(plan => [
      h('th', {scope: 'row'}, `v${plan.version}`), statusBadge(plan.status), fmt.instant(plan.createdAt),
      fmt.seconds(plan.timeLimitSeconds), plan.bestScore ? fmt.number(negated(plan.bestScore.medium)) : '—',
      plan.brought === null ? '—' : `${fmt.number(plan.brought)} / ${fmt.number(plan.participants)}`,
      fmt.money(plan.totalCost, currency),
      h('div', {class: 'actions'},
        FINAL.has(plan.status) ? null
          : h('a', {class: 'button', href: `#/solve/${plan.datasetId}/${plan.planId}`}, t('solve.watch')),
        plan.bestScore ? h('a', {class: 'button', href: `#/plans/${plan.planId}`},
          t('solve.openPlanVersion', {version: plan.version})) : null),
    ]),
  }));
}

export async function render(main, {params}) {
  const datasets = await api.get('/api/datasets');
  const datasetId = params.datasetId;
  main.append(h('h1', {}, t('solve.title')));
  const chooser = section(t('solve.which'), datasetChooser(datasets, datasetId));
  main.append(chooser);
  if (!datasetId) {
    if (datasets.length === 0) {
      chooser.append(empty(t('datasets.none'), ' ', h('a', {href: '#/datasets'}, t('solve.uploadFirst'))));
    }
    return undefined;
  }
  rememberDataset(datasetId);
  const [view, plans] = await Promise.all([loadDataset(datasetId), api.get(`/api/datasets/${datasetId}/plans`)]);
  const currency = view.currency;
  const progressHolder = h('div', {});
  const versionsHolder = h('div', {}, versionsTable(plans, currency));
  let progress = null;

  async function refreshVersions() {
    try {
      put(versionsHolder, versionsTable(await api.get(`/api/datasets/${datasetId}/plans`), currency));
    } catch (error) {
      put(versionsHolder, problemBox(error));
    }
  }

  function watch(status) {
    progress?.close();
    progress = progressPanel(status, currency, refreshVersions);
    put(progressHolder, progress.element);
    applyPermissions(progressHolder);
    rememberPlan(status.planId);
  }

  chooser.append(startForm(datasetId, status => {
    replaceAddress(`/solve/${datasetId}/${status.planId}`);
    watch(status);
    progress.element.scrollIntoView({block: 'start', behavior: 'smooth'});
    refreshVersions();
  }));
  main.append(progressHolder, section(t('solve.versionsTitle'), versionsHolder));

  const wanted = params.planId ? plans.find(plan => String(plan.planId) === String(params.planId))
    : [...plans].reverse().find(plan => !FINAL.has(plan.status));
  if (wanted) {
    watch(wanted);
  }
  return () => progress?.close();
}
