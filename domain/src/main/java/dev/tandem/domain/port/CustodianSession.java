package dev.tandem.domain.port;

/**
 * The custodian's side of one protocol run: it answers each client request in turn and, after the
 * last one, holds the result. A session accepts exactly the next expected message; anything else
 * throws {@link dev.tandem.domain.error.ProtocolAbortedException} naming the client, and the session
 * stays aborted.
 *
 * @param <R> what the run produces for the custodian
 */
public interface CustodianSession<R> {

  byte[] respond(byte[] request);

  boolean isComplete();

  /** The result; only once {@link #isComplete()}. */
  R result();
}
