// The participant card, over the plan: who they are, their itinerary in local times, room and roommates, their
// shuttle slots, why the plan treats them so (or why they were not brought), and where else they could go.
import {api} from '../api.js';
import {facts, h, put, table, uid} from '../dom.js';
import {downloadOnClick} from '../downloads.js';
import {fmt, has, t} from '../i18n.js';
import {problemBox} from '../problems.js';
import {negated} from './solve.js';

let openDialog = null;

export function ruleName(rule) {
  return has(`rule.${rule}`) ? t(`rule.${rule}`) : rule;
}

export function reasonText(reason) {
  return has(`reason.${reason.code}`) ? t(`reason.${reason.code}`) : reason.code;
}

function fundName(view, fund) {
  if (!fund) {
    return t('card.generalFund');
  }
  if (fund === 'SELF') {
    return t('card.selfFunded');
  }
  return view.funds.find(item => item.id === fund)?.name ?? fund;
}

function legTable(view, caption, segmentIds) {
  return table({
    caption,
    columns: [t('card.flight'), t('card.from'), t('card.departs'), t('card.to'), t('card.arrives')],
    className: 'data compact',
    rows: segmentIds.map(id => view.segment.get(id) ?? {id}).map(segment => {
      const from = view.airport.get(segment.from);
      const to = view.airport.get(segment.to);
      return [
        h('th', {scope: 'row'}, `${segment.carrier ?? ''} ${segment.number ?? segment.id}`.trim()),
        `${segment.from ?? '—'}${from?.city ? ` · ${from.city}` : ''}`,
        h('span', {}, fmt.localDateTime(segment.departure), ' ',
          h('span', {class: 'muted'}, fmt.offset(segment.departure, from?.timeZone))),
        `${segment.to ?? '—'}${to?.city ? ` · ${to.city}` : ''}`,
        h('span', {}, fmt.localDateTime(segment.arrival), ' ',
          h('span', {class: 'muted'}, fmt.offset(segment.arrival, to?.timeZone))),
      ];
    }),
  });
}

function itineraryPart(context, assignment) {
  const {view} = context;
  const itinerary = view.itinerary.get(assignment.itinerary);
  if (!itinerary) {
    return h('p', {}, t('card.noItinerary'));
  }
  return h('div', {},
    h('p', {}, t('card.itinerary', {id: itinerary.id, price: fmt.money(itinerary.price, view.currency)}),
      ' ', h('span', {class: 'muted'}, t('card.localTimes'))),
    legTable(view, t('card.outbound'), itinerary.outbound ?? []),
    legTable(view, t('card.return'), itinerary.return ?? []));
}

function roomPart(context, participant, assignment, open) {
  const {view, plan} = context;
  const found = view.rooms.get(assignment.room);
  if (!found) {
    return h('p', {}, participant.needsLodging === false ? t('card.noLodgingNeeded') : t('card.noRoom'));
  }
  const nights = [...(assignment.nights ?? [])].sort();
  const roommates = plan.roommates(participant.id);
  const checkOut = nights.length > 0 ? new Date(`${nights.at(-1)}T00:00:00Z`) : null;
  checkOut?.setUTCDate(checkOut.getUTCDate() + 1);
  return h('div', {},
    facts([
      [t('card.hotel'), `${found.hotel.name ?? found.hotel.id}${found.hotel.stars ? ` (${'★'.repeat(found.hotel.stars)})` : ''}`],
      [t('card.room'), `${found.room.id} · ${found.room.type ?? ''} · ${t('card.beds', {count: found.room.capacity ?? 0})}`
        + (found.room.accessible ? ` · ${t('badge.accessible')}` : '')],
      [t('card.nights'), nights.length > 0
        ? t('card.nightsRange', {count: nights.length, first: fmt.date(nights[0]),
          checkOut: fmt.date(checkOut.toISOString().slice(0, 10))}) : '—'],
      [t('card.roommates'), roommates.length === 0 ? t('card.alone') : h('ul', {class: 'plain'},
        roommates.map(mate => h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => open(mate.id)},
          mate.name ?? mate.id), ` · ${mate.gender ?? ''} · ${fmt.country(mate.nationality)}`)))],
    ]));
}

function slotOf(slots, participantId) {
  for (const slot of slots) {
    const passenger = slot.passengers.find(item => item.participantId === participantId);
    if (passenger) {
      return {slot, passenger};
    }
  }
  return null;
}

async function shuttlePart(context, participantId) {
  const [arrivals, departures] = await Promise.all([context.arrivals(), context.departures()]);
  const describe = found => found ? t('card.slot', {from: fmt.localTime(found.slot.start), to: fmt.localTime(found.slot.end),
    day: fmt.date(found.slot.start.slice(0, 10)), flight: found.passenger.flight, time: fmt.localTime(found.passenger.time)})
    : t('card.noSlot');
  return facts([
    [t('card.pickup'), describe(slotOf(arrivals, participantId))],
    [t('card.dropOff'), describe(slotOf(departures, participantId))],
  ]);
}

function whyPart(explanation, context) {
  if (explanation.brought) {
    // The reasons and the matches too are written by the service in the page's language (Accept-Language).
    return h('div', {},
      h('ul', {class: 'reasons'}, explanation.reasons.map(reason => h('li', {}, reason))),
      explanation.matches.length > 0 ? h('details', {},
        h('summary', {}, t('card.matches', {count: explanation.matches.length})),
        h('ul', {class: 'plain'}, explanation.matches.map(match => h('li', {},
          h('span', {}, match.message), ' ',
          h('span', {class: 'muted'}, fmt.money(negated(match.impact), context.view.currency)))))) : null);
  }
  return h('ul', {class: 'reasons'}, (explanation.whyNotBrought ?? []).map(reason =>
    // Written by the service in the page's language (Accept-Language), like the recommendations below.
    h('li', {}, h('strong', {}, reasonText(reason)), ' ', h('span', {}, reason.message))));
}

function recommendationsPart(context, participantId, automatic) {
  const holder = h('div', {'aria-live': 'polite'});
  async function load() {
    put(holder, h('p', {class: 'loading'}, t('card.recommending')));
    try {
      const found = await api.get(`/api/plans/${context.status.planId}/participants/${participantId}/recommendations?limit=3`);
      const options = found.options;
      const summary = h('p', {class: 'recommendation-summary'}, found.summary);
      const swap = found.swap ? h('p', {class: 'swap'}, h('strong', {}, t('card.swap')), ' ',
        h('span', {}, found.swap.description)) : null;
      const cut = found.cutShort ? h('p', {class: 'hint'}, t('card.cutShort')) : null;
      if (options.length === 0) {
        put(holder, summary, swap, cut, h('p', {}, t('card.noRecommendation')));
        return;
      }
      put(holder, summary, swap, cut, table({
        caption: t('card.recommendationsCaption'),
        columns: [t('card.itineraryShort'), t('card.room'), t('card.deltaHard'), t('card.deltaMedium'),
          t('card.deltaSoft'), t('card.notes')],
        numeric: [2, 3, 4],
        className: 'data compact',
        rows: options.map(option => {
          const found = context.view.rooms.get(option.room);
          return [
            h('th', {scope: 'row'}, option.itinerary ?? '—'),
            option.room ? `${option.room}${found ? ` · ${found.hotel.name}` : ''}` : '—',
            h('span', {class: option.impact.hard < 0 ? 'short' : null}, fmt.change(negated(option.impact.hard))),
            fmt.change(negated(option.impact.medium)),
            fmt.change(negated(option.impact.soft), context.view.currency),
            h('details', {}, h('summary', {}, t('card.why')),
              h('ul', {class: 'plain'}, option.notes.map(note => h('li', {}, note))))];
        }),
      }), h('p', {class: 'hint'}, t('card.recommendationsHelp')));
    } catch (error) {
      put(holder, problemBox(error));
    }
  }
  if (automatic) {
    load();
  } else {
    holder.append(h('button', {type: 'button', onclick: load}, t('card.recommend')));
  }
  return holder;
}

function block(title, ...children) {
  const id = uid('card');
  return h('section', {class: 'card-block', 'aria-labelledby': id}, h('h3', {id}, title), ...children);
}

/** A block that shares its row with the next one on a wide screen. */
function half(title, ...children) {
  const element = block(title, ...children);
  element.classList.add('half');
  return element;
}

async function fill(dialog, context, participantId, open) {
  const {view, plan} = context;
  const participant = view.participant.get(participantId) ?? {id: participantId};
  const assignment = plan.assignment.get(participantId) ?? {brought: false};
  const headingId = uid('card-title');
  dialog.setAttribute('aria-labelledby', headingId);
  const body = h('div', {class: 'card-body'}, h('p', {class: 'loading'}, t('app.loading')));
  put(dialog,
    h('header', {class: 'card-head'},
      h('div', {},
        h('h2', {id: headingId, tabindex: '-1'}, participant.name ?? participant.id),
        h('p', {class: 'muted'}, [participant.id, t(`role.${participant.role ?? 'DELEGATE'}`), participant.organisation,
          participant.delegation].filter(Boolean).join(' · '))),
      h('span', {class: `status ${assignment.brought ? 'status-done' : 'status-failed'}`},
        assignment.brought ? t('card.brought') : t('card.notBrought')),
      h('button', {type: 'button', class: 'close', 'aria-label': t('card.close'), onclick: () => dialog.close()}, '×')),
    body);
  dialog.querySelector('h2').focus();
  const needs = [participant.needs?.singleRoom ? t('badge.single') : null,
    participant.needs?.accessibleRoom ? t('badge.accessible') : null].filter(Boolean);
  const who = block(t('card.who'), facts([
    [t('card.gender'), t(`gender.${participant.gender ?? 'none'}`)],
    [t('card.nationality'), `${fmt.country(participant.nationality)} (${participant.nationality ?? '—'})`],
    [t('card.languages'), (participant.languages ?? []).map(code => fmt.language(code)).join(', ') || '—'],
    [t('card.priority'), participant.mustAttend ? t('card.mustAttend', {priority: participant.priority ?? '—'})
      : String(participant.priority ?? '—')],
    [t('card.fund'), fundName(view, participant.fund)],
    [t('card.needs'), needs.length > 0 ? needs.join(', ') : t('card.noNeeds')],
    (participant.roommateRequests ?? []).length > 0 ? [t('card.requests'), participant.roommateRequests
      .map(id => view.participant.get(id)?.name ?? id).join(', ')] : null,
  ]));
  let explanation;
  try {
    explanation = await api.get(`/api/plans/${context.status.planId}/participants/${participantId}/explanation`);
  } catch (error) {
    put(body, who, problemBox(error));
    return;
  }
  const parts = [who];
  if (assignment.brought) {
    if (participant.travelMode !== 'NONE') {
      parts.push(block(t('card.travel'), itineraryPart(context, assignment)));
      const shuttle = half(t('card.shuttle'), h('p', {class: 'loading'}, t('app.loading')));
      parts.push(shuttle);
      shuttlePart(context, participantId).then(
        content => put(shuttle, shuttle.firstChild, content),
        error => put(shuttle, shuttle.firstChild, problemBox(error)));
    }
    parts.push(half(t('card.lodging'), roomPart(context, participant, assignment, open)));
    const documents = half(t('card.documents'), h('p', {class: 'loading'}, t('app.loading')));
    parts.push(documents);
    documentsPart(context, participantId).then(
      content => put(documents, documents.firstChild, content),
      error => put(documents, documents.firstChild, problemBox(error)));
  }
  parts.push(half(assignment.brought ? t('card.whyThis') : t('card.whyNot'), whyPart(explanation, context)));
  parts.push(half(t('card.recommendations'), recommendationsPart(context, participantId, !assignment.brought)));
  put(body, ...parts);
}

/** The plan's documents (dossiers, letters), asked for once per plan. */
const documentIndexes = new Map();

function documentsOf(planId) {
  if (!documentIndexes.has(planId)) {
    documentIndexes.set(planId, api.get(`/api/plans/${planId}/documents`).catch(error => {
      documentIndexes.delete(planId);
      throw error;
    }));
  }
  return documentIndexes.get(planId);
}

/** The participant's dossier and, when they need one, their visa letter, in their own language. */
async function documentsPart(context, participantId) {
  const planId = context.status.planId;
  const index = await documentsOf(planId);
  const message = h('div', {'aria-live': 'polite'});
  const fetchFile = (path, name) => downloadOnClick(path, name, message);
  const letter = index.letters.some(link => link.id === participantId);
  const id = encodeURIComponent(participantId);
  return h('div', {},
    h('div', {class: 'actions'},
      h('button', {type: 'button', onclick: fetchFile(`/api/plans/${planId}/dossiers/${id}.pdf`, `dossier-${participantId}.pdf`)},
        t('card.dossier')),
      letter ? h('button', {type: 'button', onclick: fetchFile(`/api/plans/${planId}/letters/${id}.pdf`,
        `letter-${participantId}.pdf`)}, t('card.visaLetter')) : null),
    letter ? null : h('p', {class: 'hint'}, t('card.noVisaLetter')),
    message);
}

/** Opens the card of a participant of the plan; closing it gives the focus back to what opened it. */
export function openCard(context, participantId, opener = document.activeElement) {
  openDialog?.close();
  const dialog = h('dialog', {class: 'participant-card'});
  document.body.append(dialog);
  openDialog = dialog;
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (openDialog === dialog) {
      openDialog = null;
    }
    opener?.focus?.();
  });
  const open = id => fill(dialog, context, id, open);
  dialog.showModal();
  open(participantId);
  return dialog;
}

/** Closes the card when the screen under it goes away. */
export function closeCard() {
  openDialog?.close();
}
