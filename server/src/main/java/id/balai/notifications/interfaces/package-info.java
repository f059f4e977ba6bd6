/** The citizen's side of notifications over HTTP: the unsubscribe link of every e-mail. */
package id.balai.notifications.interfaces;
