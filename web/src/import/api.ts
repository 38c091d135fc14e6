/**
 * The import API as the import page uses it: the file is sent as a form with XMLHttpRequest, which
 * (unlike fetch) reports how much of the upload has gone, so a large file shows its progress.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, getJson } from '../api/client.js';

export interface ImportProblem {
  severity: 'error' | 'warning';
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
  expected: string | null;
  text: string;
}

export interface FigureChange {
  measureId: string;
  period: string;
  areaCode: string;
  row: number;
  before: number | null;
  after: number | null;
}

export interface OutcomeCounts {
  created: number;
  changed: number;
  unchanged: number;
}

export interface ImportAnswer {
  file: string;
  sha256: string | null;
  profile: string;
  mode: 'dry-run' | 'commit';
  readAs: string[];
  rows: number;
  skippedRows: number;
  figures: OutcomeCounts;
  flaggedFigures: number;
  byMeasure: (OutcomeCounts & { measureId: string })[];
  samples: { created: FigureChange[]; changed: FigureChange[] };
  newMeasures: { id: string; title: string }[];
  newAreas: { code: string; name: string }[];
  errors: number;
  warnings: number;
  problems: ImportProblem[];
  committed: boolean;
  batchId: number | null;
  earlierImports: { batchId: number; at: string; by: string; fileName: string }[];
  previewToken: string | null;
}

export interface ImportProfile {
  name: string;
  description: string;
  builtIn: boolean;
}

export interface PastImport {
  id: number;
  fileName: string;
  profile: string;
  by: string;
  at: string;
  rowsRead: number;
  created: number;
  changed: number;
  unchanged: number;
}

export interface Sending {
  /** Bytes of the file sent so far, and in all; once all are sent the server is checking. */
  loaded: number;
  total: number;
}

export interface ImportRequest {
  file: File;
  profile: string;
  /** The token of the dry run being confirmed; a dry run when null. */
  previewToken: string | null;
  csrfToken: string | null;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: string; message?: string } };
    return new ApiError(
      xhr.status,
      body.error?.code ?? 'unknown',
      body.error?.message ?? `The server answered ${xhr.status}`,
    );
  } catch {
    return new ApiError(xhr.status, 'unknown', `The server answered ${xhr.status}`);
  }
}

export function sendImport(
  request: ImportRequest,
  onProgress: (sending: Sending) => void,
): Promise<ImportAnswer> {
  const form = new FormData();
  form.set('profile', request.profile);
  form.set('dryRun', request.previewToken === null ? 'true' : 'false');
  if (request.previewToken !== null) form.set('previewToken', request.previewToken);
  // The file goes last, so the server has read the fields by the time it reads the file.
  form.set('file', request.file, request.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports');
    xhr.setRequestHeader('accept', 'application/json');
    if (request.csrfToken) xhr.setRequestHeader('x-csrf-token', request.csrfToken);
    xhr.upload.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : request.file.size });
    xhr.upload.onload = () => onProgress({ loaded: request.file.size, total: request.file.size });
    xhr.onload = () => {
      if (xhr.status === 200) resolve(JSON.parse(xhr.responseText) as ImportAnswer);
      else reject(errorOf(xhr));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'unknown', 'The file could not be sent: check your connection and try again'));
    xhr.send(form);
  });
}

export function useImportProfiles(): UseQueryResult<ImportProfile[]> {
  return useQuery({
    queryKey: ['import-profiles'],
    queryFn: async () => (await getJson<{ profiles: ImportProfile[] }>('/api/v1/import-profiles')).profiles,
    staleTime: 5 * 60_000,
  });
}

export function useRecentImports(): UseQueryResult<PastImport[]> {
  return useQuery({
    queryKey: ['imports'],
    queryFn: async () => (await getJson<{ imports: PastImport[] }>('/api/v1/imports?limit=10')).imports,
  });
}
