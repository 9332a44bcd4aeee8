import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';
import { paths } from './paths.js';

const clientId = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('the main menu', () => {
  it('puts the client’s own group first, since the group is theirs, and their agreements after it', () => {
    expect(navigationFor('client', clientId).map((item) => item.to)).toEqual([
      paths.group(clientId),
      paths.myAgreements,
      paths.whoLooked,
      paths.myDetails,
    ]);
  });

  it('offers “Mijn afspraken” to everyone who can be in a group, and to nobody else', () => {
    for (const role of ['client', 'relative', 'coordinator', 'clinician', 'professional', 'team_lead'] as const) {
      expect(
        navigationFor(role, role === 'client' ? clientId : null).map((item) => item.to),
        role,
      ).toContain(paths.myAgreements);
    }
    for (const role of ['admin', 'researcher'] as const) {
      expect(
        navigationFor(role).map((item) => item.to),
        role,
      ).not.toContain(paths.myAgreements);
    }
    expect(navigationFor('relative').map((item) => item.to)).toEqual([paths.myAgreements, paths.myDetails]);
    expect(navigationFor('team_lead').map((item) => item.to)).toEqual([
      paths.clients,
      paths.myAgreements,
      paths.organisation,
      paths.myDetails,
    ]);
  });

  it('offers no group to anyone else, nor to a client whose record is unknown', () => {
    expect(navigationFor('client', null).map((item) => item.label)).not.toContain('nav.myGroup');
    for (const role of ['relative', 'coordinator', 'admin'] as const) {
      expect(
        navigationFor(role, clientId).map((item) => item.label),
        role,
      ).not.toContain('nav.myGroup');
    }
    expect(navigationFor('coordinator').map((item) => item.to)).toEqual([paths.clients, paths.myAgreements, paths.myDetails]);
  });
});
