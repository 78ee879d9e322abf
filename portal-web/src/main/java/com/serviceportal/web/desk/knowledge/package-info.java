/** The desk's knowledge-base pages: the list of articles, the article form and its preview. */
package com.serviceportal.web.desk.knowledge;
