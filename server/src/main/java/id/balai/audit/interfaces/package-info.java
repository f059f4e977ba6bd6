/**
 * Reading and verifying a regency's audit chain over REST, for its administrators and the provincial admin.
 */
package id.balai.audit.interfaces;
