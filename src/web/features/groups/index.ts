export { GroupPage } from './GroupPage.js';
export { GroupSummary } from './GroupSummary.js';
