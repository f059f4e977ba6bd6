import { apiSend } from './client';

/** What an unsubscribe link stops (UnsubscribeResource.LinkView). */
export interface UnsubscribeLink {
  /** The case's tracking or registration number. */
  reference: string;
  /** EMAIL, SMS or WHATSAPP. */
  channel: string;
  /** Whether messages still go out. */
  active: boolean;
}

const path = (slug: string, token: string) =>
  `/api/t/${encodeURIComponent(slug)}/notifications/unsubscribe/${encodeURIComponent(token)}`;

/** Reads the link; changes nothing. */
export function getUnsubscribeLink(slug: string, token: string, signal?: AbortSignal) {
  return apiSend<UnsubscribeLink>(path(slug, token), { method: 'GET', signal });
}

/** Stops the messages of the link. */
export function unsubscribe(slug: string, token: string) {
  return apiSend<UnsubscribeLink>(path(slug, token), { method: 'POST' });
}
