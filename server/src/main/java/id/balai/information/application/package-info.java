/** The PPID use cases, each one transaction in the tenant's scope and audited; the clocks and their job. */
package id.balai.information.application;
