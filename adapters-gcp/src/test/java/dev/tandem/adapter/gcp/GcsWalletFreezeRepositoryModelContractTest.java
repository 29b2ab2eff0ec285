package dev.tandem.adapter.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.port.contract.WalletFreezeRepositoryContract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole wallet freeze contract on {@link GcsWalletFreezeRepository} over {@link
 * ModelObjectStore} (object versioning on), each "other adapter on the same storage" a new adapter
 * on the same model bucket; plus where the marker lives and that an unreadable one is refused.
 */
class GcsWalletFreezeRepositoryModelContractTest extends WalletFreezeRepositoryContract {
  private final ModelObjectStore bucket = new ModelObjectStore(true);

  @Override
  protected WalletFreezeRepositoryPort createRepository() {
    return new GcsWalletFreezeRepository(bucket, GcsTestFixtures.LOCATION);
  }

  @Test
  void theMarker_isOneObjectUnderTheWalletFreezesFolder() {
    WalletId wallet = WalletId.random();
    createRepository()
        .createIfAbsent(new WalletFreeze(wallet, SigningSharePairId.random(), Instant.now()));

    assertEquals(
        List.of("tests/tandem/wallet-freezes/" + wallet.value() + "/freeze"),
        bucket.listNames("tests/tandem/wallet-freezes/" + wallet.value()));
  }

  @Test
  void aMarkerWhoseAcknowledgementWasLost_stillCountsAsThisCalls() {
    WalletFreeze freeze =
        new WalletFreeze(WalletId.random(), SigningSharePairId.random(), Instant.now());
    bucket.loseAcknowledgements(1);

    assertTrue(createRepository().createIfAbsent(freeze));

    assertEquals(Optional.of(freeze), createRepository().find(freeze.walletId()));
  }

  @Test
  void anUnreadableObjectUnderTheMarkersName_isStoredDataInvalid_neverUnfrozen() {
    WalletId wallet = WalletId.random();
    bucket.createIfAbsent(
        "tests/tandem/wallet-freezes/" + wallet.value() + "/freeze",
        "{\"format\":2}".getBytes(StandardCharsets.UTF_8));

    StoredDataInvalidException e =
        assertThrows(StoredDataInvalidException.class, () -> createRepository().find(wallet));

    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains("wallet-freezes/" + wallet.value()), e.getMessage());
  }
}
