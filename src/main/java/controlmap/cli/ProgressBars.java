package controlmap.cli;

import controlmap.store.StoreCopy;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on the terminal (stderr) for the bulk commands: one bar per phase ("places", "claims", …). */
final class ProgressBars implements StoreCopy.Progress, AutoCloseable {

    private ProgressBar bar;
    private String phase;

    /** A bar named {@code task} counting to {@code max}. */
    static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUpdateIntervalMillis(250).showSpeed()
                .setStyle(System.console() == null ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .build();
    }

    @Override
    public void update(String what, long done, long total) {
        if (!what.equals(phase)) {
            close();
            phase = what;
            bar = bar(what, total);
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
