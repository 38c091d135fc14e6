/**
 * Accounts and roles for the administration pages: the list (searchable), one account, every role
 * in words, and the changes an administrator makes. A change refreshes the list and the account,
 * and hands back the one-time password where there is one: it is shown once, never stored here.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { AccessRole } from '@domain/access/roles.js';
import { getJson, query, request } from '../../api/client.js';

export interface UserGrant {
  role: AccessRole;
  orgUnitId: string | null;
  orgUnitName: string | null;
  words: string;
}

export interface UserAccount {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabled: boolean;
  signIn: 'password' | 'sso' | 'none';
  createdAt: string;
  lastSignInAt: string | null;
  grants: UserGrant[];
  measures: string[];
  roles: string[];
}

export interface RoleDescription {
  role: AccessRole | 'administrator';
  name: string;
  heldAtUnit: boolean;
  reach: 'all' | 'subtree' | 'unit' | 'named';
  sees: string[];
  may: string[];
}

export interface WithPassword {
  user: UserAccount;
  oneTimePassword: string | null;
}

export interface GrantChoice {
  role: AccessRole;
  orgUnitId: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  isAdmin: boolean;
  grants: GrantChoice[];
  ssoSubject?: string;
}

const userPath = (id: string) => `/api/v1/users/${encodeURIComponent(id)}`;

export function useUsers(search: string): UseQueryResult<UserAccount[]> {
  return useQuery({
    queryKey: ['users', 'list', search],
    queryFn: async () => (await getJson<{ users: UserAccount[] }>(`/api/v1/users${query({ search })}`)).users,
  });
}

export function useUser(id: string): UseQueryResult<UserAccount> {
  return useQuery({ queryKey: ['users', 'one', id], queryFn: () => getJson<UserAccount>(userPath(id)) });
}

export function useRoles(): UseQueryResult<RoleDescription[]> {
  return useQuery({
    queryKey: ['roles'],
    queryFn: async () => (await getJson<{ roles: RoleDescription[] }>('/api/v1/roles')).roles,
    staleTime: Infinity,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['users'] });
}

export function useAddUser() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewUser) => request<WithPassword>('POST', '/api/v1/users', body),
    onSuccess: refresh,
  });
}

export function useChangeUser(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { name?: string; email?: string; disabled?: boolean }) =>
      request<UserAccount>('PATCH', userPath(id), body),
    onSuccess: refresh,
  });
}

export function useSetAccess(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { isAdmin: boolean; grants: GrantChoice[]; measures: string[] }) =>
      request<UserAccount>('PUT', `${userPath(id)}/grants`, body),
    onSuccess: refresh,
  });
}

export function useResetPassword(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => request<WithPassword>('POST', `${userPath(id)}/password-reset`),
    onSuccess: refresh,
  });
}

/** "26 Nov 2026, 09:15", or the words for never. */
export function whenText(at: string | null, never = 'Never'): string {
  if (at === null) return never;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
