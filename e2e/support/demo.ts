/** The demo data the server loads with DEMO=true (src/server/demo/demo-data.ts), as the specs use it. */
export const demoPassword = 'Demo-regie-2026';

export const demoAccounts = {
  admin: { email: 'admin@demo.regie.test', name: 'Anouk de Boer' },
  coordinator: { email: 'coordinator@demo.regie.test', name: 'Esmee van Dijk' },
} as const;

export const demoOrganisation = 'GGZ Voorbeeld';

/** The clients of FACT Noord, the demo coordinator's team. */
export const factNoordClients = ['Joep Bakker', 'Fatima El Amrani', 'Sanne de Wit', 'Kees Jansen', 'Noor Visser', 'Daan Smit'] as const;

/** A client of the other organisation: nobody at GGZ Voorbeeld may see her. */
export const otherOrganisationClient = 'Ilse Mulder';
