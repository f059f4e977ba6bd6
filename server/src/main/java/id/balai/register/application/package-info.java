/** The register's use cases: each runs in one tenant-scoped transaction and audits every officer action. */
package id.balai.register.application;
