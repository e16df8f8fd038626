package dev.proctorreviews.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before Javalin sees it (a malformed request line or escape, a URI or
 * headers too large, an unknown HTTP version): the same problem document as every other error, instead of
 * Jetty's HTML page, so that a client never has to parse two error formats. The detail is fixed per code, never
 * Jetty's own message, which may quote the offending input.
 */
final class JettyProblems extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
                                    Throwable cause, Callback callback) {
        ProblemCode code = codeFor(status);
        response.setStatus(code.status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(Problems.document(code, detailFor(code))), callback);
    }

    static ProblemCode codeFor(int status) {
        return switch (status) {
            case 408 -> ProblemCode.REQUEST_TIMEOUT;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemCode.URI_TOO_LONG;
            case 431 -> ProblemCode.HEADERS_TOO_LARGE;
            case 503 -> ProblemCode.OVERLOADED;
            case 505 -> ProblemCode.HTTP_VERSION_NOT_SUPPORTED;
            default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.MALFORMED_REQUEST;
        };
    }

    private static String detailFor(ProblemCode code) {
        return switch (code) {
            case REQUEST_TIMEOUT -> "The request was not received in time.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case URI_TOO_LONG -> "The request URI is too long.";
            case HEADERS_TOO_LARGE -> "The request headers are too large.";
            case OVERLOADED -> "The service is overloaded; retry later.";
            case HTTP_VERSION_NOT_SUPPORTED -> "Only HTTP/1.0 and HTTP/1.1 are served.";
            case INTERNAL_ERROR -> "The server could not handle the request.";
            default -> "The request is not valid HTTP (request line, percent-encoding, path or headers).";
        };
    }
}
