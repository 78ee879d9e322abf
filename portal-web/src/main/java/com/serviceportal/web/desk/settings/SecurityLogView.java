package com.serviceportal.web.desk.settings;

import com.serviceportal.security.SecurityEventKind;
import com.serviceportal.security.SecurityLog;
import com.serviceportal.security.SecurityLogEntry;
import com.serviceportal.security.SecurityLogPage;
import com.serviceportal.security.SecurityLogSearch;
import com.serviceportal.web.PageByPageRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The security log ({@code /desk/settings/security-log.xhtml}): sign-ins, locks, links, password and
 * access changes and contact exports, newest first, a page at a time, filtered by kind, words and
 * dates.
 */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLog securityLog;

    private final SecurityLogSearch search = new SecurityLogSearch();
    private final Entries entries = new Entries();
    private final List<SecurityEventKind> kinds = List.of(SecurityEventKind.values());

    public void load() {
        // the first page is read now, so that a caller who may not read the log gets the 404 at once
        securityLog.search(search, 0, 1);
    }

    /** The filter changed: the table starts again at its first page. */
    public void find() {
        PageByPageRows.firstPage("log:entries");
    }

    public SecurityLogSearch getSearch() {
        return search;
    }

    public LazyDataModel<SecurityLogEntry> getEntries() {
        return entries;
    }

    public List<SecurityEventKind> getKinds() {
        return kinds;
    }

    private final class Entries extends PageByPageRows<SecurityLogEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<SecurityLogEntry> read(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SecurityLogPage page = securityLog.search(search, first, pageSize);
            return new Page<>(page.entries(), page.hasMore());
        }

        @Override
        protected long idOf(SecurityLogEntry entry) {
            return entry.id();
        }
    }
}
