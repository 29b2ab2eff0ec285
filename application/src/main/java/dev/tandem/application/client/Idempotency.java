package dev.tandem.application.client;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.OperationInProgressException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.IdempotentResult;
import dev.tandem.domain.port.ProgressListener;
import java.util.function.Supplier;

/**
 * Runs a modifying use case at most once per idempotency key: a retry gets the first result, a
 * retry while the first call runs gets {@code OPERATION_IN_PROGRESS}, a failed call leaves no
 * entry.
 */
final class Idempotency {
  private final IdempotencyStorePort store;

  Idempotency(IdempotencyStorePort store) {
    this.store = store;
  }

  <R extends IdempotentResult> R run(
      IdempotencyKey key, String operation, WalletId walletId, Class<R> type, Supplier<R> body) {
    return run(key, operation, walletId, type, ProgressListener.IGNORE, body);
  }

  /**
   * As {@link #run(IdempotencyKey, String, WalletId, Class, Supplier)}; a replayed result is
   * reported to {@code progress} as {@code DONE} with {@code done = true}, so that a caller waiting
   * for the end of the sequence sees it.
   */
  <R extends IdempotentResult> R run(
      IdempotencyKey key,
      String operation,
      WalletId walletId,
      Class<R> type,
      ProgressListener progress,
      Supplier<R> body) {
    IdempotencyStorePort.Claim claim = store.begin(key, operation);
    if (claim instanceof IdempotencyStorePort.Completed completed) {
      if (!type.isInstance(completed.result())) {
        completed.result().destroy();
        throw new InvalidInputException(
            "idempotency key " + key + " was used for another operation");
      }
      progress.onProgress(ProvisioningStatus.DONE, true);
      return type.cast(completed.result());
    }
    if (claim instanceof IdempotencyStorePort.InProgress) {
      throw new OperationInProgressException(walletId);
    }
    R result;
    try {
      result = body.get();
    } catch (RuntimeException | Error e) {
      store.abandon(key);
      throw e;
    }
    store.complete(key, result);
    return result;
  }
}
