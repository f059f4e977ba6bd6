/** What a letter is made of, its numbering pattern and the signing port; no framework here. */
package id.balai.letters.domain;
