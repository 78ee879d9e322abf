/*
 * The calendar pages' schedule (PrimeFaces "extender"): on a phone's width it opens as a list of the
 * month, as a month's grid leaves no room for the entries' titles there.
 */
function calendarOnPhones() {
    if (window.matchMedia('(max-width: 640px)').matches) {
        this.cfg.options.initialView = 'listMonth';
    }
}
