/**
 * A one-page picture of a report for the public and staff: how many measures are on target, the
 * status of each measure under each heading as a row of shapes (shape and colour both carry the
 * status, with a key), and the status counts chart. `renderInfographicPng` (infographic-png.ts)
 * rasterises this same SVG; Roboto in the font list is what it draws with.
 */
import { renderChartSvg } from '../charts/render-svg.js';
import { shapeSvg } from '../charts/shapes.js';
import { statusCountsChart } from '../charts/status-counts.js';
import { RAG_LABELS, type RagStatus } from '../domain/status/labels.js';
import type { ReportDocument, StatusTag } from './document.js';
import { ragTag } from './tags.js';

/** The infographic's own width in pixels. */
export const INFOGRAPHIC_WIDTH = 800;
const WIDTH = INFOGRAPHIC_WIDTH;
const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shape(tag: StatusTag, x: number, y: number, size: number): string {
  return shapeSvg(tag.shape, tag.colour, x, y, size);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The infographic for a report document, as a standalone SVG with a title and description. */
export function renderInfographic(doc: ReportDocument): string {
  const statusOf = (row: ReportDocument['data']['rows'][number]) => {
    const cell = row[9];
    return cell?.kind === 'status' ? (cell.tag.key as RagStatus) : null;
  };
  const counts: Partial<Record<RagStatus, number>> = {};
  const groups = new Map<string, RagStatus[]>();
  for (const row of doc.data.rows) {
    const s = statusOf(row);
    if (s === null) continue;
    counts[s] = (counts[s] ?? 0) + 1;
    const g = row[0]?.text ?? '';
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  const total = doc.data.rows.length;
  const parts: string[] = [];
  parts.push(`<rect width="${WIDTH}" height="100%" fill="#ffffff"/>`);
  parts.push(`<rect width="${WIDTH}" height="120" fill="#1d70b8"/>`);
  parts.push(`<text x="32" y="44" font-size="18" font-weight="bold" fill="#fff">${esc(doc.council)}</text>`);
  parts.push(
    `<text x="32" y="82" font-size="30" font-weight="bold" fill="#fff">How we did: ${esc(doc.periodLabel)}</text>`,
  );
  parts.push(`<text x="32" y="108" font-size="14" fill="#fff">${esc(clip(doc.subtitle, 95))}</text>`);
  const tiles: [RagStatus, string][] = [
    ['green', 'on target'],
    ['amber', 'close to target'],
    ['red', 'off target'],
  ];
  parts.push(
    `<text x="32" y="170" font-size="22" font-weight="bold" fill="#0b0c0c">${total} measures</text>`,
  );
  tiles.forEach(([s, words], i) => {
    const x = 32 + i * 250;
    const tag = ragTag(s);
    parts.push(
      `<rect x="${x}" y="190" width="230" height="96" fill="#f3f2f1"/><rect x="${x}" y="190" width="230" height="6" fill="${tag.colour}"/>`,
    );
    parts.push(shape(tag, x + 16, 214, 22));
    parts.push(
      `<text x="${x + 50}" y="234" font-size="34" font-weight="bold" fill="#0b0c0c">${counts[s] ?? 0}</text>`,
    );
    parts.push(
      `<text x="${x + 16}" y="270" font-size="15" fill="#0b0c0c">${RAG_LABELS[s].word}: ${words}</text>`,
    );
  });
  let y = 330;
  parts.push(
    `<text x="32" y="${y}" font-size="20" font-weight="bold" fill="#0b0c0c">Each measure, by objective</text>`,
  );
  y += 14;
  for (const [group, statuses] of groups) {
    y += 30;
    parts.push(`<text x="32" y="${y}" font-size="13" fill="#0b0c0c">${esc(clip(group, 62))}</text>`);
    statuses.forEach((s, i) =>
      parts.push(shape(ragTag(s), 470 + (i % 16) * 19, y - 13 + Math.floor(i / 16) * 19, 15)),
    );
    y += Math.floor((statuses.length - 1) / 16) * 19;
  }
  y += 30;
  const key = (['green', 'amber', 'red', 'overdue', 'no-data', 'no-target', 'neutral'] as const).filter(
    (s) => (counts[s] ?? 0) > 0,
  );
  key.forEach((s, i) => {
    const x = 32 + (i % 3) * 250;
    const ky = y + Math.floor(i / 3) * 24;
    parts.push(shape(ragTag(s), x, ky - 12, 14));
    parts.push(
      `<text x="${x + 20}" y="${ky}" font-size="12" fill="#0b0c0c">${esc(clip(`${RAG_LABELS[s].word}: ${RAG_LABELS[s].description}`, 36))}</text>`,
    );
  });
  y += Math.ceil(key.length / 3) * 24 + 10;
  const chart = statusCountsChart({ title: `Measures by status, ${doc.periodLabel}`, counts });
  const chartSvg = renderChartSvg(chart, { width: WIDTH - 64, height: 260 }).replace(
    /^<svg\b/,
    `<svg x="32" y="${y}"`,
  );
  parts.push(chartSvg);
  y += 280;
  const footer = doc.approvedOnly
    ? 'Figures approved for publication.'
    : 'Includes provisional figures, which may change.';
  parts.push(
    `<text x="32" y="${y}" font-size="12" fill="#505a5f">${esc(`${footer} ${doc.cover.lines[2] ?? ''}. ${doc.title}.`)}</text>`,
  );
  const height = y + 30;
  const description = `${total} measures as at ${doc.periodLabel}: ${counts.green ?? 0} on target, ${counts.amber ?? 0} close to target, ${counts.red ?? 0} off target.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" font-family="Arial, Helvetica, Roboto, sans-serif">` +
    `<title>${esc(`${doc.council}: how we did, ${doc.periodLabel}`)}</title><desc>${esc(description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
