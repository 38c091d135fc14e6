/**
 * The report as one accessible HTML page: semantic headings, tables with captions and header
 * cells, each status as a shape and a word, and charts as inline SVG with a text alternative and
 * their figures in a table. It prints as a paper (page breaks where sections start).
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderChartSvg } from '../../charts/render-svg.js';
import type { Block, Cell, ReportDocument, Section } from '../document.js';
import { REPORT_CSS } from './html-style.js';
import { TagShape } from './shape-svg.js';

function CellView({ cell }: { cell: Cell }): ReactElement {
  if (cell.kind === 'status')
    return (
      <span className="tag" style={{ color: cell.tag.colour }} title={cell.tag.description}>
        <TagShape tag={cell.tag} /> <span className="tag-word">{cell.text}</span>
      </span>
    );
  if (cell.kind === 'text' && cell.strong) return <strong>{cell.text}</strong>;
  return <>{cell.text}</>;
}

function BlockView({ block }: { block: Block }): ReactElement | null {
  switch (block.kind) {
    case 'heading': {
      const H = `h${block.level}` as 'h2' | 'h3' | 'h4';
      return <H id={block.id}>{block.text}</H>;
    }
    case 'paragraph':
      return <p className={`p-${block.style ?? 'normal'}`}>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      if (block.rows.length === 0) return <p className="p-note">{block.emptyText ?? 'Nothing to show.'}</p>;
      return (
        <table>
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} scope="col" className={c.align === 'right' ? 'num' : undefined}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      <CellView cell={cell} />
                    </th>
                  ) : (
                    <td key={i} className={block.columns[i]?.align === 'right' ? 'num' : undefined}>
                      <CellView cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'facts':
      return (
        <dl className="facts">
          {block.items.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>
                <CellView cell={f.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'tiles':
      return (
        <ul className="tiles">
          {block.items.map((t, i) => (
            <li key={i} style={t.tag ? { borderTopColor: t.tag.colour } : undefined}>
              <span className="tile-value">{t.value}</span>
              <span className="tile-label">
                {t.tag ? (
                  <>
                    <TagShape tag={t.tag} /> {t.tag.word}:{' '}
                  </>
                ) : null}
                {t.label}
              </span>
            </li>
          ))}
        </ul>
      );
    case 'chart': {
      const svg = renderChartSvg(block.spec, { width: block.width, height: block.height });
      const t = block.spec.table;
      return (
        <figure className="chart">
          <div dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption>{block.spec.description}</figcaption>
          <details>
            <summary>The figures in this chart</summary>
            <table>
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  {t.columns.map((c, i) => (
                    <th key={i} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((v, i) => (
                      <td key={i}>{v ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      );
    }
    case 'pageBreak':
      return <hr className="page-break" />;
  }
}

function SectionView({ section }: { section: Section }): ReactElement {
  return (
    <section
      id={section.id}
      className={section.newPage ? 'new-page' : undefined}
      aria-labelledby={`${section.id}-title`}
    >
      <h2 id={`${section.id}-title`}>{section.title}</h2>
      {section.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </section>
  );
}

export function ReportPage({ doc }: { doc: ReportDocument }): ReactElement {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.title}: ${doc.periodLabel} – ${doc.council}`}</title>
        <style>{REPORT_CSS}</style>
      </head>
      <body>
        <header className="cover">
          <p className="council">{doc.council}</p>
          <h1>{doc.title}</h1>
          <p className="period">{doc.periodLabel}</p>
          <p className="subtitle">{doc.subtitle}</p>
          <p>Produced on {doc.cover.lines[2]?.replace(/^Produced on /, '')}</p>
          {doc.cover.notice ? <p className="notice">{doc.cover.notice}</p> : null}
        </header>
        <nav aria-labelledby="contents-title" className="contents">
          <h2 id="contents-title">Contents</h2>
          <ol>
            {doc.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <main>
          {doc.sections.map((s) => (
            <SectionView key={s.id} section={s} />
          ))}
        </main>
      </body>
    </html>
  );
}

export function renderHtml(doc: ReportDocument): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<ReportPage doc={doc} />)}`;
}
