package org.mentorlink.tool.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?period=} or {@code ?from=&to=} of a report, read as text so that a date that cannot be
 * read is refused with a field-named 400 (see {@code ReportPeriod.parse}), never a 404 or 500.
 */
public class PeriodQuery {
  @QueryParam("period")
  @Parameter(
      description =
          "A named period: this-year (the scheme's year, from its CPD year start; the default),"
              + " last-year, last-12-months, this-quarter, last-quarter (quarters of the scheme's"
              + " year), or custom with from and to. Else 400 INVALID_PERIOD",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "this-year",
                "last-year",
                "last-12-months",
                "this-quarter",
                "last-quarter",
                "custom"
              }))
  String period;

  @QueryParam("from")
  @Parameter(
      description =
          "The period's first day, YYYY-MM-DD, with to (400 VALIDATION_FAILED if unreadable,"
              + " DATE_OUT_OF_RANGE outside 2000–2100)",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String from;

  @QueryParam("to")
  @Parameter(
      description =
          "The period's last day, YYYY-MM-DD, with from: on or after it, at most five years"
              + " later (else 400 INVALID_PERIOD)",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String to;
}
