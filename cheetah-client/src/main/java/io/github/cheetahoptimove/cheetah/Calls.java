package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** Runs Retrofit calls and turns every failure into a typed {@link CheetahException}. */
final class Calls {
    private final Errors errors;

    /** Calls whose failures {@code errors} describes. */
    public Calls(Errors errors) {
        this.errors = errors;
    }

    /**
     * Runs the call on this thread.
     *
     * @return the parsed body; {@code null} only for an answer without one (204)
     */
    public <T> T execute(Call<T> call) {
        Request request = call.request();
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw errors.transport(request, e);
        }
        return unwrap(response);
    }

    /** Runs the call on OkHttp's dispatcher; the future fails with a {@link CheetahException}. */
    public <T> CompletableFuture<T> executeAsync(Call<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Request request = call.request();
        call.enqueue(new Callback<T>() {
            @Override
            public void onResponse(Call<T> c, Response<T> response) {
                try {
                    future.complete(unwrap(response));
                } catch (CheetahException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call<T> c, Throwable t) {
                future.completeExceptionally(t instanceof IOException
                        ? errors.transport(request, (IOException) t) : t);
            }
        });
        return future;
    }

    private <T> T unwrap(Response<T> response) {
        if (response.isSuccessful()) {
            T body = response.body();
            if (body == null && response.code() != 204 && response.code() != 205) {
                throw Errors.missingBody(response.raw());
            }
            return body;
        }
        okhttp3.Response raw = response.raw();
        byte[] body = Errors.readBody(response.errorBody());
        throw errors.fromAnswer(raw.request().method(), raw.request().url().encodedPath(), raw.code(),
                raw.header("X-Request-Id"), raw.header("Retry-After"), body);
    }
}
