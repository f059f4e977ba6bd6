import { ok, type Reply } from './fetchMock';

/**
 * The answer of `/api/auth/refresh` that restores an officer's session in a test: the page under test reads the
 * officer's name, roles and unit from it.
 */
export function officerSession(username: string, roles: string[], orgUnit: string | null = null): Reply {
  return ok({
    accessToken: 'a1',
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: 'r1',
    user: { id: 'u', username, displayName: username.charAt(0).toUpperCase() + username.slice(1), tenant: 't', orgUnit, roles },
  });
}
