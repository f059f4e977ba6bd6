/** What the reports contain and the rules on their periods, free of any output format. */
package id.balai.reporting.domain;
