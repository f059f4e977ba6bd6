/** The register's REST endpoints: public (no login) under /register, officers under /officer/register. */
package id.balai.register.interfaces;
