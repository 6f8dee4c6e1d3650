package io.github.cheetahoptimove.optimove.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** Runs Retrofit calls and turns every failure into a typed {@link OptimoveException}. */
final class Calls {
    /**
     * Exactly {@code application/json}, no charset: {@code AddChannelTemplates} refuses anything
     * else, and the others accept it.
     */
    private static final MediaType JSON = MediaType.get("application/json");

    private Calls() {}

    /** A JSON body with the bare {@code application/json} type. */
    static RequestBody json(Object value) {
        try {
            return RequestBody.create(Json.MAPPER.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new IllegalStateException("could not write a request body", e);
        }
    }

    /** Runs the call; the parsed body, or {@code null} for one without a body. */
    static <T> T execute(Call<T> call) {
        Request request = call.request();
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw Errors.transport(request, e);
        }
        return unwrap(request, response);
    }

    /** Runs the call on OkHttp's dispatcher; the future fails with an {@link OptimoveException}. */
    static <T> CompletableFuture<T> executeAsync(Call<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Request request = call.request();
        call.enqueue(new Callback<T>() {
            @Override
            public void onResponse(Call<T> c, Response<T> response) {
                try {
                    future.complete(unwrap(request, response));
                } catch (OptimoveException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call<T> c, Throwable t) {
                future.completeExceptionally(t instanceof IOException ? Errors.transport(request, (IOException) t) : t);
            }
        });
        return future;
    }

    private static <T> T unwrap(Request request, Response<T> response) {
        if (response.isSuccessful()) {
            return response.body();
        }
        throw Errors.fromAnswer(request, response.code(), Errors.readBody(response.errorBody()));
    }
}
