package org.mentorlink.tool.web;

import java.util.ArrayList;
import java.util.List;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.StateConflict;

/**
 * What is wrong with a posted form, field by field: the error summary at the top of the page links
 * to each field (by its id), and each field shows its own message, linked by {@code
 * aria-describedby}.
 */
public final class FormErrors {
  /** A message about the field whose element has id {@code field}. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> list = new ArrayList<>();
  private int status = 422;

  /** Adds a message for {@code field}. */
  public FormErrors add(String field, String message) {
    list.add(new FieldError(field, message));
    return this;
  }

  /**
   * Adds a broken business rule against {@code field}. "Not found" and "forbidden" are not form
   * errors: they are rethrown for the error pages.
   */
  public FormErrors add(DomainException e, String field) {
    return add(e, ErrorFields.otherwise(field));
  }

  /** Adds a broken business rule against the field {@code fields} gives it (see {@link #add}). */
  FormErrors add(DomainException e, ErrorFields fields) {
    if (e instanceof NotFound || e instanceof Forbidden) {
      throw e;
    }
    if (e instanceof StateConflict) {
      status = 409;
    }
    return add(fields.fieldOf(e), e.getMessage());
  }

  public boolean any() {
    return !list.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(list);
  }

  public boolean has(String field) {
    return list.stream().anyMatch(e -> e.field().equals(field));
  }

  /** The first message for {@code field}, or null. */
  public String message(String field) {
    return list.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  /**
   * The value of {@code aria-describedby} for {@code field}: its hint (if {@code hintId} is not
   * null) and its error message (if any); null when neither.
   */
  public String describedBy(String field, String hintId) {
    String error = has(field) ? field + "-error" : null;
    if (hintId == null) {
      return error;
    }
    return error == null ? hintId : hintId + " " + error;
  }

  /**
   * The HTTP status of the page that shows these errors: 409 for a conflict with what is stored (a
   * refused transition, a duplicate), else 422.
   */
  public int status() {
    return status;
  }
}
