/**
 * The public site's styles: GOV.UK Frontend's compiled CSS with its typeface taken out (GDS
 * Transport is licensed to GOV.UK alone, so councils use Arial, as the Design System advises for
 * non-GOV.UK services), and the council's own additions. Both are served as files, so the
 * Content-Security-Policy needs no inline style.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

function govukCss(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css');
  return readFileSync(file, 'utf8')
    .replace(/@font-face\{[^}]*\}/g, '')
    .replaceAll('font-family:GDS Transport,arial,sans-serif', 'font-family:arial,sans-serif')
    .replaceAll('font-family:GDS Transport', 'font-family:arial')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}

const SITE_CSS = `
.gt-header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;font-family:arial,sans-serif}
.gt-header__container{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 20px;padding:14px 0 12px}
.gt-header__council{font-weight:700;font-size:1.5rem;line-height:1.2}
.gt-header__service{font-size:1.1875rem;color:#fff}
.gt-nav{background:#f3f2f1;border-bottom:1px solid #b1b4b6}
.gt-nav__list{list-style:none;display:flex;flex-wrap:wrap;gap:0 24px;padding:10px 0;margin-top:0;margin-bottom:0}
.gt-nav__list li{font-size:1.1875rem;line-height:1.6}
.gt-nav__list .govuk-link{font-weight:700}
.gt-table-wrap{overflow-x:auto;margin-bottom:20px;position:relative}
code{overflow-wrap:anywhere}
.gt-table-wrap:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.gt-table-wrap .govuk-table{margin-bottom:10px}
.gt-nowrap{white-space:nowrap}
.gt-period{display:block;font-weight:400;font-size:1rem;color:#484949;margin-top:4px}
@media (max-width:40.0525em){.gt-table-wrap .govuk-table{font-size:1rem}.gt-table-wrap .govuk-table__header,.gt-table-wrap .govuk-table__cell{padding-right:12px}}
.gt-rag{white-space:nowrap;font-weight:700;max-width:none}
.gt-rag--green{background:#cce2d8;color:#005a30}
.gt-rag--amber{background:#fff7bf;color:#594d00}
.gt-rag--red{background:#f4cdc6;color:#942514}
.gt-rag--overdue{background:#fcd6c3;color:#6e3619}
.gt-rag--no-target,.gt-rag--no-data,.gt-rag--neutral{background:#e5e6e7;color:#383f43}
.gt-measure-list li{margin-bottom:10px}
.gt-plan-item{border-left:4px solid #b1b4b6;padding-left:15px;margin-bottom:25px}
.gt-plan-item .gt-plan-item{margin-top:15px}
.gt-secondary{color:#484949}
.gt-highlight th,.gt-highlight td{background:#f3f2f1;font-weight:700}
.gt-columns{columns:2 16em}
.gt-search__row{display:flex;gap:0}
.gt-search__row .govuk-input{max-width:30em}
.gt-search__button{margin-bottom:0;margin-left:8px;width:auto}
.gt-results li{margin-bottom:20px}
.gt-downloads{margin-top:-10px}
.gt-chart img{max-width:100%;height:auto;display:block;margin-bottom:15px}
.gt-footer__licence{margin-top:15px}
.govuk-table__caption--s,.govuk-table__caption--m{text-align:left}
`;

export interface Asset {
  type: string;
  body: string;
  etag: string;
}

function asset(type: string, body: string): Asset {
  return { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

let loaded: Map<string, Asset> | null = null;

/** The assets by file name, read once. */
export function publicAssets(): ReadonlyMap<string, Asset> {
  loaded ??= new Map([
    ['govuk-frontend.css', asset('text/css; charset=utf-8', govukCss())],
    ['site.css', asset('text/css; charset=utf-8', SITE_CSS)],
  ]);
  return loaded;
}
