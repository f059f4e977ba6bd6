/** The coordination API for the operations coordinator, the Tim Koordinasi and the agencies' heads. */
package id.balai.coordination.interfaces;
