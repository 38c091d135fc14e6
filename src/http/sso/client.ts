/**
 * The OpenID Connect client (openid-client): discovery of the provider, the authorization request
 * with PKCE, state and nonce, and the checks on the answer. The provider's metadata is fetched once
 * and kept; a failed fetch is retried on the next sign-in rather than kept.
 */
import * as oidc from 'openid-client';
import type { OidcSettings } from '../auth/settings.js';

export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcClient {
  /** Where to send the browser, and what to remember until it comes back. */
  start(): Promise<{ url: URL; pending: PendingSignIn }>;
  /** Checks the provider's answer against what was remembered; returns who signed in. */
  finish(
    callbackUrl: URL,
    pending: PendingSignIn,
  ): Promise<{ issuer: string; subject: string; email: string | null }>;
}

export function oidcClient(settings: OidcSettings): OidcClient {
  let configuration: Promise<oidc.Configuration> | null = null;
  const configure = () => {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          // Check the ID token's signature against the provider's published keys, not only TLS.
          execute: settings.allowHttp
            ? [oidc.enableNonRepudiationChecks, oidc.allowInsecureRequests]
            : [oidc.enableNonRepudiationChecks],
        },
      )
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };

  return {
    async start() {
      const config = await configure();
      const pending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },

    async finish(callbackUrl, pending) {
      const config = await configure();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider answered without an ID token');
      // openid-client checks that our client id is among the audiences; we want it to be the only one.
      const audiences = [claims.aud].flat();
      if (audiences.length !== 1 || audiences[0] !== settings.clientId) {
        throw Object.assign(
          new Error('the ID token is meant for another audience as well as, or instead of, us'),
          {
            code: 'AUDIENCE_MISMATCH',
          },
        );
      }
      if (claims.iss !== settings.issuer) throw new Error('the ID token comes from another issuer');
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : null,
      };
    },
  };
}
