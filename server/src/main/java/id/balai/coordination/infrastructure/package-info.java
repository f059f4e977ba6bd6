/** Problems and recommendations in PostgreSQL. */
package id.balai.coordination.infrastructure;
