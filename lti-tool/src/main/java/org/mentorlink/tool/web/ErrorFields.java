package org.mentorlink.tool.web;

import java.util.HashMap;
import java.util.Map;
import org.mentorlink.domain.shared.DomainException;

/**
 * One form's table from broken business rules to its fields: by the attribute the rule names
 * ({@link DomainException#field()}, such as {@code groundRules}), else by its code (such as {@code
 * CONTRACT_DATES}), else the form's main field. Never by words of the message. Built once per form,
 * as a constant of its forms helper, and not changed afterwards.
 */
final class ErrorFields {
  private final String otherwise;
  private final Map<String, String> byAttribute = new HashMap<>();
  private final Map<String, String> byCode = new HashMap<>();

  private ErrorFields(String otherwise) {
    this.otherwise = otherwise;
  }

  /** A table that puts every error it does not name against {@code field}. */
  static ErrorFields otherwise(String field) {
    return new ErrorFields(field);
  }

  /** A rule about the domain's {@code attribute} goes against {@code field}. */
  ErrorFields attribute(String attribute, String field) {
    byAttribute.put(attribute, field);
    return this;
  }

  /** A rule with {@code code} (and no attribute in this table) goes against {@code field}. */
  ErrorFields code(String code, String field) {
    byCode.put(code, field);
    return this;
  }

  /** The field (its element's id) that {@code e} belongs to. */
  String fieldOf(DomainException e) {
    String byField = e.field() == null ? null : byAttribute.get(e.field());
    return byField != null ? byField : byCode.getOrDefault(e.code(), otherwise);
  }
}
