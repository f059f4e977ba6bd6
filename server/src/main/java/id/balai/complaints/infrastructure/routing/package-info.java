/** The routing classifier on Tribuo (Apache-2.0): a multinomial logistic regression over the report's tokens. */
package id.balai.complaints.infrastructure.routing;
