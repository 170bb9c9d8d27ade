// The dataset and plan the planner last worked on, so the menu's Solve and Plan lead back to them.
const DATASET = 'caravan.dataset';
const PLAN = 'caravan.plan';

function read(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) {
      sessionStorage.removeItem(key);
    } else {
      sessionStorage.setItem(key, String(value));
    }
  } catch {
    // Without storage the menu simply leads to the lists.
  }
}

export const lastDataset = () => read(DATASET);
export const lastPlan = () => read(PLAN);
export const rememberDataset = id => write(DATASET, id);
export const rememberPlan = id => write(PLAN, id);
