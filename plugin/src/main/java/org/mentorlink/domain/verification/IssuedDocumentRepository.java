package org.mentorlink.domain.verification;

import java.util.Optional;

/** The documents issued, for checking their codes. Rows are added, never changed. */
public interface IssuedDocumentRepository {
  void add(IssuedDocument document);

  /**
   * The document whose code has this SHA-256. The public check of a code is the one lookup that
   * does not start from a tenant: the code is all its caller has.
   */
  Optional<IssuedDocument> byCodeHash(String codeHash);
}
