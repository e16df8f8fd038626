package dev.proctorreviews.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The service's published OpenAPI document as a checker of real answers: every answer the end-to-end suite
 * receives on a documented operation must have a documented status, a body valid against that response's
 * schema (JSON Schema 2020-12, as OpenAPI 3.1 says), a problem code listed for it, and no Content-Type on 204.
 */
final class ApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode document;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    ApiDocument(String json) {
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one answer; answers to undocumented routes (404s and 405s of the fuzz tests) are not checked. */
    void check(String method, String rawPath, RunningService.Response answer) {
        Optional<String> template = template(rawPath, method);
        if (template.isEmpty()) {
            return;
        }
        String where = method + " " + template.get() + " answered " + answer;
        if (refusedBeforeRouting(answer)) {
            return;
        }
        JsonNode response = resolve(document.at("/paths").get(template.get()).get(method.toLowerCase())
                .at("/responses").get(Integer.toString(answer.status())));
        if (response == null) {
            throw new AssertionError("undocumented status: " + where);
        }
        String contentType = answer.header("Content-Type");
        if (answer.status() == 204) {
            if (contentType != null) {
                throw new AssertionError("a 204 with Content-Type " + contentType + ": " + where);
            }
            return;
        }
        if (contentType == null || !contentType.contains("json")) {
            return;
        }
        String media = contentType.split(";")[0].trim();
        JsonNode schema = response.at("/content").get(media);
        if (schema == null) {
            throw new AssertionError("undocumented media type " + media + ": " + where);
        }
        JsonNode body = answer.json();
        Set<ValidationMessage> faults = compiled.computeIfAbsent(template.get() + " " + method + " "
                + answer.status() + " " + media, k -> compile(schema.get("schema"))).validate(body);
        if (!faults.isEmpty()) {
            throw new AssertionError("body does not match its schema " + faults + ": " + where);
        }
        if (media.equals("application/problem+json")) {
            boolean listed = false;
            for (JsonNode code : response.path("x-problem-codes")) {
                listed |= code.asText().equals(body.path("code").asText());
            }
            if (!listed) {
                throw new AssertionError("problem code not documented for the operation: " + where);
            }
        }
    }

    /**
     * A problem the HTTP server answers before any route sees the request (any path, listed once at the top of
     * the document): it must carry the status the document gives its code and match the Problem schema.
     */
    private boolean refusedBeforeRouting(RunningService.Response answer) {
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return false;
        }
        JsonNode body = answer.json();
        JsonNode status = document.path("x-transport-problem-codes").path(body.path("code").asText());
        if (status.isMissingNode()) {
            return false;
        }
        if (status.asInt() != answer.status()) {
            throw new AssertionError("transport problem with the wrong status: " + answer);
        }
        Set<ValidationMessage> faults = compiled.computeIfAbsent("transport problem",
                k -> compile(document.at("/components/schemas/Problem"))).validate(body);
        if (!faults.isEmpty()) {
            throw new AssertionError("transport problem does not match the Problem schema " + faults + ": " + answer);
        }
        return true;
    }

    private Optional<String> template(String rawPath, String method) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String regex = Pattern.quote(path.getKey()).replaceAll("\\{[a-z_]+}", "\\\\E[^/]+\\\\Q");
            if (rawPath.matches(regex) && path.getValue().has(method.toLowerCase())) {
                return Optional.of(path.getKey());
            }
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode node) {
        return node != null && node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The schema inside a document that carries the components, so that its local references resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = ((ObjectNode) schema).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        return SCHEMAS.getSchema(root);
    }
}
