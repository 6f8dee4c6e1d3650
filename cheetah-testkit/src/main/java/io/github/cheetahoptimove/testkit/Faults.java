package io.github.cheetahoptimove.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fault injection for a {@link FakeCheetahMail}. A rule matches a route (HTTP method and the last
 * path segment: {@code Token}, {@code Account}, {@code Folders}, {@code EmailTemplates},
 * {@code DataMaps}, {@code Lists}, {@code ListRecords}, {@code EmailCampaign},
 * {@code CampaignStats}; {@code "*"} for any), counts the matching requests from the moment it is
 * added, and acts on the {@code nth} of them and the {@code times - 1} after it.
 *
 * <pre>{@code
 * fake.faults().on("POST", "EmailCampaign").respond(503);                   // the next one
 * fake.faults().on("PUT", "EmailCampaign").nth(2).times(3).respond(429);   // the 2nd to 4th
 * fake.faults().on("POST", "Lists").dropConnection();                      // no answer at all
 * fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofSeconds(3)); // ambiguous
 * }</pre>
 *
 * Thread-safe.
 */
public final class Faults {
    private final List<Rule> rules = new ArrayList<>();

    Faults() {}

    /** Starts a rule for {@code method} ({@code "*"} for any) on {@code route}. */
    public RuleBuilder on(String method, String route) {
        return new RuleBuilder(method.toUpperCase(Locale.ROOT), route);
    }

    /** Removes every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    synchronized Rule match(String method, String route) {
        Rule hit = null;
        for (Rule r : rules) {
            if ((r.method.equals("*") || r.method.equals(method)) && (r.route.equals("*") || r.route.equals(route))) {
                r.seen++;
                if (hit == null && r.seen >= r.nth && r.seen < r.nth + r.times) {
                    hit = r;
                }
            }
        }
        return hit;
    }

    private synchronized void add(Rule rule) {
        rules.add(rule);
    }

    /** What a rule does. */
    enum Kind { RESPOND, DROP, ACT_THEN_DELAY }

    static final class Rule {
        final String method;
        final String route;
        final int nth;
        final int times;
        final Kind kind;
        final int status;
        final Duration duration;
        int seen;

        Rule(String method, String route, int nth, int times, Kind kind, int status, Duration duration) {
            this.method = method;
            this.route = route;
            this.nth = nth;
            this.times = times;
            this.kind = kind;
            this.status = status;
            this.duration = duration;
        }
    }

    /** Builds one fault rule; it takes effect with its terminal call. */
    public final class RuleBuilder {
        private final String method;
        private final String route;
        private int nth = 1;
        private int times = 1;

        private RuleBuilder(String method, String route) {
            this.method = method;
            this.route = route;
        }

        /** Acts from the {@code n}th matching request (default 1: the next one). */
        public RuleBuilder nth(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("nth counts from 1");
            }
            this.nth = n;
            return this;
        }

        /** Acts on this many consecutive matching requests (default 1). */
        public RuleBuilder times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = count;
            return this;
        }

        /** Acts on every matching request from the {@code nth} on. */
        public RuleBuilder always() {
            this.times = Integer.MAX_VALUE / 2;
            return this;
        }

        /** Answers {@code status} without acting; a 429 or 503 carries {@code Retry-After: 1}. */
        public void respond(int status) {
            respond(status, status == 429 || status == 503 ? Duration.ofSeconds(1) : null);
        }

        /** Answers {@code status} with that {@code Retry-After}, without acting. */
        public void respond(int status, Duration retryAfter) {
            add(new Rule(method, route, nth, times, Kind.RESPOND, status, retryAfter));
        }

        /** Reads the request, then closes the connection without acting or answering. */
        public void dropConnection() {
            add(new Rule(method, route, nth, times, Kind.DROP, 0, null));
        }

        /** Acts on the request, then holds the answer for {@code delay} (past the client's timeout). */
        public void actThenDelay(Duration delay) {
            add(new Rule(method, route, nth, times, Kind.ACT_THEN_DELAY, 0, delay));
        }
    }
}
