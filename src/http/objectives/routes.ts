/**
 * Individual objectives set at appraisal, with progress and the thread upward ("how my work
 * contributes"): one's own, or a member of staff's for their manager.
 */
import type { FastifyRequest } from 'fastify';
import { objectivesOf, recordObjectiveUpdate, setObjective } from '../../app/pdrr/index.js';
import { UserError } from '../../domain/errors.js';
import type { IndividualObjective } from '../../domain/pdrr/objectives.js';
import { listPeople } from '../../store/organisation.js';
import { listStrategyItems } from '../../store/strategy.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf } from '../auth/viewer.js';
import { pdrrScope } from '../actions/routes.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { objectivePolicy } from './policy.js';
import {
  NewObjectiveSchema,
  ObjectiveParams,
  ObjectiveProgressBody,
  PersonObjectivesSchema,
  PersonParams,
} from './schema.js';

const objectiveJson = (o: IndividualObjective) => ({
  id: o.item.id,
  title: o.item.title,
  description: o.item.description,
  parentId: o.item.parentId,
  orgUnitId: o.item.orgUnitId,
  startDate: o.item.startDate,
  endDate: o.item.endDate,
  appraisalDate: o.appraisalDate,
  successMeasure: o.successMeasure,
  percentComplete: o.percentComplete,
  progress: o.progress,
  thread: o.thread,
});

export const objectiveRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function objectiveRoutes(app, { store }) {
    const change = (request: FastifyRequest) => ({
      by: actorOf(request),
      at: settings.clock().toISOString(),
    });
    const tags = ['plan-do-review-revise'];

    async function personObjectives(request: FastifyRequest, personId: string | null) {
      const scope = await pdrrScope(request, store);
      const person =
        personId === null ? undefined : (await listPeople(store.db)).find((p) => p.id === personId);
      if (!person) {
        throw new UserError(
          'not-found',
          personId === null
            ? 'Your account is not linked to a person in the organisation, so it has no objectives'
            : `There is no person with id "${personId}" whose objectives you may see`,
        );
      }
      const objectives = (await objectivesOf(store, person.id)).filter((o) =>
        objectivePolicy.read(scope, o.item),
      );
      if (objectives.length === 0 && person.id !== scope.personId && !objectivePolicy.set(scope, null))
        throw new UserError(
          'not-found',
          `There is no person with id "${personId}" whose objectives you may see`,
        );
      return {
        person: { id: person.id, name: person.name, jobTitle: person.jobTitle },
        objectives: objectives.map(objectiveJson),
      };
    }

    app.get(
      '/objectives/mine',
      {
        config: { access: 'user', tokenScope: 'objectives' },
        schema: {
          tags,
          summary:
            'My objectives from appraisal, with progress and how each contributes to the Corporate Plan',
          response: {
            200: described('The objectives', PersonObjectivesSchema),
            ...errorResponses(401, 403, 404),
          },
        },
      },
      async (request) => personObjectives(request, (await pdrrScope(request, store)).personId),
    );

    app.get(
      '/people/:id/objectives',
      {
        config: { access: 'user', tokenScope: 'objectives' },
        schema: {
          tags,
          summary: 'A member of staff’s objectives, for them and their managers',
          params: PersonParams,
          response: {
            200: described('The objectives', PersonObjectivesSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => personObjectives(request, request.params.id),
    );

    app.post(
      '/objectives',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Set an individual objective at appraisal, linked to a team, service or project plan',
          body: NewObjectiveSchema,
          response: {
            201: described('The person’s objectives', PersonObjectivesSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        const parent = (await listStrategyItems(store.db)).find((i) => i.id === request.body.parentId);
        if (!parent)
          throw new UserError(
            'invalid-input',
            `parentId: there is no strategy item with id "${request.body.parentId}"`,
          );
        if (!objectivePolicy.set(scope, parent.orgUnitId))
          throw new UserError(
            'forbidden',
            'Objectives are set by managers over the person’s unit, at appraisal',
          );
        await setObjective(store, request.body);
        return reply.status(201).send(await personObjectives(request, request.body.personId));
      },
    );

    app.post(
      '/objectives/:id/progress',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Record progress on an individual objective (kept as history)',
          params: ObjectiveParams,
          body: ObjectiveProgressBody,
          response: {
            201: described('The person’s objectives', PersonObjectivesSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        const item = (await listStrategyItems(store.db)).find(
          (i) => i.id === request.params.id && i.kind === 'individual-objective',
        );
        if (!item || !objectivePolicy.read(scope, item))
          throw new UserError('not-found', `There is no individual objective with id "${request.params.id}"`);
        if (!objectivePolicy.recordProgress(scope, item))
          throw new UserError('forbidden', 'Progress is recorded by the person or their managers');
        await recordObjectiveUpdate(store, item.id, request.body, change(request));
        return reply.status(201).send(await personObjectives(request, item.ownerId));
      },
    );
  };
