package dev.tandem.cli;

import dev.tandem.domain.model.ProvisioningStatus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the demo on the console: step headers and their lines on the narration stream (standard
 * output for people, standard error when standard output carries JSON), and a progress bar on
 * standard error.
 *
 * <p>On a terminal the bar is one line redrawn in place (taken down while a narration line is
 * printed, so both streams can share the terminal) and refreshed a few times a second so that the
 * elapsed time moves during the long key generations. Elsewhere (a pipe, a file, a test) the bar is
 * written as a plain line at each step, and only when the narration goes to another stream: a log
 * reads well without the same news twice.
 */
final class ConsoleNarrator implements Narrator {
  private static final int BAR_WIDTH = 24;
  private static final int MAX_LINE = 79;
  private static final String INDENT = "      ";
  private static final long REFRESH_MILLIS = 250;

  private final PrintWriter narration;
  private final PrintWriter progress;
  private final boolean redraw;
  private final boolean progressLines;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;

  // Guarded by this.
  private int step;
  private int total = 1;
  private String title = "";
  private String status = "";
  private long stepStartNanos = startNanos;
  private int drawnLength;
  private boolean closed;

  /**
   * @param narration where step headers and lines go
   * @param progress standard error
   * @param terminal whether {@code progress} is an interactive terminal that honours a carriage
   *     return
   */
  ConsoleNarrator(PrintWriter narration, PrintWriter progress, boolean terminal) {
    this.narration = Objects.requireNonNull(narration, "narration");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.redraw = terminal;
    this.progressLines = !terminal && narration != progress;
    if (terminal) {
      this.ticker =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "tandem-progress");
                thread.setDaemon(true);
                return thread;
              });
      ticker.scheduleAtFixedRate(
          this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      this.ticker = null;
    }
  }

  @Override
  public synchronized void step(int number, int stepCount, String stepTitle) {
    step = number;
    total = stepCount;
    title = stepTitle;
    status = "";
    stepStartNanos = System.nanoTime();
    clearBar();
    narration.println();
    narration.println("[" + number + "/" + stepCount + "] " + stepTitle);
    narration.flush();
    if (progressLines) {
      progress.println(bar());
      progress.flush();
    }
    drawBar();
  }

  @Override
  public synchronized void line(String text) {
    clearBar();
    narration.println(INDENT + text);
    narration.flush();
    drawBar();
  }

  @Override
  public synchronized void status(ProvisioningStatus newStatus, boolean done) {
    status = newStatus.name();
    line(String.format(Locale.ROOT, "%-24s %6.1f s", newStatus.name(), secondsSince(stepStartNanos)));
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    synchronized (this) {
      clearBar();
      closed = true;
    }
  }

  private synchronized void refresh() {
    if (!closed) {
      drawBar();
    }
  }

  /**
   * {@code [#####-------] 3/9 Back up the wallet: ENCRYPTING_SHARE  12.3 s}: the step's title
   * without its parenthesis, at most 79 characters in all.
   */
  private String bar() {
    int done = Math.max(0, step - 1);
    int filled = (int) Math.round((double) BAR_WIDTH * done / total);
    String time = String.format(Locale.ROOT, "%5.1f s", secondsSince(startNanos));
    int aside = title.indexOf(" (");
    String label =
        (aside < 0 ? title : title.substring(0, aside)) + (status.isEmpty() ? "" : ": " + status);
    String head = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + step + "/"
        + total + " ";
    int room = MAX_LINE - head.length() - time.length() - 2;
    if (label.length() > room) {
      label = label.substring(0, Math.max(0, room - 3)) + "...";
    }
    return head + label + "  " + time;
  }

  private void drawBar() {
    if (!redraw || closed || step == 0) {
      return;
    }
    String line = bar();
    int padding = Math.max(0, drawnLength - line.length());
    progress.print("\r" + line + " ".repeat(padding));
    progress.flush();
    drawnLength = line.length();
  }

  private void clearBar() {
    if (!redraw || drawnLength == 0) {
      return;
    }
    progress.print("\r" + " ".repeat(drawnLength) + "\r");
    progress.flush();
    drawnLength = 0;
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
