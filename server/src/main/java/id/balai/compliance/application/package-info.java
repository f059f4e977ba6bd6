/**
 * The provincial comparison: a job that refreshes each regency's daily and monthly aggregates on one instance at a
 * time, and the provincial admin's view of them.
 */
package id.balai.compliance.application;
