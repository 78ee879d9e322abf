/**
 * E-mail that is never lost. A business change writes its mail into the outbox table in its own
 * transaction ({@link com.serviceportal.notify.Outbox}), so a change that rolls back sends nothing;
 * a timer on every instance ({@link com.serviceportal.notify.OutboxSender}) claims due messages
 * with a conditional update, so two instances never send one message twice, delivers them through
 * the mail session {@code mail/portal} and retries failures with a growing back-off.
 * {@link com.serviceportal.notify.CaseMail} writes the case mails in the recipient's language. The
 * sender publishes the backlog as metrics, and {@link com.serviceportal.notify.OutboxReadiness}
 * takes an instance out of the balancer while mail is stuck.
 * Calls {@code cases}, {@code customers}, {@code security} and {@code settings}.
 */
package com.serviceportal.notify;
