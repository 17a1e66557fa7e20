package org.mentorlink.tool.infrastructure.crypto;

import java.util.List;

/**
 * Every column stored sealed (the entity fields marked {@code Sealed.Text} or {@code Sealed.Lines}
 * in the domain, and the tool's private keys), for the migration that encrypts rows written before
 * encryption existed and for tests. A new sealed field is added here too — unless its table was
 * created after migration 21, so sealed from its first row (claim, feedback_answer).
 */
public final class SealedColumns {
  private SealedColumns() {}

  /**
   * A table with sealed columns: its key columns, how its rows' tenant is found ({@code tenantSql}
   * selects {@code key columns…, tenant, sealed columns…}), and the sealed columns.
   */
  public record Table(String name, List<String> keys, String tenantSql, List<String> columns) {
    static Table own(String name, String... columns) {
      return new Table(name, List.of("id"), "t.tenant_id", List.of(columns));
    }

    static Table child(String name, String fk, String parent, String... columns) {
      return new Table(
          name,
          List.of(fk, "position"),
          "(SELECT p.tenant_id FROM " + parent + " p WHERE p.id = t." + fk + ")",
          List.of(columns));
    }
  }

  /** Tables whose sealed columns use the registration's data key. */
  public static final List<Table> DATA_KEY_TABLES =
      List.of(
          Table.own(
              "mentoring_request",
              "other_details",
              "must_not_match",
              "line_manager",
              "practice",
              "closing_reason"),
          Table.own("match_proposal", "decline_reason"),
          Table.own("relationship", "closing_summary"),
          Table.own(
              "contract",
              "ground_rules",
              "confidentiality",
              "boundaries",
              "objectives",
              "meeting_frequency",
              "venue"),
          Table.own(
              "session_record",
              "agenda",
              "mentee_notes",
              "mentor_notes",
              "topics",
              "goals_reviewed",
              "return_reason"),
          Table.child("session_action", "session_id", "session_record", "what"),
          Table.child("session_addendum", "session_id", "session_record", "body"),
          Table.own("goal", "goal", "reality", "chosen_action"),
          Table.child("goal_option", "goal_id", "goal", "option_text", "criteria"),
          Table.own("cpd_entry", "description", "reflection", "return_reason", "reversal_reason"),
          Table.own("mentor_profile", "availability", "must_not_mentor"));

  /**
   * Tables created after migration 21, sealed from their first row (migration 21 never sees them:
   * they held no plain text to encrypt).
   */
  public static final List<Table> SEALED_FROM_THE_START =
      List.of(
          Table.own("safeguarding_concern", "reason", "withhold_reason"),
          Table.own("mentor_change_request", "reason"),
          Table.own("mentor_support", "note"),
          Table.own("relationship_signpost", "note"));

  /**
   * The LTI 1.1 shared secrets ({@code lti_registration.lti11_secret}, added after migration 21):
   * sealed from the first with the registration's own data key, bound to {@link
   * #lti11SecretContext}.
   */
  public static final String LTI11_SECRET_COLUMN = "lti_registration.lti11_secret";

  /** The context an LTI 1.1 shared secret is sealed with. */
  public static String lti11SecretContext(String registrationId) {
    return "lti11_secret:" + registrationId;
  }

  /**
   * Columns sealed by migration 71 (people's e-mail addresses, once notices were sent to them):
   * their rows before it were plain, so it seals them as migration 21 did the others.
   */
  public static final List<Table> SEALED_BY_71 = List.of(Table.own("person", "email"));

  /** The tool's private signing keys, sealed with the master key directly. */
  public static final String TOOL_KEY_TABLE = "tool_key";

  /** The context a tool key's private JWK is sealed with. */
  public static String toolKeyContext(String kid) {
    return "tool_key:" + kid;
  }
}
