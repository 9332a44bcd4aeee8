/** The web app's addresses, in Dutch like the rest of what people see. */
export const paths = {
  home: '/',
  signIn: '/inloggen',
  clients: '/clienten',
  client: (clientId: string) => `/clienten/${encodeURIComponent(clientId)}`,
  organisation: '/organisatie',
  myDetails: '/mijn-gegevens',
} as const;
