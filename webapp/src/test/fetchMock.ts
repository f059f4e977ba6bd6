import { vi } from 'vitest';

export type Reply = { status: number; body?: unknown; raw?: string };

export const ok = (body: unknown): Reply => ({ status: 200, body });

/**
 * Stubs the global fetch. `routes` maps "path" or "path?query" to a reply;
 * an unmatched request answers 599 so a test notices it. Returns the spy.
 */
export function mockFetch(routes: Record<string, Reply | ((init?: RequestInit) => Reply)>) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = url.pathname + url.search;
    const route = routes[key] ?? routes[url.pathname];
    const reply = typeof route === 'function' ? route(init) : route;
    if (!reply) return new Response(`no route for ${key}`, { status: 599 });
    const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    // A 204 has no body at all (the Fetch standard refuses even an empty one).
    return new Response(reply.status === 204 ? null : text, {
      status: reply.status,
      headers: { 'Content-Type': reply.raw === undefined ? 'application/json' : 'text/html' },
    });
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

/** The request paths (with query) fetch was called with, in order. */
export function requestedPaths(spy: ReturnType<typeof mockFetch>): string[] {
  return spy.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost');
    return url.pathname + url.search;
  });
}
