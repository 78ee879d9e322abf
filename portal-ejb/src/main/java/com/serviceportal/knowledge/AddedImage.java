package com.serviceportal.knowledge;

import java.io.Serializable;

/**
 * An image just added to an article, as the editor inserts it.
 *
 * @param id the image's id
 * @param src where the application serves it (always {@link ArticleImage#PATH} and the id)
 * @param alt the text that describes it to those who cannot see it
 */
public record AddedImage(long id, String src, String alt) implements Serializable {}
