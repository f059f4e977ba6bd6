/**
 * The provincial admin's and the operator's compliance pages over REST.
 */
package id.balai.compliance.interfaces;
