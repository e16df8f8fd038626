package dev.proctorreviews.vendor.softwaresecure;

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
import dev.proctorreviews.json.JsonFields;
import dev.proctorreviews.json.NeverStored;
import dev.proctorreviews.json.StrictJson;
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
    /** Vendor bodies: deep enough for any real payload, strings up to 1 MiB (photos are removed later). */
    private static final StrictJson JSON = new StrictJson(64, 1_048_576, 64);

    @Override
    public PayloadReading read(byte[] body, Optional<String> externalIdFromRoute) {
        JsonFields fields = new JsonFields();
        Optional<ObjectNode> parsed = JSON.object(body, fields);
        if (parsed.isEmpty()) {
            return new PayloadReading.Malformed(fields.errors());
        }
        ObjectNode root = parsed.get();
        Optional<JsonNode> meta = fields.requiredObject(root, "examMetaData", "examMetaData");
        Optional<String> code = meta.flatMap(m -> fields.requiredText(m, "examCode", "examMetaData.examCode"));
        Optional<String> locator = meta.flatMap(m ->
                fields.requiredText(m, "ssiRecordLocator", "examMetaData.ssiRecordLocator"));
        Optional<String> proctor = meta.flatMap(m ->
                fields.optionalText(m, "proctor_username", "examMetaData.proctor_username"));
        Optional<String> status = fields.requiredText(root, "reviewStatus", "reviewStatus");
        Optional<String> video = fields.optionalText(root, "videoReviewLink", "videoReviewLink");
        List<ReviewComment> comments = new ArrayList<>();
        comments.addAll(comments(fields, root, "webCamComments"));
        comments.addAll(comments(fields, root, "desktopComments"));
        code.filter(c -> c.isBlank() || c.length() > AttemptCode.MAX_LENGTH).ifPresent(c ->
                fields.fail("examMetaData.examCode", "must be 1 to " + AttemptCode.MAX_LENGTH + " characters"));
        if (fields.hasErrors()) {
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
                JSON.write(NeverStored.removedFrom(root)), video.filter(v -> !v.isBlank())));
    }

    private static List<ReviewComment> comments(JsonFields fields, JsonNode root, String name) {
        List<ReviewComment> comments = new ArrayList<>();
        Optional<JsonNode> list = fields.optionalArray(root, name, name);
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
            Optional<String> text = fields.requiredText(item, "comments", path + ".comments");
            int start = fields.int32(item, "eventStart", path + ".eventStart", 0);
            int finish = fields.int32(item, "eventFinish", path + ".eventFinish", 0);
            int duration = fields.int32(item, "duration", path + ".duration", 0);
            String status = fields.optionalText(item, "eventStatus", path + ".eventStatus").orElse("");
            text.ifPresent(t -> comments.add(new ReviewComment(start, finish, duration, t, status)));
        }
        return comments;
    }
}
