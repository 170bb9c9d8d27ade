package org.caravan.api.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.caravan.data.text.WrittenLanguage;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's own answers (a request it refuses before the application sees it: an encoded NUL or {@code ..} in the
 * path, a malformed header) as problem details like every other error, instead of its HTML error page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatus(status);
        if (known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        ProblemBodies.bound(problem, WrittenLanguage.EN); // before Spring: no request language yet
        String detail = status == 400 ? "The request was refused before it reached Caravan (a malformed path or header)."
                : "The request could not be served.";
        String body = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"%s}".formatted(problem.getType(),
                problem.getTitle(), status, detail,
                status == 400 ? ",\"issues\":[{\"path\":\"$\",\"message\":\"" + detail + "\"}]" : "");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over; nothing more to say.
        }
    }

    /** Makes this the error report valve of the embedded Tomcat's host. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
