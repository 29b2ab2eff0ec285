package dev.tandem.domain.port;

import dev.tandem.domain.model.ProvisioningStatus;

/** Told of each step of a long operation as it happens; the last call has {@code done = true}. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener IGNORE = (status, done) -> {};

  void onProgress(ProvisioningStatus status, boolean done);
}
