/**
 * The desk's knowledge-base pages: the list of articles, the article form and its preview, and the
 * choice of a case's notes to copy into a new article.
 */
package com.serviceportal.web.desk.knowledge;
