import { linkPaths } from '../../shared/invitations.js';

/** The web app's addresses, in Dutch like the rest of what people see. */
export const paths = {
  home: '/',
  signIn: '/inloggen',
  clients: '/clienten',
  client: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}`,
  organisation: '/organisatie',
  myDetails: '/mijn-gegevens',
  /** The client's choice of what each relative sees. */
  sharing: '/delen',
  /** The client's choice of what their coordinator may do for them. */
  direction: '/regie',
  whoLooked: '/wie-keek',
  professionalAuditLog: (professionalId: string) => `/organisatie/medewerkers/${encodeURIComponent(professionalId)}/logboek`,
  /** Opened signed out, from the links in mails (the server writes them: shared/invitations.ts). */
  invitation: linkPaths.invitation,
  resetPassword: linkPaths.passwordReset,
  forgotPassword: '/wachtwoord-vergeten',
  /** Demo only: the mail Regie would have sent. */
  outbox: '/postvak',
} as const;
