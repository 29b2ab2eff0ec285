/**
 * Key storage and custodian share repositories on Amazon S3, with every secret at rest
 * envelope-encrypted under an AWS KMS key.
 *
 * <p><b>Layout.</b> One bucket, every object under a configurable key prefix, one JSON document per
 * record: {@code <prefix>backup-keys/<walletId>/<keyId>.json}, {@code
 * <prefix>signing-shares/<walletId>/<pairId>.json}, {@code
 * <prefix>backup-shares/<walletId>/<pairId>.json}, and for a frozen wallet its freeze marker {@code
 * <prefix>wallet-freezes/<walletId>/freeze.json}. Ids are restricted by the domain to characters
 * that are safe in an S3 key, and none of them holds a {@code /}, so a wallet's folder never
 * contains another wallet's records.
 *
 * <p><b>Atomic writes.</b> A create is a {@code PutObject} with {@code If-None-Match: *}; a replace
 * is a {@code PutObject} with {@code If-Match: <etag>}. S3 answers a lost race with 412 Precondition
 * Failed (or 409 ConditionalRequestConflict while another conditional write of the key is in
 * flight), which becomes {@link dev.tandem.domain.error.WriteConflictException}. A record's {@link
 * dev.tandem.domain.port.Version} is its ETag. Every document carries a fresh random write id, so two
 * writes never have the same ETag even when they store the same record.
 *
 * <p><b>Secrets at rest.</b> Backup keys and custodian share material are sealed with a fresh
 * 256-bit data key per object: AES-256-GCM locally (96-bit random nonce), the data key wrapped by
 * KMS {@code Encrypt} under the configured key with encryption context {@code {walletId,
 * recordId}}, and unwrapped by {@code Decrypt} with the same key id and context. An object holds
 * the wrapped data key, the nonce and the ciphertext, and only non-secret fields in the clear
 * (format, write id, status, times, device label, backup method, backup key id, curve and public
 * key). A record is sealed again, with a fresh data key and nonce, on every write, a status change
 * included.
 *
 * <p><b>Every clear-text field is authenticated.</b> The AES-GCM associated data is {@code
 * RecordBinding}: a versioned ({@code tandem/aws-kms-envelope/v2}),
 * length-prefixed, canonical encoding of the record type, wallet id and record id and then of every
 * other field of the document except the sealed parts themselves (times to the nanosecond, the
 * public key as its point). On read the binding is rebuilt from the fields as parsed, so an object
 * whose status, label, times, backup key id, method, public key or write id was edited in the
 * bucket fails to open, exactly as an altered ciphertext or an object copied under another wallet's
 * or record's key does, and becomes {@link dev.tandem.domain.error.StoredDataInvalidException}
 * naming the object. This does not depend on KMS enforcing the encryption context. The envelope's
 * own parts are not associated data and need not be: an altered nonce or ciphertext fails the tag,
 * and an altered wrapped key is refused by KMS or unwraps to a key that fails it. Documents of this
 * scheme are format 2; format 1 documents (which bound only the ids) are refused.
 *
 * <p><b>Records without a secret are not authenticated.</b> A REVOKED or FROZEN signing record
 * keeps no share, so nothing seals it and its fields (status, label, times) can be edited
 * unnoticed. That is harmless: such a record can never be made usable again. The domain refuses a
 * share-less record with a signing status, so editing REVOKED to INCOMPLETE or COMPLETED makes the
 * object unreadable ({@code StoredDataInvalidException}); and a share cannot be put back, because a
 * sealed share opens only with exactly the fields it was sealed with (status, times, write id
 * included), so one taken from another record, or from an earlier version of this one, fails unless
 * the whole earlier document is restored. Edits among REVOKED and FROZEN, or of the label or times
 * of such a record, change nothing that can sign. Someone with write access to the bucket can
 * always destroy a record: delete the object, or strip a usable record's share and mark it REVOKED,
 * which then reads as a genuine revocation. Either only takes a pair out of use; the seal
 * guarantees that what the adapter returns as usable was written by it for that record.
 *
 * <p><b>Freeze markers.</b> A marker ({@link dev.tandem.adapter.aws.S3WalletFreezeRepository}) is
 * created with {@code If-None-Match: *} and never replaced or deleted by the adapters. It holds no
 * secret (wallet id, the pair whose signature failed, the time), so it is not sealed: it counts by
 * existing, and an object under its key that does not read as a marker is refused ({@link
 * dev.tandem.domain.error.StoredDataInvalidException}), never taken for "not frozen". Deleting it
 * in the bucket does not unfreeze the wallet's records: a frozen signing record has no share left,
 * and a frozen backup record's status is bound into its seal, so it cannot be edited back to
 * {@code COMPLETED} (short of the rollback below).
 *
 * <p><b>Not freshness.</b> A seal proves that the adapter wrote a document for this record, not
 * that it is the latest document. Someone who copied an object earlier and can write to the bucket
 * can put that whole earlier version back (a rollback), including a share the pair has since
 * revoked; only the bucket's access control prevents this, and version purging (below) keeps the
 * bucket from holding such copies itself.
 *
 * <p><b>No copy left behind.</b> After a replace and on delete the adapter lists the object versions
 * of that key and deletes every version but the current one (on delete: every version and delete
 * marker). This works on unversioned buckets (there is nothing to purge) and on versioned ones. The
 * bucket must not have S3 Object Lock retention or legal holds: they would keep a revoked share's
 * old version alive. A lifecycle rule expiring noncurrent versions after a day is a sensible backstop
 * for a purge that failed after its write had succeeded (that write then reports {@link
 * dev.tandem.domain.error.StorageUnavailableException}).
 *
 * <p><b>Errors.</b> Throttling, 5xx answers, timeouts and failed connections become {@link
 * dev.tandem.domain.error.StorageUnavailableException} (retryable); access denied, a missing bucket,
 * a disabled or missing KMS key and other refusals of the configuration become {@link
 * dev.tandem.domain.error.StorageMisconfiguredException}, naming the bucket or key id. An object
 * that fails authentication or cannot be read (tampered, moved, or of an unknown format) becomes
 * {@link dev.tandem.domain.error.StoredDataInvalidException} naming the object. The SDK exception
 * is attached as the cause wherever the domain exception takes one.
 *
 * <p>The adapters are thread-safe: they hold no state of their own besides the (thread-safe) SDK
 * clients and a {@link java.security.SecureRandom}; every guarantee between concurrent writers comes
 * from S3's conditional requests.
 *
 * <p>Vendor types stop here: the ports see domain types only, and the JSON documents and their
 * mapper are package-private.
 */
package dev.tandem.adapter.aws;
