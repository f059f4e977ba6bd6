/**
 * What defines a regency: its tenant definition and the rules it must meet, its organisation tree, regulation
 * parameters with the law's defaults, office hours, time zone and status.
 */
package id.balai.tenancy.domain;
