package dev.proctorreviews.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A visitor without a browser: keeps the session cookie, follows nothing by itself. */
final class HttpVisitor {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]{64})\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(PagesWorld.timeout()).build();
    private final String base;
    private Optional<String> session = Optional.empty();

    HttpVisitor(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** A GET that also sends one more cookie, e.g. the pending single sign-on's. */
    HttpResponse<String> getWithCookie(String pathOrUrl, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs in with a one-time link and returns where it led. */
    String signInWith(String link) {
        HttpResponse<String> response = get(link);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no form token on the page");
        }
        return matcher.group(1);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        session.ifPresent(token -> request.header("Cookie", CookieJar.SESSION + "=" + token));
        try {
            HttpResponse<String> response = client.send(request.timeout(PagesWorld.timeout()).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(CookieJar.SESSION + "="))
                    .forEach(cookie -> {
                        String value = cookie.substring(CookieJar.SESSION.length() + 1, cookie.indexOf(';'));
                        session = value.isEmpty() ? Optional.empty() : Optional.of(value);
                    });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
