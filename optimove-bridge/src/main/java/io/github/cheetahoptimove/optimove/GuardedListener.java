package io.github.cheetahoptimove.optimove;

/**
 * The host's {@link ProgressListener} as the bridge calls it: one call at a time (campaigns run in
 * parallel on a host's executor share it), and an exception it throws is marked, so that the
 * bridge lets it out unchanged instead of reporting it as a failure of the campaign.
 */
final class GuardedListener implements ProgressListener {
    private final ProgressListener host;

    GuardedListener(ProgressListener host) {
        this.host = host;
    }

    /** An exception of the host's listener, carried out of the execution; its cause is the original. */
    static final class ListenerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ListenerException(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private interface Call {
        void run();
    }

    private synchronized void call(Call c) {
        try {
            c.run();
        } catch (RuntimeException e) {
            throw new ListenerException(e);
        }
    }

    @Override
    public void mapped(long campaignId, long templateId, long total) {
        call(() -> host.mapped(campaignId, templateId, total));
    }

    @Override
    public void uploaded(long campaignId, long templateId, long total) {
        call(() -> host.uploaded(campaignId, templateId, total));
    }

    @Override
    public void rejected(long campaignId, long templateId, long total) {
        call(() -> host.rejected(campaignId, templateId, total));
    }

    @Override
    public void executed(ExecutionReport report) {
        call(() -> host.executed(report));
    }

    @Override
    public void stepDone(long campaignId, long templateId, ExecutionStep step) {
        call(() -> host.stepDone(campaignId, templateId, step));
    }
}
