package controlmap.cli;

import controlmap.store.StoreCopy;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on the terminal (stderr) for the bulk commands: one bar per phase ("places", "claims", …). */
final class ProgressBars implements StoreCopy.Progress, AutoCloseable {

    private final PrintWriter err;
    private ProgressBar bar;
    private String phase;

    /** Bars on {@code err}, the command's error stream (a terminal redraws one line; otherwise one line per update). */
    ProgressBars(PrintWriter err) {
        this.err = err;
    }

    /** A bar named {@code task} counting to {@code max}, drawn on {@code err}. */
    static ProgressBar bar(String task, long max, PrintWriter err) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setUpdateIntervalMillis(250).showSpeed();
        if (System.console() != null) {
            b.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK);
        } else {
            b.setStyle(ProgressBarStyle.ASCII).setConsumer(new DelegatingProgressBarConsumer(line -> {
                err.println(line);
                err.flush();
            }));
        }
        return b.build();
    }

    @Override
    public void update(String what, long done, long total) {
        if (!what.equals(phase)) {
            close();
            phase = what;
            bar = bar(what, total, err);
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
