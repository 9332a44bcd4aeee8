export { ClientDetailPage } from './ClientDetailPage.js';
export { ClientListPage } from './ClientListPage.js';
