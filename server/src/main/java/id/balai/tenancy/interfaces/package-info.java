/**
 * A regency's public profile, map areas and portal policy over REST, and the cross-origin rules for its own portal.
 */
package id.balai.tenancy.interfaces;
