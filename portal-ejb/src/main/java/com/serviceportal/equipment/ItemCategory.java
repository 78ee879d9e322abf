package com.serviceportal.equipment;

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

/**
 * A kind of item the desk keeps, e.g. Refrigeration or Vehicles. It names up to two custom fields
 * its items fill in (a freezer's refrigerant, a forklift's registration number), which the item
 * searches read.
 */
@Entity
@Table(name = "item_category")
public class ItemCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_category_seq")
    @SequenceGenerator(name = "item_category_seq", sequenceName = "item_category_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 80)
    @Column(name = "name_sv")
    private String nameSv;

    /** The label of the first custom field; {@code null} when the category has none. */
    @Size(max = 60)
    @Column(name = "field_one")
    private String fieldOne;

    @Size(max = 60)
    @Column(name = "field_two")
    private String fieldTwo;

    @Version
    private long version;

    protected ItemCategory() {}

    ItemCategory(String name) {
        this.name = name;
    }

    void change(String name, String nameSv, String fieldOne, String fieldTwo) {
        this.name = name;
        this.nameSv = LocalizedName.swedishOrNull(nameSv);
        this.fieldOne = fieldOne;
        this.fieldTwo = fieldTwo;
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

    public String getFieldOne() {
        return fieldOne;
    }

    public String getFieldTwo() {
        return fieldTwo;
    }

    public long getVersion() {
        return version;
    }
}
