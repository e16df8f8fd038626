package dev.proctorreviews.vendor.psi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.json.JsonFields;
import dev.proctorreviews.json.NeverStored;
import dev.proctorreviews.json.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PSI's review in the standard format: a standard-vocabulary {@code status}, comments, and an optional
 * internal reviewer by e-mail ({@code reviewed_by}). The attempt is the one the route names by external id.
 * Everything else in the payload is kept as raw data.
 */
public final class PsiPayloadParser implements ReviewPayloadReader {
    /** Vendor bodies: deep enough for any real payload, strings up to 1 MiB (photos are removed later). */
    private static final StrictJson JSON = new StrictJson(64, 1_048_576, 64);

    @Override
    public PayloadReading read(byte[] body, Optional<String> externalIdFromRoute) {
        JsonFields fields = new JsonFields();
        String externalId = externalIdFromRoute.orElse("");
        if (externalId.isBlank() || externalId.length() > ExternalId.MAX_LENGTH || externalId.indexOf('\0') >= 0) {
            fields.fail("external_id", "must be 1 to " + ExternalId.MAX_LENGTH + " characters");
        }
        Optional<ObjectNode> parsed = JSON.object(body, fields);
        if (parsed.isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        ObjectNode root = parsed.get();
        Optional<String> status = fields.requiredText(root, "status", "status");
        Optional<String> reviewedBy = fields.optionalText(root, "reviewed_by", "reviewed_by");
        List<ReviewComment> comments = comments(fields, root);
        if (fields.hasErrors()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        Optional<StandardStatus> known = StandardStatus.fromWireName(status.get());
        if (known.isEmpty()) {
            return new PayloadReading.UnknownStatus(status.get(),
                    "Received unexpected status field value from payload. Was " + status.get() + ".");
        }
        return new PayloadReading.Read(new NormalisedReview(new VendorAttemptKey.External(new ExternalId(externalId)),
                known.get().toStored(), comments,
                reviewedBy.filter(r -> !r.isBlank()).map(ReviewerReference.ByEmail::new), JSON.write(NeverStored.removedFrom(root)),
                Optional.empty()));
    }

    private static List<ReviewComment> comments(JsonFields fields, JsonNode root) {
        List<ReviewComment> comments = new ArrayList<>();
        Optional<JsonNode> list = fields.optionalArray(root, "comments", "comments");
        if (list.isEmpty()) {
            return comments;
        }
        for (int i = 0; i < list.get().size(); i++) {
            String path = "comments[" + i + "]";
            JsonNode item = list.get().get(i);
            if (!item.isObject()) {
                fields.fail(path, "must be an object");
                continue;
            }
            Optional<String> text = fields.requiredText(item, "comment", path + ".comment");
            Optional<String> status = fields.requiredText(item, "status", path + ".status");
            int start = fields.int32(item, "start", path + ".start", 0);
            int stop = fields.int32(item, "stop", path + ".stop", 0);
            int duration = fields.int32(item, "duration", path + ".duration", 0);
            if (text.isPresent() && status.isPresent()) {
                comments.add(new ReviewComment(start, stop, duration, text.get(), status.get()));
            }
        }
        return comments;
    }
}
