/** The desk's documents ({@code /desk/documents/}): upload onto a customer or site, publish, withdraw. */
package com.serviceportal.web.desk.documents;
