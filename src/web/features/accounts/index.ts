export { meKey, useMe, useSaveLocale, useSignOut } from './api.js';
export { EndSessionsButton } from './EndSessionsButton.js';
export { MyDetailsPage } from './MyDetailsPage.js';
export { SignInPage } from './SignInPage.js';
