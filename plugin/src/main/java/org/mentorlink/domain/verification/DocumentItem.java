package org.mentorlink.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One record an issued document covers: a CPD entry, a session or a contract version, by id. */
@Embeddable
public class DocumentItem {
  @Column(name = "tenant_id", length = 64)
  private String tenantId;

  @Column(name = "item_id", length = 36)
  private String itemId;

  protected DocumentItem() {}

  DocumentItem(String tenantId, String itemId) {
    this.tenantId = tenantId;
    this.itemId = itemId;
  }

  public String itemId() {
    return itemId;
  }
}
