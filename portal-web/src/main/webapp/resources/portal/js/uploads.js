/*
 * The desk's uploads of documents, invoice files, fault-code files, contact files and article images: a
 * file over the limit is refused as soon as it is chosen, so nothing of it is sent. Sent anyway, a file
 * past the server's request limit would fail the whole page, and what was typed in its form would be
 * lost. The refusal's text stands hidden beside the upload (.too-large-text), with the limit in bytes
 * (data-max-bytes); the server checks the file again. An emptied choice is not sent by an upload that
 * sends as it is chosen.
 */
(function () {
    'use strict';

    // capture: runs before PrimeFaces' own handler, which then shows no file chosen
    document.addEventListener('change', function (event) {
        var input = event.target;
        var field = input.type === 'file' ? input.closest('.field') : null;
        var note = field ? field.querySelector('.too-large-text[data-max-bytes]') : null;
        if (!note) {
            return;
        }
        var upload = document.getElementById(input.id.replace(/_input$/, '')) || input;
        var earlier = document.getElementById(upload.id + '_tooLarge');
        if (earlier) {
            earlier.remove();
            input.removeAttribute('aria-invalid');
            input.removeAttribute('aria-describedby');
        }
        var file = input.files && input.files[0];
        if (!file || file.size <= Number(note.getAttribute('data-max-bytes'))) {
            return;
        }
        input.value = '';
        var message = document.createElement('div');
        message.id = upload.id + '_tooLarge';
        message.className = 'ui-message ui-message-error ui-widget ui-corner-all';
        message.setAttribute('role', 'alert');
        var text = document.createElement('span');
        text.className = 'ui-message-error-detail';
        text.textContent = note.textContent.replace('{0}', file.name);
        message.appendChild(text);
        upload.insertAdjacentElement('afterend', message);
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', message.id);
    }, true);
})();
