/** Letter numbers and stored letters in PostgreSQL, the PDF layout (OpenPDF), PDF/A and PAdES (PDFBox). */
package id.balai.letters.infrastructure;
