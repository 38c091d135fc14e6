/** The front page's styles, served as /assets/home.css so the Content-Security-Policy needs no inline style. */
export const HOME_CSS = `body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c;line-height:1.45}
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

export const HOME_CSS_PATH = '/assets/home.css';
