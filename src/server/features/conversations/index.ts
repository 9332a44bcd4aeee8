export { conversationsRoutes } from './conversations.routes.js';
export { createConversationsService } from './conversations.service.js';
