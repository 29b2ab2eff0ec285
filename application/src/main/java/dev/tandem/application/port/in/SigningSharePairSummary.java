package dev.tandem.application.port.in;

import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The public facts of one signing pair.
 *
 * @param deviceLabel the label the client gave its device, or null
 */
public record SigningSharePairSummary(
    SigningSharePairId pairId, PairStatus status, String deviceLabel, Instant createdAt) {
  public SigningSharePairSummary {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Optional<String> optionalDeviceLabel() {
    return Optional.ofNullable(deviceLabel);
  }
}
