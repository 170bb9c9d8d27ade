// The dataset and plan documents as the screens read them: looked up by id, with the derived figures the page
// shows (beds per night, who sleeps where, roommates). Nothing here decides anything the planner must trust
// the engine for: rules and costs come from the API; this only indexes and counts what it served.
import {api} from './api.js';

const datasets = new Map();

/** The dataset document with its indexes, fetched once per page (a stored dataset never changes). */
export function dataset(id) {
  const key = String(id);
  if (!datasets.has(key)) {
    datasets.set(key, api.get(`/api/datasets/${key}`).then(indexDataset, error => {
      datasets.delete(key);
      throw error;
    }));
  }
  return datasets.get(key);
}

export function forgetDataset(id) {
  datasets.delete(String(id));
}

function byId(items, key = 'id') {
  return new Map(items.map(item => [item[key], item]));
}

/** Each date from `from` to `to`, inclusive, as YYYY-MM-DD. */
export function datesBetween(from, to) {
  const dates = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

export function indexDataset(doc) {
  const event = doc.event ?? {};
  const hotels = doc.hotels ?? [];
  const rooms = new Map();
  for (const hotel of hotels) {
    for (const room of hotel.rooms ?? []) {
      rooms.set(room.id, {room, hotel});
    }
  }
  const earliest = event.arrivalWindow?.earliest?.slice(0, 10) ?? event.firstDay;
  const latest = event.departureWindow?.latest?.slice(0, 10) ?? event.lastDay;
  // The nights someone may sleep: from the first possible arrival to the night before the last departure.
  const nights = earliest && latest ? datesBetween(earliest, latest).slice(0, -1) : [];
  return {
    doc,
    event,
    currency: event.currency ?? 'EUR',
    participants: doc.participants ?? [],
    participant: byId(doc.participants ?? []),
    hotels,
    hotel: byId(hotels),
    rooms,
    segment: byId(doc.flights?.segments ?? []),
    itinerary: byId(doc.flights?.itineraries ?? []),
    airport: byId(doc.airports ?? [], 'code'),
    funds: doc.budget?.funds ?? [],
    nights,
  };
}

/** Beds of a hotel available on a night: the capacity of its rooms whose block includes that night. */
export function bedsOn(hotel, night) {
  return (hotel.rooms ?? []).filter(room => !room.available
    || (room.available.from <= night && night <= room.available.to))
    .reduce((sum, room) => sum + (room.capacity ?? 0), 0);
}

/** Counts of items by a key, largest first. */
export function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

/**
 * A plan read with its dataset: each participant's assignment, the occupants of each room with their nights,
 * and the nights the plan uses (for the rooming grid's columns).
 */
export function indexPlan(view, plan) {
  const assignment = byId(plan.assignments ?? [], 'participant');
  const occupants = new Map();
  let firstNight = null;
  let lastNight = null;
  for (const item of plan.assignments ?? []) {
    if (!item.brought || !item.room) {
      continue;
    }
    const nights = [...(item.nights ?? [])].sort();
    if (!occupants.has(item.room)) {
      occupants.set(item.room, []);
    }
    occupants.get(item.room).push({participant: view.participant.get(item.participant) ?? {id: item.participant},
      nights});
    if (nights.length > 0) {
      firstNight = firstNight === null || nights[0] < firstNight ? nights[0] : firstNight;
      lastNight = lastNight === null || nights.at(-1) > lastNight ? nights.at(-1) : lastNight;
    }
  }
  const nights = firstNight ? datesBetween(firstNight, lastNight) : view.nights;
  return {
    plan,
    assignment,
    occupants,
    nights,
    brought: (plan.assignments ?? []).filter(item => item.brought).length,
    /** The people who share the participant's room on at least one night. */
    roommates(participantId) {
      const own = assignment.get(participantId);
      if (!own?.room) {
        return [];
      }
      const mine = new Set(own.nights ?? []);
      return (occupants.get(own.room) ?? []).filter(other => other.participant.id !== participantId
        && other.nights.some(night => mine.has(night))).map(other => other.participant);
    },
  };
}

/** Lays a room's occupants in bed lanes so that no two stays overlap in one lane (first fit by first night). */
export function lanes(stays, capacity) {
  const laneEnds = [];
  const placed = [...stays].sort((a, b) => (a.nights[0] ?? '').localeCompare(b.nights[0] ?? ''))
    .map(stay => {
      let lane = laneEnds.findIndex(end => end < (stay.nights[0] ?? ''));
      if (lane < 0) {
        lane = laneEnds.length;
        laneEnds.push('');
      }
      laneEnds[lane] = stay.nights.at(-1) ?? '';
      return {...stay, lane};
    });
  return {placed, count: Math.max(capacity ?? 1, laneEnds.length)};
}

function once(load) {
  let promise = null;
  return () => {
    promise ??= load().catch(error => {
      promise = null;
      throw error;
    });
    return promise;
  };
}

/**
 * A plan with its dataset: its status, and — once the solve has a best plan — the plan document indexed, plus
 * the analysis, shuttle schedules and costs fetched when a view first needs them.
 */
export async function loadPlan(planId) {
  const status = await api.get(`/api/plans/${planId}`);
  if (!status.bestScore) {
    return {status, view: await dataset(status.datasetId), plan: null};
  }
  const [result, view] = await Promise.all([api.get(`/api/plans/${planId}/result`), dataset(status.datasetId)]);
  return {
    status,
    view,
    plan: indexPlan(view, result),
    analysis: once(() => api.get(`/api/plans/${planId}/analysis`)),
    arrivals: once(() => api.get(`/api/plans/${planId}/arrivals`)),
    departures: once(() => api.get(`/api/plans/${planId}/departures`)),
    costs: once(() => api.get(`/api/plans/${planId}/costs`)),
  };
}
