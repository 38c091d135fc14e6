/**
 * The cookies: the session (httpOnly, SameSite=Lax, Secure when the request came over HTTPS) and the
 * device cookie that marks a browser an account has signed in from before (see app/accounts/sign-in.ts).
 * Both are signed with the server's secret.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'gt_session';
export const DEVICE_COOKIE = 'gt_device';
/** Holds state, nonce and PKCE verifier between the SSO redirect and the provider's answer. */
export const SSO_COOKIE = 'gt_sso';

const DEVICE_DAYS = 180;

function base(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind a proxy this is true only when trust proxy is on and the proxy says https.
    secure: request.protocol === 'https',
    signed: true,
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, { ...base(request), expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  reply.clearCookie(SESSION_COOKIE, base(request));
}

export function setDeviceCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  userId: string,
  deviceId: string,
): void {
  reply.setCookie(DEVICE_COOKIE, `${userId}.${deviceId}`, {
    ...base(request),
    maxAge: DEVICE_DAYS * 24 * 3600,
  });
}

export function setSsoCookie(reply: FastifyReply, request: FastifyRequest, value: string): void {
  reply.setCookie(SSO_COOKIE, value, { ...base(request), path: '/api/v1/sso', maxAge: 600 });
}

export function clearSsoCookie(reply: FastifyReply, request: FastifyRequest): void {
  reply.clearCookie(SSO_COOKIE, { ...base(request), path: '/api/v1/sso' });
}

/** A signed cookie's value, or null when it is missing or its signature does not hold. */
export function signedCookie(request: FastifyRequest, name: string): string | null {
  const raw = request.cookies[name];
  if (raw === undefined) return null;
  const result = request.unsignCookie(raw);
  return result.valid ? result.value : null;
}

export function deviceOf(request: FastifyRequest): { userId: string; id: string } | null {
  const value = signedCookie(request, DEVICE_COOKIE);
  const dot = value?.indexOf('.') ?? -1;
  if (!value || dot < 1) return null;
  return { userId: value.slice(0, dot), id: value.slice(dot + 1) };
}
