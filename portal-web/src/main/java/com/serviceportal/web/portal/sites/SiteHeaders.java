package com.serviceportal.web.portal.sites;

import com.serviceportal.customers.SiteHeader;
import com.serviceportal.customers.SiteService;
import com.serviceportal.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header above the tabs of every site page ({@code <portal:siteTabs>}), read once per request.
 * The page itself answers "not found" for a site the caller does not see; here such a site simply
 * has no header.
 */
@Named
@RequestScoped
public class SiteHeaders {

    @Inject
    private SiteService siteService;

    private final Map<Long, Optional<SiteHeader>> read = new HashMap<>();

    public SiteHeader of(Long siteId) {
        if (siteId == null) {
            return null;
        }
        return read.computeIfAbsent(siteId, id -> {
                    try {
                        return Optional.of(siteService.getSite(id));
                    } catch (NotFoundException e) {
                        return Optional.empty();
                    }
                })
                .orElse(null);
    }
}
