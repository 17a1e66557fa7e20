/**
 * Verification of the documents Mentorlink issues as PDFs (a CPD certificate, a signed session
 * record, a signed contract): each carries an unguessable code; the server keeps only the code's
 * SHA-256 with what the document showed, so anyone holding the document can check it at a public
 * address that reveals nothing more than the document itself (and initials, never a name).
 */
package org.mentorlink.domain.verification;
