package com.serviceportal.security;

/** What the set-password page shows of an open link: why it was sent and whose account it opens. */
public record LinkDetails(LinkPurpose purpose, String username, String displayName) {}
