package org.mentorlink.tool.exports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.mentorlink.tool.infrastructure.web.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document template ({@code templates/pdf/<name>.html}: XHTML, Thymeleaf in XML mode, its
 * words from the message bundle) to a tagged PDF (PDF/UA) with openhtmltopdf: a structure tree from
 * the HTML (headings, paragraphs, tables, lists, links), the title from {@code <title>} shown in
 * the viewer's title bar, the language from {@code <html lang>}, and every font embedded.
 *
 * <p>The only fonts are Liberation Sans regular, bold and italic (SIL Open Font License 1.1, from
 * the {@code openpdf-fonts-extra} jar), embedded as subsets: names and notes in Latin, Greek and
 * Cyrillic scripts print as written. A document loads nothing from outside: every external resource
 * (image, style sheet, font by URL) is refused.
 */
final class TaggedPdf {
  private static final String FAMILY = "Liberation Sans";
  private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
  private static final byte[] ITALIC = font("LiberationSans-Italic.ttf");
  private static final TemplateEngine ENGINE = engine();

  /** What XML 1.0 cannot hold (control characters, lone surrogates): dropped from the text. */
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  static {
    XRLog.setLoggingEnabled(false); // openhtmltopdf logs every layout step at INFO
  }

  private TaggedPdf() {}

  /** The PDF of template {@code name} with {@code model}, dated {@code created}. */
  static byte[] render(String name, Map<String, ?> model, Instant created) {
    Context context = new Context(Locale.UK);
    model.forEach(context::setVariable);
    String xhtml = NOT_XML.matcher(ENGINE.process(name, context)).replaceAll("");
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .usePdfUaAccessibility(true)
            .withProducer("Mentorlink")
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true)
            .useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true)
            .useFont(() -> new ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true)
            .withHtmlContent(xhtml, null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      PDDocument doc = renderer.createPDFKeepOpen();
      try (doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreator("Mentorlink");
        info.setCreationDate(calendar(created));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Calendar calendar(Instant at) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(at.toEpochMilli());
    return c;
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(TaggedPdf.class.getClassLoader());
    resolver.setPrefix("templates/pdf/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new Messages());
    return engine;
  }

  private static byte[] font(String file) {
    String path = "/liberation/" + file;
    try (InputStream in = TaggedPdf.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The font " + path + " is missing (openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
