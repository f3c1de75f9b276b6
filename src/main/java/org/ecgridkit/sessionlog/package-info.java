/**
 * A client for the ECGridOS SOAP operation {@code SessionLog}, which lists a user's recent
 * sessions for auditing login activity.
 *
 * <p>{@link org.ecgridkit.sessionlog.SessionLogClient} is the entry point. Results are
 * immutable {@link org.ecgridkit.sessionlog.SessionRecord} values, and every failure is an
 * unchecked {@link org.ecgridkit.sessionlog.EcGridOsException}. Everything outside this
 * package is an implementation detail.
 */
package org.ecgridkit.sessionlog;
