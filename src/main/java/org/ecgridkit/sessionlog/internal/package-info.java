/**
 * Implementation of the SessionLog client: request validation, the SOAP port, response mapping
 * and fault decoding. <strong>Not API:</strong> anything here may change or disappear in any
 * release. Use {@link org.ecgridkit.sessionlog} instead.
 */
package org.ecgridkit.sessionlog.internal;
