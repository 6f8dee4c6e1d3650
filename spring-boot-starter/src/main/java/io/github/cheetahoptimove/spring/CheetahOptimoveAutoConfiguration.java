package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.cheetah.CallListener;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.ExecutionLock;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.github.cheetahoptimove.optimove.ShedLockExecutionLock;
import io.github.cheetahoptimove.optimove.client.AttributeDelimiter;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the SDK into a Spring Boot host from {@link CheetahOptimoveProperties}: a
 * {@link CheetahClient} (on the host's {@link OkHttpClient} bean when there is one; closed on
 * shutdown), the {@link IntegrationSettings}, an {@link OptimoveClient} when
 * {@code cheetah-optimove.optimove.base-url} is set, and the {@link OptimoveBridge} with an
 * {@link ExecutionLock} (the host's, or one over a ShedLock {@link LockProvider} bean). The health
 * indicator, the scheduled day, the event endpoint and the Micrometer metrics have their own
 * configurations. Every bean backs off when the host defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(CheetahOptimoveProperties.class)
@ConditionalOnProperty(prefix = "cheetah-optimove.cheetah", name = "endpoint")
public class CheetahOptimoveAutoConfiguration {

    /** The CheetahMail client; every missing setting is named at startup. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public CheetahClient cheetahClient(CheetahOptimoveProperties properties, ObjectProvider<OkHttpClient> okHttp,
            ObjectProvider<CallListener> calls) {
        CheetahOptimoveProperties.Cheetah c = properties.getCheetah();
        CheetahClient.Builder b = CheetahClient.builder().endpoint(c.getEndpoint()).consumerKey(c.getConsumerKey())
                .consumerSecret(c.getConsumerSecret()).clientId(blankToNull(c.getClientId()))
                .maxRequestsPerSecond(c.getMaxRequestsPerSecond());
        if (c.isAllowInsecureHttp()) {
            b.allowInsecureHttp();
        }
        CallListener listener = calls.getIfUnique();
        if (listener != null) {
            b.callListener(listener);
        }
        OkHttpClient host = okHttp.getIfAvailable();
        if (host != null) {
            b.okHttpClient(host);
        }
        return prefixed("cheetah-optimove.cheetah", b::build);
    }

    /** The integration's settings; every missing setting is named at startup. */
    @Bean
    @ConditionalOnMissingBean
    public IntegrationSettings integrationSettings(CheetahOptimoveProperties properties) {
        CheetahOptimoveProperties.Integration i = properties.getIntegration();
        List<String> missing = new ArrayList<>();
        if (i.getCustId() == null) {
            missing.add("cust-id");
        }
        if (i.getFolderId() == null) {
            missing.add("folder-id");
        }
        if (i.getDataMapId() == null) {
            missing.add("data-map-id");
        }
        if (i.getIdentifierAttribute() == null) {
            missing.add("identifier-attribute");
        }
        if (i.getIdentifierField() == null) {
            missing.add("identifier-field");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cheetah-optimove.integration needs " + String.join(", ", missing)
                    + " (the Cust_ID, the Optimove folder's Folder ID, the PROP_MAP_ID and the identifier mapping)");
        }
        return prefixed("cheetah-optimove.integration", () -> {
            IntegrationSettings.Builder b = IntegrationSettings.builder().custId(CustId.of(i.getCustId()))
                    .folderId(FolderId.of(i.getFolderId())).dataMapId(DataMapId.of(i.getDataMapId()))
                    .identifierAttribute(i.getIdentifierAttribute()).identifierField(i.getIdentifierField())
                    .putAllFields(i.getFields());
            if (i.getAccountTimeZone() != null) {
                b.accountZone(ZoneId.of(i.getAccountTimeZone()));
            }
            return b.build();
        });
    }

    /** The Optimove client, when its base URL is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "cheetah-optimove.optimove", name = "base-url")
    public OptimoveClient optimoveClient(CheetahOptimoveProperties properties) {
        CheetahOptimoveProperties.Optimove o = properties.getOptimove();
        OptimoveClient.Builder b = OptimoveClient.builder().baseUrl(o.getBaseUrl()).apiKey(o.getApiKey());
        if (o.isAllowInsecureHttp()) {
            b.allowInsecureHttp();
        }
        return prefixed("cheetah-optimove.optimove", b::build);
    }

    /** The bridge, fed from Optimove when the Optimove client is there. */
    @Bean
    @ConditionalOnMissingBean
    public OptimoveBridge optimoveBridge(CheetahClient client, IntegrationSettings settings,
            CheetahOptimoveProperties properties, ObjectProvider<OptimoveClient> optimove,
            ObjectProvider<ExecutionLock> lock, ObjectProvider<ProgressListener> listener) {
        OptimoveBridge.Builder b = OptimoveBridge.builder().client(client).settings(settings);
        ExecutionLock l = lock.getIfAvailable();
        if (l != null) {
            b.lock(l);
        }
        ProgressListener p = listener.getIfUnique();
        if (p != null) {
            b.progressListener(p);
        }
        OptimoveClient o = optimove.getIfAvailable();
        if (o != null) {
            CheetahOptimoveProperties.Optimove op = properties.getOptimove();
            if (op.getChannelId() == null || op.getSiteTimeZone() == null) {
                throw new IllegalStateException("cheetah-optimove.optimove needs channel-id and site-time-zone "
                        + "(the Optimove channel of this CheetahMail account, and the Optimove site's zone)");
            }
            b.optimove(o, op.getChannelId(), ZoneId.of(op.getSiteTimeZone()))
                    .attributesDelimiter(prefixed("cheetah-optimove.optimove",
                            () -> AttributeDelimiter.of(op.getAttributesDelimiter())));
        }
        return b.build();
    }

    /** The execution lock over the host's ShedLock {@link LockProvider}, when there is one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LockProvider.class)
    static class ShedLockConfiguration {
        @Bean
        @ConditionalOnMissingBean(ExecutionLock.class)
        @ConditionalOnBean(LockProvider.class)
        ExecutionLock shedLockExecutionLock(LockProvider provider) {
            return ShedLockExecutionLock.of(provider);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s;
    }

    /** Builds, naming the property prefix in a configuration error. */
    private static <T> T prefixed(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            throw new IllegalStateException(prefix + ": " + e.getMessage(), e);
        }
    }
}
