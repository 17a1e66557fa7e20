package org.mentorlink.tool.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state-changing call of the annotated class that carries a key runs at most once per key: see
 * {@link IdempotentCalls}. Every JAX-RS resource class carries it ({@link ResourceBoundaries}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
  /** The annotation as a value, for adding it to a class at deployment. */
  final class Literal extends jakarta.enterprise.util.AnnotationLiteral<Idempotent>
      implements Idempotent {
    private static final long serialVersionUID = 1L;
    public static final Literal INSTANCE = new Literal();
  }
}
