import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import { hasCaseload, navigationFor, readsTeamFigures } from './navigation.js';
import { paths } from './paths.js';

const clientId = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const teamId = '0b5e6f70-8192-4a3b-9c4d-5e6f7a8b9c0d';

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
      paths.caseload,
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
    expect(navigationFor('coordinator').map((item) => item.to)).toEqual([
      paths.clients,
      paths.caseload,
      paths.myAgreements,
      paths.myDetails,
    ]);
  });

  it('offers the caseload to coordinators and team leads only', () => {
    for (const role of ['coordinator', 'team_lead'] as const) {
      expect(
        navigationFor(role, null, teamId).map((item) => item.to),
        role,
      ).toContain(paths.caseload);
    }
    for (const role of ['clinician', 'professional', 'admin', 'researcher', 'relative'] as const) {
      expect(
        navigationFor(role, null, teamId).map((item) => item.to),
        role,
      ).not.toContain(paths.caseload);
    }
    expect(navigationFor('client', clientId, teamId).map((item) => item.to)).not.toContain(paths.caseload);
  });

  it('puts the team’s figures in the team lead’s menu, with their own team in the address', () => {
    expect(navigationFor('team_lead', null, teamId).map((item) => item.to)).toEqual([
      paths.clients,
      paths.caseload,
      paths.teamFigures(teamId),
      paths.myAgreements,
      paths.organisation,
      paths.myDetails,
    ]);
    expect(navigationFor('team_lead', null, teamId).find((item) => item.to === paths.teamFigures(teamId))?.label).toBe(
      'team.nav.figures',
    );
    // Without a team there is no page of figures to open.
    expect(navigationFor('team_lead', null, null).map((item) => item.label)).not.toContain('team.nav.figures');
    // Coordinators and clinicians reach the figures from the home page and the caseload, not the menu.
    for (const role of ['coordinator', 'clinician', 'professional', 'admin'] as const) {
      expect(
        navigationFor(role, null, teamId).map((item) => item.label),
        role,
      ).not.toContain('team.nav.figures');
    }
  });
});

describe('who the team’s pages are for', () => {
  it('gives a caseload to coordinators and team leads', () => {
    expect(roles.filter(hasCaseload)).toEqual(['coordinator', 'team_lead']);
  });

  it('lets the team’s care professionals read its figures, and nobody else', () => {
    expect(roles.filter(readsTeamFigures)).toEqual(['coordinator', 'clinician', 'team_lead']);
  });
});
