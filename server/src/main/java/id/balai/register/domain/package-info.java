/**
 * The register of public information (DIP, Perbup Pasal 16-17): entries with their class, documentation stage and
 * documents, and the consequence tests that exempt an entry (Pasal 6(2), 16(2)). Rules only; no storage, no HTTP.
 */
package id.balai.register.domain;
