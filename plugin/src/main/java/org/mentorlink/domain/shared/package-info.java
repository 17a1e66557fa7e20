/** Value objects and exceptions shared by every feature of the domain. */
package org.mentorlink.domain.shared;
