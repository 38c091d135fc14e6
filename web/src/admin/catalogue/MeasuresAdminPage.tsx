/** Every measure in the catalogue, retired ones too, with a search; each links to its form. */
import { Link, useSearchParams } from 'react-router';
import { TextField } from '../../forms/fields.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { useCatalogue } from './api.js';
import { categoryWords, FREQUENCY_WORDS } from './words.js';
import './admin.css';

export function MeasuresAdminPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const catalogue = useCatalogue();
  const words = q.trim().toLowerCase();
  const shown = (catalogue.data ?? []).filter(
    (m) => words === '' || `${m.id} ${m.title}`.toLowerCase().includes(words),
  );
  return (
    <Page
      title="Measures"
      lead="Define measures, change how they are reported, set their targets and retire them."
    >
      <p>
        <Link to="/app/admin">Administration</Link>
      </p>
      <Link className="button" to="/app/admin/measures/new">
        New measure
      </Link>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="measure-search"
          label="Search by code or title"
          type="search"
          value={q}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </form>
      {catalogue.isPending ? <Loading what="the measures" /> : null}
      {catalogue.error ? <Problem error={catalogue.error} /> : null}
      {catalogue.data ? (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {shown.length} of {catalogue.data.length} measures{words ? ` matching “${q.trim()}”` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Category</th>
                <th scope="col">Reported</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/app/admin/measures/${encodeURIComponent(m.id)}`}>{m.id}</Link>
                  </td>
                  <td>{m.title}</td>
                  <td>{categoryWords(m.category)}</td>
                  <td>{FREQUENCY_WORDS[m.frequency] ?? m.frequency}</td>
                  <td>{m.state === 'retired' ? <span className="tag--retired">Retired</span> : 'In use'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
