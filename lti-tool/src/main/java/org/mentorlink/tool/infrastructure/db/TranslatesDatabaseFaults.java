package org.mentorlink.tool.infrastructure.db;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The methods of the annotated class answer a database fault as {@link DatabaseFault} ({@code
 * 503}), never as a 500. Every JAX-RS resource class carries it ({@code ResourceBoundaries}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TranslatesDatabaseFaults {
  /** The annotation as a value, for adding it to a class at deployment. */
  final class Literal extends jakarta.enterprise.util.AnnotationLiteral<TranslatesDatabaseFaults>
      implements TranslatesDatabaseFaults {
    private static final long serialVersionUID = 1L;
    public static final Literal INSTANCE = new Literal();
  }
}
