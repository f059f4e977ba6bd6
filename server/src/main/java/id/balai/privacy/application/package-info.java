/**
 * The port to the keys of personal data ({@link id.balai.privacy.application.PersonalDataKeys}): loading them at
 * start, and sealing or opening one document for one column of one row.
 */
package id.balai.privacy.application;
