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
  /** The group's evaluation rounds on the R-MET themes, and the trend over them. */
  evaluations: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/evaluatie`,
  /** One round: who answered (not what), and once closed its results. */
  evaluationRound: (clientId: string, roundId: string) =>
    `/clienten/${encodeURIComponent(clientId)}/evaluatie/${encodeURIComponent(roundId)}`,
  /** The caller's own questionnaire in a round; mails link here (the server writes the same path). */
  questionnaire: (clientId: string, roundId: string) =>
    `/clienten/${encodeURIComponent(clientId)}/evaluatie/${encodeURIComponent(roundId)}/invullen`,
  /** The coordinator's clients at a glance (a team lead: the team's). */
  caseload: '/caseload',
  /** The team's figures, with the CSV download. */
  teamFigures: (teamId: string) => `/team/${encodeURIComponent(teamId)}/cijfers`,
  /** The team's improvement actions (plan, do, check, act). */
  qualityActions: (teamId: string) => `/team/${encodeURIComponent(teamId)}/verbeteracties`,
  /** The organisation admin loads instruments (e.g. the official R-MET) here. */
  instruments: '/organisatie/vragenlijsten',
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
  /** A group member without an account fills in a round's questionnaire; the mail's link carries its secret in the #fragment. */
  evaluationLink: '/vragenlijst',
  forgotPassword: '/wachtwoord-vergeten',
  /** Demo only: the mail Regie would have sent. */
  outbox: '/postvak',
} as const;
