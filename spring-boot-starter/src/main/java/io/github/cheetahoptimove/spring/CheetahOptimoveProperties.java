package io.github.cheetahoptimove.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SDK's settings under {@code cheetah-optimove.*}: the CheetahMail account, the integration's
 * mapping, the Optimove side, the scheduled daily run, the event endpoint and the health check's
 * cache. Secrets (the consumer secret, the Optimove API key, the event path's secret) belong in the
 * environment, e.g. {@code CHEETAH_OPTIMOVE_CHEETAH_CONSUMER_SECRET}; none is ever logged.
 *
 * <pre>
 * cheetah-optimove.cheetah.endpoint=https://api.eccmp.com
 * cheetah-optimove.cheetah.consumer-key=${CHEETAH_CONSUMER_KEY}
 * cheetah-optimove.cheetah.consumer-secret=${CHEETAH_CONSUMER_SECRET}
 * cheetah-optimove.integration.cust-id=1234
 * cheetah-optimove.integration.folder-id=77
 * cheetah-optimove.integration.data-map-id=55
 * cheetah-optimove.integration.identifier-attribute=Email
 * cheetah-optimove.integration.identifier-field=EMAIL
 * cheetah-optimove.integration.fields.FirstName=FNAME
 * </pre>
 */
@ConfigurationProperties(prefix = "cheetah-optimove")
public class CheetahOptimoveProperties {
    private final Cheetah cheetah = new Cheetah();
    private final Integration integration = new Integration();
    private final Optimove optimove = new Optimove();
    private final Schedule schedule = new Schedule();
    private final Events events = new Events();
    private final Health health = new Health();

    /** The CheetahMail account. */
    public Cheetah getCheetah() {
        return cheetah;
    }

    /** The integration's ids and mapping. */
    public Integration getIntegration() {
        return integration;
    }

    /** The Optimove side; off until its base URL is set. */
    public Optimove getOptimove() {
        return optimove;
    }

    /** The scheduled daily run; off unless enabled. */
    public Schedule getSchedule() {
        return schedule;
    }

    /** The endpoint for Optimove's notifications; off unless enabled. */
    public Events getEvents() {
        return events;
    }

    /** The health check over the setup check. */
    public Health getHealth() {
        return health;
    }

    /** The CheetahMail account: {@code cheetah-optimove.cheetah.*}. */
    public static class Cheetah {
        /** The account's API endpoint, e.g. https://api.eccmp.com or https://api.ccmp.eu. */
        private String endpoint;
        /** The consumer key. */
        private String consumerKey;
        /** The consumer secret (from the environment; never logged). */
        private String consumerSecret;
        /** The client identifier, when the account manager handed one out. */
        private String clientId;
        /** Allow a plain http:// endpoint (a local fake only). */
        private boolean allowInsecureHttp;
        /** Requests a second the client allows itself (the API's limit is 10); 0 turns pacing off. */
        private int maxRequestsPerSecond = 10;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getConsumerKey() {
            return consumerKey;
        }

        public void setConsumerKey(String consumerKey) {
            this.consumerKey = consumerKey;
        }

        public String getConsumerSecret() {
            return consumerSecret;
        }

        public void setConsumerSecret(String consumerSecret) {
            this.consumerSecret = consumerSecret;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public boolean isAllowInsecureHttp() {
            return allowInsecureHttp;
        }

        public void setAllowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
        }

        public int getMaxRequestsPerSecond() {
            return maxRequestsPerSecond;
        }

        public void setMaxRequestsPerSecond(int maxRequestsPerSecond) {
            this.maxRequestsPerSecond = maxRequestsPerSecond;
        }

        @Override
        public String toString() {
            return "Cheetah{endpoint=" + endpoint + ", consumerKey=" + consumerKey + ", consumerSecret=***}";
        }
    }

    /** The integration: {@code cheetah-optimove.integration.*}. */
    public static class Integration {
        /** The account's Cust_ID. */
        private Long custId;
        /** The Folder ID of the Optimove folder in My Files. */
        private Long folderId;
        /** The PROP_MAP_ID: the data map records are uploaded through. */
        private Long dataMapId;
        /** The Optimove attribute holding the unique identifier, e.g. Email. */
        private String identifierAttribute;
        /** The data map's unique field it fills, e.g. EMAIL. */
        private String identifierField;
        /** Optimove attribute to data map Map To name, for personalization. */
        private Map<String, String> fields = new LinkedHashMap<>();
        /** The account's time zone; read from the API when not set. */
        private String accountTimeZone;

        public Long getCustId() {
            return custId;
        }

        public void setCustId(Long custId) {
            this.custId = custId;
        }

        public Long getFolderId() {
            return folderId;
        }

        public void setFolderId(Long folderId) {
            this.folderId = folderId;
        }

        public Long getDataMapId() {
            return dataMapId;
        }

        public void setDataMapId(Long dataMapId) {
            this.dataMapId = dataMapId;
        }

        public String getIdentifierAttribute() {
            return identifierAttribute;
        }

        public void setIdentifierAttribute(String identifierAttribute) {
            this.identifierAttribute = identifierAttribute;
        }

        public String getIdentifierField() {
            return identifierField;
        }

        public void setIdentifierField(String identifierField) {
            this.identifierField = identifierField;
        }

        public Map<String, String> getFields() {
            return fields;
        }

        public void setFields(Map<String, String> fields) {
            this.fields = fields;
        }

        public String getAccountTimeZone() {
            return accountTimeZone;
        }

        public void setAccountTimeZone(String accountTimeZone) {
            this.accountTimeZone = accountTimeZone;
        }
    }

    /** The Optimove side: {@code cheetah-optimove.optimove.*}. */
    public static class Optimove {
        /** The tenant's API base URL, e.g. https://api5.optimove.net; the Optimove side is off without it. */
        private String baseUrl;
        /** The API key (from the environment; never logged). */
        private String apiKey;
        /** Allow a plain http:// base URL (a local fake only). */
        private boolean allowInsecureHttp;
        /** The Optimove channel id of this CheetahMail channel. */
        private Integer channelId;
        /** The Optimove site's time zone, e.g. Europe/Berlin. */
        private String siteTimeZone;
        /** How Optimove joins attribute values: "," (default) or ";". */
        private String attributesDelimiter = ",";

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public boolean isAllowInsecureHttp() {
            return allowInsecureHttp;
        }

        public void setAllowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
        }

        public Integer getChannelId() {
            return channelId;
        }

        public void setChannelId(Integer channelId) {
            this.channelId = channelId;
        }

        public String getSiteTimeZone() {
            return siteTimeZone;
        }

        public void setSiteTimeZone(String siteTimeZone) {
            this.siteTimeZone = siteTimeZone;
        }

        public String getAttributesDelimiter() {
            return attributesDelimiter;
        }

        public void setAttributesDelimiter(String attributesDelimiter) {
            this.attributesDelimiter = attributesDelimiter;
        }

        @Override
        public String toString() {
            return "Optimove{baseUrl=" + baseUrl + ", apiKey=***, channelId=" + channelId + "}";
        }
    }

    /** The scheduled daily run: {@code cheetah-optimove.schedule.*}. */
    public static class Schedule {
        /** Run the day on a schedule (needs the Optimove side). */
        private boolean enabled;
        /** When, as a Spring cron expression (default 06:00 every day). */
        private String cron = "0 0 6 * * *";
        /** The zone of the cron and of "today" (default the Optimove site's zone). */
        private String zone;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getCron() {
            return cron;
        }

        public void setCron(String cron) {
            this.cron = cron;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }
    }

    /** The event endpoint: {@code cheetah-optimove.events.*}. */
    public static class Events {
        /** Serve the endpoint Optimove posts notifications to (needs the Optimove side and Spring MVC). */
        private boolean enabled;
        /** The unguessable secret in the path: the endpoint is /optimove/events/{secret}. */
        private String secret;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        @Override
        public String toString() {
            return "Events{enabled=" + enabled + ", secret=***}";
        }
    }

    /** The health check: {@code cheetah-optimove.health.*}. */
    public static class Health {
        /** How long a setup check's answer is reused, so that probes do not spend the API's rate limit. */
        private Duration cacheFor = Duration.ofMinutes(5);

        public Duration getCacheFor() {
            return cacheFor;
        }

        public void setCacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
        }
    }
}
