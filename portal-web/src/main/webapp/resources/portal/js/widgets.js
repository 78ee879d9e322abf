/*
 * What PrimeFaces' widgets build in the browser, made whole for screen readers: a select menu's list
 * of choices (role listbox, built when it first opens) is named like its field, a filter box points
 * at that list, and an upload's file input, not the styled "Choose" button around it, takes the
 * keyboard. The rich-text editor gets the name of its field, and its toolbar buttons, which show
 * only an icon, a name of their own. Watches
 * the page, so lists built later are named too.
 */
(function () {
    'use strict';

    var EDITOR_TOOLS = {
        en: {bold: 'Bold', italic: 'Italic', underline: 'Underline', strike: 'Strike through', link: 'Link',
            'list ordered': 'Numbered list', 'list bullet': 'Bulleted list', 'indent -1': 'Outdent',
            'indent +1': 'Indent', clean: 'Remove formatting', blockquote: 'Quote', 'code-block': 'Code',
            'script sub': 'Subscript', 'script super': 'Superscript', header: 'Heading', align: 'Alignment',
            color: 'Text colour', background: 'Background colour', font: 'Font', size: 'Size'},
        sv: {bold: 'Fet', italic: 'Kursiv', underline: 'Understruken', strike: 'Genomstruken', link: 'Länk',
            'list ordered': 'Numrerad lista', 'list bullet': 'Punktlista', 'indent -1': 'Minska indrag',
            'indent +1': 'Öka indrag', clean: 'Ta bort formatering', blockquote: 'Citat', 'code-block': 'Kod',
            'script sub': 'Nedsänkt', 'script super': 'Upphöjd', header: 'Rubrik', align: 'Justering',
            color: 'Textfärg', background: 'Bakgrundsfärg', font: 'Typsnitt', size: 'Storlek'}
    };

    function nameTools(root) {
        var names = EDITOR_TOOLS[(document.documentElement.lang || 'en').substring(0, 2)] || EDITOR_TOOLS.en;
        root.querySelectorAll('.ql-toolbar button:not([aria-label]), .ql-toolbar .ql-picker')
            .forEach(function (tool) {
                var kind = Array.prototype.find.call(tool.classList, function (c) {
                    return c.indexOf('ql-') === 0 && c !== 'ql-picker' && c !== 'ql-active';
                });
                if (!kind) {
                    return;
                }
                var key = kind.substring(3) + (tool.value ? ' ' + tool.value : '');
                var name = names[key] || names[kind.substring(3)] || kind.substring(3);
                var target = tool.classList.contains('ql-picker') ? tool.querySelector('.ql-picker-label') : tool;
                if (target && !target.getAttribute('aria-label')) {
                    target.setAttribute('aria-label', name);
                }
            });
    }

    function nameOf(menuId) {
        var combobox = document.getElementById(menuId + '_label');
        if (combobox && combobox.getAttribute('aria-labelledby')) {
            return {labelledBy: combobox.getAttribute('aria-labelledby')};
        }
        var ids = [menuId + '_focus', menuId + '_input', menuId + '_label', menuId];
        for (var i = 0; i < ids.length; i++) {
            var label = document.querySelector('label[for="' + CSS.escape(ids[i]) + '"]');
            if (label) {
                if (!label.id) {
                    label.id = menuId + '_name';
                }
                return {labelledBy: label.id};
            }
        }
        if (combobox && combobox.getAttribute('aria-label')) {
            return {label: combobox.getAttribute('aria-label')};
        }
        return null;
    }

    function mend(root) {
        nameTools(root);
        // the rich-text editor (role textbox) is named by the label of its field
        root.querySelectorAll('.ui-texteditor[role=textbox]:not([aria-label]):not([aria-labelledby])')
            .forEach(function (editor) {
                var label = document.querySelector('label[for="' + CSS.escape(editor.id) + '"]')
                    || document.querySelector('label[for="' + CSS.escape(editor.id + '_input') + '"]');
                if (label) {
                    if (!label.id) {
                        label.id = editor.id + '_name';
                    }
                    editor.setAttribute('aria-labelledby', label.id);
                }
            });
        root.querySelectorAll('[role=listbox][id$="_items"]:not([aria-label]):not([aria-labelledby])')
            .forEach(function (list) {
                var name = nameOf(list.id.replace(/_items$/, ''));
                if (name && name.labelledBy) {
                    list.setAttribute('aria-labelledby', name.labelledBy);
                } else if (name) {
                    list.setAttribute('aria-label', name.label);
                }
            });
        root.querySelectorAll('.ui-selectonemenu-filter[aria-controls]').forEach(function (filter) {
            if (!document.getElementById(filter.getAttribute('aria-controls'))) {
                filter.setAttribute('aria-controls', filter.id.replace(/_filter$/, '_items'));
            }
        });
        // An upload's file input is the control: labelled like the field and reached by Tab; the
        // styled button around it is only its picture (a focusable button around an input would nest
        // one control in another).
        root.querySelectorAll('.ui-fileupload-choose').forEach(function (choose) {
            var input = choose.querySelector('input[type=file]');
            if (!input || choose.hasAttribute('data-mended')) {
                return;
            }
            choose.setAttribute('data-mended', 'true');
            var labelledBy = choose.getAttribute('aria-labelledby');
            if (labelledBy && !input.hasAttribute('aria-labelledby')) {
                input.setAttribute('aria-labelledby', labelledBy);
            }
            choose.removeAttribute('aria-labelledby');
            choose.removeAttribute('role');
            choose.setAttribute('tabindex', '-1');
            input.removeAttribute('aria-hidden');
            input.removeAttribute('tabindex');
        });
        // any other hidden file input leaves the Tab order to the control that stands for it
        root.querySelectorAll('input[type=file][aria-hidden=true]:not([tabindex])').forEach(function (input) {
            input.setAttribute('tabindex', '-1');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        mend(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeType === Node.ELEMENT_NODE) {
                        mend(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
