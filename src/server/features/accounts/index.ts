export { accountsRoutes } from './accounts.routes.js';
export { createAccountsService } from './accounts.service.js';
export { createAccountsRepository } from './accounts.repository.js';
