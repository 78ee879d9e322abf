package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A team as the administration screen shows and edits it. */
public class TeamEntry extends VersionedEntry<TeamEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a team not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String name;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 80)
    private String nameSv;

    /** Optional. */
    @Email
    @Size(max = 254)
    private String email;

    public static TeamEntry of(Team team) {
        TeamEntry entry = new TeamEntry();
        entry.id = team.getId();
        entry.setVersion(team.getVersion());
        entry.name = team.getName();
        entry.nameSv = team.getNameSv();
        entry.email = team.getEmail();
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    @Override
    public List<Difference> differencesFrom(TeamEntry current) {
        return Difference.collect()
                .value("settings.nameEn", current.getName(), name)
                .value("settings.nameSv", current.getNameSv(), nameSv)
                .value("settings.teams.email", current.getEmail(), email)
                .list();
    }
}
