/**
 * Bringing a regency onto the platform from its tenant file with no code change, changing its definition or
 * organisation later, and moving or archiving it.
 */
package id.balai.onboarding.application;
