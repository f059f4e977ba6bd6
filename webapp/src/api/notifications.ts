import { apiSend, tenantPath } from './client';
import type { UnsubscribeLink } from './schema';

export type { UnsubscribeLink };

const path = (slug: string, token: string) =>
  `${tenantPath(slug)}/notifications/unsubscribe/${encodeURIComponent(token)}`;

/** Reads the link; changes nothing. */
export function getUnsubscribeLink(slug: string, token: string, signal?: AbortSignal) {
  return apiSend<UnsubscribeLink>(path(slug, token), { method: 'GET', signal });
}

/** Stops the messages of the link. */
export function unsubscribe(slug: string, token: string) {
  return apiSend<UnsubscribeLink>(path(slug, token), { method: 'POST' });
}
