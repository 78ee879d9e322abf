/*
 * Errors beside fields, on every form: each message beside a field (a p:message, which names its field
 * in data-for) marks that field aria-invalid and in the theme's error style, and describes it
 * (aria-describedby). When an answer, a whole page or an AJAX update, brings new errors, the focus
 * moves to the first invalid field, opening the tab it stands on. Errors about no one field stay in the summary at the top (role=alert).
 */
(function () {
    'use strict';

    var FOCUSABLE = 'input:not([type=hidden]):not([aria-hidden=true]), textarea, select:not([aria-hidden=true])';

    /** The element that takes the focus for a field's client id: the field, or the input of a widget. */
    function fieldOf(message) {
        var target = document.getElementById(message.getAttribute('data-for'));
        if (!target) {
            return null;
        }
        if (target.matches(FOCUSABLE)) {
            return target;
        }
        // an upload's file input is its control even while still hidden, before widgets.js mends it
        return target.querySelector('[role=combobox]') || target.querySelector(FOCUSABLE)
            || target.querySelector('input[type=file]');
    }

    function describedBy(field) {
        return (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    }

    /** Marks or unmarks the field of every message; answers whether any error is new. */
    function mark() {
        var fresh = false;
        document.querySelectorAll('.ui-message[data-for]').forEach(function (message) {
            var field = fieldOf(message);
            if (!field) {
                return;
            }
            var ids = describedBy(field).filter(function (id) {
                return id !== message.id;
            });
            var widget = document.getElementById(message.getAttribute('data-for'));
            if (message.classList.contains('ui-message-error')) {
                ids.push(message.id);
                field.setAttribute('aria-invalid', 'true');
                field.setAttribute('data-invalid-by', message.id);
                widget.classList.add('ui-state-error');
                if (!message.hasAttribute('data-shown')) {
                    message.setAttribute('data-shown', '');
                    fresh = true;
                }
            } else if (field.getAttribute('data-invalid-by') === message.id) {
                field.removeAttribute('aria-invalid');
                field.removeAttribute('data-invalid-by');
                widget.classList.remove('ui-state-error');
            }
            if (ids.length) {
                field.setAttribute('aria-describedby', ids.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
        return fresh;
    }

    /** The first invalid field of the page, in the order of the page. */
    function firstInvalid() {
        return Array.prototype.find.call(document.querySelectorAll('[aria-invalid=true]'), function (field) {
            // an upload's file input counts even before widgets.js has taken its aria-hidden away
            return field.matches(FOCUSABLE) || field.matches('[role=combobox]') || field.matches('input[type=file]');
        });
    }

    function focusFirstInvalid() {
        var field = firstInvalid();
        if (!field) {
            return;
        }
        // a field on a tab not shown: open its tab first
        var panel = field.closest('.ui-tabs-panel');
        if (panel && panel.offsetParent === null) {
            var tab = document.querySelector('[aria-controls="' + panel.id + '"]');
            if (tab) {
                tab.click();
            }
        }
        field.focus();
    }

    function check() {
        if (mark()) {
            focusFirstInvalid();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        check();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                check();
            });
        }
    });
})();
