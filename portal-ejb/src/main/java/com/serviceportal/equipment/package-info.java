/**
 * The customer's equipment: the items on its sites that cases and contracts are about. Calls
 * {@code customers} and {@code platform}.
 */
package com.serviceportal.equipment;
