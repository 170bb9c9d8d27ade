// A dataset's summary: the event, who comes (by country, role, gender, needs), the hotels and their beds per
// night, the flight offers by origin, and the budget with its funds. Counted in the page from the document.
import {api} from '../api.js';
import {facts, h, section, table} from '../dom.js';
import {fmt, t} from '../i18n.js';
import {bars} from '../chart.js';
import {bedsOn, countBy, dataset as loadDataset} from '../model.js';
import {rememberDataset} from '../context.js';
import {currentLanguage} from '../i18n.js';
import {sheetImportPanel} from '../sheets.js';

export const title = 'dataset.title';

function countTable(caption, counts, label, total) {
  return table({
    caption,
    columns: [caption, t('summary.count'), t('summary.share')],
    numeric: [1, 2],
    rows: counts.map(([key, count]) => [label(key), fmt.number(count), fmt.percent(count / Math.max(1, total))]),
    className: 'data compact',
  });
}

function eventPanel(view, summary) {
  const event = view.event;
  const venue = event.venue ?? {};
  return section(t('summary.event'), facts([
    [t('summary.dates'), `${fmt.date(event.firstDay)} – ${fmt.date(event.lastDay)}`],
    [t('summary.venue'), [venue.name, venue.airport].filter(Boolean).join(' · ')],
    [t('summary.timeZone'), event.timeZone ?? '—'],
    [t('summary.currency'), view.currency],
    [t('summary.arrivals'), event.arrivalWindow
      ? `${fmt.localDateTime(event.arrivalWindow.earliest)} – ${fmt.localDateTime(event.arrivalWindow.latest)}` : '—'],
    [t('summary.departures'), event.departureWindow
      ? `${fmt.localDateTime(event.departureWindow.earliest)} – ${fmt.localDateTime(event.departureWindow.latest)}` : '—'],
    [t('summary.uploaded'), fmt.instant(summary.createdAt)],
  ]));
}

function participantsPanel(view) {
  const people = view.participants;
  const total = people.length;
  const needs = [
    [t('summary.singleRoom'), people.filter(p => p.needs?.singleRoom).length],
    [t('summary.accessibleRoom'), people.filter(p => p.needs?.accessibleRoom).length],
    [t('summary.mustAttend'), people.filter(p => p.mustAttend).length],
    [t('summary.ground'), people.filter(p => p.travelMode === 'NONE').length],
    [t('summary.noLodging'), people.filter(p => p.needsLodging === false).length],
    [t('summary.selfFunded'), people.filter(p => p.fund === 'SELF').length],
    [t('summary.requests'), people.filter(p => (p.roommateRequests ?? []).length > 0).length],
  ];
  return section(t('summary.participants', {count: total}),
    h('div', {class: 'columns'},
      countTable(t('summary.byCountry'), countBy(people, p => p.nationality ?? ''),
        code => h('span', {title: code}, `${fmt.country(code)} (${code || '—'})`), total),
      h('div', {},
        countTable(t('summary.byRole'), countBy(people, p => p.role ?? 'DELEGATE'), role => t(`role.${role}`), total),
        countTable(t('summary.byGender'), countBy(people, p => p.gender ?? ''), gender => t(`gender.${gender || 'none'}`),
          total)),
      table({caption: t('summary.needs'), columns: [t('summary.need'), t('summary.count')], numeric: [1],
        rows: needs.map(([label, count]) => [label, fmt.number(count)]), className: 'data compact'})));
}

function hotelsPanel(view) {
  const nights = view.nights;
  const lodged = view.participants.filter(p => p.needsLodging !== false).length;
  const totals = nights.map(night => view.hotels.reduce((sum, hotel) => sum + bedsOn(hotel, night), 0));
  return section(t('summary.hotels', {count: view.hotels.length}),
    h('p', {}, t('summary.bedsHelp', {count: lodged})),
    h('div', {class: 'scroll-x'}, table({
      caption: t('summary.bedsPerNight'),
      columns: [t('summary.hotel'), t('summary.stars'), t('summary.distance'), t('summary.roomCount'),
        ...nights.map(night => fmt.night(night))],
      numeric: [1, 2, 3, ...nights.map((night, index) => index + 4)],
      rows: [
        ...view.hotels.map(hotel => [
          h('th', {scope: 'row'}, hotel.name ?? hotel.id, h('span', {class: 'muted'}, ` ${hotel.id}`)),
          hotel.stars ?? '—', hotel.distanceKm === undefined || hotel.distanceKm === null ? '—'
            : `${fmt.number(hotel.distanceKm, 1)} km`,
          fmt.number((hotel.rooms ?? []).length),
          ...nights.map(night => fmt.number(bedsOn(hotel, night)))]),
        [h('th', {scope: 'row'}, t('summary.total')), '', '',
          fmt.number(view.hotels.reduce((sum, hotel) => sum + (hotel.rooms ?? []).length, 0)),
          ...totals.map(total => h('strong', {class: total < lodged ? 'short' : null}, fmt.number(total)))],
      ],
    })));
}

function flightsPanel(view) {
  const itineraries = [...view.itinerary.values()];
  const byOrigin = new Map();
  for (const itinerary of itineraries) {
    const entry = byOrigin.get(itinerary.origin) ?? {count: 0, cheapest: Infinity, dearest: 0};
    entry.count += 1;
    entry.cheapest = Math.min(entry.cheapest, Number(itinerary.price ?? Infinity));
    entry.dearest = Math.max(entry.dearest, Number(itinerary.price ?? 0));
    byOrigin.set(itinerary.origin, entry);
  }
  const flyers = new Map();
  for (const person of view.participants.filter(p => p.travelMode !== 'NONE')) {
    for (const code of person.homeAirports ?? []) {
      flyers.set(code, (flyers.get(code) ?? 0) + 1);
    }
  }
  const origins = [...new Set([...byOrigin.keys(), ...flyers.keys()])].sort();
  const limited = [...view.segment.values()].filter(segment => segment.seats !== null && segment.seats !== undefined);
  return section(t('summary.flights'),
    h('p', {}, t('summary.flightsHelp', {itineraries: itineraries.length, segments: view.segment.size,
      limited: limited.length})),
    h('div', {class: 'scroll-x'}, table({
      caption: t('summary.byOrigin'),
      columns: [t('summary.origin'), t('summary.participantsFrom'), t('summary.itineraryCount'), t('summary.cheapest'),
        t('summary.dearest')],
      numeric: [1, 2, 3, 4],
      rows: origins.map(code => {
        const airport = view.airport.get(code);
        const offer = byOrigin.get(code);
        return [
          h('th', {scope: 'row'}, code, airport ? h('span', {class: 'muted'}, ` ${airport.city ?? ''}, ${fmt.country(airport.country)}`) : null),
          fmt.number(flyers.get(code) ?? 0),
          offer ? fmt.number(offer.count) : h('strong', {class: 'short'}, '0'),
          offer && Number.isFinite(offer.cheapest) ? fmt.money(offer.cheapest, view.currency) : '—',
          offer ? fmt.money(offer.dearest, view.currency) : '—'];
      }),
    })));
}

function budgetPanel(view) {
  const budget = view.doc.budget;
  if (!budget) {
    return section(t('summary.budget'), h('p', {}, t('summary.noBudget')));
  }
  const funds = view.funds;
  const people = fund => view.participants.filter(p => (p.fund ?? 'general') === fund).length;
  return section(t('summary.budget'),
    facts([
      [t('summary.budgetTotal'), budget.total === null || budget.total === undefined ? t('summary.noLimit')
        : fmt.money(budget.total, view.currency)],
      [t('summary.fundsTotal'), fmt.money(funds.reduce((sum, fund) => sum + Number(fund.amount ?? 0), 0), view.currency)],
    ]),
    bars(funds.map(fund => ({label: `${fund.name ?? fund.id}`, value: Number(fund.amount ?? 0),
      text: `${fmt.money(fund.amount, view.currency)} · ${t('summary.people', {count: people(fund.id)})}`})),
    {caption: t('summary.funds')}),
    h('p', {class: 'hint'}, t('summary.fundsHelp', {general: people('general'), self: people('SELF')})));
}

export async function render(main, {params}) {
  const id = params.datasetId;
  const [summary, view] = await Promise.all([api.get(`/api/datasets/${id}/summary`), loadDataset(id)]);
  rememberDataset(id);
  main.append(
    h('div', {class: 'screen-head'},
      h('div', {}, h('p', {class: 'breadcrumb'}, h('a', {href: '#/datasets'}, t('datasets.title'))),
        h('h1', {}, summary.name)),
      h('div', {class: 'actions'},
        h('a', {class: 'button primary', href: `#/solve/${id}`, 'data-requires': 'write'}, t('dataset.solve')),
        h('button', {type: 'button', onclick: () => api.download(`/api/datasets/${id}`, `dataset-${id}.json`)},
          t('dataset.download')),
        h('button', {type: 'button', onclick: () => api.download(`/api/datasets/${id}/sheets/dataset.xlsx?lang=${
          currentLanguage() === 'fr' ? 'fr' : 'en'}`, `dataset-${id}.xlsx`)}, t('dataset.downloadSheets')))),
    h('div', {class: 'grid-2'}, eventPanel(view, summary), budgetPanel(view)),
    participantsPanel(view),
    hotelsPanel(view),
    flightsPanel(view),
    sheetImportPanel({datasetId: Number(id)}));
}
