// The page's entry point: texts in the chosen language, who is signed in, the menu, and the screens by address.
// A later screen (scenarios, late changes, spreadsheet import) adds its route and menu entry here; every route but
// the sign-in needs a signed-in user.
import {currentLanguage, initI18n, onLanguageChange, setLanguage, t, translateStatic} from './i18n.js';
import {menuEntry, navigate, render, route, startRouter} from './router.js';
import {lastPlan, lastDataset} from './context.js';
import {currentSession, loadSession, onSessionChange, signOut} from './session.js';
import {h, put} from './dom.js';

route('/sign-in', () => import('./screens/signin.js'), {public: true});
route('/datasets', () => import('./screens/datasets.js'));
route('/datasets/:datasetId', () => import('./screens/dataset.js'));
route('/solve', () => import('./screens/solve.js'));
route('/solve/:datasetId', () => import('./screens/solve.js'));
route('/solve/:datasetId/:planId', () => import('./screens/solve.js'));
route('/plans', () => import('./screens/plan.js'));
route('/plans/:planId', () => import('./screens/plan.js'));
route('/plans/:planId/:view', () => import('./screens/plan.js'));
route('/changes', () => import('./screens/changes.js'));
route('/changes/:planId', () => import('./screens/changes.js'));
route('/scenarios', () => import('./screens/scenarios.js'));
route('/scenarios/:datasetId', () => import('./screens/scenarios.js'));

menuEntry('menu.datasets', '/datasets', ['datasets', '']);
menuEntry('menu.solve', () => lastDataset() ? `/solve/${lastDataset()}` : '/solve', ['solve']);
menuEntry('menu.plan', () => lastPlan() ? `/plans/${lastPlan()}` : '/plans', ['plans']);
menuEntry('menu.changes', () => lastPlan() ? `/changes/${lastPlan()}` : '/changes', ['changes']);
menuEntry('menu.scenarios', () => lastDataset() ? `/scenarios/${lastDataset()}` : '/scenarios', ['scenarios']);

/** Who is signed in, top right, with the button to sign out; nothing while nobody is. */
function renderUser() {
  const session = currentSession();
  put(document.getElementById('user'), session === null ? null : [
    h('span', {class: 'user-name'}, session.actor.replace(/^member /, ''),
      h('span', {class: 'user-role'}, ` · ${t(`access.role.${session.role}`)}`),
      session.organisation ? h('span', {class: 'user-organisation'}, ` · ${session.organisation}`) : null),
    h('button', {type: 'button', class: 'sign-out', onclick: async () => {
      await signOut();
      navigate('/sign-in');
    }}, t('signIn.signOut')),
  ]);
}

async function start() {
  await Promise.all([initI18n(), loadSession()]);
  translateStatic();
  renderUser();
  onSessionChange(renderUser);
  const select = document.getElementById('language');
  select.value = currentLanguage();
  select.addEventListener('change', () => setLanguage(select.value));
  onLanguageChange(() => {
    translateStatic();
    renderUser();
    render();
  });
  await startRouter(document.getElementById('main'));
}

start();
