package org.mentorlink.tool.idempotency;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import org.mentorlink.tool.infrastructure.db.TranslatesDatabaseFaults;

/**
 * Puts every JAX-RS resource class of the application ({@code @Path}) behind the same two
 * interceptors, so that no resource — today's or one added later — can forget them: database faults
 * answer 503 ({@link TranslatesDatabaseFaults}), and a state-changing call with a key runs at most
 * once ({@link Idempotent}). Registered in {@code
 * META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class ResourceBoundaries implements Extension {
  <T> void wrap(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
    if (type.getAnnotatedType().isAnnotationPresent(Path.class)
        && type.getAnnotatedType().getJavaClass().getName().startsWith("org.mentorlink.")) {
      type.configureAnnotatedType()
          .add(TranslatesDatabaseFaults.Literal.INSTANCE)
          .add(Idempotent.Literal.INSTANCE);
    }
  }
}
