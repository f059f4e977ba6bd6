/**
 * Balai: complaints (SPIKM) and public information (PPID) for Indonesian regencies, one deployment, many tenants.
 * Each sub-package is a bounded context with the layers it needs: {@code domain} (rules, no framework),
 * {@code application} (use cases, transactions), {@code infrastructure} (database, files, gateways) and
 * {@code interfaces} (REST resources and filters). The application layer never imports {@code interfaces}.
 */
package id.balai;
