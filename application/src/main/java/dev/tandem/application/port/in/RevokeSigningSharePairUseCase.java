package dev.tandem.application.port.in;

/**
 * Custodian side: revokes a signing pair (a lost device). The custodian record is replaced by a
 * {@code REVOKED} record without the share, and the storage keeps no earlier version, so the
 * revoked client share can never sign again. Runs under the wallet lease.
 *
 * <p>Idempotent by nature: revoking a revoked pair changes nothing and answers its status, as does
 * revoking a frozen pair (it has no share left either). Works on a frozen wallet: a pair whose
 * record the freeze has not reached yet is revoked. Errors: {@code WALLET_NOT_FOUND}, {@code
 * PAIR_NOT_FOUND}, {@code OPERATION_IN_PROGRESS}, {@code CONCURRENT_MODIFICATION}, {@code
 * STORAGE_UNAVAILABLE}.
 */
public interface RevokeSigningSharePairUseCase {
  RevokeSigningSharePairResult revokeSigningSharePair(RevokeSigningSharePairCommand command);
}
