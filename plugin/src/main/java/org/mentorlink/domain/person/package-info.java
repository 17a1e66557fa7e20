/** People as the platform knows them: who launched, in which tenant, with the name they gave. */
package org.mentorlink.domain.person;
