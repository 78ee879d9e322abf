/**
 * Service contracts of a customer or of one item of equipment: their type, state and dates, the
 * hours they include and the time drawn from them, and the audit of that time. {@code ContractService}
 * holds the rules; {@code ContractLifecycle} and {@code Hours} are the pure state machine and hours
 * arithmetic. Calls {@code customers}, {@code equipment}, {@code sla} (the service level chosen),
 * {@code cases} (notes with time, the pending-contract status), {@code security} and {@code platform}.
 */
package com.serviceportal.contracts;
