package com.serviceportal.security;

import java.time.Instant;

/**
 * One run of the directory sync job; {@code result} is what it did, once it has completed.
 */
public record DirectorySyncRun(
        long executionId, String status, Instant startedAt, Instant endedAt, DirectorySyncResult result) {}
