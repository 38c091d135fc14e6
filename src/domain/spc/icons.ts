/**
 * What the variation and assurance icons of NHS England's "Making Data Count" guidance mean, as
 * data for the web, the reports and their text alternatives. Every icon carries a letter as well
 * as a colour, so that colour is never the only carrier:
 *
 * - variation: grey for common cause; blue for improvement and orange for concern, with H or L for
 *   whether the figures are significantly higher or lower; purple H or L where neither is better;
 * - assurance: blue P (consistently passing), orange F (consistently failing), grey ? (hit and miss).
 *
 * Which letter an improvement or concern icon shows depends on the improvement direction: an
 * improvement is H when higher is better and L when lower is better.
 */
import type { Assurance, ImprovementDirection, Variation } from './types.js';

export type IconColour = 'blue' | 'orange' | 'grey' | 'purple';
export type IconLetter = 'H' | 'L' | 'P' | 'F' | '?';

export interface SpcIconMeaning {
  label: string;
  description: string;
  colour: IconColour;
  /** The letter shown, by improvement direction; null where the icon has none (common cause's flat line). */
  letter: Record<ImprovementDirection, IconLetter | null>;
}

/** The meaning of one icon once the improvement direction is known. */
export interface SpcIcon {
  label: string;
  description: string;
  colour: IconColour;
  letter: IconLetter | null;
}

const same = (letter: IconLetter | null): Record<ImprovementDirection, IconLetter | null> => ({
  increase: letter,
  decrease: letter,
  neutral: letter,
});

export const SPC_ICONS: {
  variation: Record<Variation, SpcIconMeaning>;
  assurance: Record<Assurance, SpcIconMeaning>;
} = {
  variation: {
    common_cause: {
      label: 'Common cause variation',
      description: 'No significant change: the figures move only as much as this process usually does.',
      colour: 'grey',
      letter: same(null),
    },
    special_cause_improvement: {
      label: 'Special cause variation: improvement',
      description:
        'A significant change for the better: the latest figures show a pattern that usual variation would rarely produce, in the good direction.',
      colour: 'blue',
      letter: { increase: 'H', decrease: 'L', neutral: null },
    },
    special_cause_concern: {
      label: 'Special cause variation: concern',
      description:
        'A significant change for the worse: the latest figures show a pattern that usual variation would rarely produce, in the wrong direction. Its cause should be found.',
      colour: 'orange',
      letter: { increase: 'L', decrease: 'H', neutral: null },
    },
    special_cause_neutral_high: {
      label: 'Special cause variation: higher',
      description:
        'The figures are significantly higher than usual. For this measure higher is neither better nor worse.',
      colour: 'purple',
      letter: same('H'),
    },
    special_cause_neutral_low: {
      label: 'Special cause variation: lower',
      description:
        'The figures are significantly lower than usual. For this measure lower is neither better nor worse.',
      colour: 'purple',
      letter: same('L'),
    },
  },
  assurance: {
    consistently_passing: {
      label: 'Consistently passing the target',
      description:
        'Every figure this process usually produces meets the target: it can be relied on to pass unless the process changes.',
      colour: 'blue',
      letter: same('P'),
    },
    consistently_failing: {
      label: 'Consistently failing the target',
      description:
        'No figure this process usually produces meets the target: it will keep failing until the process itself is changed.',
      colour: 'orange',
      letter: same('F'),
    },
    hit_and_miss: {
      label: 'Hit and miss',
      description:
        'The target lies within the range this process usually produces: it will meet the target some periods and miss it in others, by chance alone.',
      colour: 'grey',
      letter: same('?'),
    },
  },
};

export function variationIcon(variation: Variation, improvement: ImprovementDirection): SpcIcon {
  const meaning = SPC_ICONS.variation[variation];
  return { ...meaning, letter: meaning.letter[improvement] };
}

export function assuranceIcon(assurance: Assurance): SpcIcon {
  const meaning = SPC_ICONS.assurance[assurance];
  return { ...meaning, letter: meaning.letter.increase };
}
