/**
 * The stored monthly snapshots of each regency's indicators, and the month arithmetic they are keyed by.
 */
package id.balai.compliance.infrastructure;
