import { isGraphId } from "../graph-api/ids.js";
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { OPEN_CALLER, OPERATOR_SCOPE, parseScopes, type Caller } from "./caller.js";
import type { ApiClient } from "./clients-file.js";

export interface JwtConfig {
  /** HS256 shared secret (at least 32 bytes), or… */
  secret?: string;
  /** …a JWKS URL for RS256/ES256 keys (jose caches them). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** `exp` at most this far ahead (default 24 h): a token minted for years is refused. */
  maxLifetimeSeconds?: number;
  /** Every JWT caller (partner frontends) may run only persisted operations (GATEWAY_JWT_PERSISTED_ONLY). */
  persistedOnly?: boolean;
}

/** Clocks disagree a little: `iat` may be this far in the future. */
const CLOCK_SKEW_SECONDS = 60;
const DEFAULT_MAX_LIFETIME_SECONDS = 24 * 3600;

export interface AuthConfig {
  /** No client configuration: every caller is let in (demo mode, or GATEWAY_AUTH=none). */
  open: boolean;
  apiClients: ApiClient[];
  jwt?: JwtConfig;
}

export type Authenticate = (headers: Headers) => Promise<Caller>;

/** 401 with UNAUTHENTICATED; Yoga answers before any resolver, so nothing is sent upstream. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: { "www-authenticate": 'Bearer realm="waba-gateway"' } } },
  });
}

/** Compares the key's hash with every client's, in constant time, without stopping at the first match. */
function byApiKey(clients: ApiClient[], key: string): Caller | undefined {
  const hash = createHash("sha256").update(key).digest();
  let found: Caller | undefined;
  for (const client of clients) {
    if (timingSafeEqual(hash, client.keyHash)) found = client.caller;
  }
  return found;
}

function jwtVerifier(config: JwtConfig): (token: string) => Promise<Caller> {
  const key: Uint8Array | JWTVerifyGetKey = config.secret ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl ?? ""));
  // Only the algorithm the key is for: `alg: none` and algorithm confusion are refused by jose.
  const algorithms = config.secret ? ["HS256"] : ["RS256", "ES256"];
  return async (token) => {
    const { payload } = await jwtVerify(token, key as Uint8Array, {
      algorithms,
      issuer: config.issuer,
      audience: config.audience,
      // `sub` names the caller: its limits (upstream slots, subscriptions) are its own, never another tenant's.
      requiredClaims: ["exp", "sub"],
    });
    const now = Math.floor(Date.now() / 1000);
    const horizon = config.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
    if (typeof payload.exp === "number" && payload.exp - now > horizon) {
      throw new TokenRefused(`The token's exp claim is more than ${horizon} seconds ahead; issue shorter-lived tokens.`);
    }
    if (typeof payload.iat === "number" && payload.iat - now > CLOCK_SKEW_SECONDS) {
      throw new TokenRefused("The token's iat claim is in the future; check the issuer's clock.");
    }
    if (typeof payload.sub !== "string" || payload.sub.trim() === "") {
      throw new TokenRefused("The token's sub claim must name the caller (a non-empty string): the gateway keys each caller's limits by it.");
    }
    const wabaIds = Array.isArray(payload.waba_ids) ? payload.waba_ids.filter(isGraphId) : [];
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
    return {
      name: `jwt:${String(payload.sub)}`,
      kind: "jwt",
      // The `operator` scope: every WABA and the business's own objects (pre-verified numbers), like a "*" API key.
      wabaIds: scopes.includes(OPERATOR_SCOPE) ? "all" : new Set(wabaIds),
      scopes: parseScopes(scopes),
      expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : undefined,
      persistedOnly: config.persistedOnly === true || payload.persisted_only === true,
    };
  };
}

/** A token that verified but breaks the gateway's own rules (lifetime, issue time). */
class TokenRefused extends Error {}

/** Says which claim is wrong, so that the caller knows what to fix (never echoes the token). */
function jwtProblem(e: unknown): string {
  if (e instanceof TokenRefused) return e.message;
  if (e instanceof joseErrors.JWTExpired) return "The token has expired (its exp claim is in the past); get a new one.";
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    return e.reason === "missing" ? `The token has no ${e.claim} claim; it must carry one.` : `The token's ${e.claim} claim is not accepted (${e.reason}).`;
  }
  return "The token is not valid (malformed, wrongly signed, or signed with an algorithm this gateway does not accept).";
}

/** API keys in `x-api-key`, JWTs in `Authorization: Bearer`; both may be configured at once. */
export function createAuthenticator(config: AuthConfig): Authenticate {
  const verifyJwt = config.jwt && (config.jwt.secret || config.jwt.jwksUrl) ? jwtVerifier(config.jwt) : undefined;
  return async (headers) => {
    if (config.open) return OPEN_CALLER;
    // A header that is present counts, even empty: an empty key never falls through to another credential.
    const apiKey = headers.get("x-api-key");
    if (apiKey !== null) {
      if (apiKey.trim() === "") throw unauthenticated("The x-api-key header is empty; send the key, or leave the header out.");
      const caller = byApiKey(config.apiClients, apiKey);
      if (!caller) throw unauthenticated("Unknown API key (x-api-key).");
      return caller;
    }
    const authorization = headers.get("authorization");
    if (authorization?.startsWith("Bearer ") && verifyJwt) {
      try {
        return await verifyJwt(authorization.slice(7).trim());
      } catch (e) {
        throw unauthenticated(jwtProblem(e));
      }
    }
    throw unauthenticated("Authenticate with an API key (x-api-key) or a bearer token.");
  };
}
