import enBase from './en.json' with { type: 'json' };
import enConversations from './conversations.en.json' with { type: 'json' };
import enEvaluations from './evaluations.en.json' with { type: 'json' };
import enGroups from './groups.en.json' with { type: 'json' };
import enMyAgreements from './my-agreements.en.json' with { type: 'json' };
import enNetwork from './network.en.json' with { type: 'json' };
import enMeetings from './meetings.en.json' with { type: 'json' };
import enMinutes from './minutes.en.json' with { type: 'json' };
import enPlans from './plans.en.json' with { type: 'json' };
import enSignalPlan from './signal-plan.en.json' with { type: 'json' };
import enTeam from './team.en.json' with { type: 'json' };
import nlBase from './nl.json' with { type: 'json' };
import nlConversations from './conversations.nl.json' with { type: 'json' };
import nlEvaluations from './evaluations.nl.json' with { type: 'json' };
import nlGroups from './groups.nl.json' with { type: 'json' };
import nlMyAgreements from './my-agreements.nl.json' with { type: 'json' };
import nlNetwork from './network.nl.json' with { type: 'json' };
import nlMeetings from './meetings.nl.json' with { type: 'json' };
import nlMinutes from './minutes.nl.json' with { type: 'json' };
import nlPlans from './plans.nl.json' with { type: 'json' };
import nlSignalPlan from './signal-plan.nl.json' with { type: 'json' };
import nlTeam from './team.nl.json' with { type: 'json' };

// The resource group's texts are large enough to keep in files of their own, one per feature; they
// are namespaced by key (`groups.…`, `plans.…`, …) within the one translation.
export const nl = {
  ...nlBase,
  groups: nlGroups,
  network: nlNetwork,
  conversations: nlConversations,
  plans: nlPlans,
  signalPlan: nlSignalPlan,
  myAgreements: nlMyAgreements,
  meetings: nlMeetings,
  minutes: nlMinutes,
  evaluations: nlEvaluations,
  team: nlTeam,
};

// English must have every text Dutch has: a missing translation is a type error, not a surprise.
export const en = {
  ...enBase,
  groups: enGroups,
  network: enNetwork,
  conversations: enConversations,
  plans: enPlans,
  signalPlan: enSignalPlan,
  myAgreements: enMyAgreements,
  meetings: enMeetings,
  minutes: enMinutes,
  evaluations: enEvaluations,
  team: enTeam,
} satisfies typeof nl;
