export { useEvaluationsVisible, EvaluationAgendaLink } from './EvaluationLinks.js';
export { EvaluationRoundPage } from './EvaluationRoundPage.js';
export { EvaluationsPage } from './EvaluationsPage.js';
export { LinkQuestionnairePage } from './LinkQuestionnairePage.js';
export { MyEvaluations } from './MyEvaluations.js';
export { QuestionnairePage } from './QuestionnairePage.js';
