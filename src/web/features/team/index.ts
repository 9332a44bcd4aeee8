export { CaseloadPage } from './CaseloadPage.js';
export { InstrumentsPage } from './InstrumentsPage.js';
export { QualityActionsPage } from './QualityActionsPage.js';
export { TeamFiguresPage } from './TeamFiguresPage.js';
export { TeamHomeLinks } from './TeamHomeLinks.js';
