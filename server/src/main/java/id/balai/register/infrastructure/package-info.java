/** The register's SQL: entries, documents (bytea), full-text search in Indonesian, consequence tests, deliveries. */
package id.balai.register.infrastructure;
