package org.mentorlink.tool.lti.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The platform's line item for one CPD year in one line-items service; without a URL it is a
 * reservation by the node creating it.
 */
@Entity
@Table(name = "ags_line_item")
public class AgsLineItem {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "line_key", nullable = false, length = 36)
  private String lineKey;

  @Column(name = "lineitems_url", nullable = false, length = 1000)
  private String lineItemsUrl;

  @Column(name = "year_start", nullable = false)
  private LocalDate yearStart;

  @Column(name = "lineitem_url", length = 1000)
  private String lineItemUrl;

  @Column(name = "reserved_at_ms", nullable = false)
  private long reservedAtMs;

  protected AgsLineItem() {}

  AgsLineItem(String tenantId, String lineKey, String lineItemsUrl, LocalDate yearStart, long now) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.lineKey = lineKey;
    this.lineItemsUrl = lineItemsUrl;
    this.yearStart = yearStart;
    this.reservedAtMs = now;
  }

  String lineItemUrl() {
    return lineItemUrl;
  }

  void found(String url) {
    this.lineItemUrl = url;
  }

  long reservedAtMs() {
    return reservedAtMs;
  }

  void reserveAgain(long now) {
    this.reservedAtMs = now;
  }
}
