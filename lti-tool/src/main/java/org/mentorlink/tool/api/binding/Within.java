package org.mentorlink.tool.api.binding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date (or date and time) of a request body that must fall in a plausible {@link DateWindow};
 * state the window in the field's {@code @Schema(description = DateWindow.Docs.…)} as well.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Within {
  DateWindow value();
}
