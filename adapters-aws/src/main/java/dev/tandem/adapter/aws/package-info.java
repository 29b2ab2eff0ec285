/**
 * What names the AWS SDK, and nothing else: the storage core's ({@code adapters-objectstore}) two
 * SPIs on AWS, {@link dev.tandem.adapter.aws.S3ObjectStore} (an object store on one S3 bucket) and
 * {@link dev.tandem.adapter.aws.KmsKeyWrapper} (data keys wrapped by an AWS KMS key), the mapping
 * of SDK errors ({@link dev.tandem.adapter.aws.AwsErrors}) and the storage settings. The
 * repositories, the sealed envelope and the stored format are the core's, in {@link
 * dev.tandem.adapter.objectstore.StorageLayout#aws(String)}: the objects every earlier release of
 * these adapters wrote, unchanged (see the core module's README for the format).
 *
 * <p><b>Conditional writes.</b> A create is a {@code PutObject} with {@code If-None-Match: *}; a
 * replace is a {@code PutObject} with {@code If-Match: <etag>}; a version is an ETag. S3 answers a
 * lost race with 412 Precondition Failed (or 409 ConditionalRequestConflict while another
 * conditional write of the key is in flight, or 404 NoSuchKey for an {@code If-Match} on a deleted
 * key), which becomes {@link dev.tandem.adapter.objectstore.PreconditionFailedException}.
 *
 * <p><b>Old versions.</b> They are listed with {@code ListObjectVersions} and deleted one by one,
 * delete markers included. This works on unversioned buckets (nothing to purge) and on versioned
 * ones. The bucket must not have S3 Object Lock retention or legal holds: they would keep a revoked
 * share's old version alive.
 *
 * <p><b>KMS.</b> Data keys are wrapped with {@code Encrypt} and unwrapped with {@code Decrypt}
 * under the configured key id, the core's wrap context ({@code walletId}, {@code recordId}) as the
 * encryption context; {@code InvalidCiphertextException} is a refused unwrap, which the core
 * reports as a tampered object.
 *
 * <p><b>Errors.</b> Throttling, 5xx answers, timeouts and failed connections become {@link
 * dev.tandem.domain.error.StorageUnavailableException} (retryable); access denied, a missing
 * bucket, a disabled or missing KMS key and other refusals of the configuration become {@link
 * dev.tandem.domain.error.StorageMisconfiguredException}, naming the bucket or key id. The SDK
 * exception is attached as the cause.
 *
 * <p>Thread-safe: both classes hold only their (thread-safe) SDK client and a name.
 */
package dev.tandem.adapter.aws;
