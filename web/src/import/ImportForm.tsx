/**
 * Choosing the file and the profile that reads it. The chosen file stays in the page, so the
 * import sends exactly the file that was checked.
 */
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../forms/fields.js';
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
      <TextField
        id="import-file"
        label="File of figures"
        hint={
          <>
            A CSV file (.csv, .tsv or .txt) or an Excel workbook (.xlsx), at most {MAX_MIB} MiB. With the
            default profile its columns are measure, period, area_code and value (numerator, denominator,
            status, note and source may follow), as the values export writes them.
          </>
        }
        error={fileError}
        className="file-input"
        name="file"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        // Cleared as the chooser opens, so choosing the same file again (once fixed) is a change.
        onClick={(e) => {
          e.currentTarget.value = '';
        }}
      />
      <SelectField
        id="import-profile"
        label="Import profile"
        hint={`How the file’s columns are read. ${chosen ? chosen.description : ''}`}
        value={profile}
        choices={(profiles.data ?? [{ name: 'default', description: '', builtIn: true }]).map((p) => ({
          value: p.name,
          text: `${p.name}${p.builtIn ? '' : ' (saved by the council)'}`,
        }))}
        onChange={(e) => onProfile(e.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        Check the file
      </button>
    </form>
  );
}
