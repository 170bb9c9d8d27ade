// The one way the page talks to the service: JSON requests, uploads, downloads and the Server-Sent Events
// stream all go through request(), which adds the user's credentials and the page's language (Accept-Language,
// so the service writes its problems in it) and turns RFC 9457 problem details into ApiProblem errors whose
// issues name the field they concern.
import {currentLanguage} from './i18n.js';
import {authHeaders, forget} from './session.js';

/**
 * A failed request: the problem detail's status, title, detail, and issues when it has any ([{path, message}], or
 * for spreadsheets [{sheet, row, column, path, message}]); language is the one the service wrote them in.
 */
export class ApiProblem extends Error {
  constructor(status, problem = {}, language = 'en') {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = problem.title ?? null;
    this.detail = problem.detail ?? null;
    this.field = problem.field ?? null;
    this.issues = Array.isArray(problem.issues) ? problem.issues : [];
    this.language = language;
  }

  /** The field or JSON path each issue names, normalised: "$.policy.weights.perStop" → "policy.weights.perStop". */
  static fieldOf(path) {
    return String(path ?? '').replace(/^\$\.?/, '');
  }
}

async function problemOf(response) {
  let body = {};
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = {};
    }
  }
  return new ApiProblem(response.status, body, response.headers.get('Content-Language') || 'en');
}

async function request(method, path, {json, body, accept = 'application/json', signal} = {}) {
  const headers = {Accept: accept, 'Accept-Language': currentLanguage(), ...authHeaders()};
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, {method, headers, body, signal, credentials: 'same-origin'});
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiProblem(0, {title: 'network', detail: error.message});
  }
  if (!response.ok) {
    if (response.status === 401) {
      // The session ended (expired, signed out elsewhere, password changed): back to the sign-in screen.
      forget();
      location.hash = `#/sign-in?then=${encodeURIComponent(location.hash.replace(/^#/, ''))}`;
    }
    throw await problemOf(response);
  }
  return response;
}

async function jsonOf(response) {
  return response.status === 204 ? null : response.json();
}

function filenameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    return decodeURIComponent(star[1]);
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * Reads a text/event-stream response and calls onEvent({type, data, id}) for each event. EventSource cannot send
 * headers, so the stream is read through fetch and carries the same credentials as every other request.
 */
async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = {data: []};
  for (;;) {
    const {value, done} = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
      if (line === '') {
        if (event.data.length > 0) {
          onEvent({type: event.type ?? 'message', data: event.data.join('\n'), id: event.id ?? null});
        }
        event = {data: []};
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') {
          event.data.push(text);
        } else if (field === 'event') {
          event.type = text;
        } else if (field === 'id') {
          event.id = text;
        }
      }
    }
  }
}

export const api = {
  async get(path) {
    return jsonOf(await request('GET', path));
  },

  async post(path, json) {
    return jsonOf(await request('POST', path, {json}));
  },

  async delete(path) {
    return jsonOf(await request('DELETE', path));
  },

  /** Uploads a file as the multipart part "file", with optional query parameters. */
  async upload(path, file, query = {}) {
    const form = new FormData();
    form.append('file', file, file.name);
    const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
    const target = search.size > 0 ? `${path}?${search}` : path;
    return jsonOf(await request('POST', target, {body: form}));
  },

  /** Uploads files as multipart parts named "files" (spreadsheets), with optional query parameters. */
  async uploadFiles(path, files, query = {}) {
    const form = new FormData();
    for (const file of files) {
      form.append('files', file, file.name);
    }
    const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
    const target = search.size > 0 ? `${path}?${search}` : path;
    return jsonOf(await request('POST', target, {body: form}));
  },

  /**
   * Follows an event stream until it ends or close() is called: onEvent for each event, onEnd when the server
   * closes it, onError for a failure (an ApiProblem, or a network error).
   */
  stream(path, {onEvent, onEnd = () => {}, onError = () => {}}) {
    const controller = new AbortController();
    request('GET', path, {accept: 'text/event-stream', signal: controller.signal})
      .then(response => readEvents(response, onEvent))
      .then(() => onEnd(), error => {
        if (error.name !== 'AbortError') {
          onError(error);
        }
      });
    return {close: () => controller.abort()};
  },

  /** Downloads a file with the user's credentials and hands it to the browser under the server's file name. */
  async download(path, fallbackName = 'download') {
    const response = await request('GET', path, {accept: '*/*'});
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameOf(response, fallbackName);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return link.download;
  },
};
