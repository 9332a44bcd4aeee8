import enBase from './en.json' with { type: 'json' };
import enConversations from './conversations.en.json' with { type: 'json' };
import enGroups from './groups.en.json' with { type: 'json' };
import enNetwork from './network.en.json' with { type: 'json' };
import nlBase from './nl.json' with { type: 'json' };
import nlConversations from './conversations.nl.json' with { type: 'json' };
import nlGroups from './groups.nl.json' with { type: 'json' };
import nlNetwork from './network.nl.json' with { type: 'json' };

// The resource group's texts are large enough to keep in files of their own, one per feature; they
// are namespaced by key (`groups.…`, `network.…`, `conversations.…`) within the one translation.
export const nl = { ...nlBase, groups: nlGroups, network: nlNetwork, conversations: nlConversations };

// English must have every text Dutch has: a missing translation is a type error, not a surprise.
export const en = { ...enBase, groups: enGroups, network: enNetwork, conversations: enConversations } satisfies typeof nl;
