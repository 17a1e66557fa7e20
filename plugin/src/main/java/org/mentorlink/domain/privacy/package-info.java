/**
 * People's rights over what the tool holds about them, and how long it is kept: erasure (a person's
 * records removed or made anonymous, so that a later launch starts empty), retention (a closed
 * relationship's content deleted after the scheme's period), and leaving (a registration's records
 * deleted). The SQL behind it is {@link org.mentorlink.domain.privacy.PersonalData}'s; the rules of
 * who may are in the application services.
 */
package org.mentorlink.domain.privacy;
