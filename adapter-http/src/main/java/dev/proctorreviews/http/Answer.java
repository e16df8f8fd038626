package dev.proctorreviews.http;

import dev.proctorreviews.application.port.FieldError;
import io.javalin.http.Context;
import java.util.List;

/** What a route answers for a use case's result: a body, no content, or a problem. {@link Answers} makes them. */
sealed interface Answer {
    /** Writes the answer. */
    void writeTo(Context ctx);

    /** The name metrics count the answer under: the problem code, or what the success was. */
    String outcome();

    static Answer ok(Object body) {
        return new Body(200, body, "ok");
    }

    record Body(int status, Object body, String outcome) implements Answer {
        @Override
        public void writeTo(Context ctx) {
            Json.write(ctx.status(status), body);
        }
    }

    record NoContent() implements Answer {
        @Override
        public void writeTo(Context ctx) {
            ctx.status(204);
            // Javalin's default content type would otherwise label a body that is not there.
            ctx.res().setContentType(null);
        }

        @Override
        public String outcome() {
            return "no_content";
        }
    }

    record Problem(ProblemCode code, String detail, List<FieldError> errors) implements Answer {
        Problem(ProblemCode code, String detail) {
            this(code, detail, List.of());
        }

        @Override
        public void writeTo(Context ctx) {
            Problems.write(ctx, code, detail, errors);
        }

        @Override
        public String outcome() {
            return code.wireName();
        }
    }
}
