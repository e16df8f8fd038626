package dev.proctorreviews.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What no vendor payload may leave in storage: the learner's photo, the exam password and the video link (which
 * is handed over separately and kept only encrypted). One rule for every vendor, so that a field added to it
 * is removed everywhere.
 */
public final class NeverStored {
    private NeverStored() {
    }

    /** A copy of {@code payload} without the never-stored fields. */
    public static ObjectNode removedFrom(ObjectNode payload) {
        ObjectNode copy = payload.deepCopy();
        copy.remove("videoReviewLink");
        copy.remove("userPhotoBase64String");
        JsonNode api = copy.get("examApiData");
        if (api instanceof ObjectNode apiData) {
            apiData.remove("examPassword");
        }
        return copy;
    }
}
