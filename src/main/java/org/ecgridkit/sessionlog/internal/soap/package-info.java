/**
 * The JAX-WS RI plumbing of the client's ports: a container per service that gives the RI our
 * tubeline and our transport tube, the tube that sends each request over {@code internal.http} and
 * decodes the answer with a hardened StAX parser, and the opt-in wire log. The generated ports and
 * JAXB beans of the two contracts are in the {@code documented} and {@code published}
 * sub-packages, written by {@code jaxws-maven-plugin} at build time. <strong>Not API.</strong>
 */
package org.ecgridkit.sessionlog.internal.soap;
