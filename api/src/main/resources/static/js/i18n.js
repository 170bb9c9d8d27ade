// Texts and formats per language. Texts live in the bundles i18n/<language>.json (one key per text, plural
// forms as {"one": …, "other": …}); dates, numbers and money are formatted by Intl for the chosen locale.
// French is the default: it is the first users' language. The choice is remembered in localStorage.

const STORAGE_KEY = 'caravan.language';
export const LANGUAGES = ['fr', 'en'];
const DEFAULT_LANGUAGE = 'fr';
/** The locale each language formats with: day-month order and 24-hour times for both. */
const LOCALES = {fr: 'fr-FR', en: 'en-GB'};

let language = DEFAULT_LANGUAGE;
let messages = {};
let plurals = new Intl.PluralRules(LOCALES[language]);
const listeners = [];

async function load(lang) {
  const response = await fetch(`i18n/${lang}.json`, {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`No message bundle for ${lang} (HTTP ${response.status})`);
  }
  return response.json();
}

function storedLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export async function initI18n() {
  const stored = storedLanguage();
  await use(LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE);
}

async function use(lang) {
  messages = await load(lang);
  language = lang;
  plurals = new Intl.PluralRules(LOCALES[lang]);
  formatters.clear();
  document.documentElement.lang = lang;
}

/** Switches the language, remembers it and tells the listeners (the router re-renders the screen). */
export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === language) {
    return;
  }
  await use(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
  listeners.forEach(listener => listener(lang));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function currentLanguage() {
  return language;
}

export function locale() {
  return LOCALES[language];
}

/** Whether the bundle has this key (for texts that exist for some codes only). */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/**
 * The text of a key with its {placeholders} filled in; numbers are formatted for the locale. A key with plural
 * forms picks one by params.count. A missing key shows as the key itself, so it is visible and tests catch it.
 */
export function t(key, params = {}) {
  let text = messages[key];
  if (text === undefined) {
    console.warn(`Missing text for ${key} in ${language}`);
    return key;
  }
  if (typeof text === 'object') {
    text = text[plurals.select(Number(params.count ?? 0))] ?? text.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name) => {
    if (!(name in params)) {
      return placeholder;
    }
    const value = params[name];
    return typeof value === 'number' ? fmt.number(value) : String(value);
  });
}

/** Fills in the static texts of the page shell: data-i18n="key" and data-i18n-attr="aria-label:key;title:key". */
export function translateStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(element => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach(element => {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute.trim(), t(key.trim()));
    }
  });
}

const formatters = new Map();

function formatter(kind, options, make) {
  const key = kind + JSON.stringify(options);
  if (!formatters.has(key)) {
    formatters.set(key, make(locale(), options));
  }
  return formatters.get(key);
}

const number = options => formatter('n', options, (l, o) => new Intl.NumberFormat(l, o));
const dateTime = options => formatter('d', options, (l, o) => new Intl.DateTimeFormat(l, o));
const names = options => formatter('x', options, (l, o) => new Intl.DisplayNames(l, o));

/** A calendar date or a wall-clock time as written in the API (no zone): formatted as is, never shifted. */
function wallClock(iso) {
  const [date, time = '00:00'] = String(iso).split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

export const fmt = {
  number(value, digits) {
    if (value === null || value === undefined || Number.isNaN(Number(value))) {
      return '—';
    }
    return number(digits === undefined ? {} : {minimumFractionDigits: digits, maximumFractionDigits: digits})
      .format(Number(value));
  },
  /** Money in the event's currency; amounts are exact decimals in the API and only displayed here. */
  money(amount, currency) {
    if (amount === null || amount === undefined) {
      return '—';
    }
    if (!currency) {
      return fmt.number(amount, 2);
    }
    return number({style: 'currency', currency}).format(Number(amount));
  },
  /** A whole-unit amount for tight places (bars, charts). */
  moneyRounded(amount, currency) {
    if (amount === null || amount === undefined) {
      return '—';
    }
    return number({style: 'currency', currency: currency ?? 'EUR', maximumFractionDigits: 0}).format(Number(amount));
  },
  /** A difference, signed: +1 087,33 € / −2 / 0. */
  change(value, currency) {
    const options = currency ? {style: 'currency', currency, signDisplay: 'exceptZero'} : {signDisplay: 'exceptZero'};
    return number(options).format(Number(value));
  },
  /** Money on a chart axis: 212 k€ / €212K. */
  moneyCompact(amount, currency) {
    return number({style: 'currency', currency: currency ?? 'EUR', notation: 'compact', maximumSignificantDigits: 4})
      .format(Number(amount));
  },
  percent(fraction) {
    return number({style: 'percent', maximumFractionDigits: 0}).format(fraction);
  },
  /** 2026-03-24 → 24 mars 2026 / 24 Mar 2026 */
  date(isoDate) {
    return isoDate ? dateTime({dateStyle: 'medium', timeZone: 'UTC'}).format(wallClock(isoDate)) : '—';
  },
  /** A night, named by the date it starts: mar. 24 / Tue 24 */
  night(isoDate) {
    return dateTime({weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC'}).format(wallClock(isoDate));
  },
  /** A local date-time at some airport or at the venue (no zone in the API): shown as written. */
  localDateTime(iso) {
    return iso ? dateTime({weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
      timeZone: 'UTC'}).format(wallClock(iso)) : '—';
  },
  localTime(iso) {
    return iso ? dateTime({hour: '2-digit', minute: '2-digit', timeZone: 'UTC'}).format(wallClock(iso)) : '—';
  },
  /** An instant with an offset (upload and solve times): shown in the reader's own time zone. */
  instant(iso) {
    return iso ? dateTime({dateStyle: 'medium', timeStyle: 'short'}).format(new Date(iso)) : '—';
  },
  /** The UTC offset of a time zone at a local date-time, as "UTC+1", for itineraries across zones. */
  offset(iso, timeZone) {
    if (!iso || !timeZone) {
      return '';
    }
    try {
      const parts = new Intl.DateTimeFormat('en-GB', {timeZone, timeZoneName: 'shortOffset'})
        .formatToParts(wallClock(iso));
      return (parts.find(part => part.type === 'timeZoneName')?.value ?? '').replace('GMT', 'UTC');
    } catch {
      return timeZone;
    }
  },
  seconds(value) {
    return number({style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1}).format(value);
  },
  country(code) {
    if (!code) {
      return '—';
    }
    try {
      return names({type: 'region'}).of(code) ?? code;
    } catch {
      return code;
    }
  },
  language(code) {
    try {
      return names({type: 'language'}).of(code) ?? code;
    } catch {
      return code;
    }
  },
  list(items) {
    return formatter('l', {}, l => new Intl.ListFormat(l, {type: 'conjunction'})).format(items);
  },
};
