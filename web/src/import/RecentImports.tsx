/** The last imports this person may see (everyone's for the performance team), newest first. */
import { useRecentImports } from './api.js';

export function RecentImports() {
  const imports = useRecentImports();
  const list = imports.data ?? [];
  return (
    <section aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title">Recent imports</h2>
      {imports.isPending ? <p className="loading">Loading recent imports…</p> : null}
      {imports.data && list.length === 0 ? <p>No files have been imported yet.</p> : null}
      {list.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="recent-imports-title" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Recent imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">By</th>
                <th scope="col" className="num">
                  New
                </th>
                <th scope="col" className="num">
                  Changed
                </th>
                <th scope="col" className="num">
                  Unchanged
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((i) => (
                <tr key={i.id}>
                  <td>
                    {new Date(i.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                  <td>
                    {i.fileName} <span className="muted">({i.profile})</span>
                  </td>
                  <td>{i.by}</td>
                  <td className="num">{i.created.toLocaleString('en-GB')}</td>
                  <td className="num">{i.changed.toLocaleString('en-GB')}</td>
                  <td className="num">{i.unchanged.toLocaleString('en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
