package dev.tandem.domain.port.contract;

import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static dev.tandem.domain.port.contract.ContractFixtures.assertSameSecret;
import static dev.tandem.domain.port.contract.ContractFixtures.longestId;
import static dev.tandem.domain.port.contract.ContractFixtures.oddId;
import static dev.tandem.domain.port.contract.ContractFixtures.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link BackupShareRepositoryPort} adapter passes: the shared rules of {@link
 * ShareRecordRepositoryContract}, plus the life of a backup (completion, key rotation) and the
 * fields only a backup has (method, key id). Extend it and implement {@link #createRepository()}.
 */
public abstract class BackupShareRepositoryContract
    extends ShareRecordRepositoryContract<BackupSharePairId, CustodianBackupShareRecord> {

  @Override
  protected abstract BackupShareRepositoryPort createRepository();

  @Override
  final BackupSharePairId pairId(String value) {
    return BackupSharePairId.of(value);
  }

  @Override
  final CustodianBackupShareRecord newRecord(
      WalletId walletId, BackupSharePairId pairId, Instant createdAt, SecretBytes material) {
    return CustodianBackupShareRecord.incomplete(
        new CustodianBackupShare(walletId, pairId, PUBLIC_KEY, material),
        BackupMethod.CLOUD_KEY,
        BackupKeyId.of(uniqueId("key")),
        createdAt);
  }

  @Override
  final CustodianBackupShareRecord successor(CustodianBackupShareRecord record, int variant) {
    return record.withKey(
        BackupKeyId.of(uniqueId("key-" + variant)), record.updatedAt().plusSeconds(variant + 1L));
  }

  @Override
  final void assertSameRecord(
      CustodianBackupShareRecord expected, CustodianBackupShareRecord actual) {
    assertEquals(expected.walletId(), actual.walletId(), "walletId");
    assertEquals(expected.pairId(), actual.pairId(), "pairId");
    assertEquals(expected.method(), actual.method(), "method");
    assertEquals(expected.status(), actual.status(), "status");
    assertEquals(expected.keyId(), actual.keyId(), "keyId");
    assertEquals(expected.createdAt(), actual.createdAt(), "createdAt");
    assertEquals(expected.updatedAt(), actual.updatedAt(), "updatedAt");
    CustodianBackupShare want = expected.share();
    CustodianBackupShare got = actual.share();
    assertEquals(want.walletId(), got.walletId(), "share walletId");
    assertEquals(want.pairId(), got.pairId(), "share pairId");
    assertEquals(want.publicKey(), got.publicKey(), "share publicKey");
    assertEquals(want.holder(), got.holder(), "share holder");
    assertSameSecret(want.material(), got.material(), "share material");
  }

  @Override
  final SecretBytes material(CustodianBackupShareRecord record) {
    return SecretBytes.adopt(record.share().material().revealCopy());
  }

  @Override
  final void destroyShare(CustodianBackupShareRecord record) {
    record.share().destroy();
  }

  @Test
  void completion_isPersisted() {
    CustodianBackupShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    CustodianBackupShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(3));

    repository().replace(completed, version);

    CustodianBackupShareRecord found = stored(incomplete.walletId(), incomplete.pairId()).value();
    assertEquals(PairStatus.COMPLETED, found.status());
    assertSameRecord(completed, found);
  }

  @Test
  void freezing_isPersisted_andKeepsTheShare() {
    CustodianBackupShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    CustodianBackupShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(3));
    version = repository().replace(completed, version);
    CustodianBackupShareRecord frozen = completed.frozen(CREATED_AT.plusSeconds(4));

    repository().replace(frozen, version);

    CustodianBackupShareRecord found = stored(incomplete.walletId(), incomplete.pairId()).value();
    assertEquals(PairStatus.FROZEN, found.status());
    assertSameRecord(frozen, found);
  }

  @Test
  void keyRotation_persistsTheNewKeyId() {
    CustodianBackupShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    CustodianBackupShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(3));
    version = repository().replace(completed, version);
    BackupKeyId rotated = BackupKeyId.of(uniqueId("rotated"));

    repository().replace(completed.withKey(rotated, CREATED_AT.plusSeconds(90)), version);

    CustodianBackupShareRecord found = stored(incomplete.walletId(), incomplete.pairId()).value();
    assertEquals(rotated, found.keyId());
    assertEquals(PairStatus.COMPLETED, found.status());
    assertEquals(CREATED_AT.plusSeconds(90), found.updatedAt());
    assertSameSecret(incomplete.share().material(), found.share().material(), "share material");
  }

  @Test
  void keyIdsWithOddOrLongestLegalValues_roundTrip() {
    WalletId wallet = newWallet();
    for (BackupKeyId keyId : List.of(BackupKeyId.of(oddId()), BackupKeyId.of(longestId()))) {
      CustodianBackupShareRecord record =
          CustodianBackupShareRecord.incomplete(
              new CustodianBackupShare(
                  wallet, newPair(), PUBLIC_KEY, ContractFixtures.randomSecret(32)),
              BackupMethod.CLOUD_KEY,
              keyId,
              CREATED_AT);

      repository().create(record);

      assertSameRecord(record, stored(wallet, record.pairId()).value());
    }
  }
}
