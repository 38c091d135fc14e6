/**
 * The risk register as a 5 × 5 grid of likelihood against impact, each cell holding the number of
 * risks there and shaded by the score's band, whose word is written in the cell too.
 */
import { UserError } from '../domain/errors.js';
import { riskScore } from '../domain/risk.js';
import { baseOption, categoryAxis, plain, tooltip } from './base.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './types.js';
import { count } from './words.js';

export interface HeatMapRisk {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
}

export interface RiskHeatMapInput {
  title: string;
  risks: HeatMapRisk[];
}

export const LIKELIHOOD_WORDS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_WORDS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

/** Score bands of a 5 × 5 matrix; pale fills, so the black count reads on every one. */
const BANDS = [
  { upTo: 4, word: 'Low', fill: '#CDE8DD' },
  { upTo: 9, word: 'Medium', fill: '#F8E6A8' },
  { upTo: 15, word: 'High', fill: '#F6C39A' },
  { upTo: 25, word: 'Very high', fill: '#EBA3A8' },
] as const;

export function riskBand(score: number): (typeof BANDS)[number] {
  return BANDS.find((b) => score <= b.upTo) ?? BANDS[BANDS.length - 1]!;
}

function onScale(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

export function riskHeatMapChart(input: RiskHeatMapInput): ChartSpec {
  const grid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const risk of input.risks) {
    if (!onScale(risk.likelihood) || !onScale(risk.impact)) {
      throw new UserError(
        'invalid-input',
        `Risk ${risk.id} ("${risk.title}") has likelihood ${risk.likelihood} and impact ${risk.impact}; both must be whole numbers from 1 to 5.`,
      );
    }
    grid[risk.impact - 1]![risk.likelihood - 1]!++;
  }
  const data = grid.flatMap((row, i) =>
    row.map((n, l) => {
      const band = riskBand(riskScore(l + 1, i + 1));
      return {
        // The fourth dimension is the band, which visualMap turns into the cell's fill.
        value: [l, i, n, BANDS.indexOf(band)],
        label: { formatter: n > 0 ? `{n|${n}}\n{b|${band.word}}` : `{b|${band.word}}` },
      };
    }),
  );
  const description = describeRisks(input, grid);
  const option = baseOption(input.title, description, {
    grid: { left: 96, right: 16, top: 44, bottom: 56 },
    tooltip: tooltip('item'),
    xAxis: categoryAxis(
      LIKELIHOOD_WORDS.map((w, i) => `${i + 1} ${w}`),
      {
        name: 'Likelihood',
        nameLocation: 'middle',
        nameGap: 30,
        splitArea: { show: false },
        axisLabel: { interval: 0, fontSize: 11 },
      },
    ),
    yAxis: categoryAxis(
      IMPACT_WORDS.map((w, i) => `${i + 1} ${w}`),
      { name: 'Impact', nameLocation: 'middle', nameGap: 84, axisLabel: { interval: 0, fontSize: 11 } },
    ),
    // ECharts colours heat-map cells only through a visualMap; this one is hidden (the word is in each cell).
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 3,
      seriesIndex: 0,
      pieces: BANDS.map((b, index) => ({ value: index, label: b.word, color: b.fill })),
    },
    series: [
      {
        name: 'Risks',
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#FFFFFF', borderWidth: 2 },
        label: {
          show: true,
          color: PALETTE.text,
          rich: {
            n: { fontSize: 18, fontWeight: 'bold', lineHeight: 22 },
            b: { fontSize: 10, color: PALETTE.text },
          },
        },
      },
    ],
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: `${input.title}: number of risks by impact (rows) and likelihood (columns)`,
      columns: ['Impact', ...LIKELIHOOD_WORDS.map((w, i) => `${i + 1} ${w}`)],
      rows: [4, 3, 2, 1, 0].map((i) => [`${i + 1} ${IMPACT_WORDS[i]}`, ...grid[i]!]),
    },
  };
}

function describeRisks(input: RiskHeatMapInput, grid: number[][]): string {
  if (input.risks.length === 0) return `${input.title}: no risks.`;
  const byBand = BANDS.map((b) => ({
    word: b.word.toLowerCase(),
    n: input.risks.filter((r) => riskBand(riskScore(r.likelihood, r.impact)) === b).length,
  })).filter((b) => b.n > 0);
  let top = { n: 0, l: 0, i: 0 };
  grid.forEach((row, i) => row.forEach((n, l) => (n > top.n ? (top = { n, l, i }) : null)));
  return (
    `${input.title}: ${count(input.risks.length, 'risk')} by likelihood and impact; ` +
    `${byBand.map((b) => `${b.n} ${b.word}`).join(', ')}. ` +
    `Most in one cell: ${top.n} with likelihood ${top.l + 1} (${LIKELIHOOD_WORDS[top.l]}) and impact ${top.i + 1} (${IMPACT_WORDS[top.i]}).`
  );
}
