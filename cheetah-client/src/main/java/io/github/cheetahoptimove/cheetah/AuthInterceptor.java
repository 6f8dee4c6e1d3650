package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the bearer token to every API call. A {@code 401} means the token expired or was revoked: the
 * token is replaced (once for all the calls that saw it fail) and the call repeated once; a second
 * {@code 401} is returned as it is.
 */
final class AuthInterceptor implements Interceptor {
    private final TokenManager tokens;

    /** Authenticates with {@code tokens}. */
    public AuthInterceptor(TokenManager tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String token = token(null);
        Response response = chain.proceed(withBearer(request, token));
        if (response.code() != 401) {
            return response;
        }
        response.close();
        return chain.proceed(withBearer(request, token(token)));
    }

    private String token(String rejected) throws CheetahIOException {
        try {
            return rejected == null ? tokens.token() : tokens.replace(rejected);
        } catch (CheetahException e) {
            throw new CheetahIOException(e);
        }
    }

    private static Request withBearer(Request request, String token) {
        return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }
}
