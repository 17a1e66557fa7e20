package org.mentorlink.tool.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.MonthDay;
import org.mentorlink.domain.shared.CpdHours;

/**
 * JSON-B for the API: records and value objects by their fields, hours as decimal strings ({@code
 * "1.5"}), CPD year starts as {@code "MM-DD"}.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyVisibilityStrategy(
                  new PropertyVisibilityStrategy() {
                    @Override
                    public boolean isVisible(Field field) {
                      return !java.lang.reflect.Modifier.isStatic(field.getModifiers());
                    }

                    @Override
                    public boolean isVisible(Method method) {
                      return false;
                    }
                  })
              .withAdapters(new HoursAdapter(), new MonthDayAdapter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** Hours as a decimal string. */
  public static class HoursAdapter implements JsonbAdapter<CpdHours, String> {
    @Override
    public String adaptToJson(CpdHours obj) {
      return obj.toString();
    }

    @Override
    public CpdHours adaptFromJson(String obj) {
      return CpdHours.of(obj);
    }
  }

  /** A day of the year as {@code MM-DD}. */
  public static class MonthDayAdapter implements JsonbAdapter<MonthDay, String> {
    @Override
    public String adaptToJson(MonthDay obj) {
      return String.format("%02d-%02d", obj.getMonthValue(), obj.getDayOfMonth());
    }

    @Override
    public MonthDay adaptFromJson(String obj) {
      return MonthDay.parse("--" + obj);
    }
  }
}
