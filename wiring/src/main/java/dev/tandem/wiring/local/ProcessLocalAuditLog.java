package dev.tandem.wiring.local;

import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.AuditLogPort;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The audit log in memory: every event in the order recorded, for as long as the process lives.
 * Thread-safe. Events hold ids only, so nothing here needs wiping.
 */
public final class ProcessLocalAuditLog implements AuditLogPort {
  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Inject
  public ProcessLocalAuditLog() {}

  @Override
  public void record(AuditEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  /** Every event recorded so far, oldest first. */
  public List<AuditEvent> events() {
    return List.copyOf(events);
  }
}
