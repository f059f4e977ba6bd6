/**
 * The coordination's tables in PostgreSQL: problems passed to the Tim Koordinasi, its recommendations and their
 * follow-ups, its directions to the operations team and its evaluations.
 */
package id.balai.coordination.infrastructure;
