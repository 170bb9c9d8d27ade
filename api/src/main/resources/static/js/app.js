// The page's entry point: texts in the chosen language, the menu, and the screens by address. A later screen
// (sign-in, scenarios, late changes, spreadsheet import) adds its route and menu entry here.
import {currentLanguage, initI18n, onLanguageChange, setLanguage, translateStatic} from './i18n.js';
import {menuEntry, render, route, startRouter} from './router.js';
import {lastPlan, lastDataset} from './context.js';

route('/datasets', () => import('./screens/datasets.js'));
route('/datasets/:datasetId', () => import('./screens/dataset.js'));
route('/solve', () => import('./screens/solve.js'));
route('/solve/:datasetId', () => import('./screens/solve.js'));
route('/solve/:datasetId/:planId', () => import('./screens/solve.js'));
route('/plans', () => import('./screens/plan.js'));
route('/plans/:planId', () => import('./screens/plan.js'));
route('/plans/:planId/:view', () => import('./screens/plan.js'));

menuEntry('menu.datasets', '/datasets', ['datasets', '']);
menuEntry('menu.solve', () => lastDataset() ? `/solve/${lastDataset()}` : '/solve', ['solve']);
menuEntry('menu.plan', () => lastPlan() ? `/plans/${lastPlan()}` : '/plans', ['plans']);

async function start() {
  await initI18n();
  translateStatic();
  const select = document.getElementById('language');
  select.value = currentLanguage();
  select.addEventListener('change', () => setLanguage(select.value));
  onLanguageChange(() => {
    translateStatic();
    render();
  });
  await startRouter(document.getElementById('main'));
}

start();
