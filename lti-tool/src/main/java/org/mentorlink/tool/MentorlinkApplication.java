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
            description = "Formal mentoring for doctors, as an LTI 1.3 tool."))
public class MentorlinkApplication extends Application {}
