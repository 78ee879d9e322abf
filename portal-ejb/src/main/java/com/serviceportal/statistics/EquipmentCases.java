package com.serviceportal.statistics;

import java.io.Serializable;

/**
 * An item of equipment and the number of cases raised on it in the period.
 *
 * @param idNumber its ID number
 * @param description what it is
 * @param cases cases raised on it
 */
public record EquipmentCases(String idNumber, String description, long cases) implements Serializable {}
