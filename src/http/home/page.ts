/**
 * The front page until the web application arrives: the council, its Corporate Plan and what it
 * measures, server-rendered, readable without JavaScript.
 */
import type { CouncilOverview, PlanBranch } from '../../app/council-overview.js';
import { STRATEGY_KIND_LABELS } from '../../domain/strategy.js';
import { escapeHtml as e } from './html.js';

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c;line-height:1.45}
header{background:#0b0c0c;color:#fff;padding:12px 24px}
header p{margin:0;font-weight:bold;font-size:1.2rem}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:2rem;margin:0 0 8px}
.lead{font-size:1.2rem;margin-top:0}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px}
table{border-collapse:collapse;margin:8px 0 24px}th,td{border-bottom:1px solid #b1b4b6;padding:6px 16px 6px 0;text-align:left}
td.n{text-align:right}
ul.plan{padding-left:20px}ul.plan li{margin:4px 0}.kind{color:#505a5f;font-size:.9rem}
footer{border-top:1px solid #b1b4b6;margin-top:32px;padding:16px 24px;color:#505a5f}
`;

function planList(branches: PlanBranch[]): string {
  if (branches.length === 0) return '';
  const items = branches.map(
    (b) =>
      `<li><span class="kind">${e(STRATEGY_KIND_LABELS[b.item.kind])}:</span> ${e(b.item.title)}` +
      (b.measureCount > 0
        ? ` <span class="kind">(${b.measureCount} ${b.measureCount === 1 ? 'measure' : 'measures'})</span>`
        : '') +
      planList(b.children) +
      '</li>',
  );
  return `<ul class="plan">${items.join('')}</ul>`;
}

export function renderHomePage(o: CouncilOverview): string {
  const council = o.councilName ?? 'Golden Thread';
  const body =
    o.plans.length === 0
      ? `<p class="lead">No council has been set up yet. Load the demo council with
         <code>golden-thread demo</code>, or start with <code>npm start</code>.</p>`
      : `<p class="lead">${e(o.authority ? `${o.authority.name} (${o.authority.code})` : council)}: ${o.people} people
         in ${o.directorates.length} directorates, ${o.wards} wards.</p>
         <h2>The Corporate Plan</h2>${planList(o.plans)}
         <h2>What the council measures</h2>
         <table><caption class="skip">Measures by category</caption>
           <thead><tr><th scope="col">Category</th><th scope="col">Measures</th></tr></thead>
           <tbody>${o.measuresByCategory
             .map((c) => `<tr><td>${e(c.label)}</td><td class="n">${c.count}</td></tr>`)
             .join('')}</tbody></table>
         <h2>Organisation</h2>
         <table><thead><tr><th scope="col">Directorate</th><th scope="col">Services</th><th scope="col">Teams</th></tr></thead>
           <tbody>${o.directorates
             .map(
               (d) =>
                 `<tr><td>${e(d.name)}</td><td class="n">${d.services}</td><td class="n">${d.teams}</td></tr>`,
             )
             .join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(council)} – Golden Thread</title><style>${STYLE}</style></head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><p>${e(council)}</p></header>
<main id="main"><h1>Performance: the golden thread</h1>${body}
<h2>For developers</h2><ul><li><a href="/api/docs">The API and its documentation</a></li>
<li><a href="/api/v1/measures">Measures as JSON</a></li><li><a href="/healthz">Health check</a></li></ul>
</main><footer>Golden Thread – performance management for councils.</footer></body></html>`;
}
