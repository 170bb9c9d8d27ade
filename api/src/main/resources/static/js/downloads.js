// A button's click that downloads a file: the button is disabled meanwhile, the download is announced, and a
// failure is shown in the message element given.
import {api} from './api.js';
import {announce, put} from './dom.js';
import {t} from './i18n.js';
import {problemBox} from './problems.js';

/** A click handler that downloads path (named by the server, else name) and reports into message. */
export function downloadOnClick(path, name, message) {
  return async event => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      const file = await api.download(typeof path === 'function' ? path() : path, name);
      announce(t('plan.downloaded', {file}));
      put(message);
    } catch (error) {
      put(message, problemBox(error));
    } finally {
      button.disabled = false;
    }
  };
}
