/**
 * The front page until the web application arrives: the council, its Corporate Plan and what it
 * measures, server-rendered, readable without JavaScript.
 */
import type { CouncilOverview, PlanBranch } from '../../app/council-overview.js';
import { STRATEGY_KIND_LABELS } from '../../domain/strategy.js';
import { escapeHtml as e } from './html.js';
import { HOME_CSS_PATH } from './style.js';

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
<title>${e(council)} – Golden Thread</title><link rel="stylesheet" href="${HOME_CSS_PATH}"></head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><p>${e(council)}</p></header>
<main id="main"><h1>Performance: the golden thread</h1>${body}
<h2>For developers</h2><ul><li><a href="/api/docs">The API and its documentation</a></li>
<li><a href="/api/v1/measures">Measures as JSON</a></li><li><a href="/healthz">Health check</a></li></ul>
</main><footer>Golden Thread – performance management for councils.</footer></body></html>`;
}
