/**
 * Importing figures from a file: choose it and its profile, check it (a dry run that writes
 * nothing), read the preview, then import exactly what was shown, all of it or none. Progress is
 * shown while the file is sent and checked.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { useAreas, useMeasureList, useSession, useWards } from '../api/queries.js';
import { Page } from '../layout/Page.js';
import { ErrorSummary } from '../reviews/ErrorSummary.js';
import { sendImport, type ImportAnswer, type Sending } from './api.js';
import { ImportDone } from './ImportDone.js';
import { ImportForm, MAX_MIB } from './ImportForm.js';
import { Preview, type Names } from './Preview.js';
import { RecentImports } from './RecentImports.js';
import { Progress } from './Progress.js';
import './import.css';

type Stage =
  | { kind: 'choosing' }
  | { kind: 'sending'; what: 'check' | 'import'; file: File; sending: Sending }
  | { kind: 'previewed'; file: File; answer: ImportAnswer }
  | { kind: 'imported'; answer: ImportAnswer };

function useNames(): Names {
  const measures = useMeasureList();
  const wards = useWards();
  const authorities = useAreas('authority');
  return useMemo(() => {
    const titles = new Map((measures.data ?? []).map((m) => [m.id, m.title]));
    const areas = new Map([...(authorities.data ?? []), ...(wards.data ?? [])].map((a) => [a.code, a.name]));
    return {
      measure: (code) => titles.get(code) ?? '',
      area: (code) => (areas.has(code) ? `${areas.get(code)!} (${code})` : code),
    };
  }, [measures.data, wards.data, authorities.data]);
}

/**
 * The file's bytes as they are now: the import then sends exactly what was checked, even if the
 * file is edited on disk meanwhile. Null when the browser can no longer read it (changed since chosen).
 */
async function snapshotOf(file: File): Promise<File | null> {
  try {
    return new File([await file.arrayBuffer()], file.name, { type: file.type });
  } catch {
    return null;
  }
}

export function ImportPage() {
  const client = useQueryClient();
  const session = useSession();
  const names = useNames();
  const [file, setFile] = useState<File | null>(null);
  const [profile, setProfile] = useState('default');
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const [refusal, setRefusal] = useState<{ field: string | null; message: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  const send = async (what: 'check' | 'import', chosen: File, token: string | null) => {
    setRefusal(null);
    setStage({ kind: 'sending', what, file: chosen, sending: { loaded: 0, total: chosen.size } });
    try {
      const answer = await sendImport(
        { file: chosen, profile, previewToken: token, csrfToken: session.data?.csrfToken ?? null },
        (sending) => setStage({ kind: 'sending', what, file: chosen, sending }),
      );
      if (answer.committed) {
        setStage({ kind: 'imported', answer });
        void client.invalidateQueries({ queryKey: ['figures'] });
        void client.invalidateQueries({ queryKey: ['imports'] });
      } else {
        setStage({ kind: 'previewed', file: chosen, answer });
      }
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : 'The file was not checked: try again';
      // A refused import (the figures changed since the check) says so without pointing at the file field.
      const field = failure instanceof ApiError && failure.status === 409 ? null : 'import-file';
      setRefusal({ field, message });
      setStage({ kind: 'choosing' });
    }
  };

  const check = () => {
    if (!file) return setRefusal({ field: 'import-file', message: 'Choose a file of figures to check' });
    if (file.size > MAX_MIB * 1024 * 1024) {
      return setRefusal({
        field: 'import-file',
        message: `The file is larger than ${MAX_MIB} MiB, the most the web import takes: split it, or import it with the command golden-thread import`,
      });
    }
    void snapshotOf(file).then((copy) =>
      copy
        ? send('check', copy, null)
        : setRefusal({
            field: 'import-file',
            message: `${file.name} could not be read: it may have changed since you chose it. Choose it again`,
          }),
    );
  };

  const again = () => {
    setFile(null);
    setRefusal(null);
    setStage({ kind: 'choosing' });
    setFormKey((k) => k + 1);
  };

  const busy = stage.kind === 'sending';
  return (
    <Page
      title="Import figures from a file"
      lead="Check a CSV file or Excel workbook of figures first: nothing is written until you import what the check shows, and then all of it or none."
    >
      {refusal ? <ErrorSummary id="import-refused" title="There is a problem" problems={[refusal]} /> : null}
      {stage.kind === 'imported' ? (
        <ImportDone answer={stage.answer} names={names} onAnother={again} />
      ) : (
        <ImportForm
          key={formKey}
          profile={profile}
          busy={busy}
          fileError={refusal?.field === 'import-file' ? refusal.message : null}
          onFile={(chosen) => {
            setFile(chosen);
            setRefusal(null);
            if (stage.kind === 'previewed') setStage({ kind: 'choosing' });
          }}
          onProfile={(name) => {
            setProfile(name);
            if (stage.kind === 'previewed') setStage({ kind: 'choosing' });
          }}
          onCheck={check}
        />
      )}
      {stage.kind === 'sending' ? (
        <Progress what={stage.what} file={stage.file} sending={stage.sending} />
      ) : null}
      {stage.kind === 'previewed' ? (
        <Preview
          answer={stage.answer}
          names={names}
          busy={busy}
          onImport={() => void send('import', stage.file, stage.answer.previewToken)}
        />
      ) : null}
      <RecentImports />
    </Page>
  );
}
