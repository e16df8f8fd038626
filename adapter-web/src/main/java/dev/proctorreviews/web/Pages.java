package dev.proctorreviews.web;

import dev.proctorreviews.web.view.Frame;
import dev.proctorreviews.web.view.MessagePageView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Renders the templates (compiled into the jar at build time, HTML-escaping every value) and sends them with
 * the pages' security headers.
 */
final class Pages {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String contentSecurityPolicy;

    Pages(PageSettings settings) {
        this.contentSecurityPolicy = "default-src 'self'; frame-ancestors "
                + settings.frameAncestors().orElse("'none'");
    }

    /** Sent before any handler runs, so that failures and redirects carry them too. */
    void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    void render(Context ctx, int status, String template, Object view) {
        StringOutput html = new StringOutput();
        templates.render(template, view, html);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html.toString());
    }

    void message(Context ctx, int status, Frame frame, String heading, String message) {
        render(ctx, status, "message.jte", new MessagePageView(frame, heading, message, Optional.empty(), ""));
    }

    void message(Context ctx, int status, Frame frame, String heading, String message, String linkHref,
                 String linkText) {
        render(ctx, status, "message.jte", new MessagePageView(frame, heading, message, Optional.of(linkHref),
                linkText));
    }
}
