package org.mentorlink.domain.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Values;

/**
 * A service a request can be signposted to instead of mentoring (counselling, occupational health,
 * a practitioner health service): name, what it offers, and a link.
 */
@Embeddable
public class Signpost {
  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "link", length = 1000)
  private String link;

  protected Signpost() {}

  public Signpost(String name, String description, String link) {
    this.name = Require.text(name, "INVALID_SIGNPOST", "name", "The service's name", 200);
    this.description =
        Values.optionalText(description, 1000, "description", "The service's description");
    this.link = Values.optionalText(link, 1000, "link", "The service's link");
    if (this.link != null) {
      try {
        String scheme = URI.create(this.link).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
          throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        throw new DomainException(
            "INVALID_SIGNPOST", "link", "The service's link must be a web address.");
      }
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String link() {
    return link;
  }
}
