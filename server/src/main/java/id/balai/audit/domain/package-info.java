/**
 * The audit chain itself: an entry, the hash that links it to the one before, and the verifier that finds any entry
 * changed, removed or inserted after the fact.
 */
package id.balai.audit.domain;
