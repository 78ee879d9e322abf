package com.serviceportal.knowledge;

import com.serviceportal.cases.NoteDetails;
import java.io.Serializable;
import java.util.List;

/**
 * What the desk may copy from a case into a new article.
 *
 * @param number the case's number
 * @param summary its summary
 * @param notes its notes the customer sees, oldest first; the technician picks those for the solution
 */
public record CaseCopyChoices(long number, String summary, List<NoteDetails> notes) implements Serializable {}
