// Late changes: for an ended plan, book its items (all, half, or ticked), write what happened since it was
// published (a form per kind of change, each adding to one caravan-changes/1 document the planner can also edit),
// post it, read the problems by change and field, watch the re-plan, then read the change list (per participant,
// per hotel, the money and the score) and the forecast against what is booked. The version history of the dataset
// shows which version and which plan each came from.
import {api, ApiProblem} from '../api.js';
import {announce, empty, facts, h, put, section, table, uid} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {problemBox} from '../problems.js';
import {navigate} from '../router.js';
import {indexDataset} from '../model.js';
import {rememberDataset, rememberPlan} from '../context.js';
import {applyPermissions} from '../session.js';
import {downloadOnClick} from '../downloads.js';
import {progressPanel, statusBadge} from './solve.js';

export const title = 'changes.title';

const FINAL = new Set(['DONE', 'STOPPED', 'FAILED', 'INTERRUPTED']);
const EMPTY_DOCUMENT = {format: 'caravan-changes/1', changes: []};

/** The text of each change type of caravan-changes/1; a type the page does not know is shown as written. */
const TYPES = {
  ISSUE_TICKET: 'changes.type.issueTicket', CONFIRM_ROOM: 'changes.type.confirmRoom',
  CANCEL_PARTICIPANT: 'changes.type.cancelParticipant', ADD_PARTICIPANT: 'changes.type.addParticipant',
  UPDATE_PARTICIPANT: 'changes.type.updateParticipant', WITHDRAW_ROOMS: 'changes.type.withdrawRooms',
  WITHDRAW_HOTEL: 'changes.type.withdrawHotel', ADD_ROOMS: 'changes.type.addRooms',
  SET_ROOM_PRICE: 'changes.type.setRoomPrice', CANCEL_SEGMENT: 'changes.type.cancelSegment',
  RETIME_SEGMENT: 'changes.type.retimeSegment', SET_SEGMENT_SEATS: 'changes.type.setSegmentSeats',
  ADD_ITINERARIES: 'changes.type.addItineraries', SET_ITINERARY_PRICE: 'changes.type.setItineraryPrice',
  SET_BUDGET: 'changes.type.setBudget', SET_FUND: 'changes.type.setFund',
};
/** What a hotel must do for a guest, as the change list says it. */
const ACTIONS = {
  'added': 'changes.action.added', 'removed': 'changes.action.removed', 'moved': 'changes.action.moved',
  'nights changed': 'changes.action.nights', 'moved, nights changed': 'changes.action.movedNights',
};
/** What made a dataset version. */
const ORIGINS = {
  UPLOAD: 'changes.origin.upload', IMPORT: 'changes.origin.import', CHANGES: 'changes.origin.changes',
  SAMPLE: 'changes.origin.sample',
};
/** What changed for a participant, as the change list says it: "added", …, "itinerary and room changed". */
const WHAT = {
  'added': 'changes.what.added', 'cancelled': 'changes.what.cancelled', 'now brought': 'changes.what.nowBrought',
  'no longer brought': 'changes.what.noLongerBrought',
};
const MOVED = {itinerary: 'changes.what.itinerary', room: 'changes.what.room', nights: 'changes.what.nights'};
const CSV_PARTS = {PARTICIPANTS: 'changes.csv.participants', HOTELS: 'changes.csv.hotels', FIGURES: 'changes.csv.figures'};

const known = (keys, code) => keys[code] ? t(keys[code]) : code;

function whatText(what) {
  const moved = /^(.*) changed$/.exec(what);
  return WHAT[what] ? t(WHAT[what])
    : moved ? t('changes.what.changed', {parts: fmt.list(moved[1].split(' and ').map(part => known(MOVED, part)))}) : what;
}

// ------------------------------------------------------------------ choosing a plan

async function renderPicker(main) {
  const plans = (await api.get('/api/plans')).filter(plan => FINAL.has(plan.status) && plan.bestScore);
  main.append(h('h1', {}, t('changes.title')));
  if (plans.length === 0) {
    main.append(section(t('changes.choose'), empty(t('changes.noPlans'), ' ', h('a', {href: '#/solve'}, t('plan.solveFirst')))));
    return;
  }
  const names = new Map((await api.get('/api/datasets')).map(dataset => [dataset.id, dataset.name]));
  main.append(section(t('changes.choose'), table({
    caption: t('changes.plans'),
    columns: [t('plan.plan'), t('solve.dataset'), t('changes.datasetVersion'), t('changes.parent'), t('solve.created')],
    rows: [...plans].reverse().map(plan => [
      h('th', {scope: 'row'}, h('a', {href: `#/changes/${plan.planId}`}, t('plan.planVersion', {version: plan.version, id: plan.planId}))),
      names.get(plan.datasetId) ?? `#${plan.datasetId}`, `v${plan.datasetVersion}`,
      plan.parentPlanId ? `#${plan.parentPlanId}` : '—', fmt.instant(plan.createdAt)]),
  })));
}

// ------------------------------------------------------------------ the change document and its problems

/** "$.changes[2].rooms[0]" → "Change 3 (Withdraw rooms): rooms[0]", so a planner finds the change in the list. */
function issueLabel(documentText) {
  return issue => {
    const match = /^\$\.changes\[(\d+)\]\.?(.*)$/.exec(issue.path ?? '');
    if (!match) {
      return issue.path;
    }
    let type = '';
    try {
      type = JSON.parse(documentText()).changes[Number(match[1])]?.type ?? '';
    } catch {
      type = '';
    }
    const label = t('changes.issueAt', {number: Number(match[1]) + 1, type: typeName(type)});
    return match[2] ? `${label}: ${match[2]}` : label;
  };
}

function typeName(type) {
  return type ? known(TYPES, type) : '?';
}

/** A labelled control. */
function field(label, control, hint) {
  const id = control.id || uid('field');
  control.id = id;
  const hintId = hint ? uid('hint') : null;
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', {class: 'field'}, h('label', {for: id}, label), control,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null);
}

function select(name, options, {multiple = false} = {}) {
  return h('select', {name, multiple, size: multiple ? '5' : null},
    options.map(([value, text]) => h('option', {value}, text)));
}

function moneyInput(name, required = true) {
  return h('input', {type: 'number', name, min: '0', step: '0.01', inputmode: 'decimal', required});
}

/**
 * The forms, one per kind of change. Each builds one change from its controls (or returns a problem message) and
 * hands it to add(); the change document box shows and keeps them all.
 */
function changeForms(dataset, add) {
  const people = dataset.participants.map(person => [person.id, `${person.name} (${person.id})`]);
  const rooms = dataset.hotels.flatMap(hotel => (hotel.rooms ?? []).map(room =>
    [room.id, `${hotel.name ?? hotel.id} · ${room.id}`]));
  const segments = [...dataset.segment.values()].map(segment =>
    [segment.id, `${segment.carrier ?? ''}${segment.number ?? ''} ${segment.from}→${segment.to} ${fmt.localDateTime(segment.departure)} (${segment.id})`]);
  const funds = dataset.funds.map(fund => [fund.id, `${fund.name ?? fund.id} (${fund.id})`]);

  function form(type, controls, build) {
    const message = h('p', {class: 'field-problem', 'aria-live': 'polite', hidden: true});
    const element = h('form', {class: 'change-form', novalidate: true, 'data-change': type},
      h('h3', {}, typeName(type)), ...controls, message,
      h('button', {type: 'submit'}, t('changes.addChange')));
    element.addEventListener('submit', event => {
      event.preventDefault();
      const built = build(element.elements);
      if (typeof built === 'string') {
        message.hidden = false;
        message.textContent = built;
        return;
      }
      message.hidden = true;
      add(built);
      element.reset();
    });
    return element;
  }

  const number = value => value === '' ? null : Number(value);
  return h('div', {class: 'change-forms'},
    form('CANCEL_PARTICIPANT', [
      field(t('changes.participant'), select('participant', people)),
      field(t('changes.sunkCost'), moneyInput('sunkCost', false), t('changes.sunkCostHint')),
    ], controls => {
      const change = {type: 'CANCEL_PARTICIPANT', participant: controls.participant.value};
      const sunk = number(controls.sunkCost.value);
      return sunk === null ? change : {...change, sunkCost: sunk};
    }),
    form('ADD_PARTICIPANT', [
      field(t('changes.participantJson'), h('textarea', {name: 'person', rows: '6', spellcheck: 'false',
        placeholder: '{"id": "p900", "name": "…", "gender": "F", "nationality": "TN", "languages": ["fr"], "homeAirports": ["TUN"], "priority": 3}'}),
      t('changes.participantJsonHint')),
    ], controls => {
      try {
        const person = JSON.parse(controls.person.value);
        return person && typeof person === 'object' && !Array.isArray(person) ? {type: 'ADD_PARTICIPANT', participant: person}
          : t('changes.notAnObject');
      } catch (error) {
        return t('changes.notJson', {message: error.message});
      }
    }),
    form('WITHDRAW_ROOMS', [
      field(t('changes.rooms'), select('rooms', rooms, {multiple: true}), t('changes.roomsHint')),
      field(t('changes.nightsFrom'), h('input', {type: 'date', name: 'from'})),
      field(t('changes.nightsTo'), h('input', {type: 'date', name: 'to'})),
    ], controls => {
      const chosen = [...controls.rooms.selectedOptions].map(option => option.value);
      if (chosen.length === 0) {
        return t('changes.chooseRoom');
      }
      const change = {type: 'WITHDRAW_ROOMS', rooms: chosen};
      if (Boolean(controls.from.value) !== Boolean(controls.to.value)) {
        return t('changes.bothNights');
      }
      return controls.from.value ? {...change, nights: {from: controls.from.value, to: controls.to.value}} : change;
    }),
    form('CANCEL_SEGMENT', [
      field(t('changes.segment'), select('segment', segments)),
    ], controls => ({type: 'CANCEL_SEGMENT', segment: controls.segment.value})),
    form('SET_BUDGET', [
      field(t('changes.budgetTotal'), moneyInput('total')),
    ], controls => controls.total.value === '' ? t('changes.amountNeeded')
      : {type: 'SET_BUDGET', total: Number(controls.total.value)}),
    funds.length === 0 ? null : form('SET_FUND', [
      field(t('changes.fund'), select('fund', funds)),
      field(t('changes.fundAmount'), moneyInput('amount')),
    ], controls => controls.amount.value === '' ? t('changes.amountNeeded')
      : {type: 'SET_FUND', fund: controls.fund.value, amount: Number(controls.amount.value)}));
}

// ------------------------------------------------------------------ bookings

function bookingSection(status, plan, dataset, post) {
  const brought = plan.assignments.filter(assignment => assignment.brought);
  const bookable = brought.filter(a => a.itinerary || a.room);
  const open = bookable.filter(a => (a.itinerary && !a.ticketIssued) || (a.room && !a.roomConfirmed));
  const booked = bookable.length - open.length;
  const rows = brought.map(assignment => {
    const person = dataset.participant.get(assignment.participant);
    const name = `${person?.name ?? assignment.participant} (${assignment.participant})`;
    const box = (kind, possible, done) => {
      const label = t(kind === 'tickets' ? 'changes.bookTicketOf' : 'changes.bookRoomOf', {name});
      return possible ? h('input', {type: 'checkbox', name: kind, value: assignment.participant, checked: done,
        disabled: done, 'aria-label': label}) : '—';
    };
    return [h('th', {scope: 'row'}, name), assignment.itinerary ?? t('changes.byLand'), box('tickets', Boolean(assignment.itinerary), assignment.ticketIssued),
      assignment.room ?? '—', box('rooms', Boolean(assignment.room), assignment.roomConfirmed)];
  });
  const form = h('form', {class: 'booking-form', novalidate: true, 'data-requires': 'write'},
    h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'primary', 'data-select': 'ALL', disabled: open.length === 0}, t('changes.bookAll')),
      h('button', {type: 'button', 'data-select': 'HALF', disabled: open.length === 0}, t('changes.bookHalf'))),
    h('details', {}, h('summary', {}, t('changes.bookSome')),
      h('div', {class: 'scroll-x'}, table({caption: t('changes.bookTable'),
        columns: [t('changes.participant'), t('changes.itinerary'), t('changes.ticket'), t('changes.room'), t('changes.confirmed')],
        rows})),
      h('button', {type: 'submit'}, t('changes.bookTicked'))));
  form.querySelectorAll('[data-select]').forEach(button => button.addEventListener('click', () =>
    post(`/api/plans/${status.planId}/bookings`, {select: button.dataset.select}, button)));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const ticked = kind => [...form.querySelectorAll(`input[name="${kind}"]:checked:not(:disabled)`)].map(box => box.value);
    post(`/api/plans/${status.planId}/bookings`, {tickets: ticked('tickets'), rooms: ticked('rooms')},
      form.querySelector('button[type="submit"]'));
  });
  return section(t('changes.bookTitle'),
    h('p', {}, t('changes.bookIntro', {booked, brought: bookable.length})), form);
}

// ------------------------------------------------------------------ the change list and the forecast

function amountsTable(caption, rows, currency, keyLabel) {
  return table({caption, columns: [keyLabel, t('changes.before'), t('changes.after'), t('changes.delta')],
    numeric: [1, 2, 3],
    rows: rows.map(row => {
      const money = currency !== null;
      const show = value => money ? fmt.money(value, currency) : fmt.number(value);
      return [h('th', {scope: 'row'}, row.key), show(row.before), show(row.after),
        money ? fmt.change(row.delta, currency) : fmt.change(row.delta)];
    })});
}

/** "2026-03-24 to 2026-03-27", as the change list names a stay's nights, in the page's language. */
function nightsText(nights) {
  const range = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(nights ?? '');
  return range ? `${fmt.night(range[1])} – ${fmt.night(range[2])}` : nights;
}

function fromTo(before, after) {
  return before === after ? (before ?? '—') : `${before ?? '—'} → ${after ?? '—'}`;
}

function changeListSection(list, currency, csvPath) {
  const message = h('div', {'aria-live': 'polite'});
  const download = (part, name) => h('button', {type: 'button',
    onclick: downloadOnClick(`${csvPath}?list=${part}`, name, message)}, t(CSV_PARTS[part]));
  return section(t('changes.listTitle', {from: list.fromPlanVersion, to: list.toPlanVersion}),
    h('p', {}, t('changes.listSummary', {moved: list.moved, collateral: list.collateral,
      from: list.fromDatasetVersion, to: list.toDatasetVersion})),
    list.brokenBookings.length > 0 ? h('div', {class: 'note'}, h('p', {}, t('changes.broken')),
      h('ul', {}, list.brokenBookings.map(line => h('li', {lang: 'en'}, line)))) : null,
    h('h3', {}, t('changes.byParticipant')),
    list.participants.length === 0 ? empty(t('changes.nobodyMoved')) : h('div', {class: 'scroll-x'}, table({
      caption: null,
      columns: [t('changes.participant'), t('changes.what'), t('changes.cause'), t('changes.itinerary'), t('changes.room'), t('changes.nights')],
      rows: list.participants.map(row => [h('th', {scope: 'row'}, `${row.name} (${row.participant})`), whatText(row.what),
        row.cause === 'collateral' ? t('changes.collateral') : row.cause ?? '—',
        fromTo(row.itineraryBefore, row.itineraryAfter), fromTo(row.roomBefore, row.roomAfter),
        fromTo(nightsText(row.nightsBefore), nightsText(row.nightsAfter))]),
    })),
    h('h3', {}, t('changes.byHotel')),
    list.hotels.length === 0 ? empty(t('changes.noHotelChange')) : h('div', {class: 'scroll-x'}, table({
      caption: null,
      columns: [t('changes.hotel'), t('changes.participant'), t('changes.action'), t('changes.room'), t('changes.nights')],
      rows: list.hotels.map(row => [h('th', {scope: 'row'}, row.hotelName ?? row.hotel), `${row.name} (${row.participant})`,
        known(ACTIONS, row.action), fromTo(row.roomBefore, row.roomAfter),
        fromTo(nightsText(row.nightsBefore), nightsText(row.nightsAfter))]),
    })),
    h('h3', {}, t('changes.money')),
    h('div', {class: 'scroll-x'}, amountsTable(t('changes.costPerPayer'), list.costs, currency, t('changes.payer'))),
    h('div', {class: 'scroll-x'}, amountsTable(t('changes.scoreTable'), list.score.slice(0, 2), null, t('changes.level'))),
    h('div', {class: 'scroll-x'}, amountsTable(t('changes.softTable'), list.score.slice(2), currency, t('changes.rule'))),
    h('div', {class: 'actions'}, download('PARTICIPANTS', 'change-list.csv'), download('HOTELS', 'hotel-changes.csv'),
      download('FIGURES', 'cost-changes.csv')), message);
}

function forecastSection(forecast, currency) {
  const money = value => value === null || value === undefined ? '—' : fmt.money(value, currency);
  const line = (row, total) => [h('th', {scope: 'row'}, total ? t('changes.inBudget') : payerName(row.payer)),
    money(row.available), money(row.booked), money(row.forecast), money(row.sunk), money(row.committed), money(row.left)];
  return section(t('changes.forecastTitle'), h('p', {class: 'hint'}, t('changes.forecastIntro')),
    h('div', {class: 'scroll-x'}, table({caption: t('changes.forecastTable'),
      columns: [t('changes.payer'), t('changes.available'), t('changes.booked'), t('changes.forecast'), t('changes.sunk'),
        t('changes.committed'), t('changes.left')],
      numeric: [1, 2, 3, 4, 5, 6],
      rows: [...forecast.payers.map(row => line(row, false)), line(forecast.total, true)]})));
}

function payerName(payer) {
  return payer === 'general' ? t('changes.general') : payer === 'SELF' ? t('changes.self') : payer;
}

async function outcome(holder, planId, currency) {
  put(holder, h('p', {class: 'loading'}, t('app.loading')));
  try {
    const [list, forecast] = await Promise.all([api.get(`/api/plans/${planId}/changes`), api.get(`/api/plans/${planId}/forecast`)]);
    put(holder, changeListSection(list, currency, `/api/plans/${planId}/changes.csv`), forecastSection(forecast, currency));
  } catch (error) {
    put(holder, problemBox(error));
  }
}

// ------------------------------------------------------------------ history

function historySection(versions, plans) {
  return section(t('changes.historyTitle'),
    h('div', {class: 'scroll-x'}, table({caption: t('changes.datasetVersions'),
      columns: [t('changes.datasetVersion'), t('changes.origin'), t('changes.madeFrom'), t('solve.created'), t('changes.by')],
      rows: [...versions].reverse().map(version => [h('th', {scope: 'row'}, `v${version.version}`),
        known(ORIGINS, version.origin), version.parentVersion ? `v${version.parentVersion}` : '—',
        fmt.instant(version.createdAt), version.createdBy ?? '—'])})),
    h('div', {class: 'scroll-x'}, table({caption: t('changes.planVersions'),
      columns: [t('plan.plan'), t('solve.status'), t('changes.datasetVersion'), t('changes.parent'), t('solve.created')],
      rows: [...plans].reverse().map(plan => [
        h('th', {scope: 'row'}, h('a', {href: `#/changes/${plan.planId}`}, t('plan.planVersion', {version: plan.version, id: plan.planId}))),
        statusBadge(plan.status), `v${plan.datasetVersion}`,
        plan.parentPlanId ? h('a', {href: `#/changes/${plan.parentPlanId}`}, `#${plan.parentPlanId}`) : '—',
        fmt.instant(plan.createdAt)])})));
}

// ------------------------------------------------------------------ the screen

export async function render(main, {params}) {
  if (!params.planId) {
    await renderPicker(main);
    return undefined;
  }
  const status = await api.get(`/api/plans/${params.planId}`);
  rememberPlan(status.planId);
  rememberDataset(status.datasetId);
  const [doc, versions, plans] = await Promise.all([
    api.get(`/api/datasets/${status.datasetId}/versions/${status.datasetVersion}`),
    api.get(`/api/datasets/${status.datasetId}/versions`), api.get(`/api/datasets/${status.datasetId}/plans`)]);
  const dataset = indexDataset(doc);
  const currency = dataset.currency;
  main.append(h('h1', {}, t('changes.heading', {version: status.version, id: status.planId}), ' ', statusBadge(status.status)),
    facts([
      [t('changes.datasetVersion'), `v${status.datasetVersion}`],
      [t('changes.parent'), status.parentPlanId ? h('a', {href: `#/changes/${status.parentPlanId}`}, `#${status.parentPlanId}`) : '—'],
      [t('plan.plan'), h('a', {href: `#/plans/${status.planId}`}, t('changes.openPlan'))],
    ]));
  const outcomeHolder = h('div', {class: 'changes-outcome'});
  const historyHolder = h('div', {}, historySection(versions, plans));
  if (!FINAL.has(status.status) || !status.bestScore) {
    main.append(section(t('changes.notEnded'), h('p', {}, t('changes.notEndedText')),
      h('a', {class: 'button', href: `#/solve/${status.datasetId}/${status.planId}`}, t('solve.watch'))), historyHolder);
    return undefined;
  }
  const plan = await api.get(`/api/plans/${status.planId}/result`);

  const limitInput = h('input', {type: 'number', name: 'timeLimitSeconds', min: '1', max: '3600', step: '1', value: '10',
    inputmode: 'numeric', required: true});
  const posted = h('div', {'aria-live': 'polite'});
  const progressHolder = h('div', {});
  let progress = null;

  async function post(path, body, button) {
    put(posted);
    button.disabled = true;
    const seconds = Number(limitInput.value) || 10;
    try {
      const accepted = await api.post(`${path}?timeLimitSeconds=${seconds}`, body);
      const replan = accepted.plan;
      // The change list shown was of this plan; the re-plan's comes once it has ended.
      put(outcomeHolder);
      announce(t('changes.accepted', {version: replan.version}));
      put(posted, h('div', {class: 'note'},
        h('p', {}, t('changes.acceptedText', {version: replan.version, dataset: accepted.datasetVersion.version})),
        h('ul', {class: 'report'}, accepted.report.map(line => h('li', {lang: 'en'}, line))),
        accepted.brokenBookings.length > 0 ? [h('p', {}, t('changes.broken')),
          h('ul', {}, accepted.brokenBookings.map(line => h('li', {lang: 'en'}, line)))] : null));
      rememberPlan(replan.planId);
      progress?.close();
      // Once the re-plan has ended, its own screen: its change list and forecast first, and forms for what comes next.
      let shown = false;
      const ended = async () => {
        const current = await api.get(`/api/plans/${replan.planId}`);
        if (FINAL.has(current.status) && !shown) {
          shown = true;
          navigate(`/changes/${replan.planId}`);
        }
      };
      progress = progressPanel(replan, currency, ended);
      put(progressHolder, progress.element);
      applyPermissions(progressHolder);
      progress.element.scrollIntoView({block: 'start', behavior: 'smooth'});
      ended();
    } catch (error) {
      put(posted, problemBox(error, {issueLabel: issueLabel(() => box.value)}));
      posted.querySelector('.problem')?.setAttribute('tabindex', '-1');
      posted.querySelector('.problem')?.focus();
    } finally {
      button.disabled = false;
    }
  }

  // The change document: every form adds to it; the planner may also paste or edit any caravan-changes/1 here.
  const box = h('textarea', {name: 'document', rows: '10', spellcheck: 'false', class: 'code'},
    JSON.stringify(EMPTY_DOCUMENT, null, 2));
  const listed = h('ol', {class: 'pending'});
  function showListed() {
    let changes = [];
    try {
      changes = JSON.parse(box.value).changes ?? [];
    } catch {
      changes = [];
    }
    put(listed, changes.map(change => h('li', {}, typeName(change.type), ' ',
      h('span', {class: 'muted'}, change.participant?.id ?? change.participant ?? change.rooms?.join(', ')
        ?? change.segment ?? change.fund ?? change.hotel ?? change.total ?? ''))));
  }
  box.addEventListener('input', showListed);
  const add = change => {
    let document;
    try {
      document = JSON.parse(box.value);
    } catch {
      document = structuredClone(EMPTY_DOCUMENT);
    }
    document.changes = [...(document.changes ?? []), change];
    box.value = JSON.stringify(document, null, 2);
    showListed();
    announce(t('changes.added', {type: typeName(change.type), count: document.changes.length}));
  };
  const apply = h('button', {type: 'button', class: 'primary'}, t('changes.apply'));
  apply.addEventListener('click', () => {
    let document;
    try {
      document = JSON.parse(box.value);
    } catch (error) {
      put(posted, problemBox(new ApiProblem(400, {detail: t('changes.notJson', {message: error.message}),
        issues: [{path: '$', message: error.message}]})));
      return;
    }
    post(`/api/plans/${status.planId}/changes`, document, apply);
  });
  const clear = h('button', {type: 'button'}, t('changes.clear'));
  clear.addEventListener('click', () => {
    box.value = JSON.stringify(EMPTY_DOCUMENT, null, 2);
    showListed();
  });

  main.append(outcomeHolder,
    h('div', {class: 'inline-form', 'data-requires': 'write'}, field(t('solve.timeLimit'), limitInput, t('changes.timeLimitHint'))),
    h('div', {'data-requires': 'write'}, bookingSection(status, plan, dataset, post)),
    h('div', {'data-requires': 'write'}, section(t('changes.writeTitle'), h('p', {}, t('changes.writeIntro')),
      changeForms(dataset, add),
      h('h3', {}, t('changes.document')), listed,
      field(t('changes.documentBox'), box, t('changes.documentHint')),
      h('div', {class: 'actions'}, apply, clear))),
    posted, progressHolder, historyHolder);
  if (status.parentPlanId) {
    outcome(outcomeHolder, status.planId, currency);
  }
  return () => progress?.close();
}
