package com.serviceportal.jobs;

import com.serviceportal.security.Internal;
import com.serviceportal.settings.PortalSetting;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The time of day the nightly jobs run, kept as a portal setting (V9 gives it 02:00). */
@Stateless
@Internal
public class NightlySchedule {

    static final String SETTING = "nightly-jobs-at";
    static final LocalTime DEFAULT_TIME = LocalTime.of(2, 0);

    @PersistenceContext
    private EntityManager em;

    public LocalTime time() {
        PortalSetting setting = em.find(PortalSetting.class, SETTING);
        if (setting == null || setting.getValue() == null) {
            return DEFAULT_TIME;
        }
        try {
            return LocalTime.parse(setting.getValue());
        } catch (DateTimeParseException e) {
            return DEFAULT_TIME;
        }
    }

    /** Stores the new time; {@link NightlyTimer} counts due times from it. */
    public void change(LocalTime time) {
        String value = time.withSecond(0).withNano(0).toString();
        PortalSetting setting = em.find(PortalSetting.class, SETTING);
        if (setting == null) {
            em.persist(new PortalSetting(SETTING, value));
        } else {
            setting.setValue(value);
        }
    }
}
