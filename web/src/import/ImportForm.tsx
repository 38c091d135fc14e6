/**
 * Choosing the file and the profile that reads it. The chosen file stays in the page, so the
 * import sends exactly the file that was checked.
 */
import type { FormEvent } from 'react';
import { useImportProfiles } from './api.js';

export const MAX_MIB = 20;

export function ImportForm({
  profile,
  busy,
  fileError,
  onFile,
  onProfile,
  onCheck,
}: {
  profile: string;
  busy: boolean;
  fileError: string | null;
  onFile: (file: File | null) => void;
  onProfile: (profile: string) => void;
  onCheck: () => void;
}) {
  const profiles = useImportProfiles();
  const chosen = profiles.data?.find((p) => p.name === profile);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className={`form-group ${fileError ? 'import-field--error' : ''}`}>
        <label className="label" htmlFor="import-file">
          File of figures
        </label>
        <span className="hint" id="import-file-hint">
          A CSV file (.csv, .tsv or .txt) or an Excel workbook (.xlsx), at most {MAX_MIB} MiB. With the
          default profile its columns are measure, period, area_code and value (numerator, denominator,
          status, note and source may follow), as the values export writes them.
        </span>
        {fileError ? (
          <p className="import-error-message" id="import-file-error">
            <span className="visually-hidden">Error:</span> {fileError}
          </p>
        ) : null}
        <input
          className="file-input"
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          // Cleared as the chooser opens, so choosing the same file again (once fixed) is a change.
          onClick={(e) => {
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="import-profile">
          Import profile
        </label>
        <span className="hint" id="import-profile-hint">
          How the file’s columns are read. {chosen ? chosen.description : ''}
        </span>
        <select
          className="select"
          id="import-profile"
          value={profile}
          aria-describedby="import-profile-hint"
          onChange={(e) => onProfile(e.target.value)}
        >
          {(profiles.data ?? [{ name: 'default', description: '', builtIn: true }]).map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.builtIn ? '' : ' (saved by the council)'}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy}>
        Check the file
      </button>
    </form>
  );
}
