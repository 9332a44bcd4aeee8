import { evaluationThemes, respondentTypes, type EvaluationTheme, type RespondentType } from './evaluations.js';
import type { AnswerOption, InstrumentDefinition, InstrumentItem, Scale } from './instruments.js';

/**
 * Regie's own evaluation instruments (PRODUCT.md §7): one questionnaire per respondent type on the four
 * themes of the R-MET (feeling heard, the division of roles, the client's direction and autonomy, and
 * progress of care and support), asked in a round when the organisation has not loaded an instrument
 * of its own. These are Regie's own texts, written from the resource group method; they are NOT the
 * R-MET, whose questionnaires are not public. An organisation that has the R-MET loads it as a
 * definition file (src/domain/instruments.ts) and it replaces these.
 *
 * The Dutch and English forms of one type are one instrument: same url, version, linkIds, option codes
 * and scales; only the texts differ, so answers in either language are scored and compared together.
 * Answers are stored against url + version: once a version has been asked, its linkIds, codes and
 * scales never change. A change of meaning gets a new version, added to `versions` below next to the
 * old one, which stays so that its answers can still be read.
 */

/** The languages Regie's own instruments are written in. */
export type RegieLocale = 'nl' | 'en';
type Text = Readonly<Record<RegieLocale, string>>;

/** Canonical URLs (FHIR's `url`): URNs, because nothing has to be fetched from them. */
export const regieInstrumentUrls: Record<RespondentType, string> = {
  client: 'urn:regie:instrument:evaluation:client',
  relative: 'urn:regie:instrument:evaluation:relative',
  professional: 'urn:regie:instrument:evaluation:professional',
};

/** The version new rounds are given. */
const currentVersion = '1';

interface Question {
  linkId: string;
  text: Text;
  /** Worded the other way round (agreeing is the less good answer), so scored reversed. */
  reverse?: true;
}

interface Theme {
  heading: Text;
  questions: readonly Question[];
}

/** What differs between respondent types: the texts, and which questions are asked. */
interface Blueprint {
  title: Text;
  intro: Text;
  themes: Readonly<Record<EvaluationTheme, Theme>>;
  remarks: Text;
}

// Agreement, not frequency or satisfaction: every question is a statement, so one scale fits all
// and a respondent under stress reads the options once. 'dont_know' is not a number, so
// scoreResponse counts it as missing: "I can't tell" must not pull a theme towards the middle.
const agreement: readonly { code: string; display: Text }[] = [
  { code: '1', display: { nl: 'Helemaal niet mee eens', en: 'Strongly disagree' } },
  { code: '2', display: { nl: 'Niet mee eens', en: 'Disagree' } },
  { code: '3', display: { nl: 'Neutraal', en: 'Neutral' } },
  { code: '4', display: { nl: 'Mee eens', en: 'Agree' } },
  { code: '5', display: { nl: 'Helemaal mee eens', en: 'Strongly agree' } },
  { code: 'dont_know', display: { nl: 'Weet ik niet', en: "Don't know" } },
];

const remarksLinkId = 'remarks';
const introLinkId = 'intro';
/** Fewer than two answers to a theme says too little about it to score. */
const minAnswered = 2;

const client: Blueprint = {
  title: {
    nl: "Evaluatie van uw resourcegroep – op de thema's van de R-MET",
    en: 'Evaluation of your resource group – on the R-MET themes',
  },
  intro: {
    nl: 'Deze vragen gaan over uw resourcegroep. Het is geen toets. Er zijn geen goede of foute antwoorden. U mag een vraag overslaan. Weet u het niet? Kies dan ‘Weet ik niet’.',
    en: "These questions are about your resource group. It is not a test. There are no right or wrong answers. You may skip a question. If you are not sure, choose 'Don't know'.",
  },
  themes: {
    heard: {
      heading: { nl: 'Gehoord worden', en: 'Being heard' },
      questions: [
        {
          linkId: 'heard-1',
          text: { nl: 'De anderen in de groep luisteren naar mij.', en: 'The others in the group listen to me.' },
        },
        {
          linkId: 'heard-2',
          text: { nl: 'Ik kan in de groep zeggen wat ik denk en voel.', en: 'I can say what I think and feel in the group.' },
        },
        {
          linkId: 'heard-3',
          text: { nl: 'De anderen nemen mijn mening serieus.', en: 'The others take my opinion seriously.' },
        },
        { linkId: 'heard-4', text: { nl: 'Ik voel me begrepen in de groep.', en: 'I feel understood in the group.' } },
      ],
    },
    roles: {
      heading: { nl: 'Wie doet wat', en: 'Who does what' },
      questions: [
        {
          linkId: 'roles-1',
          text: { nl: 'Het is duidelijk wie in de groep wat doet.', en: 'It is clear who does what in the group.' },
        },
        {
          linkId: 'roles-2',
          text: { nl: 'Ik ben tevreden over mijn eigen rol in de groep.', en: 'I am happy with my own role in the group.' },
        },
        {
          linkId: 'roles-3',
          text: {
            nl: 'Het werk is eerlijk verdeeld over de mensen in de groep.',
            en: 'The work is shared fairly among the people in the group.',
          },
        },
      ],
    },
    direction: {
      heading: { nl: 'Zelf bepalen', en: 'Making my own choices' },
      questions: [
        {
          linkId: 'direction-1',
          text: { nl: 'Ik bepaal zelf wie er in mijn groep zit.', en: 'I decide myself who is in my group.' },
        },
        {
          linkId: 'direction-2',
          text: {
            nl: 'De groep werkt aan doelen die ik zelf heb gekozen.',
            en: 'The group works on goals that I chose myself.',
          },
        },
        {
          linkId: 'direction-3',
          text: { nl: 'Ik heb het gevoel dat het mijn eigen groep is.', en: 'I feel that it is my own group.' },
        },
        {
          linkId: 'direction-4',
          reverse: true,
          text: {
            nl: 'Soms beslissen anderen in de groep iets over mij zonder het mij te vragen.',
            en: 'Sometimes others in the group decide something about me without asking me.',
          },
        },
      ],
    },
    progress: {
      heading: { nl: 'Vooruitgang', en: 'Progress' },
      questions: [
        {
          linkId: 'progress-1',
          text: { nl: 'Door de groep kom ik verder met mijn doelen.', en: 'The group helps me get further with my goals.' },
        },
        {
          linkId: 'progress-2',
          text: {
            nl: 'De mensen in de groep doen wat we hebben afgesproken.',
            en: 'The people in the group do what we agreed.',
          },
        },
        {
          linkId: 'progress-3',
          text: {
            nl: 'De zorg en steun die ik krijg, helpen mij verder.',
            en: 'The care and support I get help me move forward.',
          },
        },
      ],
    },
  },
  remarks: {
    nl: 'Wat wilt u nog kwijt over de groep?',
    en: 'Is there anything else you want to say about the group?',
  },
};

const relative: Blueprint = {
  title: {
    nl: "Evaluatie van de resourcegroep – op de thema's van de R-MET",
    en: 'Evaluation of the resource group – on the R-MET themes',
  },
  // Regie calls the person the group is for "de cliënt" everywhere else too; said once here so that
  // a relative who never thinks of their son or friend that way knows who is meant.
  intro: {
    nl: 'Deze vragen gaan over de resourcegroep waar u in zit. Met ‘de cliënt’ bedoelen we de persoon voor wie de groep is. Het is geen toets. Er zijn geen goede of foute antwoorden. U mag een vraag overslaan. Weet u het niet? Kies dan ‘Weet ik niet’.',
    en: "These questions are about the resource group you are part of. By 'the client' we mean the person the group is for. It is not a test. There are no right or wrong answers. You may skip a question. If you are not sure, choose 'Don't know'.",
  },
  themes: {
    heard: {
      heading: { nl: 'Gehoord worden', en: 'Being heard' },
      questions: [
        {
          linkId: 'heard-1',
          text: { nl: 'De anderen in de groep luisteren naar mij.', en: 'The others in the group listen to me.' },
        },
        {
          linkId: 'heard-2',
          text: {
            nl: 'Ik kan in de groep zeggen wat ik denk, ook als ik me zorgen maak.',
            en: 'I can say what I think in the group, even when I am worried.',
          },
        },
        {
          linkId: 'heard-3',
          text: {
            nl: 'Wat ik weet over de cliënt, telt mee in de groep.',
            en: 'What I know about the client counts in the group.',
          },
        },
        { linkId: 'heard-4', text: { nl: 'Ik voel me welkom in de groep.', en: 'I feel welcome in the group.' } },
      ],
    },
    roles: {
      heading: { nl: 'Wie doet wat', en: 'Who does what' },
      questions: [
        { linkId: 'roles-1', text: { nl: 'Ik weet wat mijn rol in de groep is.', en: 'I know what my role in the group is.' } },
        {
          linkId: 'roles-2',
          text: {
            nl: 'Wat ik doe voor de cliënt, past bij wat ik kan en wil.',
            en: 'What I do for the client fits what I can and want to do.',
          },
        },
        {
          linkId: 'roles-3',
          text: { nl: 'Het is duidelijk wie in de groep wat doet.', en: 'It is clear who does what in the group.' },
        },
        {
          linkId: 'roles-4',
          reverse: true,
          text: { nl: 'Ik voel me soms overbodig in de groep.', en: 'I sometimes feel unnecessary in the group.' },
        },
      ],
    },
    direction: {
      heading: { nl: 'De cliënt bepaalt', en: 'The client decides' },
      questions: [
        {
          linkId: 'direction-1',
          text: { nl: 'De cliënt kiest zelf de doelen van de groep.', en: 'The client chooses the goals of the group.' },
        },
        {
          linkId: 'direction-2',
          text: {
            nl: 'De groep werkt aan wat de cliënt zelf belangrijk vindt.',
            en: 'The group works on what the client finds important.',
          },
        },
        {
          linkId: 'direction-3',
          text: {
            nl: 'Ik laat de keuzes aan de cliënt, ook als ik zelf iets anders zou kiezen.',
            en: 'I leave the choices to the client, even when I would choose differently.',
          },
        },
      ],
    },
    progress: {
      heading: { nl: 'Vooruitgang', en: 'Progress' },
      questions: [
        {
          linkId: 'progress-1',
          text: {
            nl: 'De groep helpt de cliënt verder met zijn of haar doelen.',
            en: 'The group helps the client get further with their goals.',
          },
        },
        {
          linkId: 'progress-2',
          text: {
            nl: 'De mensen in de groep doen wat we hebben afgesproken.',
            en: 'The people in the group do what we agreed.',
          },
        },
        {
          linkId: 'progress-3',
          text: {
            nl: 'Door de groep weet ik beter hoe ik de cliënt kan steunen.',
            en: 'Thanks to the group I know better how to support the client.',
          },
        },
      ],
    },
  },
  remarks: {
    nl: 'Wat wilt u nog kwijt over de groep?',
    en: 'Is there anything else you want to say about the group?',
  },
};

// Professionals answer about their own work in the group: whether they leave room to the client and
// the relatives, not only whether they themselves are heard.
const professional: Blueprint = {
  title: {
    nl: "Evaluatie van de resourcegroep – op de thema's van de R-MET",
    en: 'Evaluation of the resource group – on the R-MET themes',
  },
  intro: {
    nl: 'Deze vragen gaan over uw werk in de resourcegroep van de cliënt. Het is geen toets. Er zijn geen goede of foute antwoorden. U mag een vraag overslaan. Weet u het niet? Kies dan ‘Weet ik niet’.',
    en: "These questions are about your work in the client's resource group. It is not a test. There are no right or wrong answers. You may skip a question. If you are not sure, choose 'Don't know'.",
  },
  themes: {
    heard: {
      heading: { nl: 'Gehoord worden', en: 'Being heard' },
      questions: [
        {
          linkId: 'heard-1',
          text: {
            nl: 'De anderen in de groep luisteren naar wat ik inbreng.',
            en: 'The others in the group listen to what I contribute.',
          },
        },
        {
          linkId: 'heard-2',
          text: {
            nl: 'Ik kan in de groep open zeggen wat ik zie, ook als dat moeilijk is.',
            en: 'I can say openly in the group what I see, even when that is difficult.',
          },
        },
        {
          linkId: 'heard-3',
          text: {
            nl: 'Ik geef de cliënt en de naasten de ruimte om te zeggen wat zij denken.',
            en: 'I give the client and the relatives room to say what they think.',
          },
        },
        {
          linkId: 'heard-4',
          text: {
            nl: 'Ik hoor in de groep wat de cliënt en de naasten echt belangrijk vinden.',
            en: 'In the group I hear what really matters to the client and the relatives.',
          },
        },
      ],
    },
    roles: {
      heading: { nl: 'Wie doet wat', en: 'Who does what' },
      questions: [
        {
          linkId: 'roles-1',
          text: { nl: 'Het is duidelijk wie in de groep wat doet.', en: 'It is clear who does what in the group.' },
        },
        {
          linkId: 'roles-2',
          text: { nl: 'Ik weet wat de groep van mij verwacht.', en: 'I know what the group expects of me.' },
        },
        {
          linkId: 'roles-3',
          text: {
            nl: 'De naasten hebben in de groep een taak die bij hen past.',
            en: 'The relatives have a task in the group that suits them.',
          },
        },
        {
          linkId: 'roles-4',
          reverse: true,
          text: {
            nl: 'Ik neem in de groep vaak taken over die de cliënt of de naasten zelf kunnen doen.',
            en: 'In the group I often take over tasks that the client or the relatives could do themselves.',
          },
        },
      ],
    },
    direction: {
      heading: { nl: 'De cliënt bepaalt', en: 'The client decides' },
      questions: [
        {
          linkId: 'direction-1',
          text: { nl: 'De cliënt bepaalt de doelen van de groep.', en: 'The client decides the goals of the group.' },
        },
        {
          linkId: 'direction-2',
          text: {
            nl: 'De cliënt bepaalt waar de bijeenkomsten over gaan.',
            en: 'The client decides what the meetings are about.',
          },
        },
        {
          linkId: 'direction-3',
          text: {
            nl: 'Mijn zorg of begeleiding volgt de doelen die de cliënt zelf heeft gekozen.',
            en: 'My care or support follows the goals the client chose.',
          },
        },
      ],
    },
    progress: {
      heading: { nl: 'Vooruitgang', en: 'Progress' },
      questions: [
        {
          linkId: 'progress-1',
          text: {
            nl: 'De groep helpt de cliënt verder met zijn of haar doelen.',
            en: 'The group helps the client get further with their goals.',
          },
        },
        {
          linkId: 'progress-2',
          text: {
            nl: 'De mensen in de groep doen wat we hebben afgesproken.',
            en: 'The people in the group do what we agreed.',
          },
        },
        {
          linkId: 'progress-3',
          text: {
            nl: 'Door de groep werk ik beter samen met de naasten van de cliënt.',
            en: "Thanks to the group I work better together with the client's relatives.",
          },
        },
      ],
    },
  },
  remarks: {
    nl: 'Wat wilt u nog kwijt over de groep?',
    en: 'Is there anything else you want to say about the group?',
  },
};

/** Every version ever asked, per type; new rounds get `currentVersion`. Never remove an entry. */
const versions: Readonly<Record<string, Readonly<Record<RespondentType, Blueprint>>>> = {
  '1': { client, relative, professional },
};

function build(type: RespondentType, version: string, blueprint: Blueprint, locale: RegieLocale): InstrumentDefinition {
  const answerOption: AnswerOption[] = agreement.map(({ code, display }) => ({
    valueCoding: { code, display: display[locale] },
  }));
  const themeGroups: InstrumentItem[] = evaluationThemes.map((theme) => ({
    linkId: theme,
    type: 'group',
    text: blueprint.themes[theme].heading[locale],
    item: blueprint.themes[theme].questions.map(({ linkId, text }) => ({
      linkId,
      type: 'choice',
      text: text[locale],
      answerOption: answerOption.map((option) => structuredClone(option)),
    })),
  }));
  const scales: Scale[] = evaluationThemes.map((theme) => {
    const { questions } = blueprint.themes[theme];
    const reverse = questions.filter((question) => question.reverse).map(({ linkId }) => linkId);
    const scale: Scale = { id: theme, items: questions.map(({ linkId }) => linkId), method: 'mean', min: 1, max: 5, minAnswered };
    if (reverse.length > 0) scale.reverse = reverse;
    return scale;
  });
  return {
    url: regieInstrumentUrls[type],
    version,
    title: blueprint.title[locale],
    language: locale,
    status: 'active',
    item: [
      { linkId: introLinkId, type: 'display', text: blueprint.intro[locale] },
      ...themeGroups,
      { linkId: remarksLinkId, type: 'text', text: blueprint.remarks[locale] },
    ],
    scoring: { scales },
  };
}

/** Regie's own instrument for a respondent type, in the version new rounds get, in Dutch or English. */
export function regieInstrument(type: RespondentType, locale: RegieLocale): InstrumentDefinition {
  const blueprints = versions[currentVersion];
  if (!blueprints) throw new Error(`Regie's instruments have no version ${currentVersion}`);
  return build(type, currentVersion, blueprints[type], locale);
}

/**
 * Regie's own instrument that answers were given on, by the url and version stored with them, in
 * Dutch or English; null when the url and version are not one of Regie's.
 */
export function findRegieInstrument(url: string, version: string, locale: RegieLocale): InstrumentDefinition | null {
  const type = respondentTypes.find((candidate) => regieInstrumentUrls[candidate] === url);
  const blueprints = Object.hasOwn(versions, version) ? versions[version] : undefined;
  if (!type || !blueprints) return null;
  return build(type, version, blueprints[type], locale);
}
