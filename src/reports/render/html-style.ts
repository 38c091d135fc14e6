/** The HTML report's stylesheet: GOV.UK Frontend's type scale and colours, with print rules. */
export const REPORT_CSS = `
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;line-height:1.4;font-size:1rem}
h1{font-size:2.25rem;margin:.5rem 0}h2{font-size:1.6rem;margin:2rem 0 .75rem;border-bottom:2px solid #0b0c0c;padding-bottom:.25rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}h4{font-size:1.1rem;margin:1.5rem 0 .4rem;padding-top:.5rem;border-top:1px solid #b1b4b6}
.cover{border-left:10px solid #1d70b8;padding:1rem 1.5rem;margin:1rem 0 2rem}.cover .council{font-weight:bold;font-size:1.2rem;margin:0}
.cover .period{font-size:1.6rem;margin:.25rem 0}.cover .notice{font-weight:bold}
.contents ol{padding-left:1.5rem}.contents a{color:#1d70b8}
.p-lead{font-size:1.1rem}.p-note{color:#505a5f}.p-label{font-weight:bold;margin-bottom:.25rem}.p-warning{border-left:5px solid #c0182f;padding-left:.75rem;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:.9rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .4rem;text-align:left;vertical-align:top}thead th{border-bottom:2px solid #0b0c0c}
tbody th{font-weight:normal}.num{text-align:right}
.tag{font-weight:bold;white-space:nowrap}.tag-word{color:#0b0c0c}.tag-shape{vertical-align:-1px}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.25rem 1rem;margin:.5rem 0}
.facts div{border-bottom:1px solid #e5e6e7;padding:.2rem 0}.facts dt{font-size:.85rem;color:#505a5f}.facts dd{margin:0}
.tiles{display:flex;gap:1rem;list-style:none;padding:0;flex-wrap:wrap}.tiles li{border-top:6px solid #505a5f;background:#f3f2f1;padding:.5rem 1rem;min-width:9rem}
.tile-value{display:block;font-size:2.2rem;font-weight:bold}.tile-label{font-size:.9rem}
.chart{margin:.5rem 0 1rem}.chart svg{max-width:100%;height:auto}.chart figcaption{font-size:.85rem;color:#505a5f}
hr.page-break{border:0;margin:0}details summary{cursor:pointer;color:#1d70b8;font-size:.9rem}
@media print{body{max-width:none;font-size:10pt}hr.page-break{break-after:page}.new-page{break-before:page}h4{break-after:avoid}table,figure,.facts{break-inside:avoid}details{display:none}a{color:inherit}}
`;
