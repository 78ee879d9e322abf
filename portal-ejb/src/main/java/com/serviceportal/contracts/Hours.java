package com.serviceportal.contracts;

/**
 * A contract's hours in whole minutes: the allowance (none for a plain subscription), what has been
 * used, what is left and by how much it is over-drawn. Time is always shown as "12 h 30 min".
 *
 * @param allowanceMinutes the hours included this period, {@code null} when the contract has no limit
 * @param usedMinutes the time recorded this period
 */
public record Hours(Integer allowanceMinutes, int usedMinutes) implements java.io.Serializable {

    public boolean isLimited() {
        return allowanceMinutes != null;
    }

    /** What may still be drawn; never below zero. */
    public int leftMinutes() {
        return isLimited() ? Math.max(0, allowanceMinutes - usedMinutes) : 0;
    }

    /** The time recorded beyond the allowance. */
    public int overMinutes() {
        return isLimited() ? Math.max(0, usedMinutes - allowanceMinutes) : 0;
    }

    public boolean isOverdrawn() {
        return overMinutes() > 0;
    }

    /** Whether drawing this much more would take the contract over its hours. */
    public boolean wouldOverdraw(int minutes) {
        return isLimited() && usedMinutes + minutes > allowanceMinutes;
    }

    public Hours plus(int minutes) {
        return new Hours(allowanceMinutes, usedMinutes + minutes);
    }

    public String getUsed() {
        return format(usedMinutes);
    }

    public String getLeft() {
        return isLimited() ? format(leftMinutes()) : "";
    }

    public String getOver() {
        return isOverdrawn() ? format(overMinutes()) : "";
    }

    public String getAllowance() {
        return isLimited() ? format(allowanceMinutes) : "";
    }

    /** "0 min", "45 min", "3 h", "12 h 30 min". */
    public static String format(int minutes) {
        if (minutes < 0) {
            return "-" + format(-minutes);
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** Hours and minutes as entered on a form, in minutes; blank fields count as zero. */
    public static int minutesOf(Integer hours, Integer minutes) {
        return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
    }
}
