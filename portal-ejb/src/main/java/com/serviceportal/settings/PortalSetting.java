package com.serviceportal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** One portal-wide setting as a named value; {@link Setting} names the known ones. */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    @Id
    @Column(length = 60)
    private String name;

    @Size(max = 4000)
    @Column(name = "setting_value")
    private String value;

    @Version
    private long version;

    protected PortalSetting() {}

    public PortalSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public long getVersion() {
        return version;
    }
}
