// Scenarios: "what if" versions of a dataset (another budget, a hotel off, direct flights only, priorities raised,
// people left out), solved on the same workers as any solve, compared side by side with who is brought in one and
// not the other by name, and the budget curve as a chart.
import {api} from '../api.js';
import {announce, empty, h, put, section, table, uid} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {clearProblems, problemBox, showProblems} from '../problems.js';
import {navigate} from '../router.js';
import {lineChart} from '../chart.js';
import {dataset as loadDataset} from '../model.js';
import {lastDataset, rememberDataset} from '../context.js';
import {applyPermissions} from '../session.js';
import {downloadOnClick} from '../downloads.js';
import {negated, statusBadge} from './solve.js';

export const title = 'scenarios.title';

const FINAL = new Set(['DONE', 'STOPPED', 'FAILED', 'INTERRUPTED']);
/** The texts of a curve's statuses, named in full so that the bundle test finds them. */
const CURVE_STATES = {QUEUED: 'scenarios.curveState.QUEUED', RUNNING: 'scenarios.curveState.RUNNING',
  DONE: 'scenarios.curveState.DONE', FAILED: 'scenarios.curveState.FAILED'};
const ROLES = ['DELEGATE', 'SPEAKER', 'VIP', 'STAFF', 'PRESS', 'ORGANISER'];

function field(label, control, hint) {
  return h('div', {class: 'field'}, h('label', {for: control.id}, label), control,
    hint ? h('p', {class: 'hint'}, hint) : null);
}

function input(name, attributes = {}) {
  return h('input', {id: uid('scenario'), name, autocomplete: 'off', ...attributes});
}

function ids(text) {
  return text.split(/[\s,;]+/).map(id => id.trim()).filter(Boolean);
}

/** The request a planner's form says; empty fields change nothing. */
function requestOf(form) {
  const value = name => form.elements.namedItem(name).value.trim();
  const checked = name => form.elements.namedItem(name).checked;
  const overrides = {};
  if (value('overrides.budgetTotal')) {
    overrides.budgetTotal = Number(value('overrides.budgetTotal'));
  }
  if (checked('overrides.keepFunds')) {
    overrides.keepFunds = true;
  }
  const hotels = [...form.querySelectorAll('input[name="hotelOff"]:checked')].map(box => box.value);
  if (hotels.length > 0) {
    overrides.hotelsOff = hotels;
  }
  if (value('overrides.roomsOff')) {
    overrides.roomsOff = ids(value('overrides.roomsOff'));
  }
  if (value('overrides.maxStops')) {
    overrides.maxStops = Number(value('overrides.maxStops'));
  }
  if (checked('overrides.noLongLayovers')) {
    overrides.noLongLayovers = true;
  }
  const role = value('priorityRole');
  const country = value('priorityCountry').toUpperCase();
  const priority = value('priorityValue');
  if (role || country || priority) {
    overrides.priorities = [{role: role || undefined, country: country || undefined,
      priority: priority ? Number(priority) : undefined}];
  }
  if (value('overrides.excludedParticipants')) {
    overrides.excludedParticipants = ids(value('overrides.excludedParticipants'));
  }
  const request = {name: value('name'), overrides};
  if (value('policy.vipMinStars')) {
    request.policy = {vipMinStars: Number(value('policy.vipMinStars'))};
  }
  return request;
}

function createForm(data, onCreated) {
  const form = h('form', {class: 'scenario-form', 'data-requires': 'write', novalidate: true});
  const hotelBoxes = data.hotels.map(hotel => {
    const id = uid('hotel');
    return h('div', {class: 'check'}, h('input', {type: 'checkbox', id, name: 'hotelOff', value: hotel.id}),
      h('label', {for: id}, `${hotel.name} (${hotel.id}, ${t('scenarios.stars', {stars: hotel.stars})})`));
  });
  const roleId = uid('role');
  form.append(
    field(t('scenarios.name'), input('name', {type: 'text', required: true, maxlength: '200'})),
    field(t('scenarios.budgetTotal'), input('overrides.budgetTotal', {type: 'number', min: '0', step: '1'}),
      t('scenarios.budgetHint', {budget: fmt.money(data.doc.budget?.total, data.currency)})),
    h('div', {class: 'check'}, input('overrides.keepFunds', {type: 'checkbox'}),
      h('label', {}, t('scenarios.keepFunds'))),
    h('fieldset', {}, h('legend', {}, t('scenarios.hotelsOff')), hotelBoxes),
    field(t('scenarios.roomsOff'), input('overrides.roomsOff', {type: 'text'}), t('scenarios.idsHint')),
    field(t('scenarios.maxStops'), input('overrides.maxStops', {type: 'number', min: '0', step: '1'}),
      t('scenarios.maxStopsHint')),
    h('div', {class: 'check'}, input('overrides.noLongLayovers', {type: 'checkbox'}),
      h('label', {}, t('scenarios.noLongLayovers'))),
    h('fieldset', {}, h('legend', {}, t('scenarios.priorityChange')),
      h('div', {class: 'field'}, h('label', {for: roleId}, t('scenarios.priorityRole')),
        h('select', {id: roleId, name: 'priorityRole'}, h('option', {value: ''}, t('scenarios.anyRole')),
          ROLES.map(role => h('option', {value: role}, t(`role.${role}`))))),
      field(t('scenarios.priorityCountry'), input('priorityCountry', {type: 'text', maxlength: '2', size: '3'}),
        t('scenarios.countryHint')),
      field(t('scenarios.priorityValue'), input('priorityValue', {type: 'number', min: '1', max: '5', step: '1'}))),
    field(t('scenarios.excluded'), input('overrides.excludedParticipants', {type: 'text'}), t('scenarios.idsHint')),
    field(t('scenarios.vipMinStars'), input('policy.vipMinStars', {type: 'number', min: '0', max: '7', step: '1'})),
    h('button', {type: 'submit', class: 'primary'}, t('scenarios.create')));
  // Labels of the two single checkboxes point at their boxes.
  form.querySelectorAll('.check').forEach(check => {
    const box = check.querySelector('input');
    check.querySelector('label').setAttribute('for', box.id);
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    try {
      const created = await api.post(`/api/datasets/${data.id}/scenarios`, requestOf(form));
      announce(t('scenarios.created', {name: created.name}));
      form.reset();
      onCreated(created);
    } catch (error) {
      showProblems(form, error);
    }
  });
  return form;
}

/** What a scenario changes, in a planner's words. */
function describe(scenario, currency) {
  const o = scenario.overrides ?? {};
  const parts = [];
  if (o.budgetTotal !== undefined) {
    parts.push(t('scenarios.says.budget', {budget: fmt.money(o.budgetTotal, currency)}));
  }
  if (o.hotelsOff?.length) {
    parts.push(t('scenarios.says.hotelsOff', {hotels: o.hotelsOff.join(', ')}));
  }
  if (o.roomsOff?.length) {
    parts.push(t('scenarios.says.roomsOff', {rooms: o.roomsOff.join(', ')}));
  }
  if (o.maxStops !== undefined) {
    parts.push(t('scenarios.says.maxStops', {stops: o.maxStops}));
  }
  if (o.noLongLayovers) {
    parts.push(t('scenarios.says.noLongLayovers'));
  }
  for (const change of o.priorities ?? []) {
    parts.push(t('scenarios.says.priority', {who: [change.role && t(`role.${change.role}`),
      change.delegation, change.country && fmt.country(change.country)].filter(Boolean).join(', '),
    priority: change.priority ?? '—'}));
  }
  if (o.excludedParticipants?.length) {
    parts.push(t('scenarios.says.excluded', {count: o.excludedParticipants.length}));
  }
  if (scenario.policy?.vipMinStars !== undefined) {
    parts.push(t('scenarios.says.vipMinStars', {stars: scenario.policy.vipMinStars}));
  }
  return parts.length > 0 ? parts.join(' · ') : t('scenarios.says.nothing');
}

function scenarioList(data, scenarios, selectedPlans, refresh, message) {
  if (scenarios.length === 0) {
    return empty(t('scenarios.none'));
  }
  const secondsId = uid('seconds');
  const seconds = h('input', {type: 'number', id: secondsId, name: 'timeLimitSeconds', min: '1', value: '30'});
  const rows = scenarios.map(scenario => {
    const boxId = uid('solve');
    const plans = scenario.plans.map(plan => {
      const planBox = uid('plan');
      const box = h('input', {type: 'checkbox', id: planBox, value: plan.planId, class: 'compare-plan',
        checked: selectedPlans.has(plan.planId), disabled: !FINAL.has(plan.status) || plan.brought === null});
      box.addEventListener('change', () => box.checked ? selectedPlans.add(plan.planId) : selectedPlans.delete(plan.planId));
      return h('div', {class: 'plan-choice'}, box,
        h('label', {for: planBox}, t('scenarios.planLabel', {plan: plan.planId}), ' ', statusBadge(plan.status),
          plan.brought !== null && plan.brought !== undefined
            ? ` ${t('scenarios.planBrought', {brought: plan.brought, cost: fmt.money(plan.totalCost, data.currency)})}` : ''),
        ' ', h('a', {href: `#/plans/${plan.planId}`}, t('scenarios.open')));
    });
    return [
      h('th', {scope: 'row'}, h('input', {type: 'checkbox', id: boxId, class: 'solve-scenario', value: scenario.id,
        'data-requires': 'write'}), ' ', h('label', {for: boxId}, scenario.name)),
      describe(scenario, data.currency),
      plans.length > 0 ? plans : t('scenarios.noPlans'),
      h('button', {type: 'button', class: 'link', 'data-requires': 'write', 'aria-label': t('scenarios.deleteOne', {name: scenario.name}),
        onclick: async () => {
          try {
            await api.delete(`/api/scenarios/${scenario.id}`);
            announce(t('scenarios.deleted', {name: scenario.name}));
            refresh();
          } catch (error) {
            put(message, problemBox(error));
          }
        }}, t('scenarios.delete')),
    ];
  });
  const solve = h('button', {type: 'button', class: 'primary', 'data-requires': 'write', onclick: async () => {
    const chosen = [...document.querySelectorAll('.solve-scenario:checked')].map(box => box.value);
    if (chosen.length === 0) {
      put(message, h('p', {class: 'problem', role: 'alert'}, t('scenarios.chooseToSolve')));
      return;
    }
    try {
      for (const id of chosen) {
        await api.post(`/api/scenarios/${id}/plans`, {timeLimitSeconds: Number(seconds.value) || undefined});
      }
      announce(t('scenarios.solving', {count: chosen.length}));
      put(message);
      refresh();
    } catch (error) {
      put(message, problemBox(error));
    }
  }}, t('scenarios.solve'));
  return h('div', {},
    table({caption: t('scenarios.listCaption'), columns: [t('scenarios.scenario'), t('scenarios.changes'),
      t('scenarios.plans'), t('scenarios.actions')], rows}),
    h('div', {class: 'actions', 'data-requires': 'write'},
      h('div', {class: 'field'}, h('label', {for: secondsId}, t('scenarios.seconds')), seconds), solve));
}

/** One table of the comparison: a row per key, a column per plan. */
function sideTable(caption, sides, rowsOf, format) {
  const keys = [...new Set(sides.flatMap(side => Object.keys(rowsOf(side) ?? {})))];
  if (keys.length === 0) {
    return null;
  }
  return table({caption, columns: ['', ...sides.map(side => side.label)], numeric: sides.map((_, i) => i + 1),
    rows: keys.map(key => [h('th', {scope: 'row'}, key), ...sides.map(side => format(rowsOf(side)?.[key]))])});
}

function comparisonView(comparison, currency) {
  const sides = comparison.plans;
  const money = value => value === undefined || value === null ? '—' : fmt.money(value, currency);
  const count = value => value === undefined || value === null ? '—' : fmt.number(value);
  const summary = side => ({
    [t('scenarios.row.brought')]: side.brought,
    [t('scenarios.row.priorityBrought')]: side.priorityBrought,
    [t('scenarios.row.hard')]: negated(side.hard),
    [t('scenarios.row.medium')]: negated(side.medium),
    [t('scenarios.row.stops')]: side.comfort.stops,
    [t('scenarios.row.travelHours')]: side.comfort.travelHours,
    [t('scenarios.row.longLayovers')]: side.comfort.longLayovers,
    [t('scenarios.row.languageMismatches')]: side.comfort.languageMismatches,
    [t('scenarios.row.requestsUnmet')]: side.comfort.requestsUnmet,
    [t('scenarios.row.hoursMedian')]: side.statistics.travelHoursPerPerson.median,
  });
  const moneyRows = side => ({
    [t('scenarios.row.cost')]: side.cost,
    [t('scenarios.row.left')]: side.budgetLeft,
    [t('scenarios.row.costMean')]: side.statistics.costPerPerson.mean,
    [t('scenarios.row.costMedian')]: side.statistics.costPerPerson.median,
    [t('scenarios.row.costNinetieth')]: side.statistics.costPerPerson.p90,
    ...Object.fromEntries(Object.entries(side.costByKind).map(([kind, amount]) => [t(`budget.kind.${kind}`), amount])),
  });
  const people = comparison.brought.flatMap(difference => [
    [difference.baseline, difference.other, difference.onlyInBaseline],
    [difference.other, difference.baseline, difference.onlyInOther]]);
  return h('div', {class: 'comparison'},
    sideTable(t('scenarios.table.summary'), sides, summary, count),
    sideTable(t('scenarios.table.money'), sides, moneyRows, money),
    sideTable(t('scenarios.table.byPriority'), sides, side => side.broughtByPriority, count),
    sideTable(t('scenarios.table.byCountry'), sides, side => Object.fromEntries(Object.entries(side.broughtByCountry)
      .map(([code, n]) => [fmt.country(code), n])), count),
    sideTable(t('scenarios.table.byRole'), sides, side => Object.fromEntries(Object.entries(side.broughtByRole)
      .map(([role, n]) => [t(`role.${role}`), n])), count),
    sideTable(t('scenarios.table.byFund'), sides, side => side.costByFund, money),
    sideTable(t('scenarios.table.byHotel'), sides, side => side.costByHotel, money),
    people.map(([here, there, list]) => h('section', {class: 'brought-difference'},
      h('h3', {}, t('scenarios.onlyIn', {here, there, count: list.length})),
      list.length === 0 ? empty(t('scenarios.nobody'))
        : h('ul', {class: 'people'}, list.map(person => h('li', {class: 'person'}, person.name, ' ',
          h('span', {class: 'hint'}, `(${person.id}, ${fmt.country(person.country)}, ${t(`role.${person.role}`)}, `
            + `${t('scenarios.priority', {priority: person.priority})})`)))))));
}

function comparePanel(data, selectedPlans) {
  const result = h('div', {'aria-live': 'polite'});
  const message = h('div');
  const csv = h('button', {type: 'button', hidden: true}, t('scenarios.csv'));
  let ids = '';
  csv.addEventListener('click', downloadOnClick(() => `/api/plans/compare.csv?ids=${ids}`, 'comparison.csv', message));
  const button = h('button', {type: 'button', class: 'primary', onclick: async () => {
    ids = [...selectedPlans].join(',');
    try {
      const comparison = await api.get(`/api/plans/compare?ids=${ids}`);
      put(result, comparisonView(comparison, data.currency));
      csv.hidden = false;
      put(message);
      announce(t('scenarios.compared', {count: comparison.plans.length}));
    } catch (error) {
      put(message, problemBox(error));
    }
  }}, t('scenarios.compare'));
  return section(t('scenarios.compareTitle'), h('p', {class: 'hint'}, t('scenarios.compareHint')),
    h('div', {class: 'actions'}, button, csv), message, result);
}

function curvePanel(data, cleanups) {
  const form = h('form', {class: 'curve-form', 'data-requires': 'write', novalidate: true});
  const shown = h('div', {'aria-live': 'polite'});
  const fromInput = input('from', {type: 'number', step: '0.05', min: '0.05', value: '0.7'});
  const toInput = input('to', {type: 'number', step: '0.05', min: '0.05', value: '1.3'});
  const stepsInput = input('steps', {type: 'number', min: '1', max: '15', value: '7'});
  const secondsInput = input('secondsPerLevel', {type: 'number', min: '1', value: '20'});
  form.append(field(t('scenarios.curveFrom'), fromInput), field(t('scenarios.curveTo'), toInput),
    field(t('scenarios.curveSteps'), stepsInput), field(t('scenarios.curveSeconds'), secondsInput),
    h('button', {type: 'submit', class: 'primary'}, t('scenarios.curveStart')));
  let timer = null;
  cleanups.push(() => clearTimeout(timer));

  function show(curve) {
    const chart = lineChart({label: t('scenarios.curveChart'), xLabel: t('scenarios.curveBudget'),
      xFormat: value => fmt.moneyCompact(value, data.currency),
      series: [{label: t('scenarios.curveBrought')},
        {label: t('scenarios.curveCost'), scale: 'right', format: value => fmt.money(value, data.currency),
          axisFormat: value => fmt.moneyCompact(value, data.currency)}]});
    chart.set(curve.levels.map(level => [Number(level.budget), level.brought, Number(level.cost)]));
    chart.describe(t('scenarios.curveDescribed', {levels: curve.levels.length,
      first: curve.levels[0]?.brought ?? 0, last: curve.levels.at(-1)?.brought ?? 0}));
    cleanups.push(() => chart.destroy());
    const message = h('div');
    put(shown, h('p', {class: 'headline'}, t('scenarios.curveStatus', {status: t(CURVE_STATES[curve.status] ?? 'scenarios.curveState.QUEUED'),
      done: curve.levels.length})),
    curve.error ? h('p', {class: 'problem', lang: 'en'}, curve.error) : null,
    chart.element,
    table({caption: t('scenarios.curveTable'), numeric: [0, 1, 2, 3, 4],
      columns: [t('scenarios.curveBudget'), t('scenarios.curveBrought'), t('scenarios.curveCost'),
        t('scenarios.row.left'), t('scenarios.curveMarginal')],
      rows: curve.levels.map(level => [fmt.money(level.budget, data.currency), fmt.number(level.brought),
        fmt.money(level.cost, data.currency), fmt.money(level.left, data.currency),
        level.marginalCostPerPerson === null ? '—' : fmt.money(level.marginalCostPerPerson, data.currency)])}),
    curve.levels.length > 0 ? h('button', {type: 'button', onclick: downloadOnClick(`/api/curves/${curve.id}/curve.svg`,
      'curve.svg', message)}, t('scenarios.curveSvg')) : null, message);
  }

  async function watch(curveId) {
    try {
      const curve = await api.get(`/api/curves/${curveId}`);
      show(curve);
      if (curve.status === 'QUEUED' || curve.status === 'RUNNING') {
        timer = setTimeout(() => watch(curveId), 2000);
      }
    } catch (error) {
      put(shown, problemBox(error));
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    try {
      const curve = await api.post(`/api/datasets/${data.id}/curve`, {from: Number(fromInput.value),
        to: Number(toInput.value), steps: Number(stepsInput.value), secondsPerLevel: Number(secondsInput.value)});
      announce(t('scenarios.curveQueued'));
      watch(curve.id);
    } catch (error) {
      showProblems(form, error);
    }
  });
  api.get(`/api/datasets/${data.id}/curves`).then(curves => {
    if (curves.length > 0) {
      watch(curves.at(-1).id);
    }
  }, () => {});
  return section(t('scenarios.curveTitle'), h('p', {class: 'hint'}, t('scenarios.curveHint')), form, shown);
}

export async function render(main, {params}) {
  const datasetId = params.datasetId ?? lastDataset();
  if (!datasetId) {
    const datasets = await api.get('/api/datasets');
    const id = uid('dataset');
    const select = h('select', {id}, h('option', {value: ''}, t('scenarios.chooseDataset')),
      datasets.map(dataset => h('option', {value: dataset.id}, dataset.name)));
    select.addEventListener('change', () => select.value && navigate(`/scenarios/${select.value}`));
    main.append(h('h1', {}, t('scenarios.title')), h('div', {class: 'field'}, h('label', {for: id}, t('scenarios.dataset')), select));
    return undefined;
  }
  rememberDataset(datasetId);
  const data = {...await loadDataset(datasetId), id: datasetId};
  const selectedPlans = new Set();
  const listed = h('div');
  const message = h('div', {'aria-live': 'polite'});
  const cleanups = [];
  let timer = null;

  async function refresh() {
    clearTimeout(timer);
    try {
      const scenarios = await api.get(`/api/datasets/${datasetId}/scenarios`);
      put(listed, scenarioList(data, scenarios, selectedPlans, refresh, message));
      applyPermissions(listed);
      if (scenarios.some(scenario => scenario.plans.some(plan => !FINAL.has(plan.status)))) {
        timer = setTimeout(refresh, 1500);
      }
    } catch (error) {
      put(listed, problemBox(error));
    }
  }

  main.append(
    h('h1', {}, t('scenarios.heading', {name: data.event.name ?? datasetId})),
    h('p', {class: 'intro'}, t('scenarios.intro')),
    section(t('scenarios.newTitle'), createForm(data, refresh)),
    section(t('scenarios.listTitle'), message, listed),
    comparePanel(data, selectedPlans),
    curvePanel(data, cleanups));
  await refresh();
  return () => {
    clearTimeout(timer);
    cleanups.forEach(cleanup => cleanup());
  };
}
