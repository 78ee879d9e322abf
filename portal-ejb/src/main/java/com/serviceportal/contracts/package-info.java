/**
 * Service contracts of a customer or of one item of equipment: their type, state and dates. Calls
 * {@code customers}, {@code equipment} and {@code platform}.
 */
package com.serviceportal.contracts;
