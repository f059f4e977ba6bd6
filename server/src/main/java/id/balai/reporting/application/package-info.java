/** Building the reports in the tenant's scope, and sending the daily digest once a day per tenant. */
package id.balai.reporting.application;
