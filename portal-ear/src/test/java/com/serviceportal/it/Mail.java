package com.serviceportal.it;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A mail as the recipient reads it: to whom, the subject, and the text with its lines as written. */
public record Mail(String recipient, String subject, String body) {

    static Mail of(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            // Mail travels with CRLF line ends; compare lines as written.
            String body = message.getContent().toString().replace("\r\n", "\n");
            return new Mail(to, message.getSubject(), body);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the subject or the text holds {@code text}, e.g. a test's marker. */
    public boolean mentions(String text) {
        return subject.contains(text) || body.contains(text);
    }

    /** Whether it went to {@code address} with exactly this subject. */
    public boolean is(String address, String exactSubject) {
        return recipient.equals(address) && subject.equals(exactSubject);
    }
}
