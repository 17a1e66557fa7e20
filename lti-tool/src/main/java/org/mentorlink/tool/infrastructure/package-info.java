/** Technical services: configuration, database, health, templating and HTTP plumbing. */
package org.mentorlink.tool.infrastructure;
