export { useProfessionals } from './api.js';
export { OrganisationPage } from './OrganisationPage.js';
