package com.serviceportal.web.portal.sites;

import com.serviceportal.documents.DocumentRow;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A site's published documents ({@code /portal/sites/documents.xhtml?site=…}), each a download. */
@Named
@ViewScoped
public class SiteDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documentService;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private List<DocumentRow> documents = List.of();

    public void load() {
        try {
            documents = documentService.siteDocuments(site == null ? -1 : site);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
