/**
 * Sign-in, token refresh, one's own password and sessions, and the administration of officers and provincial admins
 * over REST; the checks every access token passes.
 */
package id.balai.identity.interfaces;
