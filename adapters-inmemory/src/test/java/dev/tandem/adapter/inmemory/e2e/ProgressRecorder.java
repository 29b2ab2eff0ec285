package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.port.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** Records every progress report as "STATUS" or "STATUS(done)". Thread-safe. */
final class ProgressRecorder implements ProgressListener {
  private final List<String> reports = new ArrayList<>();

  @Override
  public synchronized void onProgress(ProvisioningStatus status, boolean done) {
    reports.add(done ? status + "(done)" : status.toString());
  }

  synchronized List<String> reports() {
    return List.copyOf(reports);
  }
}
