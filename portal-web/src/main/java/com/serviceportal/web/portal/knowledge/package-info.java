/** The customer's knowledge base: search, categories, most viewed, and an article with its answer. */
package com.serviceportal.web.portal.knowledge;
