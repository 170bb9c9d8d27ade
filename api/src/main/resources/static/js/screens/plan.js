// The plan: the rooming grid per hotel, flights and arrivals by shuttle slot, the budget per fund, the people
// not brought with their reasons, a card per participant, and every export to download.
import {api, ApiProblem} from '../api.js';
import {empty, facts, h, put, section, table, uid} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {problemBox} from '../problems.js';
import {downloadOnClick} from '../downloads.js';
import {replaceAddress} from '../router.js';
import {bars} from '../chart.js';
import {lanes, loadPlan} from '../model.js';
import {rememberDataset, rememberPlan} from '../context.js';
import {closeCard, openCard, reasonText, ruleName} from './card.js';
import {negated, scoreFacts, statusBadge} from './solve.js';

export const title = 'plan.title';

const VIEWS = ['rooming', 'arrivals', 'budget', 'left-out'];

/** The rules whose matches become badges in the grid, by the rule names the analysis gives them. */
const NO_COMMON_LANGUAGE = 'Roommates without a common language';
const REQUEST_UNMET = 'Roommate request not honoured';

// ------------------------------------------------------------------ the plan picker (no plan in the address)

async function renderPicker(main) {
  const plans = (await api.get('/api/plans')).filter(plan => plan.bestScore);
  main.append(h('h1', {}, t('plan.title')));
  if (plans.length === 0) {
    main.append(section(t('plan.choose'), empty(t('plan.none'), ' ', h('a', {href: '#/solve'}, t('plan.solveFirst')))));
    return;
  }
  const datasets = new Map((await api.get('/api/datasets')).map(dataset => [dataset.id, dataset.name]));
  main.append(section(t('plan.choose'), table({
    caption: t('plan.plans', {count: plans.length}),
    columns: [t('plan.plan'), t('solve.dataset'), t('solve.status'), t('score.medium'), t('solve.brought'), t('solve.created')],
    numeric: [3, 4],
    rows: [...plans].reverse().map(plan => [
      h('th', {scope: 'row'}, h('a', {href: `#/plans/${plan.planId}`}, t('plan.planVersion', {version: plan.version, id: plan.planId}))),
      datasets.get(plan.datasetId) ?? `#${plan.datasetId}`, statusBadge(plan.status), fmt.number(negated(plan.bestScore.medium)),
      `${fmt.number(plan.brought)} / ${fmt.number(plan.participants)}`, fmt.instant(plan.createdAt)]),
  })));
}

// ------------------------------------------------------------------ header, downloads, search

function header(context) {
  const {status, view, plan} = context;
  return h('div', {class: 'screen-head'},
    h('div', {},
      h('p', {class: 'breadcrumb'}, h('a', {href: `#/datasets/${status.datasetId}`}, view.event.name ?? `#${status.datasetId}`)),
      h('h1', {}, t('plan.heading', {version: status.version}), ' ', statusBadge(status.status)),
      ['SOLVING', 'QUEUED', 'RESUMING'].includes(status.status) ? h('p', {class: 'note'}, t('plan.bestSoFar'), ' ',
        h('a', {href: `#/solve/${status.datasetId}/${status.planId}`}, t('solve.watch'))) : null),
    facts([
      ...scoreFacts(plan.plan.score, view.currency),
      [t('solve.brought'), t('solve.broughtOf', {brought: plan.brought, participants: view.participants.length})],
      [t('solve.cost'), fmt.money(plan.plan.costs?.total, view.currency)],
      [t('changes.datasetVersion'), `v${status.datasetVersion}`],
      [t('changes.parent'), status.parentPlanId ? h('a', {href: `#/plans/${status.parentPlanId}`}, `#${status.parentPlanId}`) : '—'],
      [t('changes.openChanges'), h('a', {href: `#/changes/${status.planId}`}, t('changes.title'))],
    ]));
}

function downloads(context) {
  const {status, view} = context;
  const planId = status.planId;
  const message = h('div', {'aria-live': 'polite'});
  const hotelId = uid('hotel');
  const firstUsed = view.hotels.find(hotel => hotelUsed(context.plan, hotel));
  const hotelSelect = h('select', {id: hotelId}, view.hotels.map(hotel => h('option', {value: hotel.id,
    selected: hotel === firstUsed}, hotel.name ?? hotel.id)));
  const fetchFile = (path, name) => downloadOnClick(path, name, message);
  const button = (key, path, name) => h('button', {type: 'button', onclick: fetchFile(path, name)}, t(key));
  const menu = h('details', {class: 'downloads'},
    h('summary', {class: 'button'}, t('plan.downloads')),
    h('div', {class: 'dropdown', role: 'group', 'aria-label': t('plan.downloads')},
      button('plan.roomingXlsx', `/api/plans/${planId}/rooming-lists.xlsx`, `rooming-lists-plan-${planId}.xlsx`),
      h('span', {class: 'joined'},
        h('label', {for: hotelId, class: 'visually-hidden'}, t('plan.hotelForCsv')), hotelSelect,
        h('button', {type: 'button', onclick: event => fetchFile(`/api/plans/${planId}/rooming-lists/${
          encodeURIComponent(hotelSelect.value)}.csv`, `rooming-${hotelSelect.value}.csv`)(event)}, t('plan.roomingCsv'))),
      button('plan.manifest', `/api/plans/${planId}/flight-manifest.csv`, `flight-manifest-plan-${planId}.csv`),
      button('plan.arrivalsCsv', `/api/plans/${planId}/arrivals.csv`, `arrivals-plan-${planId}.csv`),
      button('plan.departuresCsv', `/api/plans/${planId}/departures.csv`, `departures-plan-${planId}.csv`),
      button('plan.planJson', `/api/plans/${planId}/result`, `plan-${planId}.json`),
      button('plan.documentsZip', `/api/plans/${planId}/documents.zip`, `documents-plan-${planId}.zip`),
      button('plan.vipPdf', `/api/plans/${planId}/vip.pdf`, `vip-plan-${planId}.pdf`),
      message));
  menu.addEventListener('keydown', event => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });
  return menu;
}

function search(context) {
  const {view} = context;
  const inputId = uid('find');
  const listId = uid('people');
  const input = h('input', {id: inputId, type: 'search', list: listId, autocomplete: 'off',
    placeholder: t('plan.findPlaceholder')});
  const message = h('span', {class: 'muted', 'aria-live': 'polite'});
  const form = h('form', {class: 'find', role: 'search'},
    h('label', {for: inputId}, t('plan.find')), input,
    h('datalist', {id: listId}, view.participants.map(person => h('option', {value: `${person.name} (${person.id})`}))),
    h('button', {type: 'submit'}, t('plan.openCard')), message);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    const id = /\(([^()]+)\)$/.exec(text)?.[1] ?? text;
    const lower = text.toLowerCase();
    const person = view.participant.get(id)
      ?? view.participants.find(candidate => (candidate.name ?? '').toLowerCase() === lower)
      ?? view.participants.find(candidate => (candidate.name ?? '').toLowerCase().includes(lower));
    if (person && text) {
      message.textContent = '';
      openCard(context, person.id, input);
    } else {
      message.textContent = t('plan.notFound', {text});
    }
  });
  return form;
}

function viewLinks(planId, current) {
  return h('nav', {class: 'tabs', 'aria-label': t('plan.views')}, h('ul', {}, VIEWS.map(name =>
    h('li', {}, h('a', {href: `#/plans/${planId}/${name}`, 'aria-current': name === current ? 'page' : null,
      class: name === current ? 'active' : null}, t(`plan.view.${name}`))))));
}

// ------------------------------------------------------------------ rooming grid

function hotelUsed(plan, hotel) {
  return (hotel.rooms ?? []).some(room => (plan.occupants.get(room.id) ?? []).length > 0);
}

function badgesOf(context, analysis) {
  const badges = new Map();
  const add = (id, kind, text) => {
    if (!context.view.participant.has(id)) {
      return;
    }
    if (!badges.has(id)) {
      badges.set(id, []);
    }
    badges.get(id).push({kind, text});
  };
  for (const rule of analysis?.rules ?? []) {
    for (const match of rule.matches ?? []) {
      if (rule.rule === NO_COMMON_LANGUAGE) {
        match.ids.slice(0, 2).forEach(id => add(id, 'language', match.message));
      } else if (rule.rule === REQUEST_UNMET) {
        add(match.ids[0], 'request', match.message);
      } else if (rule.level === 'HARD') {
        match.ids.forEach(id => add(id, 'hard', `${ruleName(rule.rule)}: ${match.message}`));
      }
    }
  }
  for (const person of context.view.participants) {
    if (person.needs?.singleRoom) {
      add(person.id, 'single', t('badge.singleHelp'));
    }
    if (person.needs?.accessibleRoom) {
      add(person.id, 'accessible', t('badge.accessibleHelp'));
    }
  }
  return badges;
}

const BADGE_ORDER = ['hard', 'language', 'request', 'single', 'accessible'];

function badgeElements(list) {
  const kinds = [...new Set(list.map(badge => badge.kind))].sort((a, b) => BADGE_ORDER.indexOf(a) - BADGE_ORDER.indexOf(b));
  return kinds.map(kind => h('span', {class: `badge badge-${kind}`,
    title: list.filter(badge => badge.kind === kind).map(badge => badge.text).join('\n')}, t(`badge.${kind}`)));
}

function stayButton(context, stay, nights, badges, query) {
  const person = stay.participant;
  const first = nights.indexOf(stay.nights[0]);
  const last = nights.indexOf(stay.nights.at(-1));
  const mine = badges.get(person.id) ?? [];
  const label = [person.name ?? person.id, t(`gender.${person.gender ?? 'none'}`), fmt.country(person.nationality),
    t('grid.nights', {count: stay.nights.length, first: fmt.night(stay.nights[0]), last: fmt.night(stay.nights.at(-1))}),
    ...[...new Set(mine.map(badge => t(`badge.${badge.kind}Help`)))]].join(', ');
  const matches = query && [person.name, person.id, person.nationality, fmt.country(person.nationality)]
    .some(value => String(value ?? '').toLowerCase().includes(query));
  return h('button', {type: 'button', class: `stay gender-${person.gender ?? 'none'}${matches ? ' match' : ''}`,
    'data-participant': person.id, 'aria-label': label,
    style: {gridColumn: `${first + 1} / ${last + 2}`, gridRow: String(stay.lane + 1)},
    onclick: event => openCard(context, person.id, event.currentTarget)},
  h('span', {class: 'stay-name'}, person.name ?? person.id),
  h('span', {class: 'stay-meta'}, `${person.gender ?? '?'} · ${person.nationality ?? '—'}`),
  badgeElements(mine));
}

function hotelGrid(context, hotel, badges, {query, occupiedOnly, chosen}) {
  const {plan} = context;
  const nights = plan.nights;
  const rows = [];
  let used = 0;
  let guests = 0;
  for (const room of hotel.rooms ?? []) {
    const stays = (plan.occupants.get(room.id) ?? []).filter(stay => stay.nights.length > 0);
    if (stays.length > 0) {
      used += 1;
      guests += stays.length;
    }
    if (((occupiedOnly || (!chosen && !hotelUsed(plan, hotel))) && stays.length === 0)
        || (query && !stays.some(stay => [stay.participant.name, stay.participant.id, stay.participant.nationality,
          fmt.country(stay.participant.nationality)].some(value => String(value ?? '').toLowerCase().includes(query))))) {
      continue;
    }
    const {placed, count} = lanes(stays, stays.length === 0 ? 1 : room.capacity);
    rows.push(h('tr', {class: stays.length === 0 ? 'room-empty' : null},
      h('th', {scope: 'row', class: 'room'},
        h('span', {class: 'room-id'}, room.id),
        h('span', {class: 'room-meta'}, `${room.type ?? ''} · ${t('card.beds', {count: room.capacity ?? 0})}`,
          room.accessible ? h('span', {class: 'badge badge-accessible', title: t('badge.accessibleRoom')}, t('badge.accessible')) : null)),
      h('td', {colspan: String(nights.length), class: 'lanes-cell'},
        h('div', {class: 'lanes', style: {gridTemplateRows: `repeat(${count}, minmax(1.8rem, auto))`}},
          placed.map(stay => stayButton(context, stay, nights, badges, query)),
          stays.length === 0 ? h('span', {class: 'free'}, t('grid.free')) : null))));
  }
  const headingId = uid('hotel');
  if (rows.length === 0 && !hotelUsed(plan, hotel)) {
    return h('section', {class: 'hotel-grid unused', id: `hotel-${hotel.id}`, 'aria-labelledby': headingId},
      h('h2', {id: headingId}, hotel.name ?? hotel.id, ' ',
        h('span', {class: 'stars', 'aria-label': t('grid.stars', {count: hotel.stars ?? 0})}, '★'.repeat(hotel.stars ?? 0)),
        ' ', h('span', {class: 'muted'}, t('grid.hotelUnused', {rooms: (hotel.rooms ?? []).length}))));
  }
  return h('section', {class: 'hotel-grid', id: `hotel-${hotel.id}`, 'aria-labelledby': headingId},
    h('h2', {id: headingId}, hotel.name ?? hotel.id, ' ',
      h('span', {class: 'stars', 'aria-label': t('grid.stars', {count: hotel.stars ?? 0})}, '★'.repeat(hotel.stars ?? 0)),
      ' ', h('span', {class: 'muted'}, t('grid.usage', {used, rooms: (hotel.rooms ?? []).length, guests}))),
    rows.length === 0 ? empty(t('grid.noRooms')) : h('table', {class: 'rooming', style: {'--nights': nights.length}},
      h('caption', {class: 'visually-hidden'}, t('grid.caption', {hotel: hotel.name ?? hotel.id})),
      h('colgroup', {}, h('col', {class: 'room-col'}), h('col', {span: String(nights.length)})),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('grid.room')),
        nights.map(night => h('th', {scope: 'col', class: 'night'}, fmt.night(night))))),
      h('tbody', {}, rows)));
}

async function renderRooming(context, holder) {
  const {view} = context;
  const badgesHolder = {badges: new Map()};
  let analysisProblem = null;
  try {
    badgesHolder.badges = badgesOf(context, await context.analysis());
  } catch (error) {
    analysisProblem = error;
    badgesHolder.badges = badgesOf(context, null);
  }
  const hotelId = uid('hotel-filter');
  const queryId = uid('query');
  const occupiedId = uid('occupied');
  const hotelSelect = h('select', {id: hotelId},
    h('option', {value: ''}, t('grid.allHotels')),
    view.hotels.map(hotel => h('option', {value: hotel.id}, hotel.name ?? hotel.id)));
  const query = h('input', {type: 'search', id: queryId, autocomplete: 'off', placeholder: t('grid.filterPlaceholder')});
  const occupied = h('input', {type: 'checkbox', id: occupiedId});
  const grids = h('div', {class: 'grids'});
  const legend = h('p', {class: 'legend'}, t('grid.legend'), ' ',
    BADGE_ORDER.map(kind => h('span', {class: 'legend-item'}, h('span', {class: `badge badge-${kind}`}, t(`badge.${kind}`)),
      ' ', t(`badge.${kind}Help`))));

  function draw() {
    const text = query.value.trim().toLowerCase();
    const hotels = view.hotels.filter(hotel => !hotelSelect.value || hotel.id === hotelSelect.value);
    put(grids, ...hotels.map(hotel => hotelGrid(context, hotel, badgesHolder.badges,
      {query: text, occupiedOnly: occupied.checked, chosen: Boolean(hotelSelect.value)})));
  }
  let timer = null;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(draw, 150);
  });
  hotelSelect.addEventListener('change', draw);
  occupied.addEventListener('change', draw);
  draw();
  put(holder,
    h('div', {class: 'toolbar'},
      h('div', {class: 'field'}, h('label', {for: hotelId}, t('grid.hotel')), hotelSelect),
      h('div', {class: 'field'}, h('label', {for: queryId}, t('grid.filter')), query),
      h('div', {class: 'field check'}, occupied, h('label', {for: occupiedId}, t('grid.occupiedOnly')))),
    ...[analysisProblem ? problemBox(analysisProblem) : null, legend, grids].filter(Boolean));
}

// ------------------------------------------------------------------ arrivals and departures by shuttle slot

function minuteOfDay(iso) {
  const [, time = '00:00'] = iso.split('T');
  const [hour, minute] = time.split(':').map(Number);
  return hour * 60 + minute;
}

function slotsView(context, slots, direction) {
  if (slots.length === 0) {
    return empty(t('shuttle.none'));
  }
  const days = new Map();
  for (const slot of slots) {
    const day = slot.start.slice(0, 10);
    if (!days.has(day)) {
      days.set(day, []);
    }
    days.get(day).push(slot);
  }
  const most = Math.max(...slots.map(slot => slot.passengers.length));
  return [...days.entries()].map(([day, daySlots]) => {
    const headingId = uid('day');
    const details = daySlots.map(slot => {
      const hotels = new Map();
      slot.passengers.forEach(passenger => hotels.set(passenger.hotelName ?? t('shuttle.noHotel'),
        (hotels.get(passenger.hotelName ?? t('shuttle.noHotel')) ?? 0) + 1));
      return {slot, id: uid('slot'), hotels};
    });
    return h('section', {class: 'day', 'aria-labelledby': headingId},
      h('h3', {id: headingId}, fmt.date(day)),
      h('div', {class: 'timeline', 'aria-hidden': 'true'},
        [0, 3, 6, 9, 12, 15, 18, 21].map(hour => h('span', {class: 'tick', style: {left: `${hour / 24 * 100}%`}},
          `${String(hour).padStart(2, '0')}:00`)),
        details.map(({slot, id}) => {
          const start = minuteOfDay(slot.start);
          const end = slot.end.slice(0, 10) > day ? 1440 : minuteOfDay(slot.end);
          return h('a', {class: 'slot-block', href: `#${id}`, tabindex: '-1',
            style: {left: `${start / 1440 * 100}%`, width: `${(end - start) / 1440 * 100}%`,
              backgroundColor: `hsl(204 60% ${62 - 34 * slot.passengers.length / most}%)`},
            onclick: event => {
              event.preventDefault();
              const target = document.getElementById(id);
              target.open = true;
              target.querySelector('summary').focus();
            }}, String(slot.passengers.length));
        })),
      h('div', {class: 'slots'}, details.map(({slot, id, hotels}) => h('details', {id, class: 'slot'},
        h('summary', {}, h('strong', {}, `${fmt.localTime(slot.start)}–${fmt.localTime(slot.end)}`), ' · ',
          t(direction === 'OUTBOUND' ? 'shuttle.arriving' : 'shuttle.leaving', {count: slot.passengers.length}), ' · ',
          t('shuttle.flights', {count: slot.flights.length, list: slot.flights.map(flight =>
            `${flight.flight} ${fmt.localTime(flight.time)}`).join(', ')}), ' · ',
          h('span', {class: 'muted'}, [...hotels.entries()].map(([name, count]) => `${name} ${count}`).join(', '))),
        table({
          columns: [t('shuttle.name'), t('card.flight'), t('shuttle.time'), t('card.hotel')],
          className: 'data compact',
          rows: slot.passengers.map(passenger => [
            h('th', {scope: 'row'}, h('button', {type: 'button', class: 'link',
              onclick: event => openCard(context, passenger.participantId, event.currentTarget)}, passenger.name)),
            passenger.flight, fmt.localTime(passenger.time), passenger.hotelName ?? '—']),
        })))));
  });
}

async function renderArrivals(context, holder) {
  const [arrivals, departures] = await Promise.all([context.arrivals(), context.departures()]);
  const airport = context.view.event.venue?.airport ?? '';
  const content = h('div', {});
  const choices = [['OUTBOUND', arrivals, 'shuttle.arrivals'], ['RETURN', departures, 'shuttle.departures']];
  const toggles = choices.map(([direction, slots, key]) => h('button', {type: 'button', 'aria-pressed': 'false',
    onclick: () => show(direction)}, t(key, {count: slots.reduce((sum, slot) => sum + slot.passengers.length, 0)})));
  function show(direction) {
    choices.forEach(([name], index) => toggles[index].setAttribute('aria-pressed', String(name === direction)));
    const [, slots] = choices.find(([name]) => name === direction);
    put(content, ...[slotsView(context, slots, direction)].flat().filter(Boolean));
  }
  put(holder,
    h('p', {}, t('shuttle.help', {airport, minutes: context.view.doc.policy?.arrivalSlotMinutes ?? 120})),
    h('div', {class: 'toggle', role: 'group', 'aria-label': t('shuttle.direction')}, toggles),
    content);
  show('OUTBOUND');
}

// ------------------------------------------------------------------ budget

async function renderBudget(context, holder) {
  const costs = await context.costs();
  const {view} = context;
  const currency = view.currency;
  const money = value => fmt.money(value, currency);
  const budget = view.doc.budget;
  const spentByPayers = Object.entries(costs.byPayer ?? {}).filter(([payer]) => payer !== 'SELF')
    .reduce((sum, [, value]) => sum + Number(value), 0);
  const fundRows = view.funds.map(fund => {
    const spent = Number(costs.byPayer?.[fund.id] ?? 0);
    const left = Number(costs.fundsLeft?.[fund.id] ?? Number(fund.amount) - spent);
    return {label: fund.name ?? fund.id, value: spent, max: Number(fund.amount ?? 0), state: left < 0 ? 'over' : null,
      text: t('budget.spentLeft', {spent: money(spent), left: money(left), amount: money(fund.amount)})};
  });
  const otherPayers = ['general', 'SELF'].filter(payer => costs.byPayer?.[payer] !== undefined).map(payer => [
    t(`budget.payer.${payer}`), money(costs.byPayer[payer])]);
  put(holder,
    h('div', {class: 'grid-2'},
      section(t('budget.overall'),
        budget?.total !== undefined && budget?.total !== null ? bars([{label: t('budget.total'), value: spentByPayers,
          max: Number(budget.total), state: Number(costs.budgetLeft) < 0 ? 'over' : null,
          text: t('budget.spentLeft', {spent: money(spentByPayers), left: money(costs.budgetLeft), amount: money(budget.total)})}])
          : h('p', {}, t('summary.noLimit')),
        facts([[t('budget.planTotal'), money(costs.total)], ...otherPayers]),
        h('p', {class: 'hint'}, t('budget.sharesHelp'))),
      section(t('budget.byKind'), bars(Object.entries(costs.byKind ?? {}).map(([kind, value]) => ({
        label: t(`budget.kind.${kind}`), value: Number(value), text: money(value)}))))),
    section(t('budget.funds'), fundRows.length === 0 ? empty(t('budget.noFunds'))
      : bars(fundRows, {caption: t('budget.fundsCaption')})),
    section(t('budget.byHotel'), bars(Object.entries(costs.byHotel ?? {}).map(([hotelId, value]) => ({
      label: view.hotel.get(hotelId)?.name ?? hotelId, value: Number(value), text: money(value)})))));
}

// ------------------------------------------------------------------ the people not brought

function renderLeftOut(context, holder) {
  const {view, plan, status} = context;
  const left = view.participants.filter(person => !plan.assignment.get(person.id)?.brought)
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || String(a.name).localeCompare(String(b.name)));
  if (left.length === 0) {
    put(holder, empty(t('left.none')));
    return;
  }
  const final = !['SOLVING', 'QUEUED', 'RESUMING'].includes(status.status);
  put(holder,
    h('p', {}, t('left.help', {count: left.length, priority: left.reduce((sum, person) => sum + (person.priority ?? 0), 0)})),
    final ? null : h('p', {class: 'note'}, t('left.reasonsLater')),
    h('div', {class: 'scroll-x'}, table({
      caption: t('left.caption', {count: left.length}),
      columns: [t('shuttle.name'), t('card.nationality'), t('left.role'), t('card.priority'), t('card.fund'), t('left.reasons')],
      numeric: [3],
      rows: left.map(person => {
        const reasons = plan.assignment.get(person.id)?.whyNotBrought ?? [];
        return [
          h('th', {scope: 'row'}, h('button', {type: 'button', class: 'link',
            onclick: event => openCard(context, person.id, event.currentTarget)}, person.name ?? person.id),
          h('span', {class: 'muted'}, ` ${person.id}`)),
          fmt.country(person.nationality), t(`role.${person.role ?? 'DELEGATE'}`),
          person.mustAttend ? t('card.mustAttend', {priority: person.priority ?? '—'}) : String(person.priority ?? '—'),
          person.fund === 'SELF' ? t('card.selfFunded') : view.funds.find(fund => fund.id === person.fund)?.name
            ?? t('card.generalFund'),
          reasons.length === 0 ? h('span', {class: 'muted'}, t('left.openCard'))
            : h('ul', {class: 'plain'}, reasons.map(reason => h('li', {}, h('strong', {}, reasonText(reason)), ' ',
              h('span', {lang: 'en', class: 'muted'}, reason.message))))];
      }),
    })));
}

// ------------------------------------------------------------------ the screen

const RENDERERS = {'rooming': renderRooming, 'arrivals': renderArrivals, 'budget': renderBudget, 'left-out': renderLeftOut};

export async function render(main, {params}) {
  if (!params.planId) {
    await renderPicker(main);
    return undefined;
  }
  let context;
  try {
    context = await loadPlan(params.planId);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) {
      // A remembered plan whose dataset was deleted since: forget it, so the menu leads to the list again.
      rememberPlan(null);
    }
    throw error;
  }
  rememberPlan(params.planId);
  rememberDataset(context.status.datasetId);
  if (!context.plan) {
    main.append(h('h1', {}, t('plan.heading', {version: context.status.version}), ' ', statusBadge(context.status.status)),
      empty(t('plan.noPlanYet'), ' ', h('a', {href: `#/solve/${context.status.datasetId}/${context.status.planId}`},
        t('solve.watch'))));
    return undefined;
  }
  const current = VIEWS.includes(params.view) ? params.view : 'rooming';
  if (!params.view) {
    replaceAddress(`/plans/${params.planId}/${current}`);
  }
  const holder = h('div', {class: `plan-view plan-${current}`}, h('p', {class: 'loading'}, t('app.loading')));
  main.append(header(context), h('div', {class: 'plan-bar'}, viewLinks(params.planId, current),
    h('div', {class: 'plan-tools'}, search(context), downloads(context))), holder);
  try {
    await RENDERERS[current](context, holder);
  } catch (error) {
    put(holder, problemBox(error));
  }
  return closeCard;
}
