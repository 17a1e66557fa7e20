/**
 * How things read, shared by pages and documents: UK dates and times, hours, and the words for the
 * domain's states and choices.
 */
package org.mentorlink.tool.present;
