/**
 * Sending email: one small interface the runner uses, and its nodemailer implementation over SMTP.
 * Settings come from configuration: GOLDEN_THREAD_SMTP_URL (smtp://user:password@host:587, or
 * smtps:// for TLS from the start; nodemailer's URL options such as ?requireTLS=true are honoured)
 * and GOLDEN_THREAD_SMTP_FROM, or the --smtp-url and --smtp-from flags.
 */
import nodemailer from 'nodemailer';
import { UserError } from '../../domain/errors.js';
import { emailAddressProblem } from '../../domain/schedules/index.js';

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  text: string;
  attachment?: { fileName: string; mediaType: string; content: Buffer } | undefined;
}

export interface Mailer {
  /** Resolves once the mail server has accepted the message; rejects with its reason otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  url: string;
  from: string;
}

export const DEFAULT_FROM = 'Golden Thread <golden-thread@localhost>';

/** The SMTP settings from flags first, then the environment; null when none are given. */
export function smtpSettingsFrom(
  flags: { smtpUrl?: string | undefined; smtpFrom?: string | undefined },
  env: NodeJS.ProcessEnv,
): SmtpSettings | null {
  const url = (flags.smtpUrl ?? env.GOLDEN_THREAD_SMTP_URL ?? '').trim();
  if (url === '') return null;
  if (!/^smtps?:\/\/[^/]/.test(url)) {
    throw new UserError(
      'invalid-input',
      'GOLDEN_THREAD_SMTP_URL (or --smtp-url) must look like smtp://user:password@mail.example.gov.uk:587 or smtps://…:465',
    );
  }
  const from = (flags.smtpFrom ?? env.GOLDEN_THREAD_SMTP_FROM ?? '').trim() || DEFAULT_FROM;
  const address = /<([^>]*)>\s*$/.exec(from)?.[1] ?? from;
  const problem = emailAddressProblem(address);
  if (problem !== null && !address.endsWith('@localhost')) {
    throw new UserError('invalid-input', `GOLDEN_THREAD_SMTP_FROM (or --smtp-from): ${problem}`);
  }
  return { url, from };
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(
    {
      url: settings.url,
      // A mail server that stops answering must not hold a runner's claim until the lease ends.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
    { from: settings.from },
  );
  return {
    async send(mail) {
      await transport.sendMail({
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachment
          ? [
              {
                filename: mail.attachment.fileName,
                content: mail.attachment.content,
                contentType: mail.attachment.mediaType,
              },
            ]
          : [],
      });
    },
    close: () => transport.close(),
  };
}
