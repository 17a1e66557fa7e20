/**
 * The one place where LTI meets the domain: a validated launch becomes a person, a session and an
 * actor.
 */
package org.mentorlink.tool.bridge;
