package org.mentorlink.tool.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mentorlink.domain.shared.Paging;

/**
 * {@code ?page=&size=} of a paged list, read as text so that a value that is not a whole number in
 * range is refused with {@code PAGING_INVALID} (JAX-RS would answer 404 for {@code page=abc}).
 */
public class PageQuery {
  static final int DEFAULT_SIZE = 25;

  @QueryParam("page")
  @Parameter(
      description = "The page, from 0 (else 400 PAGING_INVALID)",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "0",
              maximum = "" + Paging.MAX_PAGE,
              defaultValue = "0"))
  String page;

  @QueryParam("size")
  @Parameter(
      description = "Items per page, 1 to 100 (else 400 PAGING_INVALID)",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "1",
              maximum = "" + Paging.MAX_SIZE,
              defaultValue = "" + DEFAULT_SIZE))
  String size;

  /** The page asked for, or a {@code PAGING_INVALID} refusal. */
  Paging paging() {
    return Paging.of(page, size, DEFAULT_SIZE);
  }
}
