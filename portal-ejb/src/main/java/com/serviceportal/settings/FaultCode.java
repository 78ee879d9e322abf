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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A stock code of the ERP with the friendly name customers see in its place. */
@Entity
@Table(name = "fault_code")
public class FaultCode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fault_code_seq")
    @SequenceGenerator(name = "fault_code_seq", sequenceName = "fault_code_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Column(name = "stock_code", nullable = false, unique = true)
    private String stockCode;

    @NotBlank
    @Size(max = 120)
    @Column(name = "friendly_name", nullable = false)
    private String friendlyName;

    /** The friendly name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 120)
    @Column(name = "friendly_name_sv")
    private String friendlyNameSv;

    @Version
    private long version;

    protected FaultCode() {}

    public FaultCode(String stockCode, String friendlyName) {
        this.stockCode = stockCode;
        this.friendlyName = friendlyName;
    }

    public Long getId() {
        return id;
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getFriendlyName() {
        return friendlyName;
    }

    public String getFriendlyNameSv() {
        return friendlyNameSv;
    }

    /** The friendly name a reader of the given language sees. */
    public String friendlyName(Locale reader) {
        return LocalizedName.in(reader, friendlyName, friendlyNameSv);
    }

    /** Sets the Swedish friendly name; blank falls back to the English one. */
    public void setFriendlyNameSv(String friendlyNameSv) {
        this.friendlyNameSv = LocalizedName.swedishOrNull(friendlyNameSv);
    }
}
