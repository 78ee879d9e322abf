package com.serviceportal.web.portal.sites;

import com.serviceportal.customers.SiteHeader;
import com.serviceportal.customers.SiteService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One site ({@code /portal/sites/site.xhtml?id=…}): its header, open activities and tabs. */
@Named
@ViewScoped
public class SiteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService siteService;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private SiteHeader site;

    public void load() {
        try {
            site = siteService.getSite(id == null ? -1 : id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SiteHeader getSite() {
        return site;
    }
}
