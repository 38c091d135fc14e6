import { describe, expect, it } from 'vitest';
import { aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { getJson, useCouncilServer } from '../test-server.js';

/** The small council with a service and a team, given children first to show the order is ours. */
function aCouncilWithTeams() {
  const council = aSmallCouncil();
  council.orgUnits = [
    { id: 'A-TEAM', kind: 'team', name: 'Economic Inclusion', parentId: 'B-SERVICE' },
    { id: 'B-SERVICE', kind: 'service', name: 'Skills and Employment', parentId: 'DIR-PLACE' },
    ...council.orgUnits,
  ];
  council.people.push({
    id: 'P2',
    name: 'Sam Patel',
    jobTitle: 'Performance Officer',
    email: 'sam@example.org',
  });
  council.roles.push(
    { personId: 'P2', orgUnitId: 'DIR-PLACE', role: 'performance-officer' },
    { personId: 'P2', orgUnitId: 'DIR-PLACE', role: 'data-owner' },
    { personId: 'P2', orgUnitId: 'A-TEAM', role: 'team-manager' },
  );
  return council;
}

describe.each(DIALECTS)('organisation routes on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithTeams() });

  it('lists the organisation as a flat tree with every unit after its parent', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/org-units');
    expect(status).toBe(200);
    expect(body.orgUnits).toEqual([
      { id: 'COUNCIL', kind: 'council', name: 'City of Wolverhampton Council', parentId: null },
      { id: 'DIR-PLACE', kind: 'directorate', name: 'Place', parentId: 'COUNCIL' },
      { id: 'B-SERVICE', kind: 'service', name: 'Skills and Employment', parentId: 'DIR-PLACE' },
      { id: 'A-TEAM', kind: 'team', name: 'Economic Inclusion', parentId: 'B-SERVICE' },
    ]);
  });

  it('lists only the units of one kind when asked', async () => {
    const { body } = await getJson(server.app, '/api/v1/org-units?kind=service');
    expect(body.orgUnits).toEqual([expect.objectContaining({ id: 'B-SERVICE' })]);
  });

  it('refuses an unknown kind, naming the parameter and the kinds there are', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/org-units?kind=department');
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid-input',
      message: 'kind: must be one of council, directorate, service or team',
    });
  });

  it('shows one unit with the units above and below it and each person once with all their roles there', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/org-units/DIR-PLACE');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'DIR-PLACE', kind: 'directorate', parentId: 'COUNCIL' });
    expect(body.ancestors).toEqual([expect.objectContaining({ id: 'COUNCIL' })]);
    expect(body.children).toEqual([expect.objectContaining({ id: 'B-SERVICE' })]);
    expect(body.people).toEqual([
      {
        id: 'P1',
        name: 'Alex Morgan',
        jobTitle: 'Strategic Director, Place',
        email: null,
        roles: ['director'],
      },
      {
        id: 'P2',
        name: 'Sam Patel',
        jobTitle: 'Performance Officer',
        email: 'sam@example.org',
        roles: ['data-owner', 'performance-officer'],
      },
    ]);
  });

  it('reads the whole chain upward for a team', async () => {
    const { body } = await getJson(server.app, '/api/v1/org-units/A-TEAM');
    expect((body.ancestors as { id: string }[]).map((u) => u.id)).toEqual([
      'COUNCIL',
      'DIR-PLACE',
      'B-SERVICE',
    ]);
    expect(body.people).toEqual([expect.objectContaining({ id: 'P2', roles: ['team-manager'] })]);
  });

  it('answers 404 naming the id when there is no such unit', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/org-units/DIR-NOWHERE');
    expect(status).toBe(404);
    expect(body.error).toEqual({
      code: 'not-found',
      message: 'There is no organisation unit with id "DIR-NOWHERE"',
    });
  });
});
