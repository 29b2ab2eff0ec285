package dev.tandem.domain.port;

import dev.tandem.domain.model.SigningSharePairId;

/** The custodian's signing shares, one record per pair, with status and conditional writes. */
public interface SigningShareRepositoryPort
    extends ShareRecordRepositoryPort<SigningSharePairId, CustodianSigningShareRecord> {}
