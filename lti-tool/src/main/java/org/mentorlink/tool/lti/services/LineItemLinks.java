package org.mentorlink.tool.lti.services;

import java.util.Optional;
import java.util.Set;

/**
 * Which of a course's resource links a CPD line item belongs to (AGS 2.0 §3.2: a line item with a
 * {@code resourceLinkId} is tied to that activity; Moodle makes one without it a free-standing
 * manual grade item that counts towards the course total). Implemented where placements are known.
 */
public interface LineItemLinks {
  /** The platform's {@code resource_link.id} to create the course's CPD line items with. */
  Optional<String> forNewLineItem(String tenantId, String contextRef);

  /**
   * Every resource link id of the course known to the tool: a line item tied to another is not
   * ours.
   */
  Set<String> ofCourse(String tenantId, String contextRef);
}
