/**
 * The operator's onboarding endpoints and the regency administrator's live edits of units and categories.
 */
package id.balai.onboarding.interfaces;
