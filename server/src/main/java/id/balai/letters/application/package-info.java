/** Issuing a letter: its number taken once, its signatory, its layout and its signature. */
package id.balai.letters.application;
