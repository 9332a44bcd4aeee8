import type { MeetingStory } from './story.js';

// Days count back from the day the demo is loaded; negative days are ahead.

const channel = 'Bellen of een sms. Geen groepsapp: Kees wil persoonlijke dingen niet in een app.';

/**
 * Kees Jansen, phase 4: the start meeting at the team's office three weeks ago, with Wilma on the
 * phone from Assen; roles were left for next time. Its minutes wait for Kees's approval, and the
 * first follow-up has no date yet: the minutes say Kees puts it in Regie himself.
 */
export const keesMeetings: MeetingStory = {
  client: 'client4@demo.regie.test',
  meetings: [
    {
      kind: 'start',
      daysAgo: 24,
      time: '11:00',
      durationMinutes: 90,
      location: 'team_office',
      chair: 'coordinator',
      plannedDaysAgo: 100,
      channel,
      // Kees asked Anton to take the minutes rather than Bram, whom Regie suggests (Wilma was only on
      // the phone): so Bram, like the rest of the group, reads them once Kees has approved them.
      minuteTaker: 'anton',
      answers: { wilma: 'maybe' },
      // Anton wrote them up after the meeting; Kees has not approved them yet. What the group agreed
      // is in the plan already, because Esmee typed it in during the meeting.
      minutesApproved: false,
      minutes: {
        introductions: {
          notes:
            'Iedereen vertelde wie hij is en hoe hij Kees kent. Anton vertelde over zijn eigen ervaring met stoppen met drinken. Wilma belde mee vanuit Assen.',
        },
        working_method: {
          notes:
            'Esmee legde uit hoe de groep werkt. Kees bepaalt de doelen en de agenda. De groep denkt mee en helpt. We komen ongeveer elke drie maanden bij elkaar.',
          decisions: 'Kees wil dat Esmee de eerste keren voorzitter is.',
        },
        confidentiality: {
          notes:
            'Wat in de groep gezegd wordt, blijft in de groep. Kees vindt het goed dat Esmee en Ruben met elkaar overleggen over zijn behandeling.',
          decisions: 'Niemand vertelt buiten de groep iets over Kees zonder dat hij het weet.',
        },
        roles: {
          notes: 'Hier kwamen we niet meer aan toe. Kees wil eerst zien hoe het gaat.',
          decisions: 'We bespreken de rollen de volgende keer.',
        },
        goals_and_signal_plan: {
          notes:
            'Kees las zijn doelen voor: nuchter blijven, op vrijdag naar de zelfhulpgroep en zelf de post doen. We liepen samen het signaleringsplan door. Daarin staat nu ook wat Bram, Wilma, Karin en Anton doen.',
          decisions: 'De doelen en het signaleringsplan zijn afgesproken.',
        },
        agreements: {
          notes: 'Iedereen koos iets wat bij hem of haar past. Esmee zette de afspraken in het plan, Kees las mee.',
          decisions:
            'Bram gaat op zondag met Kees vissen. Wilma belt op woensdagavond. Karin doet op dinsdag de post met Kees. Anton haalt Kees op voor de zelfhulpgroep. Ruben praat met Kees over beter slapen.',
        },
        communication_channel: {
          notes: 'Een groepsapp wil Kees niet. Wie iets wil weten, belt Kees of stuurt hem een sms.',
          decisions: 'Tussen de bijeenkomsten bellen of sms’en. Bij iets dringends bellen we Esmee.',
        },
        next_meeting: {
          notes: 'De volgende keer is bij Kees thuis. Kees zoekt een avond waarop Wilma ook kan komen.',
          decisions: 'Kees zet de datum in Regie.',
        },
      },
    },
  ],
};
