package dev.tandem.application.port.in;

import dev.tandem.domain.port.ProgressListener;

/**
 * Client side: a lost or compromised device. Provisions a new signing pair from the backup, as
 * {@link ProvisionWalletUseCase} does, then revokes every other signing pair of the wallet, all in
 * one custodian session under one wallet lease.
 *
 * <p>Progress, in order: {@code RECOVERING_BACKUP_SHARE} opens the first phase (getting the client
 * backup share back), whose steps are {@code READING_SHARE} (the backup key), {@code
 * DECRYPTING_SHARE} and {@code PARSING_SHARE}; {@code RECOVERING_SIGNING_SHARE} opens the second
 * phase (a new signing share from it), whose steps are {@code GENERATING_SHARE} (the refresh) and
 * {@code STORING_SHARE} (the sink, the confirmation, then revoking the other pairs); then {@code
 * DONE} with {@code done = true}.
 *
 * <p>Never refused for the wallet's limit of live pairs: a user who lost every device must be able
 * to recover. The custodian revokes the other pairs as soon as the new pair is confirmed, so a
 * recovery never leaves more live pairs than it found; at the limit, it first revokes the wallet's
 * {@code INCOMPLETE} pairs (leftovers that can never be confirmed).
 *
 * <p>Idempotent by key; a replayed result reports only {@code DONE} with {@code done = true}.
 * Errors: as {@link ProvisionWalletUseCase}, but never {@code PAIR_LIMIT_REACHED}.
 */
public interface RecoverWalletUseCase {
  RecoverWalletResult recoverWallet(
      RecoverWalletCommand command, SigningShareSink sink, ProgressListener progress);
}
