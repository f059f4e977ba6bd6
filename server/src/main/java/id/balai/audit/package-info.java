/**
 * The audit trail: who did what, when, under which roles, to which thing, in which request. Append-only and
 * hash-chained per tenant, so that a regency can prove years later that nobody rewrote its history.
 */
package id.balai.audit;
