package dev.tandem.adapter.objectstore;

import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.port.WalletFreeze;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects the S3 adapters wrote before the core existed still read, byte for byte as they were
 * stored: the fixtures in this package were written by those adapters (the last release of {@code
 * S3SigningShareRepository}, {@code S3BackupShareRepository}, {@code S3KeyStorage} and {@code
 * S3WalletFreezeRepository}), with a KMS stand-in that wraps data keys exactly as the {@link
 * ModelKeyWrapper} named {@code fixture-key} does. Their secrets are known sequences, so a read
 * that returned anything else would show.
 */
class StoredFormatCompatibilityTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final StorageLayout LAYOUT = StorageLayout.aws("fixtures");
  private static final WalletId WALLET = WalletId.of("wallet-fixture-1");
  private static final Instant T0 = Instant.parse("2024-02-29T23:59:59.123456789Z");

  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final ModelKeyWrapper wrapper = new ModelKeyWrapper("fixture-key");

  @Test
  void aSigningShareRecordWrittenByTheS3Adapters_reads() {
    String name = "fixtures/signing-shares/wallet-fixture-1/signing-pair-1.json";
    bucket.overwrite(name, fixture("aws-format2-signing-share.json"));

    ObjectStoreSigningShareRepository repository =
        new ObjectStoreSigningShareRepository(bucket, wrapper, LAYOUT, RANDOM);
    CustodianSigningShareRecord record =
        repository.find(WALLET, SigningSharePairId.of("signing-pair-1")).orElseThrow().value();

    assertEquals(PairStatus.COMPLETED, record.status());
    assertEquals("phone", record.deviceLabel().orElseThrow());
    assertEquals(T0, record.createdAt());
    assertEquals(T0.plusSeconds(1), record.updatedAt());
    assertEquals(PUBLIC_KEY, record.share().orElseThrow().publicKey());
    assertArrayEquals(sequence(64, 1), record.share().orElseThrow().material().revealCopy());
    assertEquals(1, repository.listByWallet(WALLET).size());
  }

  @Test
  void aBackupShareRecordWrittenByTheS3Adapters_reads() {
    bucket.overwrite(
        "fixtures/backup-shares/wallet-fixture-1/backup-pair-1.json",
        fixture("aws-format2-backup-share.json"));

    CustodianBackupShareRecord record =
        new ObjectStoreBackupShareRepository(bucket, wrapper, LAYOUT, RANDOM)
            .find(WALLET, BackupSharePairId.of("backup-pair-1"))
            .orElseThrow()
            .value();

    assertEquals(PairStatus.INCOMPLETE, record.status());
    assertEquals(BackupMethod.CLOUD_KEY, record.method());
    assertEquals(BackupKeyId.of("key-1"), record.keyId());
    assertEquals(T0, record.createdAt());
    assertArrayEquals(sequence(48, 100), record.share().material().revealCopy());
  }

  @Test
  void aBackupKeyWrittenByTheS3Adapters_reads() {
    bucket.overwrite(
        "fixtures/backup-keys/wallet-fixture-1/key-1.json", fixture("aws-format2-backup-key.json"));

    ObjectStoreKeyStorage storage = new ObjectStoreKeyStorage(bucket, wrapper, LAYOUT, RANDOM);

    assertArrayEquals(
        sequence(32, 200), storage.get(WALLET, BackupKeyId.of("key-1")).secret().revealCopy());
    assertEquals(List.of(BackupKeyId.of("key-1")), storage.list(WALLET));
  }

  @Test
  void aFreezeMarkerWrittenByTheS3Adapters_reads() {
    bucket.overwrite(
        "fixtures/wallet-freezes/wallet-fixture-1/freeze.json",
        fixture("aws-format2-wallet-freeze.json"));

    assertEquals(
        new WalletFreeze(WALLET, SigningSharePairId.of("signing-pair-1"), T0.plusSeconds(5)),
        new ObjectStoreWalletFreezeRepository(bucket, LAYOUT).find(WALLET).orElseThrow());
  }

  @Test
  void anOldRecordReplacedByTheCore_isWrittenInTheSameFormat_andStillReads() {
    String name = "fixtures/signing-shares/wallet-fixture-1/signing-pair-1.json";
    bucket.overwrite(name, fixture("aws-format2-signing-share.json"));
    ObjectStoreSigningShareRepository repository =
        new ObjectStoreSigningShareRepository(bucket, wrapper, LAYOUT, RANDOM);
    Versioned<CustodianSigningShareRecord> old =
        repository.find(WALLET, SigningSharePairId.of("signing-pair-1")).orElseThrow();

    repository.replace(old.value().revoked(T0.plusSeconds(9)), old.version());

    String stored = new String(bucket.read(name).orElseThrow().content(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(stored.startsWith("{\"format\":2,\"writeId\":"), stored);
    assertEquals(
        PairStatus.REVOKED,
        repository.find(WALLET, SigningSharePairId.of("signing-pair-1")).orElseThrow().value().status());
  }

  @Test
  void theSameObjects_areRefusedUnderTheGcsLayout() {
    StorageLayout gcs = StorageLayout.gcs("fixtures");
    bucket.overwrite(
        "fixtures/backup-keys/wallet-fixture-1/key-1", fixture("aws-format2-backup-key.json"));

    StoredDataInvalidException e =
        assertThrows(
            StoredDataInvalidException.class,
            () ->
                new ObjectStoreKeyStorage(bucket, wrapper, gcs, RANDOM)
                    .get(WALLET, BackupKeyId.of("key-1")));
    assertTrue(e.getMessage().contains("format 2"), e.getMessage());
  }

  private static byte[] fixture(String file) {
    try (InputStream in = StoredFormatCompatibilityTest.class.getResourceAsStream(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sequence(int length, int start) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (start + i);
    }
    return bytes;
  }
}
