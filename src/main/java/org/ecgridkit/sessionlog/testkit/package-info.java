/**
 * Test support for code that calls {@code SessionLog}: {@link org.ecgridkit.sessionlog.testkit.SessionLogStub}
 * is a SOAP server on the loopback interface that answers like ECGridOS with the records, fault or
 * HTTP error a test chooses, and records what the client sent. It speaks both of the service's
 * contracts, the documented one and the published one, or either alone.
 *
 * <p>It ships in the main jar because it needs nothing beyond the JDK (its HTTP server is the
 * JDK's {@code com.sun.net.httpserver}) and because the command-line tool's {@code --demo} runs on
 * it. Use it from tests only: it is not a production server.
 */
package org.ecgridkit.sessionlog.testkit;
