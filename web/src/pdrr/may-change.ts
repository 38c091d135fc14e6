/** Councillors read the review step's records and change none of them (the API refuses them too). */
import type { Account } from '../api/types.js';

const READING_ONLY = new Set(['cabinet-member', 'scrutiny-member']);

export function mayChangePlans(account: Account | null | undefined): boolean {
  return !!account && (account.isAdmin || account.roles.some((r) => !READING_ONLY.has(r.role)));
}
