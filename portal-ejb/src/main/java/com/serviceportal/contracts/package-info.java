/**
 * Service contracts of a customer, of one item of equipment or of a list of items: their type, state
 * and dates, the hours they include and the time drawn from them, and the audit of that time.
 * {@code ContractService} holds the rules, {@code ContractCover} which contracts cover a case, {@code ContractVisibility} which a
 * caller sees (the Contracts page and the calendar alike); {@code ContractLifecycle} and {@code Hours} are the pure state machine and hours
 * arithmetic. Calls {@code customers}, {@code equipment}, {@code sla} (the service level chosen),
 * {@code cases} (notes with time, the pending-contract status), {@code security} and {@code platform}.
 */
package com.serviceportal.contracts;
