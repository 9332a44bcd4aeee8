import type { MeetingStory } from './story.js';

// Days count back from the day the demo is loaded.

const channel =
  'Een groepsapp voor praktische dingen, zoals een nieuwe datum. Hoe het met Noor gaat, bespreken we in de bijeenkomst.';

/**
 * Noor Visser, phase 5: the group chose to meet every two months while so much changes. After the
 * second follow-up Noor wanted to wait for her work schedule before she set a date; a theme meeting
 * about work came first, and it does not stand in for the follow-up: the group is overdue, and
 * nothing is planned.
 */
export const noorMeetings: MeetingStory = {
  client: 'client5@demo.regie.test',
  intervalMonths: 2,
  meetings: [
    {
      kind: 'start',
      daysAgo: 180,
      time: '10:00',
      durationMinutes: 90,
      location: 'client_home',
      chair: 'coordinator',
      plannedDaysAgo: 252,
      channel,
      agenda: [{ add: { title: 'Milan en de groep' }, at: 5 }],
      answers: { roos: 'maybe' },
      minutes: {
        introductions: {
          notes: 'We stelden ons voor. Sem kent Noor van de drukkerij. Roos is van het wijkteam en helpt met wonen en geld.',
        },
        working_method: {
          notes:
            'Esmee legde uit hoe de groep werkt. Noor vindt het fijn dat we bij haar thuis zijn. We houden het kort en nemen halverwege een pauze.',
          decisions: 'We komen elke twee maanden bij elkaar, zolang er zo veel verandert.',
        },
        confidentiality: {
          notes: 'Hanneke vroeg of ze met haar zus over de groep mag praten. Noor vindt het goed als het over Hanneke zelf gaat.',
          decisions: 'Wat hier besproken wordt, blijft hier.',
        },
        roles: {
          notes:
            'Noor wil dat Esmee de eerste keer voorzitter is. Daarna wil ze het zelf proberen. Hanneke schrijft vandaag mee.',
          decisions: 'Het schrijven van de notulen gaat rond.',
        },
        goals_and_signal_plan: {
          notes:
            'Noor vertelde over haar doelen: terug naar de drukkerij, een rustig huis voor Milan en haarzelf, en beter slapen. Iedereen zei wat hij kan doen als het minder gaat.',
          decisions: 'We gaan met alle doelen aan de slag. In het signaleringsplan staat nu wat Jolien en Hanneke doen.',
        },
        'Milan en de groep': {
          notes: 'Noor wil Milan niet belasten met de groep. Hij weet dat er mensen zijn die helpen, meer niet.',
          decisions: 'Niemand praat met Milan over de groep. Noor vertelt hem zelf wat zij wil.',
        },
        agreements: {
          notes:
            'Sem bereidt met Noor het gesprek met haar leidinggevende voor. Jolien doet op donderdag de boodschappen mee. Hanneke vangt Milan op woensdagmiddag op. Roos zet de toeslagen op een rij. Ruben loopt het signaleringsplan met Noor door.',
          decisions: 'Esmee zette de afspraken in het plan.',
        },
        communication_channel: {
          notes: 'Een groepsapp is handig voor een nieuwe datum. Noor wil niet dat daar over haar gezondheid gepraat wordt.',
          decisions: 'Een groepsapp alleen voor praktische dingen.',
        },
        next_meeting: { notes: 'Over ongeveer zeven weken, weer bij Noor thuis.', decisions: 'Noor zet de datum in Regie.' },
      },
      evaluation: {
        howDidItGo:
          'Spannend, maar fijn om iedereen bij mij thuis te hebben. Ik had niet het gevoel dat er over mij gepraat werd. Ik deed zelf mee.',
        whatToKeep: 'Bij mij thuis, niet te lang, met een pauze. Esmee als voorzitter de eerste keer.',
        whatToChange: 'Anderhalf uur is lang. De volgende keer wil ik zelf meer vertellen over mijn doelen.',
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 130,
      time: '10:00',
      location: 'client_home',
      chair: 'coordinator',
      plannedDaysAgo: 180,
      channel,
      answers: { roos: 'no' },
      minutes: {
        goal_progress: {
          notes:
            'Het opbouwschema voor het werk is klaar. Noor, Sem en haar leidinggevende vinden het alle drie goed. Slapen gaat iets beter. De vrije middag lukt bijna elke week.',
          decisions: 'Het doel over het opbouwschema is gehaald. De nieuwe cijfers staan in het plan.',
        },
        support: {
          notes: 'Noor is blij met de donderdagen met Jolien. Hanneke merkt dat de woensdagmiddag met Milan ook haar goed doet.',
        },
        early_signs: {
          notes: 'Ruben en Noor hebben het signaleringsplan samen doorgelopen. Er waren de afgelopen weken geen signalen.',
        },
        agreements: {
          notes:
            'Roos heeft de toeslagen geregeld. Sem en Noor hebben het gesprek voorbereid. Ruben heeft het signaleringsplan doorgelopen.',
          decisions: 'Deze drie afspraken zijn klaar.',
        },
        group_composition: {
          notes: 'Roos kon er vandaag niet bij zijn. Noor denkt aan iemand van het koor, maar wacht daar nog mee.',
        },
        next_meeting: { notes: 'Over zes weken, bij Noor thuis.', decisions: 'Noor zet de datum in Regie.' },
      },
    },
    {
      kind: 'follow_up',
      daysAgo: 85,
      time: '10:30',
      location: 'client_home',
      chair: 'client',
      plannedDaysAgo: 130,
      channel,
      // Sem had left the group by then.
      answers: { sem: 'no' },
      minutes: {
        goal_progress: {
          notes:
            'Noor werkt nu twee ochtenden per week. De vrije middag op woensdag lukt al weken. Slapen blijft lastig, vooral als er iets met Milan is.',
          decisions:
            'Het doel over de vrije middag is gehaald. Het doel over slapen is aangepast: om elf uur naar bed, de telefoon blijft in de keuken.',
        },
        support: {
          notes: 'Milan komt nu zelf uit school naar huis. Hanneke hoeft hem op woensdag niet meer op te vangen.',
          decisions: 'De afspraak met Hanneke over woensdag stopt. Jolien gaat mee naar het gesprek met de bedrijfsarts.',
        },
        early_signs: {
          notes:
            'Noor gaf de fasen van haar signaleringsplan eigen namen, zoals ‘Storm op komst’. Ze voegde een fase toe voor de tijd na een crisis.',
          decisions: 'Het signaleringsplan is bijgewerkt.',
        },
        agreements: { notes: 'We keken naar de open afspraken. De donderdag met Jolien blijft.' },
        group_composition: {
          notes: 'Sem is gestopt, omdat hij nu voor zijn vader zorgt. Noor mist hem, maar begrijpt het. Ze houden contact.',
          decisions: 'Noor denkt erover na of ze Ahmed van het koor vraagt.',
        },
        next_meeting: {
          notes: 'Noor wil eerst weten hoe haar werkrooster eruitziet.',
          decisions: 'Noor zet de datum in Regie zodra ze haar rooster heeft.',
        },
      },
    },
    {
      kind: 'theme',
      theme: 'Werk: hoe gaat het verder?',
      daysAgo: 20,
      time: '11:00',
      durationMinutes: 90,
      location: 'client_home',
      chair: 'client',
      plannedDaysAgo: 40,
      channel,
      agenda: [
        { add: { title: 'Welkom aan Ahmed' }, at: 1 },
        { add: 'goal_progress', at: 2 },
      ],
      answers: { ruben: 'no' },
      minutes: {
        opening: {
          notes: 'Noor vertelde waarom ze deze bijeenkomst wilde: het werk gaat goed, en ze wil weten hoe het verder kan.',
        },
        'Welkom aan Ahmed': {
          notes: 'Ahmed is er voor het eerst. Hij kent Noor van het koor. Hij wil eerst vooral luisteren.',
        },
        goal_progress: {
          notes:
            'Noor werkt al drie maanden twee ochtenden per week. Ze gaat bijna elke dinsdag naar het koor. Slapen gaat beter met de telefoon in de keuken.',
          decisions: 'Het doel over werk is gehaald.',
        },
        theme: {
          notes:
            'We praatten over meer uren werken. Noor wil minder afhankelijk zijn van een uitkering, maar niet te snel gaan. Jolien vertelde wat de bedrijfsarts zei: rustig opbouwen. Roos legde uit wat meer uren betekent voor de toeslagen.',
          decisions: 'Er komt een nieuw doel in het plan: meer uren werken, stap voor stap.',
        },
        agreements: {
          notes: 'Ahmed fietst op dinsdag bij Noor langs om samen naar het koor te gaan.',
          decisions: 'De afspraak met Ahmed staat in het plan.',
        },
        closing_round: {
          notes:
            'Iedereen zei hoe hij de ochtend vond. Noor is trots op wat ze bereikt heeft. Ahmed vond het fijn dat hij erbij mocht zijn.',
        },
      },
    },
  ],
};
