package dev.tandem.adapter.aws;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Custodian signing shares on S3, one JSON object per pair under {@code
 * <prefix>signing-shares/<walletId>/<pairId>.json}, the share material sealed under the KMS key
 * (see the package documentation for the scheme).
 *
 * <p>Guarantees: creates and replaces are conditional on S3 itself, so of racing writers exactly
 * one wins and the others get {@link dev.tandem.domain.error.WriteConflictException}; a replace that
 * revokes or freezes a pair leaves no earlier version holding the share, and a delete leaves no
 * version at all. Reads return fresh copies of the share, opened from storage each time.
 */
public final class S3SigningShareRepository implements SigningShareRepositoryPort {
  private final S3RecordStore<SigningSharePairId, CustodianSigningShareRecord> store;

  @Inject
  public S3SigningShareRepository(S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    this.store =
        new S3RecordStore<>(
            new S3ObjectStore(s3, settings.bucket()),
            new ObjectKeys(settings.keyPrefix(), RecordType.SIGNING_SHARE),
            new SigningShareCodec(new KmsEnvelope(kms, settings.kmsKeyId(), new SecureRandom())));
  }

  @Override
  public Version create(CustodianSigningShareRecord record) {
    return store.create(record);
  }

  @Override
  public Optional<Versioned<CustodianSigningShareRecord>> find(
      WalletId walletId, SigningSharePairId pairId) {
    return store.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianSigningShareRecord record, Version expected) {
    return store.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianSigningShareRecord>> listByWallet(WalletId walletId) {
    return store.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, SigningSharePairId pairId) {
    store.delete(walletId, pairId);
  }
}
