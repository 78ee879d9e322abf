package com.serviceportal.settings;

import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A group of the service desk that cases are given to, e.g. Refrigeration engineers. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 80)
    @Column(name = "name_sv")
    private String nameSv;

    /** Where the team is told of its cases' news when no one is assigned; optional. */
    @Email
    @Size(max = 254)
    private String email;

    @Version
    private long version;

    protected Team() {}

    public Team(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameSv() {
        return nameSv;
    }

    /** The name a reader of the given language sees. */
    public String name(Locale reader) {
        return LocalizedName.in(reader, name, nameSv);
    }

    /** Sets the Swedish name; blank falls back to the English one. */
    public void setNameSv(String nameSv) {
        this.nameSv = LocalizedName.swedishOrNull(nameSv);
    }

    public String getEmail() {
        return email;
    }

    public void change(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public long getVersion() {
        return version;
    }
}
