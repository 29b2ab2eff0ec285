package dev.tandem.adapter.objectstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.contract.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two presets, what a layout accepts, and where each layout puts its objects. */
class StorageLayoutTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final SessionWindow WINDOW =
      new SessionWindow(Duration.ofMinutes(5), Duration.ofMinutes(1));

  @Test
  void theAwsPreset_isTodaysS3Layout() {
    StorageLayout aws = StorageLayout.aws("tandem");

    assertEquals("tandem/", aws.prefix());
    assertEquals("tandem/aws-kms-envelope/v2", aws.bindingScheme());
    assertEquals(
        new StorageLayout.Labels(
            "backup-key", "custodian-signing-share", "custodian-backup-share", "wallet-freeze"),
        aws.labels());
    assertEquals(".json", aws.objectSuffix());
    assertEquals(2, aws.format());
    assertEquals(Map.of(), aws.retiredFormats());
  }

  @Test
  void theGcsPreset_isFormat3_refusingTheOldFormat2() {
    StorageLayout gcs = StorageLayout.gcs("");

    assertEquals("", gcs.prefix());
    assertEquals("tandem/gcs-envelope/v3", gcs.bindingScheme());
    assertEquals(
        new StorageLayout.Labels("backup-key", "signing-share", "backup-share", "wallet-freeze"),
        gcs.labels());
    assertEquals("", gcs.objectSuffix());
    assertEquals(3, gcs.format());
    assertTrue(gcs.retiredFormatAdvice(2).orElseThrow().contains("\"Migrating stored objects\""));
  }

  @Test
  void aLayout_refusesWhatCouldMisplaceOrConfuseObjects() {
    StorageLayout.Labels labels = StorageLayout.gcs("").labels();
    assertThrows(IllegalArgumentException.class, () -> StorageLayout.aws("/absolute"));
    assertThrows(IllegalArgumentException.class, () -> StorageLayout.aws("a//b"));
    assertThrows(IllegalArgumentException.class, () -> StorageLayout.aws("spaces are not allowed"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageLayout("", "s", labels, "/json", 3, Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new StorageLayout("", "s", labels, "", 0, Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new StorageLayout("", " ", labels, "", 3, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageLayout("", "s", labels, "", 3, Map.of(3, "both")));
    assertThrows(
        IllegalArgumentException.class, () -> new StorageLayout.Labels("a", "a", "b", "c"));
    assertThrows(
        IllegalArgumentException.class, () -> new StorageLayout.Labels("A", "b", "c", "d"));
  }

  @Test
  void eachLayout_namesItsObjectsWithItsPrefixAndSuffix() {
    WalletId wallet = WalletId.of("w-1");
    SigningSharePairId pair = SigningSharePairId.of("p-1");
    for (StorageLayout layout : List.of(StorageLayout.aws("pre"), StorageLayout.gcs("pre"))) {
      ModelObjectStore bucket = new ModelObjectStore(false);
      new ObjectStoreWalletFreezeRepository(bucket, layout)
          .createIfAbsent(new WalletFreeze(wallet, pair, NOW));

      assertEquals(
          List.of("pre/wallet-freezes/w-1/freeze" + layout.objectSuffix()), bucket.allNames());
    }
  }

  @Test
  void anAdmittedId_isOneObjectUnderThePrefix_andARefusedOneNone() throws IOException {
    for (StorageLayout layout : List.of(StorageLayout.aws("contract"), StorageLayout.gcs("contract"))) {
      ModelObjectStore bucket = new ModelObjectStore(false);
      ObjectStoreSessionRegistry registry =
          new ObjectStoreSessionRegistry(bucket, layout, new ManualClock(NOW), WINDOW);
      ProtocolSessionId admitted = ProtocolSessionId.fromHex("ab".repeat(32));
      ProtocolSessionId tooOld = ProtocolSessionId.fromHex("cd".repeat(32));
      registry.admit(admitted, NOW);
      registry.admit(tooOld, Instant.EPOCH);

      String name = "contract/protocol-sessions/" + admitted.toHex() + layout.objectSuffix();
      assertEquals(List.of(name), bucket.allNames());
      JsonNode document = new ObjectMapper().readTree(bucket.read(name).orElseThrow().content());
      assertEquals(admitted.toHex(), document.get("sessionId").asText());
      assertEquals(NOW.toString(), document.get("issuedAt").asText());
      assertEquals(NOW.toString(), document.get("admittedAt").asText());
      assertEquals(WINDOW.rememberUntil(NOW).toString(), document.get("rememberUntil").asText());
      assertEquals(1, document.get("format").asInt());
      assertTrue(registry.toString().contains(bucket.url("contract/protocol-sessions/")));
    }
  }
}
