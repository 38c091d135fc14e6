/**
 * Email addresses as a schedule's recipients: a plain address (no display name, no comments), so
 * that what is stored is exactly where the report goes. The rules are deliberately stricter than
 * RFC 5322: quoted local parts and IP literals are legal but only ever appear by mistake.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Why `text` is not an email address we send to, or null when it is one. */
export function emailAddressProblem(text: string): string | null {
  if (text.trim() !== text) return `"${text}" has spaces around it`;
  if (text === '') return 'an address is empty';
  if (text.length > 254) return `"${text.slice(0, 40)}…" is longer than 254 characters`;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1)
    return `"${text}" is not an email address: expected name@example.gov.uk`;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64) return `"${text}" has more than 64 characters before the @`;
  if (!LOCAL.test(local)) return `"${text}" has characters before the @ that an address cannot have`;
  const labels = domain.split('.');
  if (labels.length < 2) return `"${text}" has no full domain after the @: expected e.g. name@example.gov.uk`;
  if (!labels.every((l) => LABEL.test(l))) return `"${text}" has a domain that is not a valid host name`;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `"${text}" ends in a number, not a domain`;
  return null;
}
