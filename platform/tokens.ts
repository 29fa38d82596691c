import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  SignJWT, jwtVerify, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI,
  type CryptoKey, type JWTPayload,
} from 'jose';
import type { PlatformConfig } from './config.js';

export const TOKEN_ALGORITHM = 'EdDSA';

export type AgentRole = 'ADMIN_AGENT' | 'HELPDESK_AGENT' | 'NONE';
export type AdminRole = 'GLOBAL_ADMIN' | 'USER_MANAGEMENT_ADMIN' | 'BILLING_ADMIN' | 'NONE';
export type ProgramStatus = 'ENROLLING' | 'PENDING_VERIFICATION' | 'ACTIVE' | 'REJECTED' | 'SUSPENDED';

/** What an access token says about its bearer (DESIGN.md: user id, partner id, roles, mustChangePassword). */
export interface AccessClaims {
  /** user id */
  sub: string;
  /** the user's tenant (work account) */
  tid: string;
  /** the partner organization id (= tenant id) when the tenant is a partner, else null */
  pid: string | null;
  /** the partner organization's program status, when there is one (G3) */
  pst: ProgramStatus | null;
  agr: AgentRole;
  adr: AdminRole;
  /** mustChangePassword (G2) */
  mcp: boolean;
  /** the user is a global administrator of its own tenant's directory */
  tga: boolean;
  /** the session: the refresh-token family this token was issued in (signing out ends it, issue 14) */
  sid: string;
  /** the user's access version when the token was issued: roles, state and sessions changed after it are re-evaluated */
  ver: number;
  /** the partners event id up to which `pid` and `pst` are current: later organization changes are re-evaluated */
  oev: number;
  /** expiry (seconds since epoch), set on verified tokens */
  exp?: number;
}

export interface TokenKeys {
  privateKey?: CryptoKey;
  publicKey: CryptoKey;
  /** true when the keys were generated into the data directory for local use */
  development: boolean;
}

const DEV_PRIVATE = 'jwt-ed25519-private.pem';
const DEV_PUBLIC = 'jwt-ed25519-public.pem';

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Keys from the environment (JWT_PRIVATE_KEY / JWT_PUBLIC_KEY, PEM); otherwise development keys generated on
 * first start into `<dataDir>/keys/`. Production refuses to run on generated keys.
 */
export async function loadTokenKeys(config: PlatformConfig): Promise<TokenKeys> {
  const { privateKeyPem, publicKeyPem } = config.jwt;
  if (publicKeyPem) {
    return {
      publicKey: await importSPKI(publicKeyPem, TOKEN_ALGORITHM),
      privateKey: privateKeyPem ? await importPKCS8(privateKeyPem, TOKEN_ALGORITHM) : undefined,
      development: false,
    };
  }
  if (config.environment === 'production') {
    throw new Error('JWT_PUBLIC_KEY (and JWT_PRIVATE_KEY for identity) must be set in production');
  }
  const dir = path.join(config.dataDir, 'keys');
  let privatePem = await readIfExists(path.join(dir, DEV_PRIVATE));
  let publicPem = await readIfExists(path.join(dir, DEV_PUBLIC));
  if (!privatePem || !publicPem) {
    const pair = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
    privatePem = await exportPKCS8(pair.privateKey);
    publicPem = await exportSPKI(pair.publicKey);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // 'wx' fails if another process generated the pair first; that process's keys win.
    try {
      await writeFile(path.join(dir, DEV_PRIVATE), privatePem, { flag: 'wx', mode: 0o600 });
      await writeFile(path.join(dir, DEV_PUBLIC), publicPem, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return loadTokenKeys(config);
    }
  }
  return {
    privateKey: await importPKCS8(privatePem, TOKEN_ALGORITHM),
    publicKey: await importSPKI(publicPem, TOKEN_ALGORITHM),
    development: true,
  };
}

export interface TokenSigner {
  signAccessToken(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }>;
}

export function createTokenSigner(keys: TokenKeys, config: PlatformConfig['jwt']): TokenSigner {
  const { privateKey } = keys;
  if (!privateKey) throw new Error('signing needs JWT_PRIVATE_KEY');
  return {
    async signAccessToken(claims) {
      const { sub, exp: _ignored, ...rest } = claims;
      const now = Math.floor(Date.now() / 1000);
      const exp = now + config.accessTokenTtlSeconds;
      const token = await new SignJWT({ ...rest })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .sign(privateKey);
      return { token, expiresAt: new Date(exp * 1000) };
    },
  };
}

export class InvalidTokenError extends Error {}

export interface TokenVerifier {
  verifyAccessToken(token: string): Promise<AccessClaims>;
}

const AGENT_ROLES = new Set(['ADMIN_AGENT', 'HELPDESK_AGENT', 'NONE']);
const ADMIN_ROLES = new Set(['GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'BILLING_ADMIN', 'NONE']);

const isVersion = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

function claimsFrom(payload: JWTPayload): AccessClaims {
  const { sub, tid, pid, pst, agr, adr, mcp, tga, sid, ver, oev, exp } = payload as Record<string, unknown>;
  const ok = typeof sub === 'string' && typeof tid === 'string'
    && (pid === null || typeof pid === 'string')
    && (pst === null || typeof pst === 'string')
    && AGENT_ROLES.has(agr as string) && ADMIN_ROLES.has(adr as string)
    && typeof mcp === 'boolean' && typeof tga === 'boolean'
    && typeof sid === 'string' && isVersion(ver) && isVersion(oev);
  if (!ok) throw new InvalidTokenError('token claims are malformed');
  return { sub, tid, pid, pst, agr, adr, mcp, tga, sid, ver, oev, exp } as AccessClaims;
}

/** Verifies signature (EdDSA only: `alg: none` and other algorithms are refused), issuer, audience and expiry. */
export function createTokenVerifier(keys: TokenKeys, config: PlatformConfig['jwt']): TokenVerifier {
  return {
    async verifyAccessToken(token) {
      try {
        const { payload } = await jwtVerify(token, keys.publicKey, {
          algorithms: [TOKEN_ALGORITHM],
          issuer: config.issuer,
          audience: config.audience,
        });
        return claimsFrom(payload);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        throw new InvalidTokenError((error as Error).message);
      }
    },
  };
}

/** `Bearer <token>` → token; anything else → undefined. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}
