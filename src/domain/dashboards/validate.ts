/**
 * Checks a dashboard someone has edited before it is saved: every card says what it needs and
 * names only things that exist. Problems come back as sentences naming the card, all at once, so
 * that an editor can put them all right in one go.
 */
import type { Measure } from '../measure.js';
import {
  AREA_CARD_KINDS,
  CARD_KIND_LABELS,
  MAX_CARDS,
  MAX_TITLE_LENGTH,
  MEASURE_CARD_KINDS,
  WARD_CARD_KINDS,
  type Card,
  type Dashboard,
} from './card.js';
import { layoutProblems } from './layout.js';

export interface DashboardContext {
  /** The measures the editor may see, by code: a card may not name one they cannot. */
  measures: ReadonlyMap<string, Measure>;
  wardCodes: ReadonlySet<string>;
  strategyItemIds: ReadonlySet<string>;
}

function cardProblems(card: Card, context: DashboardContext): string[] {
  const where = `card "${card.id}" (${CARD_KIND_LABELS[card.kind]})`;
  const problems: string[] = [];
  if (card.title !== null && (card.title.trim() === '' || card.title.length > MAX_TITLE_LENGTH))
    problems.push(
      `${where}: a title must be 1 to ${MAX_TITLE_LENGTH} characters, or null for the measure's title`,
    );
  if (MEASURE_CARD_KINDS.has(card.kind)) {
    const measure = card.measureId === null ? undefined : context.measures.get(card.measureId);
    if (card.measureId === null) problems.push(`${where}: needs a measure code`);
    else if (!measure) problems.push(`${where}: there is no measure with code "${card.measureId}"`);
    else if (WARD_CARD_KINDS.has(card.kind) && !measure.byWard)
      problems.push(
        `${where}: measure "${measure.id}" has no figures by ward; choose a measure broken down by ward`,
      );
    if (card.strategyItemId !== null) problems.push(`${where}: a measure card takes no strategy item`);
  } else {
    if (card.measureId !== null)
      problems.push(`${where}: takes no measure; it counts the dashboard's measures`);
    if (card.strategyItemId !== null && !context.strategyItemIds.has(card.strategyItemId))
      problems.push(`${where}: there is no strategy item with id "${card.strategyItemId}"`);
  }
  if (card.areaCode !== null) {
    if (!AREA_CARD_KINDS.has(card.kind))
      problems.push(`${where}: takes no ward; it shows every ward or the authority`);
    else if (!context.wardCodes.has(card.areaCode))
      problems.push(`${where}: "${card.areaCode}" is not one of the council's wards`);
    else if (card.measureId !== null && context.measures.get(card.measureId)?.byWard === false)
      problems.push(
        `${where}: measure "${card.measureId}" has no figures by ward, so it cannot show one ward`,
      );
  }
  return problems;
}

export function dashboardProblems(dashboard: Dashboard, context: DashboardContext): string[] {
  const problems: string[] = [];
  if (dashboard.title.trim() === '' || dashboard.title.length > MAX_TITLE_LENGTH)
    problems.push(`title: must be 1 to ${MAX_TITLE_LENGTH} characters`);
  if (dashboard.cards.length > MAX_CARDS)
    problems.push(
      `cards: a dashboard holds at most ${MAX_CARDS} cards, not ${dashboard.cards.length}; split it in two`,
    );
  const seen = new Set<string>();
  for (const card of dashboard.cards) {
    if (seen.has(card.id)) problems.push(`card "${card.id}": two cards have this id; each needs its own`);
    seen.add(card.id);
    problems.push(...cardProblems(card, context));
  }
  problems.push(...layoutProblems(dashboard.cards));
  return problems;
}
