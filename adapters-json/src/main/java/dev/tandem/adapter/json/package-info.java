/**
 * Key shares as the versioned JSON documents of docs/ARCHITECTURE.md §6, written and read with
 * Jackson's streaming API so that the share material never becomes a {@code String}.
 */
package dev.tandem.adapter.json;
