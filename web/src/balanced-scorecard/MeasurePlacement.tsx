/**
 * Which perspective each of the plan's measures sits in: a table with one labelled choice per
 * measure, so a measure is moved by choosing its new perspective, from the keyboard or the mouse.
 */

/** The choice for a measure that sits in no perspective. */
export const NONE = '';

export function MeasurePlacement({
  measures,
  perspectives,
  placement,
  onPlace,
}: {
  measures: readonly { id: string; title: string }[];
  perspectives: readonly { key: string; label: string }[];
  placement: ReadonlyMap<string, string>;
  onPlace: (measure: string, perspective: string) => void;
}) {
  return (
    <>
      <h3>Which perspective each measure sits in</h3>
      {measures.length === 0 ? <p>This plan has no measures yet.</p> : null}
      <div className="table-wrap">
        <table className="table perspective-editor__measures">
          <caption className="visually-hidden">The plan’s measures and the perspective each sits in</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Perspective</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <label htmlFor={`measure-perspective-${m.id}`}>
                    {m.title} <span className="muted">({m.id})</span>
                  </label>
                </th>
                <td>
                  <select
                    className="select"
                    id={`measure-perspective-${m.id}`}
                    value={placement.get(m.id) ?? NONE}
                    onChange={(e) => onPlace(m.id, e.target.value)}
                  >
                    {perspectives.map((p) => (
                      <option key={p.key} value={p.key}>
                        {p.label}
                      </option>
                    ))}
                    <option value={NONE}>Not in a perspective</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
