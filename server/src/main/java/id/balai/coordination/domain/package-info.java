/** Problems and recommendations with their rules; no framework here. */
package id.balai.coordination.domain;
