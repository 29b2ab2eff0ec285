package dev.tandem.application.custodian;

import dev.tandem.domain.model.WalletId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per wallet for the step of signing that decrypts the client's ciphertext (round 3), so
 * that no two of those run at once for one wallet in this process: of the signing sessions opened
 * before a verification failure, only the first can be answered by it; every later one sees the
 * wallet frozen before its ciphertext reaches the engine.
 *
 * <p>A wallet has an entry only while some thread holds or waits for its lock: the count of users
 * is kept under the map's atomic {@code compute}, and the last one out removes the entry, so the
 * map holds no more entries than there are signing steps in flight.
 */
final class WalletSigningLocks {
  private final ConcurrentMap<WalletId, Entry> locks = new ConcurrentHashMap<>();

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();

    /** Threads holding or waiting for {@link #lock}; changed only inside the map's compute. */
    int users;
  }

  /** Runs {@code body} holding the wallet's lock. */
  <T> T callExclusively(WalletId walletId, Supplier<T> body) {
    Entry entry =
        locks.compute(
            walletId,
            (id, current) -> {
              Entry used = current == null ? new Entry() : current;
              used.users++;
              return used;
            });
    try {
      entry.lock.lock();
      try {
        return body.get();
      } finally {
        entry.lock.unlock();
      }
    } finally {
      locks.computeIfPresent(walletId, (id, current) -> --current.users == 0 ? null : current);
    }
  }

  /** How many wallets have an entry now (for tests: none once no signing step runs). */
  int size() {
    return locks.size();
  }
}
