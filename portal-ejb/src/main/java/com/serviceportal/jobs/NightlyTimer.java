package com.serviceportal.jobs;

import com.serviceportal.security.Internal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs at the time the administrator set, with one persistent calendar timer: the
 * timer store belongs to the cluster, so one instance fires it, and a night the server was down is
 * fired when it is back. Changing the time cancels the timer and creates a new one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Internal
public class NightlyTimer {

    private static final Logger LOG = Logger.getLogger(NightlyTimer.class.getName());
    private static final String INFO = "nightly-jobs";

    @Resource
    private TimerService timers;

    @EJB
    private JobControl control;

    @EJB
    private NightlySchedule schedule;

    @PostConstruct
    void start() {
        schedule(schedule.time());
    }

    /** Runs the nightly jobs every day at {@code time} (server time) from now on. */
    public void schedule(LocalTime time) {
        ScheduleExpression expression = new ScheduleExpression()
                .hour(time.getHour())
                .minute(time.getMinute())
                .second(0);
        for (Timer timer : timers.getTimers()) {
            if (INFO.equals(timer.getInfo())) {
                if (sameTime(timer.getSchedule(), expression)) {
                    return;
                }
                timer.cancel();
            }
        }
        timers.createCalendarTimer(expression, new TimerConfig(INFO, true));
        LOG.info(() -> "Nightly jobs run every day at " + time);
    }

    @Timeout
    void runNightly() {
        for (NightlyJob job : NightlyJob.everyNight()) {
            try {
                control.startUnlessRunning(job);
            } catch (RuntimeException e) {
                // One job that cannot start must not keep the other from running.
                LOG.log(Level.SEVERE, "Nightly job " + job.jobName() + " did not start", e);
            }
        }
    }

    private static boolean sameTime(ScheduleExpression a, ScheduleExpression b) {
        return a.getHour().equals(b.getHour()) && a.getMinute().equals(b.getMinute());
    }
}
