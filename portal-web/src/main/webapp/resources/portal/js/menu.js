/*
 * The menu button of a narrow window (a phone, or 400 % zoom) opens and closes the menu bar, which the
 * stylesheet then lays out as a list. Folded, the menu is a list of links: Tab and Shift+Tab walk every
 * item shown, Enter or Space opens and closes a group, the arrow keys move up and down, and Escape
 * closes the menu and returns to the button. The menu bar's own keyboard handling (a roving tabindex
 * made for a horizontal bar) keeps the wide window; here it is held back while the menu is folded.
 */
(function () {
    'use strict';

    function toggleOf(element) {
        var topbar = element && element.closest('.topbar');
        return topbar ? topbar.querySelector('.menu-toggle') : null;
    }

    /** Folded: the menu button is shown, so the bar waits behind it. */
    function folded(toggle) {
        return !!toggle && toggle.offsetParent !== null;
    }

    function links(menu) {
        return Array.prototype.filter.call(menu.querySelectorAll('a.ui-menuitem-link'), function (link) {
            return link.offsetParent !== null;
        });
    }

    /** Every item shown can be reached with Tab, not only the bar's one "current" item. */
    function reachable(menu) {
        menu.querySelectorAll('a.ui-menuitem-link').forEach(function (link) {
            link.setAttribute('tabindex', '0');
        });
    }

    function setOpen(toggle, open) {
        toggle.closest('.topbar').classList.toggle('menu-open', open);
        toggle.setAttribute('aria-expanded', String(open));
        var menu = toggle.closest('.topbar').querySelector('.menu.ui-menubar');
        if (menu && open) {
            reachable(menu);
        }
        if (menu && !open) {
            menu.querySelectorAll('a.ui-submenu-link[aria-expanded="true"]').forEach(function (group) {
                showGroup(group, false);
            });
        }
    }

    function showGroup(group, show) {
        var list = group.parentElement.querySelector(':scope > ul.ui-menu-child');
        if (!list) {
            return;
        }
        list.style.display = show ? 'block' : 'none';
        group.setAttribute('aria-expanded', String(show));
        group.parentElement.classList.toggle('ui-menuitem-active', show);
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest('.menu-toggle');
        if (toggle) {
            setOpen(toggle, !toggle.closest('.topbar').classList.contains('menu-open'));
        }
    });

    // Capturing, so that while folded the bar's own handlers of the same events never run.
    document.addEventListener('click', function (event) {
        var group = event.target.closest('.topbar .menu.ui-menubar a.ui-submenu-link');
        if (!group || !folded(toggleOf(group))) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        showGroup(group, group.getAttribute('aria-expanded') !== 'true');
        reachable(group.closest('.menu.ui-menubar'));
        group.focus();
    }, true);

    // The bar marks the item under the pointer or the focus until it is reset; folded, the focus ring
    // and the pointer's own hover show where one is, so an item passed by stays unmarked.
    ['focusin', 'mouseover'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var menu = event.target.closest && event.target.closest('.topbar .menu.ui-menubar');
            if (menu && folded(toggleOf(menu))) {
                event.stopPropagation();
            }
        }, true);
    });

    document.addEventListener('keydown', function (event) {
        var menu = event.target.closest && event.target.closest('.topbar .menu.ui-menubar');
        var toggle = toggleOf(menu);
        if (!menu || !folded(toggle)) {
            return;
        }
        var link = event.target.closest('a.ui-menuitem-link');
        var shown = links(menu);
        var at = shown.indexOf(link);
        switch (event.key) {
            case 'Tab':
                reachable(menu);
                break;
            case 'Enter':
            case ' ':
                if (link && link.classList.contains('ui-submenu-link')) {
                    event.preventDefault();
                    showGroup(link, link.getAttribute('aria-expanded') !== 'true');
                    reachable(menu);
                } else if (event.key === ' ' && link) {
                    event.preventDefault();
                    link.click();
                }
                break;
            case 'ArrowDown':
            case 'ArrowUp':
                event.preventDefault();
                var next = shown[(at + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length];
                if (next) {
                    next.focus();
                }
                break;
            case 'Escape':
                event.preventDefault();
                setOpen(toggle, false);
                toggle.focus();
                break;
            default:
                return;
        }
        event.stopPropagation();
    }, true);

    // Escape on the button itself closes the open menu as well.
    document.addEventListener('keydown', function (event) {
        var toggle = event.target.closest && event.target.closest('.menu-toggle');
        if (toggle && event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
            setOpen(toggle, false);
        }
    });
})();
