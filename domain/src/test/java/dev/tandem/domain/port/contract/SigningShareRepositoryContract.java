package dev.tandem.domain.port.contract;

import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static dev.tandem.domain.port.contract.ContractFixtures.assertSameSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SigningShareRepositoryPort} adapter passes: the shared rules of {@link
 * ShareRecordRepositoryContract}, plus the life of a signing pair (status transitions, revocation
 * and freezing drop the share, device labels). Extend it and implement {@link #createRepository()}.
 */
public abstract class SigningShareRepositoryContract
    extends ShareRecordRepositoryContract<SigningSharePairId, CustodianSigningShareRecord> {

  /**
   * A device label of the longest legal length (64 UTF-16 chars), with letters of several scripts, a
   * character outside the Basic Multilingual Plane and the characters JSON and XML escape.
   */
  private static final String LONGEST_LABEL =
      "Zoë's \"phone\" 📱 <Ålesund & №7> 東京の事務所 ☎ Ελληνικά · españa 2024\\";

  @Override
  protected abstract SigningShareRepositoryPort createRepository();

  @Override
  final SigningSharePairId pairId(String value) {
    return SigningSharePairId.of(value);
  }

  @Override
  final CustodianSigningShareRecord newRecord(
      WalletId walletId, SigningSharePairId pairId, Instant createdAt, SecretBytes material) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(walletId, pairId, PUBLIC_KEY, material), "Alice's phone",
        createdAt);
  }

  @Override
  final CustodianSigningShareRecord successor(CustodianSigningShareRecord record, int variant) {
    return CustodianSigningShareRecord.restore(
        record.walletId(),
        record.pairId(),
        record.status(),
        record.share().orElse(null),
        "device " + variant,
        record.createdAt(),
        record.updatedAt().plusSeconds(variant + 1L));
  }

  @Override
  final void assertSameRecord(
      CustodianSigningShareRecord expected, CustodianSigningShareRecord actual) {
    assertEquals(expected.walletId(), actual.walletId(), "walletId");
    assertEquals(expected.pairId(), actual.pairId(), "pairId");
    assertEquals(expected.status(), actual.status(), "status");
    assertEquals(expected.deviceLabel(), actual.deviceLabel(), "deviceLabel");
    assertEquals(expected.createdAt(), actual.createdAt(), "createdAt");
    assertEquals(expected.updatedAt(), actual.updatedAt(), "updatedAt");
    assertEquals(expected.share().isPresent(), actual.share().isPresent(), "has share");
    if (expected.share().isPresent()) {
      CustodianSigningShare want = expected.share().get();
      CustodianSigningShare got = actual.share().get();
      assertEquals(want.walletId(), got.walletId(), "share walletId");
      assertEquals(want.pairId(), got.pairId(), "share pairId");
      assertEquals(want.publicKey(), got.publicKey(), "share publicKey");
      assertEquals(want.holder(), got.holder(), "share holder");
      assertSameSecret(want.material(), got.material(), "share material");
    }
  }

  @Override
  final SecretBytes material(CustodianSigningShareRecord record) {
    return SecretBytes.adopt(record.share().orElseThrow().material().revealCopy());
  }

  @Override
  final void destroyShare(CustodianSigningShareRecord record) {
    record.share().ifPresent(CustodianSigningShare::destroy);
  }

  @Test
  void statusTransitions_arePersisted() {
    CustodianSigningShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    assertEquals(PairStatus.INCOMPLETE, stored(incomplete).value().status());

    CustodianSigningShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(5));
    repository().replace(completed, version);

    Versioned<CustodianSigningShareRecord> found = stored(incomplete);
    assertEquals(PairStatus.COMPLETED, found.value().status());
    assertSameRecord(completed, found.value());
  }

  @Test
  void revocation_dropsTheShareAndKeepsTheRest() {
    CustodianSigningShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    CustodianSigningShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(5));
    version = repository().replace(completed, version);
    Instant revokedAt = CREATED_AT.plusSeconds(60);

    repository().replace(completed.revoked(revokedAt), version);

    CustodianSigningShareRecord found = stored(incomplete).value();
    assertEquals(PairStatus.REVOKED, found.status());
    assertTrue(found.share().isEmpty(), "a revoked pair keeps no share");
    assertEquals(completed.deviceLabel(), found.deviceLabel());
    assertEquals(completed.createdAt(), found.createdAt());
    assertEquals(revokedAt, found.updatedAt());
  }

  @Test
  void freezing_dropsTheShare() {
    CustodianSigningShareRecord incomplete = newRecord(newWallet(), newPair());
    Version version = repository().create(incomplete);
    version = repository().replace(incomplete.completed(CREATED_AT.plusSeconds(5)), version);

    repository().replace(incomplete.frozen(CREATED_AT.plusSeconds(9)), version);

    CustodianSigningShareRecord found = stored(incomplete).value();
    assertEquals(PairStatus.FROZEN, found.status());
    assertTrue(found.share().isEmpty(), "a frozen pair keeps no share");
  }

  @Test
  void revokedRecords_areListedWithoutShare() {
    WalletId wallet = newWallet();
    CustodianSigningShareRecord revoked = newRecord(wallet, newPair());
    CustodianSigningShareRecord active =
        newRecord(wallet, newPair(), CREATED_AT.plusSeconds(1), ContractFixtures.randomSecret(32));
    Version version = repository().create(revoked);
    repository().create(active);
    repository().replace(revoked.revoked(CREATED_AT.plusSeconds(2)), version);

    List<Versioned<CustodianSigningShareRecord>> listed = repository().listByWallet(wallet);

    assertEquals(2, listed.size());
    assertEquals(PairStatus.REVOKED, listed.get(0).value().status());
    assertTrue(listed.get(0).value().share().isEmpty());
    assertSameRecord(active, listed.get(1).value());
  }

  @Test
  void recordCreatedWithoutShare_roundTrips() {
    CustodianSigningShareRecord record =
        CustodianSigningShareRecord.restore(
            newWallet(), newPair(), PairStatus.REVOKED, null, null, CREATED_AT, CREATED_AT);

    repository().create(record);

    assertSameRecord(record, stored(record).value());
  }

  @Test
  void missingDeviceLabel_roundTripsAsEmpty() {
    CustodianSigningShareRecord record =
        CustodianSigningShareRecord.incomplete(
            new CustodianSigningShare(
                newWallet(), newPair(), PUBLIC_KEY, ContractFixtures.randomSecret(32)),
            null,
            CREATED_AT);

    repository().create(record);

    assertTrue(stored(record).value().deviceLabel().isEmpty());
  }

  @Test
  void longestUnicodeDeviceLabel_roundTrips() {
    CustodianSigningShareRecord record =
        CustodianSigningShareRecord.incomplete(
            new CustodianSigningShare(
                newWallet(), newPair(), PUBLIC_KEY, ContractFixtures.randomSecret(32)),
            LONGEST_LABEL,
            CREATED_AT);

    repository().create(record);

    assertEquals(LONGEST_LABEL, stored(record).value().deviceLabel().orElseThrow());
  }

  private Versioned<CustodianSigningShareRecord> stored(CustodianSigningShareRecord record) {
    return stored(record.walletId(), record.pairId());
  }
}
