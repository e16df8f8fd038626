package dev.proctorreviews.vendor.psi;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PSI's review in the standard format: a standard-vocabulary {@code status}, comments, and an optional
 * internal reviewer by e-mail ({@code reviewed_by}). The attempt is the one the route names by external id.
 * Everything else in the payload is kept as raw data.
 */
public final class PsiPayloadParser implements ReviewPayloadReader {

    @Override
    public PayloadReading read(byte[] body, Optional<String> externalIdFromRoute) {
        PayloadFields fields = new PayloadFields();
        String externalId = externalIdFromRoute.orElse("");
        if (externalId.isBlank() || externalId.length() > ExternalId.MAX_LENGTH || externalId.indexOf('\0') >= 0) {
            fields.fail("external_id", "must be 1 to " + ExternalId.MAX_LENGTH + " characters");
        }
        Optional<ObjectNode> parsed = fields.object(body);
        if (parsed.isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        ObjectNode root = parsed.get();
        Optional<String> status = fields.text(root, "status", "status", true);
        Optional<String> reviewedBy = fields.text(root, "reviewed_by", "reviewed_by", false);
        List<ReviewComment> comments = comments(fields, root);
        if (!fields.errors().isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        Optional<StandardStatus> known = StandardStatus.fromWireName(status.get());
        if (known.isEmpty()) {
            return new PayloadReading.UnknownStatus(status.get(),
                    "Received unexpected status field value from payload. Was " + status.get() + ".");
        }
        return new PayloadReading.Read(new NormalisedReview(new VendorAttemptKey.External(new ExternalId(externalId)),
                known.get().toStored(), comments,
                reviewedBy.filter(r -> !r.isBlank()).map(ReviewerReference.ByEmail::new), redacted(root),
                Optional.empty()));
    }

    private static List<ReviewComment> comments(PayloadFields fields, JsonNode root) {
        List<ReviewComment> comments = new ArrayList<>();
        Optional<JsonNode> list = fields.array(root, "comments", "comments");
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
            Optional<String> text = fields.text(item, "comment", path + ".comment", true);
            Optional<String> status = fields.text(item, "status", path + ".status", true);
            int start = fields.int32(item, "start", path + ".start", 0);
            int stop = fields.int32(item, "stop", path + ".stop", 0);
            int duration = fields.int32(item, "duration", path + ".duration", 0);
            if (text.isPresent() && status.isPresent()) {
                comments.add(new ReviewComment(start, stop, duration, text.get(), status.get()));
            }
        }
        return comments;
    }

    /** The payload as raw data, without the fields no vendor payload may leave in storage. */
    private static String redacted(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        copy.remove("videoReviewLink");
        copy.remove("userPhotoBase64String");
        if (copy.get("examApiData") instanceof ObjectNode apiData) {
            apiData.remove("examPassword");
        }
        try {
            return PayloadFields.MAPPER.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }
}
