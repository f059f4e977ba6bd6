/** The reports' SQL, their CSV, XLSX and PDF forms, the digest's mail and its delivery record. */
package id.balai.reporting.infrastructure;
