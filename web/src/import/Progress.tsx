/** How far the file has gone, then that the server is checking (or importing) it. */
import type { Sending } from './api.js';

export function Progress({
  what,
  file,
  sending,
}: {
  what: 'check' | 'import';
  file: File;
  sending: Sending;
}) {
  const sent = sending.total > 0 && sending.loaded >= sending.total;
  const share = sending.total > 0 ? Math.round((sending.loaded / sending.total) * 100) : 0;
  const words = sent
    ? what === 'check'
      ? `Checking every figure in ${file.name}…`
      : `Importing the figures from ${file.name}…`
    : `Sending ${file.name}: ${share}%`;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar" className="label">
        {sent ? (what === 'check' ? 'Checking the file' : 'Importing') : 'Sending the file'}
      </label>
      {/* Without a value the bar shows work under way whose length is unknown: the server's check. */}
      {sent ? (
        <progress id="import-progress-bar" className="import-progress__bar" />
      ) : (
        <progress id="import-progress-bar" className="import-progress__bar" max={100} value={share} />
      )}
      <p role="status">{words}</p>
    </div>
  );
}
