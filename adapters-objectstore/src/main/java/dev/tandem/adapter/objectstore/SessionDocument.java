package dev.tandem.adapter.objectstore;

/**
 * The JSON document of one admitted protocol session id. Nothing in it is secret and nothing is
 * read back but, after a refused create, the whole document by byte comparison (its fresh write id
 * makes it this write's alone).
 *
 * @param format always {@link ObjectStoreSessionRegistry#FORMAT}, whatever the layout
 * @param sessionId the session id, 64 hex digits
 * @param issuedAt the client's timestamp of the run
 * @param admittedAt the custodian's time of admission
 * @param rememberUntil the time until which the id must be kept
 */
record SessionDocument(
    int format,
    String writeId,
    String sessionId,
    String issuedAt,
    String admittedAt,
    String rememberUntil) {}
