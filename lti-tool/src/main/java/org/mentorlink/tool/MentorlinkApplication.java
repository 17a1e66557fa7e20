package org.mentorlink.tool;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Pages, LTI endpoints and the REST API, all served from the context root. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Mentorlink",
            version = "0.1",
            description =
                "Formal mentoring for doctors, as an LTI 1.3 tool. Request bodies are read"
                    + " strictly: exact JSON types (no string for a number or boolean), an enum's"
                    + " exact names, dates as YYYY-MM-DD within each field's stated range, no"
                    + " null array items, no control characters in text (tabs and line breaks"
                    + " excepted), no unknown fields. A refusal is application/problem+json with a"
                    + " stable code (VALIDATION_FAILED, DATE_OUT_OF_RANGE, TEXT_CONTROL_CHARACTERS,"
                    + " JSON_MALFORMED, PAGING_INVALID, ...), the field(s) it concerns and the"
                    + " requestId also sent as X-Request-Id."))
public class MentorlinkApplication extends Application {}
