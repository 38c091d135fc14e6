/** A card with nothing in it yet: each kind of card fills in its own parts. */
import type { Card } from '../../domain/dashboards/card.js';
import type { CardData } from './types.js';

export const blank = (card: Card, title: string): CardData => ({
  cardId: card.id,
  kind: card.kind,
  title,
  measureId: card.measureId,
  notice: null,
  headline: null,
  chart: null,
  wards: null,
  actions: null,
});
