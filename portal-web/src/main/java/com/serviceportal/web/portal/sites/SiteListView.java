package com.serviceportal.web.portal.sites;

import com.serviceportal.customers.JobSites;
import com.serviceportal.customers.SiteRow;
import com.serviceportal.customers.SiteService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Job Sites ({@code /portal/sites/list.xhtml}): every site a company contact sees with its address
 * and open activities; a site contact is sent straight on to its own site.
 */
@Named
@ViewScoped
public class SiteListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService siteService;

    private List<SiteRow> sites = List.of();

    public String load() {
        JobSites jobSites = siteService.jobSites();
        if (jobSites.ownSiteId() != null) {
            return "/portal/sites/site?faces-redirect=true&id=" + jobSites.ownSiteId();
        }
        sites = jobSites.sites();
        return null;
    }

    public List<SiteRow> getSites() {
        return sites;
    }
}
