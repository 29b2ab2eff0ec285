package dev.tandem.wiring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessLocalAuditLogTest {

  @Test
  void recordsEventsInOrder_andHandsOutSnapshots() {
    ProcessLocalAuditLog log = new ProcessLocalAuditLog();
    AuditEvent revoked =
        new AuditEvent(
            Instant.EPOCH,
            AuditEvent.Type.PAIR_REVOKED,
            WalletId.of("w"),
            SigningSharePairId.of("p"));
    AuditEvent exported =
        new AuditEvent(
            Instant.EPOCH,
            AuditEvent.Type.PRIVATE_KEY_EXPORTED,
            WalletId.of("w"),
            BackupSharePairId.of("b"));
    log.record(revoked);
    List<AuditEvent> snapshot = log.events();
    log.record(exported);
    assertEquals(List.of(revoked), snapshot);
    assertEquals(List.of(revoked, exported), log.events());
    assertThrows(UnsupportedOperationException.class, () -> log.events().clear());
  }
}
