export { ConversationRequestNotice } from './ConversationRequestNotice.js';
export { ConversationsPage } from './ConversationsPage.js';
export { MyConversationPage } from './MyConversationPage.js';
