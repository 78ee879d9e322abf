package com.serviceportal.customers;

import java.io.Serializable;
import java.util.List;

/**
 * What the Job Sites page shows: the list of sites, or for a site contact only where to go.
 *
 * @param ownSiteId the site of a site contact, who goes straight to it; {@code null} otherwise
 * @param sites the sites of a company contact, by name; empty for a site contact
 */
public record JobSites(Long ownSiteId, List<SiteRow> sites) implements Serializable {

    public JobSites {
        sites = List.copyOf(sites);
    }
}
