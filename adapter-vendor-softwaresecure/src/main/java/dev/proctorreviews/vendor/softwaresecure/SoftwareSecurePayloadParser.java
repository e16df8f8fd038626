package dev.proctorreviews.vendor.softwaresecure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SoftwareSecure's review: attempt code and record locator from {@code examMetaData}, the stored-vocabulary
 * {@code reviewStatus}, webcam comments then desktop comments, an optional internal reviewer
 * ({@code examMetaData.proctor_username}) and a video link that is handed over separately. Raw data keeps the
 * payload without the learner's photo, the exam password and the video link.
 */
public final class SoftwareSecurePayloadParser implements ReviewPayloadReader {

    @Override
    public PayloadReading read(byte[] body, Optional<String> externalIdFromRoute) {
        PayloadFields fields = new PayloadFields();
        Optional<ObjectNode> parsed = fields.object(body);
        if (parsed.isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        ObjectNode root = parsed.get();
        Optional<JsonNode> meta = fields.object(root, "examMetaData", "examMetaData", true);
        Optional<String> code = meta.flatMap(m -> fields.text(m, "examCode", "examMetaData.examCode", true));
        Optional<String> locator = meta.flatMap(m ->
                fields.text(m, "ssiRecordLocator", "examMetaData.ssiRecordLocator", true));
        Optional<String> proctor = meta.flatMap(m ->
                fields.text(m, "proctor_username", "examMetaData.proctor_username", false));
        Optional<String> status = fields.text(root, "reviewStatus", "reviewStatus", true);
        Optional<String> video = fields.text(root, "videoReviewLink", "videoReviewLink", false);
        List<ReviewComment> comments = new ArrayList<>();
        comments.addAll(comments(fields, root, "webCamComments"));
        comments.addAll(comments(fields, root, "desktopComments"));
        code.filter(c -> c.isBlank() || c.length() > AttemptCode.MAX_LENGTH).ifPresent(c ->
                fields.fail("examMetaData.examCode", "must be 1 to " + AttemptCode.MAX_LENGTH + " characters"));
        if (!fields.errors().isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        Optional<ReviewStatus> known = ReviewStatus.fromLabel(status.get());
        if (known.isEmpty()) {
            return new PayloadReading.UnknownStatus(status.get(),
                    "Received unexpected reviewStatus field value from payload. Was " + status.get() + ".");
        }
        return new PayloadReading.Read(new NormalisedReview(
                new VendorAttemptKey.CodeAndLocator(new AttemptCode(code.get()), locator.get()), known.get(),
                comments, proctor.filter(p -> !p.isBlank()).map(ReviewerReference.ByUsername::new),
                redacted(root), video.filter(v -> !v.isBlank())));
    }

    private static List<ReviewComment> comments(PayloadFields fields, JsonNode root, String name) {
        List<ReviewComment> comments = new ArrayList<>();
        Optional<JsonNode> list = fields.array(root, name, name);
        if (list.isEmpty()) {
            return comments;
        }
        for (int i = 0; i < list.get().size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode item = list.get().get(i);
            if (!item.isObject()) {
                fields.fail(path, "must be an object");
                continue;
            }
            Optional<String> text = fields.text(item, "comments", path + ".comments", true);
            int start = fields.int32(item, "eventStart", path + ".eventStart", 0);
            int finish = fields.int32(item, "eventFinish", path + ".eventFinish", 0);
            int duration = fields.int32(item, "duration", path + ".duration", 0);
            String status = fields.text(item, "eventStatus", path + ".eventStatus", false).orElse("");
            text.ifPresent(t -> comments.add(new ReviewComment(start, finish, duration, t, status)));
        }
        return comments;
    }

    /** The payload without what must never be stored: photo, exam password, video link. */
    private static String redacted(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        copy.remove("videoReviewLink");
        copy.remove("userPhotoBase64String");
        JsonNode api = copy.get("examApiData");
        if (api instanceof ObjectNode apiData) {
            apiData.remove("examPassword");
        }
        try {
            return PayloadFields.MAPPER.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }
}
