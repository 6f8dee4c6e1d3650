package io.github.cheetahoptimove.cheetah;

import okhttp3.Request;

/** Which requests may be sent twice without doubling an effect. */
final class Idempotency {
    private Idempotency() {}

    /**
     * Reads, {@code PUT} and {@code DELETE} are; of the {@code POST}s, only a record upload (an
     * upsert by the unique field) and a token request are. Creating a campaign or a list is not.
     */
    static boolean safeToRepeat(Request request) {
        switch (request.method()) {
            case "GET":
            case "HEAD":
            case "PUT":
            case "DELETE":
                return true;
            case "POST":
                String path = request.url().encodedPath();
                return path.endsWith("/ListRecords") || path.endsWith("/oAuth2/Token");
            default:
                return false;
        }
    }
}
