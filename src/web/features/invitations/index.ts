export { ForgotPasswordPage } from './ForgotPasswordPage.js';
export { ClientInvitation, ProfessionalInvitation, RelativeInvitation } from './InviteButtons.js';
export { InvitationPage } from './InvitationPage.js';
export { OutboxPage } from './OutboxPage.js';
export { PublicLayout } from './PublicLayout.js';
export { ResetPasswordPage } from './ResetPasswordPage.js';
export { SignInLinks } from './SignInLinks.js';
export { useLinkToken } from './link-token.js';
