/** The aggregates of the PPID service (request, objection, dispute) and their rules; no framework here. */
package id.balai.information.domain;
