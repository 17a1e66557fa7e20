package org.mentorlink.tool.api.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.api.CpdResource;
import org.mentorlink.tool.api.IntakeResource;
import org.mentorlink.tool.api.MentorResource;
import org.mentorlink.tool.api.RelationshipResource;
import org.mentorlink.tool.api.RequestResource;
import org.mentorlink.tool.api.SchemeResource;
import org.mentorlink.tool.api.operator.OperatorResource;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Every request body the API takes is a record {@link StrictJson} can bind (so that no body falls
 * back to JSON-B's lenient reading), and every date window a field is held to is stated in its
 * OpenAPI description.
 */
class BodiesBindingTest {
  static final List<Class<?>> RESOURCES =
      List.of(
          RequestResource.class,
          IntakeResource.class,
          RelationshipResource.class,
          CpdResource.class,
          SchemeResource.class,
          MentorResource.class,
          OperatorResource.class);

  /** The entity parameter of each resource method that takes a body. */
  static Set<Class<?>> bodies() {
    Set<Class<?>> out = new LinkedHashSet<>();
    for (Class<?> r : RESOURCES) {
      for (Method m : r.getDeclaredMethods()) {
        for (Parameter p : m.getParameters()) {
          boolean resourceMethod =
              m.isAnnotationPresent(Path.class)
                  || m.getDeclaringClass().isAnnotationPresent(Path.class);
          if (p.getAnnotations().length == 0 && resourceMethod && isEndpoint(m)) {
            out.add(p.getType());
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyBodyIsARecordOfTypesTheStrictReaderKnows() {
    Set<Class<?>> bodies = bodies();
    assertFalse(bodies.isEmpty());
    for (Class<?> b : bodies) {
      assertEquals(true, b.isRecord(), b + " is read strictly only as a record");
      // An empty object binds, or is refused for its required fields: never an unknown type.
      try {
        StrictJson.read("{}", b.asSubclass(Record.class), StrictJsonTest.NOW);
      } catch (HttpProblem p) {
        assertEquals("VALIDATION_FAILED", p.code(), b + ": " + p.getMessage());
        p.errors().forEach(e -> assertEquals("REQUIRED", e.code(), b + ": " + e));
      }
      supported(b, new LinkedHashSet<>());
    }
  }

  @Test
  void everyDateWindowIsStatedInTheFieldsDescription() {
    int windows = 0;
    for (Class<?> b : bodies()) {
      for (Class<?> r : records(b, new LinkedHashSet<>())) {
        for (RecordComponent c : r.getRecordComponents()) {
          Field f = field(r, c.getName());
          Within w = f.getAnnotation(Within.class);
          if (w != null) {
            windows++;
            Schema s = f.getAnnotation(Schema.class);
            assertNotNull(s, r.getSimpleName() + "." + c.getName() + " has no @Schema");
            assertEquals(w.value().doc(), s.description(), r.getSimpleName() + "." + c.getName());
          }
        }
      }
    }
    assertEquals(true, windows >= 7, "the windows found: " + windows);
  }

  @Test
  void anUnknownFieldIsRefusedInEveryBody() {
    for (Class<?> b : bodies()) {
      HttpProblem p =
          assertThrows(
              HttpProblem.class,
              () ->
                  StrictJson.read(
                      "{\"zzUnknown\":1}", b.asSubclass(Record.class), StrictJsonTest.NOW));
      assertEquals(
          true, p.errors().stream().anyMatch(e -> e.code().equals("UNKNOWN_FIELD")), b.getName());
    }
  }

  private static Set<Class<?>> records(Class<?> r, Set<Class<?>> seen) {
    if (!r.isRecord() || !seen.add(r)) {
      return seen;
    }
    for (RecordComponent c : r.getRecordComponents()) {
      Type t = c.getGenericType();
      if (t instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> item) {
        records(item, seen);
      } else if (t instanceof Class<?> k) {
        records(k, seen);
      }
    }
    return seen;
  }

  private static void supported(Class<?> b, Set<Class<?>> seen) {
    for (Class<?> r : records(b, seen)) {
      for (RecordComponent c : r.getRecordComponents()) {
        Class<?> t = c.getType();
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType p) {
          assertEquals(true, t == List.class || t == Set.class, r + "." + c.getName());
          t = (Class<?>) p.getActualTypeArguments()[0];
        }
        boolean known =
            t == String.class
                || t == Boolean.class
                || t == Integer.class
                || t == Long.class
                || t.isEnum()
                || t.isRecord()
                || t == java.time.LocalDate.class
                || t == java.time.Instant.class
                || t == java.time.MonthDay.class;
        assertEquals(true, known, r.getSimpleName() + "." + c.getName() + " of " + t);
      }
    }
  }

  private static boolean isEndpoint(Method m) {
    for (var a : m.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  private static Field field(Class<?> r, String name) {
    try {
      return r.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
