package dev.tandem.domain.port;

import dev.tandem.domain.model.IdempotencyKey;
import java.util.Objects;

/**
 * The client's memory of modifying requests, so that a request retried after a timeout returns the
 * first result instead of running twice (and minting a second pair).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #begin} atomically claims an unknown key and answers {@link Started}; of many
 *       concurrent begins with one key, exactly one is {@code Started}. While that call runs, every
 *       other begin answers {@link InProgress}; once it {@link #complete}s, {@link Completed} with
 *       a copy of its result; once it {@link #abandon}s, the key is unknown again and may be
 *       retried.
 *   <li>A key is bound to the operation that first claimed it: a begin with the same key and
 *       another operation throws {@link dev.tandem.domain.error.InvalidInputException}.
 *   <li>The store keeps its own {@link IdempotentResult#copy()} of a result and hands out copies,
 *       so a caller destroying its result never destroys the stored one; it destroys its copy when
 *       it forgets the entry (an adapter may forget completed entries after a retention period,
 *       never while they are in progress).
 *   <li>{@link #complete} and {@link #abandon} of a key that is not in progress throw {@link
 *       IllegalStateException}: they belong to the one caller that got {@code Started}.
 * </ul>
 */
public interface IdempotencyStorePort {

  /**
   * Claims {@code key} for {@code operation}, or reports what became of an earlier claim.
   *
   * @param operation names the use case (and, where it is fixed, the wallet) the key is used for
   * @throws dev.tandem.domain.error.InvalidInputException if the key was claimed for another
   *     operation
   */
  Claim begin(IdempotencyKey key, String operation);

  /** Records the result of the claimed request; later begins answer {@link Completed}. */
  void complete(IdempotencyKey key, IdempotentResult result);

  /** Forgets the claim of a request that failed, so that it can be retried with the same key. */
  void abandon(IdempotencyKey key);

  /** What {@link #begin} found. */
  sealed interface Claim permits Started, InProgress, Completed {}

  /** The key was unknown: the caller runs the request, then completes or abandons the key. */
  record Started() implements Claim {}

  /** Another call with the key is still running. */
  record InProgress() implements Claim {}

  /** A call with the key finished: {@code result} is a copy the caller owns. */
  record Completed(IdempotentResult result) implements Claim {
    public Completed {
      Objects.requireNonNull(result, "result");
    }
  }
}
