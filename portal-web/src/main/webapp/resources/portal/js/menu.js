/* The phone's menu button opens and closes the menu bar, which the stylesheet then lays out as a list. */
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.menu-toggle');
    if (!toggle) {
        return;
    }
    var open = toggle.closest('.topbar').classList.toggle('menu-open');
    toggle.setAttribute('aria-expanded', String(open));
});
