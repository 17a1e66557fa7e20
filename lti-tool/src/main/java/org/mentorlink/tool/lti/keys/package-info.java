/**
 * Keys: the tool's own RSA signing keys, kept in the database, rotated and published at {@code
 * /lti/jwks}; and the platforms' public keys, fetched from each registration's key-set URL and
 * cached so that launches fail fast and honestly when a platform's key set is slow or down.
 */
package org.mentorlink.tool.lti.keys;
