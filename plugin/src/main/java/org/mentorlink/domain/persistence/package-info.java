/** JPA implementations of the domain's repositories, and the converters they share. */
package org.mentorlink.domain.persistence;
