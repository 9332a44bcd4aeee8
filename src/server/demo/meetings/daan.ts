import type { MeetingStory } from './story.js';

// Days count back from the day the demo is loaded; negative days are ahead.

const channel = 'Een groepsapp voor afspraken en data. Hoe het met Daan gaat, bespreken we in de groep of met Daan zelf.';

/**
 * Daan Smit, phase 6: fifteen months of meetings about every three months. Jeroen chaired the first
 * two; since the handover, held at the meeting in Daan's new home, Daan chairs himself. The minutes
 * go round the informal members. The next follow-up, about the group's new form, is planned.
 */
export const daanMeetings: MeetingStory = {
  client: 'client6@demo.regie.test',
  meetings: [
    {
      kind: 'start',
      daysAgo: 380,
      time: '10:30',
      durationMinutes: 90,
      location: 'team_office',
      chair: 'coordinator',
      plannedDaysAgo: 440,
      channel,
      agenda: [{ add: { title: 'Niet over mij praten zonder mij' }, at: 3 }],
      answers: { niels: 'maybe' },
      minutes: {
        introductions: {
          notes: 'Iedereen stelde zich voor. Niels en Daan kennen elkaar van de basisschool. Saskia is Daans jobcoach.',
        },
        working_method: {
          notes: 'Jeroen legde uit hoe de groep werkt. Daan praat liever dan dat hij schrijft.',
          decisions: 'Daan bepaalt wat er in het plan komt. Jeroen typt het voor hem.',
        },
        confidentiality: {
          notes: 'We spraken af dat wat hier besproken wordt, in de groep blijft.',
          decisions: 'Niets doorvertellen zonder dat Daan het goed vindt.',
        },
        'Niet over mij praten zonder mij': {
          notes: 'Daan vertelde dat hij het naar vindt als mensen buiten hem om over hem praten. Iedereen begreep dat.',
          decisions: 'Wie zich zorgen maakt, zegt het eerst tegen Daan zelf.',
        },
        roles: {
          notes: 'Jeroen is deze keer voorzitter en Joke schrijft de notulen. Daan wil later zelf voorzitter worden.',
        },
        goals_and_signal_plan: {
          notes:
            'Daan vertelde over zijn doelen: werk waarin hij met zijn handen bezig is, en een eigen huis. We liepen samen het signaleringsplan door. Joke en Niels weten nu wat ze kunnen doen als het minder gaat.',
          decisions: 'De doelen en het signaleringsplan zijn afgesproken.',
        },
        agreements: {
          notes:
            'Saskia belt drie werkplaatsen. Niels sport op dinsdag en donderdag met Daan. Joke belt op zondag en neemt op vrijdag boodschappen mee. Jeroen helpt met het formulier van de woningcorporatie.',
          decisions: 'Alle afspraken staan in het plan.',
        },
        communication_channel: {
          notes: 'Daan wil een groepsapp, maar alleen voor praktische dingen.',
          decisions: 'Een groepsapp voor afspraken en data.',
        },
        next_meeting: { notes: 'Over drie maanden, weer op het kantoor van het FACT-team.' },
      },
      evaluation: {
        howDidItGo: 'Daan vond het spannend, maar het ging goed. Hij had niet gedacht dat iedereen zou komen.',
        whatToKeep: 'Jeroen als voorzitter, zodat Daan kan praten. Een vaste tijd in de ochtend.',
        whatToChange: 'Anderhalf uur was lang. De volgende keer korter, of met een pauze.',
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 290,
      time: '10:30',
      location: 'team_office',
      chair: 'coordinator',
      plannedDaysAgo: 380,
      channel,
      answers: { ruben: 'maybe' },
      minutes: {
        goal_progress: {
          notes:
            'Saskia vond een fietsenmaker waar Daan mag komen proefdraaien. Sporten lukt meestal twee keer per week. Daan reageert elke week op woningen.',
          decisions: 'De nieuwe cijfers staan in het plan.',
        },
        support: {
          notes: 'Daan doet zijn boodschappen nu zelf. Joke belt wel op zondag.',
          decisions: 'De afspraak over de boodschappen stopt.',
        },
        early_signs: {
          notes:
            'Daan sliep een paar weken slecht en ging toen niet sporten. Hij heeft het zelf aan Ruben verteld. Iedereen vond dat goed.',
        },
        agreements: { notes: 'Jeroen en Daan hebben het formulier ingevuld. Saskia heeft de werkplaatsen gebeld.' },
        group_composition: {
          notes: 'Daan wil zijn broer Lars vragen. Ze zien elkaar weer vaker.',
          decisions: 'Jeroen heeft eerst een gesprek met Lars.',
        },
        next_meeting: { notes: 'Over drie maanden. Daan hoopt dan zijn eigen huis te hebben.' },
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 200,
      time: '11:00',
      location: 'client_home',
      chair: 'client',
      plannedDaysAgo: 290,
      channel,
      agenda: [{ add: { title: 'Overdracht van Jeroen aan Esmee' }, at: 0 }],
      answers: { saskia: 'maybe' },
      minutes: {
        'Overdracht van Jeroen aan Esmee': {
          notes:
            'Jeroen gaat ander werk doen in het team. Esmee neemt het van hem over. We deden dat samen met Daan, zodat niets verloren gaat.',
          decisions: 'Vanaf vandaag is Esmee de regieondersteuner van Daan.',
        },
        goal_progress: {
          notes:
            'Daan heeft de sleutel van zijn eigen huis. Iedereen was er voor het eerst. Hij werkt twee dagen per week bij de fietsenmaker.',
          decisions: 'Een nieuw stapje in het plan: het huis inrichten.',
        },
        support: {
          notes: 'Lars helpt met klussen. Niels blijft sporten met Daan.',
          decisions: 'Lars en Daan schilderen samen de slaapkamer.',
        },
        early_signs: { notes: 'Geen signalen. Daan merkt dat zijn eigen huis hem rust geeft.' },
        agreements: { notes: 'We keken welke afspraken nog lopen. Die blijven zo.' },
        group_composition: {
          notes: 'Jeroen stopt en Esmee komt erbij. Lars is nu lid van de groep. Daan vindt de groep zo goed.',
        },
        next_meeting: { notes: 'Over drie maanden, weer bij Daan thuis.', decisions: 'Daan is voortaan zelf voorzitter.' },
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 120,
      time: '10:00',
      location: 'client_home',
      chair: 'client',
      plannedDaysAgo: 200,
      channel,
      answers: { saskia: 'no' },
      minutes: {
        goal_progress: {
          notes:
            'Sporten lukt al maanden twee keer per week. Het huis is ingericht: Daan had Lars en Niels te eten. Op het werk gaat het goed, Daan hoopt op een contract.',
          decisions: 'De doelen over sporten en het huis zijn gehaald. Nieuw doel: samen met Ruben de medicijnen afbouwen.',
        },
        support: {
          notes: 'Daan vroeg of hij minder medicijnen kan gebruiken. Ruben wil daarbij helpen, rustig en stap voor stap.',
          decisions: 'Ruben maakt met Daan een schema. Daan houdt zelf een weekdoos bij.',
        },
        early_signs: {
          notes:
            'We liepen het signaleringsplan door. Esmee staat er nu in in plaats van Jeroen, en Lars doet ook mee. Daan noemt de eerste fase nu ‘Goed in mijn vel’.',
          decisions: 'Het signaleringsplan is bijgewerkt.',
        },
        agreements: { notes: 'Lars en Daan hebben de slaapkamer geschilderd.' },
        group_composition: { notes: 'Saskia kon er niet bij zijn. Haar werk met Daan is bijna klaar.' },
        next_meeting: { notes: 'Over drie maanden, met een link voor wie niet kan komen.' },
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 30,
      time: '10:00',
      location: 'video',
      locationDetail: 'https://video.voorbeeld.test/groep-daan',
      chair: 'client',
      plannedDaysAgo: 120,
      channel,
      agenda: [{ add: 'reorientation', at: 5 }],
      // Saskia's work with Daan had ended by then.
      answers: { saskia: 'no' },
      minutes: {
        goal_progress: {
          notes:
            'Daan heeft een vast contract voor 28 uur. Hij woont al ruim een half jaar in zijn eigen huis en regelt alles zelf. Het afbouwen van de medicijnen gaat goed.',
          decisions: 'Het doel over wonen is gehaald. Bijna alle doelen zijn nu gehaald.',
        },
        support: { notes: 'Iedereen vertelde wat hij nog doet. Het meeste gaat nu vanzelf.' },
        early_signs: { notes: 'Geen signalen in de afgelopen maanden.' },
        agreements: { notes: 'De vaste afspraken met Joke en Niels lopen door.' },
        group_composition: {
          notes: 'Saskia is gestopt, omdat haar traject klaar is. Daan heeft haar bedankt.',
        },
        reorientation: {
          notes:
            'Daan wil de groep niet meteen stoppen, maar wel minder vaak bij elkaar komen. Esmee en Ruben gaan op den duur stoppen. De praktijkondersteuner van de huisarts kan het dan overnemen.',
          decisions:
            'Daan bedenkt hoe vaak hij de groep nog wil zien, en met wie. Esmee regelt een kennismaking met de huisartsenpraktijk.',
        },
        next_meeting: {
          notes: 'Over ongeveer acht weken, bij Daan thuis. Dan praten we verder over de nieuwe vorm van de groep.',
        },
      },
    },
    {
      kind: 'follow_up',
      daysAgo: -25,
      time: '19:30',
      location: 'client_home',
      chair: 'client',
      plannedDaysAgo: 30,
      channel,
      agenda: [
        { add: 'reorientation', at: 1 },
        { add: { title: 'Overdracht aan de huisarts' }, at: 2 },
        { remove: 'group_composition' },
      ],
      answers: { esmee: 'yes', ruben: 'yes', niels: 'yes' },
    },
  ],
};
