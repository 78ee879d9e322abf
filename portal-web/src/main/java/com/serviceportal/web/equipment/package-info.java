/** What the portal's and the desk's equipment pages share: the lazy list and the item form. */
package com.serviceportal.web.equipment;
