/**
 * The ward map, for administrators, at /app/maps: the shapes the wards are drawn with now (the hex
 * map or uploaded boundaries), who changed them and when, an upload of real boundaries as GeoJSON
 * with every problem in the file named, and the way back to the hex map.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { getJson, postJson, request } from '../api/client.js';
import { useSession } from '../api/queries.js';
import { TextField } from '../forms/fields.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { useWardGeometry } from './WardMap.js';
import { WardShapes } from './WardShapes.js';

interface MapVersion {
  kind: 'boundaries' | 'hex';
  fileName: string | null;
  wards: number;
  changedBy: string;
  changedAt: string;
}

const FILE = 'boundary-file';
const when = (at: string) => `${at.slice(0, 10)} at ${at.slice(11, 16)}`;

/** The server names every problem with a file in one message; shown one to a line. */
export function problemsOf(message: string): string[] {
  const colon = message.indexOf(': ');
  const list =
    /^The ward boundaries were not saved/.test(message) && colon >= 0 ? message.slice(colon + 2) : message;
  // Only where the next problem begins: a problem's own words may hold a semicolon.
  return list
    .split(/; (?=feature \d|\d+ of the council|every feature|no property|the file)/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

function useMapChanges() {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['ward-geometry'] }),
      client.invalidateQueries({ queryKey: ['ward-map-history'] }),
      client.invalidateQueries({ queryKey: ['figures', 'dashboard'] }),
    ]);
  const upload = useMutation({
    mutationFn: (file: { geojson: unknown; fileName: string; codeProperty?: string }) =>
      postJson<{ wards: number; codeProperty: string }>('/api/v1/maps/wards', file),
    onSuccess: refresh,
  });
  const toHex = useMutation({
    mutationFn: () => request('DELETE', '/api/v1/maps/wards'),
    onSuccess: refresh,
  });
  return { upload, toHex };
}

function History() {
  const history = useQuery({
    queryKey: ['ward-map-history'],
    queryFn: async () => (await getJson<{ versions: MapVersion[] }>('/api/v1/maps/wards/history')).versions,
  });
  if (history.isPending) return <Loading what="the map’s history" />;
  if (history.isError) return <Problem error={history.error} />;
  if (history.data.length === 0)
    return <p>The hex map has been used since the start: no boundaries have been uploaded.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Changes to the ward map, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((v) => (
            <tr key={v.changedAt + v.changedBy + v.kind}>
              <td>{when(v.changedAt)}</td>
              <td>{v.changedBy}</td>
              <td>
                {v.kind === 'hex'
                  ? 'Went back to the hex map'
                  : `Uploaded ${v.wards} ward boundaries${v.fileName ? ` from ${v.fileName}` : ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UploadForm() {
  const file = useRef<HTMLInputElement>(null);
  const [codeProperty, setCodeProperty] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState('');
  const { upload } = useMapChanges();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const chosen = file.current?.files?.[0];
    if (!chosen)
      return setProblems([{ field: FILE, message: 'Choose a GeoJSON file of the ward boundaries' }]);
    let geojson: unknown;
    try {
      geojson = JSON.parse(await chosen.text());
    } catch {
      return setProblems([
        { field: FILE, message: `${chosen.name} is not GeoJSON: it could not be read as JSON text` },
      ]);
    }
    setProblems([]);
    upload.mutate(
      {
        geojson,
        fileName: chosen.name,
        ...(codeProperty.trim() ? { codeProperty: codeProperty.trim() } : {}),
      },
      {
        onSuccess: (answer) =>
          setSaved(
            `Saved: ${answer.wards} wards from ${chosen.name}, their codes read from ${answer.codeProperty}. Ward maps are now drawn with these boundaries.`,
          ),
        onError: (error) =>
          setProblems(problemsOf(messageOf(error)).map((message) => ({ field: FILE, message }))),
      },
    );
  };
  const fileProblems = problems.filter((p) => p.field === FILE);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="maps-upload">
      <ErrorSummary id="maps-errors" title="The ward boundaries were not saved" problems={problems} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {saved}
      </p>
      {saved ? <p className="maps-upload__saved">{saved}</p> : null}
      <div className={`form-group${fileProblems.length > 0 ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={FILE}>
          Ward boundaries (GeoJSON)
        </label>
        <p className="hint" id={`${FILE}-hint`}>
          A FeatureCollection of polygons, one for each of the council’s wards, each with its ward code (such
          as the WD13CD field of the ONS Open Geography Portal’s files). At most 8 MB.
        </p>
        {fileProblems.length > 0 ? (
          <div className="error-message" id={`${FILE}-error`}>
            <span className="visually-hidden">Error:</span>
            <ul>
              {fileProblems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <input
          className="file-input"
          type="file"
          id={FILE}
          ref={file}
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={`${FILE}-hint${fileProblems.length > 0 ? ` ${FILE}-error` : ''}`}
        />
      </div>
      <TextField
        id="code-property"
        label="Field holding the ward code (optional)"
        hint="Leave empty to have it found: the field whose values are the council’s ward codes."
        short
        value={codeProperty}
        onChange={(e) => setCodeProperty(e.target.value)}
      />
      <button type="submit" className="button" disabled={upload.isPending}>
        Upload the boundaries
      </button>
    </form>
  );
}

export function MapsPage() {
  const session = useSession();
  const geometry = useWardGeometry(null);
  const { toHex } = useMapChanges();
  if (session.data && !session.data.account.isAdmin)
    return (
      <Page title="Ward map">
        <p>
          Only administrators may change the ward map. Every dashboard’s ward map shows the shapes in use.
        </p>
      </Page>
    );
  return (
    <Page
      title="Ward map"
      lead="The shapes the council’s wards are drawn with on every dashboard and measure page: a hex map, or real boundaries uploaded here."
    >
      <h2>The map in use</h2>
      {geometry.isPending ? <Loading what="the ward map" /> : null}
      {geometry.isError ? <Problem error={geometry.error} /> : null}
      {geometry.data ? <WardShapes geometry={geometry.data} /> : null}
      {geometry.data?.kind === 'boundaries' ? (
        <>
          <p>Going back to the hex map keeps these boundaries in the history below.</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={toHex.isPending}
            onClick={() => toHex.mutate()}
          >
            Go back to the hex map
          </button>
          {toHex.isError ? <Problem error={toHex.error} /> : null}
        </>
      ) : null}
      <h2>Upload ward boundaries</h2>
      <UploadForm />
      <h2>Changes to the map</h2>
      <History />
    </Page>
  );
}
