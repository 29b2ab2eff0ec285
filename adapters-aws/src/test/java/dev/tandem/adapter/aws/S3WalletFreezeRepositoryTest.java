package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreWalletFreezeRepository;
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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@link ObjectStoreWalletFreezeRepository} passes the shared wallet freeze contract through the real S3
 * client against S3Proxy, each "other adapter on the same storage" a new adapter instance on the
 * same bucket; keeps its marker where the package documentation says; and refuses an unreadable
 * marker rather than reading it as "not frozen".
 */
class S3WalletFreezeRepositoryTest extends WalletFreezeRepositoryContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(true);
  private static final String PREFIX = "contract/";

  @Override
  protected WalletFreezeRepositoryPort createRepository() {
    return S3Repositories.freezes(
        AWS.s3(), new AwsStorageSettings(BUCKET, PREFIX, AWS.kmsKeyId()));
  }

  @Test
  void theMarker_isOneObjectUnderTheWalletFreezesFolder() {
    WalletId wallet = WalletId.random();
    createRepository()
        .createIfAbsent(new WalletFreeze(wallet, SigningSharePairId.random(), Instant.now()));

    List<String> keys =
        AWS
            .s3()
            .listObjectsV2(
                b -> b.bucket(BUCKET).prefix(PREFIX + "wallet-freezes/" + wallet.value()))
            .contents()
            .stream()
            .map(object -> object.key())
            .toList();

    assertEquals(List.of(PREFIX + "wallet-freezes/" + wallet.value() + "/freeze.json"), keys);
  }

  @Test
  void anUnreadableObjectUnderTheMarkersKey_isStoredDataInvalid_neverUnfrozen() {
    WalletId wallet = WalletId.random();
    AWS.s3()
        .putObject(
            b -> b.bucket(BUCKET).key(PREFIX + "wallet-freezes/" + wallet.value() + "/freeze.json"),
            RequestBody.fromString("{\"not\": \"a marker\"}", StandardCharsets.UTF_8));

    StoredDataInvalidException e =
        assertThrows(StoredDataInvalidException.class, () -> createRepository().find(wallet));

    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains("wallet-freezes/" + wallet.value()), e.getMessage());
  }
}
