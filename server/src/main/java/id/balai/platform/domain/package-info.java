/**
 * The shared kernel: the tenant identifier, who acts, the error model with its bilingual messages, input text rules,
 * paging, dates, phone numbers, file types and the report document every report and export is made from.
 */
package id.balai.platform.domain;
