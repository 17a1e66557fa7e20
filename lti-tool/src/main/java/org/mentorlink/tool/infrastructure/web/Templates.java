package org.mentorlink.tool.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the server-side pages from {@code templates/*.html} (Thymeleaf, which escapes every
 * {@code th:text} by default), their words from the message bundle ({@link Messages}). Templates
 * are parsed once and cached. Links written {@code @{/app/...}} carry the page's launch handle
 * ({@link LaunchLinks}).
 */
@ApplicationScoped
public class Templates {
  private final TemplateEngine engine;

  public Templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setLinkBuilder(new LaunchLinks());
    engine.setMessageResolver(new Messages());
  }

  /** The page {@code name} rendered with {@code variables}, in British English. */
  public String render(String name, Map<String, ?> variables) {
    Context context = new Context(Locale.UK);
    variables.forEach(context::setVariable);
    return engine.process(name, context);
  }
}
