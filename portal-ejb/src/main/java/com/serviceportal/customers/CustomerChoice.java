package com.serviceportal.customers;

import java.io.Serializable;

/** A customer the caller may pick, e.g. the company itself or one of its sites. */
public record CustomerChoice(long id, String name, boolean site) implements Serializable {}
