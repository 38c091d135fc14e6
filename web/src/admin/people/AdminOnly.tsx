/** Shows its content to administrators; anyone else reaching an administration address is told why not. */
import type { ReactNode } from 'react';
import type { Account } from '../../api/types.js';

export function AdminOnly({ account, children }: { account: Account | null; children: ReactNode }) {
  if (account === null) return null;
  if (!account.isAdmin) {
    return (
      <p>Only administrators may manage people and roles. Ask your performance team if you need a change.</p>
    );
  }
  return <>{children}</>;
}
