/**
 * A real SMTP server for tests (the smtp-server package) on 127.0.0.1 and a port of the system's
 * choosing: it keeps every message it accepts, read back into subject, text and attachments, and
 * can be told to refuse mail, as a mail server that is full or down does.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** While set, every recipient is refused with this reason (an SMTP 550). */
  refuse: string | null;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const state: { refuse: string | null } = { refuse: null };
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refuse === null) return callback();
      const error = new Error(state.refuse) as Error & { responseCode: number };
      error.responseCode = 550;
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        received.push({
          ...readMessage(raw),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refuse() {
      return state.refuse;
    },
    set refuse(reason: string | null) {
      state.refuse = reason;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const unfold = (head: string) => head.replace(/\r\n[ \t]+/g, ' ');

function header(head: string, name: string): string {
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfold(head))?.[1]?.trim() ?? '';
}

function decodeWords(text: string): string {
  return text.replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_m, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): Buffer {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

function split(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return at < 0 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

/** Just enough MIME for the messages nodemailer writes: a text part and attachments. */
function readMessage(raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'attachments'> {
  const { head, body } = split(raw);
  const subject = decodeWords(header(head, 'Subject'));
  const type = header(head, 'Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary)
    return {
      subject,
      text: decodeBody(body, header(head, 'Content-Transfer-Encoding')).toString('utf8'),
      attachments: [],
    };
  let text = '';
  const attachments: ReceivedMail['attachments'] = [];
  for (const part of body.split(`--${boundary}`).slice(1, -1)) {
    const p = split(part.replace(/^\r\n/, ''));
    const content = decodeBody(p.body.replace(/\r\n$/, ''), header(p.head, 'Content-Transfer-Encoding'));
    const disposition = header(p.head, 'Content-Disposition');
    const fileName = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    if (fileName)
      attachments.push({
        fileName: decodeWords(fileName),
        contentType: header(p.head, 'Content-Type'),
        content,
      });
    else text += content.toString('utf8');
  }
  return { subject, text, attachments };
}
