import { linkPaths } from '../../shared/invitations.js';

/** The web app's addresses, in Dutch like the rest of what people see. */
export const paths = {
  home: '/',
  signIn: '/inloggen',
  clients: '/clienten',
  client: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}`,
  /** The client's resource group: phases, members, history. Clients open their own too. */
  group: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/groep`,
  networkMap: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/netwerkkaart`,
  conversations: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/verdiepingsgesprekken`,
  /** A member's own in-depth conversation record, when asked to share it with the client. */
  myConversation: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/mijn-gesprek`,
  /** The resource group plan: goals, working agreements. */
  plan: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/plan`,
  /** The plan's versions, and two of them compared. */
  planHistory: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/plan/geschiedenis`,
  signalPlan: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/signaleringsplan`,
  signalPlanEdit: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/signaleringsplan/bewerken`,
  /** The group's meetings: the rhythm, what is planned, what was held. */
  meetings: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/bijeenkomsten`,
  newMeeting: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/bijeenkomsten/nieuw`,
  meeting: (clientId: string, meetingId: string) =>
    `/clienten/${encodeURIComponent(clientId)}/bijeenkomsten/${encodeURIComponent(meetingId)}`,
  meetingEdit: (clientId: string, meetingId: string) =>
    `/clienten/${encodeURIComponent(clientId)}/bijeenkomsten/${encodeURIComponent(meetingId)}/wijzigen`,
  minutes: (clientId: string, meetingId: string) =>
    `/clienten/${encodeURIComponent(clientId)}/bijeenkomsten/${encodeURIComponent(meetingId)}/verslag`,
  /** Each person's own working agreements, across the groups they are in. */
  myAgreements: '/mijn-afspraken',
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
