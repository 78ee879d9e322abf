/**
 * The knowledge base: articles the desk writes as a problem and its solution, which customers find
 * before they raise a case. Owns the articles, their revisions, the companies an article is chosen
 * for, the word index its search reads ({@code knowledge_word}, filled by Lucene's English and
 * Swedish analyzers, which are used only to turn text into terms) and the per-month counts of views
 * and answers. Rich text is sanitized on save and on render by the OWASP Java HTML Sanitizer. Owns
 * the images in articles (stored in the database, served only to readers of their article) and the
 * copying of a case into a new article's draft, without the customer's name and data.
 * Calls {@code cases} (to read a case as the desk does), {@code customers}, {@code security} and
 * {@code platform}.
 */
package com.serviceportal.knowledge;
