/**
 * Complaints received by cause and quarter of the financial year, with the upheld (or partly
 * upheld) count: the table the review step reads to analyse the cause of complaints.
 */
import type { ComplaintsLog } from './api.js';
import { CAUSE_WORDS, financialQuarter } from './words.js';

export function CauseTable({ log }: { log: ComplaintsLog }) {
  const quarters = [...new Set(log.complaints.map((c) => financialQuarter(c.receivedOn)))].sort();
  const count = (cause: string, quarter: string) =>
    log.complaints.filter((c) => c.cause === cause && financialQuarter(c.receivedOn) === quarter).length;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>Complaints received by cause and quarter</caption>
        <thead>
          <tr>
            <th scope="col">Cause</th>
            {quarters.map((q) => (
              <th scope="col" className="num" key={q}>
                {q}
              </th>
            ))}
            <th scope="col" className="num">
              Received
            </th>
            <th scope="col" className="num">
              Upheld or partly upheld
            </th>
          </tr>
        </thead>
        <tbody>
          {log.byCause.map((row) => (
            <tr key={row.cause}>
              <th scope="row">{CAUSE_WORDS[row.cause]}</th>
              {quarters.map((q) => (
                <td className="num" key={q}>
                  {count(row.cause, q)}
                </td>
              ))}
              <td className="num">{row.received}</td>
              <td className="num">{row.upheld}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
