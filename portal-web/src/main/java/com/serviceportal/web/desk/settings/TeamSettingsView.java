package com.serviceportal.web.desk.settings;

import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.TeamEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The desk's teams ({@code /desk/settings/teams.xhtml}). */
@Named
@ViewScoped
public class TeamSettingsView extends SettingsListView<TeamEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Override
    protected List<TeamEntry> read() {
        return settings.teams();
    }

    @Override
    protected TeamEntry blank() {
        return new TeamEntry();
    }

    @Override
    protected void store(TeamEntry entry) {
        settings.saveTeam(entry);
    }

    @Override
    protected void remove(long id) {
        settings.deleteTeam(id);
    }

    @Override
    protected String nameOf(TeamEntry entry) {
        return entry.getName();
    }
}
