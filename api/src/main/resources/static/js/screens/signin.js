// The sign-in screen: a username and a password, in the page's language. On success the page goes where the
// user was going (?then=…), or to the datasets.
import {h, uid} from '../dom.js';
import {t} from '../i18n.js';
import {navigate} from '../router.js';
import {signIn} from '../session.js';

export const title = 'signIn.title';

export function render(main, {query}) {
  const userId = uid('username');
  const passwordId = uid('password');
  const message = h('p', {class: 'field-problem', role: 'alert', hidden: true});
  const username = h('input', {type: 'text', id: userId, name: 'username', autocomplete: 'username', required: true,
    maxlength: '100', autocapitalize: 'none', spellcheck: 'false'});
  const password = h('input', {type: 'password', id: passwordId, name: 'password', autocomplete: 'current-password',
    required: true, maxlength: '200'});
  const submit = h('button', {type: 'submit', class: 'primary'}, t('signIn.submit'));

  async function send(event) {
    event.preventDefault();
    message.hidden = true;
    submit.disabled = true;
    try {
      await signIn(username.value.trim(), password.value);
      const then = query.get('then');
      navigate(then && then.startsWith('/') && !then.startsWith('/sign-in') ? then : '/datasets');
    } catch (refused) {
      const status = refused instanceof Response ? refused.status : 0;
      message.textContent = t(status === 401 ? 'signIn.wrong' : status === 429 ? 'signIn.tooMany' : 'problem.network');
      message.hidden = false;
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  }

  main.append(h('section', {class: 'panel sign-in'},
    h('h1', {}, t('signIn.title')),
    h('p', {class: 'hint'}, t('signIn.intro')),
    h('form', {class: 'sign-in-form', onsubmit: send, novalidate: false},
      h('div', {class: 'field'}, h('label', {for: userId}, t('signIn.username')), username),
      h('div', {class: 'field'}, h('label', {for: passwordId}, t('signIn.password')), password),
      message,
      h('div', {class: 'actions'}, submit)),
    h('p', {class: 'hint'}, t('signIn.firstTime'))));
  setTimeout(() => username.focus(), 0);
}
