package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlink.tool.lti.launch.LaunchRecords;
import org.mentorlink.tool.lti.launch.PlatformResourceLink;
import org.mentorlink.tool.lti.services.LineItemLinks;

/**
 * Ties the CPD gradebook columns to an activity: the course's "CPD log" placement where one has
 * been launched, else its mentoring link (placed as "Mentoring", or added by hand) launched last —
 * so Moodle shows each year's column under that activity instead of a free-standing grade item.
 */
@ApplicationScoped
public class CpdColumnLinks implements LineItemLinks {
  @Inject LaunchRecords records;

  @Override
  public Optional<String> forNewLineItem(String tenantId, String contextRef) {
    List<PlatformResourceLink> links = records.linksOf(tenantId, contextRef);
    return links.stream()
        .filter(l -> Placement.CPD.key().equals(l.placement()))
        .findFirst()
        .or(
            () ->
                links.stream()
                    .filter(
                        l ->
                            l.placement() == null
                                || Placement.MENTORING.key().equals(l.placement()))
                    .findFirst())
        .map(PlatformResourceLink::resourceLinkId);
  }

  @Override
  public Set<String> ofCourse(String tenantId, String contextRef) {
    return records.linksOf(tenantId, contextRef).stream()
        .map(PlatformResourceLink::resourceLinkId)
        .collect(Collectors.toUnmodifiableSet());
  }
}
