/** The tool's RSA signing keys, kept in the database and published at {@code /lti/jwks}. */
package org.mentorlink.tool.lti.keys;
