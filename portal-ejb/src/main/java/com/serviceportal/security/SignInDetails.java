package com.serviceportal.security;

/** What the login realm needs to check a password and to name the signed-in user. */
public record SignInDetails(long accountId, String username, String passwordHash, Role role, String displayName) {}
